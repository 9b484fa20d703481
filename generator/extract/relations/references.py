"""What a common noun refers to: "company CEO Andy Vesey", "the Republican president".

A definite noun that is the title of exactly one person of the story ("the president", when
only Donald Trump's role ends in "President") is that person.

A role like "airline boss" or "company CEO" names no body, but a reporter writes it only when
the reader knows which one is meant: the story's main organization. That is taken only when it
is plainly the main one (named at least `MIN_MENTIONS` times and `DOMINANCE` times as often as
any other organization); else the role stays unattached.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from ..actors import ActorIndex
from ..actors.roles import BODY_NOUNS
from ..lexicon import key, words

EVENT_NOUNS = words("event_nouns")
MIN_MENTIONS = 3
DOMINANCE = 2


def main_organization(index: ActorIndex) -> str | None:
    """The organization the story is about, when one plainly is."""
    bodies = {a.id for a in index.actors if a.kind == "organization" and not is_gathering(a.name)}
    counts = Counter(m.actor for m in index.mentions if m.actor in bodies)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def is_gathering(name: str) -> bool:
    """ "Apple Worldwide Developers Conference": a gathering, not a body a role can belong to."""
    return bool(set(key(name).split()[-1:]) & EVENT_NOUNS)


def body_of_role(role: str, index: ActorIndex) -> str | None:
    """The main organization, when the role's words before its title name a kind of body."""
    described = key(role).split()[:-1]  # "company CEO" -> ["company"]
    if "of" in described or not any(word in BODY_NOUNS for word in described):
        return None
    return main_organization(index)


def described_person(noun: Token, index: ActorIndex) -> str | None:
    """ "the Republican president" for the one person whose role ends in "president"."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ == "prep" for c in noun.children):
        return None  # "the president of the club" is someone else
    holders = [
        a.id
        for a in index.actors
        if a.kind == "person" and a.role and key(a.role).split()[-1:] == [noun.lemma_.lower()]
    ]
    return holders[0] if len(holders) == 1 else None
