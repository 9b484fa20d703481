"""The lexicon layer: the word lists and tables of extraction, as data files read through one key.

Every list (titles, honorifics, organisation words, platforms …) is a `.txt` file with one entry a
line, every table a `.tsv` file (`entry<TAB>value`, read by `table`, or by `numbers` when the
value is a whole number), and the countries one `countries.txt` of
rows `canonical | other names | demonyms | capitals`. `#` starts a comment line.

All entries are stored under `key`, the one normal form of a name: case, accents, curly
apostrophes, a leading "the" and possessives do not count ("Hart's Island" = "Hart Island"),
and other apostrophes split a name like spaces ("Côte d'Ivoire" = "cote d ivoire"). Whoever
looks a name up passes it through the same `key`, so a table can never be built with one
spelling rule and searched with another.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent
WORD = re.compile(r"[\w.&-]+")


def key(text: str) -> str:
    """The normal form names and lexicon entries are compared in: "The Hague's" -> "hague"."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in folded if not unicodedata.combining(c)).lower().strip()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s\b|'$", "", text)  # "Hart's Island" = "Hart Island"
    return " ".join(WORD.findall(text))


def entries(name: str) -> list[str]:
    """The non-comment, non-blank lines of a lexicon file."""
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.rstrip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A word list (`name.txt`), each entry in its key form."""
    return frozenset(key(line) for line in entries(f"{name}.txt"))


@cache
def table(name: str) -> dict[str, str]:
    """A table (`name.tsv`): key of the first column -> the second column as written."""
    pairs = (line.split("\t", 1) for line in entries(f"{name}.tsv"))
    return {key(entry): value.strip() for entry, value in pairs}


@cache
def numbers(name: str) -> dict[str, int]:
    """A table whose second column is a whole number (`months.tsv`: "sept" -> 9)."""
    return {entry: int(value) for entry, value in table(name).items()}


@cache
def countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Three maps to the canonical country: from its names, its demonyms and its capitals."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in entries("countries.txt"):
        country, others, adjectives, cities = (part.strip() for part in row.split("|"))
        for target, column in ((names, f"{country},{others}"), (demonyms, adjectives), (capitals, cities)):
            for entry in filter(None, (e.strip() for e in column.split(","))):
                target[key(entry)] = country
    return names, demonyms, capitals
