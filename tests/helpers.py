"""What the tests share: the installed command, the fixtures, a new site with stories, and the
relations extracted from a few test sentences."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli
from generator.extract.actors import extract_actors
from generator.extract.relations import extract_relations
from generator.story.model import Quote

EXPLAINER = str(Path(sys.executable).parent / "explainer")
FIXTURES = Path(__file__).parent / "fixtures"
COMMAND_TIMEOUT = 600  # seconds; a hang fails the test instead of blocking the run


def explainer(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed `explainer` command; output captured as text."""
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [EXPLAINER, *args], capture_output=True, text=True, cwd=cwd, env=environment, timeout=COMMAND_TIMEOUT
    )


def make_site(root: Path, stories: dict[str, tuple[str, str | None]], *options: str) -> Path:
    """`explainer new ROOT [OPTIONS]`, then add each fixture article: slug -> (fixture file, published)."""
    created = explainer("new", str(root), *options)
    assert created.returncode == 0, created.stderr
    for slug, (fixture, published) in stories.items():
        dated = ["--published", published] if published else []
        added = explainer("add", str(FIXTURES / fixture), "--slug", slug, *dated, cwd=root)
        assert added.returncode == 0, added.stderr
    return root


def run_cli(
    args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """Run the CLI's entry point in this process (the model loads once); return exit code, out, err."""
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(sys, "argv", ["explainer", *args])
    try:
        cli.main()
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def relation_triples(
    parse, paragraphs: str | list[str], quotes: list[Quote] | None = None
) -> set[tuple[str, str, str]]:
    """The (source, kind, target) relations extracted from test paragraphs, with their quotes."""
    parsed = parse(paragraphs)
    index = extract_actors(parsed)
    return {(r.source, r.kind, r.target) for r in extract_relations(parsed, index, quotes or [])}
