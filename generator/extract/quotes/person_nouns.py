"""Whether a common noun names a person: WordNet files its most frequent sense under noun.person.

"The former cabinet secretary said" needs to know that a secretary is a person and "the airline
said" that an airline is not. WordNet files every noun sense under a lexicographer file, 18 being
noun.person (`lexnames(5)`), and lists a lemma's senses most frequent first. Without WordNet
(see `lexicon.wordnet`) the word lists of `words` decide alone.
"""

from __future__ import annotations

from functools import cache

from ..lexicon.wordnet import NOUN_PERSON, load_wordnet


@cache
def names_a_person(lemma: str) -> bool | None:
    """True when the noun's most frequent sense is a person; None when WordNet cannot say."""
    wordnet = load_wordnet()
    offsets = wordnet.offsets("n", lemma.lower().replace(" ", "_")) if wordnet else None
    if not wordnet or not offsets:
        return None
    return wordnet.synset("n", offsets[0]).lexfile == NOUN_PERSON
