#!/usr/bin/env python3
"""Benchmark HTML ingest against saved news pages with a known body. A benchmark, not a test.

    python bench/html_ingest.py ../shared/articles/html
    python bench/html_ingest.py ../shared/articles/html --set FAVOR_PRECISION=False

For each `X.html` in the folder:
- with `X.expected.txt`: word overlap of the ingested body (subheadings, dateline and paragraphs)
  with the expected text, counted as in `../shared/bench/score.py` (lower-cased runs of letters and
  digits, shared counts): `exp` = share of the expected words found (recall), `got` = share of the
  ingested words that are expected (precision); the page score is the smaller, which passes at 0.9;
- with `X.evaldata.json`: every "with" snippet must be in the body and no "without" snippet; the page
  score is the share of those checks that hold.
When `SOURCES.tsv` is there, the title and date are checked against it. Prints one line per page,
then the mean score. `--set NAME=VALUE` overrides a tuning constant of `generator.ingest.html`.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from generator.errors import IngestError
from generator.ingest import html as html_ingest
from generator.ingest import read_article
from generator.story.model import Article

WORD = re.compile(r"[a-z0-9]+")
PASS = 0.9


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text.lower().replace("\u2019", "'")))


def coverages(got: str, expected: str) -> tuple[float, float]:
    """(share of expected words found, share of ingested words expected)."""
    wg, we = words(got), words(expected)
    if not wg or not we:
        return 0.0, 0.0
    shared = sum((wg & we).values())
    return shared / sum(we.values()), shared / sum(wg.values())


def body_text(article: Article) -> str:
    lines = [" ".join(filter(None, (article.dateline.place, article.dateline.agency)))]
    for number, paragraph in enumerate(article.paragraphs, 1):
        if number in article.subheadings:
            lines.append(article.subheadings[number])
        lines.append(paragraph)
    return "\n".join(line for line in lines if line)


def squash(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


def score_page(page: Path, article: Article) -> tuple[float, str]:
    body = body_text(article)
    expected = page.with_suffix(".expected.txt")
    evaldata = page.with_suffix(".evaldata.json")
    if expected.exists():
        exp, got = coverages(body, expected.read_text(encoding="utf-8"))
        return min(exp, got), f"exp {exp:.3f} got {got:.3f}"
    if evaldata.exists():
        data = json.loads(evaldata.read_text(encoding="utf-8"))
        text = squash(body)
        missing = [s for s in data.get("with", []) if squash(s) not in text]
        present = [s for s in data.get("without", []) if squash(s) in text]
        checks = len(data.get("with", [])) + len(data.get("without", []))
        score = 1 - (len(missing) + len(present)) / checks if checks else 1.0
        detail = f"must {len(data.get('with', [])) - len(missing)}/{len(data.get('with', []))}"
        detail += f" must-not present {len(present)}/{len(data.get('without', []))}"
        return score, detail + "".join(f"\n    missing: {s!r}" for s in missing)
    return float("nan"), "no expected text"


def check_metadata(article: Article, source: dict[str, str] | None) -> str:
    meta = f"date {article.published} section {article.section!r} by {article.byline!r}"
    meta += f" site {article.site_name!r}"
    if not source:
        return meta
    title_ok = squash(article.title) == squash(source.get("title", ""))
    date_ok = article.published == source.get("date")
    return f"title {'ok' if title_ok else 'DIFFERS'} date {'ok' if date_ok else 'DIFFERS'} | {meta}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a tuning constant of generator.ingest.html",
    )
    parser.add_argument("--show", action="store_true", help="print each page's paragraphs")
    args = parser.parse_args()
    for assignment in args.set:
        key, _, value = assignment.partition("=")
        if not hasattr(html_ingest, key):
            parser.error(f"--set {key}: generator.ingest.html has no such constant")
        setattr(html_ingest, key, ast.literal_eval(value))
    sources: dict[str, dict[str, str]] = {}
    if (args.folder / "SOURCES.tsv").exists():
        with open(args.folder / "SOURCES.tsv", encoding="utf-8") as handle:
            sources = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
    scores: list[float] = []
    for page in sorted(args.folder.glob("*.html")):
        start = time.perf_counter()
        try:
            article = read_article(page)
        except IngestError as error:
            print(f"{page.stem:45s} FAIL  {error}")
            scores.append(0.0)
            continue
        score, detail = score_page(page, article)
        seconds = time.perf_counter() - start
        verdict = "ok  " if score >= PASS else "LOW "
        print(
            f"{page.stem:45s} {verdict} {score:.3f}  {detail}  ({len(article.paragraphs)} paragraphs, "
            f"{seconds:.2f}s)"
        )
        print(f"    {check_metadata(article, sources.get(page.name))}")
        if args.show:
            print(f"    title: {article.title}\n    dateline: {article.dateline}")
            for number, paragraph in enumerate(article.paragraphs, 1):
                if number in article.subheadings:
                    print(f"    ## {article.subheadings[number]}")
                print(f"    {number:3d} {paragraph[:110]}")
        scores.append(score)
    scored = [s for s in scores if s == s]
    if not scored:
        print("no pages scored")
        return 1
    print(
        f"mean {sum(scored) / len(scored):.3f} over {len(scored)} pages; "
        f"{sum(s >= PASS for s in scored)} at or above {PASS}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
