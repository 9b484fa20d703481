"""Events are facts: no hypotheticals, no past tense after publication, no titles as years."""

from __future__ import annotations

import pytest

from generator.extract.actors import extract_actors
from generator.extract.timeline import extract_timeline
from generator.extract.timeline.expressions import find_times

WEDNESDAY = "2023-07-12"


def events_of(parse, text: str, published: str | None = WEDNESDAY):
    parsed = parse(text, published)
    return extract_timeline(parsed, extract_actors(parsed))[1]


def values_of(parse, text: str, published: str | None = WEDNESDAY) -> dict[str, str]:
    return {f.expression.text: f.expression.value for f in find_times(parse(text, published))}


@pytest.mark.parametrize(
    "sentence",
    [
        "The company could announce job cuts in March.",
        "The minister might resign in August, aides said.",
        "If Congress passes the bill on Friday, the president will sign it.",
        "Unless talks resume in September, the union will strike.",
        "Once the court rules next week, the family will appeal.",
    ],
)
def test_hypothetical_clauses_are_no_events(parse, sentence):
    assert events_of(parse, sentence) == []


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("The weather should ease on Thursday.", "2023-07-13"),
        ("The council will vote on the plan on Friday.", "2023-07-14"),
        ("The mayor resigned on Monday.", "2023-07-10"),
    ],
)
def test_facts_and_scheduled_events_stay(parse, sentence, date):
    assert [e.date for e in events_of(parse, sentence)] == [date]


def test_no_past_tense_event_dated_after_publication(parse):
    # the reporter's "in August" of a past verb cannot lie ahead of a July publication
    events = events_of(parse, "The factory closed in August after the strike.", "2023-07-12")
    assert all(e.date is None or e.date <= "2023-07-12" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The war drama 1917 won best picture at the awards on Sunday.",
        "Sam Mendes's 1917 took the top prize.",
    ],
)
def test_a_title_that_is_a_number_is_no_year(parse, text):
    assert "1917" not in values_of(parse, text)


def test_a_year_after_a_preposition_is_a_year(parse):
    assert values_of(parse, "The company was founded in 1917.")["1917"] == "1917"


def test_a_list_of_dates_shares_its_year(parse):
    found = values_of(parse, "Hearings were held on Feb. 9 and March 3, 2017.", "2019-11-19")
    assert found["Feb. 9"] == "2017-02-09"
    assert found["March 3"] == "2017-03-03"


def test_a_date_without_year_or_tense_is_the_nearest_one(parse):
    # published in early January: a December date in a verbless list is last December's
    found = values_of(parse, "Key dates: Dec. 28, the first hearing.", "2024-01-05")
    assert found["Dec. 28"] == "2023-12-28"


def test_a_state_in_the_present_is_no_event(parse):
    assert events_of(parse, "The new rules are alarming and unfair tonight, the minister wrote.") == []


def test_the_clause_of_a_date_decides_its_modality(parse):
    text = "The planned strike would be the latest in a series of walkouts, including one last month."
    assert events_of(parse, text) == []


def test_an_infinitive_takes_the_tense_of_its_clause(parse):
    events = events_of(
        parse, "She was the first leader to visit him after his inauguration in January.", "2017-11-30"
    )
    assert [e.date for e in events] == ["2017-01"]


def test_dateline_and_run_in_subheadings_are_not_told(parse):
    events = events_of(
        parse,
        [
            "OSLO, Norway (Reuters) - Norwegian rescuers pulled two fishermen from the sea on Tuesday.",
            "TALKS AND TEARS ONCE AGAIN The union and the company met on Monday for new talks.",
        ],
    )
    told = " ".join(e.what for e in events)
    assert "Norwegian rescuers pulled" in told and "OSLO" not in told
    assert "union" in told and "TALKS" not in told


def test_one_happening_told_twice_on_one_date_is_one_event(parse):
    events = events_of(
        parse,
        [
            "Militants carried out several major attacks in Britain this year.",
            "Militants have carried out several major attacks in Britain this year, killing 36 people.",
        ],
    )
    assert len(events) == 1
    assert "killing 36 people" in events[0].what or "carried out" in events[0].what


