"""Temporal expressions: find them in the article and normalise them as TIMEX3 values.

Finding starts from spaCy's DATE and TIME entities (measured on MEANTIME: relaxed span F1 75,
ahead of Recognizers-Text's 72 and dateparser's 58) and adds what spaCy leaves out: vague
references ("now", "recently", "the future"), frequencies ("weekly", "every week") and dates it
missed. An entity no rule can read is split at "and"/"to" ("between 2014 and 2016") or dropped:
an expression without a value helps no reader. Values come from the rules in `rules` and
`calendar_dates`, read in document order so that back-references see the dates before them.

The publication date anchors relative expressions. Without one, a dateline date with a year
("WASHINGTON, Feb 26, 1987 -") stands in for it; a dateline date without a year only gives
what does not depend on the year: "yesterday" becomes XXXX-02-25, while "on Monday" or "last
year" stay relative (XXXX-WXX-1, XXXX). We find that out by normalising against two stand-in
years (a leap year and the next) and keeping only the values on which both agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span

from ...story.model import Article, TimeExpression
from ..nlp import ParsedArticle
from . import calendar_dates  # noqa: F401  (registers the calendar and duration rules after those of rules)
from .rules import Context, Normal, Tense, normalise_timex
from .values import YEAR_PREFIX, Point, References
from .words import MONTHS

# Stand-in years for an anchor without a year: a leap year and a common one, far from any news.
STAND_IN_YEARS: tuple[int, int] = (9004, 9005)
# The stand-in publication date that orders events of an article with no date at all: the
# year's last day, so that dates written without a year fall before the days of the week.
STAND_IN_ANCHOR = date(9005, 12, 31)
# The anchor that tells whether a rule reads a text at all: in a leap year, so 29 February reads.
READABLE_ANCHOR = date(9004, 6, 15)
# spaCy entity labels that hold temporal expressions.
TIME_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
# Expressions spaCy does not tag as entities: vague references and frequencies (any case) …
EXTRA_WORDS = re.compile(
    r"\b(?:now|currently|nowadays|recently|recent|current|at present|the time being|the past|"
    r"the future|(?:the )?(?:long|short|near)[- ]term|daily|weekly|monthly|quarterly|annual|"
    r"annually|yearly|hourly|(?:every|each) (?:other )?(?:\w+ )?(?:day|week|month|year|quarter|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)s?|(?:once|twice|\w+ times) (?:a|per) (?:day|week|month|"
    r"year)|today|tonight|yesterday|tomorrow|(?:this|last|next) (?:week|weekend|month|year)|"
    r"(?:(?:this|last|next|early|late) )?(?:spring|summer|autumn|winter)|"
    r"(?:about |almost |nearly |more than |over |some )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|several|a few)(?: and a half)?(?: straight| consecutive)?[- ](?:days?|weeks?|"
    r"months?|years?|decades?|hours?|minutes?))\b",
    re.IGNORECASE,
)
# … and weekday and month names it missed, capitalised as names ("march" is also a verb).
EXTRA_NAMES = re.compile(
    r"\b(?:(?:(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming) )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: (?:morning|afternoon|evening|night))?\b|(?:(?:Jan|Febr)uary|March|April|June|July|August|September|"
    r"October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?!\w)(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?:19|20)\d\d\b)?)|\b\d{1,2}:\d{2}(?:\s*[ap]\.m\.|\s*[ap]m\b)?(?:\s*(?:UTC|GMT)\b)?|"
    r"\b[012]\d[0-5]\d\s*(?:UTC|GMT)\b|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|"
    r"\b(?:the )?(?:early |mid-|late )?(?:1[5-9]|20)\d0'?s\b"
)
# The first year of a range of years, which spaCy reads as a number when hedged ("from at least
# 2002 to 2005"): the other end of the range makes it a year.
RANGE_START_YEAR = re.compile(
    r"\b(?:from|between)\s+(?:(?:at least|about|around|roughly)\s+)?((?:1[5-9]|20)\d\d)"
    r"(?=\s+(?:to|and|until|through)\s+(?:(?:1[5-9]|20)\d\d)\b)",
    re.IGNORECASE,
)
# Entity labels of names, inside which no temporal word counts ("Daily Mail", "Future Forum").
NAME_LABELS: frozenset[str] = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
# What may follow an expression and belongs to it: a time zone, "ahead", "to come".
TRAILERS = re.compile(r"\s*(?:UTC|GMT)\b|\s+(?:ahead|to come|later|earlier|afterwards?|ago)\b")
# A paragraph that is nothing but a date is a dateline (metadata, usually the publication date).
DATE_ONLY_PARAGRAPH = re.compile(
    r"[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2}"
)
# What follows a clock reading that counts down a game, not a time of day ("with 3:08 to play").
GAME_CLOCK = re.compile(r"\s+(?:to play|to go|left|remaining)\b")
# A year closing a written date ("March 3, 2017").
WRITTEN_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d$")
# A year written as a bare number, and the dependencies in which such a number names a thing.
BARE_YEAR = re.compile(r"\d{4}")
NOUN_ROLES: frozenset[str] = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "poss"})
# Prepositions that tell on their own whether a date lies before or after publication.
TENSE_PREPOSITIONS: dict[str, Tense] = {"since": "past", "until": "future", "till": "future"}
# Verbs whose dates lie ahead whatever their tense ("a hearing has been scheduled for June 3").
SCHEDULING: frozenset[str] = frozenset(
    {"schedule", "plan", "expect", "due", "slate", "set", "postpone", "delay"}
)
# Pieces a range or list of dates splits into ("between 2014 and 2016", "Monday and Tuesday").
SPLITTER = re.compile(r"\s*(?:\band\b|\bto\b|\bor\b|\bthrough\b|\buntil\b|\s-+\s|--|,)\s*")
# Words that open a range and belong to no piece.
RANGE_OPENERS = re.compile(r"^(?:between|from)\s+", re.IGNORECASE)


@dataclass
class FoundTime:
    """A temporal expression with its place in the Doc and a point to sort events by."""

    expression: TimeExpression
    start: int  # character offsets in the article Doc
    end: int
    order: Point | None  # the date it names, against a stand-in anchor when the real one is unknown


@dataclass
class TimexCandidate:
    start: int
    end: int
    text: str
    tense: Tense
    year: int | None = None  # the year its list writes once ("Feb. 9 and March 3, 2017")


def find_times(parsed: ParsedArticle) -> list[FoundTime]:
    """Every temporal expression of the article with its TIMEX3 value, in document order."""
    candidates = find_candidates(parsed)
    anchor = publication_anchor(parsed.article)
    values, order = normalise_candidates(candidates, anchor)
    found = []
    for candidate, normal, point in zip(candidates, values, order, strict=True):
        if normal is None:
            continue
        paragraph = parsed.paragraph_at(candidate.start)
        expression = TimeExpression(candidate.text, normal.value, normal.type, paragraph)
        found.append(FoundTime(expression, candidate.start, candidate.end, point))
    return found


def publication_anchor(article: Article) -> date | tuple[int, int] | None:
    """The publication date; else the dateline's (a bare month and day when it has no year)."""
    if article.published:
        try:
            return date.fromisoformat(article.published[:10])
        except ValueError:
            pass
    match = re.fullmatch(
        r"(?P<m>[A-Za-z]+)\.? (?P<d>\d{1,2})(?:,? (?P<y>\d{4}))?", article.dateline.date or ""
    )
    month = MONTHS.get(match["m"].lower()) if match else None
    if match is None or month is None:
        return None
    try:
        day = date(int(match["y"] or STAND_IN_YEARS[0]), month, int(match["d"]))
    except ValueError:
        return None
    return day if match["y"] else (day.month, day.day)


