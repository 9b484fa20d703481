"""Rendering: hostile text in any field stays text on every page (Hypothesis), links and anchors."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.render.escape import escape_markdown
from generator.render.pages import make_environment, render_story_pages
from generator.story.model import Actor, Dateline, Event, Quote, Relation, Story, Term
from generator.story.site import package_templates

EXTENSIONS = ["abbr", "attr_list", "md_in_html", "def_list", "tables", "admonition", "toc", "meta"]
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![x](http://evil.example/x.png)",
    "{{ config }} {% raw %}",
    "| a | b |",
    "# heading",
    "*[HTML]: Hyper",
    "{: onclick=alert(1) }",
    "<a href='javascript:alert(1)'>x</a>",
    "`code` **bold** _em_",
    "../../etc/passwd",
    "\u202eevil\u202c \u05e9\u05dc\u05d5\u05dd \U0001f600",
    "key: value\n- item\n---",
    "&amp; &lt;b&gt;",
    "<http://evil.example>",
    "https://evil.example/autolink",
]
ORIGINAL = "https://example.org/original-article"
OUR_LINK_TARGETS = (
    ORIGINAL,
    "source.md#p",
    "actors.md#",
    "index.md",
    "timeline.md",
    "quotes.md",
    "actors.md",
    "glossary.md",
    "source.md",
    "#",
    "actors.svg",
    "../sections/",  # the listing of the story's section (a slug of it: no text of the story)
)


class Inspector(HTMLParser):
    """Collects every element, attribute and link of a rendered page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs


def inspect(page: str) -> Inspector:
    html = markdown.markdown(page, extensions=EXTENSIONS)
    inspector = Inspector()
    inspector.feed(html)
    return inspector


def hostile_story(text: str) -> Story:
    actor = Actor(
        id="a-one",
        name=text or "x",
        kind="person",
        aliases=[text],
        role=text,
        affiliation=text,
        paragraphs=[1],
    )
    return Story(
        title=text or "t",
        paragraphs=[f"Start {text} end", text or "p"],
        section=text,
        published=None,
        dateline=Dateline(text, text),
        byline=text,
        url=ORIGINAL,
        subheadings={2: text or "s"},
        actors=[actor, Actor(id="b-two", name="Other", kind="group")],
        quotes=[
            Quote("q1", "a-one", text, text or "q", "direct", 1, text, text),
            Quote("q2", None, text, text or "q", "indirect", 2),
        ],
        events=[Event(None, text, text or "w", 1, ["a-one"])],
        relations=[Relation("a-one", "b-two", "criticizes", 1)],
        glossary=[Term(text or "t", text, "glossary", 1, [1, 2])],
    )


def assert_text_only(page: str) -> None:
    inspector = inspect(page)
    assert "script" not in inspector.tags
    assert "iframe" not in inspector.tags
    for name, value in inspector.attributes:
        assert not name.startswith("on"), (name, value)
        if name in ("href", "src"):
            assert (value or "").startswith(OUR_LINK_TARGETS), value


ENV = make_environment([package_templates()])


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_stays_text_on_every_page(text: str) -> None:
    for name, page in render_story_pages(ENV, hostile_story(text)).items():
        assert_text_only(page), name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_text_stays_text(text: str) -> None:
    for page in render_story_pages(ENV, hostile_story(text)).values():
        assert_text_only(page)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40))
def test_escaped_text_renders_back_to_itself(text: str) -> None:
    html = markdown.markdown(escape_markdown(text), extensions=EXTENSIONS)
    inspector = Inspector()
    inspector.feed(html)
    assert set(inspector.tags) <= {"p"}


@pytest.mark.parametrize("text", ["- ", " - item", "---", "1. item", "12. "])
def test_a_value_that_looks_like_a_list_or_rule_stays_a_paragraph(text: str) -> None:
    inspector = Inspector()
    inspector.feed(markdown.markdown(escape_markdown(text), extensions=EXTENSIONS))
    assert set(inspector.tags) <= {"p"}


def test_every_paragraph_link_has_an_anchor_on_the_source_page() -> None:
    story = hostile_story("plain")
    pages = render_story_pages(ENV, story)
    source = pages["source"]
    for number in range(1, len(story.paragraphs) + 1):
        assert f"{{: #p{number} .source-paragraph }}" in source
    assert "[¶1](source.md#p1)" in pages["quotes"]
    assert "[¶2](source.md#p2)" in pages["quotes"]


def test_quotes_are_highlighted_on_the_source_page() -> None:
    story = hostile_story("plain")
    story.paragraphs[0] = 'He said "we will go" today.'
    story.quotes[0].text = "we will go"
    assert "<mark>we will go</mark>" in render_story_pages(ENV, story)["source"]


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,x", "//evil.example", "file:///etc/passwd"]
)
def test_only_web_addresses_become_the_original_link(url: str) -> None:
    story = hostile_story("plain")
    story.url = url
    assert_text_only(render_story_pages(ENV, story)["index"])


def test_templates_folder_is_the_top_level_one() -> None:
    assert (package_templates() / "overview.md.j2").is_file()
    assert package_templates().name == "site_templates" or Path(package_templates()).is_dir()


@pytest.mark.parametrize(
    ("date", "label"),
    [
        ("2023-07-11", "Tuesday 11 July 2023"),
        ("2023-07", "July 2023"),
        ("2022", "2022"),
        ("2023-W28", "2023-W28"),
        ("2023-02-30", "2023-02-30"),
    ],
)
def test_timeline_headings_read_as_dates(date: str, label: str) -> None:
    from generator.render.pages import date_label

    assert date_label(date) == label
