"""Rendering a whole site: home cards newest first, shared actor pages, stale files, reserved slugs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content import save_story
from generator.errors import ContentError
from generator.model import Actor, Quote, Story
from generator.plugin import build_nav
from generator.render import render_site
from generator.site import Site


def story(title: str, published: str | None, speaker: str = "ana-ribeiro") -> Story:
    return Story(
        title=title,
        published=published,
        paragraphs=[f'"{title} matters," Ana Ribeiro said.'],
        actors=[Actor(speaker, "Ana Ribeiro", "person", role="harbour director")],
        quotes=[Quote("q1", speaker, "Ana Ribeiro", f"{title} matters", "direct", 1, "said")],
    )


@pytest.fixture
def site(tmp_path: Path) -> Site:
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    save_story(tmp_path / "content" / "older", story("Older story", "2020-01-01"))
    save_story(tmp_path / "content" / "newer", story("Newer story", "2024-05-06"))
    save_story(tmp_path / "content" / "undated", story("Undated story", None, "someone-else"))
    return Site(tmp_path)


def test_home_lists_stories_newest_first(site: Site) -> None:
    render_site(site, "Test")
    home = (site.docs / "index.md").read_text(encoding="utf-8")
    assert home.index("Newer story") < home.index("Older story") < home.index("Undated story")
    assert "date unknown" in home


def test_actor_in_several_stories_gets_one_page(site: Site) -> None:
    rendered = render_site(site, "Test")
    page = (site.docs / "actors" / "ana-ribeiro.md").read_text(encoding="utf-8")
    assert "“Newer story matters” [¶1](../newer/source.md#p1)" in page
    assert "“Older story matters” [¶1](../older/source.md#p1)" in page
    assert not (site.docs / "actors" / "someone-else.md").exists()
    index = (site.docs / "actors" / "index.md").read_text(encoding="utf-8")
    assert "[Ana Ribeiro](ana-ribeiro.md)" in index
    nav = build_nav(rendered, site)
    assert {"Actors": ["actors/index.md", {"Ana Ribeiro": "actors/ana-ribeiro.md"}]} in nav


def test_second_render_writes_nothing_and_stale_pages_go(site: Site) -> None:
    render_site(site, "Test")
    assert render_site(site, "Test").written == 0
    for path in (site.content / "older").iterdir():
        path.unlink()
    (site.content / "older").rmdir()
    render_site(site, "Test")
    assert not (site.docs / "older").exists()
    assert not (site.docs / "actors" / "ana-ribeiro.md").exists()


def test_problems_of_all_files_are_reported_together(site: Site) -> None:
    for slug in ("older", "newer"):
        path = site.content / slug / "story.yaml"
        path.write_text(
            path.read_text(encoding="utf-8").replace("kind: direct", "kind: loud"), encoding="utf-8"
        )
    with pytest.raises(ContentError) as caught:
        render_site(site, "Test")
    assert len(caught.value.problems) == 2
    assert not (site.docs / "index.md").exists()


def test_reserved_folder_names_are_refused(site: Site) -> None:
    save_story(site.content / "actors", story("Clash", None))
    with pytest.raises(ContentError, match="'actors' is reserved"):
        render_site(site, "Test")
