"""The lexicon layer: one key for building and looking up every table."""

from __future__ import annotations

import pytest

from generator.extract.actors import extract_actors, normalise_name
from generator.extract.actors.data import CAPITALS, COUNTRY_NAMES, GOVERNMENT_SEATS
from generator.extract.lexicon import key, table, words


@pytest.mark.parametrize(
    "written, expected",
    [
        ("The Hague", "hague"),
        ("Côte d’Ivoire", "cote d ivoire"),
        ("Cote d'Ivoire", "cote d ivoire"),
        ("People's Republic of China", "people republic of china"),
        ("Hart's Island", "hart island"),
        ("Kremlin's", "kremlin"),
        ("ÉLYSÉE", "elysee"),
        ("U.S.", "u.s."),
    ],
)
def test_key_ignores_case_accents_articles_and_possessives(written, expected):
    assert key(written) == expected


@pytest.mark.parametrize(
    "name, table_of, country",
    [
        ("Côte d'Ivoire", COUNTRY_NAMES, "Ivory Coast"),
        ("People’s Republic of China", COUNTRY_NAMES, "China"),
        ("Democratic People's Republic of Korea", COUNTRY_NAMES, "North Korea"),
        ("The Hague", CAPITALS, "Netherlands"),
        ("N'Djamena", CAPITALS, "Chad"),
        ("the Élysée", GOVERNMENT_SEATS, "France"),
    ],
)
def test_tables_answer_names_looked_up_through_the_name_key(name, table_of, country):
    assert table_of[normalise_name(name)] == country


def test_every_table_entry_is_stored_in_key_form():
    for entries in (COUNTRY_NAMES, CAPITALS, GOVERNMENT_SEATS, table("parties"), table("groups")):
        assert all(key(entry) == entry for entry in entries)
    assert all(key(entry) == entry for entry in words("person_titles"))


@pytest.mark.parametrize(
    "text, country",
    [
        ("Côte d'Ivoire said on Monday it would reopen its borders.", "Ivory Coast"),
        ("The People's Republic of China rejected the report.", "China"),
    ],
)
def test_country_with_apostrophe_is_a_country_not_a_person(parse, text, country):
    actors = extract_actors(parse(text)).actors
    assert [a.kind for a in actors if a.name == country] == ["country"]
    assert not [a for a in actors if a.kind == "person"]


def test_a_possessive_with_any_apostrophe_is_not_part_of_the_name(parse):
    text = "President Donald Trump‘s demands angered Democrats. Trump said he would not move."
    persons = [a for a in extract_actors(parse(text)).actors if a.kind == "person"]
    assert [(a.name, a.id) for a in persons] == [("Donald Trump", "donald-trump")]


def test_an_empty_phrase_has_no_wordnet_sense():
    from generator.extract.lexicon.wordnet import load_wordnet

    wordnet = load_wordnet()  # Debian's wordnet-base, as the actor and event rules need it
    assert wordnet is not None
    assert wordnet.synsets("", "n") == [] and wordnet.synsets("-", "v") == []
