"""The bundled seed against its hand-annotated facts, scored by the shared scorer (vendored in scripts/)."""

from __future__ import annotations

import re
import subprocess
import sys

from click.testing import CliRunner
from paths import ROOT, SEED, SEED_GOLD

from quizgen.cli import cli


def test_seed_scores_at_least_90_percent_must_recall_and_at_most_5_percent_lint(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["build", str(SEED), "-o", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    export = tmp_path / "kazakhstan-security-council-interview.json"
    scored = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "score.py"), str(export), str(SEED_GOLD), "--min-recall", "0.9"],
        capture_output=True, text=True, check=False,
    )
    assert scored.returncode == 0, scored.stdout + scored.stderr
    flagged, total = map(int, re.search(r"lint: (\d+) of (\d+) items flagged", scored.stdout).groups())
    assert total >= 60
    assert flagged / total <= 0.05, scored.stdout
    assert re.search(r"ungrounded 0$", scored.stdout.strip())
