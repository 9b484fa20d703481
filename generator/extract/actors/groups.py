"""Groups named by common nouns: "Federal prosecutors alleged ...", "Islamist militants have carried out".

Groups of people act in news as often as named bodies, but carry no proper name for the tagger to
find. A plural person noun ("lawmakers", "rescuers", "militants") is a group actor when it is the
subject of a verb (it acts or speaks) and a proper adjective makes it a particular group
("British lawmakers", "Indonesian rescuers", "Islamist militants"). Common-noun modifiers
("prison officials", "aviation experts", "defense attorneys") often describe people the story
names elsewhere, and a bare "officials" is too vague: those stay out, with two exceptions that
the text itself makes particular:

* the people of a named body: "PG&E officials said" (a proper-noun organization as modifier);
* people who speak for the story again and again: "Federal prosecutors alleged ... prosecutors
  asserted ...": a plural noun that is the subject of a verb of saying (WordNet's verbs of
  communication) at least twice, once with a modifier that says which ones, is one group, named
  by its modified form.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..lexicon.wordnet import NOUN_PERSON, VERB_COMMUNICATION, first_senses_in
from . import data
from .names import normalise_name
from .roles import is_person_title

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"amod", "compound"})
# Longest "people of someone" phrase taken as a group's name, in words.
MAX_OF_PHRASE = 6
# How often a group must speak to be one the story follows.
MIN_SPEECHES = 2
QUANTIFIERS = frozenset(
    {"other", "many", "several", "some", "few", "more", "most", "such", "various", "numerous", "all", "both"}
)


def is_people_noun(token: Token) -> bool:
    """A plural noun for people: a title ("officials") or an agent noun ("rescuers", "advocates")."""
    if token.tag_ != "NNS" or not token.is_alpha:
        return False
    return is_person_title(token) or token.lower_.endswith(data.AGENT_SUFFIXES)


def is_proper_adjective(token: Token) -> bool:
    """A nationality, faith or ideology: a demonym, a NORP entity, or capitalised inside a sentence
    (not after a colon, where a headline's capitals begin: "Memo: Federal guards falsified ...")."""
    if token.ent_type_ == "NORP" or normalise_name(token.text) in data.DEMONYMS:
        return True
    after_colon = token.i > 0 and token.doc[token.i - 1].text == ":"
    return token.is_title and not token.is_sent_start and not after_colon and token.pos_ == "ADJ"


def names_a_body(token: Token) -> bool:
    """A modifier that is a named organization: "PG&E" of "PG&E officials"."""
    return token.ent_type_ == "ORG" and token.pos_ == "PROPN"


def group_spans(doc: Doc, taken: set[int]) -> Iterator[tuple[Span, str | None]]:
    """Group mentions and the canonical name of their group (None: the span's own).

    "Modifier(s) + plural person noun" subjects of a verb, where the modifier makes the group
    particular, then the groups that speak again and again.
    """
    for token in doc:
        if token.i in taken or token.dep_ not in SUBJECT_DEPS or token.tag_ != "NNS":
            continue
        modifiers = particular_modifiers(token)
        if modifiers is None:
            continue
        if is_people_noun(token) and any(is_proper_adjective(m) or names_a_body(m) for m in modifiers):
            span = modified_span(token, modifiers)
            if all(t.is_alpha or t.text == "-" or names_a_body(t) for t in span):
                yield span, None
        elif not modifiers and (whose := of_phrase(token)) is not None:
            yield whose, None
    yield from speaking_groups(doc, taken)


def of_phrase(token: Token) -> Span | None:
    """ "relatives of the missing", "families of the victims": people said to be those of someone.

    The noun must name people by a tie to others (WordNet's noun.person), the "of" phrase must be
    short and have no clause of its own, and the whole must act (the caller checks the subject).
    """
    if not is_person_noun(token):
        return None
    of = next(
        (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None
    )
    if of is None or not any(c.dep_ == "pobj" for c in of.children):
        return None
    end = of.right_edge.i + 1
    span = token.doc[token.i : end]
    if len(span) > MAX_OF_PHRASE or not all(t.is_alpha for t in span):
        return None
    return span


def is_person_noun(token: Token) -> bool:
    return first_senses_in(token.lemma_.lower(), "n", frozenset({NOUN_PERSON}))


def particular_modifiers(token: Token) -> list[Token] | None:
    """The modifiers before a noun, or None when one counts or quantifies ("many", "three")."""
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i]
    if any(m.lower_ in QUANTIFIERS or m.like_num for m in modifiers):
        return None
    return modifiers


def modified_span(token: Token, modifiers: list[Token]) -> Span:
    start = min(m.left_edge.i if m.dep_ == "compound" else m.i for m in modifiers)
    return token.doc[start : token.i + 1]


def speaking_groups(doc: Doc, taken: set[int]) -> Iterator[tuple[Span, str]]:
    """Plural people nouns that speak at least twice, once modified: "Federal prosecutors alleged"."""
    speakers: dict[str, list[tuple[Token, list[Token]]]] = {}
    for token in doc:
        if token.i in taken or token.dep_ != "nsubj" or not is_people_noun(token):
            continue
        if token.head.pos_ == "VERB" and says(token.head.lemma_):
            modifiers = particular_modifiers(token)
            if modifiers is not None:
                speakers.setdefault(token.lemma_.lower(), []).append((token, modifiers))
    for mentions in speakers.values():
        modified = [modified_span(t, m) for t, m in mentions if m]
        if len(mentions) < MIN_SPEECHES or not modified or not all(t.is_alpha for t in modified[0]):
            continue
        name = modified[0].text[:1].upper() + modified[0].text[1:]
        for token, modifiers in mentions:
            yield (modified_span(token, modifiers) if modifiers else doc[token.i : token.i + 1]), name


@cache
def says(lemma: str) -> bool:
    """A verb of saying: one whose most frequent sense is a WordNet verb of communication."""
    return first_senses_in(lemma, "v", frozenset({VERB_COMMUNICATION}))
