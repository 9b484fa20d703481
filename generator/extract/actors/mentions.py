"""Actor mentions: which spans of the article name an actor, and what kind of actor.

spaCy's entities (PERSON, ORG, GPE, NORP, LOC, plus PRODUCT and FAC as weak evidence) and, where
the small model missed them, names from the general-knowledge tables of `data` (countries,
capitals, demonyms, "the West", seats of government). Each mention is typed by what the text shows,
not only by the tagger: a capital that is the subject of a verb stands for its country ("Kyiv
says" -> Ukraine) but is a mere location after "in"; a name after a person title ("Home Secretary
Amber Rudd") or heading a person apposition is a person.

Not actors: the dateline's agency, platforms named as a channel ("wrote on Telegram"), names in
the wire credits ("Additional reporting by ..."); places named only as locations and demonyms
used only as adjectives ("Russian oil") become weak candidates, kept only when they join an actor
found otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...story.model import ActorKind
from ..lexicon.wordnet import NOUN_COGNITION, NOUN_PERSON, first_senses_in, load_wordnet
from ..nlp import ParsedArticle
from . import data
from .groups import group_spans
from .names import normalise_name
from .roles import is_person_title
from .spans import clean_span, person_shaped, repair_entities

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "PRODUCT", "FAC"}
WEAK_LABELS = {"PRODUCT", "FAC"}  # kept only when they join an actor found otherwise
CREDITS = re.compile(
    r"^\W*(?:(additional\s+)?(reporting|writing|editing|compiled|research)\s+by\b|contributing\s*:)", re.I
)


@dataclass
class MentionCandidate:
    """One mention before clustering: a cleaned span and what it seems to name."""

    span: Span
    name: str  # cleaned surface form ("Peskov", "U.S.")
    kind: ActorKind
    canonical: str | None = None  # set when a table decides the actor ("Ukraine" for "Kyiv")
    strong: bool = True  # enough on its own to make an actor
    label: str = ""
    affiliation: str | None = None  # canonical name of a country, for seats of government


def is_locative(span: Span, modifiers: bool = True) -> bool:
    """Is this place named as where something happens ("in Vilnius"), not as who acts?

    With `modifiers`, a place name modifying a noun ("Manhattan jail") counts as a location too;
    a country name does not ("U.S. support").
    """
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in data.PLACE_NOUNS:
            return True
        if prep.lower_ in data.LOCATIVE_PREPS or prep.lower_ in {"since", "after", "before", "until"}:
            # "a message to Moscow" stands for a government; "a flight to Moscow" is a place
            return not (
                prep.lower_ in {"to", "from"} and prep.head.lemma_.lower() in data.NON_SPATIAL_TO_FROM_HEADS
            )
    if (
        modifiers and root.dep_ == "poss"
    ):  # "Marin County's cell sites"; not "London's mayor", "Ohio's governor"
        head = root.head
        return not (
            is_person_title(head)
            or head.lemma_.lower() in data.STATE_NOUNS | data.CITY_OFFICES | data.ORG_WORDS
        )
    return (
        modifiers
        and root.dep_ in {"compound", "nmod", "npadvmod", "amod"}
        and root.head.pos_ in {"NOUN", "PROPN"}
    )


def names_nationals(span: Span) -> bool:
    """ "one person each from Singapore and Britain": people from a country make it a party to the story."""
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "from" and is_person_noun(prep.head)


def is_person_noun(token: Token) -> bool:
    """A common noun for people ("passenger", "person", "people"): WordNet's noun.person or a title."""
    if token.pos_ != "NOUN":
        return False
    if is_person_title(token):
        return True
    lemma = "person" if token.lower_ == "people" else token.lemma_.lower()  # the suppletive plural
    return first_senses_in(lemma, "n", frozenset({NOUN_PERSON}))


def opens_a_title(span: Span) -> bool:
    """ "Home" of "Home Secretary": a name that, with the word after it, is a title in WordNet."""
    wordnet = load_wordnet()
    if wordnet is None or span.end >= len(span.doc) or not span.doc[span.end].is_title:
        return False
    phrase = f"{span.text} {span.doc[span.end].text}"
    senses = wordnet.synsets(phrase.lower(), "n")[:1]
    return any(sense.lexfile == NOUN_PERSON and phrase in sense.lemmas for sense in senses)


def names_a_doctrine(name: str) -> bool:
    """ "Islam", "Marxism": a name WordNet gives, capitalised as written, a sense of belief or doctrine."""
    wordnet = load_wordnet()
    senses = wordnet.synsets(name.lower(), "n") if wordnet is not None else []
    return any(sense.lexfile == NOUN_COGNITION and name in sense.lemmas for sense in senses)


