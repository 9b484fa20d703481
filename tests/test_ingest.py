"""Ingest of the plain-text and Markdown formats, and of bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import IngestError
from generator.ingest import read_article
from generator.ingest.decode import decode_bytes
from generator.ingest.text import is_subheading, parse_text, split_dateline

FIXTURES = Path(__file__).parent / "fixtures"


def test_plain_text_article_has_title_section_dateline_and_paragraphs() -> None:
    article = read_article(FIXTURES / "wire-story.txt")
    assert article.title == "Harbour authority says new port fees will hurt fishermen"
    assert article.section == "Business"
    assert (article.dateline.place, article.dateline.agency) == ("LISBON", "Westwire")
    assert article.paragraphs[0].startswith("The Lisbon harbour authority said")
    assert len(article.paragraphs) == 4
    assert article.subheadings == {3: "A LONG DISPUTE"}


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "date", "rest"),
    [
        ("MOSCOW (Reuters) - The Kremlin said", "MOSCOW", "Reuters", None, "The Kremlin said"),
        ("WASHINGTON, Feb 26 - Officials said", "WASHINGTON", None, "Feb 26", "Officials said"),
        ("NEW YORK (AP) \u2014 The city", "NEW YORK", "AP", None, "The city"),
        ("ST. PETERSBURG (Reuters) - A ship", "ST. PETERSBURG", "Reuters", None, "A ship"),
        ("The Kremlin said - again - that", None, None, None, "The Kremlin said - again - that"),
        ("NATO - the alliance - met", None, None, None, "NATO - the alliance - met"),
    ],
)
def test_dateline_is_split_off(
    paragraph: str, place: str | None, agency: str | None, date: str | None, rest: str
) -> None:
    dateline, text = split_dateline(paragraph)
    assert (dateline.place, dateline.agency, dateline.date, text) == (place, agency, date, rest)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("'A MORE DANGEROUS EUROPE'", True),
        ("NEW RULES", True),
        ('"We will not stop," he said.', False),
        ("NATO said on Tuesday it would meet.", False),
        ("G7", False),
    ],
)
def test_subheading(line: str, expected: bool) -> None:
    assert is_subheading(line) is expected


def test_headline_only_is_an_error() -> None:
    with pytest.raises(IngestError, match="only a headline"):
        parse_text("Just a headline\n", "x.txt")


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: Port fees rise\nsection: Business\npublished: 2024-03-05\nbyline: A. Writer\n"
        "url: https://example.org/port\n---\n\nLISBON (Westwire) - Fees rose.\n\n## Reaction\n\n"
        "Crews were angry.\nThey said so.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.section, article.published, article.byline) == (
        "Port fees rise",
        "Business",
        "2024-03-05",
        "A. Writer",
    )
    assert article.url == "https://example.org/port"
    assert article.paragraphs == ["Fees rose.", "Crews were angry. They said so."]
    assert article.subheadings == {2: "Reaction"}
    assert article.dateline.place == "LISBON"


def test_published_option_overrides_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: T\npublished: 2024-03-05\n---\nBody.\n", encoding="utf-8")
    assert read_article(path, "2020-01-02").published == "2020-01-02"


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("title: [unclosed\n", "front matter is not valid YAML"),
        ("- a list\n", "must be a mapping"),
        ("title: T\npublished: someday\n", "is not a date"),
    ],
)
def test_bad_front_matter_is_a_clear_error(tmp_path: Path, front: str, message: str) -> None:
    path = tmp_path / "bad.md"
    path.write_text(f"---\n{front}---\nBody.\n", encoding="utf-8")
    with pytest.raises(IngestError, match=message) as caught:
        read_article(path)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("caf\u00e9 \u201cquoted\u201d".encode(), "caf\u00e9 \u201cquoted\u201d"),
        (b"\xef\xbb\xbfwith BOM", "with BOM"),
        ("caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "caf\u00e9 \u201cquoted\u201d"),
        (b"one\r\ntwo\rthree", "one\ntwo\nthree"),
    ],
)
def test_encodings_are_detected(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "x.txt") == expected


def test_binary_is_refused() -> None:
    with pytest.raises(IngestError, match="x.bin: binary data"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.bin")


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        read_article(tmp_path / "nope.txt")
