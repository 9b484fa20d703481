"""Finding the words of an article that a general reader may need explained.

Four finders, each answering one question about the text:

* `find_glossary_terms`: which site-glossary terms (or their aliases) does it use? Matched on
  word boundaries, case-insensitively, except for words in capitals (NATO, WHO) and one-word
  capitalised terms (Kremlin, Labour), which must keep their case (`name_pattern`).
* `find_quoted_terms`: which coinages and labels does it put in quotation marks without them
  being anyone's words ("scare quotes")? A short noun phrase in quotes counts when a labelling
  cue introduces it (so-called, what Moscow calls, known as), when it is nested inside a quotation
  (a label the speaker marks), or when nobody is reported saying it.
* `find_acronyms`: which initialisms (G7, IMF, PG&E) does it use, from the shape of the token?
* `find_institutions`: which public bodies (Federal Natural Resources Agency, Bureau of Prisons)
  does it name, from spaCy's ORG entities and the nouns that name kinds of public body? Other
  organisations of two words or more come too, as kind "organisation".

People's names, countries, datelines and all-capitals headlines are left out: a reader needs
no glossary for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Literal

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from ...story.model import GlossaryEntry, Quote
from ..actors import ActorIndex
from ..nlp import ParsedArticle, doc_text
from ..quotes.marks import find_quoted_spans

# An "organisation" (a named group that is no public body: Britain First) is a term only when
# the article or a dictionary explains it; the other kinds are kept, wanted if need be.
CandidateKind = Literal["glossary", "quoted", "acronym", "institution", "organisation", "lexical"]


def words(text: str) -> frozenset[str]:
    """The set of the space-separated words of `text` (for word-list constants)."""
    return frozenset(text.split())


# A space and a hyphen are interchangeable inside a term ("rules based order", "far-right").
WORD_JOINER = r"[\s\-\u2010\u2011\u2013]+"
APOSTROPHES = "'\u2019"
# Labelling cues right before a quoted phrase: the writer names a label, not a speaker's words.
# "what it calls", "which Moscow calls" (journalistic distance: Reuters, AP style guides).
LABEL_CUE = re.compile(
    r"(?:\bso[\s-]called|\b(?:known|referred\s+to|described)\s+as|\bdubbed|\btermed|\bbranded"
    r"|\bthe\s+(?:term|phrase|word|words|concept|notion|idea|label)(?:\s+of)?"
    r"|\b(?:what|which)\s+(?:\S+\s+){1,4}?(?:calls?|called|terms?|dubs?|labels?"
    r"|(?:describes?|described|refers?\s+to|referred\s+to)\s+as))"
    r"\s+(?:(?:its|his|her|their|our|a|an|the)\s+)?$",
    re.IGNORECASE,
)
# Verbs of saying: a quoted noun phrase in a sentence with one of them is someone's words
# (a partial quotation), unless a labelling cue says otherwise.
REPORTING_VERBS = words(
    "say tell add describe call write tweet post state claim insist warn accuse argue announce "
    "declare dismiss brand label deride denounce complain note quip reply"
)
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})
MAX_LABEL_WORDS = 6  # a coinage is short; longer quoted text is somebody's sentence
# Initialisms everybody knows, and country abbreviations (countries need no glossary).
EVERYDAY_ACRONYMS = words("TV OK AM PM ID PC CD DVD AD BC UK US USA UAE U.K. U.S. U.S.A. EST GMT BST ET PT")
ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
# A dateline opens the first paragraph: "SAN FRANCISCO (AP) -", "MOSCOW, July 12 (Reuters) -".
DATELINE = re.compile(r"^[A-Z][A-Za-z .,'/-]{0,60}\([A-Za-z .]{1,30}\)\s*[-\u2013\u2014]")
# Nouns naming kinds of public body; the last word of "Federal Natural Resources Agency".
INSTITUTION_WORDS = words(
    "Ministry Department Parliament Senate Congress Council Commission Committee Court Agency "
    "Assembly Cabinet Bureau Authority Duma Office Treasury Tribunal Secretariat Directorate "
    "Inspectorate Administration Service Services Prosecutor Ombudsman Chamber Legislature "
    "Reserve"
)
BANK_INSTITUTIONS = ("Central Bank", "Reserve Bank", "Development Bank", "Investment Bank")
NAME_ENTITIES = frozenset({"PERSON", "GPE", "LOC"})
PLAIN_NAMES = frozenset({"person", "country", "place"})  # actor kinds that need no glossary
NUMERIC_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})


@dataclass
class TermCandidate:
    """A term found in the article, before it gets a definition."""

    term: str  # as shown: the glossary's spelling, or the article's first one
    kind: CandidateKind
    start: int  # character offsets of the occurrence that made it a candidate
    end: int
    entry: GlossaryEntry | None = None
    occurrences: list[tuple[int, int]] = field(default_factory=list)  # every one, in text order


# -- glossary terms --------------------------------------------------------------------------


def is_acronym(word: str) -> bool:
    """Whether `word` is written like an initialism: NATO, G7, G-20, PG&E, U.N., M-1."""
    letters = [c for c in word if c.isalpha()]
    digits = sum(c.isdigit() for c in word)
    if not letters or len(letters) > 6 or any(c.islower() for c in letters):
        return False
    if not all(c.isalnum() or c in "&.-" for c in word):
        return False
    # G7, G20 and F-16 are names; MH370 and QZ8501 are serial numbers (flights, aircraft).
    return (len(letters) >= 2 and digits <= 1) or (len(letters) == 1 and 1 <= digits <= 2)


@lru_cache(maxsize=4096)
def name_pattern(name: str) -> re.Pattern[str]:
    """The regular expression that finds `name` in running text (rules in the module docstring)."""
    words = [w for w in re.split(r"[\s\-\u2010\u2011\u2013]+", name.strip()) if w]
    keep_case = len(words) == 1 and words[0][:1].isupper()
    parts = []
    for word in words:
        escaped = "".join(f"[{APOSTROPHES}]" if c in APOSTROPHES else re.escape(c) for c in word)
        parts.append(escaped if keep_case or is_acronym(word) else f"(?i:{escaped})")
    pattern = WORD_JOINER.join(parts)
    last = words[-1] if words else ""
    if last.isalpha() and last.islower() and not last.endswith("s"):
        pattern += "(?:s|es)?"  # tariff → tariffs, embargo → embargoes
    elif is_acronym(last):
        pattern += "s?"  # MP → MPs, GCSE → GCSEs
    return re.compile(rf"(?<!\w){pattern}(?!\w)")


@cache
def first_word_forms(name: str) -> frozenset[str]:
    """The first word of `name`, lower-cased, with its plurals ("tariff", "tariffs", "tariffes");
    empty when `name` opens with no word. Worked out once per name, not per name per article."""
    first_word = re.match(r"\w+", name)
    if first_word is None:
        return frozenset()
    word = first_word.group().lower()
    return frozenset({word, word + "s", word + "es"})


def find_glossary_terms(text: str, site_glossary: Iterable[GlossaryEntry]) -> list[TermCandidate]:
    """Site-glossary terms used in `text`; where matches overlap the longest wins."""
    matches: list[tuple[int, int, GlossaryEntry]] = []
    words = set(re.findall(r"\w+", text.lower()))
    for entry in site_glossary:
        for name in {entry.term, *entry.aliases}:
            forms = first_word_forms(name)
            if forms and forms.isdisjoint(words):
                continue  # cheap test first: its first word (or plural) must be a word of the story
            matches += [(m.start(), m.end(), entry) for m in name_pattern(name).finditer(text)]
    matches.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    found: dict[str, TermCandidate] = {}
    taken_until = -1
    for start, end, entry in matches:
        if start < taken_until or in_capitals_run(text, start, end) or continues_name(text, start, end):
            continue
        taken_until = end
        candidate = found.setdefault(entry.term, TermCandidate(entry.term, "glossary", start, end, entry))
        candidate.occurrences.append((start, end))
    return list(found.values())


CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# Endings of nationality adjectives (Russian, Chinese, British, Israeli, French): "the Russian
# Foreign Ministry" is a foreign ministry, where "the National Security Council" is no Security Council.
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")


def continues_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised match of several words continues a name: 'Security Council' in
    'National Security Council'.

    A capitalised word right before it makes it a different body, unless that word is a function
    word opening the sentence ("The Security Council") or a nationality ("Russian"). One word or
    an initialism is never taken for part of a name: a "Labour MP" is an MP.
    """
    if not text[start : start + 1].isupper() or " " not in text[start:end].strip():
        return False
    before = CAPITALISED_WORD_BEFORE.search(text[max(0, start - 30) : start])
    if before is None:
        return False
    word = before.group(1)
    return word.lower() not in STOP_WORDS and not word.endswith(DEMONYM_ENDINGS)


