"""The plain-text wire format: headline, section, headline again, then one paragraph a line.

The first paragraph may open with a dateline (`MOSCOW (Reuters) - `, `WASHINGTON, Feb 26 - `),
which is split off into place and agency. A short line in capitals, alone and often in quotes
(`'A MORE DANGEROUS EUROPE'`), is a subheading: it is kept, but neither a paragraph nor a quote.
"""

from __future__ import annotations

import re

from ..errors import IngestError
from ..story.model import Article, Dateline

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .,'\-]{1,40}?)"  # MOSCOW / NEW YORK / ST. PETERSBURG
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?))?"  # , Feb 26
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&]{1,30})\))?"  # (Reuters)
    r"\s+[-\u2013\u2014]{1,2}\s+"
)
SUBHEADING = re.compile(r"^['\"\u2018\u201c]?[^a-z]{3,80}?['\"\u2019\u201d]?$")


def parse_text(text: str, name: str) -> Article:
    """Parse the plain-text format; `name` is used in error messages."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise IngestError(f"{name}: empty article: expected a headline and at least one paragraph")
    if len(lines) >= 4 and lines[0] == lines[2]:
        title, section, body = lines[0], lines[1], lines[3:]
    else:
        title, section, body = lines[0], None, lines[1:]
    if not body:
        raise IngestError(f"{name}:1: only a headline: expected paragraphs after it, one a line")
    dateline, body[0] = split_dateline(body[0])
    paragraphs: list[str] = []
    subheadings: dict[int, str] = {}
    for line in body:
        if is_subheading(line):
            subheadings[len(paragraphs) + 1] = line.strip("'\"\u2018\u2019\u201c\u201d ")
        else:
            paragraphs.append(line)
    if not paragraphs:
        raise IngestError(f"{name}: no body paragraphs after the headline")
    return Article(
        title=title, section=section, paragraphs=paragraphs, dateline=dateline, subheadings=subheadings
    )


def split_dateline(paragraph: str) -> tuple[Dateline, str]:
    """Split `MOSCOW (Reuters) - ` off a first paragraph."""
    match = DATELINE.match(paragraph)
    if not match:
        return Dateline(), paragraph
    rest = paragraph[match.end() :]
    if not (match.group("agency") or match.group("date")) and not rest[:1].isupper():
        return Dateline(), paragraph  # "NATO - the alliance - met": a dash inside a sentence
    place = match.group("place").strip(" ,")
    if len(place) < 2 or not place.replace(" ", "").replace(".", "").isalpha():
        return Dateline(), paragraph
    return Dateline(place=place, agency=match.group("agency"), date=match.group("date")), rest


def is_subheading(line: str) -> bool:
    """A short all-capitals line with no sentence punctuation inside."""
    letters = [c for c in line if c.isalpha()]
    return (
        bool(SUBHEADING.match(line))
        and len(letters) >= 3
        and all(c.isupper() for c in letters)
        and len(line.split()) <= 10
    )
