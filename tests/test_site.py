"""End to end: a new site, an article added, a strict MkDocs build; content errors stop the build."""

from __future__ import annotations

import subprocess
import sys
from html import escape
from pathlib import Path

import pytest
import yaml
from helpers import FIXTURES, make_site
from helpers import explainer as run

STORY_PAGES = ["index", "timeline", "quotes", "actors", "glossary", "source"]


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_site(
        tmp_path_factory.mktemp("sites") / "site", {"port-fees": ("wire-story.txt", "2024-03-04")}
    )
    built = run("build", cwd=root)
    assert built.returncode == 0, built.stderr
    return root


def test_every_story_page_is_built(built_site: Path) -> None:
    story = yaml.safe_load((built_site / "content" / "port-fees" / "story.yaml").read_text(encoding="utf-8"))
    for page in STORY_PAGES:
        path = built_site / "site" / "port-fees" / ("index.html" if page == "index" else f"{page}/index.html")
        if page == "glossary" and not story["glossary"]:  # no empty page, and no link to one
            assert not path.exists(), path
            overview = (built_site / "site" / "port-fees" / "index.html").read_text(encoding="utf-8")
            assert 'href="glossary/"' not in overview
        else:
            assert path.is_file(), path
    assert (built_site / "site" / "port-fees" / "actors.svg").is_file()
    home = (built_site / "site" / "index.html").read_text(encoding="utf-8")
    assert "Harbour authority says new port fees will hurt fishermen" in home


def test_source_page_has_numbered_anchors(built_site: Path) -> None:
    html = (built_site / "site" / "port-fees" / "source" / "index.html").read_text(encoding="utf-8")
    for number in range(1, 5):
        assert f'id="p{number}"' in html


def test_pages_have_search_descriptions(built_site: Path) -> None:
    html = (built_site / "site" / "port-fees" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="Timeline of the story: The Lisbon harbour authority' in html


def test_add_refuses_to_overwrite_without_force(built_site: Path) -> None:
    again = run("add", str(FIXTURES / "wire-story.txt"), "--slug", "port-fees", cwd=built_site)
    assert again.returncode == 1
    assert "a story with slug 'port-fees' exists: use --force" in again.stderr


def test_a_broken_story_file_stops_the_build_with_its_line(built_site: Path, tmp_path: Path) -> None:
    story = built_site / "content" / "port-fees" / "story.yaml"
    original = story.read_text(encoding="utf-8")
    try:
        story.write_text(original.replace("kind: person", "kind: robot", 1), encoding="utf-8")
        result = run("build", cwd=built_site)
        assert result.returncode == 1
        assert f"{story}:" in result.stderr
        assert (
            "kind: must be one of person, organization, country, group, place, not 'robot'" in result.stderr
        )
        assert "Traceback" not in result.stderr
        checked = run("check", cwd=built_site)
        assert checked.returncode == 1
        assert checked.stderr == result.stderr
    finally:
        story.write_text(original, encoding="utf-8")


def test_plain_mkdocs_build_works_too(built_site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=built_site,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr


def test_force_re_extraction_keeps_hand_edits(built_site: Path) -> None:
    story = built_site / "content" / "port-fees" / "story.yaml"
    original = story.read_text(encoding="utf-8")
    try:
        edited = original.replace("title: Harbour authority says", "title: EDITED Harbour authority says", 1)
        story.write_text(edited, encoding="utf-8")
        result = run(
            "add",
            str(FIXTURES / "wire-story.txt"),
            "--slug",
            "port-fees",
            "--published",
            "2024-03-04",
            "--force",
            cwd=built_site,
        )
        assert result.returncode == 0, result.stderr
        assert "title: EDITED Harbour authority says" in story.read_text(encoding="utf-8")
    finally:
        story.write_text(original, encoding="utf-8")


def test_batch_add_reports_failures_at_the_end(built_site: Path, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-empty.txt").write_text("", encoding="utf-8")
    (inbox / "b-story.md").write_text(
        "---\ntitle: Ferry strike ends\n---\nThe strike ended, the union said.\n", encoding="utf-8"
    )
    result = run("add", str(inbox), cwd=built_site)
    assert result.returncode == 1
    assert "added " in result.stdout and "ferry-strike-ends" in result.stdout
    assert f"{inbox / 'a-empty.txt'}: empty article" in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "1 added, 0 skipped, 1 failed"
    assert (built_site / "content" / "ferry-strike-ends" / "story.yaml").is_file()


def test_pages_carry_sharing_tags_and_the_feed(built_site: Path) -> None:
    overview = (built_site / "site" / "port-fees" / "index.html").read_text(encoding="utf-8")
    headline = "Harbour authority says new port fees will hurt fishermen"
    assert f'<meta property="og:title" content="{headline}">' in overview
    assert f'<meta name="twitter:title" content="{headline}">' in overview
    assert '<meta property="og:description" content="The Lisbon harbour authority' in overview
    assert 'type="application/rss+xml"' in overview and 'href="../feed.xml"' in overview
    feed = (built_site / "site" / "feed.xml").read_text(encoding="utf-8")
    assert f"<title>{headline}</title>" in feed and "<link>port-fees/</link>" in feed
    home = (built_site / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>News explainers</title>" in home, "the home page repeats the site name in its title"


def test_the_site_glossary_lists_only_terms_stories_use(built_site: Path) -> None:
    page = (built_site / "site" / "glossary" / "index.html").read_text(encoding="utf-8")
    starter = yaml.safe_load((built_site / "content" / "glossary.yaml").read_text(encoding="utf-8"))
    listed = [entry["term"] for entry in starter if f"<strong>{escape(entry['term'])}</strong>" in page]
    assert len(listed) < len(starter) / 2, f"{len(listed)} of {len(starter)} starter terms listed"
