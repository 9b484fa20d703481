"""TIMEX3 values: the calendar arithmetic and formatting behind temporal normalisation.

A normalised expression is a `Point` (a day, week, month, quarter, season, year, decade or
century) or a plain TIMEX3 string (durations, sets, `PAST_REF`). Rules in `rules` compute
points from the publication date (the *anchor*) or from the last date the text mentioned (the
*reference*, for back-references such as "a day earlier"); this module knows nothing of words.
Formats follow the TimeML TIMEX3 guidelines (Pustejovsky et al., TimeML 1.2.1, section 2.2).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal

Grain = Literal["century", "decade", "year", "season", "quarter", "month", "week", "day"]

# Grains from coarse to fine: a back-reference by a unit needs a reference at least this fine.
GRAIN_ORDER: tuple[Grain, ...] = ("century", "decade", "year", "season", "quarter", "month", "week", "day")

# TIMEX3 season codes, keyed by the words news writers use.
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# TIMEX3 codes for the parts of a day (TimeML 1.2.1: TMO, TAF, TEV, TNI).
DAY_PARTS: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


@dataclass(frozen=True)
class Point:
    """A calendar period at some grain; `None` fields are unknown (`XXXX`)."""

    grain: Grain
    year: int | None = None
    month: int | None = None  # also the quarter number for grain "quarter"
    day: int | None = None
    week: int | None = None  # ISO week number; a weekday when grain is "day" and day is None
    season: str | None = None  # SP, SU, FA, WI
    time: str | None = None  # "T18:00", "TMO" … appended to a day

    @classmethod
    def of_day(cls, day: date) -> Point:
        return cls("day", day.year, day.month, day.day)

    def as_date(self) -> date | None:
        """The first day of the period, when its year is known."""
        if self.year is None:
            return None
        if self.grain == "day" and self.month and self.day:
            return date(self.year, self.month, self.day)
        if self.grain == "week" and self.week:
            return date.fromisocalendar(self.year, self.week, 1)
        if self.grain == "quarter" and self.month:
            return date(self.year, 3 * self.month - 2, 1)
        return date(self.year, self.month or 1, 1)

    def value(self) -> str:
        """The TIMEX3 value of this point."""
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.grain == "century":
            return year[:2]
        if self.grain == "decade":
            return year[:3]
        if self.grain == "year":
            return year
        if self.grain == "season":
            return f"{year}-{self.season}"
        if self.grain == "quarter":
            return f"{year}-Q{self.month}"
        if self.grain == "week":
            return f"{year}-W{self.week:02d}" if self.week else f"{year}-WXX"
        if self.grain == "month":
            return f"{year}-{self.month:02d}" if self.month else f"{year}-XX"
        if self.month is None and self.week is not None:  # a weekday with no known week
            return f"{year}-WXX-{self.week}{self.time or ''}"
        month = f"{self.month:02d}" if self.month else "XX"
        day = f"{self.day:02d}" if self.day else "XX"
        return f"{year}-{month}-{day}{self.time or ''}"


def shift(point: Point, amount: int, unit: Grain) -> Point:
    """Move a point by `amount` units, keeping the coarser of its grain and the unit."""
    start = point.as_date()
    if start is None and point.week and point.grain == "day" and unit in ("day", "week"):
        steps = amount if unit == "day" else 0  # a known weekday, an unknown week: "the day before Monday"
        return Point("day", week=(point.week - 1 + steps) % 7 + 1)
    if start is None:
        return Point(coarser(point.grain, unit))
    if unit == "day":
        return Point.of_day(start + timedelta(days=amount))
    if unit == "week":
        if point.grain == "day":
            return Point.of_day(start + timedelta(weeks=amount))
        return week_of(start + timedelta(weeks=amount))
    if unit == "month":
        year, month = divmod(start.year * 12 + start.month - 1 + amount, 12)
        if point.grain == "day":
            return Point.of_day(
                date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))
            )
        return Point("month", year, month + 1)
    if unit == "quarter":
        year, quarter = divmod(start.year * 4 + (start.month - 1) // 3 + amount, 4)
        return Point("quarter", year, quarter + 1)
    years = amount * {"decade": 10, "century": 100}.get(unit, 1)
    if point.grain == "day" and unit == "year":
        return Point.of_day(safe_date(start.year + years, start.month, start.day))
    return truncate(Point("year", start.year + years), coarser("year", unit))


def coarser(a: Grain, b: Grain) -> Grain:
    return a if GRAIN_ORDER.index(a) <= GRAIN_ORDER.index(b) else b


def truncate(point: Point, grain: Grain) -> Point:
    """The period of grain `grain` holding `point` (a day → its month, its year …)."""
    start = point.as_date()
    if start is None or grain == point.grain:
        return point if start is not None else Point(grain)
    if grain == "week":
        return week_of(start)
    if grain == "month":
        return Point("month", start.year, start.month)
    if grain == "quarter":
        return Point("quarter", start.year, (start.month - 1) // 3 + 1)
    return Point(grain, start.year)


def week_of(day: date) -> Point:
    iso = day.isocalendar()
    return Point("week", iso.year, week=iso.week)


def safe_date(year: int, month: int, day: int) -> date:
    """`date()` that turns 29 February of a common year into the 28th."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The `weekday` (1 = Monday) on or before the anchor (direction -1) or on or after it (+1)."""
    delta = (weekday - anchor.isoweekday()) % 7
    return anchor + timedelta(days=delta) if direction > 0 else anchor - timedelta(days=(7 - delta) % 7)


@dataclass
class References:
    """The last dates the text mentioned, by grain: what back-references count from."""

    points: dict[Grain, tuple[int, Point]] = field(default_factory=dict)  # grain -> (order, point)
    count: int = 0

    def remember(self, point: Point) -> None:
        """Record an absolute point and the coarser periods that hold it (or a bare weekday)."""
        if point.as_date() is None and point.grain == "day" and point.week:
            self.count += 1
            self.points["day"] = (self.count, replace(point, time=None))
            return
        if point.as_date() is None or point.grain in ("century", "decade", "season"):
            return
        self.count += 1
        for grain in ("year", "quarter", "month", "week", "day"):
            if GRAIN_ORDER.index(grain) <= GRAIN_ORDER.index(point.grain):
                self.points[grain] = (self.count, replace(truncate(point, grain), time=None))

    def at_least(self, grain: Grain) -> Point | None:
        """The latest reference at least as fine as `grain` ("a day earlier" needs a day)."""
        if grain in ("century", "decade", "season"):
            grain = "year"
        fine = GRAIN_ORDER[GRAIN_ORDER.index(grain) :]
        found = [
            (order, GRAIN_ORDER.index(g), point) for g, (order, point) in self.points.items() if g in fine
        ]
        return max(found, key=lambda item: item[:2])[2] if found else None


# A value's year: replaced by XXXX when the year came from a stand-in anchor.
YEAR_PREFIX = re.compile(r"^\d{4}")
