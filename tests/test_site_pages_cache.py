"""The site-wide pages (listings, feed, glossary, actors) are reused only while their inputs are the same.

Every test compares what the cached render hands to MkDocs with a render from an empty cache: a
stale page must never be served, whatever was edited.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.render import generate
from generator.render.generate import SiteOptions, render_site
from generator.story.content import save_story
from generator.story.model import Actor, Quote, Story
from generator.story.site import Site


def story(title: str, published: str, speaker: str, name: str) -> Story:
    return Story(
        title=title,
        published=published,
        section="Harbours",
        paragraphs=[f'"The {title.lower()} is late," {name} said.'],
        actors=[Actor(speaker, name, "person", role="port engineer")],
        quotes=[Quote("q1", speaker, name, f"The {title.lower()} is late", "direct", 1, "said")],
    )


@pytest.fixture
def site(tmp_path: Path) -> Site:
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    save_story(tmp_path / "content" / "dredging", story("Dredging", "2023-03-01", "lea-moss", "Lea Moss"))
    save_story(tmp_path / "content" / "new-quay", story("New quay", "2024-07-09", "lea-moss", "Lea Moss"))
    save_story(tmp_path / "content" / "ferry", story("Ferry", "2022-11-20", "tom-ash", "Tom Ash"))
    return Site(tmp_path)


@pytest.fixture
def site_renders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the renders of the site-wide pages."""
    calls: list[int] = []
    original = generate.render_site_pages

    def counted(*args: object, **kwargs: object) -> dict[str, str]:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(generate, "render_site_pages", counted)
    return calls


def texts(site: Site, options: SiteOptions) -> dict[str, str]:
    pages = render_site(site, options).pages
    return {
        uri: path.read_text(encoding="utf-8") for uri, path in pages.items() if uri.endswith((".md", ".xml"))
    }


def fresh_texts(site: Site, options: SiteOptions) -> dict[str, str]:
    """What a render from an empty cache hands to MkDocs."""
    shutil.rmtree(site.cache)
    return texts(site, options)


def test_unchanged_site_pages_are_reused_as_they_were(site: Site, site_renders: list[int]) -> None:
    first = texts(site, SiteOptions("Test"))
    again = render_site(site, SiteOptions("Test"))
    assert len(site_renders) == 1
    assert again.written == 0
    assert {
        uri: path.read_text(encoding="utf-8") for uri, path in again.pages.items() if uri in first
    } == first
    assert "actors/lea-moss/index.md" in again.pages  # a shared actor's page is still handed to MkDocs


def test_an_edited_story_renders_the_site_pages_again(site: Site, site_renders: list[int]) -> None:
    texts(site, SiteOptions("Test"))
    path = site.content / "ferry" / "story.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Tom Ash", "Tomas Ash"), encoding="utf-8")
    cached = texts(site, SiteOptions("Test"))
    assert len(site_renders) == 2
    assert "Tomas Ash" in cached["actors/index.md"] or "Tomas Ash" in cached["actors/letters/t/index.md"]
    assert cached == fresh_texts(site, SiteOptions("Test"))


def test_a_new_and_a_removed_story_change_the_listings(site: Site) -> None:
    texts(site, SiteOptions("Test"))
    save_story(site.content / "tug", story("Tug strike", "2025-01-02", "tom-ash", "Tom Ash"))
    cached = texts(site, SiteOptions("Test"))
    assert "Tug strike" in cached["index.md"]
    assert "actors/tom-ash/index.md" in cached  # Tom Ash is now in two stories
    assert cached == fresh_texts(site, SiteOptions("Test"))
    shutil.rmtree(site.content / "tug")
    cached = texts(site, SiteOptions("Test"))
    assert "Tug strike" not in cached["index.md"] and "actors/tom-ash/index.md" not in cached
    assert not (site.cache / "pages" / "actors" / "tom-ash").exists()
    assert cached == fresh_texts(site, SiteOptions("Test"))


@pytest.mark.parametrize(
    "options",
    [SiteOptions("Renamed"), SiteOptions("Test", per_page=1), SiteOptions("Test", site_url="https://x.org/")],
)
def test_other_options_render_the_site_pages_again(site: Site, options: SiteOptions) -> None:
    texts(site, SiteOptions("Test"))
    cached = texts(site, options)
    assert cached == fresh_texts(site, options)
    assert cached != fresh_texts(site, SiteOptions("Test"))


def test_an_edited_site_glossary_or_template_shows(site: Site) -> None:
    texts(site, SiteOptions("Test"))
    site.glossary_file.write_text(
        "- term: dredging\n  definition: Digging out a harbour bed.\n", encoding="utf-8"
    )
    cached = texts(site, SiteOptions("Test"))
    assert "Digging out a harbour bed." in "".join(cached.values())
    assert cached == fresh_texts(site, SiteOptions("Test"))
    site.overrides.mkdir()
    (site.overrides / "home.md.j2").write_text("# Overridden home\n", encoding="utf-8")
    cached = texts(site, SiteOptions("Test"))
    assert cached["index.md"].startswith("# Overridden home")


@pytest.mark.parametrize("damage", ["delete a page", "empty the manifest", "garble the manifest"])
def test_a_damaged_cache_is_rendered_again(site: Site, site_renders: list[int], damage: str) -> None:
    first = texts(site, SiteOptions("Test"))
    pages = site.cache / "pages"
    if damage == "delete a page":
        (pages / "actors" / "index.md").unlink()
    else:
        (pages / "site.key").write_text(
            "" if damage == "empty the manifest" else "0\nindex.md\n", encoding="utf-8"
        )
    assert texts(site, SiteOptions("Test")) == first
    assert len(site_renders) == 2
