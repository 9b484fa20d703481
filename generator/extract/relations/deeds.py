"""Whose deed a stance word is about: "welcomed Trump's retweeting" is support for Trump.

A stance toward a deed is a stance toward its doer: the object of a stance verb that is an act,
a statement or a plan (a gerund, or a noun whose first WordNet sense is an act, a communication,
a cognition or an event) points to its possessor ("criticised the agency's handling"), and any
object to its "by" agent ("defended the retweets by the president"). A possessed person or
thing is no deed: "backed the Kremlin's critics" says nothing of support for the Kremlin.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..lexicon.wordnet import load_wordnet

# WordNet lexicographer files of deeds: noun.act, noun.cognition, noun.communication, noun.event.
DEED_FILES = frozenset({4, 9, 10, 11})

ActorOf = Callable[[Token], "str | None"]


def is_deed(noun: Token) -> bool:
    if noun.tag_ == "VBG" or noun.lower_.endswith("ing"):
        return True
    wordnet = load_wordnet()
    offsets = wordnet.offsets("n", noun.lemma_.lower()) if wordnet else None
    return bool(wordnet and offsets and wordnet.synset("n", offsets[0]).lexfile in DEED_FILES)


def doers_of(obj: Token, actor_of: ActorOf) -> list[str]:
    """The actors whose deed `obj` is: its possessor, its "by" agent (also when the parser hung
    "by" on the verb right after the object)."""
    found: list[str] = []
    if is_deed(obj):
        found += [a for c in obj.children if c.dep_ == "poss" for a in [actor_of(c)] if a]
    by_phrases = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"]
    by_phrases += [
        c for c in obj.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == obj.right_edge.i + 1
    ]
    found += [a for by in by_phrases for o in by.children if o.dep_ == "pobj" for a in [actor_of(o)] if a]
    return found
