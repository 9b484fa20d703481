"""The starter glossary of `explainer new`: a word of several senses reaches only the stories of
its field, and a term of two fields gets the definition of the story's field."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.actors import extract_actors
from generator.extract.glossary import extract_terms
from generator.story.content import load_glossary
from generator.story.model import GlossaryEntry, Term

STARTER = Path(__file__).resolve().parent.parent / "generator" / "scaffold" / "content" / "glossary.yaml"


@pytest.fixture(scope="module")
def starter() -> list[GlossaryEntry]:
    return load_glossary(STARTER)


@pytest.fixture
def site_terms(parse, starter):
    """The story's terms defined by the starter glossary, by term."""

    def _terms(text: str) -> dict[str, Term]:
        parsed = parse(text)
        terms = extract_terms(parsed, extract_actors(parsed), [], starter)
        return {t.term: t for t in terms if t.source == "glossary"}

    return _terms


def test_the_starter_glossary_is_broad_and_sorted_by_topic(starter) -> None:
    text = STARTER.read_text(encoding="utf-8")
    assert len(starter) >= 500
    assert text.count("\n# --- ") >= 15, "entries are grouped by topic"


def test_everyday_words_of_a_business_story_get_no_sports_definition(site_terms) -> None:
    terms = site_terms(
        "The retailer's turnover rose on a par with last year, and shares made a rebound after "
        "the heat of the sell-off. Officials will assist the inquiry, a media scrum gathered, and "
        "the chairman said the century-old firm was no lame duck. It posted a strong quarter."
    )
    sporting = {"turnover", "par", "rebound", "heat", "assist", "scrum", "century", "duck"}
    assert not sporting & set(terms), f"given a sports sense: {sorted(sporting & set(terms))}"
    assert "sell-off" in terms and "lame duck" in terms


def test_the_words_of_a_game_get_their_sports_definitions(site_terms) -> None:
    terms = site_terms(
        "The point guard had 12 rebounds and nine assists as the NBA side forced 15 turnovers "
        "and won in overtime."
    )
    for term in ("rebound", "assist", "turnover", "overtime"):
        assert term in terms, term
    assert "basketball" in (terms["rebound"].definition or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Students sheltered in a lockdown for two hours after a gunman opened fire near the school.",
            "gunman",
        ),
        (
            "The government ordered a national lockdown as coronavirus infections doubled in a week.",
            "infection",
        ),
    ],
)
def test_a_lockdown_is_defined_in_the_story_s_sense(site_terms, text: str, expected: str) -> None:
    assert expected in (site_terms(text)["lockdown"].definition or "")


def test_an_acronym_of_two_bodies_gets_the_one_of_the_story(site_terms) -> None:
    finance = site_terms("The SEC fined the broker for misleading investors about its shares.")
    college = site_terms("The quarterback threw three touchdown passes as the SEC rivals met in the NCAA.")
    assert "Securities" in (finance["SEC"].definition or "")
    assert "Southeastern" in (college["SEC"].definition or "")


def test_a_knot_is_a_speed_in_wind_and_flight_and_nothing_at_a_wedding(site_terms) -> None:
    assert "speed" in (site_terms("Winds gusting to 60 knots hit the coast.")["knot"].definition or "")
    assert "knot" not in site_terms("The couple will tie the knot at the lake on Saturday.")
