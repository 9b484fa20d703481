"""`explainer new` options, the pinned requirement, the feed and plural counts, without a build."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import explainer

from generator.commands import extras
from generator.commands.new import check_url, create_site
from generator.errors import ExplainerError, SiteError
from generator.render.feed import render_feed
from generator.render.pages import count_of
from generator.story.model import Story


def test_title_and_url_go_into_mkdocs_yml(tmp_path: Path) -> None:
    created = create_site(tmp_path / "s", title='Ukraine "explained"', url="https://user.github.io/repo")
    config = yaml.safe_load((tmp_path / "s" / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["site_name"] == 'Ukraine "explained"'
    assert config["site_url"] == "https://user.github.io/repo/"
    assert not [w for w in created.warnings if "site_url" in w]


def test_without_url_new_warns_about_site_url(tmp_path: Path) -> None:
    result = explainer("new", str(tmp_path / "s"))
    assert result.returncode == 0
    assert "no site_url" in result.stderr
    config = (tmp_path / "s" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "site_url" not in yaml.safe_load(config)


@pytest.mark.parametrize("url", ["user.github.io/repo", "ftp://host/x/", "https://"])
def test_a_bad_url_is_refused(url: str) -> None:
    with pytest.raises(SiteError, match="--url"):
        check_url(url)


def test_the_requirement_is_never_a_bare_name(tmp_path: Path) -> None:
    create_site(tmp_path / "s")
    lines = (tmp_path / "s" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    wanted = [line for line in lines if line.strip() and not line.startswith("#")]
    assert len(wanted) == 1 and wanted[0].startswith("news-explainer @ git+https://")


def test_feed_lists_stories_newest_first_with_absolute_links() -> None:
    stories = [
        ("old", Story(title="Old & news", paragraphs=["First <b>lede</b>."], published="2023-01-02")),
        ("undated", Story(title="No date", paragraphs=["Lede."])),
        ("new", Story(title="New", paragraphs=["Second lede."], published="2024-05-06", section="World")),
    ]
    feed = render_feed("Site", "https://u.github.io/repo", "About", stories)
    assert feed.index("<link>https://u.github.io/repo/new/</link>") < feed.index("/repo/old/</link>")
    assert "<title>Old &amp; news</title>" in feed and "First &lt;b&gt;lede&lt;/b&gt;." in feed
    assert "<pubDate>Mon, 06 May 2024 00:00:00 +0000</pubDate>" in feed
    assert feed.count("<pubDate>") == 2, "an undated story got a date"
    assert 'href="https://u.github.io/repo/feed.xml"' in feed


def test_feed_without_site_url_links_relatively() -> None:
    feed = render_feed("Site", None, "", [("a", Story(title="A", paragraphs=["x"]))])
    assert "<link>a/</link>" in feed and 'isPermaLink="false"' in feed


@pytest.mark.parametrize(
    ("number", "noun", "said"),
    [
        (1, "person", "1 person"),
        (3, "person", "3 people"),
        (6, "organization", "6 organizations"),
        (2, "country", "2 countries"),
        (1, "place", "1 place"),
    ],
)
def test_counts_are_plural_when_they_should_be(number: int, noun: str, said: str) -> None:
    assert count_of(number, noun) == said


def test_extracting_without_the_extract_extra_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extras, "find_spec", lambda name: None if name == "spacy" else object())
    with pytest.raises(ExplainerError) as error:
        extras.require_extract("add")
    message = str(error.value)
    assert "\n" not in message and "spacy" in message and "news-explainer[extract]" in message
    monkeypatch.setattr(extras, "find_spec", lambda name: object())
    extras.require_extract("add")  # installed: no error
