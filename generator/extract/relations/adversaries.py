"""Adversaries named in apposition: "Lena Holm, his rival in the primary", "Oslo's foe, Bergen".

An appositive adversary noun (`adversary_nouns`) with a possessor states that the possessor
opposes the actor it describes. A possessive "his"/"her" is the person subject of its clause,
bound as in `pronouns`; "its", "their" and other possessors that name no actor state nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...story.model import Relation
from ..actors import ActorIndex
from ..lexicon import words
from ..nlp import ParsedArticle
from .lexicon import SUBJECTS
from .pronouns import PRONOUN_GENDER, first_name_gender, person_named
from .stance import actor_of

ADVERSARY_NOUNS = words("adversary_nouns")
POSSESSIVE_GENDER = {"his": PRONOUN_GENDER["he"], "her": PRONOUN_GENDER["she"]}


def adversary_relations(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    for noun in parsed.doc:
        if noun.dep_ != "appos" or noun.lemma_.lower() not in ADVERSARY_NOUNS:
            continue
        described = actor_of(noun.head, index)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if described is None or owner is None:
            continue
        possessor = actor_of(owner, index) or bound_possessive(owner, index)
        if possessor and possessor != described:
            yield Relation(possessor, described, "opposes", parsed.paragraph_at(noun.idx))


def bound_possessive(owner: Token, index: ActorIndex) -> str | None:
    """The person "his"/"her" refers to: the subject of the nearest clause above it, when that
    names (or is a pronoun bound to) a person of the matching gender."""
    gender = POSSESSIVE_GENDER.get(owner.lower_)
    if gender is None:
        return None
    for clause in owner.ancestors:
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            continue
        person = index.get(actor_of(subject, index) or person_named(subject, index))
        if person is None or person.kind != "person":
            return None
        return person.id if first_name_gender(person.name) in {None, gender} else None
    return None
