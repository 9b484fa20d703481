"""Reading and writing the hand-editable content: `story.yaml` files and the site glossary.

Loading validates (see `schema`) and reports every problem as `file:line: field: message`.
Writing is atomic (a temporary file in the same folder, then a rename), so an interrupted
command never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from ..errors import ContentError
from .model import GlossaryEntry, Story
from .schema import check_glossary, check_story, line_map, readable_path
from .site import STORY_FILE

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ten times faster when present
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
YAML_LINE_BREAKS = ("\x85", "\u2028", "\u2029")  # written raw, YAML would read them as newlines
STORY_HEADER = (
    "# Extracted by explainer, then yours to edit: every field is documented in README.md.\n"
    "# 'explainer check' validates it; 'explainer add --force' re-extracts and keeps your edits.\n"
)


def read_yaml(path: Path) -> tuple[Any, str]:
    """Parse a YAML file; a syntax error becomes a one-line ContentError with its line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ContentError([f"{path}: byte {error.start} is not UTF-8: save the file as UTF-8"]) from None
    except OSError as error:
        raise ContentError([f"{path}: cannot read: {error.strerror}"]) from None
    try:
        return yaml.load(text, Loader=LOADER), text
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise ContentError([f"{path}{line}: invalid YAML: {problem}"]) from None


def report(path: Path, text: str, problems: list[tuple[str, str]]) -> list[str]:
    """Format (field, message) problems as `file:line: field: message` lines."""
    lines = line_map(text)
    data = yaml.load(text, Loader=LOADER)
    out = []
    for field, message in problems:
        key = field
        while key and key not in lines:  # a missing field: point at its parent
            key = key.rsplit(".", 1)[0] if "." in key else key.rsplit("[", 1)[0] if "[" in key else ""
        out.append(f"{path}:{lines.get(key, 1)}: {readable_path(field, data) or '(top)'}: {message}")
    return out


def load_story(path: Path) -> Story:
    """Load and validate one `story.yaml`."""
    data, text = read_yaml(path)
    problems = check_story(data)
    if problems:
        raise ContentError(report(path, text, problems))
    return Story.from_dict(data)


def to_yaml(data: Any) -> str:
    """YAML text, readable (UTF-8) unless line separators force escapes to round-trip."""
    text = yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False, width=100)
    if any(separator in text for separator in YAML_LINE_BREAKS):
        text = yaml.dump(data, Dumper=DUMPER, allow_unicode=False, sort_keys=False, width=100)
    return text


def dump_story(story: Story) -> str:
    return STORY_HEADER + to_yaml(story.to_dict())


def save_story(folder: Path, story: Story | str) -> None:
    """Write `story.yaml` (a Story, or its dumped text) atomically; `add` keeps the article beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / STORY_FILE, story if isinstance(story, str) else dump_story(story))


def load_glossary(path: Path) -> list[GlossaryEntry]:
    """Load and validate the site glossary; a missing file is an empty glossary."""
    if not path.is_file():
        return []
    data, text = read_yaml(path)
    problems = check_glossary(data)
    if problems:
        raise ContentError(report(path, text, problems))
    return [
        GlossaryEntry(
            e["term"].strip(),
            e["definition"].strip(),
            tuple(str(a) for a in e.get("aliases") or []),
            tuple(str(c) for c in e.get("context") or []),
        )
        for e in data or []
    ]


def write_atomic(path: Path, text: str) -> bool:
    """Write `text` to `path` through a temporary file and a rename; skip when unchanged.

    Returns whether the file was written, so callers (and `mkdocs serve`) see no change when
    nothing changed.
    """
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
