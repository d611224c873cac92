"""Patterns built at run time around a word of the text (a surname, a noun, a year).

`compiled(pattern)` compiles each such pattern once. The `re` module's own cache holds 512 patterns,
and a long text's many names and nouns would push the fixed patterns out of it, so each use would compile again.
Where a word only has to stand on its own, `whole_word` (or `places`) finds it with `str.find`, compiling nothing;
the extractors and the item writer share them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["compiled", "places", "whole_word", "word_char"]


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def places(word: str, text: str, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each place `word` stands in `text` (before `end`), found with `str.find`."""
    stop = len(text) if end is None else end
    at = text.find(word, 0, stop) if word else -1
    while at != -1:
        yield at, at + len(word)
        at = text.find(word, at + 1, stop)


def word_char(ch: str) -> bool:
    """What a regex word character matches: a letter, digit or underscore of any script."""
    return _WORD.match(ch) is not None


_WORD = re.compile(r"\w")


def whole_word(word: str, text: str, end: int | None = None) -> bool:
    """Whether `word` stands in `text` (before `end`) as a word of its own: what `\\bword\\b` finds."""
    limit = len(text) if end is None else end  # (as a regex searching up to `end` sees it: the text ends there)
    return any(not (at and word_char(text[at - 1])) and not (stop < limit and word_char(text[stop]))
               for at, stop in places(word, text, end))
