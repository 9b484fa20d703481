"""Times and events: when things happened, and who did what then.

Temporal expressions come from `times` (found and normalised as TIMEX3). Each dated one — not
a duration, a frequency or a vague "recently" — places the clause it modifies, and that clause,
tidied by `clauses` to subject + verb + object, becomes an event: one event per clause. Events
are sorted by the date they name, so that background the story reports ("last year" Russia
launched …) comes before the news of the day, and events of one day stay together in the order
the article tells them. A date known only relatively (no publication date) leaves `date` empty
and keeps the TIMEX3 value; such events are still ordered, against a stand-in publication date.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from ...model import Event, TimeExpression
from ..actors import ActorIndex
from ..nlp import ParsedArticle
from .clauses import describe_clause, governing_word
from .expressions import FoundTime, find_times
from .modality import after_publication, is_past, is_unreal
from .pronouns import actors_of
from .values import GRAIN_ORDER

# TIMEX3 values that place nothing on a timeline.
UNPLACED_VALUES: frozenset[str] = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
# An event `date` is an ISO day, month or year; other values (2023-W28, 2023-Q1) stay in `value`.
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# Prepositions that belong to the words placing an event ("on Wednesday", "in February 2022").
PLACING_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "on",
        "in",
        "at",
        "since",
        "by",
        "until",
        "till",
        "before",
        "after",
        "during",
        "from",
        "as of",
        "through",
    }
)


def extract_timeline(parsed: ParsedArticle, index: ActorIndex) -> tuple[list[TimeExpression], list[Event]]:
    """The temporal expressions of the article and the events they date."""
    found = find_times(parsed)
    return [f.expression for f in found], build_events(parsed, index, found)


def build_events(parsed: ParsedArticle, index: ActorIndex, found: list[FoundTime]) -> list[Event]:
    """One event per dated clause, sorted by date (undated ones last, in text order)."""
    keyed: list[tuple[tuple[date, int, int], Event]] = []
    clauses: set[int] = set()
    told: set[str] = set()  # two dates of one clause told the same way make one event
    spans = [parsed.doc.char_span(t.start, t.end, alignment_mode="expand") for t in found]
    times = {i for span in spans if span is not None for i in range(span.start, span.end)}
    for position, (time, span) in enumerate(zip(found, spans, strict=True)):
        if not is_placing(time):
            continue
        head = governing_word(span) if span is not None else None
        if span is None or head is None or head.i in clauses:
            continue
        clauses.add(head.i)
        if not is_fact(head, time, parsed.published):
            continue
        event = make_event(index, time, span, head, times)
        if event is not None and event.what not in told:
            told.add(event.what)
            keyed.append((sort_key(time, position), event))
    keyed.sort(key=lambda item: item[0])
    return [event for _, event in keyed]


def is_fact(head: Token, time: FoundTime, published: str | None) -> bool:
    """A real or scheduled happening: not a hypothetical, not a past tense dated after publication."""
    if head.pos_ not in ("VERB", "AUX"):
        return True
    day = time.expression.value.split("T")[0]
    late = bool(ISO_DATE.fullmatch(day)) and after_publication(day, published)
    return not is_unreal(head) and not (late and is_past(head))


def is_placing(time: FoundTime) -> bool:
    """Whether an expression puts something on the timeline (a date or a time of day)."""
    expression = time.expression
    return expression.type in ("DATE", "TIME") and expression.value not in UNPLACED_VALUES


def make_event(index: ActorIndex, time: FoundTime, span: Span, head: Token, times: set[int]) -> Event | None:
    """The event a dated clause tells, or None when too little of the clause is left."""
    what, tokens = describe_clause(head, span, index, times)
    if len(what.split()) < 2:
        return None
    value = time.expression.value
    day = value.split("T")[0]
    return Event(
        date=day if ISO_DATE.fullmatch(day) else None,
        relative=placing_words(span),
        what=what,
        paragraph=time.expression.paragraph,
        actors=actors_of(tokens, index),
        value=value,
    )


def placing_words(span: Span) -> str:
    """The expression with the preposition that introduces it: "on Wednesday", "a day earlier"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in PLACING_PREPOSITIONS and before.dep_ == "prep":
        return doc[span.start - 1 : span.end].text
    return span.text


def sort_key(time: FoundTime, position: int) -> tuple[date, int, int]:
    """Date first (coarse before fine on the same start), then the article's own order."""
    point = time.order
    start = point.as_date() if point is not None else None
    if point is None or start is None:
        return (date.max, 0, position)
    return (start, GRAIN_ORDER.index(point.grain), position)
