"""`explainer build`, `serve` and `publish` run MkDocs on the site; its explainer plugin renders
the stories (see `render.plugin`). `serve` replaces this process with MkDocs, so that a signal sent
to it reaches MkDocs and no child outlives it.
"""

from __future__ import annotations

import os
import subprocess
import sys

from ..errors import SiteError
from ..review.pages import run_environment
from ..story.site import Site


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
