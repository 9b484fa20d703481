"""Quotes: who said what. Placeholder until the quote extractor lands."""

from __future__ import annotations

from ..model import Quote
from .actors import ActorIndex
from .nlp import ParsedArticle


def extract_quotes(parsed: ParsedArticle, index: ActorIndex) -> list[Quote]:
    return []
