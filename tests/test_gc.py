"""A build pauses the cyclic garbage collector and always turns it back on."""
import gc
from pathlib import Path

import pytest

from quizgen.pipeline import Options, analyse
from quizgen.load import load_path
from quizgen._gc import without_gc


def test_the_collector_is_paused_inside_and_restored_after_even_on_error() -> None:
    seen = []

    @without_gc
    def fails() -> None:
        seen.append(gc.isenabled())
        raise ValueError("boom")

    assert gc.isenabled()
    with pytest.raises(ValueError):
        fails()
    assert seen == [False] and gc.isenabled()


def test_a_real_analysis_leaves_the_collector_on() -> None:
    analysis = analyse(load_path(str(Path(__file__).resolve().parents[1] / "seeds" / "kazakhstan-security-council-interview.txt")), Options())
    assert analysis.items and gc.isenabled()
