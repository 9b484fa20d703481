"""Whether a common noun names a person: WordNet files its most frequent sense under noun.person.

"The former cabinet secretary said" needs to know that a secretary is a person and "the airline
said" that an airline is not. WordNet 3.0 (Debian's `wordnet-base`, in /usr/share/wordnet, or the
folder `EXPLAINER_WORDNET` names) files every noun sense under a lexicographer file, 18 being
noun.person (`lexnames(5)`); `index.noun` lists a lemma's senses most frequent first, each an
offset into `data.noun` whose second field is that file number (`wndb(5)`). Without WordNet the
word lists of `words` decide alone.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

DEFAULT_DIR = Path("/usr/share/wordnet")
NOUN_PERSON = "18"


def wordnet_dir() -> Path:
    return Path(os.environ.get("EXPLAINER_WORDNET") or DEFAULT_DIR)


@cache
def index_noun() -> bytes:
    """The whole of `index.noun` (5 MB); empty when WordNet is not installed."""
    path = wordnet_dir() / "index.noun"
    return b"\n" + path.read_bytes() if path.is_file() else b""


@cache
def names_a_person(lemma: str) -> bool | None:
    """True when the noun's most frequent sense is a person; None when WordNet cannot say."""
    index = index_noun()
    key = b"\n" + lemma.lower().replace(" ", "_").encode() + b" n "
    at = index.find(key)
    if at < 0:
        return None
    fields = index[at + 1 : index.index(b"\n", at + 1)].split()
    pointers = int(fields[3])
    offset = int(fields[4 + pointers + 2])  # after the pointers: sense_cnt, tagsense_cnt, offsets
    with open(wordnet_dir() / "data.noun", "rb") as data:
        data.seek(offset)
        return data.readline().split(maxsplit=2)[1].decode() == NOUN_PERSON
