"""Orchestration: the steps the CLI commands run, each a call into one stage.

`extract_file` is ingest + extract (prints nothing, writes nothing); `check_site` validates all
content; `run_mkdocs` hands the site to MkDocs, whose explainer plugin renders the pages.
Adding stories to `content/` is the job of `add`.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from ..errors import ExplainerError, SiteError
from ..ingest import read_article
from ..render import load_content
from ..review import flag_story
from ..review.pages import run_environment
from ..story.content import load_glossary, report
from ..story.model import GlossaryEntry, Story
from ..story.site import STORY_FILE, Site
from .review import stale_dates


def check_date(value: str | None) -> str | None:
    """Accept an ISO date (YYYY-MM-DD) or None; anything else is a clear error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ExplainerError(f"--published {value!r}: expected a date like 2023-07-12") from None


def site_glossary(site: Site | None) -> list[GlossaryEntry]:
    return load_glossary(site.glossary_file) if site else []


def extract_file(path: Path, published: str | None, site: Site | None) -> Story:
    """Ingest and extract one article file."""
    article = read_article(path, published)
    glossary = site_glossary(site)
    from ..extract import extract_story  # spaCy takes a second to import: only extracting pays for it
    from ..extract.nlp import load_nlp, parse_article

    return flag_story(extract_story(parse_article(article, load_nlp()), glossary))


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


def mkdocs_argv(site: Site, command: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", command, "--config-file", str(site.config), *args]


def mkdocs_env(reviewed_only: bool, review_pages: bool) -> dict[str, str]:
    """The environment MkDocs runs in: the plugin reads the review settings from it."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", **run_environment(reviewed_only, review_pages)}


def run_mkdocs(
    site: Site, command: str, *args: str, reviewed_only: bool = False, review_pages: bool = False
) -> None:
    """Run `mkdocs COMMAND` on the site; a failed build becomes a SiteError."""
    argv = mkdocs_argv(site, command, *args)
    result = subprocess.run(argv, cwd=site.root, env=mkdocs_env(reviewed_only, review_pages))
    if result.returncode != 0:
        raise SiteError(f"{site.config}: mkdocs {command} failed (exit {result.returncode}); see above")


def exec_mkdocs(site: Site, command: str, *args: str, review_pages: bool = False) -> None:
    """Become `mkdocs COMMAND` (no child process: a signal to this process reaches MkDocs)."""
    os.chdir(site.root)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, mkdocs_argv(site, command, *args), mkdocs_env(False, review_pages))
