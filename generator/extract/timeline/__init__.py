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

from ...story.model import Event, TimeExpression
from ..actors import ActorIndex
from ..actors.mentions import dateline_end
from ..nlp import ParsedArticle
from .clauses import describe_clause, governing_word
from .expressions import FoundTime, find_times
from .framing import when_main_clause
from .modality import after_publication, in_unreal_clause, is_comparison, is_past, is_state, own_words
from .pronouns import actors_of
from .values import GRAIN_ORDER

# Capitalised words in a row that make a subheading, not a sentence.
SHOUTED_WORDS = 3
# Share of the longer telling's words two events of one date must have in common to be one.
REPEAT_SHARE = 0.5
WORD = re.compile(r"[a-z0-9]+")
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
    hidden = not_story_words(parsed)
    for position, (time, span) in enumerate(zip(found, spans, strict=True)):
        if not is_placing(time):
            continue
        dated = governing_word(span) if span is not None else None
        if span is None or dated is None or dated.i in clauses or is_comparison(span):
            continue
        placed = undated_main_clause(dated, times) if is_fact(dated, time, parsed.published) else []
        for head in [dated, *undated_conjuncts(dated, times), *placed]:
            if head.i in clauses and head is not dated:
                continue
            clauses.add(head.i)
            if not is_fact(head, time, parsed.published):
                continue
            event = make_event(index, time, span, head, times, hidden)
            if event is not None and event.what not in told:
                told.add(event.what)
                keyed.append((sort_key(time, position), event))
    keyed.sort(key=lambda item: item[0])
    return without_repeats([event for _, event in keyed])


def undated_conjuncts(head: Token, times: set[int]) -> list[Token]:
    """Clauses coordinated with the dated one, with a subject of their own and no date of their own.

    "James became the first player to ..., and Davis scored 34 points on Tuesday night": news
    style dates a compound sentence once, and both clauses happened then.
    """
    subject = ("nsubj", "nsubjpass")
    if head.pos_ not in ("VERB", "AUX") or not any(t.dep_ in subject for t in head.children):
        return []  # "resigned and left on Friday": one clause, one subject, one event
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first, *(c for c in first.children if c.dep_ == "conj")]
    found = []
    for verb in members:
        if verb.i == head.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        own = own_words(verb)
        if any(t.dep_ in subject for t in verb.children) and not any(t.i in times for t in own):
            found.append(verb)
    return found


def undated_main_clause(head: Token, times: set[int]) -> list[Token]:
    """The main clause a dated "when" clause places in time, when it names no date of its own
    (the caller checks that the "when" clause is a fact: "when the court rules next week" is not)."""
    main = when_main_clause(head)
    if main is None or any(t.i in times for t in own_words(main)):
        return []
    return [main]


def not_story_words(parsed: ParsedArticle) -> set[int]:
    """Token ids no event may tell: the dateline ("SURABAYA, Indonesia (Reuters) -") and
    subheadings run into a paragraph ("TRUMP AND MAY ONCE HAND-IN-HAND"), three or more capitalised words."""
    doc, header = parsed.doc, dateline_end(parsed)
    skipped = {t.i for t in doc if t.idx < header}
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and (
            token.text == "-" and run or (token.is_alpha and token.is_upper and len(token) > 1)
        ):
            run.append(token.i)
            continue
        if sum(1 for i in run if doc[i].is_alpha) >= SHOUTED_WORDS:
            skipped.update(run)
        run = []
    return skipped


def without_repeats(events: list[Event]) -> list[Event]:
    """Two events of one date told in mostly the same words are one: the fuller telling stays."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if k.date == event.date and same_telling(k.what, event.what)), None)
        if twin is None:
            kept.append(event)
        elif len(event.what.split()) > len(twin.what.split()):
            kept[kept.index(twin)] = event
    return kept


def same_telling(a: str, b: str) -> bool:
    words_a, words_b = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    longer = max(len(words_a), len(words_b))
    return longer > 0 and len(words_a & words_b) >= max(REPEAT_SHARE * longer, 3)


def is_fact(head: Token, time: FoundTime, published: str | None) -> bool:
    """A real or scheduled happening: not a hypothetical, not a past tense dated after publication."""
    if head.pos_ not in ("VERB", "AUX"):
        return True
    day = time.expression.value.split("T")[0]
    late = bool(ISO_DATE.fullmatch(day)) and after_publication(day, published)
    return not in_unreal_clause(head) and not is_state(head) and not (late and is_past(head))


def is_placing(time: FoundTime) -> bool:
    """Whether an expression puts something on the timeline (a date or a time of day)."""
    expression = time.expression
    return expression.type in ("DATE", "TIME") and expression.value not in UNPLACED_VALUES


def make_event(
    index: ActorIndex, time: FoundTime, span: Span, head: Token, times: set[int], hidden: set[int]
) -> Event | None:
    """The event a dated clause tells, or None when too little of the clause is left."""
    what, tokens = describe_clause(head, span, index, times, hidden)
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
