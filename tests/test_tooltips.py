"""Glossary tooltips: the abbreviation block, what Python-Markdown makes of it, clean headings."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.render.clean_headings import makeExtension
from generator.render.tooltips import (
    TermFinder,
    abbreviation_lines,
    abbreviations_for,
    safe_title,
    term_variants,
)


class AbbrTitles(HTMLParser):
    """Collect (text, title) of every <abbr>, and the text of headings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.abbrs: list[tuple[str, str]] = []
        self.heading_abbrs = 0
        self._open: list[str] = []
        self._title: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open.append(tag)
        if tag == "abbr":
            self._title, self._text = dict(attrs).get("title") or "", ""
            if any(t in ("h1", "h2", "h3", "h4", "h5", "h6") for t in self._open):
                self.heading_abbrs += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "abbr" and self._title is not None:
            self.abbrs.append((self._text, self._title))
            self._title = None
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._text += data


def render(text: str, entries: list[tuple[str, str]], clean: bool = True) -> str:
    extensions: list = ["abbr", "toc"] + ([makeExtension()] if clean else [])
    return markdown.markdown(f"{text}\n\n{abbreviation_lines(entries)}\n", extensions=extensions)


def tooltips(page: str) -> AbbrTitles:
    parser = AbbrTitles()
    parser.feed(page)
    return parser


def test_lines_longest_term_first() -> None:
    block = abbreviation_lines([("NATO", "An alliance."), ("rules-based order", "A phrase.")])
    lines = block.split("\n\n")
    assert lines == [
        "*[Rules-based orders]: A phrase.",
        "*[rules-based orders]: A phrase.",
        "*[Rules-based order]: A phrase.",
        "*[rules-based order]: A phrase.",
        "*[NATO]: An alliance.",
    ]


def test_multi_word_terms_get_tooltips_at_sentence_start_and_in_the_plural() -> None:
    page = render(
        "Security assurances came first; security assurances came later. Tariffs rose.",
        [("security assurances", "Promises."), ("tariff", "A tax.")],
    )
    assert tooltips(page).abbrs == [
        ("Security assurances", "Promises."),
        ("security assurances", "Promises."),
        ("Tariffs", "A tax."),
    ]


def test_terms_match_case_sensitively() -> None:
    page = render("Ask who wrote it, not the WHO.", [("WHO", "The UN health agency.")])
    assert tooltips(page).abbrs == [("WHO", "The UN health agency.")]


@pytest.mark.parametrize(
    "definition",
    [
        'The "real" name',
        "<script>alert('x')</script>",
        "{{ config.site_name }} and {% raw %}",
        "Tom & Jerry &copy; &amp; &#169;",
        "Ends with ] and ]: inside",
        "Back\\slash and *stars* and `code`",
    ],
)
def test_definitions_stay_text(definition: str) -> None:
    page = render("NATO met.", [("NATO", definition)])
    assert tooltips(page).abbrs == [("NATO", definition)]
    assert "<script>" not in page


def test_definitions_become_one_line() -> None:
    block = abbreviation_lines([("NATO", "An alliance\nof states.\r\n\tFounded 1949.\x02")])
    assert block == "*[NATO]: An alliance of states. Founded 1949."


def test_terms_the_syntax_cannot_hold_are_left_out() -> None:
    block = abbreviation_lines([("a]b", "x"), ("back\\slash", "x"), ("", "x"), ("ok", ""), ("fine", "''")])
    assert block == ""


def test_the_first_definition_of_a_term_wins() -> None:
    block = abbreviation_lines([("NATO", "First."), ("NATO", "Second.")])
    assert block == "*[NATO]: First."


def test_term_variants() -> None:
    assert term_variants("tariff") == ["tariff", "tariffs", "Tariff", "Tariffs"]
    assert term_variants("NATO") == ["NATO"]
    assert term_variants("Foreign Ministry") == ["Foreign Ministry"]
    assert term_variants("sanctions") == ["sanctions", "Sanctions"]


