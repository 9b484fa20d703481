"""Batch extraction speed: `explainer add` on many articles against bare `nlp.pipe` on the same texts.

    .venv/bin/python bench/batch_speed.py ../shared/articles

Both run in this one process with the model loaded beforehand, each timed over REPEATS runs
(best of; `explainer add` into a new empty site each time), so the ratio shows what ingest,
extraction and storage add on top of spaCy's own parsing.
Issue 9 asks for a ratio of at most 1.3.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generator.add import AddReport, add_articles, expand_inputs
from generator.extract.nlp import article_text, load_nlp
from generator.ingest import read_article
from generator.new_site import create_site
from generator.site import Site

REPEATS = 3


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


def main(folder: str) -> int:
    paths = expand_inputs([Path(folder)])
    nlp = load_nlp()
    texts = [article_text(read_article(p))[0] for p in paths]
    bare = best_of(lambda: list(nlp.pipe(texts)))
    with tempfile.TemporaryDirectory() as tmp:
        report = add_to_new_site(paths, Path(tmp))
        explainer = best_of(lambda: add_to_new_site(paths, Path(tmp)))
    print(f"articles: {len(paths)} ({len(report.failures)} failed)")
    print(f"bare nlp.pipe: {bare:.2f} s; explainer add: {explainer:.2f} s; ratio {explainer / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
