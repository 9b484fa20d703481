"""Reading the WordNet 3.0 database that Debian's `wordnet-base` installs in /usr/share/wordnet.

NLTK cannot read it there (it refuses corpora outside its `nltk_data` folders, and Debian ships no
`lexnames`), and the format is simple (WordNet's `wndb(5)` manual page):

* `index.POS`: one line per lemma, `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt
  offset…`, senses most frequent first; words of a collocation are joined by `_`.
* `data.POS`: the synset at byte `offset`: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt
  [symbol offset pos source/target]… | gloss`. Pointers used here: `@`/`@i` (hypernym) and `;c`
  (topic domain: the technical foul's "basketball"), `-c` (the members of a topic domain: what
  makes "basketball" a topic).
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
    topic: bool = False  # a topic domain itself: other senses point to it (basketball)


class WordNet:
    """Look-ups in one WordNet database folder; each file is read once, when first needed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index: dict[str, dict[str, tuple[int, ...] | None]] = {}
        self._data: dict[str, bytes] = {}
        self._exceptions: dict[str, dict[str, str]] = {}
        self._synsets: dict[tuple[str, int], Synset] = {}

    def offsets(self, pos: str, key: str) -> tuple[int, ...] | None:
        """The synset offsets of index form `key` (most frequent sense first), or None.

        The index file is sorted byte-wise (WordNet's own look-up is a binary search), so a
        binary search over its bytes finds a line without parsing the 150,000 others: reading
        them all into a dict took seconds per extraction.
        """
        cache = self._index.setdefault(pos, {})
        if key not in cache:
            cache[key] = self._search(pos, key.encode("utf-8"))
        return cache[key]

    def _search(self, pos: str, key: bytes) -> tuple[int, ...] | None:
        name = f"index.{POS_FILES[pos]}"
        if name not in self._data:
            self._data[name] = (self.folder / name).read_bytes()
        data = self._data[name]
        low, high = 0, len(data)
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", 0, middle) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            word = data[start : data.find(b" ", start, end)] if not data.startswith(b" ", start) else b""
            if word == key:
                fields = data[start:end].split()
                senses = int(fields[2])
                return tuple(int(o) for o in fields[-senses:])
            if word < key:
                low = end + 1
            else:
                high = start
        return None

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
        if not key:  # the index files open with licence lines that an empty key would match
            return None
        if self.offsets(pos, key):
            return key
        head, _, last = key.rpartition("_")
        forms = [self.exceptions(pos).get(last, "")]
        forms += [last[: -len(suffix)] + new for suffix, new in DETACHMENT[pos] if last.endswith(suffix)]
        for form in forms:
            candidate = f"{head}_{form}" if head else form
            if form and self.offsets(pos, candidate):
                return candidate
        return None

    def synsets(self, phrase: str, pos: str = "n") -> list[Synset]:
        """Every sense of `phrase`, most frequent first ([] when WordNet lacks it)."""
        key = self.lemma(phrase, pos)
        return [self.synset(pos, offset) for offset in self.offsets(pos, key) or ()] if key else []

    def synset(self, pos: str, offset: int) -> Synset:
        """The synset at `offset`, parsed once: the glossary rules ask for the same few again and again."""
        found = self._synsets.get((pos, offset))
        if found is None:
            found = self._synsets[pos, offset] = _parse(self._line(pos, offset), pos)
        return found

    def _line(self, pos: str, offset: int) -> str:
        name = f"data.{POS_FILES[pos]}"
        if name not in self._data:
            self._data[name] = (self.folder / name).read_bytes()
        data = self._data[name]
        return data[offset : data.index(b"\n", offset)].decode("utf-8", errors="replace")


def _parse(line: str, pos: str) -> Synset:
    head, _, gloss = line.partition(" | ")
    fields = head.split()
    count = int(fields[3], 16)
    lemmas = tuple(fields[4 + 2 * i].replace("_", " ") for i in range(count))
    at = 4 + 2 * count
    pointers = int(fields[at])
    hypernyms, domains, topic = [], [], False
    for i in range(pointers):
        symbol, target, target_pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
        topic = topic or symbol == "-c"
        if target_pos != pos and symbol != ";c":
            continue
        if symbol in ("@", "@i"):
            hypernyms.append(int(target))
        elif symbol == ";c" and target_pos == "n":
            domains.append(int(target))
    return Synset(
        int(fields[0]),
        pos,
        lemmas,
        strip_examples(gloss),
        int(fields[1]),
        tuple(hypernyms),
        tuple(domains),
        topic,
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


# WordNet's lexicographer files (`lexnames(5)`) that the extraction rules read.
NOUN_COGNITION = 9  # beliefs, doctrines, disciplines
NOUN_PERSON = 18
VERB_COGNITION = 31
VERB_COMMUNICATION = 32
VERB_EMOTION = 37
VERB_LEXFILES = frozenset(range(29, 44))  # every verb field, verb.body (29) to verb.weather (43)


def first_senses_in(lemma: str, pos: str, lexfiles: frozenset[int], senses: int = 1) -> bool:
    """Whether one of the `senses` most frequent senses of `lemma` is in `lexfiles` ("prosecutor":
    noun.person); False without WordNet."""
    wordnet = load_wordnet()
    found = wordnet.synsets(lemma, pos)[:senses] if wordnet is not None else []
    return any(sense.lexfile in lexfiles for sense in found)


WORDNET_MISSING = (
    "WordNet not found (Debian's wordnet-base in /usr/share/wordnet, or EXPLAINER_WORDNET): "
    "terms without a definition are left wanted"
)


@cache
def warn_once(message: str) -> None:
    """Say on stderr, once per run, that extraction goes on without something."""
    print(f"explainer: {message}", file=sys.stderr)
