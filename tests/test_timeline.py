"""Events: one per dated clause, who did what, ordered by date with background first."""

from __future__ import annotations

import pytest

from generator.extract.actors import extract_actors
from generator.extract.timeline import extract_timeline
from generator.story.model import Event

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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An infinitive is told from the verb governing it, with that verb's subject.
        ("The council decided to close the bridge on Monday.", "The council decided to close the bridge"),
        ("Germany plans to open an embassy in Kenya in March.", "Germany plans to open an embassy in Kenya"),
        # A participle modifying a noun is told from the clause the noun belongs to.
        (
            "The deficit announced by the treasury on Tuesday was larger than forecast.",
            "The deficit announced by the treasury was larger than forecast",
        ),
        # A conjoined verb takes the subject of the first conjunct.
        ("The minister resigned and left the country on Friday.", "The minister left the country"),
        # A relative pronoun subject is replaced by the noun it stands for.
        ("The officer, who joined the police force in 2010, retired.", "The officer joined the police force"),
    ],
)
def test_subjectless_clause_borrows_its_subject(parse, sentence, expected) -> None:
    [event] = events_of(parse, sentence)
    assert event.what == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A short quotation is kept whole, marks balanced.
        (
            'The mayor said on Monday that the plan was "a costly mistake for the city".',
            'The mayor said the plan was "a costly mistake for the city"',
        ),
        # A long one is left out rather than cut.
        (
            'The mayor said on Monday that the scheme would leave "residents of the old northern '
            'districts without any bus, tram or train service for at least two years" and cost more.',
            "The mayor said the scheme would leave",
        ),
    ],
)
def test_quotations_are_never_cut(parse, sentence, expected) -> None:
    [event] = events_of(parse, sentence)
    assert event.what == expected
    assert event.what.count('"') % 2 == 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The attribution is a source, not part of the event; nothing ends on "to".
        ("The bridge closed on Monday, according to police.", "The bridge closed"),
        # A preposition whose object was the time expression goes with it.
        ("Flights resumed from 10:00 to noon on Friday at the airport.", "Flights resumed at the airport"),
        # A number keeps its percent sign.
        ("Unemployment rose to 7% on Tuesday.", "Unemployment rose to 7%"),
    ],
)
def test_no_dangling_words_and_numbers_keep_units(parse, sentence, expected) -> None:
    [event] = events_of(parse, sentence)
    assert event.what == expected


DANGLING_ENDINGS = ("to", "the", "a", "of", "in", "for", "according", "including", "and")


@pytest.mark.parametrize(
    "sentence",
    [
        "The union said on Thursday that its members in the northern factories of the region would "
        "walk out for three days over pay, pensions and the long hours that staff work.",
        "The regulator on Friday fined the bank, which had misled thousands of customers about fees "
        "and interest rates across several countries, a record sum according to the filing.",
    ],
)
def test_long_clauses_are_short_and_end_cleanly(parse, sentence) -> None:
    [event] = events_of(parse, sentence)
    words = event.what.split()
    assert len(words) <= 21  # 20 words, and an ellipsis when a hard cut was needed
    assert words[-1].lower() not in DANGLING_ENDINGS
    assert words[0][0].isupper()  # starts with its subject, not "to" or a participle
