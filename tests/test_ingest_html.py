"""HTML ingest: saved news pages → Article. Fixtures are hand-written pages in tests/fixtures/html/."""

from __future__ import annotations

import json
import socket
from html import escape
from pathlib import Path

import pytest
import trafilatura
from click.testing import CliRunner
from helpers import explainer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import IngestError
from generator.ingest import read_article
from generator.ingest.html import parse_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"

BODY = [
    "The regional water board said on Monday that it would replace every lead pipe in the old town "
    "within five years, after tests found high readings in three primary schools.",
    "The board's chair, Lena Whitfield, said the work would cost about 30 million euros and would be "
    "paid for from a national grant rather than from household bills.",
    "Parents who had campaigned for the replacement since last spring welcomed the decision but said "
    "they wanted the schools to be done first, before the new term starts.",
    "Engineers will begin with a survey of the streets around the market square, where the oldest "
    "pipes were laid in the nineteenth century, the board said in a statement.",
]


def page(*paragraphs: str, head: str = "<title>Water board to replace lead pipes</title>") -> str:
    """A minimal article page; paragraphs are HTML, so escape plain text first."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>\n{body}\n</article></body></html>"


def fixture(name: str) -> tuple[str, str]:
    path = FIXTURES / name
    return path.read_text(encoding="utf-8"), str(path)


@pytest.fixture(scope="module")
def article():
    return parse_html(*fixture("article.html"))


def test_metadata_comes_from_meta_tags_and_json_ld(article):
    assert article.title == "Harbour council approves tidal barrier after long debate"
    assert article.published == "2023-03-14"
    assert article.byline == "Maren Okafor"
    assert article.site_name == "The Lowtown Ledger"
    assert article.url == "https://ledger.example.org/news/2023/03/14/tidal-barrier-vote"
    assert article.section == "Local"


def test_dateline_is_split_off_the_first_paragraph(article):
    assert (article.dateline.place, article.dateline.agency) == ("LOWTOWN", "Ledger Wire")
    assert article.paragraphs[0].startswith("The harbour council voted on Tuesday")


def test_paragraphs_are_kept_one_per_entry(article):
    assert len(article.paragraphs) == 8
    assert article.paragraphs[2] == (
        '"This is the day the town decided to stop bailing water and start keeping it out," said council '
        "leader Ines Varga, who has pushed for the barrier since she was first elected in 2015."
    )
    assert article.paragraphs[-1].startswith("The national environment agency")


def test_heading_inside_the_body_is_a_subheading(article):
    assert article.subheadings == {5: "Fishing fleet worried"}
    assert article.paragraphs[4].startswith("Members of the local fishing cooperative")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Waves break over the old harbour wall",  # the caption
        "Read more",
        "Flood insurance premiums double",  # the "Read more" link
        "Advertisement",
        "Storm damage bill reaches record high",  # related stories
        "Winter ferry timetable",
        "Terms of Service",  # footer
        "All rights reserved",
        "Sport",  # navigation
        "Tweet",  # share widget
    ],
)
def test_page_furniture_is_dropped(article, boilerplate):
    text = "\n".join([article.title, *article.paragraphs, *article.subheadings.values()])
    assert boilerplate not in text


@pytest.mark.parametrize(
    "line, kept",
    [
        ("Read more: Flood barrier plans go on show at the town hall", False),
        ("Advertisement", False),
        ("Share this article", False),
        ("Main image credit: Getty", False),
        ("Photo: Ledger archive", False),
        ("Sign up for our morning newsletter", False),
        ("___", False),
        ("* * *", False),
        ("Board sets out timetable for the works. Full Article", False),
        ("Advertisement agencies were told to pull the posters by Friday, the board said.", True),
        ("She said the board wanted residents to read more.", True),
        ("Related charges against the contractor were dropped last year, the court heard.", True),
        ("Read more widely, the report urged teachers, and test less often.", True),
        ("© 2023 Harbour Ledger. All rights reserved.", False),
        ("Copyright Harbour Ledger Media Group", False),
        ("(c) Ledger archive", False),
        ("© is the sign the harbour museum stamps on every print it sells, the curator said.", True),
        ("Copyright lawyers for the museum said the prints were sold without permission.", True),
        # the publisher's notices about itself
        ("Our Standards: The Lowtown Ledger Trust Principles.", False),
        ("Read our editorial standards", False),
        ("Why you can trust the Ledger", False),
        ("Get the day's top stories delivered straight to your inbox", False),
        ("Enter your email address to receive our daily briefing", False),
        ("Thank you for signing up!", False),
        ("Register now for free unlimited access to the Ledger", False),
        ("Register the boats by Friday, the harbour master told the crews on Monday.", True),
        ("Our principles are not for sale, the mayor told the council on Monday.", True),
        ("Readers will get the board's decision in the newsletter it sends every household.", True),
        # captions and photo credits
        ("Waves break over the harbour wall on March 3, 2023. LEDGER/Ana Lima/File Photo", False),
        ("Crews repair the dyke near the old pier (Photo by Ana Lima/Westwire via Lowtown Images)", False),
        ("Ana Lima/Westwire", False),
        ("Image source, Lowtown Images", False),
        ("The contract went to a joint venture of Harbour/Dyke Works, the board said.", True),
        ("She said the cost would be shared by the city and the port, on a 60/40 split.", True),
    ],
)
def test_general_boilerplate_filters(line, kept):
    article = parse_html(page(*BODY[:2], escape(line), *BODY[2:]), "page.html")
    assert (line in article.paragraphs) is kept
    assert len(article.paragraphs) == len(BODY) + kept


def test_a_related_stories_heading_ends_the_article():
    html = page(*BODY).replace(
        "</article>",
        "<h2>Most read</h2><p>Council leader hits back at critics of the new parking charges in town.</p>"
        "</article>",
    )
    article = parse_html(html, "page.html")
    assert article.paragraphs == BODY


def test_repeated_paragraph_is_kept_once():
    article = parse_html(page(*BODY[:3], BODY[1], BODY[3]), "page.html")
    assert article.paragraphs == BODY


def test_dateline_fragment_split_off_by_a_span_is_dropped():
    html = page(f"<span class='location'>BRUSSELS</span> (Reuters) - {BODY[0]}", *BODY[1:])
    html = html.replace("<article>", "<article><p>BRUSSELS</p>")
    article = parse_html(html, "page.html")
    assert (article.dateline.place, article.dateline.agency) == ("BRUSSELS", "Reuters")
    assert article.paragraphs == BODY


def test_page_without_an_article_raises_one_line_naming_the_file():
    text, name = fixture("no_article.html")
    with pytest.raises(IngestError) as error:
        parse_html(text, name)
    message = str(error.value)
    assert message.startswith(f"{name}: no article text found")
    assert "\n" not in message


@pytest.mark.parametrize(
    "text",
    [
        "Just a line of plain text, no markup at all.\nAnd another.",
        "",
        '{"title": "a JSON file saved as .html"}',
    ],
)
def test_text_that_is_not_html_raises(text):
    with pytest.raises(IngestError, match=r"^story\.html: not an HTML page"):
        parse_html(text, "story.html")


def test_page_with_only_a_headline_raises():
    with pytest.raises(IngestError, match=r"^h\.html: no article text found"):
        parse_html(page(head="<title>Headline only</title>"), "h.html")


def test_script_is_not_text_and_template_syntax_stays_text():
    article = parse_html(*fixture("hostile.html"))
    text = "\n".join(article.paragraphs)
    for marker in ("INJECTED-SCRIPT-TEXT", "document.cookie", "NOSCRIPT-FALLBACK-TEXT", "color: red"):
        assert marker not in text
    assert "{{ config.secret_key }}" in article.paragraphs[0]
    assert "{% for page in pages %}{{ page.title }}{% endfor %}" in article.paragraphs[1]
    assert (
        article.paragraphs[-1]
        == "Text with markup-like characters <b>not bold</b> & an ampersand stays as written."
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), min_size=1, max_size=80))
def test_any_text_in_a_paragraph_stays_literal(hostile):
    """Whatever a paragraph says, once escaped it comes back as text (whitespace aside)."""
    line = f"{hostile} is what the sign on the harbour wall said."
    article = parse_html(page(*BODY[:2], escape(line), *BODY[2:]), "p.html")
    assert " ".join(line.split()) in article.paragraphs


def test_nothing_is_fetched_from_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("HTML ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    article = parse_html(*fixture("article.html"))
    assert article.url and article.paragraphs


def test_read_article_picks_the_html_parser_by_suffix():
    article = read_article(FIXTURES / "article.html")
    assert article.title == "Harbour council approves tidal barrier after long debate"


def test_cli_extract_prints_the_story_as_json():
    from generator.cli import cli

    result = CliRunner().invoke(cli, ["extract", str(FIXTURES / "article.html"), "--format", "json"])
    assert result.exit_code == 0, result.output
    story = json.loads(result.output)
    assert story["title"] == "Harbour council approves tidal barrier after long debate"
    assert story["published"] == "2023-03-14"
    assert story["byline"] == "Maren Okafor"
    assert story["dateline"]["place"] == "LOWTOWN"
    assert len(story["paragraphs"]) == 8


def test_cli_extract_of_a_page_without_article_exits_1_with_one_line():
    path = FIXTURES / "no_article.html"
    result = explainer("extract", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"{path}: no article text found in the page: save the page of the story itself, not an index\n"
    )


def test_an_article_laid_out_in_a_table_is_found():
    nav = "<td><a href='/'>Home</a><br><a href='/news'>News</a></td>"
    story = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        "<html><head><title>Water board to replace lead pipes</title></head><body><table><tr>"
        f"{nav}<td><h1>Water board to replace lead pipes</h1>{story}</td></tr></table></body></html>"
    )
    assert trafilatura.extract(html)  # trafilatura alone finds the article: so must ingest
    article = parse_html(html, "layout.html")
    assert article.title == "Water board to replace lead pipes"
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "body",
    [
        "<ul>" + "".join(f"<li>{p}</li>" for p in BODY) + "</ul>",  # paragraphs as list items
        "<div class='comments-enabled'>" + "".join(f"<p>{p}</p>" for p in BODY) + "</div>",
        "<div><b>Water board to replace lead pipes</b><br><br>" + "<br><br>".join(BODY) + "</div>",
        "<table>" + "".join(f"<tr><td>{p}</td></tr>" for p in BODY) + "</table>",
    ],
    ids=["list-items", "comments-like-container", "br-separated", "row-per-paragraph"],
)
def test_a_page_trafilatura_reads_is_never_refused(body):
    html = f"<html><head><title>Water board to replace lead pipes</title></head><body>{body}</body></html>"
    assert trafilatura.extract(html)  # trafilatura alone finds the article: so must ingest
    assert parse_html(html, "odd.html").paragraphs == BODY


def test_a_single_line_break_stays_inside_its_paragraph():
    article = parse_html(page(BODY[0].replace(" that it ", " that<br>it "), *BODY[1:]), "br.html")
    assert article.paragraphs == BODY


def test_the_address_a_saved_page_notes_is_its_url_unless_the_page_names_one():
    saved = "<!-- saved from url=(0032)https://ledger.example.org/pipes -->\n"
    article = parse_html(saved + page(*BODY), "saved.html")
    assert article.url == "https://ledger.example.org/pipes"
    assert parse_html(page(*BODY), "unsaved.html").url is None
    canonical = '<title>Pipes</title><link rel="canonical" href="https://ledger.example.org/canonical">'
    assert (
        parse_html(saved + page(*BODY, head=canonical), "both.html").url
        == "https://ledger.example.org/canonical"
    )