def is_channel(span: Span) -> bool:
    """A platform named as the medium of speech rather than as an actor: "wrote on Telegram"."""
    root = span.root
    return not (root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"})


def looks_like_person(span: Span) -> bool:
    """Context says person: a title right before the name, or a person apposition after it."""
    if not person_shaped(span):
        return False
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].text == ")":  # "Home Secretary (interior minister) Amber Rudd"
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    if i >= 0 and doc[i].text[:1].isalpha() and is_person_title(doc[i]):
        return True
    appositions = [c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end]
    return any(is_person_title(c) for c in appositions)


def described_as_organization(span: Span) -> bool:
    """An apposition says what kind of body this is: "BP, the biggest foreign investor"."""
    return any(
        c.dep_ == "appos" and c.i >= span.end and c.lemma_.lower() in data.ORG_DESCRIPTORS
        for c in span.root.children
    )


GROUP_FORMS = data.GROUP_FORMS
TABLE_KEYS = (
    set(data.COUNTRY_NAMES)
    | set(data.CAPITALS)
    | set(data.DEMONYMS)
    | set(GROUP_FORMS)
    | set(data.GOVERNMENT_SEATS)
    | set(data.PARTIES)
)
NAMED_IN_TABLES = (  # every table name but capitals, which a person's name may contain
    set(data.PLATFORMS)
    | set(GROUP_FORMS)
    | set(data.GOVERNMENT_SEATS)
    | set(data.COUNTRY_NAMES)
    | set(data.DEMONYMS)
    | set(data.PARTIES)
)
MAX_TABLE_WORDS = 5


def classify(span: Span, label: str, raw: Span) -> MentionCandidate | None:
    """Type one cleaned mention by the tables and its context; None when it names no actor."""
    name = " ".join(span.text.split())
    key = normalise_name(name)
    if key in NAMED_IN_TABLES or names_capital(span, key, label):
        return classify_table_name(span, name, key, label)
    return classify_tagged_name(span, name, label, raw)


def names_capital(span: Span, key: str, label: str) -> bool:
    """A capital's name, unless it is part of a person's ("Jordan Henderson" is no Amman)."""
    return key in data.CAPITALS and not (label == "PERSON" and len(span) > 1)


def is_modifier(span: Span) -> bool:
    root = span.root
    return root.dep_ in {"amod", "compound", "nmod"} and root.head.i >= span.end


def classify_table_name(span: Span, name: str, key: str, label: str) -> MentionCandidate | None:
    """A name of the general-knowledge tables: a platform, group, seat, country, capital, demonym, party."""
    root, modifier = span.root, is_modifier(span)
    if key in data.PLATFORMS:
        return None if is_channel(span) else MentionCandidate(span, name, "organization", label=label)
    if key in GROUP_FORMS:
        return MentionCandidate(
            span, name, "group", GROUP_FORMS[key], strong=not modifier and root.tag_ != "JJ"
        )
    if key in data.GOVERNMENT_SEATS:
        return MentionCandidate(
            span, name, "organization", label=label, affiliation=data.GOVERNMENT_SEATS[key]
        )
    if key in data.COUNTRY_NAMES:
        strong = not is_locative(span, False) or names_nationals(span)
        return MentionCandidate(span, name, "country", data.COUNTRY_NAMES[key], strong=strong)
    if names_capital(span, key, label):
        if root.head.lemma_.lower() in data.CITY_OFFICES and not is_locative(span, False):
            return MentionCandidate(span, name, "place", label=label)  # "London's mayor": the city as a body
        if is_locative(span):
            return MentionCandidate(span, name, "place", strong=False, label=label)
        return MentionCandidate(span, name, "country", data.CAPITALS[key])
    if key in data.DEMONYMS:
        if modifier or root.tag_ in {"JJ", "NNP"}:
            head = root.head
            strong = (
                head.lemma_.lower() in data.STATE_NOUNS
                or is_person_title(head)
                or head.lower_ in data.ORG_WORDS
            )
            return MentionCandidate(span, name, "country", data.DEMONYMS[key], strong=strong)
        return MentionCandidate(span, name, "group", label=label, strong=not counted(span))
    strong = not modifier or titles_a_name(root.head)  # "opposition Labour lawmaker Stephen Doughty"
    return MentionCandidate(span, name, "organization", data.PARTIES[key], strong=strong)


