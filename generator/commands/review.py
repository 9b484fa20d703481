"""`explainer review [SLUG…]` and the review warnings of `explainer check`.

Only the CLI prints: these functions return the lines.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import ContentError, ExplainerError
from ..render.generate import load_content
from ..review.queue import counts, review_items
from ..story.content import load_story
from ..story.model import Story
from ..story.site import STORY_FILE, Site
from .add import BASE_FILE


def review_lines(site: Site, slugs: tuple[str, ...] = ()) -> list[str]:
    """The review queue of the named stories, or of every draft story: items, then a summary each."""
    stories, _ = load_content(site)
    known = {slug for slug, _ in stories}
    unknown = [s for s in slugs if s not in known]
    if unknown:
        raise ExplainerError(f"{site.content}: no story {unknown[0]!r} (stories: {', '.join(sorted(known))})")
    chosen = [
        (slug, story)
        for slug, story in stories
        if slug in slugs or (not slugs and story.status != "reviewed")
    ]
    lines = []
    for slug, story in chosen:
        path = site.story_dir(slug) / STORY_FILE
        shown = display(path)
        items = review_items(story, path.read_text(encoding="utf-8"))
        for item in items:
            lines.append(f"{shown}:{item.line}: {item.label}: {'; '.join(item.reasons)}")
        what = (
            f"{len(items)} item{'s' if len(items) != 1 else ''} to check ({counts(items)})"
            if items
            else "nothing flagged"
        )
        lines.append(
            f"{slug}: draft, {what}; when done, set 'status: reviewed' in {shown}"
            if story.status != "reviewed"
            else f"{slug}: reviewed, {what}"
        )
    if not chosen:
        lines.append("no draft stories to review")
    return lines


def stale_dates(site: Site, stories: list[tuple[str, Story]]) -> list[str]:
    """Warnings for stories whose `published:` changed since extraction resolved their dates."""
    warnings = []
    for slug, story in stories:
        base = site.story_dir(slug) / BASE_FILE
        try:
            extracted = load_story(base).published if base.is_file() else story.published
        except ContentError:
            continue
        if extracted != story.published:
            warnings.append(
                f"{display(site.story_dir(slug) / STORY_FILE)}: published: changed from {extracted} to "
                f"{story.published}, but the event dates were resolved against {extracted}: re-extract with "
                f"'explainer add ARTICLE --slug {slug} --force' (your edits and the new date are kept)"
            )
    return warnings


def display(path: Path) -> str:
    """A path relative to the current folder when it is inside it (shorter lines for editors)."""
    try:
        return os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd().resolve()) else str(path)
    except ValueError:
        return str(path)
