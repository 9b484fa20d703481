"""The English words of time: month, weekday, unit and number names for the temporal rules.

Kept apart from the rules (`rules`) so that the rules read as grammar and these tables can
grow (or be swapped for another language) without touching them.
"""

from __future__ import annotations

import re

from .values import Grain

# Month names and the abbreviations of news style (AP: Jan., Feb., Aug., Sept., Oct., Nov., Dec.).
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# ISO weekday numbers (Monday = 1), as TIMEX3 writes them in XXXX-WXX-3.
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}  # fmt: skip
WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Calendar units and the grain they count in; TIMEX3 duration letters in DURATION_CODES.
UNITS: dict[str, Grain] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "week",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
}  # fmt: skip
CLOCK_UNITS: dict[str, str] = {
    "second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H", "hours": "H",
}  # fmt: skip
DURATION_CODES: dict[Grain, str] = {
    "day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip
UNIT = r"(?P<unit>days?|weeks?|fortnight|months?|quarters?|years?|decades?|century|centuries)"
CLOCK_UNIT = r"(?P<unit>seconds?|minutes?|hours?)"

# Number words up to the tens; larger amounts are written in figures in news style (AP).
NUMBER_WORDS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "  # noqa: SIM905
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS.update(
    {
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "a": 1,
        "an": 1,
        "a single": 1,
        "single": 1,
        "a couple of": 2,
        "a couple": 2,
        "couple of": 2,
        "a dozen": 12,
        "dozen": 12,
    }
)
# Vague amounts: TIMEX3 writes them as X (PXY, "several years").
VAGUE_AMOUNTS: frozenset[str] = frozenset(
    {"several", "a few", "few", "many", "some", "numerous", "many many", "the many", "a number of"}
)
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