def test_safe_title_escapes_html_but_not_twice() -> None:
    assert safe_title('a "b" <c> & d') == "a &quot;b&quot; &lt;c&gt; &amp; d"


# -- clean headings -------------------------------------------------------------------------------


def test_headings_have_no_tooltips() -> None:
    text = "# NATO and *NATO* summit\n\n## The [NATO](x.md) link\n\nNATO met."
    page = render(text, [("NATO", "An alliance.")])
    found = tooltips(page)
    assert found.heading_abbrs == 0
    assert found.abbrs == [("NATO", "An alliance.")]
    assert '<h1 id="nato-and-nato-summit">NATO and <em>NATO</em> summit</h1>' in page
    assert '<h2 id="the-nato-link">The <a href="x.md">NATO</a> link</h2>' in page


def test_without_the_extension_headings_do_get_tooltips() -> None:
    page = render("# NATO summit\n\nText.", [("NATO", "An alliance.")], clean=False)
    assert tooltips(page).heading_abbrs == 1


def test_the_table_of_contents_stays_clean() -> None:
    md = markdown.Markdown(extensions=["abbr", "toc", makeExtension()])
    md.convert(f"## NATO summit\n\n{abbreviation_lines([('NATO', 'An alliance.')])}\n")
    assert md.toc_tokens[0]["html"] == "NATO summit"  # type: ignore[attr-defined]


def test_the_extension_loads_by_name() -> None:
    page = markdown.markdown(
        "### Rules-based order\n\n*[Rules-based order]: A phrase.",
        extensions=["abbr", "generator.render.clean_headings"],
    )
    assert page == "<h3>Rules-based order</h3>"


# -- properties -----------------------------------------------------------------------------------

WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)


@given(definition=WORDS)
def test_any_definition_shows_exactly_as_written(definition: str) -> None:
    expected = " ".join(definition.split())
    if not expected or expected in ('""', "''"):
        assert abbreviation_lines([("NATO", definition)]) == ""
        return
    page = render("NATO met.", [("NATO", definition)])
    assert [title for _, title in tooltips(page).abbrs] == [expected]


@given(term=st.from_regex(r"[A-Za-z][A-Za-z0-9 .&'-]{0,30}[A-Za-z0-9]", fullmatch=True))
def test_any_plain_term_gets_its_tooltip(term: str) -> None:
    term = " ".join(term.split())
    page = render(f"Before {term} after.", [(term, "Defined.")])
    assert (term, "Defined.") in tooltips(page).abbrs


def test_html_unescape_round_trip() -> None:
    title = safe_title('x & <y> "z" {w} ]')
    assert html.unescape(title) == 'x & <y> "z" {w} ]'


def test_each_definition_is_its_own_block() -> None:
    # One block of n definition lines costs the abbr block processor O(n²); n blocks cost O(n).
    block = abbreviation_lines([(f"TERM{i}X", "Defined.") for i in range(50)])
    assert all(chunk.count("\n") == 0 for chunk in block.split("\n\n"))
    assert len(block.split("\n\n")) == 50


def test_abbreviations_for_a_page_keep_only_the_terms_it_uses() -> None:
    entries = [("NATO", "An alliance."), ("tariff", "A tax."), ("Kremlin", "The presidency.")]
    finder = TermFinder(entries)
    assert abbreviations_for("Tariffs and NATO.", finder) == abbreviation_lines(entries[:2])
    assert abbreviations_for("Nothing here.", finder) == ""


def test_a_term_is_found_by_its_first_word_whatever_follows() -> None:
    entries = [
        ("PG&E", "A utility."),
        ("rules-based order", "A system."),
        ("G7", "A group."),
        ("arm", "A limb."),
    ]
    finder = TermFinder(entries)
    assert abbreviations_for("PG&E and the Rules-based order of the G7.", finder) == abbreviation_lines(
        entries[:3]
    )
    assert abbreviations_for("A pharmacy and an armada.", finder) == ""  # inside words: no tooltip anyway
