"""`explainer add` on batches: every path accounted for, kept sources, duplicates, slugs, --jobs.

The CLI runs in this process (the model loads once) with `--jobs 1`, except where --jobs is tested.
"""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import pytest
import yaml
from helpers import run_cli

from generator.commands.add import add_articles
from generator.commands.new import create_site
from generator.ingest import read_source
from generator.story.site import Site

Run = tuple[int, str, str]


def wire(title: str, *paragraphs: str) -> str:
    return "\n".join([title, "Business", title, *paragraphs]) + "\n"


RAIL = wire(
    "Rail union calls strike over night shifts",
    "GLASGOW (Northwire) - The rail union said on Tuesday that its members would strike next week.",
    '"Night crews have waited long enough," said Moira Dunn, the union\'s general secretary.',
)
FERRY = wire(
    "Ferry operator adds winter sailings",
    "The ferry operator said on Friday it would add two winter sailings to the islands.",
    "Islanders had asked for the extra crossings since the summer, the operator said.",
)
BAKERY = """---
title: Village bakery reopens after flood
section: Local
published: 2024-02-01
---
The bakery on Mill Street reopened on Thursday, three months after the river flooded it.

"We never thought we would bake here again," said its owner, Tom Archer.
"""
LIBRARY = """<!DOCTYPE html><html><head><title>Library extends opening hours</title>
<meta name="author" content="Jo Reed"></head><body><article><h1>Library extends opening hours</h1>
<p>The town library will open until nine in the evening from next month, the council said on Monday.</p>
<p>Councillor Priya Shah said the longer hours would help students who work during the day.</p>
</article></body></html>
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    create_site(root)
    return root


@pytest.fixture
def add(site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    def _add(*args: str | Path, jobs: str = "1") -> Run:
        return run_cli(["add", *map(str, args), "--jobs", jobs], site, monkeypatch, capsys)

    return _add


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return folder


def stories(site: Path) -> dict[str, list[str]]:
    """Each story folder with the files in it."""
    return {
        d.name: sorted(p.name for p in d.iterdir())
        for d in sorted((site / "content").iterdir())
        if (d / "story.yaml").is_file()
    }


def digests(site: Path) -> dict[str, str]:
    return {
        str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted((site / "content").rglob("*"))
        if p.is_file()
    }


def test_a_mixed_folder_is_accounted_for_file_by_file(add, site: Path, tmp_path: Path) -> None:
    inbox = write(
        tmp_path / "inbox",
        {
            "rail.txt": RAIL,
            "bakery.md": BAKERY,
            "library.html": LIBRARY,
            "report.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
            "memo.docx": b"PK\x03\x04\x14\x00\x06\x00",
            "empty.txt": "",
            "ferries/ferry.txt": FERRY,
            ".DS_Store": b"\x00\x00\x00\x01Bud1",
        },
    )
    code, out, err = add(inbox)
    assert code == 1  # one article failed
    assert sorted(stories(site)) == [
        "ferry-operator-adds-winter-sailings",
        "library-extends-opening-hours",
        "rail-union-calls-strike-over-night-shifts",
        "village-bakery-reopens-after-flood",
    ]
    assert out.count("added ") == 4
    lines = err.strip().splitlines()
    assert f"{inbox / 'report.pdf'}: skipped: unsupported type: '.pdf' files are not read" in err
    assert f"{inbox / 'memo.docx'}: skipped: unsupported type: '.docx' files are not read" in err
    assert f"{inbox / 'empty.txt'}: empty article" in err
    assert lines[-1] == "4 added, 2 skipped, 1 failed"
    assert ".DS_Store" not in err + out
    assert "Traceback" not in err


def test_each_story_keeps_its_article_in_its_own_format(add, site: Path, tmp_path: Path) -> None:
    inbox = write(tmp_path / "inbox", {"rail.txt": RAIL, "bakery.md": BAKERY, "library.html": LIBRARY})
    assert add(inbox)[0] == 0
    kept = {slug: [f for f in files if f.startswith("article.")] for slug, files in stories(site).items()}
    assert kept == {
        "library-extends-opening-hours": ["article.html"],
        "rail-union-calls-strike-over-night-shifts": ["article.txt"],
        "village-bakery-reopens-after-flood": ["article.md"],
    }
    assert (site / "content/village-bakery-reopens-after-flood/article.md").read_text(
        encoding="utf-8"
    ) == BAKERY


def test_re_adding_the_kept_articles_gives_the_same_stories(add, site: Path, tmp_path: Path) -> None:
    inbox = write(tmp_path / "inbox", {"rail.txt": RAIL, "bakery.md": BAKERY, "library.html": LIBRARY})
    assert add(inbox)[0] == 0
    before = digests(site)
    kept = sorted((site / "content").glob("*/article.*"))
    code, out, err = add(*kept, "--force")
    assert code == 0, err
    assert out.count("added ") == 3
    assert digests(site) == before
    fresh = tmp_path / "fresh"
    create_site(fresh)
    report = add_articles(Site(fresh), kept)
    assert len(report.added) == 3, report.failures
    assert digests(fresh) == {k.replace(str(site), str(fresh)): v for k, v in before.items()}


def test_a_kept_article_txt_holding_a_page_or_front_matter_is_read_as_such(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "notes.txt").write_text(BAKERY, encoding="utf-8")
    assert read_source(tmp_path / "page.txt").kind == "html"
    assert read_source(tmp_path / "notes.txt").kind == "markdown"
    assert read_source(write(tmp_path, {"plain.txt": RAIL}) / "plain.txt").kind == "text"


def test_a_story_kept_as_article_txt_by_an_older_version_re_extracts_to_article_html(
    add, site: Path, tmp_path: Path
) -> None:
    assert add(write(tmp_path, {"library.html": LIBRARY}) / "library.html")[0] == 0
    folder = site / "content/library-extends-opening-hours"
    story = (folder / "story.yaml").read_text(encoding="utf-8")
    (folder / "article.html").rename(folder / "article.txt")
    code, out, err = add(folder / "article.txt", "--force")
    assert code == 0, err
    assert out.startswith(f"added {folder / 'story.yaml'}")
    assert (folder / "story.yaml").read_text(encoding="utf-8") == story
    assert sorted(p.name for p in folder.iterdir()) == [".extracted.yaml", "article.html", "story.yaml"]


def test_standard_input_is_read_once_and_kept_in_the_format_it_announces(
    add, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAKERY.encode("utf-8"))))
    code, out, err = add("-")
    assert code == 0, err
    assert stories(site)["village-bakery-reopens-after-flood"] == [
        ".extracted.yaml",
        "article.md",
        "story.yaml",
    ]


def test_a_folder_without_articles_adds_nothing_and_exits_1(add, tmp_path: Path) -> None:
    inbox = write(tmp_path / "inbox", {"a.pdf": b"%PDF-1.4", "b.docx": b"PK\x03\x04"})
    code, out, err = add(inbox)
    assert code == 1
    assert out == ""
    assert err.strip().splitlines()[-1] == "0 added, 2 skipped, 0 failed"


def test_a_linked_folder_is_reported_not_followed(add, tmp_path: Path) -> None:
    write(tmp_path / "elsewhere", {"rail.txt": RAIL})
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "linked").symlink_to(tmp_path / "elsewhere")
    code, _, err = add(tmp_path / "inbox")
    assert code == 1
    assert f"{tmp_path / 'inbox' / 'linked'}: skipped: a link to a folder is not followed" in err


def test_an_empty_folder_is_reported(add, tmp_path: Path) -> None:
    (tmp_path / "inbox").mkdir()
    code, _, err = add(tmp_path / "inbox")
    assert code == 1
    assert f"{tmp_path / 'inbox'}: skipped: no files in this folder" in err


def test_a_single_unsupported_file_is_one_line_and_exit_1(add, tmp_path: Path) -> None:
    path = write(tmp_path, {"scan.pdf": b"%PDF-1.4"}) / "scan.pdf"
    code, out, err = add(path)
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == [
        f"{path}: skipped: unsupported type: '.pdf' files are not read "
        "(give .txt, .md or .html; save other documents as text first)"
    ]


def test_pattern_chooses_the_files_taken_from_folders(add, site: Path, tmp_path: Path) -> None:
    inbox = write(tmp_path / "inbox", {"rail.txt": RAIL, "wire/ferry.story": FERRY, "b.md": BAKERY})
    code, _, err = add(inbox, "--pattern", "*.story", "--pattern", "*.md")
    assert code == 0, err
    assert sorted(stories(site)) == [
        "ferry-operator-adds-winter-sailings",
        "village-bakery-reopens-after-flood",
    ]
    assert f"{inbox / 'rail.txt'}: skipped: does not match --pattern *.story *.md" in err


def test_the_same_file_or_text_twice_is_added_once(add, site: Path, tmp_path: Path) -> None:
    inbox = write(tmp_path / "inbox", {"rail.txt": RAIL, "copy/rail-again.txt": RAIL})
    code, out, err = add(inbox, inbox / "rail.txt")
    assert code == 0, err
    assert out.count("added ") == 1
    assert (
        f"{inbox / 'copy/rail-again.txt'}: skipped: duplicate: the same article as {inbox / 'rail.txt'}"
        in err
    )
    assert f"{inbox / 'rail.txt'}: skipped: duplicate: the same file as {inbox / 'rail.txt'}" in err
    assert out.strip().splitlines()[-1] == "1 added, 2 skipped, 0 failed"


def test_an_article_already_added_is_skipped_and_force_re_extracts_it(
    add, site: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, {"rail.txt": RAIL}) / "rail.txt"
    assert add(path)[0] == 0
    before = digests(site)
    code, _, err = add(path)
    assert code == 1  # nothing added
    assert "skipped: duplicate: already added as" in err and "rail-union-calls-strike" in err
    code, out, _ = add(path, "--force")
    assert code == 0
    assert "added" in out and "rail-union-calls-strike-over-night-shifts" in out
    assert digests(site) == before


def test_articles_with_one_headline_get_distinct_slugs(add, site: Path, tmp_path: Path) -> None:
    other = RAIL.replace("next week", "on Monday")
    inbox = write(tmp_path / "inbox", {"a.txt": RAIL, "b.txt": other})
    code, out, err = add(inbox)
    assert code == 0, err
    assert sorted(stories(site)) == [
        "rail-union-calls-strike-over-night-shifts",
        "rail-union-calls-strike-over-night-shifts-2",
    ]
    slug = "rail-union-calls-strike-over-night-shifts"
    assert f"{slug}-2/story.yaml (slug '{slug}' is taken by an article of this batch)" in out
    assert out.strip().splitlines()[-1] == "2 added (1 under a distinct slug), 0 skipped, 0 failed"
    third = write(tmp_path, {"c.txt": RAIL.replace("Tuesday", "Wednesday")}) / "c.txt"
    code, out, _ = add(third)
    assert code == 0
    assert "rail-union-calls-strike-over-night-shifts-3/story.yaml" in out
    assert "taken by another story" in out


def test_a_corrupt_extraction_record_is_reported_and_nothing_written(add, site: Path, tmp_path: Path) -> None:
    path = write(tmp_path, {"rail.txt": RAIL}) / "rail.txt"
    assert add(path)[0] == 0
    base = site / "content/rail-union-calls-strike-over-night-shifts/.extracted.yaml"
    base.write_text("title: [unclosed\n", encoding="utf-8")
    before = digests(site)
    code, out, err = add(path, "--force")
    assert (code, out) == (1, "")
    assert err.startswith(f"{base}:2: invalid YAML")
    assert "delete it to keep every entry of story.yaml as an edit" in err
    assert len(err.strip().splitlines()) == 1
    assert digests(site) == before


def test_slug_names_one_article_only(add, tmp_path: Path) -> None:
    inbox = write(tmp_path / "inbox", {"a.txt": RAIL, "b.txt": FERRY})
    code, _, err = add(inbox, "--slug", "rail")
    assert code == 1
    assert err.strip() == "--slug names one story: give it with a single article"


def test_progress_names_each_article_as_it_is_worked_on(site: Path, tmp_path: Path) -> None:
    inbox = write(tmp_path / "inbox", {"a.txt": RAIL, "b.txt": FERRY, "c.md": BAKERY})
    seen: list[tuple[str, int, int]] = []
    add_articles(Site(site), [inbox], progress=lambda *args: seen.append(args))
    assert seen == [(str(inbox / "a.txt"), 1, 3), (str(inbox / "b.txt"), 2, 3), (str(inbox / "c.md"), 3, 3)]


def test_jobs_2_writes_what_jobs_1_writes(tmp_path: Path) -> None:
    inbox = write(
        tmp_path / "inbox",
        {
            "a.txt": RAIL,
            "b.txt": FERRY,
            "c.md": BAKERY,
            "d.html": LIBRARY,
            "e.txt": RAIL.replace("Tuesday", "Friday"),
        },
    )
    written = []
    for jobs in (1, 2):
        root = tmp_path / f"site-{jobs}"
        create_site(root)
        report = add_articles(Site(root), [inbox], jobs=jobs)
        assert len(report.added) == 5, report.failures
        written.append({k.split("/", 1)[1]: v for k, v in digests(root).items()})
    assert written[0] == written[1]
    assert sum(name.endswith("/story.yaml") for name in written[0]) == 5


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_missing_model_stops_the_batch_with_one_line(
    add, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    monkeypatch.setenv("EXPLAINER_SPACY_MODEL", "no_such_model_xyz")
    from generator.extract.nlp import load_nlp

    load_nlp.cache_clear()
    try:
        code, _, err = add(write(tmp_path / "inbox", {"rail.txt": RAIL, "ferry.txt": FERRY}), jobs=jobs)
    finally:
        load_nlp.cache_clear()
    assert code == 1
    assert "no spaCy model found" in err
    assert len(err.strip().splitlines()) == 1


def test_a_page_records_its_canonical_address(add, site: Path, tmp_path: Path) -> None:
    page = LIBRARY.replace("<head>", '<head><link rel="canonical" href="https://news.example.org/library">')
    assert add(write(tmp_path, {"library.html": page}) / "library.html")[0] == 0
    story = yaml.safe_load(
        (site / "content/library-extends-opening-hours/story.yaml").read_text(encoding="utf-8")
    )
    assert story["url"] == "https://news.example.org/library"