def classify_tagged_name(span: Span, name: str, label: str, raw: Span) -> MentionCandidate | None:
    """A name the tables do not know, typed by the tagger's label and the context."""
    root = span.root
    if label == "ORG" and speaks_for(span):
        return MentionCandidate(span, name, "organization", label=label)  # "a navy spokesman"
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        return None  # proper names are capitalised: "jargon", "navy" are tagger noise
    if len(span) == 1 and is_person_title(root):
        return None  # "Coach" on its own is a title, not a name
    if label == "NORP":
        plural = root.tag_ in {"NNS", "NNPS"} and not is_modifier(span)
        return (
            MentionCandidate(span, name, "group", label=label, strong=not counted(span)) if plural else None
        )
    if stance_prefix(span):
        return None
    if party_and_state(span):
        return None  # "Ben Sasse, R-Neb.": the state of a U.S. lawmaker's party tag
    if is_instance(span):
        return None  # "an Airbus A320", "won an Oscar": a product or a work, not an actor
    if opens_a_title(span) or names_a_doctrine(name):
        return None  # "Home Secretary", "ban Islam": a title's first word, a faith or doctrine
    if names_a_place(span):
        return MentionCandidate(span, name, "place", strong=False, label=label)
    if label in {"PERSON", "ORG"} and described_as_organization(span):
        return MentionCandidate(span, name, "organization", label=label)
    if label == "PERSON":
        if raw.text.lower().startswith("the ") or (span.start and span.doc[span.start - 1].lower_ == "the"):
            return MentionCandidate(span, name, "organization", label=label)  # "the Thunder"
        return MentionCandidate(span, name, "person", label=label)
    if looks_like_person(span):
        return MentionCandidate(span, name, "person", label=label)
    if label == "ORG":
        return MentionCandidate(span, name, "organization", label=label)
    if label == "GPE":
        camel = any(w[1:] != w[1:].lower() and not w.isupper() for w in name.split())  # "AirAsia"
        if any(c.isdigit() for c in name) or (name.isupper() and len(name) <= 5) or camel:
            return MentionCandidate(span, name, "organization", label=label)  # "G7", "EU"
        return MentionCandidate(span, name, "place", strong=not is_locative(span), label=label)
    if label == "LOC":
        return MentionCandidate(span, name, "place", strong=not is_locative(span), label=label)
    return MentionCandidate(span, name, "organization", strong=False, label=label)


def speaks_for(span: Span) -> bool:
    """A common noun the tagger read as a body, naming whom a spokesperson speaks for: "a navy spokesman"."""
    root = span.root
    return (
        len(span) == 1
        and root.is_lower
        and root.dep_ == "compound"
        and root.head.lower_ in data.SPOKES_TITLES
    )


def titles_a_name(token: Token) -> bool:
    """A person title before a name ("lawmaker Stephen Doughty"), not a description ("the president")."""
    return is_person_title(token) and token.dep_ in {"compound", "nmod"} and token.head.pos_ == "PROPN"


def stance_prefix(span: Span) -> bool:
    """ "anti-Islam videos", "pro-Russian forces": a name inside an adjective of stance."""
    doc, i = span.doc, span.start
    prefixes = {"anti", "pro", "non", "post", "pre"}
    inside = len(span) > 2 and span[0].lower_ in prefixes and span[1].text == "-"
    return inside or (i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in prefixes)


def party_and_state(span: Span) -> bool:
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].text in {"-", "–"} and doc[i - 2].text in {"R", "D", "I"}


