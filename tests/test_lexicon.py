"""The lexicon layer: every word list is a data file, read and looked up through one key."""

from __future__ import annotations

import ast
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY
from spacy.lang.en.stop_words import STOP_WORDS

from generator import extract
from generator.extract.actors import extract_actors, normalise_name
from generator.extract.actors.data import CAPITALS, COUNTRY_NAMES, GOVERNMENT_SEATS
from generator.extract.lexicon import FOLDER, countries, key, numbers, table, words
from generator.extract.lexicon import entries as rows_of
from generator.extract.timeline.rules import Context, normalise_timex


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


# --- every list is data, and every data file is sound ----------------------------------------------

EXTRACT = Path(extract.__file__).parent
LEXICON_FILES = sorted(p.name for p in FOLDER.iterdir() if p.suffix in (".txt", ".tsv"))
# More content words than this in one literal is a word list: it belongs in a lexicon file.
MAX_LITERAL_WORDS = 8
CONTENT_WORD = re.compile(r"[a-z][a-z' .-]*")


def literal_words(node: ast.AST) -> list[str]:
    """The content words of a collection literal (or of "a b c".split()): no function words
    (spaCy's stop words), no spaCy labels (dependency, tag and entity names)."""
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        items: list[ast.expr | None] = list(node.elts)
    elif isinstance(node, ast.Dict):
        items = list(node.keys)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        items = [ast.Constant(word) for word in node.func.value.value.split()]
    else:
        return []
    strings = [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]
    return [s for s in strings if CONTENT_WORD.fullmatch(s) and s not in GLOSSARY and s not in STOP_WORDS]


def word_list_literals(source: str) -> list[tuple[int, list[str]]]:
    """(line, words) of every literal in `source` holding more content words than allowed."""
    found = [(node, literal_words(node)) for node in ast.walk(ast.parse(source))]
    return [(getattr(node, "lineno", 0), found) for node, found in found if len(found) > MAX_LITERAL_WORDS]


def test_the_literal_check_tells_a_word_list_from_grammar():
    words_in_code = (
        "NOUNS = {'mayor', 'council', 'city', 'police', 'airport', 'borough', 'coach', 'judge', 'nurse'}"
    )
    grammar = (
        "DEPS = {'nsubj', 'dobj', 'amod', 'compound', 'prep', 'pobj', 'advcl', 'relcl', 'ccomp', 'xcomp'}\n"
        "PREPS = ('on', 'in', 'at', 'since', 'by', 'until', 'before', 'after', 'during', 'from', 'to')\n"
        "SMALL = frozenset({'say', 'tell', 'add'})"
    )
    assert [line for line, _ in word_list_literals(words_in_code)] == [1]
    assert word_list_literals(
        "N = dict.fromkeys('coach judge mayor chief minister official captain player star'.split())"
    )
    assert word_list_literals(grammar) == []


@pytest.mark.parametrize("path", sorted(EXTRACT.rglob("*.py")), ids=lambda p: str(p.relative_to(EXTRACT)))
def test_no_word_list_is_written_in_code(path):
    assert word_list_literals(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_every_lexicon_file_loads_with_one_entry_per_key(name):
    rows = rows_of(name)
    assert rows
    if name == "countries.txt":
        assert all(len(row.split("|")) == 4 for row in rows)
        names, demonyms, capitals = countries()
        assert names and demonyms and capitals
        written = [key(row.split("|")[0]) for row in rows]
    elif name.endswith(".tsv"):
        assert all(len(row.split("\t")) == 2 and row.split("\t")[1].strip() for row in rows)
        assert len(table(name.removesuffix(".tsv"))) == len(rows)
        written = [key(row.split("\t")[0]) for row in rows]
    else:
        assert len(words(name.removesuffix(".txt"))) == len(rows)
        written = [key(row) for row in rows]
    assert [entry for entry, count in Counter(written).items() if count > 1] == []
    assert all(written)


def test_number_tables_hold_numbers():
    assert numbers("months")["sept"] == 9
    assert numbers("weekdays")["thurs"] == 4
    assert numbers("number_words")["a dozen"] == 12


@pytest.mark.parametrize(
    "written, other",
    [("the coming days", "coming days"), ("the past", "past"), ("new year's eve", "New Year’s Eve")],
)
def test_time_words_are_looked_up_through_the_key(written, other):
    anchor = Context(date(2023, 7, 12))
    found, again = normalise_timex(written, anchor), normalise_timex(other, anchor)
    assert found is not None and again is not None
    assert (found.value, found.type) == (again.value, again.type)


def test_relative_words_keep_their_direction():
    anchor = Context(date(2023, 7, 12))
    weeks = [normalise_timex(f"{way} week", anchor) for way in ("the previous", "this", "the coming")]
    assert [week.value if week else None for week in weeks] == ["2023-W27", "2023-W28", "2023-W29"]


def test_an_empty_phrase_has_no_wordnet_sense():
    from generator.extract.lexicon.wordnet import load_wordnet

    wordnet = load_wordnet()  # Debian's wordnet-base, as the actor and event rules need it
    assert wordnet is not None
    assert wordnet.synsets("", "n") == [] and wordnet.synsets("-", "v") == []
