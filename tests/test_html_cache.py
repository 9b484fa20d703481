"""Converted pages are reused only while everything that shapes their HTML is the same.

Real `mkdocs build --strict` runs: a rebuild from the cache must give the very site a build from
an empty cache gives, and no edit, setting or broken link may be hidden by a cached conversion.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from test_plugin import make_site, mkdocs_build

from generator.render.html_cache import HtmlCache
from generator.story.content import save_story
from generator.story.model import Actor, Story

POISON = "<p>CACHED-CONVERSION</p>"


def html_cache(root: Path) -> Path:
    return root / ".cache" / "explainer" / "html"


def built(root: Path) -> dict[str, bytes]:
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return {
        str(path.relative_to(root / "site")): path.read_bytes()
        for path in sorted((root / "site").rglob("*"))
        if path.is_file() and path.suffix != ".gz"  # the sitemap's archive carries a time stamp
    }


def poison_cache(root: Path) -> None:
    """Replace every cached conversion's HTML, so that a page built from the cache shows it."""
    for entry_file in html_cache(root).glob("*.json"):
        entry = json.loads(entry_file.read_text(encoding="utf-8"))
        entry["content"] = POISON
        entry_file.write_text(json.dumps(entry), encoding="utf-8")


def page(root: Path, uri: str) -> str:
    return (root / "site" / uri).read_text(encoding="utf-8")


def test_a_rebuild_from_the_cache_is_the_site_an_empty_cache_builds(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    first = built(root)
    assert any(html_cache(root).glob("*.json"))
    assert built(root) == first
    shutil.rmtree(root / ".cache")
    assert built(root) == first


def test_unchanged_pages_come_from_the_cache(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    built(root)
    poison_cache(root)
    built(root)
    assert "CACHED-CONVERSION" in page(root, "fees/timeline/index.html")


def test_an_edited_story_is_converted_again(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    built(root)
    poison_cache(root)
    edited = Story(
        title="Port fees fall",
        published="2024-03-04",
        section="Ports",
        paragraphs=["Fees fell, Ana Ribeiro said."],
        actors=[Actor("ana-ribeiro", "Ana Ribeiro", "person")],
    )
    save_story(root / "content" / "fees", edited)
    built(root)
    assert "CACHED-CONVERSION" not in page(root, "fees/source/index.html")
    assert "Fees fell" in page(root, "fees/source/index.html")
    assert "CACHED-CONVERSION" in page(root, "strike/source/index.html")  # the other story is unchanged


def test_other_markdown_settings_convert_every_page_again(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    built(root)
    poison_cache(root)
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "markdown_extensions:\n  - toc:\n      permalink: true\n",
        encoding="utf-8",
    )
    built(root)
    timeline = page(root, "fees/timeline/index.html")
    assert "CACHED-CONVERSION" not in timeline
    assert 'class="headerlink"' in timeline


def test_a_broken_link_fails_every_strict_build(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    (root / "site_templates").mkdir()
    (root / "site_templates" / "timeline.md.j2").write_text(
        "# Timeline of {{ story.title }}\n\nSee [the plan](../no-such-page.md).\n", encoding="utf-8"
    )
    for _ in range(2):
        result = mkdocs_build(root)
        assert result.returncode != 0
        assert "no-such-page.md" in result.stderr


def test_a_damaged_entry_is_converted_again(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    first = built(root)
    for number, entry_file in enumerate(html_cache(root).glob("*.json")):
        entry_file.write_text('{"content": ' if number % 2 else '{"content": "<p>x</p>"}', encoding="utf-8")
    assert built(root) == first


def test_entries_of_removed_stories_are_pruned(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    built(root)
    before = len(list(html_cache(root).glob("*.json")))
    shutil.rmtree(root / "content" / "strike")
    built(root)
    after = len(list(html_cache(root).glob("*.json")))
    assert 0 < after < before


def test_an_entry_whose_link_target_moved_is_not_used(tmp_path: Path) -> None:
    config = MkDocsConfig()
    config.load_dict({"site_name": "Links", "docs_dir": str(tmp_path)})
    assert config.validate() == ([], [])
    cache = HtmlCache(tmp_path / "html", config)
    entry = {"content": "<p>x</p>", "title": None, "toc": [], "anchors": [], "links_to_anchors": None}
    cache.save("k", {**entry, "lookups": [["plan.md", ["plan/", False]]]})

    def files_with(uri: str) -> Files:
        return Files([File(uri, str(tmp_path), config.site_dir, config.use_directory_urls)])

    assert cache.load("k", files_with("plan.md")) is not None
    assert cache.load("k", files_with("other.md")) is None  # the target is gone
    config.use_directory_urls = False
    assert cache.load("k", files_with("plan.md")) is None  # the target's address changed
