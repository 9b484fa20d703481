"""Where actor names start and end: repairs of the small model's entity boundaries.

spaCy's small English model cuts names and glues them: "Piotr Nowak" tagged as "Nowak" only,
"Frank" and "Vogel" as two entities, "Britain First" (a party) as the country "Britain" and the
ordinal "First", "ambassador to London Woody Johnson" as one organization "London Woody Johnson".
These rules fix the boundaries before the mentions are typed; each rests on what news style
allows (names are capitalised; a title, not a place, precedes a person's name).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..lexicon.wordnet import load_wordnet
from . import data
from .names import normalise_name
from .roles import is_person_title

POSSESSIVE = {"'s", "’s", "‘s", "'", "’", "‘"}
PLACE_KEYS = set(data.COUNTRY_NAMES) | set(data.CAPITALS)


def person_shaped(span: Span) -> bool:
    words = [t for t in span if not t.is_punct]
    return (
        1 <= len(words) <= 3
        and all(t.is_alpha and t.text[:1].isupper() for t in words)
        and not any(t.lower_ in data.ORG_WORDS for t in words)
    )


def clean_span(span: Span, agency: str | None) -> Span | None:
    """Drop leading articles, agency names and trailing possessives from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while start < end and agency and doc[start].lower_ == agency.lower() and end - start > 1:
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    if end - start > 2 and len(doc[start].text) == 1 and doc[start].is_upper:
        start += 1  # "F Hamidou Diallo": a position letter, not an initial (initials take a period)
    if (
        start < end
        and doc[start].is_sent_start
        and doc[start].tag_ in {"JJ", "JJS", "RB"}
        and end - start > 1
    ):
        start += 1  # "Latest Federal Reserve data": a sentence-initial adjective is not part of the name
    if start < end and span.label_ == "PERSON":
        while start > 0 and extends_name(doc[start - 1], doc[start:end]):
            start -= 1  # "Piotr Nowak" when the tagger only saw "Nowak"
    return doc[start:end] if start < end else None


def extends_name(token: Token, name: Span) -> bool:
    """Is `token` an untagged first name right before a person's name?"""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and token.head.i in range(name.start, name.end)
        and token.is_title
        and len(token.text) > 1  # "G Tomas Adeyemi": a position letter, not a first name
        and token.ent_iob_ == "O"
        and not is_person_title(token)
        and token.lower_ not in data.HONORIFICS
    )


def join_neighbours(ents: list[Span], label: str, joins: Callable[[Span, Span], bool]) -> list[Span]:
    """Join each entity to the one before it (and the words between), as one entity of `label`,
    where `joins` says so."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and joins(last, ent):
            joined[-1] = Span(ent.doc, last.start, ent.end, label=label)
        else:
            joined.append(ent)
    return joined


def halves_of_a_person(last: Span, ent: Span) -> bool:
    """A name the tagger cut in two ("Frank" + "Vogel") when one half is a PERSON."""
    return (
        last.end == ent.start
        and "PERSON" in {last.label_, ent.label_}
        and {last.label_, ent.label_} <= {"PERSON", "ORG", "GPE"}
        and person_shaped(ent.doc[last.start : ent.end])
        and last[-1].whitespace_ != ""
        and not place_before_full_name(last, ent)
    )


def place_before_full_name(first: Span, second: Span) -> bool:
    """ "London" + "Woody Johnson": a place before a full name is no first name ("Frank" + "Vogel")."""
    return (
        first.label_ != "PERSON"
        and normalise_name(first.text) in PLACE_KEYS
        and second.label_ == "PERSON"
        and len(second) >= 2
    )


MAX_PLACE_WORDS = 3  # "Bosnia and Herzegovina"; longer table names do not start organization names
NAME_TAIL_TYPES = {"", "ORDINAL"}  # the tagger reads "First" of "Britain First" as an ordinal
FUNCTION_POS = {"PRON", "DET", "ADP", "AUX", "VERB", "CCONJ", "SCONJ", "PART", "PUNCT"}


def repair_entities(ents: list[Span]) -> list[Span]:
    """The tagger's entities with cut names joined and glued names split, in text order."""
    repaired: list[Span] = []
    people = join_neighbours(ents, "PERSON", halves_of_a_person)
    companies = join_neighbours(people, "ORG", country_of_a_company)
    for ent in join_neighbours(companies, "ORG", place_of_a_body):
        if repaired and ent.start < repaired[-1].end:
            continue  # absorbed into a country-led name
        repaired.extend(split_place_and_person(ent) or [join_country_name(with_office_holder(ent))])
    return repaired


