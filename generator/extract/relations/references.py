"""What a common noun refers to when the story is about one body: "company CEO Andy Vesey".

A role like "airline boss" or "company CEO" names no body, but a reporter writes it only when
the reader knows which one is meant: the story's main organization. That is taken only when it
is plainly the main one (named at least `MIN_MENTIONS` times and `DOMINANCE` times as often as
any other organization); else the role stays unattached.
"""

from __future__ import annotations

from collections import Counter

from ..actors import ActorIndex
from ..lexicon import key, words

BODY_NOUNS = words("body_nouns")
MIN_MENTIONS = 3
DOMINANCE = 2


def main_organization(index: ActorIndex) -> str | None:
    """The organization the story is about, when one plainly is."""
    kinds = {a.id: a.kind for a in index.actors}
    counts = Counter(m.actor for m in index.mentions if kinds.get(m.actor) == "organization")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def body_of_role(role: str, index: ActorIndex) -> str | None:
    """The main organization, when the role's words before its title name a kind of body."""
    described = key(role).split()[:-1]  # "company CEO" -> ["company"]
    if "of" in described or not any(word in BODY_NOUNS for word in described):
        return None
    return main_organization(index)
