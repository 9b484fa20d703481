"""Relation clues beyond titles: bound pronouns, complaints, allegations, adversaries."""

from __future__ import annotations

import pytest
from helpers import relation_triples as triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marco Testa had 12 points for the Denver Nuggets, and he scored twice while he was with"
            " the Boston Celtics.",
            ("marco-testa", "member-of", "boston-celtics"),
        ),
        (
            "The Boston Celtics signed Marco Testa last year. Testa said he had worked for Nordvik Bank.",
            ("marco-testa", "member-of", "nordvik-bank"),
        ),
    ],
)
def test_a_pronoun_subject_is_the_subject_above(parse, text, expected):
    assert expected in triples(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        # another person is the subject in between: "he" may be Lukas Brandt
        "Marco Testa said that after Lukas Brandt left, he was with the Boston Celtics.",
        # the first name says a woman; "he" is someone else
        "Maria Testa said he was with the Boston Celtics.",
    ],
)
def test_an_unclear_pronoun_stays_unresolved(parse, text):
    assert not any(t[2] == "boston-celtics" for t in triples(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg, the Swedish ambassador to Norway, said she had raised concerns"
            " with Kremlin officials.",
            ("anna-berg", "criticizes", "kremlin"),
        ),
        ("Lars Holm lodged a complaint about Nordvik Bank.", ("lars-holm", "criticizes", "nordvik-bank")),
    ],
)
def test_raising_a_complaint_with_an_actor_criticises_it(parse, text, expected):
    assert expected in triples(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lars Holm expressed concern for Nordvik Bank staff.",
        "Lars Holm did not raise any concerns with Nordvik Bank.",
    ],
)
def test_concern_for_an_actor_is_no_criticism(parse, text):
    assert not any(kind == "criticizes" for _, kind, _ in triples(parse, text))


def test_a_surname_the_mentions_missed_still_names_its_actor(parse):
    text = (
        "Jürgen Köhler scored 20 points for the Denver Nuggets. Köhler got a technical foul for"
        " confronting Marco Testa at the free throw line."
    )
    assert ("j-rgen-k-hler", "opposes", "marco-testa") in triples(parse, text)


def test_who_alleges_wrongdoing_criticises_whom_it_is_alleged_of(parse):
    text = (
        "The Nordvik Police Service alleged that Lena Holm and Marco Testa, assigned to the unit,"
        ' "browsed the Internet" and lingered in an office.'
    )
    found = triples(parse, text)
    assert ("nordvik-police-service", "criticizes", "lena-holm") in found
    assert ("nordvik-police-service", "criticizes", "marco-testa") in found


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm did not allege that Marco Testa took the money.",
        "Lena Holm said that Marco Testa took the money.",
    ],
)
def test_no_allegation_no_criticism(parse, text):
    assert not any(kind == "criticizes" for _, kind, _ in triples(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg thanked Lukas Brandt, her rival in the primary.",
            ("anna-berg", "opposes", "lukas-brandt"),
        ),
        (
            "Marco Testa met the press, and he praised Lena Holm, his old foe.",
            ("marco-testa", "opposes", "lena-holm"),
        ),
    ],
)
def test_an_adversary_in_apposition_is_opposed_by_its_possessor(parse, text, expected):
    assert expected in triples(parse, text)


def test_an_adversary_of_another_gender_stays_unattached(parse):
    text = "Anna Berg met Lukas Brandt, his rival in the primary."
    assert not any(kind == "opposes" for _, kind, _ in triples(parse, text))


@pytest.mark.parametrize(
    ("text", "says_criticism"),
    [
        ("Lena Holm alleged that Marco Testa lied to the court.", True),
        ("Lena Holm did not allege that Marco Testa lied to the court.", False),
        ("Lena Holm never said that Marco Testa lied to the court.", False),
    ],
)
def test_a_negated_speech_verb_states_no_criticism(parse, text, says_criticism):
    found = ("lena-holm", "criticizes", "marco-testa") in triples(parse, text)
    assert found == says_criticism
