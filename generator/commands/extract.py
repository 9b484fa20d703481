"""`explainer extract`: ingest and extract one article, printing the story; nothing is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import ExplainerError
from ..ingest import read_article
from ..review import flag_story
from ..story.content import load_glossary
from ..story.model import GlossaryEntry, Story
from ..story.site import Site


def check_date(value: str | None) -> str | None:
    """Accept an ISO date (YYYY-MM-DD) or None; anything else is a clear error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ExplainerError(f"--published {value!r}: expected a date like 2023-07-12") from None


def site_glossary(site: Site | None) -> list[GlossaryEntry]:
    return load_glossary(site.glossary_file) if site else []


def extract_file(path: Path, published: str | None, site: Site | None) -> Story:
    """Ingest and extract one article file."""
    article = read_article(path, published)
    glossary = site_glossary(site)
    from ..extract import extract_story  # spaCy takes a second to import: only extracting pays for it
    from ..extract.nlp import load_nlp, parse_article

    return flag_story(extract_story(parse_article(article, load_nlp()), glossary))
