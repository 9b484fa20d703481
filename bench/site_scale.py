"""Build time of a large site: the example story copied under N slugs, built twice.

    .venv/bin/python bench/site_scale.py 200

The first build renders every page and graph; the second finds nothing changed (no page or graph
is rewritten), so it shows what MkDocs itself costs. Copies of one story are not a realistic site
for search or navigation, only for timing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.new_site import create_site

EXAMPLE = Path(__file__).resolve().parent.parent / "content" / "kremlin-security-assurances"


def timed_build(root: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "explainer"), "build"], cwd=root, check=True, capture_output=True
    )
    return time.perf_counter() - start


def main(count: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        create_site(root)
        for number in range(count):
            shutil.copytree(EXAMPLE, root / "content" / f"story-{number:04d}")
        first, second = timed_build(root), timed_build(root)
        pages = sum(1 for _ in (root / "site").rglob("*.html"))
    print(f"{count} stories, {pages} HTML pages: first build {first:.1f} s, unchanged rebuild {second:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
