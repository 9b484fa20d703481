"""TIMEX3 rules for calendar dates and durations: "June 18", "October 1982", "the 1990s", "P3Y".

The second half of the rule list begun in `rules` (importing this module registers its
rules after those). A date without a year takes the publication year, moved back a year when
the verb is past and the date would fall after publication, or forward when the verb is future
and it would fall before (HeidelTime's news-style disambiguation, Strötgen & Gertz 2013).
"""

from __future__ import annotations

import re
from datetime import date

from ..lexicon import key
from .rules import (
    MODIFIER,
    ORDINALS,
    SEASON_START,
    Context,
    Normal,
    day_normal,
    normalise_timex,
    rule,
)
from .values import SEASONS, Point, safe_date, shift, truncate
from .words import (
    AMOUNT,
    CLOCK_UNIT,
    CLOCK_UNITS,
    HEDGES,
    HOLIDAYS,
    MONTH,
    MONTHS,
    UNIT,
    UNITS,
    WEEKDAY,
    duration_value,
    format_amount,
    parse_amount,
)

YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)"  # four-digit years a news story plausibly names
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"  # day of the month, with its ordinal suffix
# Words between an amount and its unit that do not change the duration ("six straight days").
COUNTED_WORDS = re.compile(
    r"\s*\b(?:straight|consecutive|full|whole|more|additional|further|trading|"
    r"business|working|calendar|successive)\b"
)
# Years ahead of publication beyond which a two-digit year ('82) is read as last century.
TWO_DIGIT_YEAR_HORIZON = 10


def infer_year(month: int, day: int | None, context: Context) -> int | None:
    """The year of a date written without one, from the publication date and the verb's tense."""
    anchor = context.anchor
    if context.year is not None:
        return context.year
    if anchor is None:
        return None
    written = (month, day or 1)
    if context.tense == "past" and written > (anchor.month, anchor.day) and (day or month > anchor.month):
        return anchor.year - 1
    if context.tense == "future" and written < (anchor.month, anchor.day) and (day or month < anchor.month):
        return anchor.year + 1
    if context.tense == "present" and day:
        return nearest_year(month, day, anchor)
    return anchor.year


def nearest_year(month: int, day: int, anchor: date) -> int:
    """Without a tense to go by, the year that puts the date nearest the publication (news is recent)."""

    def distance(year: int) -> int:
        return abs((safe_date(year, month, day) - anchor).days)

    return min((anchor.year, anchor.year - 1, anchor.year + 1), key=distance)


def year_of_words(words: str | None, context: Context) -> int | None:
    """The year that "2009", "this year", "last year" or "next year" names."""
    if words is None:
        return None
    if re.fullmatch(r"\d{4}", words):
        return int(words)
    offsets = {"this year": 0, "the year": 0, "last year": -1, "next year": 1, "the previous year": -1}
    if words in offsets and context.anchor is not None:
        return context.anchor.year + offsets[words]
    return None


def checked_day(year: int | None, month: int, day: int) -> Point | None:
    """A day point, or None for impossible dates (31 June)."""
    try:
        date(year or 2000, month, day)
    except ValueError:
        return None
    return Point("day", year, month, day)


@rule(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
def iso_date(match: re.Match[str], context: Context) -> Normal | None:
    point = checked_day(int(match["y"]), int(match["m"]), int(match["d"]))
    return day_normal(point) if point else None


@rule(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})")
def numeric_date(match: re.Match[str], context: Context) -> Normal | None:
    """US order, month first, as in American and Wikinews copy."""
    year = int(match["y"]) if len(match["y"]) == 4 else expand_two_digit_year(int(match["y"]), context)
    point = checked_day(year, int(match["m"]), int(match["d"]))
    return day_normal(point) if point else None


