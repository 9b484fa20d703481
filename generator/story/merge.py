"""Re-extraction that keeps hand edits: a three-way merge of story files.

`base` is what extraction produced last time (kept as `.extracted.yaml` beside `story.yaml`),
`ours` is the story file as the editor left it, `theirs` is the new extraction. As in a version
control merge, whatever the editor changed wins: an entry they edited stays as they wrote it, an
entry they deleted stays deleted, an entry they added stays; everything they did not touch takes
the new extraction, including entries extraction finds for the first time.
Entries are matched by a key that survives re-extraction (an actor's id, a quote's paragraph and
words), not by list position.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from .model import Story

KEYS: dict[str, Callable[[dict[str, Any]], Hashable]] = {
    "actors": lambda a: a.get("id"),
    "quotes": lambda q: (q.get("paragraph"), q.get("text")),
    "events": lambda e: (e.get("paragraph"), e.get("what")),
    "relations": lambda r: (r.get("source"), r.get("target"), r.get("kind")),
    "glossary": lambda t: str(t.get("term", "")).lower(),
    "times": lambda t: (t.get("paragraph"), t.get("text")),
}


def merge_stories(base: Story | None, ours: Story, theirs: Story) -> Story:
    """The new extraction `theirs` with every hand edit of `ours` (relative to `base`) kept."""
    base_data = base.to_dict() if base else {}  # no record of the last extraction: all of ours is edited
    ours_data, theirs_data = ours.to_dict(), theirs.to_dict()
    merged: dict[str, Any] = {}
    for field in theirs_data:
        if field in KEYS:
            merged[field] = merge_entries(
                base_data.get(field, []), ours_data.get(field, []), theirs_data.get(field, []), KEYS[field]
            )
        elif base is not None and ours_data.get(field) == base_data.get(field):
            merged[field] = theirs_data[field]
        else:
            merged[field] = ours_data.get(field)
    renumber_quotes(merged["quotes"])
    restore_referenced_actors(merged, ours_data["actors"] + theirs_data["actors"])
    return Story.from_dict(merged)


def merge_entries(
    base: list[dict[str, Any]],
    ours: list[dict[str, Any]],
    theirs: list[dict[str, Any]],
    key: Callable[[dict[str, Any]], Hashable],
) -> list[dict[str, Any]]:
    """Merge one list: the editor's entries in their order, then entries new to extraction."""
    base_by_key = {key(e): e for e in base}
    theirs_by_key = {key(e): e for e in theirs}
    ours_keys = {key(e) for e in ours}
    merged = []
    for entry in ours:
        k = key(entry)
        if base_by_key.get(k) != entry:
            merged.append(entry)  # edited or added by hand
        elif k in theirs_by_key:
            merged.append(theirs_by_key[k])  # untouched: the new extraction's version
        # untouched and no longer extracted: dropped
    for entry in theirs:
        k = key(entry)
        if k not in ours_keys and k not in base_by_key:  # new to extraction, not deleted by hand
            merged.append(entry)
    return merged


def restore_referenced_actors(story: dict[str, Any], known: list[dict[str, Any]]) -> None:
    """Bring back an actor that a kept quote, event or relation still refers to."""
    present = {a["id"] for a in story["actors"]}
    referred = [q["speaker"] for q in story["quotes"]]
    referred += [r[end] for r in story["relations"] for end in ("source", "target")]
    referred += [a for e in story["events"] for a in e.get("actors") or []]
    for actor_id in referred:
        if actor_id and actor_id not in present:
            actor = next((a for a in known if a["id"] == actor_id), None)
            if actor is not None:
                story["actors"].append(actor)
                present.add(actor_id)


def renumber_quotes(quotes: list[dict[str, Any]]) -> None:
    """Give quotes unique ids again when a merge brought two with the same id."""
    ids = [q["id"] for q in quotes]
    if len(set(ids)) == len(ids):
        return
    taken: set[str] = set()
    counter = 0
    for quote in quotes:
        if quote["id"] in taken:
            while f"q{counter}" in taken or f"q{counter}" in ids:
                counter += 1
            quote["id"] = f"q{counter}"
        taken.add(quote["id"])
