"""The documented schema of `story.yaml` and `glossary.yaml`, and their validation.

Like mkdocs' config loading, validation checks every field, collects every problem and reports
each as `path:line: field: message` (the line found from the YAML node that holds the field), so
an editor fixes all mistakes in one pass. `FIELD_DOCS` is the schema documentation the README
table is written from; a test keeps the two in step.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from .model import ACTOR_KINDS, QUOTE_KINDS, RELATION_KINDS, STATUSES, TERM_SOURCES, TIME_TYPES

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ACTOR_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")

Check = Callable[[Any], str | None]


@dataclass(frozen=True)
class Field:
    check: Check
    required: bool = False
    doc: str = ""


def text(value: Any) -> str | None:
    return None if isinstance(value, str) else f"must be text, not {_kind(value)}"


def nonempty_text(value: Any) -> str | None:
    return text(value) or (None if value.strip() else "must not be empty")


def optional_text(value: Any) -> str | None:
    return None if value is None else text(value)


def positive_int(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
    return None if ok else f"must be a paragraph number (1, 2, …), not {value!r}"


def optional_int(value: Any) -> str | None:
    return None if value is None else positive_int(value)


def text_list(value: Any) -> str | None:
    if not isinstance(value, list):
        return f"must be a list, not {_kind(value)}"
    bad = next((v for v in value if not isinstance(v, (str, int)) or isinstance(v, bool)), None)
    return None if bad is None else f"must hold only text, not {_kind(bad)}"


def boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"must be true or false, not {_kind(value)}"


def int_list(value: Any) -> str | None:
    if not isinstance(value, list):
        return f"must be a list, not {_kind(value)}"
    return next((positive_int(v) for v in value if positive_int(v)), None)


def one_of(choices: tuple[str, ...], optional: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if value is None and optional:
            return None
        return None if value in choices else f"must be one of {', '.join(choices)}, not {value!r}"

    return check


def iso_date(optional: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if value is None and optional:
            return None
        ok = isinstance(value, str) and ISO_DATE.match(value)
        return None if ok else f"must be a date like 2023-07-12, 2023-07 or 2023 in quotes, not {value!r}"

    return check


def actor_id(value: Any) -> str | None:
    ok = isinstance(value, str) and ACTOR_ID.match(value)
    return None if ok else f"must be an id of lower-case letters, digits and '-', not {value!r}"


FLAGS = Field(text_list, doc="reasons to check the item, set by extraction; delete one to clear it")


def mapping(value: Any) -> str | None:
    return None if isinstance(value, dict) or value is None else f"must be a mapping, not {_kind(value)}"


ACTOR = {
    "id": Field(actor_id, True, "unique id that quotes, events and relations refer to"),
    "name": Field(nonempty_text, True, "canonical name shown on every page"),
    "kind": Field(one_of(ACTOR_KINDS), True, "one of " + ", ".join(ACTOR_KINDS)),
    "aliases": Field(text_list, doc="other names the article uses (Peskov, Kyiv)"),
    "role": Field(optional_text, doc="role or title (Kremlin spokesman)"),
    "affiliation": Field(optional_text, doc="actor id or name of the body they belong to"),
    "paragraphs": Field(int_list, doc="paragraphs that mention the actor"),
    "flags": FLAGS,
}
QUOTE = {
    "id": Field(nonempty_text, True, "unique id (q1, q2 …)"),
    "speaker": Field(optional_text, True, "actor id of the speaker, or null for an unnamed source"),
    "speaker_name": Field(text, True, "the speaker as the article names them"),
    "text": Field(nonempty_text, True, "the words, verbatim, without the surrounding quotation marks"),
    "kind": Field(one_of(QUOTE_KINDS), True, "direct, partial (a quoted fragment) or indirect (reported)"),
    "paragraph": Field(positive_int, True, "source paragraph number"),
    "cue": Field(optional_text, doc="the words that attribute it (told reporters)"),
    "channel": Field(optional_text, doc="where it was said (Telegram, a statement)"),
    "flags": FLAGS,
}
EVENT = {
    "date": Field(iso_date(), True, "ISO day, month or year, or null when only relative"),
    "relative": Field(optional_text, doc="the words of the text that place it (a day earlier)"),
    "what": Field(nonempty_text, True, "a short clause: who did what"),
    "paragraph": Field(positive_int, True, "source paragraph number"),
    "actors": Field(text_list, doc="actor ids involved"),
    "value": Field(optional_text, doc="TIMEX3 value, kept when the date is relative"),
    "flags": FLAGS,
}
RELATION = {
    "source": Field(nonempty_text, True, "actor id"),
    "target": Field(nonempty_text, True, "actor id"),
    "kind": Field(one_of(RELATION_KINDS), True, "one of " + ", ".join(RELATION_KINDS)),
    "paragraph": Field(optional_int, doc="evidence paragraph"),
    "flags": FLAGS,
}
TERM = {
    "term": Field(nonempty_text, True, "the term as readers meet it"),
    "definition": Field(optional_text, True, "plain-language definition, or null when wanted"),
    "source": Field(one_of(TERM_SOURCES), True, "glossary, article, manual, wordnet or wanted"),
    "paragraph": Field(optional_int, doc="first paragraph it appears in"),
    "paragraphs": Field(int_list, doc="every paragraph it appears in"),
    "doubtful": Field(boolean, doc="true: sense unsure, hidden from readers until an editor checks it"),
    "flags": FLAGS,
}
TIME = {
    "text": Field(nonempty_text, True, "the expression as written"),
    "value": Field(nonempty_text, True, "TIMEX3 value (2023-07-12, P1D, XXXX-WXX-3)"),
    "type": Field(one_of(TIME_TYPES), True, "DATE, TIME, DURATION or SET"),
    "paragraph": Field(positive_int, True, "source paragraph number"),
}
DATELINE = {
    "place": Field(optional_text, doc="MOSCOW"),
    "agency": Field(optional_text, doc="Reuters"),
    "date": Field(optional_text, doc="a date the dateline carries, as written"),
}
STORY = {
    "title": Field(nonempty_text, True, "headline"),
    "status": Field(one_of(STATUSES, optional=True), doc="draft (extracted, unchecked) or reviewed"),
    "paragraphs": Field(text_list, True, "the article body, one entry per paragraph"),
    "section": Field(optional_text, doc="news section (World)"),
    "published": Field(iso_date(), doc="publication date, or null when unknown"),
    "dateline": Field(mapping, doc="place and agency of the dateline"),
    "byline": Field(optional_text, doc="author"),
    "url": Field(optional_text, doc="where the article was published"),
    "subheadings": Field(mapping, doc="paragraph number → subheading shown before it"),
    "actors": Field(lambda v: None, doc="list of actors (fields below)"),
    "quotes": Field(lambda v: None, doc="list of quotations"),
    "events": Field(lambda v: None, doc="list of timeline events"),
    "relations": Field(lambda v: None, doc="list of relations between actors"),
    "glossary": Field(lambda v: None, doc="list of terms"),
    "times": Field(lambda v: None, doc="list of temporal expressions"),
}
ITEM_SCHEMAS = {
    "actors": ACTOR,
    "quotes": QUOTE,
    "events": EVENT,
    "relations": RELATION,
    "glossary": TERM,
    "times": TIME,
}
GLOSSARY_ENTRY = {
    "term": Field(nonempty_text, True, "the term"),
    "definition": Field(nonempty_text, True, "a definition a general reader understands"),
    "aliases": Field(text_list, doc="other spellings (North Atlantic Treaty Organization)"),
    "context": Field(text_list, doc="for a term of several senses: words of the stories this one fits"),
}
FIELD_DOCS = {"story": STORY, **ITEM_SCHEMAS, "dateline": DATELINE, "glossary.yaml": GLOSSARY_ENTRY}


def line_map(text: str) -> dict[str, int]:
    """Map each field path (`quotes[2].speaker`) of a YAML document to its 1-based line."""
    lines: dict[str, int] = {}

    def walk(node: yaml.Node, path: str) -> None:
        lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = f"{path}.{key.value}" if path else str(key.value)
                lines[child] = key.start_mark.line + 1
                walk(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, f"{path}[{i}]")

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None:
        walk(root, "")
    return lines


def readable_path(path: str, data: Any) -> str:
    """A field path as editors count: list items by their id (`quotes[q10]`, not `quotes[9]`),
    a term by its words, anything else by its number from 1 (`events[#3]`), like paragraphs."""

    def name(match: re.Match[str]) -> str:
        key, index = match.group(1), int(match.group(2))
        items = data.get(key) if isinstance(data, dict) and key else data
        item = items[index] if isinstance(items, list) and index < len(items) else None
        label = item.get("id") or item.get("term") if isinstance(item, dict) else None
        return f"{key}[{label}]" if isinstance(label, str) and label.strip() else f"{key}[#{index + 1}]"

    return re.sub(r"^(\w*)\[(\d+)\]", name, path)


def check_fields(data: Any, schema: dict[str, Field], path: str) -> list[tuple[str, str]]:
    """Problems of one mapping against its schema, as (field path, message)."""
    if not isinstance(data, dict):
        return [(path, f"must be a mapping of fields, not {_kind(data)}")]
    problems = []
    prefix = f"{path}." if path else ""
    for name, spec in schema.items():
        if name not in data:
            if spec.required:
                problems.append((f"{prefix}{name}" if path else name, "missing"))
            continue
        message = spec.check(data[name])
        if message:
            problems.append((f"{prefix}{name}", message))
    for name in data:
        if name not in schema:
            problems.append((f"{prefix}{name}", f"unknown field (known: {', '.join(schema)})"))
    return problems


def check_story(data: Any) -> list[tuple[str, str]]:
    """Every problem of a loaded story, fields first, then references between them."""
    problems = check_fields(data, STORY, "")
    if problems and not isinstance(data, dict):
        return problems
    if isinstance(data.get("dateline"), dict):
        problems += check_fields(data["dateline"], DATELINE, "dateline")
    for key, schema in ITEM_SCHEMAS.items():
        items = data.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append((key, f"must be a list, not {_kind(items)}"))
            continue
        for i, item in enumerate(items):
            problems += check_fields(item, schema, f"{key}[{i}]")
    if not problems:
        problems += check_references(data)
    return problems


def check_references(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Ids that must exist, ids that must be unique, paragraphs that must be in range."""
    problems: list[tuple[str, str]] = []
    actors = [a["id"] for a in data.get("actors") or []]
    known = set(actors)
    n_paragraphs = len(data.get("paragraphs") or [])
    problems += _duplicates("actors", actors)
    problems += _duplicates("quotes", [q["id"] for q in data.get("quotes") or []])

    def refer(path: str, actor: Any) -> None:
        if actor is not None and actor not in known:
            problems.append((path, f"unknown actor {actor!r}"))

    for i, quote in enumerate(data.get("quotes") or []):
        refer(f"quotes[{i}].speaker", quote.get("speaker"))
    for i, relation in enumerate(data.get("relations") or []):
        refer(f"relations[{i}].source", relation["source"])
        refer(f"relations[{i}].target", relation["target"])
    for i, event in enumerate(data.get("events") or []):
        for j, actor in enumerate(event.get("actors") or []):
            refer(f"events[{i}].actors[{j}]", actor)
    for key in ITEM_SCHEMAS:
        for i, item in enumerate(data.get(key) or []):
            numbers = [item.get("paragraph")] + list(item.get("paragraphs") or [])
            for number in numbers:
                if isinstance(number, int) and number > n_paragraphs:
                    problems.append(
                        (
                            f"{key}[{i}].paragraph",
                            f"paragraph {number} does not exist (the story has {n_paragraphs})",
                        )
                    )
                    break
    return problems


def check_glossary(data: Any) -> list[tuple[str, str]]:
    """Problems of a site glossary: a list of {term, definition, aliases}."""
    if data is None:
        return []
    if not isinstance(data, list):
        return [("", f"must be a list of terms, not {_kind(data)}")]
    problems = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(data):
        problems += check_fields(entry, GLOSSARY_ENTRY, f"[{i}]")
        if isinstance(entry, dict) and isinstance(entry.get("term"), str):
            context = entry.get("context")
            context = context if isinstance(context, list) else []
            key = " | ".join([entry["term"].strip().lower(), *sorted(str(c).lower() for c in context)])
            if key in seen:
                problems.append((f"[{i}].term", f"duplicate of entry #{seen[key] + 1}: {entry['term']!r}"))
            seen.setdefault(key, i)
    return problems


def _duplicates(key: str, ids: list[str]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    problems = []
    for i, value in enumerate(ids):
        if value in seen:
            problems.append((f"{key}[{i}].id", f"duplicate id {value!r}"))
        seen.add(value)
    return problems


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list", type(None): "empty", bool: "true/false"}.get(
        type(value), f"{type(value).__name__} {value!r}"[:60]
    )
