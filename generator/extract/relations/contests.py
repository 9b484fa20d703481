"""Opponents in a contest: sport, elections, courts, markets.

"The Lakers beat the Thunder", "the Lakers' fifth straight victory, 112-107 over the Thunder",
"the Thunder barely missed an upset win over the Clippers": the two sides oppose each other.
The winner is the subject of a verb of beating (`contest_verbs`) or the possessor (else the
subject) of a contest noun (`contest_nouns`) whose "over"/"against" names the other side; "hold
off" is the phrasal verb of the same meaning. A negated or hypothetical clause states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...story.model import Relation
from ..actors import ActorIndex
from ..lexicon import words
from ..nlp import ParsedArticle
from .clauses import actor_named, stated, subject_actor

CONTEST_NOUNS = words("contest_nouns")
CONTEST_VERBS = words("contest_verbs")
SIDE_KINDS = frozenset({"organization", "person", "country", "group"})
OPPONENT_PREPOSITIONS = frozenset({"over", "against"})


def contest_relations(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    for token in parsed.doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and (lemma in CONTEST_VERBS or held_off(token)) and stated(token):
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            pair = (subject_actor(token, index), actor_named(obj, index) if obj is not None else None)
        elif token.pos_ == "NOUN" and lemma in CONTEST_NOUNS:
            pair = (winner_of(token, index), opponent_of(token, index))
        else:
            continue
        yield from opposing(parsed, index, token, *pair)


def held_off(verb: Token) -> bool:
    return verb.lemma_.lower() == "hold" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def winner_of(noun: Token, index: ActorIndex) -> str | None:
    """The possessor of "the Lakers' victory", else the subject of "the Thunder missed a win"."""
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None:
        return actor_named(possessor, index)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and stated(verb):
        return subject_actor(verb, index)
    return None


OPPONENT_WINDOW = 6  # tokens after the noun where its "over" may stand when the parse hung it elsewhere


def opponent_of(noun: Token, index: ActorIndex) -> str | None:
    """The side after "over" or "against" in the contest noun's phrase, or right after the noun
    ("victory, 112-107 over the Thunder", where the parser hangs "over" on the verb)."""
    doc = noun.doc
    following = doc[noun.i + 1 : min(noun.i + 1 + OPPONENT_WINDOW, noun.sent.end)]
    for token in [*noun.subtree, *following]:
        if token.dep_ == "prep" and token.lower_ in OPPONENT_PREPOSITIONS:
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return actor_named(obj, index)
    return None


def opposing(
    parsed: ParsedArticle, index: ActorIndex, token: Token, source: str | None, target: str | None
) -> Iterator[Relation]:
    sides = [index.get(source), index.get(target)]
    if source and target and source != target and all(s is not None and s.kind in SIDE_KINDS for s in sides):
        yield Relation(source, target, "opposes", parsed.paragraph_at(token.idx))
