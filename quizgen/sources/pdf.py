"""A PDF to plain text with page spans, with pypdf.

pypdf gives each page's text as lines, in the order the page draws them (for a
two-column page: the left column, then the right). Print layout leaves four
kinds of noise that would otherwise become facts or break sentences:

1. Running headers and footers: a line found at the top or bottom edge of most
   pages (digits ignored, so "Page 3" and "Page 4" count as one line) is dropped,
   and so is a bare page number ("7", "- 7 -", "Page 7 of 12", "vii") at an edge.
2. Hyphenation at a line end: "inter-" + "national" is one word again; a part
   after the hyphen that starts with a capital ("Anti-" + "Terror") keeps it.
3. Hard-wrapped lines: joined into paragraphs. A paragraph ends at a line that
   ends a sentence and stops well short of the usual line width, or before a
   line that starts a list item.
4. Pages: each page's (start, end) span in the joined text is kept, so an item
   can say which page its sentence is on.

A page without a text layer gives no lines; a PDF where no page has any is a
scan, and is refused rather than turned into an empty deck.
"""

from __future__ import annotations

import io
import math
import re
import statistics
from dataclasses import dataclass

from ..errors import SourceError

__all__ = ["PdfText", "extract_pdf", "NO_TEXT_LAYER"]

NO_TEXT_LAYER = "no text layer (a scanned PDF?); run OCR first"

# How many lines at each edge of a page may be a running header or footer.
_EDGE_LINES = 3
# A line at the edge of at least this share of the pages (and of two pages at
# least) is a running header or footer.
_REPEATED_SHARE = 0.5

_PAGE_NUMBER = re.compile(
    r"""^(?:
        (?:page|p\.|seite|página|pagina)?\s*[0-9]{1,4}(?:\s*(?:of|/|von|de)\s*[0-9]{1,4})?  # 7, Page 7 of 12, 7 / 12
      | [-–—]\s*[0-9]{1,4}\s*[-–—]                                                           # - 7 -
      | [ivxlcdm]{1,7}                                                                        # roman: vii
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Numbers and roman numerals stand for the page number in a running header:
# "A Brief History of Debian 7" and "... iii" are the same line on every page.
_NUMBERS = re.compile(r"[0-9]+|\b[ivxlc]{1,6}\b")
_SENTENCE_END = re.compile(r"""[.!?:;]["'”’)\]]*$""")
# A line that starts a list item starts a paragraph of its own.
_LIST_ITEM = re.compile(r"^(?:[•▪◦‣·*–-]\s|[0-9]{1,2}[.)]\s|\([a-z0-9]\)\s)")


@dataclass(frozen=True)
class PdfText:
    text: str
    pages: tuple[tuple[int, int], ...]
    title: str
    author: str
    date: str


def _open(data: bytes, source: str):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as err:
        raise SourceError(source, f"not a readable PDF ({err})") from err
    if reader.is_encrypted:
        try:
            # Many PDFs are encrypted only against editing, with an empty password to read.
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError, PyPdfError) as err:
            raise SourceError(source, f"encrypted PDF that cannot be opened here ({err})") from err
        if not opened:
            raise SourceError(source, "encrypted PDF (needs a password); save an unprotected copy first")
    return reader


def _page_lines(reader, source: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    from pypdf.errors import PyPdfError

    pages = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            raw = page.extract_text() or ""
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as err:
            raise SourceError(source, f"cannot read the text of page {number} ({err})") from err
        lines = [" ".join(line.split()) for line in raw.replace("\r", "\n").split("\n")]
        pages.append([line for line in lines if line])
    return pages


def _edge_key(line: str) -> str:
    return _NUMBERS.sub("#", line.lower())


def _drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Peel running headers, footers and page numbers off each page's edges."""
    with_text = [lines for lines in pages if lines]
    counts: dict[str, int] = {}
    for lines in with_text:
        edges = set(map(_edge_key, lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]))
        for key in edges:
            counts[key] = counts.get(key, 0) + 1
    needed = max(2, math.ceil(_REPEATED_SHARE * len(with_text)))
    repeated = {key for key, count in counts.items() if count >= needed}

    def furniture(line: str) -> bool:
        return _edge_key(line) in repeated or _PAGE_NUMBER.match(line) is not None

    kept = []
    for lines in pages:
        start, end = 0, len(lines)
        while start < min(end, _EDGE_LINES) and furniture(lines[start]):
            start += 1
        while end > max(start, len(lines) - _EDGE_LINES) and furniture(lines[end - 1]):
            end -= 1
        kept.append(lines[start:end])
    return kept


def _joiner(prev: str, line: str, width: float, page_break: bool) -> tuple[str, bool]:
    """What goes between two consecutive lines ("", " " or a paragraph break), and
    whether the hyphen that ends `prev` goes (it was only there to break the word)."""
    if _LIST_ITEM.match(line):
        return "\n\n", False
    ends_sentence = _SENTENCE_END.search(prev) is not None
    if ends_sentence and (page_break or len(prev) < 0.8 * width):
        return "\n\n", False
    if not ends_sentence and len(prev) < 0.5 * width and line[:1].isupper() and not page_break:
        return "\n\n", False  # a short line without a full stop before a capital: a heading
    if len(prev) >= 2 and prev[-1] in "-\u00ad" and prev[-2].isalpha() and line[:1].isalpha():
        # "inter-" + "national" is one word; "Anti-" + "Terror" keeps its hyphen
        return "", line[:1].islower() or prev[-1] == "\u00ad"
    if prev.endswith(("—", "/")):
        return "", False
    return " ", False


def _join(pages: list[list[str]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    lengths = [len(line) for lines in pages for line in lines if len(line) > 20]
    width = statistics.median(lengths) if lengths else 60.0
    parts: list[str] = []
    pos = 0
    spans: list[tuple[int, int]] = []
    prev = ""
    for lines in pages:
        start = pos
        for index, line in enumerate(lines):
            if parts:
                glue, drop_hyphen = _joiner(prev, line, width, page_break=index == 0)
                if drop_hyphen:
                    parts[-1] = parts[-1][:-1]
                    pos -= 1
                    if index == 0 and spans:  # the hyphen was the previous page's last character
                        spans[-1] = (min(spans[-1][0], pos), pos)
                parts.append(glue)
                pos += len(glue)
            if index == 0:
                start = pos
            parts.append(line)
            pos += len(line)
            prev = line
        spans.append((start, pos) if lines else (pos, pos))
    return "".join(parts), tuple(spans)


def _metadata(reader) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    from pypdf.errors import PyPdfError

    try:
        info = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError):  # a broken info dictionary: keep the text
        return "", "", ""
    if info is None:
        return "", "", ""
    title = " ".join(str(info.title or "").split())
    author = " ".join(str(info.author or "").split())
    try:
        created = info.creation_date
    except ValueError:  # an unparseable date string
        created = None
    return title, author, created.date().isoformat() if created else ""


def extract_pdf(data: bytes, source: str) -> PdfText:
    """The text of a PDF, joined into paragraphs, with the span of every page."""
    reader = _open(data, source)
    pages = _page_lines(reader, source)
    if not any(pages):
        raise SourceError(source, NO_TEXT_LAYER)
    text, spans = _join(_drop_furniture(pages))
    if not text.strip():
        raise SourceError(source, NO_TEXT_LAYER)
    title, author, date = _metadata(reader)
    return PdfText(text, spans, title, author, date)
