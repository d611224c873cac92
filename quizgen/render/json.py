"""The JSON export: every item with its provenance, and the facts behind them.

The shape ../shared/eval/score.py reads: {"items": [{kind, question, answer,
choices, source: {sentence, start, end}, ...}]}. Keys are sorted, each item and
fact is one line, and the text is UTF-8, so the same build writes the same bytes.
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
    # One line per item and per fact: easy to diff and to grep, and written by json's C
    # encoder (an indented dump runs in pure Python, several times slower on a large source).
    parts = []
    for key in sorted(payload):
        value = payload[key]
        if isinstance(value, list):
            rows = ",\n".join("  " + _compact(row) for row in value)
            parts.append(f" {json.dumps(key)}: [\n{rows}\n ]" if value else f" {json.dumps(key)}: []")
        else:
            parts.append(f" {json.dumps(key)}: {_compact(value)}")
    return ("{\n" + ",\n".join(parts) + "\n}\n").encode("utf-8")


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
