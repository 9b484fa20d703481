"""Publishing with real git: `explainer publish` pushes the built site to a local bare remote."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from helpers import explainer, make_site

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
}


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    root = tmp_path_factory.mktemp("publish")
    remote, site = root / "remote.git", root / "site"
    git("init", "--bare", "-q", str(remote), cwd=root)
    make_site(site, {"port-fees": ("wire-story.txt", None)})
    git("init", "-q", "-b", "main", cwd=site)
    git("add", "-A", cwd=site)
    git("commit", "-q", "-m", "site", cwd=site)
    git("remote", "add", "origin", str(remote), cwd=site)
    return remote, explainer("publish", cwd=site, env=GIT_ENV)


def test_publish_pushes_the_site_to_gh_pages(
    published: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    remote, result = published
    assert result.returncode == 0, result.stderr
    assert "to origin/gh-pages" in result.stdout
    files = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())
    assert {
        "index.html",
        ".nojekyll",
        "port-fees/index.html",
        "port-fees/source/index.html",
        "port-fees/actors.svg",
        "sitemap.xml",
    } <= files
    assert not any(name.startswith(("content/", "docs/")) for name in files)


def test_published_pages_use_no_absolute_links(
    published: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    remote, _ = published
    for name in ("index.html", "port-fees/index.html", "port-fees/quotes/index.html"):
        html = git("show", f"gh-pages:{name}", cwd=remote)
        links = re.findall(r'(?:href|src)="([^"]*)"', html)
        assert links
        assert not [link for link in links if link.startswith("/") and not link.startswith("//")], name


def test_the_deployment_is_labelled_with_the_source_commit(
    published: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    remote, _ = published
    source = git("rev-parse", "main", cwd=remote.parent / "site").strip()
    label = git("log", "-1", "--format=%s", "gh-pages", cwd=remote)
    assert f"Deployed {source[:12]} (main, 1 stories)" in label
    assert "uncommitted" not in label


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_publish_outside_a_git_repository_fails_cleanly(tmp_path: Path) -> None:
    site = make_site(tmp_path / "s", {})
    assert "not a git repository" in one_line_error(explainer("publish", cwd=site, env=GIT_ENV))


def committed_site(root: Path) -> Path:
    """A new site, committed on `main`, without stories."""
    site = make_site(root, {})
    git("init", "-q", "-b", "main", cwd=site)
    git("add", "-A", cwd=site)
    git("commit", "-q", "-m", "site", cwd=site)
    return site


def test_publish_without_the_remote_says_how_to_add_it(tmp_path: Path) -> None:
    site = committed_site(tmp_path / "s")
    line = one_line_error(explainer("publish", cwd=site, env=GIT_ENV))
    assert "no git remote named 'origin'" in line and "git remote add origin" in line


def test_uncommitted_content_stops_the_publish_unless_forced(tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    git("init", "--bare", "-q", str(remote), cwd=tmp_path)
    site = committed_site(tmp_path / "s")
    git("remote", "add", "origin", str(remote), cwd=site)
    about = site / "content" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nAn edit not yet committed.\n", encoding="utf-8")

    line = one_line_error(explainer("publish", cwd=site, env=GIT_ENV))
    assert "content/about.md" in line and "--force" in line
    assert not git("branch", "--list", "gh-pages", cwd=remote).strip(), "something was deployed"

    forced = explainer("publish", "--force", cwd=site, env=GIT_ENV)
    assert forced.returncode == 0, forced.stderr
    label = git("log", "-1", "--format=%s", "gh-pages", cwd=remote)
    assert "with 1 uncommitted changes: content/about.md" in label
    assert "not on origin" in forced.stderr  # the sources were never pushed
