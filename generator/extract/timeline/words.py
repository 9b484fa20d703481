"""The English words of time: month, weekday, unit and number names for the temporal rules.

Kept apart from the rules (`rules`) so that the rules read as grammar; the tables themselves are
lexicon data files (`months.tsv`, `weekdays.tsv`, `time_units.tsv`, `number_words.tsv` …) that can
grow (or be swapped for another language) without touching either.
"""

from __future__ import annotations

import re

from ..lexicon import numbers, table, words
from .values import GRAIN_ORDER, Grain

GRAINS: dict[str, Grain] = {grain: grain for grain in GRAIN_ORDER}

MONTHS = numbers("months")  # "sept" -> 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

WEEKDAYS = numbers("weekdays")  # ISO numbers, Monday = 1
WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

UNITS: dict[str, Grain] = {unit: GRAINS[grain] for unit, grain in table("time_units").items()}
CLOCK_UNITS = table("clock_units")  # "hours" -> "H"
# TIMEX3 duration letters of the grains.
DURATION_CODES: dict[Grain, str] = {
    "day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip
UNIT = r"(?P<unit>days?|weeks?|fortnight|months?|quarters?|years?|decades?|century|centuries)"
CLOCK_UNIT = r"(?P<unit>seconds?|minutes?|hours?)"

NUMBER_WORDS = numbers("number_words")  # "a dozen" -> 12
VAGUE_AMOUNTS = words("vague_amounts")  # TIMEX3 writes them as X: PXY

# Tables of relative words, looked up through `lexicon.key` ("the next" = "next").
VAGUE_REFS = table("vague_references")  # "recently" -> PAST_REF
FREQUENCIES = table("frequencies")  # "weekly" -> P1W
DIRECTIONS = numbers("directions")  # "the following" -> 1


def month_day(text: str) -> tuple[int, int]:
    """The month and day of a holiday: "12-24" -> (12, 24)."""
    month, day = text.split("-")
    return int(month), int(day)


HOLIDAYS = {name: month_day(day) for name, day in table("holidays").items()}  # "christmas eve" -> (12, 24)
AMOUNT = (
    r"(?P<amount>\d+(?:\.\d+)?|(?:a |an )?(?:half|quarter)|a couple(?: of)?|a dozen|a single|a few|"
    r"a number of|many many|several|few|many|some|numerous|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|a|an|hundred)"
)
# Hedges before an amount that TIMEX3 leaves out of the value ("nearly two years" is P2Y).
HEDGES = re.compile(
    r"^(?:about|around|almost|nearly|roughly|some|over|more than|less than|at least|at most|"
    r"up to|just|only|barely|approximately|close to|under|the|another|a further|an additional)\s+"
)


def parse_amount(text: str) -> float | None:
    """The number an amount phrase means; None for vague amounts ("several")."""
    text = text.strip()
    if text in VAGUE_AMOUNTS:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if text.endswith("half"):
        return 0.5
    if text.endswith("quarter"):
        return 0.25
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return float(NUMBER_WORDS[text]) if text in NUMBER_WORDS else None


def duration_value(amount: float | None, grain: Grain) -> str:
    """The TIMEX3 duration: P3Y, P1.5M, PXD; decades and centuries in years (the past decade: P10Y)."""
    if grain in ("decade", "century"):
        years = {"decade": 10, "century": 100}[grain]
        return f"PX{DURATION_CODES[grain]}" if amount is None else f"P{format_amount(amount * years)}Y"
    return f"P{format_amount(amount)}{DURATION_CODES[grain]}"


def format_amount(amount: float | None) -> str:
    """2.0 → "2", 2.5 → "2.5", None → "X"."""
    if amount is None:
        return "X"
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"
