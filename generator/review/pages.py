"""What review changes in the built site: drafts left out on request, review pages under serve.

The site setting `extra: {drafts: false}` in mkdocs.yml, or `explainer build --reviewed-only`
(which sets `EXPLAINER_REVIEWED_ONLY` for the MkDocs run), leaves draft stories out of the site:
no page, no nav entry, no card, no glossary or actor link. `explainer serve` sets
`EXPLAINER_REVIEW_PAGES`, and each draft story then gets a `review.md` page: its review queue,
linked to the paragraphs, and linked from the draft notice.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import jinja2

from ..render.pages import StoryPages
from ..story.model import Story
from .queue import review_items

REVIEWED_ONLY_ENV = "EXPLAINER_REVIEWED_ONLY"
REVIEW_PAGES_ENV = "EXPLAINER_REVIEW_PAGES"
REVIEW_PAGE = "review"


def render_options(extra: Any) -> dict[str, bool]:
    """The render_site options of this MkDocs run, from mkdocs.yml `extra` and the environment."""
    drafts = os.environ.get(REVIEWED_ONLY_ENV) != "1" and (extra or {}).get("drafts", True) is not False
    return {"drafts": drafts, "review_pages": drafts and os.environ.get(REVIEW_PAGES_ENV) == "1"}


def run_environment(reviewed_only: bool = False, review_pages: bool = False) -> dict[str, str]:
    """Environment variables that carry the command-line choices into the MkDocs run."""
    return {REVIEWED_ONLY_ENV: "1" if reviewed_only else "0", REVIEW_PAGES_ENV: "1" if review_pages else "0"}


def publishable(stories: list[tuple[str, Story]], drafts: bool) -> list[tuple[str, Story]]:
    """The stories the site shows: all of them, or only the reviewed ones."""
    return stories if drafts else [(slug, story) for slug, story in stories if story.status == "reviewed"]


def render_review_page(env: jinja2.Environment, story: Story, story_file: Path) -> str:
    """The review page of a draft story: its flagged items, each linked to its paragraph."""
    helper = StoryPages(story)
    items = review_items(story, story_file.read_text(encoding="utf-8"))
    return env.get_template("review.md.j2").render(
        story=story,
        items=items,
        path=f"content/{story_file.parent.name}/{story_file.name}",
        tabs=helper.tabs(REVIEW_PAGE),
        para_link=helper.para_link,
    )
