#!/usr/bin/env python3
"""Score quizgen on every text of a corpus folder that has a NAME.gold.json beside NAME.txt.

usage: python scripts/eval_corpus.py [CORPUS_DIR ...] [--show-missed] [--show-lint]

For each text it builds the JSON export in a temporary folder, then applies
scripts/score.py (a copy of ../shared/eval/score.py) and prints one line per
text plus must-recall per fact kind over the whole folder, and lint counts.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402  (the shared scorer, vendored)

from quizgen.load import load_path  # noqa: E402
from quizgen.pipeline import Options, analyse  # noqa: E402
from quizgen.render.json import render_json  # noqa: E402


def evaluate(folder: Path, show_missed: bool, show_lint: bool) -> dict:
    per_kind = defaultdict(lambda: [0, 0])
    lint = Counter()
    n_items = n_flagged = ungrounded = 0
    rows = []
    for text_path in sorted(folder.glob("*.txt")):
        gold_path = text_path.with_suffix(".gold.json")
        if not gold_path.exists():
            continue
        analysis = analyse(load_path(str(text_path)), Options())
        items = json.loads(render_json(analysis))["items"]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        must = [f for f in gold if f.get("must")]
        hit = 0
        for fact in must:
            covered = any(score.covers(fact, it) for it in items)
            per_kind[fact["type"]][0] += covered
            per_kind[fact["type"]][1] += 1
            hit += covered
            if show_missed and not covered:
                print(f"  missed {text_path.stem} {fact['type']}: {fact['answer']!r} — {fact['about']}")
        flagged = 0
        for it in items:
            problems = score.lint(it)
            lint.update(problems)
            flagged += bool(problems)
            ungrounded += "answer not found in its source sentence" in problems
            if show_lint and problems:
                print(f"  lint {text_path.stem} {problems}: Q={it['question']!r} A={it['answer']!r}")
        n_items += len(items)
        n_flagged += flagged
        rows.append((text_path.stem, hit, len(must), len(items), flagged))
    print(f"{'text':45} {'must':>9} {'items':>6} {'lint':>5}")
    for name, hit, n, items, flagged in rows:
        print(f"{name:45} {hit:>4}/{n:<4} {items:>6} {flagged:>5}")
    total_hit = sum(v[0] for v in per_kind.values())
    total = sum(v[1] for v in per_kind.values())
    print("must-recall by kind: " + ", ".join(f"{k} {h}/{n} ({h / n:.0%})" for k, (h, n) in sorted(per_kind.items())))
    print(f"must-recall {total_hit}/{total} ({total_hit / max(total, 1):.0%}); items {n_items}, "
          f"lint-flagged {n_flagged} ({n_flagged / max(n_items, 1):.0%}) {dict(lint)}; ungrounded {ungrounded}")
    return {"recall": total_hit / max(total, 1), "ungrounded": ungrounded}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", default=["corpus/tune"])
    ap.add_argument("--show-missed", action="store_true")
    ap.add_argument("--show-lint", action="store_true")
    args = ap.parse_args()
    for folder in args.folders:
        print(f"== {folder}")
        evaluate(Path(folder), args.show_missed, args.show_lint)
    return 0


if __name__ == "__main__":
    sys.exit(main())