def place_of_a_body(last: Span, ent: Span) -> bool:
    """ "the Southern District" + "of" + "New York": a body named by a common noun and its place.

    A name whose last word is a capitalised common noun ("District", "Bank", "University") is
    completed by an "of" phrase naming a place right after it; a title ("Mayor of London")
    names a person's office instead and stays apart.
    """
    return (
        last.label_ in {"ORG", "LOC", "FAC"}
        and ent.label_ == "GPE"
        and ent.start == last.end + 1
        and ent.doc[last.end].lower_ == "of"
        and last[-1].is_title
        and last[-1].pos_ == "PROPN"
        and is_common_noun(last[-1].lower_)
        and not is_person_title(last[-1])
    )


def is_common_noun(word: str) -> bool:
    """Whether a word is an English common noun (WordNet has it as a noun in lower case)."""
    wordnet = load_wordnet()
    return wordnet is not None and any(word in sense.lemmas for sense in wordnet.synsets(word, "n"))


def is_capitalised_name(token: Token) -> bool:
    return token.is_title and token.pos_ == "PROPN"


def with_office_holder(ent: Span) -> Span:
    """ "California Governor's" + "Office of Emergency Services": an office named by its holder.

    An organization whose name follows a possessive title ("the Prime Minister's Office",
    "the Governor's Office") carries the title, and the capitalised words before it, in its name.
    """
    doc, start = ent.doc, ent.start
    if ent.label_ != "ORG" or start < 2 or doc[start - 1].text not in POSSESSIVE:
        return ent
    owner = doc[start - 2]
    if not (owner.is_title and is_person_title(owner)):
        return ent
    start -= 2
    while start > 0 and not doc[start].is_sent_start and is_capitalised_name(doc[start - 1]):
        start -= 1
    return Span(doc, start, ent.end, label="ORG")


def join_country_name(ent: Span) -> Span:
    """ "Britain First": a country followed by capitalised words no entity claims is a name of its own.

    The words must follow on the same line, be capitalised, not be titles ("Britain Prime
    Minister" is no party) and not be tagged as another entity ("in Britain Labour won"). After a
    demonym they must end on a word for a body: "Malaysian Airlines", not "Malaysian Flight".
    """
    key = normalise_name(ent.text)
    country = ent.label_ == "GPE" and key in data.COUNTRY_NAMES
    demonym = ent.label_ == "NORP" and key in data.DEMONYMS
    if not (country or demonym):
        return ent
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end - 1].whitespace_ == " " and continues_name(doc[end]):
        end += 1
    if demonym and doc[end - 1].lower_ not in data.ORG_WORDS:
        return ent
    return Span(doc, ent.start, end, label="ORG") if end > ent.end else ent


def country_of_a_company(last: Span, ent: Span) -> bool:
    """ "Indonesia" + "AirAsia": a country naming a company's national arm is part of its name.

    The country must modify the same word as the name after it, or that name itself ("Indonesia
    AirAsia's flight"), and the name must not be a place: "in Britain Labour won" stays apart.
    """
    return (
        last.end == ent.start
        and last.label_ == "GPE"
        and normalise_name(last.text) in data.COUNTRY_NAMES
        and ent.label_ in {"ORG", "GPE"}
        and normalise_name(ent.text) not in PLACE_KEYS
        and last[-1].whitespace_ == " "
        and last.root.dep_ in {"compound", "nmod"}
        and last.root.head.i in {ent.root.i, ent.root.head.i}
    )


def continues_name(token: Token) -> bool:
    """A capitalised word that can go on a name; the tagger's sentence starts and tags are unreliable
    here ("First" of "Britain First" comes out as an adverb or a new sentence), capitals are not."""
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ not in FUNCTION_POS
        and token.ent_type_ in NAME_TAIL_TYPES
        and not is_person_title(token)
        and token.lower_ not in data.HONORIFICS
    )


def split_place_and_person(ent: Span) -> list[Span] | None:
    """ "ambassador to London Woody Johnson": a known place glued to the name of a person.

    Split when the entity starts with a country or capital, the rest is shaped like a person's
    name (two or three capitalised words) and the place completes a title's phrase ("ambassador
    to London", "mayor of London"): the title is the person's, so the name after the place is too.
    """
    if ent.label_ not in {"ORG", "GPE"} or not title_phrase_before(ent):
        return None
    doc = ent.doc
    for size in range(min(MAX_PLACE_WORDS, len(ent) - 2), 0, -1):
        place, name = doc[ent.start : ent.start + size], doc[ent.start + size : ent.end]
        if (
            normalise_name(place.text) in PLACE_KEYS
            and 2 <= len(name) <= 3
            and person_shaped(name)
            and not any(t.is_punct for t in name)
        ):
            return [
                Span(doc, place.start, place.end, label="GPE"),
                Span(doc, name.start, name.end, label="PERSON"),
            ]
    return None


def title_phrase_before(ent: Span) -> bool:
    """Is the entity the object of a preposition that follows a person title ("ambassador to")?"""
    if ent.start == 0:
        return False
    prep = ent.doc[ent.start - 1]
    return prep.pos_ == "ADP" and prep.head.i < prep.i and is_person_title(prep.head)
