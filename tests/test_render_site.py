"""Rendering a whole site: paginated listings newest first, shared actor pages, the cache, stale files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.render.generate import SiteOptions, render_site
from generator.render.plugin import build_nav
from generator.story.content import save_story
from generator.story.model import Actor, Quote, Story, Term
from generator.story.site import Site


def story(title: str, published: str | None, speaker: str = "ana-ribeiro", section: str = "Ports") -> Story:
    return Story(
        title=title,
        published=published,
        section=section,
        paragraphs=[f'"{title} matters," Ana Ribeiro said.'],
        actors=[Actor(speaker, "Ana Ribeiro", "person", role="harbour director")],
        quotes=[Quote("q1", speaker, "Ana Ribeiro", f"{title} matters", "direct", 1, "said")],
    )


@pytest.fixture
def site(tmp_path: Path) -> Site:
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    save_story(tmp_path / "content" / "older", story("Older story", "2020-01-01"))
    save_story(tmp_path / "content" / "newer", story("Newer story", "2024-05-06", section="Fishing"))
    save_story(tmp_path / "content" / "undated", story("Undated story", None, "someone-else"))
    return Site(tmp_path)


def page(site: Site, uri: str) -> str:
    return render_site(site, SiteOptions("Test")).pages[uri].read_text(encoding="utf-8")


def test_home_lists_stories_newest_first(site: Site) -> None:
    home = page(site, "index.md")
    assert home.index("Newer story") < home.index("Older story") < home.index("Undated story")
    assert "date unknown" in home
    assert "[Fishing](sections/fishing/index.md) (1)" in home
    assert "[2024](archive/2024/index.md) (1)" in home


def test_listings_are_paginated_newest_first(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    for day in range(1, 6):
        save_story(tmp_path / "content" / f"day-{day}", story(f"Story of day {day}", f"2024-01-0{day}"))
    rendered = render_site(Site(tmp_path), SiteOptions("Test", per_page=2))
    texts = {
        uri: path.read_text(encoding="utf-8") for uri, path in rendered.pages.items() if uri.endswith(".md")
    }
    assert "Story of day 5" in texts["index.md"] and "Story of day 3" not in texts["index.md"]
    assert "Story of day 3" in texts["page/2.md"] and "Story of day 1" in texts["page/3.md"]
    assert "[Next →](page/2.md)" in texts["index.md"]
    assert "[← Previous](../index.md) · Page 2 of 3 · [Next →](3.md)" in texts["page/2.md"]
    assert "[Story of day 1](../../../day-1/index.md)" in texts["sections/ports/page/3.md"]
    assert "page/4.md" not in texts


def test_actor_in_several_stories_gets_one_page(site: Site) -> None:
    rendered = render_site(site, SiteOptions("Test"))
    actor = rendered.pages["actors/ana-ribeiro/index.md"].read_text(encoding="utf-8")
    assert "“Newer story matters” [¶1](../../newer/source.md#p1)" in actor
    assert "“Older story matters” [¶1](../../older/source.md#p1)" in actor
    assert actor.index("Newer story") < actor.index("Older story")
    assert "actors/someone-else/index.md" not in rendered.pages
    index = rendered.pages["actors/index.md"].read_text(encoding="utf-8")
    assert "[Ana Ribeiro](ana-ribeiro/index.md)" in index
    assert "[Newer story](../newer/actors.md#ana-ribeiro)" in index


def test_navigation_does_not_grow_with_stories(site: Site) -> None:
    rendered = render_site(site, SiteOptions("Test"))
    assert build_nav(rendered) == [
        {"Home": "index.md"},
        {"Sections": "sections/index.md"},
        {"Archive": "archive/index.md"},
        {"Actors": "actors/index.md"},
        {"Glossary": "glossary/index.md"},
    ]
    sections = rendered.pages["sections/index.md"].read_text(encoding="utf-8")
    assert "- [Fishing](fishing/index.md) (1 story)\n- [Ports](ports/index.md) (2 stories)" in sections
    years = rendered.pages["archive/index.md"].read_text(encoding="utf-8")
    assert (
        years.index("[2024](2024/index.md)")
        < years.index("[2020]")
        < years.index("[Undated](undated/index.md)")
    )


def test_index_rows_name_a_few_stories_and_count_the_rest(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    for number in range(6):
        save_story(tmp_path / "content" / f"s{number}", story(f"Story {number}", f"2024-02-0{number + 1}"))
    index = (
        render_site(Site(tmp_path), SiteOptions("Test")).pages["actors/index.md"].read_text(encoding="utf-8")
    )
    assert "and 3 more stories" in index and "Story 5" in index and "Story 0" not in index


def test_large_glossary_is_split_by_letter(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    terms = [Term(f"{letter}erm {n}", "A word.", "manual", 1) for letter in "abc" for n in range(5)]
    save_story(tmp_path / "content" / "words", Story(title="Words", paragraphs=["Text."], glossary=terms))
    rendered = render_site(Site(tmp_path), SiteOptions("Test", per_page=1))  # four rows a page
    index = rendered.pages["glossary/index.md"].read_text(encoding="utf-8")
    assert "[A](a/index.md) (5) · [B](b/index.md) (5) · [C](c/index.md) (5)" in index
    assert "aerm 4" in rendered.pages["glossary/a/page/2.md"].read_text(encoding="utf-8")


def test_unchanged_stories_are_not_rendered_again_and_stale_pages_go(site: Site) -> None:
    render_site(site, SiteOptions("Test"))
    again = render_site(site, SiteOptions("Test"))
    assert (again.rendered, again.written) == (0, 0)
    path = site.content / "newer" / "story.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Newer story", "Edited story"), encoding="utf-8")
    edited = render_site(site, SiteOptions("Test"))
    assert edited.rendered == 1
    assert "Edited story" in edited.pages["newer/index.md"].read_text(encoding="utf-8")
    assert "Edited story" in edited.pages["index.md"].read_text(encoding="utf-8")
    for file in (site.content / "older").iterdir():
        file.unlink()
    (site.content / "older").rmdir()
    rendered = render_site(site, SiteOptions("Test"))
    assert "older/index.md" not in rendered.pages
    assert not (site.cache / "pages" / "older").exists()
    assert not (site.cache / "pages" / "actors" / "ana-ribeiro").exists()


def test_an_edited_template_override_renders_again(site: Site) -> None:
    render_site(site, SiteOptions("Test"))
    site.overrides.mkdir()
    (site.overrides / "timeline.md.j2").write_text("# Overridden {{ story.title }}\n", encoding="utf-8")
    rendered = render_site(site, SiteOptions("Test"))
    assert rendered.rendered == 3
    assert (
        rendered.pages["newer/timeline.md"].read_text(encoding="utf-8").startswith("# Overridden Newer story")
    )
    assert "# Quotes" not in rendered.pages["newer/quotes.md"].read_text(encoding="utf-8")


def test_problems_of_all_files_are_reported_together(site: Site) -> None:
    for slug in ("older", "newer"):
        path = site.content / slug / "story.yaml"
        path.write_text(
            path.read_text(encoding="utf-8").replace("kind: direct", "kind: loud"), encoding="utf-8"
        )
    with pytest.raises(ContentError) as caught:
        render_site(site, SiteOptions("Test"))
    assert len(caught.value.problems) == 2
    assert not (site.cache / "pages" / "index.md").exists()


def test_reserved_folder_names_are_refused(site: Site) -> None:
    save_story(site.content / "sections", story("Clash", None))
    with pytest.raises(ContentError, match="'sections' is reserved"):
        render_site(site, SiteOptions("Test"))


def test_a_story_whose_generated_files_went_missing_is_rendered_again(site: Site) -> None:
    render_site(site, SiteOptions("Test"))
    (site.cache / "pages" / "newer" / "actors.svg").unlink()
    again = render_site(site, SiteOptions("Test"))
    assert again.rendered == 1
    assert (site.cache / "pages" / "newer" / "actors.svg").is_file()
