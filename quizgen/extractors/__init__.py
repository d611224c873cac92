"""The five fact extractors, one module per kind, and how their results combine.

Dates are found first; founding and biography facts are dates that the words
around them give a meaning, so they take the date facts as input. When two
kinds claim the same answer span, the more specific wins (`PRIORITY`); within
one kind, longest first, then earliest (`filter_spans`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .._gc import without_gc
from ..models import Document, Fact, Sentence
from ._spans import filter_spans, select
from .acronyms import find_acronyms
from .amounts import find_amounts
from .bio import find_bio
from .dates import find_dates
from .founding import find_founding

__all__ = ["extract_facts", "find_acronyms", "find_amounts", "find_bio", "find_dates", "find_founding",
           "filter_spans", "PRIORITY"]

# A person's milestone says more than "a founding" in a biography sentence, and
# both say more than "a date".
PRIORITY = {"bio": 0, "founding": 1, "acronym": 2, "amount": 3, "date": 4}


@without_gc
def extract_facts(document: Document, sentences: Sequence[Sentence],
                  kinds: Iterable[str] | None = None) -> list[Fact]:
    """Every fact in `document`, sorted by position, one per answer span."""
    dates = find_dates(document, sentences)
    found = [*find_bio(document, sentences, dates), *find_founding(document, sentences, dates),
             *find_acronyms(document, sentences), *find_amounts(document, sentences), *dates]
    chosen = select(found, key=lambda f: (PRIORITY[f.kind], -(f.end - f.start), f.start))
    wanted = set(kinds) if kinds is not None else None
    return [f for f in chosen if wanted is None or f.kind in wanted]
