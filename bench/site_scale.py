"""How a site grows: build times, size and memory at N stories, against MkDocs' own floor.

    python /work/shared/bench/corpus.py /tmp/corpus          # 161 distinct real articles
    .venv/bin/python bench/site_scale.py 100 300 1000 --articles /tmp/corpus

The articles are extracted once (`explainer add`, into WORK/seed, reused by later runs). A site
of N stories copies those story folders; beyond the first round each copy gets a new slug
(`-copy-N`, which no extracted slug ends with) and a numbered title, so that no two stories are
the same file. For each N it prints:

- first build, unchanged rebuild and one-story-edit rebuild: `explainer build` (strict), timed;
- serve edit: `explainer serve` running, one story's title edited, seconds until the served
  page shows the new title;
- site size, pages (HTML files), largest page, peak memory (RSS) of a build;
- floor: plain `mkdocs build` with Material and the same Markdown extensions, on the very pages
  the first build generated, with a one-entry navigation: what MkDocs itself costs for them.
  Unchanged rebuilds and floor builds are taken in turns, `--repeat R` times each, and the run of
  median CPU time is shown, so that both meet the same load on a shared machine.

Copyright of the articles stays with their publishers: the work folder is scratch, never commit it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.commands.new import create_site
from generator.story.content import LOADER, STORY_HEADER, to_yaml

BIN = Path(sys.executable).parent
FLOOR_CONFIG = """site_name: Floor
docs_dir: docs
theme:
  name: material
  font: false
  features: [content.tooltips, navigation.sections, navigation.top, navigation.indexes, navigation.prune]
plugins: [search]
markdown_extensions: [abbr, attr_list, md_in_html, def_list, tables, admonition, {toc: {permalink: true}}]
extra_css: [assets/explainer.css]
nav: [{Home: index.md}]
not_in_nav: |
  /**
validation: {nav: {omitted_files: info, not_found: info}, links: {not_found: info, anchors: info}}
"""


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # seconds of user + system time of all its processes
    peak_mb: int  # peak RSS of its largest process


def measured(argv: list[str], cwd: Path) -> Run:
    """Run a command to the end in a fresh process, whose children's usage is then the command's."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter();"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True);"
        "e = time.perf_counter() - t; sys.stderr.write(r.stderr if r.returncode else '');"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(e, u.ru_utime + u.ru_stime, u.ru_maxrss); sys.exit(r.returncode)"
    )
    result = subprocess.run([sys.executable, "-c", probe, *argv], cwd=cwd, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{' '.join(argv)} failed in {cwd}:\n{result.stderr[-3000:]}")
    wall, cpu, kilobytes = result.stdout.split()
    return Run(float(wall), float(cpu), int(kilobytes) // 1024)


def seed_stories(work: Path, articles: Path | None) -> list[Path]:
    """The extracted story folders, extracting the articles the first time."""
    seed = work / "seed"
    if not (seed / "content").is_dir() or not any((seed / "content").glob("*/story.yaml")):
        if articles is None:
            raise SystemExit(f"{seed}: no extracted stories yet: give --articles DIR (see corpus.py)")
        shutil.rmtree(seed, ignore_errors=True)
        create_site(seed)
        subprocess.run([str(BIN / "explainer"), "add", str(articles)], cwd=seed, stdout=subprocess.DEVNULL)
    return sorted(p.parent for p in (seed / "content").glob("*/story.yaml"))


def make_site(root: Path, seeds: list[Path], count: int) -> None:
    shutil.rmtree(root, ignore_errors=True)
    create_site(root)
    for number in range(count):
        source = seeds[number % len(seeds)]
        copy_round = number // len(seeds)
        target = root / "content" / (source.name if copy_round == 0 else f"{source.name}-copy-{copy_round}")
        target.mkdir()
        story = (source / "story.yaml").read_text(encoding="utf-8")
        if copy_round:
            story = retitle(story, f" ({copy_round})")
        (target / "story.yaml").write_text(story, encoding="utf-8")


def retitle(story: str, suffix: str) -> str:
    """The story text with `suffix` after its title."""
    data = yaml.load(story, Loader=LOADER)
    data["title"] += suffix
    return STORY_HEADER + to_yaml(data)


def site_size(folder: Path) -> tuple[int, int, int, str]:
    """Bytes of the site, HTML pages, bytes of the largest page and its path."""
    total, pages, largest, name = 0, 0, 0, ""
    for path in folder.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            total += size
            if path.suffix == ".html":
                pages += 1
                if size > largest:
                    largest, name = size, str(path.relative_to(folder))
    return total, pages, largest, name


def floor_site(root: Path) -> Path:
    """Plain MkDocs + Material on the Markdown the plugin generated, with a one-entry navigation."""
    folder = root.parent / f"{root.name}-floor"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(root / ".cache" / "explainer" / "pages", folder / "docs")
    (folder / "docs" / "assets").mkdir(exist_ok=True)
    shutil.copy(
        Path(__file__).resolve().parent.parent / "site_templates" / "explainer.css",
        folder / "docs" / "assets",
    )
    for stamp in (folder / "docs").rglob("*.key"):  # the render keys and the site pages' manifest
        stamp.unlink()
    (folder / "mkdocs.yml").write_text(FLOOR_CONFIG, encoding="utf-8")
    return folder


