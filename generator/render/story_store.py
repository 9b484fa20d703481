"""Stories read once per version: a validated story is kept under the hash of its file's bytes.

Parsing and validating a `story.yaml` costs milliseconds; a site of 1,000 stories pays that on
every build and every `explainer check`. The store keeps each validated story (pickled, in the
site's cache folder) under the SHA-256 of the file's bytes and of the code that reads it, so an
unchanged file is hashed and unpickled, and an edited one is read and validated again. Entries no
build asked for are removed by `prune`. The cache is ours alone and safe to delete.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path

from ..story.content import load_story
from ..story.model import Story

PACKAGE = Path(__file__).resolve().parent.parent
CODE_FILES = ("story", "render")  # the story format and the output: graph, pages, plugin


@cache
def code_fingerprint() -> str:
    """A hash of the package code that reads stories and renders them: a new version renders anew."""
    digest = hashlib.sha256()
    for name in CODE_FILES:
        path = PACKAGE / name
        for source in sorted(path.glob("*.py")):
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()


def content_key(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()[:32]


class StoryStore:
    """Load stories through a folder of pickled, already validated copies."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[Path] = set()
        self.keys: dict[Path, str] = {}  # story file → the key of its last load

    def load(self, path: Path) -> tuple[str, Story]:
        """The story of `path` and its key (which changes whenever the file or the code changes)."""
        key = content_key(path.read_bytes(), code_fingerprint())
        self.keys[path] = key
        cached = self.folder / f"{key}.pickle"
        self.used.add(cached)
        try:
            story = pickle.loads(cached.read_bytes())
            if isinstance(story, Story):
                return key, story
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            pass
        story = load_story(path)  # raises ContentError with file:line problems
        self.save(cached, story)
        return key, story

    def save(self, cached: Path, story: Story) -> None:
        """Keep a validated story; a cache that cannot be written (read-only site) is no error."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(story, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cached)  # whole or absent: a reader never sees half a pickle
        finally:
            Path(tmp).unlink(missing_ok=True)

    def prune(self) -> None:
        """Forget the stories no load asked for since this store was made."""
        if self.folder.is_dir():
            for path in self.folder.glob("*.pickle"):
                if path not in self.used:
                    path.unlink(missing_ok=True)
