"""Reading a clause for relations: whether its verb is stated, whom its names and subject stand for.

The rule modules (`membership`, `contests`, `ties`, `rosters`, `behalf`, ...) share these.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorIndex
from ..timeline.modality import is_unreal
from .lexicon import SUBJECTS
from .pronouns import bound_subject


def stated(verb: Token) -> bool:
    """A verb said to hold: not negated ("does not represent"), not hypothetical ("would join")."""
    return not any(c.dep_ == "neg" for c in verb.children) and not is_unreal(verb)


def actor_named(token: Token, index: ActorIndex) -> str | None:
    """The actor a noun names: a mention there, or a capitalised name the tagger missed ("the Thunder")."""
    found = index.actor_at(token.idx, token.idx + len(token))
    if found or not token.text[:1].isupper():
        return found
    first = min([token, *(c for c in token.children if c.dep_ == "compound")], key=lambda t: t.i)
    return index.resolve(token.doc[first.i : token.i + 1].text) or index.resolve(token.text)


def whole_name_actor(token: Token, index: ActorIndex) -> str | None:
    """The actor a name stands for when the mention covers the whole name: "Indonesia" names a
    country, "Garuda Indonesia" (a name the actors lack) names none."""
    found = actor_named(token, index)
    mention = next((m for m in index.mentions if m.start <= token.idx < m.end), None)
    if found is None or mention is None:
        return found
    outside = [
        c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and not mention.start <= c.idx
    ]
    return None if outside else found


def subject_actor(verb: Token, index: ActorIndex) -> str | None:
    """The actor the verb is said of: its subject, the noun a relative clause hangs on."""
    if verb.dep_ == "relcl":
        return actor_named(verb.head, index)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    return actor_named(subject, index) or bound_subject(subject, index)


def kind_of(actor_id: str | None, index: ActorIndex) -> str | None:
    actor = index.get(actor_id)
    return actor.kind if actor is not None else None
