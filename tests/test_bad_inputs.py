"""A corpus of malformed and hostile inputs: each builds safely or fails with one clear line.

Articles go through `explainer add` (in process, so the spaCy model loads once); hand-edited
content files through `explainer check`. For every case: exit 0, or exit 1 with one line naming
the file; never a traceback, and content/ is never damaged. The articles that are accepted are then
built together with a strict MkDocs build, and the site must show their hostile text as text.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import explainer, make_site, run_cli

HEAD = "Harbour fees rise\nBusiness\nHarbour fees rise\n"
BODY = "LISBON (Westwire) - The council said fees would rise on Monday.\n"
BODY += '"We object," Ana Ribeiro told reporters.\n'


def article(*paragraphs: str, title: str = "Harbour fees rise") -> bytes:
    return "\n".join([title, "Business", title, *paragraphs]).encode() + b"\n"


@dataclass(frozen=True)
class Case:
    name: str  # file name; its suffix picks the format
    data: Callable[[], bytes]
    error: str | None = None  # expected words of the one-line error, None when it must build


ARTICLES = [
    Case("empty.txt", lambda: b"", "empty article"),
    Case("blank-lines.txt", lambda: b"\n\n  \n\t\n", "empty article"),
    Case("png.txt", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary data"),
    Case("random-bytes.txt", lambda: random.Random(7).randbytes(4000), "binary data"),
    Case("nul-inside.txt", lambda: (HEAD + "Fees\x00 rose.\n").encode(), "binary data"),
    Case("zip.md", lambda: b"PK\x03\x04\x14\x00\x00\x00" + bytes(100), "binary data"),
    Case(
        "undefined-cp1252.txt",
        lambda: HEAD.encode() + b"Bad \x81\x8d\x8f\x90 bytes.\n",
        "neither UTF-8 nor cp1252",
    ),
    Case(
        "cp1252.txt",
        lambda: (HEAD + "\u201cWe object,\u201d said Ana Ribeiro, caf\u00e9 owner.\n").encode("cp1252"),
    ),
    Case("utf8-bom.txt", lambda: b"\xef\xbb\xbf" + (HEAD + BODY).encode()),
    Case("utf16.txt", lambda: (HEAD + BODY).encode("utf-16")),
    Case("crlf.txt", lambda: (HEAD + BODY).replace("\n", "\r\n").encode()),
    Case("cr-only.txt", lambda: (HEAD + BODY).replace("\n", "\r").encode()),
    Case(
        "five-megabytes.txt",
        lambda: article(*["Fees rose again and again. " * 40] * 4700),
        "more than an article",
    ),
    Case("headline-only.txt", lambda: b"Just a headline\n", "only a headline"),
    Case("one-paragraph.txt", lambda: b"Fees rise\nThe council said fees rise.\n"),
    Case("no-quotes.txt", lambda: article("Fees rose on Monday.", "Crews protested.")),
    Case(
        "odd-quote-marks.txt", lambda: article('"We object, Ribeiro said.', '"It is "wrong", she said."', '"')
    ),
    Case("long-paragraph.txt", lambda: article(("Fees rose and crews protested " * 3400)[:100_000])),
    Case("script.txt", lambda: article('<script>alert("x")</script> The council said fees rise.')),
    Case("img-onerror.txt", lambda: article('"<img src=x onerror=alert(1)>," Ana Ribeiro said.')),
    Case("js-link.txt", lambda: article("[click me](javascript:alert(1)) said the council.")),
    Case("jinja.txt", lambda: article('"{{ config.__class__ }} {% for x in y %}," Ana Ribeiro said.')),
    Case(
        "yaml-specials.txt",
        lambda: article("key: value", "- item", "---", "&anchor *alias !!python/object:os.system"),
    ),
    Case("path-title.txt", lambda: article("The council said fees rise.", title="../../etc/passwd")),
    Case(
        "emoji-rtl.txt",
        lambda: article("\u202eevil\u202c \u05e9\u05dc\u05d5\u05dd \U0001f600 said the council."),
    ),
    Case("table-pipes.txt", lambda: article('"| a | b |\n|---|---|," Ana Ribeiro said.')),
    Case("hashes.txt", lambda: article("# Not a heading", "## Nor this", "#hashtag said the council.")),
    Case("html-comment.txt", lambda: article("<!-- unclosed comment The council said fees rise.")),
    Case("long-title.txt", lambda: article("The council said fees rise.", title="Fees " * 2000)),
    Case("punctuation-title.txt", lambda: article("The council said fees rise.", title="!!! ??? ...")),
    Case("control-chars.txt", lambda: article("Fees\x0brose\x0c on Monday, the council said.")),
    Case(
        "markdown-bad-yaml.md",
        lambda: b"---\ntitle: [unclosed\n---\nBody.\n",
        "front matter is not valid YAML",
    ),
    Case("markdown-list-title.md", lambda: b"---\ntitle: [a, b]\n---\nBody.\n", "must be text"),
    Case(
        "markdown-bad-date.md", lambda: b"---\ntitle: T\npublished: yesterday\n---\nBody.\n", "is not a date"
    ),
    Case("markdown-no-body.md", lambda: b"---\ntitle: T\n---\n", "no body paragraphs"),
    Case(
        "markdown-hostile.md", lambda: b"---\ntitle: '<b>bold</b> {{ x }}'\n---\n[x](javascript:alert(1))\n"
    ),
    Case("empty-page.html", lambda: b"<html><body><nav>Home</nav></body></html>", "no article text"),
    Case(
        "script-page.html", lambda: b"<html><body><script>alert(1)</script></body></html>", "no article text"
    ),
]


class Elements(HTMLParser):
    """Every attribute and every inline script of the pages fed to it."""

    def __init__(self) -> None:
        super().__init__()
        self.attributes: list[tuple[str, str | None]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes += attrs
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bad-inputs") / "site"
    make_site(root, {})
    return root


def assert_one_clean_line(code: int, err: str, expected: str, name: str) -> None:
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert name in lines[0] and expected in lines[0], lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("case", ARTICLES, ids=lambda c: c.name)
def test_article_builds_or_fails_cleanly(
    case: Case,
    site: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.data())
    before = snapshot(site / "content")
    slug = "case-" + path.stem
    code, out, err = run_cli(["add", str(path), "--slug", slug], site, monkeypatch, capsys)
    if case.error:
        assert_one_clean_line(code, err, case.error, case.name)
        assert snapshot(site / "content") == before
    else:
        assert code == 0, err
        assert (site / "content" / slug / "story.yaml").is_file()
        assert snapshot(site / "content").items() >= before.items()


def test_path_like_title_stays_inside_content(site: Path) -> None:
    assert not any(p.name == "passwd" for p in site.rglob("*"))


def test_duplicate_slug_is_refused_and_the_story_kept(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "twice.txt"
    path.write_bytes(article("The council said fees rise."))
    assert run_cli(["add", str(path), "--slug", "twice"], site, monkeypatch, capsys)[0] == 0
    before = snapshot(site / "content")
    code, _, err = run_cli(["add", str(path), "--slug", "twice"], site, monkeypatch, capsys)
    assert_one_clean_line(code, err, "a story with slug 'twice' exists", "story.yaml")
    assert snapshot(site / "content") == before


def test_accepted_hostile_articles_build_to_a_safe_site(site: Path) -> None:
    built = explainer("build", cwd=site)
    assert built.returncode == 0, built.stderr[-2000:]
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (site / "site").rglob("*.html"))
    elements = Elements()
    elements.feed(pages)
    assert not [a for a in elements.attributes if a[0].startswith("on")]
    assert not [a for a in elements.attributes if (a[1] or "").strip().lower().startswith("javascript:")]
    assert not [s for s in elements.scripts if "alert" in s]
    assert ("src", "x") not in elements.attributes
    for injected in ("<script>alert", "<b>bold</b>", "<!-- unclosed"):
        assert injected not in pages
    assert "&lt;script&gt;alert" in pages
    assert "{{ config.__class__ }}" in pages


VALID_STORY = """\
title: Fees rise
paragraphs:
- The council said fees rise.
actors:
- id: council
  name: Council
  kind: organization