def test_two_happenings_of_one_day_stay_two(parse):
    events = events_of(
        parse,
        "Noel and Thomas were charged on Tuesday. Noel and Thomas pleaded not guilty in court on Tuesday.",
    )
    assert len(events) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first time that had happened since 1905.",
        "Shares closed at their highest level since 2008.",
    ],
)
def test_since_a_record_or_an_absence_is_no_event(parse, sentence):
    assert not [e for e in events_of(parse, sentence) if e.date in {"1998", "1905", "2008"}]


def test_since_the_start_of_a_state_is_an_event(parse):
    events = events_of(parse, "Extreme fire weather has lasted since October.", "2019-11-20")
    assert [e.date for e in events] == ["2019-10"]


def test_since_after_a_negation_tells_when_it_last_happened(parse):
    text = "The station hasn't seen rain since mid-September, the first time that's happened since 1905."
    events = events_of(parse, text, "2019-11-20")
    assert [e.date for e in events] == ["2019-09"]


def test_a_game_clock_is_no_time_of_day(parse):
    found = values_of(
        parse, "His 3-pointer put the Lakers up 109-98 with 3:08 to play on Tuesday.", "2019-11-19"
    )
    assert "3:08" not in found and found["Tuesday"] == "2019-11-19"


def test_coordinated_clauses_share_their_date(parse):
    text = "Lena Berg became the first woman to win the race, and Ola Dahl finished second on Sunday."
    events = events_of(parse, text, "2023-07-12")
    assert {e.date for e in events} == {"2023-07-09"}
    assert len(events) == 2


def test_a_reported_event_is_told_with_who_reports_it(parse):
    text = "Investigators said that the pump failed on Monday."
    events = events_of(parse, text, "2023-07-12")
    assert [(e.date, e.what) for e in events] == [("2023-07-10", "Investigators said the pump failed")]


def test_a_believed_event_keeps_its_hedge(parse):
    events = events_of(parse, "Police believe the thieves entered the museum on Sunday.", "2023-07-12")
    assert [e.what for e in events] == ["Police believe the thieves entered the museum"]


def test_a_trailing_attribution_leaves_the_event_as_told(parse):
    events = events_of(parse, "The pump failed on Monday, the company said.", "2023-07-12")
    assert [e.what for e in events] == ["The pump failed"]


def test_a_when_clause_dates_its_main_clause(parse):
    text = "When the plane crashed in 2014, all 162 people on board died."
    events = events_of(parse, text, "2023-07-12")
    assert sorted((e.date, e.what) for e in events) == [
        ("2014", "all 162 people on board died"),
        ("2014", "the plane crashed"),
    ]


def test_an_after_clause_does_not_date_its_main_clause(parse):
    events = events_of(parse, "After the storm passed in March, the town rebuilt its harbour.", "2023-07-12")
    assert [e.what for e in events] == ["the storm passed"]


def test_a_speaker_telling_its_own_act_is_not_attributed_twice(parse):
    events = events_of(parse, "Norway said it closed the border on Monday.", "2023-07-12")
    assert [e.what for e in events] == ["Norway closed the border"]


def test_a_hedged_first_year_of_a_range_is_a_year(parse):
    found = values_of(parse, "The mill dumped waste into the lake from at least 1988 to 1994.")
    assert found.get("1988") == "1988" and found.get("1994") == "1994"
    events = events_of(parse, "The mill dumped waste into the lake from at least 1988 to 1994.")
    assert [e.date for e in events] == ["1988"]


def test_a_range_of_quantities_is_no_year(parse):
    assert "1500" not in values_of(parse, "Output grew from about 1500 to 2600 tonnes last year.")


def test_a_bare_verb_without_subject_looks_ahead(parse):
    found = values_of(parse, "Rovers: Visit the Saints on Friday.", "2023-07-12")
    assert found["Friday"] == "2023-07-14"


def test_a_when_clause_that_is_no_fact_dates_nothing(parse):
    assert events_of(parse, "When the court rules on Friday, the family will appeal.", "2023-07-12") == []
