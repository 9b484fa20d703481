"""`explainer publish`: what must hold before the site is pushed to GitHub Pages, and its label.

A deployment must show what is committed: content, settings or templates with uncommitted changes
would be published under the last commit's name, so they stop the publish unless `--force`, and
then the label says so. Every problem (no git repository, no remote, no commit yet) is one line
that says how to fix it, checked before MkDocs runs.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

from ..errors import SiteError
from ..story.site import CONFIG_NAME, Site
from .git import git_output

SOURCES = ("content", CONFIG_NAME, "site_templates")  # what the published pages are built from


@dataclass
class PublishPlan:
    """What will be deployed: the commit, the uncommitted source files included, the warnings."""

    commit: str
    branch: str
    stories: int
    uncommitted: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The commit message of the deployment: which source commit, and whether more than it."""
        built = f"Deployed {self.commit[:12]} ({self.branch}, {self.stories} stories)"
        if self.uncommitted:
            built += f" with {len(self.uncommitted)} uncommitted changes: {', '.join(self.uncommitted[:5])}"
            if len(self.uncommitted) > 5:
                built += ", …"
        built = built.replace("{", "{{").replace("}", "}}")  # MkDocs fills in {sha} and {version}
        return built + " by explainer, MkDocs {version}"


def plan_publish(site: Site, remote: str, force: bool) -> PublishPlan:
    """Check the repository, the remote and the working tree; raise SiteError on the first problem."""
    if not _ok(site.root, "rev-parse", "--is-inside-work-tree"):
        raise SiteError(f"{site.root}: not a git repository: run 'git init', commit the site, add a remote")
    if not _ok(site.root, "remote", "get-url", remote):
        raise SiteError(
            f"{site.root}: no git remote named {remote!r}: add one with "
            f"'git remote add {remote} URL' or name another with --remote"
        )
    commit = git_output(site.root, "rev-parse", "--verify", "--quiet", "HEAD")
    if not commit:
        raise SiteError(f"{site.root}: no commit yet: commit the site ('git add -A && git commit') first")
    status = git_output(
        site.root, "status", "--porcelain", "--untracked-files=all", "--", *SOURCES, strip=False
    )
    uncommitted = sorted({line[3:].strip('"') for line in status.splitlines() if line.strip()})
    if uncommitted and not force:
        shown = ", ".join(uncommitted[:3]) + (", …" if len(uncommitted) > 3 else "")
        raise SiteError(
            f"{site.root}: {len(uncommitted)} uncommitted changes in the site's sources ({shown}): "
            "commit them first, or publish them anyway with --force"
        )
    branch = git_output(site.root, "rev-parse", "--abbrev-ref", "HEAD") or "HEAD"
    plan = PublishPlan(commit, branch, len(site.story_dirs()), uncommitted)
    plan.warnings += unpushed_warning(site.root, remote, branch)
    if not site_url(site):
        plan.warnings.append(
            f"{site.config}: no site_url: under a project path (https://user.github.io/repo/) the 404 "
            "page loses its styles and the sitemap and canonical links are missing; set it"
        )
    return plan


def unpushed_warning(root: Path, remote: str, branch: str) -> list[str]:
    """Say so when the published commit is not on the remote: the site would show unsaved sources."""
    if branch == "HEAD":
        return []
    if not _ok(root, "rev-parse", "--verify", "--quiet", f"refs/remotes/{remote}/{branch}"):
        return [f"branch {branch} is not on {remote}: push your sources too ('git push {remote} {branch}')"]
    ahead = git_output(root, "rev-list", "--count", f"{remote}/{branch}..HEAD")
    if ahead and ahead != "0":
        return [f"{branch} has {ahead} commits not on {remote}: push your sources too ('git push')"]
    return []


def site_url(site: Site) -> str | None:
    """The `site_url` of mkdocs.yml (INHERIT followed), or None when unset."""
    with site.config.open(encoding="utf-8") as handle:
        value = yaml_load(handle).get("site_url")
    return str(value) if value else None


def _ok(root: Path, *args: str) -> bool:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True).returncode == 0
    except OSError:  # git itself is missing
        raise SiteError("git is not installed: publishing pushes to a git remote") from None
