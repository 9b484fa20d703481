"""Glossary terms. Placeholder until the glossary extractor lands."""

from __future__ import annotations

from ..model import GlossaryEntry, Quote, Term
from .actors import ActorIndex
from .nlp import ParsedArticle


def extract_terms(
    parsed: ParsedArticle, index: ActorIndex, quotes: list[Quote], site_glossary: list[GlossaryEntry]
) -> list[Term]:
    return []
