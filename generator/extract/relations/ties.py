"""Ties a name's own phrase states: where a body is based, whose a name is.

- a base: "Paris-based Safran", "Safran, based in Paris" -> related;
- "of" right after a name: "Safran of France" -> related; "Madiha Afzal of the Brookings
  Institution" -> member-of (a person of a body or country);
- a tie noun (`tie_nouns`) between two parties: "Britain had a long-term relationship with the
  United States", "BP's partnership with Rosneft", "ties between Moscow and Beijing" -> related,
  unless the tie is being cut (`breaking_verbs`) or denied;
- a body or country possessing a person's full name, the first name a known one: "Brookings
  Institution's Sarah Chen" -> member-of ("Apple's App Store" is a product; a name with a title
  is the role rules' work: "Pakistan's army chief ...").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...story.model import Relation
from ..actors import ActorIndex
from ..lexicon import words
from ..nlp import ParsedArticle
from ..quotes.words import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from .clauses import actor_named, kind_of, stated, whole_name_actor
from .stance import agent_of

TIE_NOUNS = words("tie_nouns")
BREAKING_VERBS = words("breaking_verbs")
FIRST_NAMES = FEMALE_FIRST_NAMES | MALE_FIRST_NAMES
PLACE_KINDS = frozenset({"place", "country"})
BODY_KINDS = frozenset({"organization", "country"})


def tie_relations(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    for token in parsed.doc:
        if token.lemma_.lower() == "base" and token.tag_ == "VBN":
            pair = based_in(token, index)
        elif token.dep_ == "prep" and token.lower_ == "of" and token.head.pos_ == "PROPN":
            pair = name_of(token, index)
        elif token.dep_ == "poss" and token.head.pos_ == "PROPN":
            pair = possessed_name(token, index)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in TIE_NOUNS:
            pair = tied_parties(token, index)
        else:
            continue
        if pair is not None and pair[0] != pair[1]:
            yield Relation(pair[0], pair[1], kind_of_tie(index, *pair), parsed.paragraph_at(token.idx))


def kind_of_tie(index: ActorIndex, source: str, target: str) -> str:
    if kind_of(source, index) == "person" and kind_of(target, index) in BODY_KINDS:
        return "member-of"
    return "related"


def based_in(based: Token, index: ActorIndex) -> tuple[str, str] | None:
    """ "Malaysia-based carrier AirAsia" / "AirAsia, based in Malaysia": (AirAsia, Malaysia)."""
    if based.dep_ not in {"amod", "acl"}:
        return None
    places = [c for c in based.children if c.dep_ == "npadvmod"]
    places += [o for p in based.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
    place = next(
        (a for p in places for a in [actor_named(p, index)] if kind_of(a, index) in PLACE_KINDS), None
    )
    noun = based.head
    while noun.dep_ == "compound":  # "Malaysia-based budget carrier AirAsia"
        noun = noun.head
    named = [noun, *(c for c in noun.children if c.dep_ == "appos")]  # "carrier AirAsia"
    body = next((a for n in named for a in [whole_name_actor(n, index)] if a), None)
    return (body, place) if body and place else None


def name_of(prep: Token, index: ActorIndex) -> tuple[str, str] | None:
    """ "Safran of France": the name must end right before "of" ("the Bank of England" is one name)."""
    if index.actor_at(prep.idx, prep.idx + len(prep)):
        return None  # "of" inside a name: "Bay of Biscay"
    name = whole_name_actor(prep.head, index)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    target = actor_named(obj, index) if obj is not None else None
    if not name or not target or kind_of(target, index) not in BODY_KINDS | PLACE_KINDS:
        return None
    return name, target


def possessed_name(possessor: Token, index: ActorIndex) -> tuple[str, str] | None:
    """ "Brookings Institution's Madiha Afzal": a bare name, no title between."""
    body = whole_name_actor(possessor, index)
    person = index.get(whole_name_actor(possessor.head, index))
    if kind_of(body, index) not in BODY_KINDS or person is None or person.kind != "person":
        return None
    names = [c for c in possessor.head.children if c.dep_ == "compound"]
    if person.affiliation or not names or any(c.pos_ != "PROPN" for c in names):
        return None  # a full name, no title: a lone surname may be a word ("Russia's Gold")
    if min(names, key=lambda t: t.i).lower_ not in FIRST_NAMES:
        return None  # "Apple's App Store", "Apple's MacBook Pro": products the tagger took for people
    return (person.id, body) if body else None


def tied_parties(noun: Token, index: ActorIndex) -> tuple[str, str] | None:
    """ "X's / X has a relationship with Y", "ties between X and Y"."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is not None and (verb.lemma_.lower() in BREAKING_VERBS or not stated(verb)):
        return None
    others = [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"with", "between"} for o in p.children
    ]
    parties = [a for o in others for n in [o, *o.conjuncts] for a in [actor_named(n, index)] if a]
    if len(parties) >= 2 and any(p.lower_ == "between" for p in noun.children):
        return parties[0], parties[1]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        first = actor_named(owner, index)
    else:
        first = agent_of(verb, index) if verb is not None else None
    return (first, parties[0]) if first and parties else None
