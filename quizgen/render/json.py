"""The JSON export: every item with its provenance, and the facts behind them.

The shape ../shared/eval/score.py reads: {"items": [{kind, question, answer,
choices, source: {sentence, start, end}, ...}]}. Keys are sorted and the text is
UTF-8, so the same build writes the same bytes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pipeline import Analysis

__all__ = ["render_json", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1


def render_json(analysis: Analysis) -> bytes:
    from .. import __version__

    doc = analysis.document
    payload = {
        "schema": SCHEMA_VERSION,
        "generator": f"quizgen {__version__}",
        "source": {"name": doc.name, "title": doc.title, "path": doc.path, "characters": len(doc.text)},
        "items": [item.model_dump(mode="json") for item in analysis.items],
        "facts": [fact.model_dump(mode="json") for fact in analysis.facts],
    }
    return (json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
