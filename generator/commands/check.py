"""`explainer check`: validate every content file; warn about what readers would miss.

`validate_site` is the check every build starts with (content errors stop it before MkDocs runs);
`check_site` adds the warnings an editor acts on: wanted or doubtful definitions, dates resolved
against a publication date that has since been edited.
"""

from __future__ import annotations

from ..render.generate import load_content
from ..story.content import report
from ..story.site import STORY_FILE, Site
from .review import stale_dates


def validate_site(site: Site) -> None:
    """Validate all content, raising ContentError with every problem (stories read before are
    not read again: see render.story_store)."""
    load_content(site)


def check_site(site: Site) -> list[str]:
    """Validate all content (raising ContentError); return warnings, such as wanted definitions."""
    stories, _ = load_content(site)
    warnings = []
    for slug, story in stories:
        wanted = [
            (
                f"glossary[{i}].definition",
                f"definition wanted for {t.term!r} (add it to {site.glossary_file.name})"
                if not t.definition
                else f"doubtful {t.source} sense for {t.term!r}: check it, then set doubtful: false",
            )
            for i, t in enumerate(story.glossary)
            if not t.definition or t.doubtful
        ]
        if wanted:
            path = site.story_dir(slug) / STORY_FILE
            warnings += report(path, path.read_text(encoding="utf-8"), wanted)
    return warnings + stale_dates(site, stories)
