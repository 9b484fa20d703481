"""Review flags against gold: are the items gold does not support flagged, and the supported ones not?

    .venv/bin/python bench/review_flags.py --cli .venv/bin/explainer ../shared/gold ../shared/articles

Extracts every gold story with its publication date (`explainer extract`, which sets the flags)
and sorts each predicted actor, quote, event and relation into *supported* (it matches a gold
item, by the matching of the shared `score.py`: an actor by name, a quote by words and speaker, an
event by date and words, a relation by its two actors) or *unsupported*, then prints the share of
each that is flagged. Gold lists what a reader needs, not everything true, so an unsupported item
is not always wrong: the first figure is a floor of what review catches, the second a ceiling of
its false alarms. Issue 15 asks for at least 80 % of wrong items flagged, at most 1 in 4 correct.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml


def load_score(gold_dir: Path) -> ModuleType:
    """The shared bench/score.py beside the gold folder, for its matching rules."""
    spec = importlib.util.spec_from_file_location("score", gold_dir.parent / "bench" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def supported(score: ModuleType, pred: dict[str, Any], gold_data: dict[str, Any]) -> dict[str, list[bool]]:
    """For each predicted item, per list: does gold support it?"""
    gold = score.Gold(gold_data)
    actors = score.pred_names(pred)
    gold_all = set().union(*gold.aliases.values()) if gold.aliases else set()
    not_actors = {score.norm(n) for n in gold_data.get("not_actors", [])}
    out: dict[str, list[bool]] = {"actors": [], "quotes": [], "events": [], "relations": []}
    for actor in pred.get("actors", []):
        names = actors.get(actor["id"], set())
        out["actors"].append(bool(names & gold_all) and not names & not_actors)
    for quote in pred.get("quotes", []):
        said = score.speaker_names(quote, actors)
        out["quotes"].append(
            any(
                score.overlap(g["text"], quote["text"]) >= 0.5 and gold.speaker_ok(g["speaker"], said)
                for g in gold_data.get("quotes", [])
            )
        )
    for event in pred.get("events", []):
        out["events"].append(
            any(
                str(event.get("date") or "") == str(g["date"])
                and score.overlap(g["what"], event["what"]) >= 0.3
                for g in gold_data.get("events", [])
            )
        )
    gold_pairs = [
        (gold.names_of(g["source"]), gold.names_of(g["target"])) for g in gold_data.get("relations", [])
    ]
    for relation in pred.get("relations", []):
        ps, pt = actors.get(relation["source"], set()), actors.get(relation["target"], set())
        out["relations"].append(any((gs & ps and gt & pt) or (gs & pt and gt & ps) for gs, gt in gold_pairs))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="path of the explainer command")
    ap.add_argument("gold", type=Path, help="folder of gold *.yaml files")
    ap.add_argument("articles", type=Path, help="folder of the articles they name")
    args = ap.parse_args()
    score = load_score(args.gold)
    counts: Counter[tuple[str, bool, bool]] = Counter()  # (list, supported, flagged) → items
    for gold_file in sorted(args.gold.glob("*.yaml")):
        gold_data = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        if not isinstance(gold_data, dict) or "article" not in gold_data:
            continue
        command = [args.cli, "extract", str(args.articles / gold_data["article"]), "--format", "json"]
        if gold_data.get("published"):
            command += ["--published", str(gold_data["published"])]
        pred = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        for key, marks in supported(score, pred, gold_data).items():
            for item, ok in zip(pred.get(key, []), marks, strict=True):
                counts[(key, ok, bool(item.get("flags")))] += 1
    print(f"{'':10} {'unsupported flagged':>22} {'supported flagged':>20}")
    for key in ("actors", "quotes", "events", "relations", "all"):
        keys = [k for k in ("actors", "quotes", "events", "relations") if key in (k, "all")]
        cells = []
        for ok in (False, True):
            flagged = sum(counts[(k, ok, True)] for k in keys)
            total = flagged + sum(counts[(k, ok, False)] for k in keys)
            cells.append(f"{flagged}/{total} ({flagged / total:.0%})" if total else "-")
        print(f"{key:10} {cells[0]:>22} {cells[1]:>20}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