def join_bracketed_first_names(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """ "Coach (Frank) Vogel": a first name in brackets before a surname is part of the name."""
    dropped: set[int] = set()
    for cand in found:
        doc, i = cand.span.doc, cand.span.start
        if cand.kind != "person" or i < 3 or doc[i - 1].text != ")" or doc[i - 3].text != "(":
            continue
        first = doc[i - 2]
        if first.is_title and first.is_alpha:
            cand.name = f"{first.text} {cand.name}"
            dropped.update(id(c) for c in found if c.span.start == first.i and c.span.end == first.i + 1)
    return [c for c in found if id(c) not in dropped]


def counted(span: Span) -> bool:
    """People counted by a number are a description: "155 Indonesians, three South Koreans"."""
    return any(c.dep_ == "nummod" for c in span.root.children)


def is_instance(span: Span) -> bool:
    """An indefinite article before a proper name makes it one thing of that name: "an Airbus"."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in {"a", "an"}


def names_a_place(span: Span) -> bool:
    """A name heading a place noun or after "the coast of": "Kern and Tulare counties", "coast of Borneo"."""
    doc, root = span.doc, span.root
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and after.lower_ in data.PLACE_NOUNS:
        return True
    return (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in data.PLACE_NOUNS
    )


def excluded_paragraphs(parsed: ParsedArticle) -> set[int]:
    """Wire credits ("Additional reporting by ...") name journalists, not actors."""
    return {i for i, text in enumerate(parsed.article.paragraphs, 1) if CREDITS.match(text)}


def dateline_end(parsed: ParsedArticle) -> int:
    """Character offset where the dateline ("MOSCOW (Reuters) -") of paragraph 1 ends, or 0."""
    if not parsed.article.paragraphs:
        return 0
    first = parsed.article.paragraphs[0]
    match = re.match(r"^[^\n]{2,100}?\([A-Za-z .&]{2,40}\)\s*[-–—]+\s*", first) or re.match(
        r"^[A-Z][A-Z .,'/]{1,60}\s[-–—]+\s", first
    )
    return match.end() if match else 0


def find_candidates(parsed: ParsedArticle) -> list[MentionCandidate]:
    """Every mention that may name an actor, typed, in text order."""
    agency = parsed.article.dateline.agency
    skip = excluded_paragraphs(parsed)
    header = dateline_end(parsed)
    found: list[MentionCandidate] = []
    taken: set[int] = set()
    for ent in repair_entities(list(parsed.ents)):
        taken.update(range(ent.start, ent.end))
        if ent.label_ not in ENTITY_LABELS or parsed.paragraph_of(ent) in skip or ent.start_char < header:
            continue
        span = clean_span(ent, agency)
        if span is None or (agency and normalise_name(span.text) == normalise_name(agency)):
            continue
        plural = is_plural_name(span)
        if plural and at_occasion(span):
            continue  # "won at the Oscars": an occasion, not an actor
        label = "ORG" if ent.label_ in WEAK_LABELS and plural else ent.label_
        candidate = classify(widened_to_table_name(span), label, ent)
        if candidate is not None:
            candidate.strong = candidate.strong and label not in WEAK_LABELS
            found.append(candidate)
    for span in plural_names(parsed.doc, taken):
        if parsed.paragraph_of(span) not in skip and span.start_char >= header:
            found.append(MentionCandidate(span, span.text, "organization", label="ORG"))
    for span, canonical in group_spans(parsed.doc, taken):
        if parsed.paragraph_of(span) not in skip and span.start_char >= header:
            found.append(MentionCandidate(span, span.text[:1].upper() + span.text[1:], "group", canonical))
    for span in scan_tables(parsed, taken, header):
        if parsed.paragraph_of(span) not in skip:
            candidate = classify(span, "", span)
            if candidate is not None:
                found.append(candidate)
    return sorted(join_bracketed_first_names(found), key=lambda c: c.span.start)


# Prepositions before which a plural name is an occasion or a place ("at the Oscars", "in the Alps").
OCCASION_PREPS = frozenset({"at", "in", "during", "on", "into", "inside", "throughout"})
# The tagger's tags of a capitalised plural: a plural proper noun, or read as a common plural or a name.
PLURAL_NAME_TAGS = frozenset({"NNPS", "NNS", "NNP"})


def is_plural_name(span: Span) -> bool:
    """ "the Rockets", "the Clippers": a capitalised plural after "the" names a team or a band.

    A plural proper noun is a name of many members acting as one; as the object of "at" or "in"
    it is an occasion or a place instead ("at the Oscars", "in the Alps").
    """
    root = span.root
    if len(span) > 3 or root.tag_ not in PLURAL_NAME_TAGS or not all(t.is_title and t.is_alpha for t in span):
        return False
    if not root.lower_.endswith("s") or root.is_sent_start:
        return False
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def at_occasion(span: Span) -> bool:
    """ "at the Oscars", "in the Alps": a plural name that is where something happens."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in OCCASION_PREPS


def plural_names(doc: Doc, taken: set[int]) -> Iterable[Span]:
    """Plural names the tagger left untagged ("was with the Rockets"), outside the table names."""
    for token in doc:
        span = doc[token.i : token.i + 1]
        if token.i in taken or not is_plural_name(span) or at_occasion(span):
            continue
        key = normalise_name(span.text)
        if key not in TABLE_KEYS and key not in data.PLATFORMS:
            yield span


def widened_to_table_name(span: Span) -> Span:
    """ "Liberal Democrat" when the tagger saw "Democrat": a capitalised word before an entity that
    makes a longer table name with it."""
    if span.start == 0:
        return span
    wider = span.doc[span.start - 1 : span.end]
    longer = normalise_name(wider.text) != normalise_name(span.text)
    return wider if wider[0].is_title and longer and normalise_name(wider.text) in TABLE_KEYS else span


def scan_tables(parsed: ParsedArticle, taken: set[int], header: int) -> Iterable[Span]:
    """Table names the tagger missed ("Western", "G7 countries"), capitalised, outside entities."""
    doc = parsed.doc
    i = 0
    while i < len(doc):
        if not doc[i].text[:1].isupper() or doc[i].idx < header:  # cheap tests before any span
            i += 1
            continue
        for n in range(MAX_TABLE_WORDS, 0, -1):
            span = doc[i : i + n]
            if len(span) < n or taken.intersection(range(i, i + n)) or span.start_char < header:
                continue
            if (
                span[0].text[:1].isupper()
                and not span[-1].is_punct
                and normalise_name(span.text) in TABLE_KEYS
            ):
                yield span
                i += n - 1
                break
        i += 1