def normalise_candidates(
    candidates: list[TimexCandidate], anchor: date | tuple[int, int] | None
) -> tuple[list[Normal | None], list[Point | None]]:
    """The value of each candidate, and the point each names for ordering events."""
    if isinstance(anchor, date):
        values = run(candidates, anchor)
        return values, [n.point if n else None for n in values]
    relative = run(candidates, None)
    if anchor is None:
        # ordering only: weekdays all read as the latest such day, so none jumps a week ahead
        neutral = [replace(c, tense="present") for c in candidates]
        return relative, [n.point if n else None for n in run(neutral, STAND_IN_ANCHOR)]
    first, second = (run(candidates, date(year, *anchor)) for year in STAND_IN_YEARS)
    values = [agreed(a, b, r) for a, b, r in zip(first, second, relative, strict=True)]
    return values, [n.point if n else None for n in second]


def agreed(first: Normal | None, second: Normal | None, relative: Normal | None) -> Normal | None:
    """The value two stand-in years agree on, with the year masked; else the relative value."""
    if first is None or second is None:
        return relative
    masked = [
        mask_stand_in(n.value, year) for n, year in ((first, STAND_IN_YEARS[0]), (second, STAND_IN_YEARS[1]))
    ]
    if masked[0] != masked[1] or re.search(r"\b9\d{3}\b", masked[0]):
        return relative
    return Normal(masked[0], first.type, None)


