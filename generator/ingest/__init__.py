"""Ingest: any supported article file → `Article`. The format is chosen by the file suffix.

`.md`/`.markdown` → front matter + Markdown; `.html`/`.htm` → a saved web page;
anything else → the plain-text wire format. `-` reads standard input (plain text, or Markdown
when it starts with front matter, or HTML when it starts with a tag).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError
from ..model import Article
from .decode import decode_bytes, read_text
from .markdown import parse_markdown
from .text import parse_text

MAX_ARTICLE_CHARS = 300_000  # ~50,000 words: ten times a long read, parsed by spaCy in seconds
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}


@dataclass(frozen=True)
class Source:
    """An input file decoded to text, before parsing: kept verbatim as `article.txt`."""

    name: str
    text: str
    kind: str  # text, markdown or html


def read_source(path: Path) -> Source:
    """Read an article file (or standard input for `-`) as text and tell its format."""
    if str(path) == "-":
        text = decode_bytes(sys.stdin.buffer.read(), "<stdin>")
        return Source("<stdin>", text, _sniff(text))
    suffix = path.suffix.lower()
    kind = "markdown" if suffix in MARKDOWN_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
    return Source(str(path), read_text(path), kind)


def parse_source(source: Source, published: str | None = None) -> Article:
    """Parse a source; `published` (ISO date) overrides what the file says."""
    article = parse_article_text(source.text, source.name, source.kind)
    length = sum(len(p) for p in article.paragraphs)
    if length > MAX_ARTICLE_CHARS:
        raise IngestError(
            f"{source.name}: the body has {length:,} characters, more than an article may have "
            f"({MAX_ARTICLE_CHARS:,}): split it into several articles"
        )
    if published:
        article.published = published
    return article


def read_article(path: Path, published: str | None = None) -> Article:
    return parse_source(read_source(path), published)


def parse_article_text(text: str, name: str, kind: str) -> Article:
    if kind == "markdown":
        return parse_markdown(text, name)
    if kind == "html":
        from .html import parse_html  # trafilatura is slow to import; only pay for it when needed

        return parse_html(text, name)
    return parse_text(text, name)


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("---"):
        return "markdown"
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return "html"
    return "text"
