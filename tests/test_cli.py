"""The command line: exit codes, exact one-line messages, help with examples, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import FIXTURES
from helpers import explainer as run

COMMANDS = ["add", "extract", "build", "serve", "check", "new"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "-h")
    assert result.returncode == 0
    assert "Example:" in result.stdout
    assert f"explainer {command}" in result.stdout


def test_extract_prints_the_contract_and_writes_nothing(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text((FIXTURES / "wire-story.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("extract", str(article), "--published", "2024-03-04", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    story = json.loads(result.stdout)
    for key in (
        "title",
        "section",
        "published",
        "dateline",
        "paragraphs",
        "actors",
        "quotes",
        "events",
        "relations",
        "glossary",
        "times",
    ):
        assert key in story
    assert story["published"] == "2024-03-04"
    assert story["dateline"] == {"place": "LISBON", "agency": "Westwire", "date": None}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


def test_extract_yaml_format(tmp_path: Path) -> None:
    result = run("extract", str(FIXTURES / "wire-story.txt"), "--format", "yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("title: Harbour authority says")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "missing.txt"], "missing.txt: no such file"),
        (
            ["extract", "empty.txt"],
            "empty.txt: empty article: expected a headline and at least one paragraph",
        ),
        (
            ["extract", "binary.txt"],
            "binary.txt: binary data, not a text article (give a .txt, .md or .html file)",
        ),
        (
            ["extract", "empty.txt", "--published", "12/07/2023"],
            "--published '12/07/2023': expected a date like 2023-07-12",
        ),
        (["build"], "no mkdocs.yml here or above"),
        (["check"], "no mkdocs.yml here or above"),
        (["add", "empty.txt"], "no mkdocs.yml here or above"),
    ],
)
def test_errors_are_one_line_with_exit_1(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "No such command 'frobnicate'" in result.stderr


def test_new_refuses_an_existing_site(tmp_path: Path) -> None:
    assert run("new", str(tmp_path / "s")).returncode == 0
    result = run("new", str(tmp_path / "s"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"{tmp_path / 's' / 'mkdocs.yml'}: a site exists here already"


def test_add_a_folder_with_two_jobs_reports_every_file(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run("new", str(site)).returncode == 0
    inbox = tmp_path / "inbox"
    (inbox / "more").mkdir(parents=True)
    (inbox / "wire.txt").write_text(
        (FIXTURES / "wire-story.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (inbox / "more" / "summit.txt").write_text(
        (FIXTURES / "summit-story.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    result = run("add", str(inbox), "--jobs", "2", cwd=site)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("added ") == 2
    assert result.stdout.strip().splitlines()[-1] == "2 added, 1 skipped, 0 failed"
    assert result.stderr.strip() == (
        f"{inbox / 'scan.pdf'}: skipped: unsupported type: '.pdf' files are not read "
        "(give .txt, .md or .html; save other documents as text first)"
    )


def test_add_of_an_address_is_fetched_not_read_as_a_path(tmp_path: Path) -> None:
    assert run("new", str(tmp_path / "site")).returncode == 0
    result = run("add", "ftp://example.org/story.html", cwd=tmp_path / "site")
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "ftp://example.org/story.html: only http:// and https:// addresses can be fetched"
    )