def mask_stand_in(value: str, year: int) -> str:
    """ "9005-02-25" → "XXXX-02-25"; week numbers depend on the year, so they go too."""
    if not value.startswith(str(year)):
        return value
    return re.sub(r"-W\d\d", "-WXX", YEAR_PREFIX.sub("XXXX", value))


def run(candidates: list[TimexCandidate], anchor: date | None) -> list[Normal | None]:
    """Normalise in document order, remembering each absolute date for back-references."""
    refs = References()
    values: list[Normal | None] = []
    for candidate in candidates:
        normal = normalise_timex(candidate.text, Context(anchor, refs, candidate.tense, candidate.year))
        if normal is not None and normal.point is not None and normal.type in ("DATE", "TIME"):
            refs.remember(normal.point)
        values.append(normal)
    return values


def find_candidates(parsed: ParsedArticle) -> list[TimexCandidate]:
    """Spans that may be temporal expressions: spaCy's first, then ours where they do not overlap."""
    text = parsed.text
    entities = merge_adjacent(
        text, [(e.start_char, e.end_char) for e in parsed.ents if e.label_ in TIME_LABELS]
    )
    extras = [(m.start(), m.end()) for pattern in (EXTRA_WORDS, EXTRA_NAMES) for m in pattern.finditer(text)]
    extras += [m.span(1) for m in RANGE_START_YEAR.finditer(text)]
    extras = [span for span in extras if not inside_name(parsed, *span)]
    chosen: list[tuple[int, int]] = []
    years: dict[tuple[int, int], int] = {}
    for group in (entities, extras):
        for start, end in sorted(set(group), key=lambda s: (s[0], -(s[1] - s[0]))):
            pieces = readable_pieces(text, start, extend(text, end))
            years.update(shared_year(text, pieces))
            for piece in pieces:
                if (
                    all(piece[0] >= e or piece[1] <= s for s, e in chosen)
                    and not in_dateline(parsed, piece)
                    and not number_as_name(parsed, piece)
                    and not GAME_CLOCK.match(text, piece[1])
                ):
                    chosen.append(piece)
    chosen.sort()
    return [TimexCandidate(s, e, text[s:e], tense_at(parsed, s, e), years.get((s, e))) for s, e in chosen]


def merge_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join entities one space apart that read as one ("Friday" + "morning")."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and text[merged[-1][1] : start] == " " and readable(text[merged[-1][0] : end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def extend(text: str, end: int) -> int:
    """Extend an expression over a time zone or "ahead" that spaCy left outside it."""
    trailer = TRAILERS.match(text, end)
    return trailer.end() if trailer else end


