"""The review queue: every flagged item of a story, most doubtful first, with its line in story.yaml.

`explainer review` prints it as `file:line: what: why`; under `explainer serve` each draft story
also gets a review page that lists the same items, linked to their paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..story.model import FLAGGED, Story
from ..story.schema import line_map
from .checks import weight

LABEL_MAX = 60  # characters of quoted text in a label


@dataclass(frozen=True)
class ReviewItem:
    kind: str  # actors, quotes, events, relations, glossary
    label: str  # what the item is: actor borneo (Borneo)
    reasons: tuple[str, ...]
    line: int  # in story.yaml
    paragraph: int | None

    @property
    def doubt(self) -> int:
        return sum(weight(r) for r in self.reasons)


def review_items(story: Story, text: str) -> list[ReviewItem]:
    """The flagged items of a story (`text` is its story.yaml), most doubtful first."""
    lines = line_map(text)
    items = []
    for key in FLAGGED:
        for i, item in enumerate(getattr(story, key)):
            if item.flags:
                paragraph = getattr(item, "paragraph", None) or next(
                    iter(getattr(item, "paragraphs", [])), None
                )
                line = lines.get(f"{key}[{i}]", 1)
                items.append(ReviewItem(key, label(key, item, i), tuple(item.flags), line, paragraph))
    return sorted(items, key=lambda r: (-r.doubt, r.line))


def label(key: str, item: Any, index: int) -> str:
    """A short name for an item: its id where it has one, its number in the list otherwise."""
    if key == "actors":
        return f"actor {item.id} ({item.name})"
    if key == "quotes":
        return f"quote {item.id} by {item.speaker_name or 'unknown'} ({shorten(item.text)})"
    if key == "events":
        when = item.date or item.relative or "undated"
        return f"event #{index + 1} ({when}: {shorten(item.what)})"
    if key == "relations":
        return f"relation #{index + 1} ({item.source} {item.kind} {item.target})"
    return f"term {item.term!r}"


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1].rsplit(" ", 1)[0] + "…"


def counts(items: list[ReviewItem]) -> str:
    """'3 actors, 1 quote' for a list of review items."""
    singular = {
        "actors": "actor",
        "quotes": "quote",
        "events": "event",
        "relations": "relation",
        "glossary": "term",
    }
    plural = {"glossary": "terms"}
    out = []
    for key in FLAGGED:
        n = sum(1 for item in items if item.kind == key)
        if n:
            out.append(f"{n} {singular[key] if n == 1 else plural.get(key, key)}")
    return ", ".join(out)
