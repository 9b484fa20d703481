"""Reading the WordNet 3.0 database that Debian's `wordnet-base` installs in /usr/share/wordnet.

NLTK cannot read it there (it refuses corpora outside its `nltk_data` folders, and Debian ships no
`lexnames`), and the format is simple (WordNet's `wndb(5)` manual page):

* `index.POS`: one line per lemma, `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt
  offset…`, senses most frequent first; words of a collocation are joined by `_`.
* `data.POS`: the synset at byte `offset`: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt
  [symbol offset pos source/target]… | gloss`. Pointers used here: `@`/`@i` (hypernym) and `;c`
  (topic domain: the technical foul's "basketball").
* `POS.exc`: irregular inflections (`indices index`), for lemmatising.

The folder is `EXPLAINER_WORDNET` when set, else /usr/share/wordnet. When it is missing,
`load_wordnet` returns None and extraction goes on without WordNet (terms stay wanted).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DEFAULT_DIR = Path("/usr/share/wordnet")
POS_FILES = {"n": "noun", "v": "verb"}
# Regular inflections, WordNet's own `morphy` rules (suffix, replacement) per part of speech.
DETACHMENT = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("ies", "y")),
    "v": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
}


@dataclass(frozen=True)
class Synset:
    """One sense: its words, its gloss (examples removed), and links used to choose between senses."""

    offset: int
    pos: str
    lemmas: tuple[str, ...]  # with spaces: "bail bond"
    gloss: str
    lexfile: int  # lexicographer file number: 18 = noun.person, 04 = noun.act …
    hypernyms: tuple[int, ...]
    domains: tuple[int, ...]  # topic-domain synsets (basketball, criminal law)


class WordNet:
    """Look-ups in one WordNet database folder; index and data files are read once, lazily."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index: dict[str, dict[str, tuple[int, ...]]] = {}
        self._data: dict[str, bytes] = {}
        self._exceptions: dict[str, dict[str, str]] = {}

    def index(self, pos: str) -> dict[str, tuple[int, ...]]:
        if pos not in self._index:
            entries: dict[str, tuple[int, ...]] = {}
            with open(self.folder / f"index.{POS_FILES[pos]}", encoding="utf-8", errors="replace") as lines:
                for line in lines:
                    if line.startswith(" "):
                        continue  # the licence header
                    fields = line.split()
                    senses = int(fields[2])
                    entries[fields[0]] = tuple(int(o) for o in fields[-senses:])
            self._index[pos] = entries
        return self._index[pos]

    def exceptions(self, pos: str) -> dict[str, str]:
        if pos not in self._exceptions:
            found: dict[str, str] = {}
            path = self.folder / f"{POS_FILES[pos]}.exc"
            if path.exists():
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                    fields = line.split()
                    if len(fields) >= 2:
                        found.setdefault(fields[0], fields[1])
            self._exceptions[pos] = found
        return self._exceptions[pos]

    def lemma(self, phrase: str, pos: str = "n") -> str | None:
        """The index form of `phrase` (inflected, any case), or None when WordNet lacks it."""
        key = "_".join(phrase.lower().replace("-", " ").split())
        index = self.index(pos)
        if key in index:
            return key
        head, _, last = key.rpartition("_")
        forms = [self.exceptions(pos).get(last, "")]
        forms += [last[: -len(suffix)] + new for suffix, new in DETACHMENT[pos] if last.endswith(suffix)]
        for form in forms:
            candidate = f"{head}_{form}" if head else form
            if form and candidate in index:
                return candidate
        return None

    def synsets(self, phrase: str, pos: str = "n") -> list[Synset]:
        """Every sense of `phrase`, most frequent first ([] when WordNet lacks it)."""
        key = self.lemma(phrase, pos)
        return [self.synset(pos, offset) for offset in self.index(pos)[key]] if key else []

    def synset(self, pos: str, offset: int) -> Synset:
        return _parse(self._line(pos, offset), pos)

    def _line(self, pos: str, offset: int) -> str:
        if pos not in self._data:
            self._data[pos] = (self.folder / f"data.{POS_FILES[pos]}").read_bytes()
        data = self._data[pos]
        return data[offset : data.index(b"\n", offset)].decode("utf-8", errors="replace")


def _parse(line: str, pos: str) -> Synset:
    head, _, gloss = line.partition(" | ")
    fields = head.split()
    count = int(fields[3], 16)
    lemmas = tuple(fields[4 + 2 * i].replace("_", " ") for i in range(count))
    at = 4 + 2 * count
    pointers = int(fields[at])
    hypernyms, domains = [], []
    for i in range(pointers):
        symbol, target, target_pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
        if target_pos != pos and symbol != ";c":
            continue
        if symbol in ("@", "@i"):
            hypernyms.append(int(target))
        elif symbol == ";c" and target_pos == "n":
            domains.append(int(target))
    return Synset(
        int(fields[0]), pos, lemmas, strip_examples(gloss), int(fields[1]), tuple(hypernyms), tuple(domains)
    )


def strip_examples(gloss: str) -> str:
    """The definition part of a gloss: '…in court for trial; "the judge set bail"' → '…for trial'."""
    cut = gloss.find('; "')
    text = gloss[:cut] if cut >= 0 else gloss
    if text.startswith('"'):
        return ""
    return text.strip().rstrip(";").strip()


@lru_cache(maxsize=1)
def load_wordnet() -> WordNet | None:
    """The WordNet database of this machine, or None when it is not installed."""
    folder = Path(os.environ.get("EXPLAINER_WORDNET") or DEFAULT_DIR)
    if not (folder / "index.noun").is_file() or not (folder / "data.noun").is_file():
        return None
    return WordNet(folder)


WORDNET_MISSING = (
    "WordNet not found (Debian's wordnet-base in /usr/share/wordnet, or EXPLAINER_WORDNET): "
    "terms without a definition are left wanted"
)


@cache
def warn_once(message: str) -> None:
    """Say on stderr, once per run, that extraction goes on without something."""
    print(f"explainer: {message}", file=sys.stderr)
