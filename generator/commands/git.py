"""Asking git about a checkout: the one helper `new` (pinning) and `publish` share."""

from __future__ import annotations

import subprocess
from pathlib import Path


def git_output(root: Path, *args: str, strip: bool = True) -> str:
    """The output of `git -C ROOT ARGS…`, or "" when it fails (or git is not installed)."""
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)
    except OSError:
        return ""
    if result.returncode != 0:
        return ""
    return result.stdout.strip() if strip else result.stdout
