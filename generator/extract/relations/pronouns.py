"""Who "he" or "she" is when the sentence itself says it: the subject of the clause above.

In "Kim Lee said he had raised concerns" or "Paul scored ten points while he was with the
Rockets", a personal pronoun subject of a clause that depends on another clause (its complement,
an adverbial clause, a conjoined verb) refers to that clause's subject, when the subject is a
person of the story. It is left unresolved when another person is the subject of a clause
between the two (that one could be meant) or when the person's first name says another gender.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorIndex
from ..lexicon import key
from ..quotes.words import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from .lexicon import SUBJECTS

PRONOUN_GENDER = {"he": "male", "she": "female"}
DEPENDENT_CLAUSES = {"ccomp", "advcl", "conj"}


def bound_subject(pronoun: Token, index: ActorIndex, depth: int = 0) -> str | None:
    """The person a subject "he"/"she" refers to, read off the clause it depends on, or None."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    clause = pronoun.head
    if gender is None or pronoun.dep_ not in SUBJECTS or clause.dep_ not in DEPENDENT_CLAUSES or depth > 3:
        return None
    subject = next((c for c in clause.head.children if c.dep_ in SUBJECTS and c.i < pronoun.i), None)
    if subject is None:
        return None
    if subject.lower_ == pronoun.lower_:  # "Paul had ..., and he ... while he was ..."
        antecedent = bound_subject(subject, index, depth + 1)
    else:
        antecedent = person_named(subject, index)
    person = index.get(antecedent)
    if person is None or first_name_gender(person.name) not in {None, gender}:
        return None
    if any(person_named(t, index) not in {None, antecedent} for t in subjects_between(subject, pronoun)):
        return None  # "Lee said Kim told him he ...": who is meant is unclear
    return antecedent


def person_named(token: Token, index: ActorIndex) -> str | None:
    """The person a subject names, itself or in apposition ("the ambassador, Kim Darroch")."""
    for name in [token, *(c for c in token.children if c.dep_ == "appos")]:
        found = index.get(index.actor_at(name.idx, name.idx + len(name)))
        if found is not None and found.kind == "person":
            return found.id
    return None


def subjects_between(first: Token, last: Token) -> list[Token]:
    return [t for t in first.doc[first.i + 1 : last.i] if t.dep_ in SUBJECTS]


def first_name_gender(name: str) -> str | None:
    first = key(name).split()[:1]
    if not first:
        return None
    female, male = first[0] in FEMALE_FIRST_NAMES, first[0] in MALE_FIRST_NAMES
    return "female" if female and not male else "male" if male and not female else None
