"""Shared paths and builders for the test suite. Every test works on real text."""

from __future__ import annotations

import pytest
from paths import SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis():
    from quizgen.load import load_path
    from quizgen.pipeline import Options, analyse

    return analyse(load_path(str(SEED)), Options())
