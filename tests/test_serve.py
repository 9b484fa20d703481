"""Live preview: `explainer serve` rebuilds the site when a content file is edited."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from helpers import EXPLAINER, make_site

WAIT_SECONDS = 120  # a rebuild takes a second or two; the margin is for a loaded CI machine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


def wait_for(url: str, text: str) -> bool:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        page = fetch(url)
        if page and text in page:
            return True
        time.sleep(0.5)
    return False


def test_editing_a_story_rebuilds_the_served_site(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", {"port-fees": ("wire-story.txt", None)})
    port = free_port()
    url = f"http://127.0.0.1:{port}/port-fees/"
    server = subprocess.Popen(
        [EXPLAINER, "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for(url, "Harbour authority says new port fees")
        story = root / "content" / "port-fees" / "story.yaml"
        story.write_text(
            story.read_text(encoding="utf-8").replace(
                "title: Harbour authority says", "title: Edited live, harbour authority says", 1
            ),
            encoding="utf-8",
        )
        assert wait_for(url, "Edited live, harbour authority says")
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert not mkdocs_processes(root / "mkdocs.yml")  # `explainer serve` left no MkDocs behind


def mkdocs_processes(config: Path) -> list[str]:
    """The running processes whose command line names `config`."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(config).encode() in cmdline.read_bytes():
                found.append(cmdline.parent.name)
        except OSError:
            continue
    return found
