"""The MkDocs plugin, through real `mkdocs build --strict` runs on small hand-made sites."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import explainer

from generator.story.content import save_story
from generator.story.model import Actor, Quote, Story

CONFIG = """site_name: Plugin test
docs_dir: pages
theme:
  name: material
plugins:
  - search
  - explainer
"""


def story(title: str, published: str) -> Story:
    return Story(
        title=title,
        published=published,
        section="Ports",
        paragraphs=[f'"{title} matters," Ana Ribeiro said.'],
        actors=[Actor("ana-ribeiro", "Ana Ribeiro", "person")],
        quotes=[Quote("q1", "ana-ribeiro", "Ana Ribeiro", f"{title} matters", "direct", 1, "said")],
    )


def mkdocs_build(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
    )


def make_site(root: Path) -> Path:
    (root / "pages").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    save_story(root / "content" / "fees", story("Port fees rise", "2024-03-04"))
    save_story(root / "content" / "strike", story("Ferry strike ends", "2024-03-05"))
    return root


def test_any_docs_dir_builds_every_page_and_stays_empty(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    (root / "pages" / "extra.md").write_text("# Extra\n\nA page of the site owner.\n", encoding="utf-8")
    (root / "content" / "about.md").write_text("# About\n\nWho we are.\n", encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    for page in (
        "fees/index.html",
        "fees/timeline/index.html",
        "strike/source/index.html",
        "fees/actors.svg",
    ):
        assert (root / "site" / page).is_file(), page
    for page in ("index.html", "sections/ports/index.html", "archive/2024/index.html", "actors/index.html"):
        assert (root / "site" / page).is_file(), page
    assert (root / "site" / "actors" / "ana-ribeiro" / "index.html").is_file()
    assert (root / "site" / "extra" / "index.html").is_file() and (
        root / "site" / "about" / "index.html"
    ).is_file()
    assert sorted(p.name for p in (root / "pages").iterdir()) == ["extra.md"]
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert "Ferry strike ends" in home and 'href="fees/"' in home
    assert 'href="fees/timeline/"' not in home  # story pages are not in the navigation
    search = json.loads((root / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {doc["location"]: doc["title"] for doc in search["docs"]}
    assert titles["fees/timeline/"] == "Timeline: Port fees rise"  # a result names its story


def test_a_removed_story_leaves_nothing_behind(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    assert mkdocs_build(root).returncode == 0
    for path in (root / "content" / "strike").iterdir():
        path.unlink()
    (root / "content" / "strike").rmdir()
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    assert not (root / "site" / "strike").exists()
    assert "Ferry strike ends" not in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_an_override_wins_for_its_template_only(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    (root / "site_templates").mkdir()
    (root / "site_templates" / "timeline.md.j2").write_text(
        "---\ntitle: {{ story.title | yaml }}\n---\n\n# Our own timeline of {{ story.title }}\n",
        encoding="utf-8",
    )
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    assert "Our own timeline of Port fees rise" in (
        root / "site" / "fees" / "timeline" / "index.html"
    ).read_text(encoding="utf-8")
    assert "Who said what" in (root / "site" / "fees" / "quotes" / "index.html").read_text(encoding="utf-8")


def test_headings_carry_no_tooltips_without_naming_the_extension(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    (root / "content" / "glossary.yaml").write_text(
        "- term: ferry\n  definition: A boat that carries people across water.\n", encoding="utf-8"
    )
    (root / "content" / "about.md").write_text("# The ferry\n\nWe cover the ferry.\n", encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    about = (root / "site" / "about" / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="A boat that carries people across water.">ferry</abbr>' in about
    assert "<h1" in about and "<abbr" not in about.split("<h1", 1)[1].split("</h1>", 1)[0]


def test_a_content_error_stops_the_build_with_its_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    path = root / "content" / "fees" / "story.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("kind: person", "kind: robot"), encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 1
    assert f"{path}:" in result.stderr and "not 'robot'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_new_site_overrides_nothing_and_names_no_python_module(tmp_path: Path) -> None:
    created = explainer("new", str(tmp_path / "new"))
    assert created.returncode == 0, created.stderr
    assert [p.name for p in (tmp_path / "new" / "site_templates").iterdir()] == ["README.md"]
    config = (tmp_path / "new" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "generator" not in config
    assert mkdocs_build(tmp_path / "new").returncode == 0


def test_pages_an_older_version_generated_into_docs_are_left_out(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    (root / "pages" / ".gitignore").write_text(
        "# Generated by explainer from content/\n*\n", encoding="utf-8"
    )
    (root / "pages" / "gone").mkdir()
    (root / "pages" / "gone" / "index.md").write_text("# A story deleted long ago\n", encoding="utf-8")
    (root / "pages" / "index.md").write_text("# An old home page\n", encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    assert not (root / "site" / "gone").exists()
    assert "Ferry strike ends" in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_graphs_drawn_in_worker_processes_join_the_site(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    for number in range(16):  # enough changed stories for the graphs to be drawn in parallel
        save_story(root / "content" / f"more-{number}", story(f"Fee rise number {number}", "2024-04-01"))
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    graphs = sorted((root / "site").glob("*/actors.svg"))
    assert len(graphs) == 18
    assert all(g.read_text(encoding="utf-8").startswith("<?xml") for g in graphs)
    assert len(list((root / ".cache" / "explainer" / "pages").glob("*/render.key"))) == 18


def test_a_broken_override_is_named_in_one_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    (root / "site_templates").mkdir()
    (root / "site_templates" / "home.md.j2").write_text("# {{ sections[0].stories }}\n", encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 1
    assert "site_templates/home.md.j2" in result.stderr and "compare it with the package's" in result.stderr
    assert "Traceback" not in result.stderr
