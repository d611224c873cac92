"""Helpers every extractor shares: mapping offsets to sentences, resolving overlaps."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import TypeVar

from ..models import Fact, Sentence

__all__ = ["SentenceIndex", "filter_spans"]

T = TypeVar("T", bound=Fact)


class SentenceIndex:
    """Find the sentence that holds a span, by binary search over sentence starts."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def containing(self, start: int, end: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return None
        sentence = self.sentences[i]
        return sentence if end <= sentence.end else None


def filter_spans(facts: Iterable[T]) -> list[T]:
    """Drop overlapping facts: longest first, then earliest; result sorted by start.

    One rule everywhere, so that "May 15, 1992" beats "May 15" and "1992".
    """
    chosen: list[T] = []
    taken: list[tuple[int, int]] = []
    for fact in sorted(facts, key=lambda f: (-(f.end - f.start), f.start)):
        if any(fact.start < e and s < fact.end for s, e in taken):
            continue
        chosen.append(fact)
        taken.append((fact.start, fact.end))
    return sorted(chosen, key=lambda f: (f.start, f.end))
