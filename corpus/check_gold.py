#!/usr/bin/env python3
"""Verify every corpus gold file against its text.

For each NAME.gold.json beside NAME.txt under corpus/tune and corpus/heldout:
  * the JSON is a list of facts with the fields of the eval format;
  * "context" occurs verbatim in the text;
  * "answer" occurs verbatim in "context" (and so in the text);
  * an acronym's "expansion" occurs verbatim in the text, a bio fact names a "person";
  * no two facts repeat the same (type, answer, context).
Prints counts per file and per type; exits 1 on any problem.
usage: python3 corpus/check_gold.py [CORPUS_DIR]
"""
import json
import sys
from collections import Counter
from pathlib import Path

TYPES = {"date", "founding", "amount", "acronym", "bio"}
REQUIRED = {"type", "answer", "context", "about", "must"}


def check(txt_path: Path, gold_path: Path) -> list:
    text = txt_path.read_text(encoding="utf-8")
    facts = json.loads(gold_path.read_text(encoding="utf-8"))
    problems = []
    if not isinstance(facts, list):
        return [f"{gold_path}: not a JSON list"]
    seen = set()
    for i, f in enumerate(facts):
        where = f"{gold_path.name}[{i}] {f.get('answer')!r}"
        missing = REQUIRED - set(f)
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        if f["type"] not in TYPES:
            problems.append(f"{where}: bad type {f['type']!r}")
        if not isinstance(f["must"], bool):
            problems.append(f"{where}: must is not a boolean")
        if f["context"] not in text:
            problems.append(f"{where}: context not in text: {f['context']!r}")
        if f["answer"] not in f["context"]:
            problems.append(f"{where}: answer not in context")
        if f["type"] == "acronym":
            if not f.get("expansion"):
                problems.append(f"{where}: acronym without expansion")
            elif f["expansion"] not in text:
                problems.append(f"{where}: expansion not in text")
        if f["type"] == "bio" and not f.get("person"):
            problems.append(f"{where}: bio fact without person")
        key = (f["type"], f["answer"], f["context"])
        if key in seen:
            problems.append(f"{where}: duplicate fact")
        seen.add(key)
    return problems


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    problems, total = [], Counter()
    texts = sorted(p for split in ("tune", "heldout") for p in (root / split).glob("*.txt"))
    for txt in texts:
        gold = txt.with_suffix(".gold.json")
        if not gold.exists():
            problems.append(f"{txt}: no gold file")
            continue
        p = check(txt, gold)
        problems += p
        facts = json.loads(gold.read_text(encoding="utf-8"))
        kinds = Counter(f["type"] for f in facts)
        total.update(kinds)
        words = len(txt.read_text(encoding="utf-8").split())
        must = sum(1 for f in facts if f.get("must"))
        print(f"{txt.parent.name}/{txt.name}: {words} words, {len(facts)} facts ({must} must) {dict(sorted(kinds.items()))}")
    print(f"total: {sum(total.values())} facts {dict(sorted(total.items()))}")
    for p in problems:
        print("PROBLEM", p)
    print("ok" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