def median(runs: list[Run]) -> Run:
    """The run of median CPU time (the machine is shared: one run alone says little)."""
    return sorted(runs, key=lambda run: run.cpu)[len(runs) // 2]


def unchanged_and_floor(build: list[str], root: Path, repeat: int) -> tuple[Run, Run]:
    """Unchanged rebuilds and floor builds taken in turns, so that both see the same machine load."""
    folder = floor_site(root)
    unchanged, floor = [], []
    for _ in range(repeat):
        unchanged.append(measured(build, root))
        floor.append(measured([sys.executable, "-m", "mkdocs", "build", "-q"], folder))
    shutil.rmtree(folder)
    return median(unchanged), median(floor)


def edit_title(root: Path, mark: str) -> tuple[Path, str]:
    """Edit the title of the first story; its slug and the new title."""
    story = sorted((root / "content").glob("*/story.yaml"))[0]
    text = story.read_text(encoding="utf-8")
    story.write_text(retitle(text, f" {mark}"), encoding="utf-8")
    return story.parent, mark


def serve_edit(root: Path, timeout: float = 900) -> float:
    """Seconds from a story edit to `explainer serve` serving the page with the new title."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [str(BIN / "explainer"), "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        folder = sorted((root / "content").glob("*/story.yaml"))[0].parent
        url = f"http://127.0.0.1:{port}/{folder.name}/"
        wait_for(url, "</html>", timeout)
        time.sleep(2)  # let the watcher settle after the first build
        _, mark = edit_title(root, f"SERVE-EDIT-{time.time_ns()}")
        start = time.perf_counter()
        wait_for(url, mark, timeout)
        return time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=60)


def wait_for(url: str, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if text in response.read().decode("utf-8"):
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url}: no page with {text!r} after {timeout} s")


def run(count: int, seeds: list[Path], work: Path, serve: bool, repeat: int) -> dict[str, Any]:
    root = work / f"site-{count}"
    make_site(root, seeds, count)
    build = [str(BIN / "explainer"), "build"]
    first = measured(build, root)
    unchanged, floor = unchanged_and_floor(build, root, repeat)
    edit_title(root, "EDITED")
    edited = measured(build, root)
    total, pages, largest, name = site_size(root / "site")
    row = {
        "stories": count,
        "pages": pages,
        "first": first,
        "unchanged": unchanged,
        "edit": edited,
        "floor": floor,
        "serve_edit": serve_edit(root) if serve else float("nan"),
        "size_mb": total / 1e6,
        "largest_kb": largest / 1e3,
        "largest_page": name,
        "peak_mb": max(first.peak_mb, unchanged.peak_mb, edited.peak_mb),
    }
    shutil.rmtree(root, ignore_errors=True)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", nargs="*", type=int, default=[100, 300, 1000])
    parser.add_argument("--articles", type=Path, help="folder of articles (corpus.py writes one)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/explainer-site-scale"))
    parser.add_argument("--no-serve", action="store_true", help="skip the `explainer serve` edit timing")
    parser.add_argument(
        "--repeat", type=int, default=1, help="unchanged rebuilds and floor builds to take in turns (medians)"
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    seeds = seed_stories(args.work, args.articles)
    print(
        f"{len(seeds)} distinct extracted stories; {os.cpu_count()} cores; times: wall s / CPU s", flush=True
    )
    rows = []
    for count in args.counts:
        r = run(count, seeds, args.work, not args.no_serve, args.repeat)
        rows.append(r)
        fl = r["floor"]
        print(f"{count} stories, {r['pages']} pages", flush=True)
        for label in ("first", "unchanged", "edit", "floor"):
            x = r[label]
            ratio = (
                f"  = {x.cpu / fl.cpu:.2f} x floor (CPU), {x.wall / fl.wall:.2f} x (wall)"
                if label != "floor"
                else ""
            )
            print(f"  {label + ' build':<16} {x.wall:7.1f} / {x.cpu:7.1f}{ratio}", flush=True)
        print(
            f"  serve edit       {r['serve_edit']:7.1f} s from saving story.yaml to the updated page served"
        )
        print(f"  site {r['size_mb']:.1f} MB; largest page {r['largest_kb']:.1f} KB ({r['largest_page']})")
        print(f"  peak memory of a build {r['peak_mb']} MB (largest process)", flush=True)
    by_count = {r["stories"]: r["first"] for r in rows}
    if 300 in by_count and 1000 in by_count:
        a, b = by_count[300], by_count[1000]
        print(f"first build, 1,000 / 300 stories: {b.wall / a.wall:.2f} (wall), {b.cpu / a.cpu:.2f} (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
