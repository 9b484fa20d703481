"""Ingest: any supported article file or web address → `Article`.

The format is chosen by the file suffix: `.md`/`.markdown` → front matter + Markdown;
`.html`/`.htm` → a saved web page; `.txt` and anything else → the plain-text wire format, unless
the text itself opens as Markdown front matter or an HTML page (a kept source saved under another
name, standard input). A web address is fetched (see `fetch`). The decoded text is kept beside the
story in its own format (`SOURCE_FILES`), so that adding that file again gives the same story.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError
from ..story.model import Article
from .decode import decode_bytes, read_text
from .markdown import parse_markdown
from .text import parse_text

MAX_ARTICLE_CHARS = 300_000  # ~50,000 words: ten times a long read, parsed by spaCy in seconds
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
SOURCE_FILES = {"text": "article.txt", "markdown": "article.md", "html": "article.html"}
URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
# A page opens with a doctype or <html>, possibly after comments (a browser's "saved from url").
HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
FRONT_MATTER_START = re.compile(r"^---[ \t]*\n")


@dataclass(frozen=True)
class Source:
    """An article decoded to text, before parsing: kept verbatim as `SOURCE_FILES[kind]`."""

    name: str  # the file, `<stdin>` or the web address, for messages
    text: str
    kind: str  # text, markdown or html


def is_url(argument: str) -> bool:
    return bool(URL.match(argument))


def read_input(argument: str | Path) -> Source:
    """Read a file, standard input (`-`) or a web address (`http://…`, `https://…`)."""
    if isinstance(argument, str) and is_url(argument):
        from .fetch import fetch_url  # urllib's HTTP stack is only needed for addresses

        return fetch_url(argument)
    return read_source(Path(argument))


def read_source(path: Path) -> Source:
    """Read an article file (or standard input for `-`) as text and tell its format."""
    if str(path) == "-":
        text = decode_bytes(sys.stdin.buffer.read(), "<stdin>")
        return Source("<stdin>", text, sniff(text))
    suffix = path.suffix.lower()
    text = read_text(path)
    if suffix in MARKDOWN_SUFFIXES:
        return Source(str(path), text, "markdown")
    if suffix in HTML_SUFFIXES:
        return Source(str(path), text, "html")
    return Source(str(path), text, sniff(text))


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


def sniff(text: str) -> str:
    """The format a text announces at its start: Markdown front matter, an HTML page, or plain text."""
    if FRONT_MATTER_START.match(text.lstrip("\n")):
        return "markdown"
    if HTML_START.match(text[:4000]):
        return "html"
    return "text"
