"""Commands import only what they use: the heavy libraries wait for the commands that need them."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("spacy", "networkx", "trafilatura")


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["new", "--help"], ["build", "--help"]])
def test_light_commands_import_no_nlp_or_graph_library(argv):
    probe = (
        "import sys\n"
        "from generator.cli import cli\n"
        f"cli.main({argv!r}, standalone_mode=False)\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
