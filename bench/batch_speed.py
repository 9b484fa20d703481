"""Batch extraction: speed against bare spaCy, speed-up with --jobs, and peak memory. Not a test.

    .venv/bin/python bench/batch_speed.py ../shared/articles
    .venv/bin/python bench/batch_speed.py /tmp/corpus --jobs 1 2 --rounds 3
    .venv/bin/python bench/batch_speed.py /tmp/corpus --jobs 2 --count 1000

Without --jobs: `explainer add` in this process (the model loaded beforehand) against bare
`nlp.pipe` on the same texts, best of REPEATS, so the ratio shows what ingest, extraction and
storage add on top of spaCy's own parsing (issue 9 asks for at most 1.3).

With --jobs N…: the `explainer add --jobs N` command on the folder, once per N, each into a new
site: wall time, articles a second, speed-up over the first N, peak memory of the command and its
worker processes together (resident set sizes summed, sampled from /proc every SAMPLE_SECONDS), and
whether every N wrote the same content/. `--count M` first copies the folder's plain-text articles
to M files, reusing them with a numbered headline ("… (copy 3)") so that every one is a new story.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from generator.commands.add import AddReport, add_articles
from generator.commands.inputs import collect_inputs
from generator.commands.new import create_site
from generator.extract.nlp import article_text, load_nlp
from generator.ingest import ARTICLE_SUFFIXES, read_article
from generator.story.site import Site

REPEATS = 3
SAMPLE_SECONDS = 0.2
EXPLAINER = str(Path(sys.executable).parent / "explainer")


def best_of(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def add_to_new_site(paths: list[Path], workspace: Path) -> AddReport:
    site = Site(Path(tempfile.mkdtemp(dir=workspace)) / "site")
    create_site(site.root)
    return add_articles(site, paths)


def against_bare_spacy(folder: Path) -> None:
    """The articles directly in the folder (not its subfolders), as issue 9 measured them."""
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    nlp = load_nlp()
    texts = [article_text(read_article(p))[0] for p in paths]
    bare = best_of(lambda: list(nlp.pipe(texts)))
    with tempfile.TemporaryDirectory() as tmp:
        report = add_to_new_site(paths, Path(tmp))
        explainer = best_of(lambda: add_to_new_site(paths, Path(tmp)))
    print(f"articles: {len(paths)} ({len(report.failures)} failed)")
    print(f"bare nlp.pipe: {bare:.2f} s; explainer add: {explainer:.2f} s; ratio {explainer / bare:.2f}")


def copies(folder: Path, count: int, out: Path) -> Path:
    """`count` plain-text articles from the folder's, each with a headline of its own."""
    articles = sorted(folder.glob("*.txt"))
    for number in range(count):
        lines = articles[number % len(articles)].read_text(encoding="utf-8").split("\n")
        copy = number // len(articles)
        if copy:
            title, renamed = lines[0], f"{lines[0]} (copy {copy})"
            lines = [renamed if i in (0, 2) and line == title else line for i, line in enumerate(lines)]
        (out / f"{number:05d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return out


def family(root: int) -> set[int]:
    """Process `root` and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    members, grown = {root}, True
    while grown:
        more = {pid for pid, parent in parents.items() if parent in members} - members
        members |= more
        grown = bool(more)
    return members


def tree_memory(root: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes summed over process `root` and its descendants. PSS divides each page
    shared between processes (a model loaded once, then forked) among them; RSS counts it in each."""
    rss = pss = 0
    for pid in family(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except OSError:
            continue
    return rss, pss


def run_add(folder: Path, jobs: int, site: Path) -> tuple[float, list[int], subprocess.CompletedProcess[str]]:
    """Wall time and peak summed memory (RSS, PSS) of `explainer add FOLDER --jobs N` in a new site."""
    create_site(site)
    start = time.perf_counter()
    process = subprocess.Popen(
        [EXPLAINER, "add", str(folder), "--jobs", str(jobs)],
        cwd=site,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = [0, 0]

    def sample() -> None:
        while process.poll() is None:
            peak[:] = [max(p, m) for p, m in zip(peak, tree_memory(process.pid), strict=True)]
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    return seconds, peak, subprocess.CompletedProcess(process.args, process.returncode, out, err)


def same_tree(a: Path, b: Path) -> bool:
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    return not mismatch and not errors and all(same_tree(a / d, b / d) for d in compared.common_dirs)


def with_jobs(folder: Path, jobs: list[int], count: int | None, rounds: int) -> int:
    """Each --jobs value in turn, `rounds` times over; the best time of each is its figure, as the
    run least slowed by whatever else the machine was doing."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if count:
            folder = copies(folder, count, Path(tempfile.mkdtemp(dir=work)))
        articles = len(collect_inputs([str(folder)])[0])
        best: dict[int, float] = {}
        for round_ in range(rounds):
            for n in jobs:
                site = work / f"site-jobs-{n}-{round_}"
                seconds, peak, result = run_add(folder, n, site)
                if result.returncode != 0:
                    print(f"--jobs {n}: exit {result.returncode}\n{result.stderr[-2000:]}")
                best[n] = min(seconds, best.get(n, seconds))
                line = (
                    f"--jobs {n}: {articles} articles in {seconds:.1f} s ({articles / seconds:.2f}/s), "
                    f"peak memory RSS {peak[0] / 2**20:.0f} MiB, PSS {peak[1] / 2**20:.0f} MiB"
                )
                reference = work / f"site-jobs-{jobs[0]}-0" / "content"
                if site.name != reference.parent.name:
                    line += (
                        f"; content identical to --jobs {jobs[0]}: {same_tree(reference, site / 'content')}"
                    )
                print(line, flush=True)
                if round_ and n != jobs[0]:
                    shutil.rmtree(site)
        for n in jobs[1:]:
            print(
                f"best of {rounds}: --jobs {n} {best[n]:.1f} s, --jobs {jobs[0]} {best[jobs[0]]:.1f} s: "
                f"speed-up {best[jobs[0]] / best[n]:.2f}x"
            )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, nargs="+", help="run `explainer add --jobs N` for each N")
    parser.add_argument("--count", type=int, help="articles to add, reusing the folder's under new headlines")
    parser.add_argument(
        "--rounds", type=int, default=1, help="run each --jobs value this many times, in turn"
    )
    args = parser.parse_args()
    if not args.jobs:
        against_bare_spacy(args.folder)
        return 0
    return with_jobs(args.folder, args.jobs, args.count, args.rounds)


if __name__ == "__main__":
    sys.exit(main())
