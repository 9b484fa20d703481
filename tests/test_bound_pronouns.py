"""A subject "he"/"she" bound to the subject of the clause above, in the relation rules."""

from __future__ import annotations

import pytest

from generator.extract.actors import extract_actors
from generator.extract.relations import extract_relations


def triples(parse, text: str) -> set[tuple[str, str, str]]:
    parsed = parse(text)
    index = extract_actors(parsed)
    return {(r.source, r.kind, r.target) for r in extract_relations(parsed, index, [])}


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