def in_dateline(parsed: ParsedArticle, piece: tuple[int, int]) -> bool:
    """Whether the expression is a paragraph of its own that only gives a date."""
    number = parsed.paragraph_at(piece[0])
    paragraph = parsed.paragraph_text(number).strip()
    return bool(DATE_ONLY_PARAGRAPH.fullmatch(paragraph))


def number_as_name(parsed: ParsedArticle, piece: tuple[int, int]) -> bool:
    """A bare four-digit number that acts as a noun or counts one is a title or a quantity, not a year.

    A year is placed by a preposition ("in 1917") or modifies a noun ("the 2016 election"); as a
    subject, object, apposition or possessor it names something ("the war drama 1917 won", "Sam
    Mendes's 1917"), and as a number before a plural noun it counts ("2000 people").
    """
    span = parsed.doc.char_span(*piece, alignment_mode="expand")
    if span is None or len(span) != 1 or not BARE_YEAR.fullmatch(span.text):
        return False
    token = span[0]
    return token.dep_ in NOUN_ROLES or (token.dep_ == "nummod" and token.head.tag_ == "NNS")


def inside_name(parsed: ParsedArticle, start: int, end: int) -> bool:
    """Whether characters [start, end) belong to a proper name ("Daily Mail", "Future Forum")."""
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    if any(t.ent_type_ in NAME_LABELS for t in span):
        return True
    return any(t.pos_ == "PROPN" and not t.ent_type_ and t.lower_ not in MONTH_OR_DAY for t in span)


# Proper-noun tokens that are still temporal words.
MONTH_OR_DAY: frozenset[str] = frozenset(
    [*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def readable_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span itself when a rule reads it, else its pieces that a rule reads."""
    if readable(text[start:end]):
        return [(start, end)]
    opener = RANGE_OPENERS.match(text[start:end])
    offset = start + (opener.end() if opener else 0)
    pieces = []
    for part in SPLITTER.split(text[offset:end]):
        index = text.find(part, offset, end) if part else -1
        if index >= 0 and readable(part):
            pieces.append((index, index + len(part)))
        offset = index + len(part) if index >= 0 else offset
    return pieces


def shared_year(text: str, pieces: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """In a list of dates the year is written once, at the end: "Feb. 9 and March 3, 2017"."""
    shared: dict[tuple[int, int], int] = {}
    year = None
    for start, end in reversed(pieces):
        written = WRITTEN_YEAR.search(text[start:end])
        if written:
            year = int(written.group(0))
        elif year is not None:
            shared[(start, end)] = year
    return shared


def readable(text: str) -> bool:
    """Whether some rule gives this text a value (tried against a neutral anchor)."""
    return normalise_timex(text, Context(READABLE_ANCHOR)) is not None


def tense_at(parsed: ParsedArticle, start: int, end: int) -> Tense:
    """The tense of the verb an expression modifies: past, present or future."""
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "present"
    return verb_tense(span)


def verb_tense(span: Span) -> Tense:
    """Past for "said", "had told", "since May"; future for "will", "is set to begin", "until Friday"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in TENSE_PREPOSITIONS:
        return TENSE_PREPOSITIONS[root.head.lower_]
    token = root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxiliaries}
    expecting = "should" in words and "have" not in words  # "should ease on Thursday"; not "should have"
    if (
        words & {"will", "'ll", "shall", "wo", "would", "'d"}
        or expecting
        or "going" in words
        or token.lemma_ in SCHEDULING
    ):
        return "future"
    if token.tag_ == "VB" and not words and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return "future"  # a bare verb without subject is a schedule or an order: "Host the Lakers on Friday"
    if token.tag_ == "VB" and "to" in words:
        governor = token.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head  # "the first leader to visit": the tense of "was"
        past = governor.tag_ == "VBD" and governor.lemma_ not in SCHEDULING and governor.i != token.i
        return "past" if past else "future"
    if token.tag_ in ("VBD",) or any(c.tag_ == "VBD" for c in auxiliaries):
        return "past"
    if token.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return "past"
    return "present"
