"""What `explainer add` is given, path by path: files, folders walked recursively, web addresses.

Every argument is accounted for. A file, `-` (standard input) or a web address is an `Input`. A
folder stands for the files anywhere under it that match the patterns (by default every suffix
explainer reads), in name order; every other file under it is skipped with its reason. Hidden
files and folders (`.git`, `.DS_Store`) are left out, as every file tool does. A file met twice (named
twice, or inside two folders given) is added once.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..ingest import ARTICLE_SUFFIXES, is_url

DEFAULT_PATTERNS = tuple(sorted(f"*{suffix}" for suffix in ARTICLE_SUFFIXES))
READABLE = ".txt, .md or .html"


@dataclass(frozen=True)
class Input:
    """One article to read: a file path, `-`, or a web address."""

    name: str  # as given or found: what messages call it

    @property
    def is_url(self) -> bool:
        return is_url(self.name)

    @property
    def readable_once(self) -> bool:
        """Standard input can be read once only, and a web page is fetched once."""
        return self.name == "-" or self.is_url


@dataclass(frozen=True)
class Skip:
    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: skipped: {self.reason}"


def collect_inputs(
    arguments: Iterable[str], patterns: tuple[str, ...] = ()
) -> tuple[list[Input], list[Skip]]:
    """The articles to read and the paths skipped, each once, in the order given."""
    inputs: list[Input] = []
    skips: list[Skip] = []
    seen: dict[str, str] = {}  # resolved file -> the name it was first met under
    for argument in arguments:
        path = Path(argument)
        if argument == "-" or is_url(argument) or not path.is_dir():
            found: Iterable[Input | Skip] = [_given_file(argument, patterns)]
        else:
            found = _walk(path, patterns or DEFAULT_PATTERNS)
        for item in found:
            if isinstance(item, Skip):
                skips.append(item)
                continue
            key = item.name if item.readable_once else os.path.realpath(item.name)
            if key in seen:
                skips.append(Skip(item.name, f"duplicate: the same file as {seen[key]}"))
                continue
            seen[key] = item.name
            inputs.append(item)
    return inputs, skips


def _given_file(argument: str, patterns: tuple[str, ...]) -> Input | Skip:
    """A file named on the command line is read unless its suffix says it is no article."""
    suffix = Path(argument).suffix.lower()
    if argument == "-" or is_url(argument) or not suffix or suffix in ARTICLE_SUFFIXES:
        return Input(argument)
    if _matches(Path(argument).name, patterns):
        return Input(argument)
    return Skip(argument, _unsupported(suffix))


def _walk(folder: Path, patterns: tuple[str, ...]) -> Iterator[Input | Skip]:
    """The files under `folder` in name order, each an Input when it matches a pattern."""
    any_file = False
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in folders:
            if os.path.islink(os.path.join(root, name)):  # os.walk does not follow it: say so
                any_file = True
                yield Skip(
                    os.path.join(root, name), "a link to a folder is not followed: give the folder itself"
                )
        for name in sorted(f for f in files if not f.startswith(".")):
            any_file = True
            path = os.path.join(root, name)
            suffix = Path(name).suffix.lower()
            if _matches(name, patterns):
                yield Input(path)
            elif suffix in ARTICLE_SUFFIXES:
                yield Skip(path, f"does not match --pattern {' '.join(patterns)}")
            else:
                yield Skip(path, _unsupported(suffix))
    if not any_file:
        yield Skip(str(folder), "no files in this folder")


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name.lower(), pattern.lower()) for pattern in patterns)


def _unsupported(suffix: str) -> str:
    kind = f"'{suffix}' files" if suffix else "files without a suffix"
    return f"unsupported type: {kind} are not read (give {READABLE}; save other documents as text first)"
