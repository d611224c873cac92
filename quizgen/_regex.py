"""Patterns built at run time around a word of the text (a surname, a noun, a year).

`compiled(pattern)` compiles each such pattern once. The `re` module's own cache holds 512 patterns,
and a long text's many names and nouns would push the fixed patterns out of it, so each use would compile again.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["compiled"]


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)
