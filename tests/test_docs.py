"""README tells the truth: its field tables match the schema, its command table the CLI.

As sqlite-utils checks its docs against its commands: a field or option added without a line in
README.md, or a README line left behind by a removed one, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from generator.cli import cli
from generator.story.schema import FIELD_DOCS, ITEM_SCHEMAS, STORY

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def table_rows(heading: str) -> dict[str, str]:
    """The rows of the tables under HEADING, keyed by each backticked name in a row's first cell."""
    section = README.split(heading, 1)[1]
    rows: dict[str, str] = {}
    for line in section.splitlines()[1:]:
        if line.startswith("#"):
            break
        if line.startswith("|"):
            first_cell = re.split(r"(?<!\\)\|", line)[1]  # a `\|` inside code is no cell border
            rows.update((name, line) for name in ticked(first_cell))
    return rows


def ticked(line: str) -> set[str]:
    return set(re.findall(r"`([^`]+)`", line))


STORY_ROWS = table_rows("### `story.yaml` fields")


ITEM_FIELDS = {name for schema in ITEM_SCHEMAS.values() for name in schema}


def test_every_story_field_has_a_row_and_every_row_a_field():
    """A row names a story field, or a field that items of several lists share (`flags`)."""
    assert set(STORY) <= set(STORY_ROWS)
    assert set(STORY_ROWS) - set(STORY) <= ITEM_FIELDS


@pytest.mark.parametrize("field", sorted(ITEM_SCHEMAS))
def test_every_item_field_is_named_in_its_row(field):
    shared_rows = set(STORY_ROWS) - set(STORY)
    assert set(ITEM_SCHEMAS[field]) - shared_rows <= ticked(STORY_ROWS[field])


def test_every_glossary_file_field_is_documented():
    section = README.split("### `glossary.yaml` fields", 1)[1].split("\n#", 1)[0]
    assert set(FIELD_DOCS["glossary.yaml"]) <= ticked(section)


COMMAND_ROWS = {
    key.split()[1]: line
    for key, line in table_rows("## Command line").items()
    if key.startswith("explainer ")
}


def test_every_command_has_a_row_and_every_row_a_command():
    assert set(COMMAND_ROWS) == set(cli.commands)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_option_of_a_command_is_in_its_row(name):
    options = {
        max(param.opts, key=len)
        for param in cli.commands[name].params
        if isinstance(param, click.Option) and not param.hidden and "--help" not in param.opts
    }
    row = COMMAND_ROWS[name]
    assert {option for option in options if option not in row} == set()


def test_every_package_of_the_code_is_installed():
    """pyproject lists packages by hand (site_templates/ is mapped in): a new subpackage must be
    listed, or an installed explainer (the Pages workflow's) fails to import it."""
    import tomllib

    root = Path(__file__).parent.parent
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(root).parts) for init in (root / "generator").rglob("__init__.py")
    }
    assert found <= listed
