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
    assert "published to origin/gh-pages" in result.stdout
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


def test_publish_outside_a_git_repository_fails_cleanly(tmp_path: Path) -> None:
    site = make_site(tmp_path / "s", {})
    result = explainer("publish", cwd=site, env=GIT_ENV)
    assert result.returncode == 1
    assert "mkdocs gh-deploy failed" in result.stderr.strip().splitlines()[-1]
