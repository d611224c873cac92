"""Where the test suite's real inputs live."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "kazakhstan-security-council-interview.txt"
SEED_GOLD = Path(__file__).resolve().parent / "kazakhstan-security-council-interview.gold.json"
CORPUS = ROOT / "corpus"