def in_capitals_run(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits in a run of capitals ("WHO WE ARE"), a heading, not a term."""
    if not text[start:end].isupper():
        return False
    before = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 20) : start])
    after = re.match(r"\W*([A-Za-z]+)", text[end : end + 20])
    return any(m and len(m.group(1)) >= 2 and m.group(1).isupper() for m in (before, after))


# -- quoted labels ---------------------------------------------------------------------------


# Quotation marks inside a quotation, the other kind than the outer ones: 'rules-based order'.
NESTED_SINGLE = re.compile(r"(?<!\w)['\u2018]([^'\u2018\u2019\n]{1,80}?)['\u2019](?!\w)")
NESTED_DOUBLE = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{1,80}?)[\"\u201d]")


@dataclass(frozen=True)
class Quoted:
    """Words between quotation marks: paragraph number and offsets in it, marks excluded."""

    paragraph: int
    start: int
    end: int
    nested: bool  # inside a larger quotation


def quoted_phrases(paragraphs: list[str]) -> list[Quoted]:
    """Every quotation of the article (from `marks`) and the quotations nested in them."""
    found = []
    for span in find_quoted_spans(paragraphs):
        found.append(Quoted(span.paragraph, span.start, span.end, False))
        inner = paragraphs[span.paragraph - 1][span.start : span.end]
        outer = paragraphs[span.paragraph - 1][max(0, span.start - 1) : span.start]
        nested = NESTED_DOUBLE if outer in ("'", "\u2018") else NESTED_SINGLE
        for match in nested.finditer(inner):
            found.append(Quoted(span.paragraph, span.start + match.start(1), span.start + match.end(1), True))
    return found


def find_quoted_terms(parsed: ParsedArticle, index: ActorIndex, quotes: list[Quote]) -> list[TermCandidate]:
    """Short noun phrases in quotation marks that are labels rather than anyone's words."""
    found = []
    for quoted in quoted_phrases(parsed.article.paragraphs):
        paragraph = parsed.paragraph_text(quoted.paragraph)
        offset = parsed.starts[quoted.paragraph - 1]
        cue = LABEL_CUE.search(paragraph[max(0, quoted.start - 61) : max(0, quoted.start - 1)]) is not None
        span = parsed.doc.char_span(offset + quoted.start, offset + quoted.end, alignment_mode="expand")
        if span is None or (not (cue or quoted.nested) and is_attributed(parsed, quoted, span, quotes)):
            continue
        words = sum(t.is_alpha for t in span)
        loose = cue or (quoted.nested and (words > 1 or after_determiner(span)))
        term = label_text(span, index, loose)
        if term:
            start = offset + paragraph.find(term, quoted.start)
            found.append(TermCandidate(term, "quoted", start, start + len(term)))
    return found


def is_attributed(parsed: ParsedArticle, quoted: Quoted, span: Span, quotes: list[Quote]) -> bool:
    """Whether the quoted words (`span` in the Doc) are a quotation of someone rather than a label."""
    words = normalise_term(parsed.paragraph_text(quoted.paragraph)[quoted.start : quoted.end])
    for quote in quotes:
        if quote.paragraph == quoted.paragraph and quote.kind != "indirect":
            said = normalise_term(quote.text)
            if said and words and (said in words or words in said):
                return True
    sentence = span.sent
    return (
        any(
            t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and not (span.start <= t.i < span.end)
            for t in sentence
        )
        or "according to" in sentence.text.lower()
    )


def after_determiner(span: Span) -> bool:
    """Whether a determiner, possessive or adjective stands before the quoted words: its 'reset'."""
    i = span.start - 1
    while i >= 0 and span.doc[i].is_punct:
        i -= 1
    return i >= 0 and (span.doc[i].pos_ in ("DET", "ADJ") or span.doc[i].tag_ in ("PRP$", "POS"))


def label_text(span: Span, index: ActorIndex, loose: bool) -> str | None:
    """The term a quoted span holds, when it is a short noun phrase; else None.

    `loose` (after a labelling cue, or nested in a quotation; one nested word needs a determiner
    before it) accepts one word; a plain scare quote must have two or more and not be a title
    (every word capitalised).
    """
    tokens = [t for t in span if not t.is_punct or t.text in "-&"]
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    words = [t for t in tokens if t.is_alpha]
    if not words or len(words) > MAX_LABEL_WORDS or (not loose and len(words) < 2):
        return None
    if tokens[-1].pos_ not in ("NOUN", "PROPN") or any(t.tag_ in FINITE_TAGS for t in tokens):
        return None
    if all(t.is_stop for t in words) or is_name(tokens, index):
        return None
    if not loose and all(w.text[:1].isupper() for w in words):
        return None
    return doc_text(span.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def is_name(tokens: list[Token], index: ActorIndex) -> bool:
    """Whether the tokens are a person's or a place's name (no glossary term)."""
    if all(t.ent_type_ in NAME_ENTITIES for t in tokens):
        return True
    text = " ".join(t.text for t in tokens)
    actor = index.get(index.resolve(text))
    return actor is not None and actor.kind in PLAIN_NAMES


def normalise_term(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# -- acronyms and institutions ---------------------------------------------------------------


def find_acronyms(parsed: ParsedArticle, index: ActorIndex) -> list[TermCandidate]:
    """Initialisms used in the article (NATO, CPUC), by token shape, without names and headings."""
    found = []
    dateline_end = dateline_length(parsed)
    for token in parsed.doc:
        word = token.text[:-1] if token.text.endswith("s") and len(token.text) > 2 else token.text
        if not is_acronym(word) or word in EVERYDAY_ACRONYMS or ROMAN_NUMERAL.match(word):
            continue
        if token.idx < dateline_end or token.ent_type_ in NUMERIC_ENTITIES:
            continue
        if in_capitals_run(parsed.text, token.idx, token.idx + len(token.text)):
            continue
        if in_longer_name(token, parsed.ents):
            continue
        # The actor index knows better than the raw entity label (spaCy calls the G7 a place).
        actor = index.get(index.actor_at(token.idx, token.idx + len(word)))
        if actor.kind in PLAIN_NAMES if actor else token.ent_type_ in NAME_ENTITIES:
            continue
        found.append(TermCandidate(word, "acronym", token.idx, token.idx + len(word)))
    return found


def dateline_length(parsed: ParsedArticle) -> int:
    """Characters of the dateline that opens the first paragraph, or 0."""
    if not parsed.article.paragraphs:
        return 0
    match = DATELINE.match(parsed.article.paragraphs[0])
    return match.end() if match else 0


def in_longer_name(token: Token, ents: Sequence[Span]) -> bool:
    """Whether the token is one word of a longer name (UBS Brunswick, BBC Radio 4) of `ents`."""
    if not token.ent_type_:
        return False
    entity = next((e for e in ents if e.start <= token.i < e.end), None)
    if entity is None:
        return False
    words = [t for t in entity if not t.is_punct and t.lower_ not in ("the", "'s", "\u2019s")]
    return len(words) > 1


def find_institutions(parsed: ParsedArticle) -> list[TermCandidate]:
    """Public bodies the article names (ORG entities whose words name a kind of public body)."""
    found = []
    for entity in parsed.ents:
        if entity.label_ != "ORG":
            continue
        tokens = [t for t in entity]
        while tokens and (
            tokens[0].is_lower or tokens[0].pos_ in ("DET", "ADJ", "ADV") or tokens[0].is_punct
        ):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "\u2019s")):
            tokens = tokens[:-1]
        words = [t for t in tokens if t.is_alpha]
        if len(words) < 2 or any(t.like_num or t.ent_type_ == "PERSON" for t in tokens):
            continue
        text = parsed.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        public = INSTITUTION_WORDS & {w.text for w in words} or any(b in text for b in BANK_INSTITUTIONS)
        kind: CandidateKind = "institution" if public else "organisation"
        found.append(TermCandidate(text, kind, tokens[0].idx, tokens[0].idx + len(text)))
    return found