@rule(
    r"(?:"
    + WEEKDAY
    + r",? )?(?:the )?(?:"
    + MONTH
    + r",? "
    + DAY
    + r"|"
    + DAY.replace("day>", "day2>")
    + r" (?:of )?"
    + MONTH.replace("month>", "month2>")
    + r")(?:,? (?P<yearwords>\d{4}|this year|"
    r"last year|next year))?"
)
def month_day(match: re.Match[str], context: Context) -> Normal | None:
    month = MONTHS[match["month"] or match["month2"]]
    day = int(match["day"] or match["day2"])
    year = (
        year_of_words(match["yearwords"], context) if match["yearwords"] else infer_year(month, day, context)
    )
    point = checked_day(year, month, day)
    return day_normal(point) if point else None


@rule(
    r"(?:the month of )?" + MONTH + r",? (?:of )?(?P<yearwords>\d{4}|this year|last year|next year|"
    r"the year|the previous year)"
)
def month_of_year(match: re.Match[str], context: Context) -> Normal | None:
    year = year_of_words(match["yearwords"], context)
    return day_normal(Point("month", year, MONTHS[match["month"]]))


@rule(r"(?P<way>last|next|this|past|coming)? ?(?:the month of )?" + MONTH)
def month_alone(match: re.Match[str], context: Context) -> Normal | None:
    month, way, anchor = MONTHS[match["month"]], match["way"], context.anchor
    if match["month"] == "may" and not way:
        return None  # the modal verb, far more often than the month
    if anchor is None:
        return day_normal(Point("month", None, month))
    year: int | None
    if way in ("last", "past"):
        year = anchor.year - (1 if month >= anchor.month else 0)
    elif way in ("next", "coming"):
        year = anchor.year + (1 if month <= anchor.month else 0)
    else:
        year = infer_year(month, None, context)
    return day_normal(Point("month", year, month))


@rule(r"(?:the )?(?P<ord>first|second|third|fourth|final|last)[- ]quarter(?: of (?P<yearwords>.+))?")
def quarter(match: re.Match[str], context: Context) -> Normal | None:
    number, anchor = ORDINALS[match["ord"]], context.anchor
    year = year_of_words(match["yearwords"], context)
    if match["yearwords"] and year is None:
        return None
    if year is None and anchor is not None:
        current = (anchor.month - 1) // 3 + 1
        if match["ord"] == "last":
            return day_normal(truncate(shift(Point.of_day(anchor), -1, "quarter"), "quarter"))
        year = anchor.year - (1 if number > current and context.tense == "past" else 0)
    return day_normal(Point("quarter", year, number))


@rule(r"(?:the )?(?P<ord>first|second) half of (?P<yearwords>.+)")
def half_year(match: re.Match[str], context: Context) -> Normal | None:
    year = year_of_words(match["yearwords"], context)
    text = ("XXXX" if year is None else f"{year:04d}") + f"-H{ORDINALS[match['ord']]}"
    return Normal(text, "DATE", Point("year", year))


@rule(
    r"(?:(?P<way>this|last|next|past|coming) )?(?P<season>spring|summer|autumn|fall|winter)(?:,? (?:of )?"
    r"(?P<yearwords>\d{4}|this year|last year|next year))?"
)
def season(match: re.Match[str], context: Context) -> Normal | None:
    code, anchor = SEASONS[match["season"]], context.anchor
    year = year_of_words(match["yearwords"], context)
    if year is None and anchor is not None:
        start = SEASON_START[code]
        offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(match["way"] or "", 0)
        later = start > anchor.month
        year = anchor.year + offset + (-1 if later and (offset < 0 or context.tense == "past") else 0)
        year += 1 if offset > 0 and later else 0
    return Normal(("XXXX" if year is None else f"{year:04d}") + f"-{code}", "DATE", Point("year", year))


@rule(
    r"(?P<name>christmas(?: day| eve)?|boxing day|new year's (?:day|eve)|halloween|valentine's day)"
    r"(?: (?P<year>\d{4}))?"
)
def holiday(match: re.Match[str], context: Context) -> Normal | None:
    month, day = HOLIDAYS[key(match["name"])]
    year = int(match["year"]) if match["year"] else infer_year(month, day, context)
    return day_normal(Point("day", year, month, day))


@rule(r"(?:the )?(?:year |fiscal |fiscal year |fy ?)?" + YEAR)
def year(match: re.Match[str], context: Context) -> Normal | None:
    return day_normal(Point("year", int(match["year"])))


