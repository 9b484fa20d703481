"""Shared fixtures: the spaCy model loaded once per session, and article parsing helpers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.nlp import ParsedArticle, load_nlp, parse_article
from generator.model import Article


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def parse(nlp: Language):
    """Parse paragraphs (a string or a list) into a ParsedArticle, optionally with a date."""

    def _parse(paragraphs: str | list[str], published: str | None = None) -> ParsedArticle:
        body = [paragraphs] if isinstance(paragraphs, str) else list(paragraphs)
        return parse_article(Article(title="Test story", paragraphs=body, published=published), nlp)

    return _parse
