"""TIMEX3 normalisation: one temporal expression's words → its value and type.

Rules in the manner of HeidelTime (Strötgen & Gertz 2013, news mode), written as regular
expressions over the lower-cased expression, tried in order; the first that matches decides.
Relative expressions count from the publication date (`Context.anchor`): "last year", "on
Wednesday" (the most recent Wednesday, the publication day included, unless the verb is future).
Back-references ("a day earlier", "the previous day") count from the last date the text
mentioned at a fine enough grain (`Context.refs`), as readers do. Without an anchor, values
stay relative (`XXXX-WXX-3`): nothing is invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal

from ...story.model import TimeType
from ..lexicon import key
from .values import (
    DAY_PARTS,
    Grain,
    Point,
    References,
    shift,
    truncate,
    week_of,
    weekday_near,
)
from .words import (
    AMOUNT,
    DIRECTIONS,
    FREQUENCIES,
    UNIT,
    UNITS,
    VAGUE_REFS,
    WEEKDAY,
    WEEKDAYS,
    duration_value,
    parse_amount,
)

Tense = Literal["past", "present", "future"]

# Ordinals naming quarters and halves of a year.
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
# Modifiers that narrow a period without changing its TIMEX3 value ("early 2009" is 2009).
MODIFIER = re.compile(
    r"^(?:(?:the )?(?:very )?(?:early|earlier|late|later|mid|middle of|start of|beginning of|end of|"
    r"close of|turn of|rest of|remainder of|course of|whole of|entire|first half of|second half of|"
    r"first part of|latter part of)[- ](?:the )?|as (?:early|late) as |since |until |by )"
)
# Seasons start in these months (northern meteorological seasons), for past/future inference.
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Normal:
    """A normalised expression: its TIMEX3 value and type, and the point when it is a date."""

    value: str
    type: TimeType
    point: Point | None = None


@dataclass
class Context:
    """What a relative expression is read against."""

    anchor: date | None  # the publication date
    refs: References = field(default_factory=References)
    tense: Tense = "present"  # of the verb the expression modifies
    year: int | None = None  # given by the list the expression belongs to

    def reference(self, grain: Grain) -> Point | None:
        """The last mentioned date fine enough for `grain`, else the publication date."""
        found = self.refs.at_least(grain)
        if found is None and self.anchor is not None:
            return Point.of_day(self.anchor)
        return found


Rule = Callable[[re.Match[str], Context], Normal | None]
RULES: list[tuple[re.Pattern[str], Rule]] = []


def rule(pattern: str) -> Callable[[Rule], Rule]:
    """Register a rule for expressions fully matching `pattern` (lower-cased, tidied)."""

    def register(function: Rule) -> Rule:
        RULES.append((re.compile(pattern), function))
        return function

    return register


def normalise_timex(text: str, context: Context) -> Normal | None:
    """The TIMEX3 value and type of one expression, or None when no rule reads it."""
    cleaned = tidy(text)
    for pattern, function in RULES:
        match = pattern.fullmatch(cleaned)
        if match:
            found = function(match, context)
            if found is not None:
                return found
    return None


def tidy(text: str) -> str:
    """Lower-case, straighten apostrophes, drop possessives and edge punctuation."""
    text = re.sub(r"\s+", " ", text.lower().replace("\u2019", "'").replace("\u2013", "-")).strip(" .,;:")
    text = re.sub(r"'s$|s'$", "", text) if re.search(r"(years|days|weeks|months)'$|'s$", text) else text
    return re.sub(r"^(?:on|in|at|during|for|over|from|of) (?=\S)", "", text)


def day_normal(point: Point, kind: TimeType = "DATE") -> Normal:
    return Normal(point.value(), kind, point)


# --- vague references and sets -------------------------------------------------------------------


@rule(r"(?P<words>.+)")
def vague_reference(match: re.Match[str], context: Context) -> Normal | None:
    value = VAGUE_REFS.get(key(match["words"]))
    return Normal(value, "DATE") if value else None


@rule(r"(?P<words>daily|nightly|weekly|fortnightly|monthly|quarterly|annual|annually|yearly|hourly)")
def frequency(match: re.Match[str], context: Context) -> Normal | None:
    return Normal(FREQUENCIES[match["words"]], "SET")


@rule(r"(?:every|each) (?:(?P<other>other) )?(?:" + AMOUNT + r" )?" + UNIT)
def every_unit(match: re.Match[str], context: Context) -> Normal | None:
    amount = 2.0 if match["other"] else parse_amount(match["amount"] or "one")
    return Normal(duration_value(amount, UNITS[match["unit"]]), "SET")


@rule(r"(?:every |each )?" + WEEKDAY + r"s")
def every_weekday(match: re.Match[str], context: Context) -> Normal | None:
    return Normal(f"XXXX-WXX-{WEEKDAYS[match['weekday']]}", "SET")


@rule(r"(?:once|twice|\S+ times|\d+|" + AMOUNT + r") (?:a|per|each) (?P<unit>day|week|month|year)")
def rate(match: re.Match[str], context: Context) -> Normal | None:
    return Normal(duration_value(1, UNITS[match["unit"]]), "SET")


# --- clock times -----------------------------------------------------------------------------------


@rule(
    r"(?P<h>\d{1,2})(?:(?::|\.)(?P<m>\d{2}))? ?(?P<ampm>[ap]\.?m\.?)?(?: \(?(?P<tz>utc|gmt|z)\b[^)]*\)?)?"
    r"(?: (?P<day>.+))?"
)
def clock_time(match: re.Match[str], context: Context) -> Normal | None:
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if not (match["m"] or match["ampm"]) or hour > 23 or minute > 59:
        return None
    if match["ampm"] and match["ampm"][0] == "p" and hour < 12:
        hour += 12
    elif match["ampm"] and match["ampm"][0] == "a" and hour == 12:
        hour = 0
    clock = f"T{hour:02d}:{minute:02d}" + ("Z" if match["tz"] else "")
    return time_on(match["day"], clock, context)


@rule(r"(?P<hm>[012]\d[0-5]\d) ?(?:hours|hrs|utc|gmt)(?: (?P<day>.+))?")
def military_time(match: re.Match[str], context: Context) -> Normal | None:
    zone = "Z" if re.search(r"utc|gmt", match.group(0)) else ""
    return time_on(match["day"], f"T{match['hm'][:2]}:{match['hm'][2:]}{zone}", context)


@rule(r"(?P<word>noon|midday|midnight)(?: (?P<day>.+))?")
def named_time(match: re.Match[str], context: Context) -> Normal | None:
    return time_on(match["day"], "T24:00" if match["word"] == "midnight" else "T12:00", context)


@rule(r"(?:(?P<day>.+) )?(?P<part>morning|afternoon|evening|night)|(?P<tonight>tonight|overnight)")
def day_part(match: re.Match[str], context: Context) -> Normal | None:
    day, part = match["day"], DAY_PARTS[match["part"] or "night"]
    if day in ("last", "yesterday"):
        day = "yesterday"
    elif day in ("this", "early", "late", "early in the", "late in the"):
        day = "today"
    elif day in ("the", "that", "in the", None):
        day = None  # the day last mentioned
    return time_on(day, f"T{part}", context)


def time_on(day_words: str | None, clock: str, context: Context) -> Normal | None:
    """A clock time on the day its words name, or on the day last mentioned."""
    if day_words:
        day = normalise_timex(day_words, context)
        if day is None or day.point is None or day.point.grain != "day":
            return None
        point = day.point
    else:
        point = context.reference("day") or Point("day")
    return day_normal(replace(point, time=clock), "TIME")


# --- dates counted from the publication date or a reference ---------------------------------------


@rule(r"(?:(?P<hedge>.+?) )?" + AMOUNT + r" " + UNIT + r" (?:ago|back)")
def ago(match: re.Match[str], context: Context) -> Normal | None:
    amount = parse_amount(match["amount"])
    if amount is None or amount != int(amount):
        return None
    unit = UNITS[match["unit"]]
    start = Point.of_day(context.anchor) if context.anchor else Point("day")
    result = shift(start, -int(amount), unit)
    return day_normal(result if unit in ("day", "week") else truncate(result, unit))


@rule(AMOUNT + r" " + UNIT + r" (?P<way>earlier|later|before|after|afterwards?|previously|on|prior)")
def offset_from_reference(match: re.Match[str], context: Context) -> Normal | None:
    amount = parse_amount(match["amount"])
    if amount is None or amount != int(amount):
        return None
    unit = UNITS[match["unit"]]
    sign = -1 if match["way"] in ("earlier", "before", "previously", "prior") else 1
    base = context.reference(unit) or Point("day")
    result = shift(base, sign * int(amount), unit)
    return day_normal(result if unit in ("day", "week") else truncate(result, unit))


@rule(
    r"(?P<way>the previous|the preceding|the following|the next|the same|that|the) (?P<unit>day|week|month|"
    r"year)|the (?P<unit2>day|week|month|year) (?P<way2>before|after|previous|earlier|later)"
)
def reference_unit(match: re.Match[str], context: Context) -> Normal | None:
    unit = UNITS[match["unit"] or match["unit2"]]
    way = match["way"] or {
        "before": "the previous",
        "previous": "the previous",
        "earlier": "the previous",
    }.get(match["way2"], "the next")
    if way == "the" and unit != "day":
        return None
    base = context.reference(unit) or Point(unit)
    return day_normal(truncate(shift(base, DIRECTIONS[key(way)], unit), unit))


@rule(
    r"(?P<word>today|tomorrow|yesterday|the day before yesterday|the day after tomorrow|"
    r"(?:earlier|later) today|(?:earlier|later) in the day|the start of the day|this day)"
)
def deictic_day(match: re.Match[str], context: Context) -> Normal | None:
    word = match["word"]
    if "in the day" in word or "start of" in word:
        return day_normal(context.reference("day") or Point("day"))
    offset = {"tomorrow": 1, "yesterday": -1, "the day before yesterday": -2, "the day after tomorrow": 2}
    start = Point.of_day(context.anchor) if context.anchor else Point("day")
    return day_normal(shift(start, offset.get(word, 0), "day"))


@rule(
    r"(?:(?:earlier|later) )?(?P<way>this|last|next|past|coming|current|previous|the current|the coming|"
    r"the last|the previous|the past) (?P<fiscal>(?:financial |fiscal )?)(?P<unit>week|weekend|month|"
    r"quarter|year|decade|century)"
)
def deictic_period(match: re.Match[str], context: Context) -> Normal | None:
    unit, way = match["unit"], match["way"]
    if way in ("the past", "past") and unit != "weekend":
        return Normal(duration_value(1, UNITS[unit]), "DURATION")
    grain: Grain = "week" if unit == "weekend" else UNITS[unit]
    start = Point.of_day(context.anchor) if context.anchor else Point(grain)
    point = truncate(shift(start, DIRECTIONS[key(way)], grain), grain)
    if unit == "weekend":
        return Normal(point.value() + "-WE", "DATE", point)
    if match["fiscal"] and point.year is not None:
        return Normal(f"FY{point.year}", "DATE", point)
    return day_normal(point)


@rule(r"(?:the )?weekend|(?:earlier |later )?in the week")
def the_weekend(match: re.Match[str], context: Context) -> Normal | None:
    point = week_of(context.anchor) if context.anchor else Point("week")
    return Normal(point.value() + ("-WE" if "weekend" in match.group(0) else ""), "DATE", point)


@rule(r"(?P<way>this|last|next|past|coming) " + WEEKDAY)
def relative_weekday(match: re.Match[str], context: Context) -> Normal | None:
    weekday, way = WEEKDAYS[match["weekday"]], DIRECTIONS[key(match["way"])]
    if way == 0 or context.anchor is None:
        return weekday_point(weekday, context)
    day = weekday_near(context.anchor + timedelta(days=way), weekday, way)
    return day_normal(Point.of_day(day))


@rule(WEEKDAY)
def bare_weekday(match: re.Match[str], context: Context) -> Normal | None:
    return weekday_point(WEEKDAYS[match["weekday"]], context)


def weekday_point(weekday: int, context: Context) -> Normal:
    """News style: the latest such day up to publication, or the next one for a future verb."""
    if context.anchor is None:
        return day_normal(Point("day", week=weekday))
    direction = 1 if context.tense == "future" else -1
    return day_normal(Point.of_day(weekday_near(context.anchor, weekday, direction)))
