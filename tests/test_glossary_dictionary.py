"""Dictionary definitions: the WordNet reader, the choice of sense, and what reaches readers.

The reader and the sense choice are tested on a small database written here in WordNet's own
format (so they do not depend on the machine); the end-to-end cases use the real WordNet 3.0 of
Debian's `wordnet-base` (`make wordnet-deps` installs it). Every sentence is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Span

from generator.commands.check import check_site
from generator.errors import ContentError
from generator.extract.actors import extract_actors
from generator.extract.glossary import extract_terms
from generator.extract.glossary.candidates import find_glossary_terms
from generator.extract.glossary.definitions import apposition_after
from generator.extract.glossary.lexical import eligible
from generator.extract.glossary.senses import choose_sense, definition_text, text_stems
from generator.extract.glossary.site_senses import choose_entries
from generator.extract.lexicon.wordnet import WordNet, load_wordnet, strip_examples
from generator.render.tooltips import TermFinder, abbreviations_for, glossary_terms, story_terms
from generator.story.content import load_glossary, save_story
from generator.story.model import GlossaryEntry, Story, Term
from generator.story.site import Site

# offset-free synsets: (key, lexfile, lemmas, pointers [(symbol, key)], gloss); offsets are computed
SYNSETS = [
    ("chemistry", 9, ["chemistry"], [], "the science of atoms, molecules and their reactions"),
    ("criminal_law", 9, ["criminal law"], [], "the law of crimes, courts, trials and prisoners"),
    ("bond_chem", 27, ["chemical bond", "bond"], [(";c", "chemistry")], "an electrical force linking atoms"),
    (
        "bond_bail",
        21,
        ["bail", "bond"],
        [(";c", "criminal_law")],
        'money forfeited if an accused person fails to appear in court; "the judge set bail"',
    ),
    ("bond_tie", 24, ["alliance", "bond"], [], "a connection based on kinship or friendship"),
    ("index", 10, ["index"], [], "an alphabetical listing of names and topics in a book"),
    (
        "plea_bargain",
        10,
        ["plea bargain"],
        [],
        "a deal in which the defendant pleads guilty to a lesser charge",
    ),
]


def write_wordnet(folder: Path) -> WordNet:
    """A WordNet database of SYNSETS in `folder`, laid out as `wndb(5)` describes."""
    header = "  1 This software and database is being provided to you, the LICENSEE\n"
    offsets = {key: 0 for key, *_ in SYNSETS}
    lines: list[str] = []
    for _ in range(2):  # offsets change the line lengths: settle them in a second pass
        position, lines = len(header.encode()), []
        for key, lexfile, lemmas, pointers, gloss in SYNSETS:
            offsets[key] = position
            words = " ".join(f"{w.replace(' ', '_')} 0" for w in lemmas)
            links = " ".join(f"{symbol} {offsets[target]:08d} n 0000" for symbol, target in pointers)
            head = f"{position:08d} {lexfile:02d} n {len(lemmas):02x} {words}"
            line = f"{head} {len(pointers):03d} {links} | {gloss}  \n"
            lines.append(line)
            position += len(line.encode())
    (folder / "data.noun").write_text(header + "".join(lines), encoding="utf-8")
    index: dict[str, list[str]] = {}
    for key, _, lemmas, _, _ in SYNSETS:
        for lemma in lemmas:
            index.setdefault(lemma.lower().replace(" ", "_"), []).append(f"{offsets[key]:08d}")
    rows = [f"{lemma} n {len(o)} 0 {len(o)} 0 {' '.join(o)}  \n" for lemma, o in sorted(index.items())]
    (folder / "index.noun").write_text(header + "".join(rows), encoding="utf-8")
    (folder / "noun.exc").write_text("indices index\n", encoding="utf-8")
    return WordNet(folder)


@pytest.fixture
def small_wordnet(tmp_path: Path) -> WordNet:
    return write_wordnet(tmp_path)


def test_the_reader_finds_lemmas_inflected_and_in_any_case(small_wordnet: WordNet) -> None:
    assert small_wordnet.lemma("bonds") == "bond"
    assert small_wordnet.lemma("Plea Bargains") == "plea_bargain"
    assert small_wordnet.lemma("indices") == "index"  # an irregular plural, from noun.exc
    assert small_wordnet.lemma("bondage") is None


def test_the_reader_returns_every_sense_with_its_links(small_wordnet: WordNet) -> None:
    senses = small_wordnet.synsets("bond")
    assert [s.lemmas[0] for s in senses] == ["chemical bond", "bail", "alliance"]
    bail = senses[1]
    assert bail.gloss == "money forfeited if an accused person fails to appear in court"
    assert bail.lexfile == 21
    assert [small_wordnet.synset("n", o).lemmas for o in bail.domains] == [("criminal law",)]


def test_examples_are_cut_from_glosses() -> None:
    assert strip_examples('a unit of speed; "the ship made 20 knots"') == "a unit of speed"
    assert strip_examples("a unit (of speed); nautical") == "a unit (of speed); nautical"


@pytest.mark.parametrize(
    ("story", "expected", "confident"),
    [
        (
            "The judge set the bond at $1 million for the accused in the criminal case.",
            "bail",
            True,
        ),
        ("Chemists measured how the bond between two atoms breaks in the molecules.", "chemical bond", True),
        ("The bond was there for everyone to see.", None, False),
    ],
)
def test_the_sense_that_fits_the_story_is_chosen(
    small_wordnet: WordNet, story: str, expected: str | None, confident: bool
) -> None:
    context = text_stems(story)
    senses = small_wordnet.synsets("bond")
    choice = choose_sense(small_wordnet, senses, context, {"bond"}, {21: 3, 27: 3}, near=context)
    assert choice is not None
    assert choice.confident is confident
    if expected:
        assert choice.synset.lemmas[0] == expected


def test_a_sense_the_term_s_own_sentences_do_not_use_stays_doubtful(small_wordnet: WordNet) -> None:
    story = text_stems("The judge set bail for the accused in the criminal case at the court.")
    near = text_stems("Everyone saw the bond between them.")
    senses = small_wordnet.synsets("bond")
    choice = choose_sense(small_wordnet, senses, story, {"bond"}, {21: 3, 27: 3}, near=near)
    assert choice is not None and not choice.confident
    with_near = choose_sense(small_wordnet, senses, story, {"bond"}, {21: 3, 27: 3}, near=story)
    assert with_near is not None and with_near.confident


def test_the_one_sense_of_a_word_needs_evidence_near_it_or_clear_in_the_story(small_wordnet: WordNet) -> None:
    index = small_wordnet.synsets("index")
    weak = text_stems("The names of the topics were argued over for a week.")
    choice = choose_sense(small_wordnet, index, weak, {"index"}, {}, near=text_stems("The index fell."))
    assert choice is not None and not choice.confident
    choice = choose_sense(small_wordnet, index, weak, {"index"}, {}, near=weak)
    assert choice is not None and choice.confident


def test_a_sense_outside_the_story_s_fields_stays_doubtful(small_wordnet: WordNet) -> None:
    context = text_stems("The judge set the bond at $1 million for the accused in the criminal case.")
    choice = choose_sense(small_wordnet, small_wordnet.synsets("bond"), context, {"bond"}, {}, near=context)
    assert choice is not None
    assert choice.synset.lemmas[0] == "bail" and choice.confident  # its domain, criminal law, is in the story
    tie = [s for s in small_wordnet.synsets("bond") if not s.domains]
    no_field = choose_sense(
        small_wordnet, tie + tie, text_stems("a friendship and kinship bond"), {"bond"}, {}
    )
    assert no_field is not None and not no_field.confident


def test_definitions_read_as_sentences(small_wordnet: WordNet) -> None:
    synset = small_wordnet.synsets("plea bargain")[0]
    assert definition_text(synset) == "A deal in which the defendant pleads guilty to a lesser charge."
    tech = synset.__class__(1, "n", ("technical foul",), "(basketball) a foul for bad conduct", 4, (), ())
    assert definition_text(tech) == "In basketball, a foul for bad conduct."


# -- without WordNet ------------------------------------------------------------------------


def test_without_wordnet_terms_stay_wanted_and_one_line_says_why(
    parse, monkeypatch, capsys, tmp_path
) -> None:
    monkeypatch.setenv("EXPLAINER_WORDNET", str(tmp_path / "absent"))
    load_wordnet.cache_clear()
    try:
        parsed = parse(
            "The Federal Maritime Agency said the port would reopen after the extradition hearing."
        )
        terms = extract_terms(parsed, extract_actors(parsed), [], [])
    finally:
        load_wordnet.cache_clear()
    assert [(t.term, t.source) for t in terms] == [("Federal Maritime Agency", "wanted")]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) <= 1 and all("WordNet not found" in line for line in err)


# -- with Debian's WordNet ------------------------------------------------------------------


@pytest.fixture
def wordnet_terms(parse):
    if load_wordnet() is None:
        pytest.fail("WordNet is not installed: run `make wordnet-deps` (Debian's wordnet-base)")

    def _terms(text: str | list[str], glossary: list[GlossaryEntry] | None = None) -> dict[str, Term]:
        parsed = parse(text)
        return {t.term: t for t in extract_terms(parsed, extract_actors(parsed), [], glossary or [])}

    return _terms


def test_rare_and_compound_terms_get_a_dictionary_definition(wordnet_terms) -> None:
    terms = wordnet_terms(
        "Prosecutors charged the banker with money laundering. His lawyers said they would fight "
        "his extradition to the United States."
    )
    assert terms["money laundering"].source == "wordnet"
    assert "money" in (terms["money laundering"].definition or "")
    assert not terms["money laundering"].doubtful
    assert "surrender" in (terms["extradition"].definition or "")


def test_a_common_word_in_a_specialised_sense_gets_that_sense(wordnet_terms) -> None:
    terms = wordnet_terms(
        [
            "The magistrate set bond at $250,000 for the accused, who faces criminal charges.",
            "Prosecutors said the defendant could flee before the trial; the judge disagreed.",
        ]
    )
    bond = terms["bond"]
    assert bond.source == "wordnet" and not bond.doubtful
    assert "criminal law" in (bond.definition or "").lower()


def test_everyday_words_get_no_dictionary_entry(wordnet_terms) -> None:
    terms = wordnet_terms("The mayor opened a new school near the river on Monday with her family.")
    assert not [t for t in terms.values() if t.source == "wordnet"]


def test_a_capitalised_compound_inside_a_longer_name_is_not_a_term(wordnet_terms) -> None:
    terms = wordnet_terms("The president flew home on Air Force One after the summit in Lisbon.")
    assert "Air Force" not in terms
    terms = wordnet_terms("An economist at First National Bank of Toledo said rates would rise.")
    assert not [t for t in terms if "National Bank" in t]
    terms = wordnet_terms("Rates will rise, said an economist at Security Pacific National Bank.")
    assert not [t for t in terms if "National Bank" in t]


def test_an_office_before_a_name_is_a_term(wordnet_terms) -> None:
    terms = wordnet_terms("On Friday British Home Secretary Amber Rudd said the law would change.")
    assert terms["Home Secretary"].source == "wordnet"


@pytest.mark.parametrize(
    "text",
    [
        "The Assassination of Gianni Versace won the award for a limited series.",
        "Nominees for best score: Ludwig Goransson, Black Panther; Marco Beltrami, A Quiet Place.",
    ],
)
def test_a_person_or_work_wordnet_lists_by_name_gets_no_definition(wordnet_terms, text: str) -> None:
    terms = wordnet_terms(text)
    assert not [t for t in terms.values() if t.source == "wordnet" and not t.doubtful and t.term[0].isupper()]


def test_an_office_after_the_article_is_a_term(wordnet_terms) -> None:
    terms = wordnet_terms("Critics of the Home Secretary said the new law would fail.")
    assert terms["Home Secretary"].source == "wordnet"


def test_a_job_starting_a_sentence_is_still_a_term(wordnet_terms) -> None:
    terms = wordnet_terms("Defense attorneys said the defendant, a lawyer himself, would plead not guilty.")
    assert terms["Defense attorneys"].source == "wordnet"  # not taken for a name


def test_a_verb_is_not_given_the_sense_of_a_noun_it_shares_a_spelling_with(wordnet_terms) -> None:
    terms = wordnet_terms("Late payments on mortgages have started to soar, the lender said.")
    assert "soar" not in terms


def test_a_named_group_is_a_term_only_when_the_article_explains_it(wordnet_terms) -> None:
    explained = wordnet_terms("Harbour Watch Alliance, a small group of fishing families, protested.")
    assert explained["Harbour Watch Alliance"].source == "article"
    unexplained = wordnet_terms("Harbour Watch Alliance protested outside the port on Monday.")
    assert "Harbour Watch Alliance" not in unexplained


def test_a_name_the_parser_misses_is_a_term_when_an_apposition_describes_it(wordnet_terms) -> None:
    terms = wordnet_terms("Britain Forward, a little-known party on the fringe of politics, cheered.")
    assert terms["Britain Forward"].source == "article"
    assert terms["Britain Forward"].definition == "A little-known party on the fringe of politics."


# -- site glossary: a term of several senses ------------------------------------------------

CONGRESSES = [
    GlossaryEntry("Congress", "The US parliament.", (), ("United States", "Washington", "Republicans")),
    GlossaryEntry("Congress", "Peru's parliament.", (), ("Peru", "Lima")),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Republicans in Congress blocked the bill in Washington.", "The US parliament."),
        ("Congress voted to remove the president, a lawmaker said in Lima, Peru.", "Peru's parliament."),
        ("Congress met on Monday.", None),  # no entry fits and none is the default: not defined wrongly
    ],
)
def test_each_story_gets_the_sense_of_the_site_glossary_that_fits(
    parse, text: str, expected: str | None
) -> None:
    chosen = [e.definition for e in choose_entries(parse(text), CONGRESSES) if e.term == "Congress"]
    assert chosen == ([expected] if expected else [])


def test_an_entry_without_context_is_the_default_sense(parse) -> None:
    entries = [*CONGRESSES, GlossaryEntry("Congress", "A national parliament.")]
    chosen = [e.definition for e in choose_entries(parse("Congress met on Monday."), entries)]
    assert chosen == ["A national parliament."]


def test_a_glossary_name_inside_a_longer_name_is_not_matched(wordnet_terms) -> None:
    glossary = [GlossaryEntry("Security Council", "The UN body for peace and security.")]
    inside = wordnet_terms("Peru's National Security Council met in Lima.", glossary)
    assert "Security Council" not in inside
    alone = wordnet_terms("The UN Security Council met in New York.", glossary)
    assert alone["Security Council"].source == "glossary"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The Russian Foreign Ministry said on Monday that talks would resume.", "Foreign Ministry"),
        ("A Labour MP said the vote was lost.", "MP"),
    ],
)
def test_a_nationality_or_a_party_before_a_glossary_name_keeps_it(
    wordnet_terms, text: str, term: str
) -> None:
    glossary = [
        GlossaryEntry("Foreign Ministry", "The diplomats' ministry."),
        GlossaryEntry("MP", "A member."),
    ]
    assert wordnet_terms(text, glossary)[term].source == "glossary"


# -- what readers see -----------------------------------------------------------------------


def test_readers_see_only_settled_definitions() -> None:
    glossary = [
        Term("bond", "Bail money.", "wordnet"),
        Term("knot", "A unit of length.", "wordnet", doubtful=True),
        Term("homestand", None, "wanted"),
        Term("plea deal", "An agreement to plead guilty.", "manual"),
    ]
    story = Story(title="A story", paragraphs=["Text."], glossary=glossary)
    assert story_terms(story) == [("bond", "Bail money."), ("plea deal", "An agreement to plead guilty.")]


def test_a_story_s_own_definitions_drive_the_tooltips_of_its_pages() -> None:
    peru = Story(
        title="Peru votes",
        paragraphs=["Congress voted."],
        glossary=[Term("Congress", "Peru's parliament.", "manual")],
    )
    site = [
        GlossaryEntry("Congress", "The US parliament."),
        GlossaryEntry("Congress", "Peru's unicameral parliament.", context=("Peru",)),
    ]
    assert "*[Congress]: Peru's parliament." in abbreviations_for(
        "Congress voted.", TermFinder(story_terms(peru)), TermFinder(glossary_terms(site))
    )
    assert (
        abbreviations_for("Congress voted.", TermFinder(glossary_terms(site)))
        == "*[Congress]: The US parliament."
    )


# -- the starter glossary of `explainer new` ------------------------------------------------

STARTER = Path(__file__).resolve().parent.parent / "generator" / "scaffold" / "content" / "glossary.yaml"


def test_the_starter_glossary_loads_and_gives_a_term_two_senses_by_context() -> None:
    entries = load_glossary(STARTER)
    assert len(entries) >= 100
    congresses = [e for e in entries if e.term == "Congress"]
    assert len(congresses) == 2 and sum(bool(e.context) for e in congresses) == 1


def test_a_repeated_term_without_a_different_context_is_a_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yaml"
    path.write_text(
        "- {term: Congress, definition: A parliament.}\n- {term: Congress, definition: Another.}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"glossary.yaml:2: \[Congress\].term: duplicate of entry #1"):
        load_glossary(path)
    path.write_text(
        "- {term: Congress, definition: A parliament.}\n"
        "- {term: Congress, definition: Peru's., context: [Peru]}\n",
        encoding="utf-8",
    )
    assert [e.context for e in load_glossary(path)] == [(), ("Peru",)]


def test_check_lists_wanted_and_doubtful_terms_with_file_and_line(tmp_path: Path) -> None:
    site = Site(tmp_path)
    site.content.mkdir()
    (site.content / "glossary.yaml").write_text("[]\n", encoding="utf-8")
    glossary = [
        Term("bond", "Bail money.", "wordnet", 1, [1]),
        Term("knot", "A unit of length.", "wordnet", 1, [1], doubtful=True),
        Term("homestand", None, "wanted", 1, [1]),
    ]
    story = Story(title="A story", paragraphs=["The bond, the knot and the homestand."], glossary=glossary)
    save_story(site.story_dir("a-story"), story)
    warnings = check_site(site)
    story_file = site.story_dir("a-story") / "story.yaml"
    lines = story_file.read_text(encoding="utf-8").splitlines()
    assert len(warnings) == 2
    for warning, term in zip(warnings, ["knot", "homestand"], strict=True):
        path, line, message = warning.split(":", 2)
        assert path == str(story_file) and term in message
        assert "definition" in lines[int(line) - 1]
    assert "doubtful" in warnings[0] and "wanted" in warnings[1]


def test_a_sense_whose_gloss_names_a_field_is_that_field_s_sense(wordnet_terms) -> None:
    # WordNet links no domain to the basketball "rebound"; its gloss names basketball
    terms = wordnet_terms(
        "The centre grabbed 14 rebounds as the home side won the basketball game by six points."
    )
    assert "basketball" in (terms["rebounds"].definition or "")
    assert not terms["rebounds"].doubtful
    prices = wordnet_terms("Share prices made a strong rebound on Tuesday after last week's losses.")
    assert "rebound" not in prices


def test_a_word_counted_with_a_number_means_its_unit(wordnet_terms) -> None:
    terms = wordnet_terms("The ferry was sailing at 12 knots when the storm hit the coast.")
    assert "navigation" in (terms["knots"].definition or "")
    assert not terms["knots"].doubtful
    tied = wordnet_terms("The sailor tied two knots in the rope before the storm hit the coast.")
    assert "knots" not in tied or tied["knots"].doubtful


def test_a_name_is_defined_by_a_present_tense_relative_clause_saying_what_it_does(wordnet_terms) -> None:
    terms = wordnet_terms(
        "The Harbour Safety Bureau, which inspects ferries and cargo ships, said the vessel was unsafe."
    )
    assert terms["Harbour Safety Bureau"].source == "article"
    assert terms["Harbour Safety Bureau"].definition == "Inspects ferries and cargo ships."


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Safety Bureau, which says the ferry was unsafe, will publish a report.",  # a stance
        "The Harbour Safety Bureau, which inspected the ferry last week, will publish a report.",  # an event
        "The Harbour Safety Bureau, which the minister visited, will publish a report.",  # not its action
        "The port has two offices. The Harbour Safety Bureau, which runs both, will report.",  # names nothing
    ],
)
def test_a_relative_clause_of_saying_or_of_an_event_defines_nothing(wordnet_terms, text: str) -> None:
    term = wordnet_terms(text).get("Harbour Safety Bureau")
    assert term is None or term.source != "article"


def test_an_inspector_general_is_not_shown_in_the_military_sense_in_a_justice_story(wordnet_terms) -> None:
    terms = wordnet_terms(
        "The Justice Department's Inspector General is reviewing how the jail guards falsified records."
    )
    shown = [t for t in terms.values() if t.definition and not t.doubtful]
    assert not [t for t in shown if "military" in (t.definition or "").lower()]


def test_the_starter_glossary_keeps_the_attorney_general_apart_from_a_u_s_attorney() -> None:
    entries = load_glossary(STARTER)
    text = "U.S. Attorney General William Barr spoke after the U.S. attorney in Manhattan charged them."
    found = {c.term: [text[s:e] for s, e in c.occurrences] for c in find_glossary_terms(text, entries)}
    assert found["attorney general"] == ["U.S. Attorney General"]
    assert found["U.S. attorney"] == ["U.S. attorney"]


def test_a_starter_term_of_one_field_is_not_given_to_a_story_of_another(parse) -> None:
    entries = load_glossary(STARTER)
    story = parse("The retailer's turnover rose 4% in the third quarter, and staff turnover fell.")
    assert not [e for e in choose_entries(story, entries) if e.term == "turnover"]


def test_a_glossary_word_heading_a_compound_of_another_sense_is_not_that_term(wordnet_terms) -> None:
    entries = [GlossaryEntry("inflation", "A general rise in prices over time.")]
    grades = wordnet_terms("Teachers warned that grade inflation had made the exam too easy.", entries)
    assert "inflation" not in grades
    prices = wordnet_terms("Economists said price inflation had slowed to 2% in March.", entries)
    assert prices["inflation"].source == "glossary"


def test_a_verb_in_the_sense_of_a_field_the_story_names_is_a_term(wordnet_terms) -> None:
    terms = wordnet_terms(
        "Investigators said the aircraft climbed too steeply and stalled before it crashed. "
        "Air safety experts said it lost speed in flight and the pilot had little time."
    )
    assert "stall in flight" in (terms["stalled"].definition or "")
    assert not terms["stalled"].doubtful


@pytest.mark.parametrize(
    "text",
    [
        "Talks on the budget stalled in parliament on Tuesday, and ministers blamed each other.",
        "The prison chief testified before a Senate committee about the law on jail staffing.",
    ],
)
def test_a_verb_outside_a_field_of_activity_is_no_term(wordnet_terms, text: str) -> None:
    terms = wordnet_terms(text)
    assert not [t for t in terms if t in ("stalled", "testified")]


def test_the_title_of_a_work_is_no_dictionary_term(parse) -> None:
    doc = parse("She sang a song from Black Panther at the ceremony.").doc
    title = next(t.i for t in doc if t.text == "Black")
    doc.ents = [Span(doc, title, title + 2, label="WORK_OF_ART")]
    assert not eligible(doc[title]) and not eligible(doc[title + 1])
    assert eligible(next(t for t in doc if t.text == "ceremony"))


def test_a_phrase_not_headed_by_a_noun_is_no_apposition(parse) -> None:
    doc = parse(
        "The laptops use new microprocessors, the same as in older desktop machines, at a lower price."
    ).doc
    term = next(t for t in doc if t.text == "microprocessors")
    assert apposition_after(doc, term.idx, term.idx + len(term.text)) is None
    doc = parse("The Federal Reserve, the U.S. central bank, raised rates.").doc
    assert apposition_after(doc, 0, len("The Federal Reserve")) == "the U.S. central bank"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The Dow fell 2.6% at 16:08 UTC, a slight increase from earlier today.", "UTC"),
        ("Alabama Governor Bob Riley welcomed the GB contract on Friday.", "GB"),
        ("Shares tracked the Harbour Conditions Index (inverted) all year.", "Harbour Conditions Index"),
    ],
)
def test_no_definition_from_a_phrase_about_something_else(wordnet_terms, text: str, term: str) -> None:
    found = wordnet_terms(text).get(term)
    assert found is None or found.source != "article"
