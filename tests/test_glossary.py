"""Glossary extraction: sentence → expected terms and where their definitions come from.

Every sentence here is written for these tests; none comes from a real article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.actors import extract_actors
from generator.extract.glossary import extract_terms
from generator.extract.glossary.candidates import is_acronym, name_pattern
from generator.story.content import load_glossary
from generator.story.model import GlossaryEntry, Quote, Term

SITE_GLOSSARY = Path(__file__).resolve().parent.parent / "content" / "glossary.yaml"

# A small glossary of our own, so these cases do not move when content/glossary.yaml is edited.
GLOSSARY = [
    GlossaryEntry("indivisibility of security", "No state's safety at another's expense."),
    GlossaryEntry("security assurances", "Promises of protection.", ("security guarantees",)),
    GlossaryEntry("inflation", "Rising prices."),
    GlossaryEntry("Labour", "A British party."),
    GlossaryEntry("WHO", "The UN health agency.", ("World Health Organization",)),
    GlossaryEntry("Kremlin", "The Russian presidency."),
    GlossaryEntry("tariff", "A tax on imports."),
    GlossaryEntry("rules-based order", "A Western phrase for international rules."),
    GlossaryEntry("upper house", "The second chamber."),
    GlossaryEntry("upper house of parliament", "The second chamber of a parliament."),
]


@pytest.fixture(autouse=True)
def without_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    """These cases test the finders of the article's own words and the site glossary; the
    dictionary (WordNet) terms that would join them are tested in test_glossary_dictionary.py."""
    monkeypatch.setattr("generator.extract.glossary.load_wordnet", lambda: None)


def terms_of(parse, paragraphs: str | list[str], quotes: list[Quote] | None = None) -> list[Term]:
    parsed = parse(paragraphs)
    return extract_terms(parsed, extract_actors(parsed), quotes or [], GLOSSARY)


def found(terms: list[Term]) -> list[tuple[str, str]]:
    return [(t.term, t.source) for t in terms]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # site-glossary terms and aliases, case-insensitive on word boundaries
        (
            "Officials said the plan ignored the indivisibility of security in Europe.",
            [("indivisibility of security", "glossary")],
        ),
        (
            "Both governments offered Kyiv security guarantees on Tuesday.",
            [("security assurances", "glossary")],
        ),
        ("Inflation rose again, the statistics office said.", [("inflation", "glossary")]),
        ("The pro-Kremlin press cheered the decision.", [("Kremlin", "glossary")]),
        ("New tariffs hit exports of steel.", [("tariff", "glossary")]),
        ("Critics say the rules based order is fraying.", [("rules-based order", "glossary")]),
        ("A senator of the upper house of parliament objected.", [("upper house of parliament", "glossary")]),
        # a one-word capitalised term keeps its case; a word in capitals too
        ("The labour market tightened as wages rose.", []),
        ("Nobody knew who had left the building first.", []),
        # labels in quotation marks that are nobody's words
        (
            'The ministry launched what it calls a "counter-terrorism operation" in the mountains.',
            [("counter-terrorism operation", "wanted")],
        ),
        ("The so-called 'green corridor' opened on Monday.", [("green corridor", "wanted")]),
        (
            "Protesters outside the factory carried banners demanding \u201cfair pay\u201d for nurses.",
            [("fair pay", "wanted")],
        ),
        (
            "\"This is the 'managed democracy' they invented,\" the senator wrote.",
            [("managed democracy", "wanted")],
        ),
        # ... but not partial quotations, verbs, adjectives or names
        ('The minister praised the "most productive talks" in years, he told reporters.', []),
        ("\"The country 'smells' of defeat,\" she said.", []),
        ('Observers called the verdict "absurd" and "cruel".', []),
        ('Joaquin "El Chapo" Guzman was extradited in 2017.', []),
        # acronyms and initialisms, from their shape
        ("Finance ministers from the G20 met in Rio de Janeiro.", [("G20", "wanted")]),
        ("The ruling came from the CJEU on Thursday.", [("CJEU", "wanted")]),
        ("Two MPs from the ruling party abstained.", [("MP", "wanted")]),
        # ... but not datelines, countries, headlines or everyday ones
        ("OTTAWA (AP) - Ministers met on Friday to discuss the budget.", []),
        ("The US and the UK agreed to talk again.", []),
        ("MARKETS FALL AS OIL PRICES SLIDE", []),
        ("The TV debate was OK, viewers said.", []),
        # institutions
        ("The Federal Maritime Agency said the port would reopen.", [("Federal Maritime Agency", "wanted")]),
    ],
)
def test_terms_found(parse, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(terms_of(parse, text)) == expected


@pytest.mark.parametrize(
    ("text", "term", "definition"),
    [
        (
            "The Organisation of Arctic Fishing Nations (OAFN) meets each spring in Tromso.",
            "OAFN",
            "Short for Organisation of Arctic Fishing Nations.",
        ),
        (
            "The ASBR (Agency for Safe Bridges and Roads) said repairs would start in May.",
            "ASBR",
            "Short for Agency for Safe Bridges and Roads.",
        ),
        (
            ["The Southern Grid Operators Union warned of cuts.", "The SGOU said supplies were tight."],
            "SGOU",
            "Short for Southern Grid Operators Union.",
        ),
        (
            "The Reserve Bank of Fiji, the country's central bank, raised its main rate.",
            "Reserve Bank of Fiji",
            "The country's central bank.",
        ),
        (
            "Kenya's upper chamber, the National Review Council, voted on Tuesday.",
            "National Review Council",
            "Kenya's upper chamber.",
        ),
        (
            "The Crown Prosecution Service (the public prosecutor) dropped the case.",
            "Crown Prosecution Service",
            "The public prosecutor.",
        ),
        (
            "The ESRB is a body that monitors risks to the financial system of the union.",
            "ESRB",
            "A body that monitors risks to the financial system of the union.",
        ),
        (
            'Lenders use a pricing scheme known as "risk tiering" for small firms.',
            "risk tiering",
            "A pricing scheme.",
        ),
        (
            'Troops entered the border district, which the government calls a "security zone".',
            "security zone",
            "The name the government uses for the border district.",
        ),
    ],
)
def test_definitions_from_the_article(parse, text: str | list[str], term: str, definition: str) -> None:
    terms = {t.term: t for t in terms_of(parse, text)}
    assert terms[term].source == "article"
    assert terms[term].definition == definition


def test_glossary_definition_wins_over_the_article(parse) -> None:
    terms = terms_of(parse, "The WHO, a body of the United Nations, met on Monday.")
    assert [(t.term, t.source, t.definition) for t in terms] == [("WHO", "glossary", "The UN health agency.")]


def test_a_quote_the_quotes_module_attributes_is_no_term(parse) -> None:
    text = 'A "historic breakthrough" was reached at the summit in Oslo.'
    assert found(terms_of(parse, text)) == [("historic breakthrough", "wanted")]
    quote = Quote("q1", None, "officials", "historic breakthrough", "partial", 1)
    assert terms_of(parse, text, [quote]) == []


def test_a_label_nested_in_an_attributed_quote_is_still_a_term(parse) -> None:
    text = "\"They call it 'shuttle diplomacy' but nothing moves,\" the envoy said."
    quote = Quote("q1", None, "the envoy", "They call it 'shuttle diplomacy' but nothing moves", "direct", 1)
    assert found(terms_of(parse, text, [quote])) == [("shuttle diplomacy", "wanted")]


def test_paragraphs_list_every_appearance(parse) -> None:
    terms = terms_of(
        parse,
        [
            "The Kremlin rejected the offer.",
            "Talks resumed in the afternoon.",
            "Later, a Kremlin aide said the talks would go on.",
        ],
    )
    assert [(t.term, t.paragraph, t.paragraphs) for t in terms] == [("Kremlin", 1, [1, 3])]


def test_rank_known_and_quoted_then_explained_then_wanted(parse) -> None:
    terms = terms_of(
        parse,
        [
            "The CJEU ruled on Friday.",
            "The Organisation of Arctic Fishing Nations (OAFN) objected.",
            'The Kremlin spoke of a "hybrid threat" to the region.',
        ],
    )
    assert found(terms) == [
        ("Kremlin", "glossary"),
        ("hybrid threat", "wanted"),
        ("OAFN", "article"),
        ("CJEU", "wanted"),
    ]


def test_the_longest_glossary_term_wins(parse) -> None:
    terms = terms_of(parse, "The upper house of parliament and the upper house of the synod met.")
    assert found(terms) == [("upper house of parliament", "glossary"), ("upper house", "glossary")]
    assert [t.paragraphs for t in terms] == [[1], [1]]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("NATO", True),
        ("G7", True),
        ("G-20", True),
        ("PG&E", True),
        ("U.N.", True),
        ("M-1", True),
        ("F-16", True),
        ("MH370", False),
        ("A", False),
        ("Nato", False),
        ("1990", False),
        ("ABCDEFG", False),
    ],
)
def test_is_acronym(word: str, expected: bool) -> None:
    assert is_acronym(word) is expected


@pytest.mark.parametrize(
    ("name", "text", "matches"),
    [
        ("security assurances", "Security Assurances for Kyiv", ["Security Assurances"]),
        ("rules-based order", "the rules based order", ["rules based order"]),
        ("Kremlin", "the kremlin wall, the Kremlin", ["Kremlin"]),
        ("WHO", "who said the WHO", ["WHO"]),
        ("MP", "two MPs and an MP", ["MPs", "MP"]),
        ("embargo", "oil embargoes", ["embargoes"]),
        ("Russia's upper house", "Russia\u2019s upper house", ["Russia\u2019s upper house"]),
        ("EU", "EUR and EU-wide", ["EU"]),
    ],
)
def test_name_pattern(name: str, text: str, matches: list[str]) -> None:
    assert [m.group() for m in name_pattern(name).finditer(text)] == matches


def test_hostile_text_does_not_break_extraction(parse) -> None:
    text = '"\'\u201c\u2018 <script>{{ x }}</script> ((( OAFN ) \u2019\u201d" \'\' "" \' " so-called "'
    terms = terms_of(parse, [text, "", "  "])
    assert all(t.paragraph in (1, 2, 3) for t in terms)


# -- the site glossary ---------------------------------------------------------------------------


def test_site_glossary_loads_with_enough_entries() -> None:
    entries = load_glossary(SITE_GLOSSARY)
    assert len(entries) >= 60


def test_site_glossary_has_the_terms_of_international_news() -> None:
    names = {n.lower() for e in load_glossary(SITE_GLOSSARY) for n in (e.term, *e.aliases)}
    wanted = [
        "indivisibility of security",
        "security assurances",
        "security guarantees",
        "special military operation",
        "rules-based order",
        "g7",
        "group of seven",
        "nato",
        "north atlantic treaty organization",
        "kremlin",
        "upper house of parliament",
        "foreign ministry",
        "telegram",
        "eu",
        "un",
        "security council",
        "sanctions",
        "federal reserve",
        "interest rate",
        "inflation",
        "gdp",
        "recession",
        "referendum",
        "coalition",
        "parliament",
        "congress",
        "senate",
        "impeachment",
        "ceasefire",
        "annexation",
        "embargo",
        "tariff",
        "imf",
        "world bank",
        "opec",
        "who",
        "monetary policy",
        "money supply",
        "bond yield",
        "central bank",
    ]
    assert [w for w in wanted if w not in names] == []


def test_site_glossary_names_are_unique_and_definitions_short() -> None:
    entries = load_glossary(SITE_GLOSSARY)
    names = [n for e in entries for n in (e.term, *e.aliases)]
    assert sorted({n for n in names if names.count(n) > 1}) == []
    # lower-case names match any case, so "Fed funds" next to "fed funds" would be a duplicate
    lower = [n.lower() for n in names]
    assert sorted({n for n in names if n.islower() and lower.count(n) > 1}) == []
    too_long = [e.term for e in entries if len(e.definition.split()) > 60]
    assert too_long == []
