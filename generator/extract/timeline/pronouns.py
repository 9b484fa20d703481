"""Who a clause's subject is: pronouns and relative pronouns replaced by the actor they stand for.

A timeline entry is read out of its sentence, so "it launched" or "who travelled" names nobody.
A pronoun subject is replaced by the actor it most likely stands for: the named subject of the
clause it is reported in, else the nearest fitting actor before it in the sentence (a recency
heuristic, as in Hobbs 1978). A relative pronoun stands for the noun its clause modifies.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorIndex

# Pronouns that stand for an actor, and the kinds of actor each may stand for.
PRONOUN_KINDS: dict[str, frozenset[str]] = {
    "it": frozenset({"organization", "country", "group", "place"}),
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "they": frozenset({"organization", "country", "group"}),
    "we": frozenset({"organization", "country", "group"}),
}
# Dependencies of a clause's subject.
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Tags of relative pronouns ("who", "which", "that") that open a relative clause.
RELATIVE_TAGS: frozenset[str] = frozenset({"WP", "WDT"})


def resolved_pronoun(token: Token, index: ActorIndex) -> str | None:
    """The name of the actor a subject pronoun refers to, when one is clear enough."""
    actor_id = pronoun_actor(token, index)
    actor = index.get(actor_id) if actor_id else None
    return actor.name if actor else None


def pronoun_actor(token: Token, index: ActorIndex) -> str | None:
    """The actor a subject pronoun stands for: a reporting subject above it, else the nearest before."""
    kinds = PRONOUN_KINDS.get(token.lower_)
    if kinds is None:
        return None
    for ancestor in token.head.ancestors:
        for child in ancestor.children:
            if child.dep_ == "nsubj" and child.i < token.i:
                actor_id = fitting_actor(child, kinds, index)
                if actor_id:
                    return actor_id
    sentence = token.sent
    for mention in sorted(index.mentions, key=lambda m: -m.start):
        if sentence.start_char <= mention.start and mention.end <= token.idx:
            actor = index.get(mention.actor)
            if actor is not None and actor.kind in kinds:
                return actor.id
    return None


def fitting_actor(subject: Token, kinds: frozenset[str], index: ActorIndex) -> str | None:
    """The actor named by a subject's words, if its kind fits the pronoun."""
    span = subject.doc[subject.left_edge.i : subject.i + 1]
    actor_id = index.actor_at(span.start_char, span.end_char)
    actor = index.get(actor_id) if actor_id else None
    return actor.id if actor is not None and actor.kind in kinds else None


def relative_antecedent(subject: Token) -> Token | None:
    """The noun a relative-pronoun subject stands for ("the son, who travelled" → son)."""
    if subject.tag_ not in RELATIVE_TAGS or subject.dep_ not in SUBJECT_DEPS:
        return None
    clause = subject.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


def actors_of(tokens: list[Token], index: ActorIndex) -> list[str]:
    """The actors mentioned in a clause (pronoun subjects resolved), in order of mention."""
    found: list[str] = []
    for token in tokens:
        actor_id = index.actor_at(token.idx, token.idx + len(token))
        if actor_id is None and token.dep_ in ("nsubj", "nsubjpass"):
            actor_id = pronoun_actor(token, index)
        if actor_id and actor_id not in found:
            found.append(actor_id)
    return found
