"""quizgen: turn documents into grounded study items (Anki decks, printable quizzes, JSON).

The pipeline is load -> sentences -> facts -> items -> outputs, one module per
stage (`load`, `sentences`, `extractors`, `items`, `render`). The library is the
product; `quizgen.cli` is a thin command line over `build` and `analyse`.
Heavy dependencies (pydantic, genanki, jinja2) load on first use, so
`quizgen --help` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "QuizgenError",
    "SourceError",
    "OutputError",
    "OptionError",
    "Options",
    "analyse",
    "build",
    "load_path",
    "load_text",
    "split_sentences",
    "extract_facts",
]

from .errors import OptionError, OutputError, QuizgenError, SourceError

if TYPE_CHECKING:  # pragma: no cover
    from .extractors import extract_facts
    from .load import load_path, load_text
    from .pipeline import Options, analyse, build
    from .sentences import split_sentences

_LAZY = {
    "Options": "pipeline", "analyse": "pipeline", "build": "pipeline", "load_path": "load",
    "load_text": "load", "split_sentences": "sentences", "extract_facts": "extractors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'quizgen' has no attribute {name!r}")
