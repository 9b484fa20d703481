"""Extraction: one spaCy Doc per article, then one module per question.

The order matters: actors first (everything else points at them), then quotes, times and
events, relations (which read roles and quotes), and the glossary (which reads scare quotes).
"""

from __future__ import annotations

from ..story.model import GlossaryEntry, Story
from .actors import extract_actors
from .glossary import extract_terms
from .nlp import ParsedArticle
from .quotes.attribution import extract_quotes
from .relations import extract_relations
from .timeline import extract_timeline


def extract_story(parsed: ParsedArticle, site_glossary: list[GlossaryEntry]) -> Story:
    """Answer every question about one parsed article."""
    article = parsed.article
    index = extract_actors(parsed)
    quotes = extract_quotes(parsed, index)
    times, events = extract_timeline(parsed, index)
    relations = extract_relations(parsed, index, quotes)
    glossary = extract_terms(parsed, index, quotes, site_glossary)
    return Story(
        title=article.title,
        paragraphs=article.paragraphs,
        section=article.section,
        published=article.published,
        dateline=article.dateline,
        byline=article.byline,
        url=article.url,
        subheadings=article.subheadings,
        actors=index.actors,
        quotes=quotes,
        events=events,
        relations=relations,
        glossary=glossary,
        times=times,
    )
