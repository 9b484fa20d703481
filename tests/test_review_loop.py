"""The editing loop end to end: re-extraction keeps the publication date and the editor's cleared flags,
a changed `published:` is re-resolved by re-extraction (and `check` says so), `review` lists the rest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from helpers import FIXTURES, explainer, make_site

from generator.story.content import load_story, save_story

SLUG = "port-fees"
ARTICLE = str(FIXTURES / "wire-story.txt")  # "... said on Monday ..."


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return make_site(tmp_path / "site", {SLUG: ("wire-story.txt", "2024-03-04")})


def story_file(site: Path) -> Path:
    return site / "content" / SLUG / "story.yaml"


def monday_event(site: Path) -> str | None:
    story = load_story(story_file(site))
    return next(e.date for e in story.events if (e.relative or "").lower() == "on monday")


def test_add_force_keeps_the_publication_date_and_re_resolves_an_edited_one(site: Path) -> None:
    assert monday_event(site) == "2024-03-04"
    forced = explainer("add", ARTICLE, "--slug", SLUG, "--force", cwd=site)  # no --published
    assert forced.returncode == 0, forced.stderr
    assert load_story(story_file(site)).published == "2024-03-04"
    assert monday_event(site) == "2024-03-04"  # still resolved, not relative

    path = story_file(site)
    path.write_text(
        path.read_text(encoding="utf-8").replace("published: '2024-03-04'", "published: '2024-03-11'")
    )
    assert load_story(path).published == "2024-03-11"
    checked = explainer("check", cwd=site)
    assert checked.returncode == 0 and "published: changed from 2024-03-04 to 2024-03-11" in checked.stdout
    assert "--force" in checked.stdout

    again = explainer("add", ARTICLE, "--slug", SLUG, "--force", cwd=site)
    assert again.returncode == 0, again.stderr
    assert load_story(path).published == "2024-03-11"
    assert monday_event(site) == "2024-03-11"
    assert "published: changed" not in explainer("check", cwd=site).stdout


def test_cleared_flags_stay_cleared_after_add_force(site: Path) -> None:
    path = story_file(site)
    story = load_story(path)
    flagged = [
        (key, i)
        for key in ("actors", "quotes", "events", "glossary")
        for i, x in enumerate(getattr(story, key))
        if x.flags
    ]
    assert len(flagged) >= 2, "the example needs two flagged items"
    (key, index), (other_key, other_index) = flagged[0], flagged[1]
    getattr(story, key)[index].flags = []  # the editor checked it and cleared the flag
    story.status = "reviewed"
    save_story(path.parent, story)

    forced = explainer("add", ARTICLE, "--slug", SLUG, "--force", cwd=site)
    assert forced.returncode == 0, forced.stderr
    again = load_story(path)
    assert getattr(again, key)[index].flags == []
    assert getattr(again, other_key)[other_index].flags  # the flag no one cleared is still there
    assert again.status == "reviewed"


def test_review_lists_items_as_file_line_what_why(site: Path) -> None:
    result = explainer("review", cwd=site)
    assert result.returncode == 0, result.stderr
    *items, summary = result.stdout.splitlines()
    assert items, "the example has flagged items"
    lines = story_file(site).read_text(encoding="utf-8").splitlines()
    for item in items:
        match = re.match(rf"content/{SLUG}/story\.yaml:(\d+): (actor|quote|event|relation|term) .+: .+", item)
        assert match, item
        assert lines[int(match.group(1)) - 1].startswith("- "), f"{item} does not point at a list item"
    assert re.match(rf"{SLUG}: draft, {len(items)} items? to check", summary), summary
    data = yaml.safe_load(story_file(site).read_text(encoding="utf-8"))
    assert data["status"] == "draft"
