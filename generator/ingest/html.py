"""Saved web pages. Placeholder until HTML ingest lands."""

from __future__ import annotations

from ..errors import IngestError
from ..model import Article


def parse_html(text: str, name: str) -> Article:
    raise IngestError(f"{name}: HTML pages are not supported yet")
