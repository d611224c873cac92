"""The one error family quizgen raises for bad input or unusable output places.

The CLI turns every `QuizgenError` into a one-line `Error: ...` and a non-zero
exit; anything else escaping the library is a bug.
"""

from __future__ import annotations

__all__ = ["QuizgenError", "SourceError", "OutputError", "OptionError"]


class QuizgenError(Exception):
    """Base class of every error quizgen reports to a user."""


class SourceError(QuizgenError):
    """A source document cannot be read or holds no usable text."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.source, self.problem))  # crosses process boundaries (--jobs)


class OutputError(QuizgenError):
    """An output file cannot be written."""


class OptionError(QuizgenError):
    """An option value makes no sense (unknown kind, style or format)."""
