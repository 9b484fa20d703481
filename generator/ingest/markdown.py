"""Markdown with YAML front matter: `title`, `section`, `published`, `byline`, `url` up top,
then the body, one paragraph per blank-line-separated block. Headings (`## …`) become subheadings.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from ..errors import IngestError
from ..story.model import Article
from .text import split_dateline

FRONT_MATTER = re.compile(r"^---\s*\n(.*?)\n---\s*(?:\n|$)", re.DOTALL)
FIELDS = ("title", "section", "published", "byline", "url")


def parse_markdown(text: str, name: str) -> Article:
    match = FRONT_MATTER.match(text)
    meta: dict[str, object] = {}
    body = text
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            line = getattr(getattr(error, "problem_mark", None), "line", 0) + 2
            raise IngestError(f"{name}:{line}: front matter is not valid YAML") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise IngestError(f"{name}:2: front matter must be a mapping of fields such as 'title: …'")
        meta = loaded or {}
        body = text[match.end() :]
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", body) if b.strip()]
    title = _text_field(meta, "title", name)
    paragraphs: list[str] = []
    subheadings: dict[int, str] = {}
    for block in blocks:
        heading = re.match(r"^#{1,6}\s+(.*)$", block)
        if heading and title is None and not paragraphs:
            title = heading.group(1).strip()
        elif heading:
            subheadings[len(paragraphs) + 1] = heading.group(1).strip()
        else:
            paragraphs.append(block)
    if title is None:
        raise IngestError(f"{name}:1: no title: add 'title:' to the front matter or a '# heading'")
    if not paragraphs:
        raise IngestError(f"{name}: no body paragraphs after the front matter")
    dateline, paragraphs[0] = split_dateline(paragraphs[0])
    return Article(
        title=title,
        paragraphs=paragraphs,
        section=_text_field(meta, "section", name),
        published=_date_field(meta, name),
        byline=_text_field(meta, "byline", name),
        url=_text_field(meta, "url", name),
        dateline=dateline,
        subheadings=subheadings,
    )


def _text_field(meta: dict[str, object], key: str, name: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise IngestError(f"{name}: front matter field '{key}' must be text, not a {type(value).__name__}")
    return str(value).strip() or None


def _date_field(meta: dict[str, object], name: str) -> str | None:
    value = meta.get("published", meta.get("date"))
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise IngestError(
            f"{name}: front matter 'published: {value}' is not a date like 2023-07-12"
        ) from None
