"""What passes between the pipeline's stages: load -> sentences -> facts -> items.

Every span is a pair of character offsets into `Document.text`, so that
`document.text[fact.start:fact.end] == fact.answer` always holds; the tests
check that invariant on arbitrary text.
"""

from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict

__all__ = ["KINDS", "STYLES", "Kind", "Style", "Section", "Document", "Sentence", "Fact", "Item", "Source", "trusted"]

Kind = Literal["date", "founding", "amount", "acronym", "bio"]
Style = Literal["question", "cloze", "choice", "order"]
KINDS: tuple[str, ...] = ("date", "founding", "amount", "acronym", "bio")
STYLES: tuple[str, ...] = ("question", "cloze", "choice", "order")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_M = TypeVar("_M", bound=_Frozen)


class Section(_Frozen):
    """A heading of the document and the text span it governs."""

    title: str
    start: int
    end: int


class Document(_Frozen):
    """A loaded source: plain text plus what is known about where it came from."""

    name: str  # safe stem used for output file names and the Anki sub-deck
    title: str
    path: str  # as given by the user ("-" for standard input)
    text: str
    # spans of page furniture (sign-up lines, share buttons) that yield no facts
    furniture: tuple[tuple[int, int], ...] = ()
    sections: tuple[Section, ...] = ()
    author: str = ""  # from the page's metadata, where a web page has it
    date: str = ""  # publication date as the page gives it (ISO where known)
    # (start, end) of each PDF page's text, in page order; empty for other formats
    pages: tuple[tuple[int, int], ...] = ()

    def section_at(self, offset: int) -> str:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.title
        return ""

    def page_at(self, offset: int) -> int | None:
        """1-based page number holding `offset`, for sources that have pages."""
        for number, (start, end) in enumerate(self.pages, start=1):
            if start <= offset < end:
                return number
        return None


class Sentence(_Frozen):
    start: int
    end: int
    text: str


_DEFAULTS: dict[type, dict[str, object]] = {}


def trusted(cls: type[_M], **fields: object) -> _M:
    """An instance of `cls` from values the caller made itself and knows to be valid.

    What `model_construct` does (fields in declaration order, defaults for the rest), without
    its alias handling: a splitter or extractor makes thousands of these per megabyte.
    """
    m = cls.__new__(cls)
    defaults = _DEFAULTS.get(cls)
    if defaults is None:
        defaults = _DEFAULTS[cls] = {name: f.default for name, f in cls.__pydantic_fields__.items()}
    values = {name: fields[name] if name in fields else default for name, default in defaults.items()}
    object.__setattr__(m, "__dict__", values)
    object.__setattr__(m, "__pydantic_fields_set__", set(fields))
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


class Fact(_Frozen):
    """One fact an extractor found. `answer` is exactly `text[start:end]`."""

    kind: Kind
    answer: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    value: str  # normalised: ISO date parts, "600000000 USD", an acronym's expansion ...
    rule: str  # name of the pattern that fired
    subject: str = ""  # what the fact is about: the founded body, counted noun, person
    detail: str = ""  # kind-specific extra: the acronym's expansion, the bio event verb


class Source(_Frozen):
    sentence: str
    start: int
    end: int


class Item(_Frozen):
    """One question/answer item, ready for every renderer."""

    id: str  # stable: derived from the source name, kind and normalised fact
    fact_id: str  # shared by every item made from the same fact (Anki GUID basis)
    kind: Kind
    style: Style
    question: str
    answer: str
    choices: tuple[str, ...] = ()
    # an "order" item's steps, as shown (the answer lists them in the order they happened)
    steps: tuple[str, ...] = ()
    source: Source
    value: str
    rule: str
    section: str = ""
    page: int | None = None  # the PDF page the source sentence is on
    score: float = 0.0
    tags: tuple[str, ...] = ()
    # the answer's offsets inside source.sentence, for highlighting
    answer_start: int = 0
    answer_end: int = 0
