"""Events: one per dated clause, who did what, ordered by date with background first."""

from __future__ import annotations

import pytest

from generator.extract.actors import extract_actors
from generator.extract.timeline import extract_timeline
from generator.model import Event

WEDNESDAY = "2023-07-12"


def events_of(parse, paragraphs, published: str | None = WEDNESDAY) -> list[Event]:
    parsed = parse(paragraphs, published)
    return extract_timeline(parsed, extract_actors(parsed))[1]


@pytest.mark.parametrize(
    ("sentence", "date", "relative", "words"),
    [
        (
            "The Kremlin said on Wednesday that the plan would be a dangerous mistake.",
            "2023-07-12",
            "on Wednesday",
            ["Kremlin", "said", "dangerous", "mistake"],
        ),
        (
            "Some figures gloated that NATO a day earlier had told Ukraine it could join.",
            "2023-07-11",
            "a day earlier",
            ["NATO", "told", "Ukraine", "join"],
        ),
        (
            "Russia says it last year launched what it calls a special military operation in Ukraine.",
            "2022",
            "last year",
            ["launched", "special", "military", "operation"],
        ),
        (
            "Germany signed the accord in February 2022, officials said.",
            "2022-02",
            "in February 2022",
            ["Germany", "signed", "accord"],
        ),
    ],
)
def test_event_from_dated_clause(parse, sentence, date, relative, words) -> None:
    [event] = [e for e in events_of(parse, sentence) if e.date == date]
    assert event.relative == relative
    assert all(word in event.what for word in words)
    assert event.paragraph == 1


def test_event_actors_come_from_the_clause(parse) -> None:
    [event] = events_of(parse, "NATO told Ukraine on Tuesday that it could join.")
    assert {"nato", "ukraine"} <= set(event.actors)


def test_pronoun_subject_is_named(parse) -> None:
    events = events_of(parse, "Russia says it last year launched an operation in Ukraine.")
    assert events[0].what.startswith("Russia launched")
    assert "russia" in events[0].actors


def test_durations_sets_and_vague_references_make_no_event(parse) -> None:
    text = "The war has lasted three years. The board meets every week. Prices are now higher."
    assert events_of(parse, text) == []


def test_one_event_per_clause(parse) -> None:
    assert len(events_of(parse, "The deal was signed on Monday at 10:00 GMT.")) == 1


def test_events_in_date_order_background_first(parse) -> None:
    paragraphs = [
        "The Kremlin said on Wednesday that the offer was a mistake.",
        "Russia invaded Ukraine last year.",
        "NATO a day earlier had told Ukraine it could join.",
        "G7 countries are expected on Wednesday to announce a framework.",
    ]
    events = events_of(parse, paragraphs)
    assert [e.date for e in events] == ["2022", "2023-07-11", "2023-07-12", "2023-07-12"]
    assert [e.paragraph for e in events] == [2, 3, 1, 4]  # same day: the article's own order


def test_no_publication_date_invents_no_date(parse) -> None:
    paragraphs = [
        "The Kremlin said on Wednesday that the offer was a mistake.",
        "Russia invaded Ukraine last year.",
        "NATO a day earlier had told Ukraine it could join.",
    ]
    events = events_of(parse, paragraphs, published=None)
    assert [e.date for e in events] == [None, None, None]
    assert [e.value for e in events] == ["XXXX", "XXXX-WXX-2", "XXXX-WXX-3"]


def test_absolute_dates_kept_without_publication_date(parse) -> None:
    events = events_of(
        parse, "The treaty was signed on March 3, 2021. Russia left it in 2023.", published=None
    )
    assert [e.date for e in events] == ["2021-03-03", "2023"]


def test_possessive_date_dates_the_event_noun(parse) -> None:
    [event] = events_of(parse, "Officials condemned last year's invasion of Ukraine.")
    assert event.what == "invasion of Ukraine" and event.date == "2022"