@rule(r"'(?P<yy>\d{2})")
def two_digit_year(match: re.Match[str], context: Context) -> Normal | None:
    return day_normal(Point("year", expand_two_digit_year(int(match["yy"]), context)))


def expand_two_digit_year(yy: int, context: Context) -> int:
    """'82 → 1982, '11 → 2011: the latest century that puts it near or before publication."""
    now = context.anchor.year if context.anchor else date.today().year
    year = now // 100 * 100 + yy
    return year - 100 if year > now + TWO_DIGIT_YEAR_HORIZON else year


@rule(r"(?:the )?(?P<century>1\d|20)(?P<decade>\d)0'?s|(?:the )?'?(?P<short>\d)0'?s")
def decade(match: re.Match[str], context: Context) -> Normal | None:
    digits = match["century"] + match["decade"] if match["century"] else "19" + match["short"]
    return Normal(digits, "DATE", Point("decade", int(digits) * 10))


@rule(r"(?:the )?(?P<n>\d{1,2})(?:st|nd|rd|th) century")
def century(match: re.Match[str], context: Context) -> Normal | None:
    return Normal(f"{int(match['n']) - 1:02d}", "DATE", Point("century", (int(match["n"]) - 1) * 100))


@rule(r"(?P<rest>" + MODIFIER.pattern[1:] + r".+)")
def modified(match: re.Match[str], context: Context) -> Normal | None:
    """ "early 2009", "the end of last year", "mid-June": the value of what is modified."""
    inner = MODIFIER.sub("", match["rest"], count=1)
    if inner in ("year", "month", "week"):
        inner = "this " + inner  # "the beginning of the year": the current one
    return normalise_timex(inner, context) if inner and inner != match["rest"] else None


# --- durations ------------------------------------------------------------------------------------


@rule(
    r"(?:(?:the )?(?:past|last|next|coming|previous|following|first|final|latest|recent) )?"
    r"(?P<hedged>.+?)[- ]" + UNIT + r"(?:[- ]old| long| ahead| to come| running| straight| in a row)?"
)
def duration(match: re.Match[str], context: Context) -> Normal | None:
    hedged = COUNTED_WORDS.sub("", match["hedged"]).strip()
    while HEDGES.match(hedged):
        hedged = HEDGES.sub("", hedged, count=1)
    halves = re.fullmatch(r"(?P<whole>.+) and a half", hedged)
    amount = parse_amount(halves["whole"] if halves else hedged)
    if amount is None and not re.fullmatch(r"several|a few|few|many|many many|some|numerous", hedged):
        amount = None if re.fullmatch(AMOUNT, hedged) else -1.0
    if amount == -1.0:
        return None
    if halves and amount is not None:
        amount += 0.5
    return Normal(duration_value(amount, UNITS[match["unit"]]), "DURATION")


@rule(
    r"(?:(?:the )?(?:past|last|next|coming|recent|many|the many|over the|for|straight) )?(?:the )?"
    r"(?P<unit>days|weeks|months|years|decades|centuries)(?: ahead| to come| on end| past)?"
)
def vague_duration(match: re.Match[str], context: Context) -> Normal | None:
    return Normal(duration_value(None, UNITS[match["unit"]]), "DURATION")


@rule(r"(?:(?P<hedged>.+?)[- ])?" + CLOCK_UNIT + r"(?: long)?")
def clock_duration(match: re.Match[str], context: Context) -> Normal | None:
    hedged = match["hedged"] or ""
    while HEDGES.match(hedged):
        hedged = HEDGES.sub("", hedged, count=1)
    amount = parse_amount(hedged) if hedged else None
    if hedged and amount is None and not re.fullmatch(r"several|a few|few|many|some", hedged):
        return None
    code = CLOCK_UNITS[match["unit"]]
    if amount is not None and amount != int(amount) and code == "H":
        return Normal(f"PT{int(amount * 60)}M", "DURATION")
    return Normal(f"PT{format_amount(amount)}{code}", "DURATION")
