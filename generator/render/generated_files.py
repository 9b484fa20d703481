"""The cache folder of generated pages, listed once a build: what is there, what goes, what is reused.

A build asks of every generated file whether it is already there and, at the end, removes those no
story produces any more. One walk of the folder answers both, instead of a file-system call per file
(thousands at a thousand stories). The site-wide pages (listings, feed, glossary and actors) are
reused as a whole when a manifest says they were rendered from the very same stories, templates,
glossary, renderer and options.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..story.content import write_atomic

SITE_KEY = "site.key"  # in the cache folder: the key of the site-wide pages, then one URI a line


def generated_files(folder: Path) -> set[str]:
    """The files under `folder`, as URIs relative to it ('slug/timeline.md')."""
    found: set[str] = set()
    for directory, _, names in os.walk(folder):
        prefix = os.path.relpath(directory, folder).replace(os.sep, "/")
        found.update(names if prefix == "." else (f"{prefix}/{name}" for name in names))
    return found


def reusable_site_pages(folder: Path, key: str, existing: set[str]) -> list[str] | None:
    """The URIs of the site-wide pages when they were rendered under `key` and are all still there."""
    if SITE_KEY not in existing:
        return None
    try:
        first, *uris = (folder / SITE_KEY).read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        return None
    return uris if first == key and all(uri in existing for uri in uris) else None


def record_site_pages(folder: Path, key: str, uris: list[str]) -> None:
    """Note which site-wide pages `key` produced (written last: an interrupted build redoes them)."""
    write_atomic(folder / SITE_KEY, "\n".join([key, *uris]) + "\n")


def remove_stale(folder: Path, existing: set[str], wanted: set[str]) -> None:
    """Delete the generated files no story produces any more, and the folders left empty."""
    emptied: set[Path] = set()
    for uri in existing - wanted:
        path = folder / uri
        path.unlink(missing_ok=True)
        emptied.add(path.parent)
    for directory in sorted(emptied, key=lambda p: len(p.parts), reverse=True):
        while directory != folder and directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
            directory = directory.parent