quotes:
- id: q1
  speaker: council
  speaker_name: The council
  text: fees rise
  kind: indirect
  paragraph: 1
"""

CONTENT_FILES = [
    ("story.yaml", "title: [unclosed\n", ":2: invalid YAML"),
    ("story.yaml", "title: a\n\tparagraphs: [b]\n", "invalid YAML"),
    ("story.yaml", "", "(top): must be a mapping of fields, not empty"),
    (
        "story.yaml",
        VALID_STORY.replace("title: Fees rise", "title: [1, 2]"),
        ":1: title: must be text, not a list",
    ),
    (
        "story.yaml",
        VALID_STORY.replace("speaker: council", "speaker: peskov"),
        ":10: quotes[q1].speaker: unknown actor",
    ),
    (
        "story.yaml",
        VALID_STORY.replace("paragraph: 1", "paragraph: 0"),
        ":14: quotes[q1].paragraph: must be a paragraph",
    ),
    (
        "story.yaml",
        VALID_STORY.replace("kind: organization", "kind: 7"),
        ":7: actors[council].kind: must be one of",
    ),
    (
        "story.yaml",
        VALID_STORY + "- id: q1\n  speaker: null\n  speaker_name: x\n  text: y\n  kind: direct\n"
        "  paragraph: 1\n",
        ":15: quotes[q1].id: duplicate id 'q1'",
    ),
    (
        "story.yaml",
        VALID_STORY.replace("title: Fees rise", "title: !!python/object:os.system ls"),
        "invalid YAML",
    ),
    ("story.yaml", "\x00\x01binary", "invalid YAML"),
    ("glossary.yaml", "term: NATO\n", ":1: (top): must be a list of terms, not a mapping"),
    ("glossary.yaml", "- term: NATO\n  definition: [a]\n", ":2: [NATO].definition: must be text, not a list"),
    ("glossary.yaml", "- just a string\n", ":1: [#1]: must be a mapping of fields"),
]


@pytest.mark.parametrize(("file", "text", "expected"), CONTENT_FILES)
def test_broken_content_file_is_reported_and_kept(
    file: str,
    text: str,
    expected: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / "site"
    (root / "content" / "fees").mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: T\nplugins: [explainer]\n", encoding="utf-8")
    (root / "content" / "fees" / "story.yaml").write_text(VALID_STORY, encoding="utf-8")
    target = root / "content" / ("fees/story.yaml" if file == "story.yaml" else file)
    target.write_text(text, encoding="utf-8")
    before = snapshot(root / "content")
    code, _, err = run_cli(["check"], root, monkeypatch, capsys)
    assert code == 1
    assert err.startswith(f"{target}"), err
    assert expected in err, err
    assert "Traceback" not in err
    assert run_cli(["build"], root, monkeypatch, capsys)[0] == 1
    assert snapshot(root / "content") == before
