"""The pinned source of explainer that a new site's Pages workflow installs.

`news-explainer` is not on PyPI, and whoever registered the name there would run code in the
workflow with `pages: write` and `id-token: write`. So the workflow installs explainer from a git
repository at a full commit hash, which cannot be moved or hijacked: the one this explainer was
installed from (pip records it), or the git checkout it runs from when that has an `origin` on a
public host. Only the build part is installed: no spaCy, model or trafilatura.
"""

from __future__ import annotations

import json
import re
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from .git import git_output

DISTRIBUTION = "news-explainer"
FULL_SHA = re.compile(r"[0-9a-f]{40}")
PUBLIC_URL = re.compile(r"https://[^\s@]+")
SSH_GITHUB = re.compile(r"git@github\.com:(?P<path>[^\s]+)")


def pinned_requirement() -> str | None:
    """`news-explainer @ git+URL@SHA` for the explainer that runs, or None when it cannot tell."""
    source = installed_from_git() or checkout_source(Path(__file__).resolve().parents[2])
    if source is None:
        return None
    url, sha = source
    return f"{DISTRIBUTION} @ git+{url}@{sha}"


def installed_from_git() -> tuple[str, str] | None:
    """(repository URL, commit) when pip installed explainer from a git URL (PEP 610 direct_url.json)."""
    try:
        text = distribution(DISTRIBUTION).read_text("direct_url.json")
    except PackageNotFoundError:
        return None
    if not text:
        return None
    data = json.loads(text)
    vcs = data.get("vcs_info") or {}
    url, sha = data.get("url", ""), vcs.get("commit_id", "")
    if vcs.get("vcs") == "git" and PUBLIC_URL.fullmatch(url) and FULL_SHA.fullmatch(sha):
        return url, sha
    return None


def checkout_source(folder: Path) -> tuple[str, str] | None:
    """(origin URL, HEAD commit) of a git checkout whose origin is a public https (or GitHub ssh) URL."""
    if not (folder / ".git").exists():
        return None
    url = git_output(folder, "remote", "get-url", "origin")
    sha = git_output(folder, "rev-parse", "HEAD")
    ssh = SSH_GITHUB.fullmatch(url)
    if ssh:
        url = f"https://github.com/{ssh['path']}"
    return (url, sha) if PUBLIC_URL.fullmatch(url) and FULL_SHA.fullmatch(sha) else None
