"""Shared fixtures: the spaCy model loaded once per session, and article parsing helpers.

Hypothesis runs derandomized under CI (`CI` set, as `.ci/run` has it): the same examples on
every run and no example database (derandomizing implies none), so a red build is reproducible
and never a coin toss; locally it explores new examples and replays failures from `.hypothesis/`.
`HYPOTHESIS_PROFILE=ci` (or `dev`) picks a profile by hand.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings
from spacy.language import Language

from generator.extract.nlp import ParsedArticle, load_nlp, parse_article
from generator.story.model import Article

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


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
