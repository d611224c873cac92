"""Kept so `quizgen.markdown.strip_markdown` still imports; the code lives in `quizgen.sources.markdown`."""

from __future__ import annotations

from .sources.markdown import strip_markdown

__all__ = ["strip_markdown"]
