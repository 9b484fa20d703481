"""Paginated listings: what keeps every site-wide page small however many stories there are.

A listing rooted at a folder puts its first page at `FOLDER/index.md` and page n at
`FOLDER/page/n.md` (URLs `/FOLDER/` and `/FOLDER/page/n/`, the scheme of Material's blog plugin).
Links between generated pages are relative Markdown links, which MkDocs checks and rewrites.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from .escape import Markdown, escape_markdown

T = TypeVar("T")
OTHER = "other"  # the letter of names that do not start with a Latin letter
SHOWN_LINKS = 3  # stories listed by name in a row of an index; the rest are counted


def page_uri(folder: str, number: int) -> str:
    base = f"{folder}/" if folder else ""
    return f"{base}index.md" if number == 1 else f"{base}page/{number}.md"


def relative(target: str, source: str) -> str:
    """The link from page `source` to `target` (both normalised paths from the site root)."""
    here, there = source.split("/")[:-1], target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


@dataclass
class Page:
    """One page of a listing: its items, where it lives, and the links to its neighbours."""

    uri: str
    items: list
    number: int
    count: int
    newer: str | None
    older: str | None

    @property
    def pager(self) -> Markdown:
        """'← Previous · Page 2 of 5 · Next →', or nothing when there is one page."""
        if self.count == 1:
            return Markdown("")
        parts = []
        if self.newer:
            parts.append(f"[← Previous]({relative(self.newer, self.uri)})")
        parts.append(f"Page {self.number} of {self.count}")
        if self.older:
            parts.append(f"[Next →]({relative(self.older, self.uri)})")
        return Markdown(" · ".join(parts))


def paginate(folder: str, items: Sequence[T], per_page: int) -> list[Page]:
    """Split `items` into pages of `per_page`; an empty listing is one empty page."""
    chunks = [list(items[i : i + per_page]) for i in range(0, len(items), per_page)] or [[]]
    uris = [page_uri(folder, n) for n in range(1, len(chunks) + 1)]
    return [
        Page(
            uris[n - 1],
            chunk,
            n,
            len(chunks),
            uris[n - 2] if n > 1 else None,
            uris[n] if n < len(chunks) else None,
        )
        for n, chunk in enumerate(chunks, start=1)
    ]


def letter_of(name: str) -> str:
    """The index letter of a name: its first letter without accents, lower case, or 'other'."""
    for char in unicodedata.normalize("NFKD", name):
        if char.isalnum():
            return char.lower() if "a" <= char.lower() <= "z" else OTHER
    return OTHER


def letter_label(letter: str) -> str:
    return "#" if letter == OTHER else letter.upper()


def some_links(links: list[str], more: str = "stories") -> Markdown:
    """The first few links, then how many more there are ('and 12 more stories')."""
    shown = "; ".join(links[:SHOWN_LINKS])
    rest = len(links) - SHOWN_LINKS
    return Markdown(f"{shown}; and {rest} more {more}" if rest > 0 else shown)


def link(text: str, target: str, source: str) -> Markdown:
    return Markdown(f"[{escape_markdown(text)}]({relative(target, source)})")
