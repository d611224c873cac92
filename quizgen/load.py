"""Read sources into `Document`s: detect the format, decode, extract text, mark page furniture.

A source is a file path, a folder (every supported file below it, sorted), or
"-" for standard input. The format comes from the suffix (standard input is
sniffed: "%PDF-" is a PDF, "<!doctype html" or "<html" a web page, anything
else plain text); each format has its module in `quizgen.sources`. The
document's `text` is what every offset refers to: for Markdown, the text with
the markup removed; for a web page, the article without navigation or
comments; for a PDF, the pages' text without running headers, joined into
paragraphs.

Text files may be UTF-8 (with or without a BOM), UTF-16 with a BOM, or a
legacy single-byte encoding (Windows-1252, Windows-1251, Latin-1 ...), which
charset-normalizer identifies.
"""

from __future__ import annotations

import codecs
import bisect
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .data import FURNITURE_WORDS, SOCIAL_NETWORKS
from .errors import SourceError
from .models import Document, Section

__all__ = ["SUFFIXES", "find_sources", "load_path", "load_bytes", "load_text", "decode", "safe_name"]

# suffix -> format; folders pick up every suffix listed here
_FORMATS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
    ".pdf": "pdf",
}
SUFFIXES = tuple(_FORMATS)
_MAX_BYTES = 50 * 1024 * 1024

# The legacy encodings charset-normalizer may choose from when a file is not
# UTF-8. A short list on purpose: with every code page in play, a few accented
# letters fit a dozen of them and the guess becomes a coin toss. Western and
# Central European, Cyrillic and Greek Windows code pages first, then their ISO
# and KOI8 cousins.
_LEGACY_ENCODINGS = ["cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
                     "latin_1", "iso8859_15", "iso8859_2", "iso8859_5", "koi8_r"]

_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def find_sources(paths: Iterable[str]) -> list[str]:
    """Expand the user's SOURCE arguments into files, folders walked in sorted order."""
    found: list[str] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                raise SourceError(raw, f"folder holds no sources ({', '.join(SUFFIXES)})")
            found.extend(files)
        elif path.exists():
            found.append(raw)
        else:
            raise SourceError(raw, "no such file or folder")
    return found


def _legacy(data: bytes) -> str | None:
    """Text in a single-byte legacy encoding, or None when none fits."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=_LEGACY_ENCODINGS))
    if not matches:
        return None
    best = matches[0]
    # Where Windows-1252 reads the bytes as cleanly as the winner, take it: it is
    # by far the most common legacy encoding, and a short Spanish or French text
    # fits Windows-1250 just as well by the numbers ("niño" vs "nińo").
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos \
                and match.coherence >= best.coherence:
            return data.decode("cp1252")
    return str(best)


def _binary(data: bytes) -> bool:
    """NUL bytes, or many control characters that no text file has."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f")
    return controls > max(2, len(head) // 100)


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, a legacy code page; refuse binary data."""
    if not data.strip():
        raise SourceError(source, "file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise SourceError(source, f"not valid UTF-16 text ({err.reason} at byte {err.start})") from err
    if _binary(data):
        raise SourceError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if data.startswith(codecs.BOM_UTF8):  # says UTF-8 and is not: no guessing
            raise SourceError(source, f"not valid UTF-8 text ({err.reason} at byte {err.start})") from err
        text = _legacy(data)
        if text is None:
            raise SourceError(source, f"not valid UTF-8 text ({err.reason} at byte {err.start}) "
                                      "nor in any common legacy encoding") from err
        return text


def safe_name(raw: str) -> str:
    """A file-name stem from a source name: no path parts, no reserved or hidden names.

    Characters outside [A-Za-z0-9._-] become '-', so 'a b.txt' and 'a_b.txt' stay
    distinct ('a-b' and 'a_b').
    """
    stem = Path(raw).name
    for suffix in SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    stem = unicodedata.normalize("NFKC", stem)
    stem = re.sub(r"[^A-Za-z0-9._-]", "-", stem).strip(".-") or "source"
    if stem.upper() in {"CON", "PRN", "AUX", "NUL"} or re.fullmatch(r"(?i)(COM|LPT)[0-9]", stem):
        stem = "source-" + stem
    return stem[:120]


# Control characters (but tab and newline), lone surrogates from bad decoding and
# stray BOMs become spaces: one character for one, so offsets stay honest.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def _phrase_hits(lowered: str, phrases: tuple[str, ...]) -> list[int]:
    """Offsets of every phrase in already lower-cased text, found with str.find (a regex
    alternation of phrases would try each at every character)."""
    hits = []
    for phrase in phrases:
        i = lowered.find(phrase)
        while i != -1:
            hits.append(i)
            i = lowered.find(phrase, i + 1)
    return sorted(hits)


_FURNITURE_PHRASES = tuple(w.lower() for w in FURNITURE_WORDS)
_SOCIAL_PHRASES = tuple(w.lower() for w in SOCIAL_NETWORKS)


def _furniture_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraphs that are sign-up boxes, share bars and the like."""
    lowered = text.lower()
    furniture = _phrase_hits(lowered, _FURNITURE_PHRASES)
    social = _phrase_hits(lowered, _SOCIAL_PHRASES)
    if not furniture and len(social) < 2:
        return ()
    spans = []
    for para in _PARAGRAPH.finditer(text):
        start, end = para.span()
        n_furniture = bisect.bisect_left(furniture, end) - bisect.bisect_left(furniture, start)
        n_social = bisect.bisect_left(social, end) - bisect.bisect_left(social, start)
        words = len(para.group().split())
        # (social networks named in a paragraph of prose are its subject, not a share bar: "breaking out ... the code
        # that does external interactions (like the Twitter and Facebook plugins)")
        hits = n_furniture + (n_social >= 2 and (words <= 20 or n_social * 4 >= words)) * 2
        # A long paragraph that mentions "subscribe" once is still content.
        if hits >= 2 or (hits == 1 and words <= 12):
            spans.append((start, end))
    return tuple(spans)


def _first_line_title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:150] if len(line) <= 150 and not line.endswith((".", "?", "!")) else fallback
    return fallback


def _document(text: str, *, path: str, label: str, name: str | None, sections: tuple[Section, ...] = (),
              title: str = "", author: str = "", date: str = "",
              pages: tuple[tuple[int, int], ...] = ()) -> Document:
    if not text.strip():
        raise SourceError(label, "no text")
    stem = safe_name(name or path)
    title = title or (sections[0].title if sections else _first_line_title(text, stem))
    return Document(name=stem, title=title[:200], path=path, text=text, furniture=_furniture_spans(text),
                    sections=sections, author=author, date=date, pages=pages)


def load_text(text: str, *, path: str, name: str | None = None, markdown: bool = False) -> Document:
    """A `Document` from already-decoded plain text or Markdown."""
    text = _clean(text)
    sections: tuple[Section, ...] = ()
    if markdown:
        from .sources.markdown import strip_markdown

        text, sections = strip_markdown(text)
    return _document(text, path=path, label=path, name=name, sections=sections)


def _load_html(data: bytes, *, path: str, label: str, name: str | None) -> Document:
    from .sources.html import declared_charset, extract_html

    declared = declared_charset(data)
    page = None
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            page = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            page = None  # a wrong or unknown declaration: detect instead
    if page is None:
        page = decode(data, label)
    extracted = extract_html(_clean(page))
    if not extracted.text.strip():
        raise SourceError(label, "no article text found in the web page")
    return _document(_CONTROL.sub(" ", extracted.text), path=path, label=label, name=name,
                     sections=extracted.sections, title=extracted.title, author=extracted.author,
                     date=extracted.date)


def _load_pdf(data: bytes, *, path: str, label: str, name: str | None) -> Document:
    from .sources.pdf import extract_pdf

    if not data.strip():
        raise SourceError(label, "file is empty")
    extracted = extract_pdf(data, label)
    return _document(_CONTROL.sub(" ", extracted.text), path=path, label=label, name=name,
                     title=extracted.title, author=extracted.author, date=extracted.date, pages=extracted.pages)


def _sniff(data: bytes) -> str:
    """The format of standard input, from its first bytes."""
    head = data[:4096].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    from .sources.html import looks_like_html

    try:
        text = decode(head, "<stdin>") if head else ""
    except SourceError:
        return "text"
    return "html" if looks_like_html(text) else "text"


def load_bytes(data: bytes, *, path: str, fmt: str, name: str | None = None, label: str | None = None) -> Document:
    """A `Document` from the raw bytes of a source in format `fmt` (text, markdown, html or pdf)."""
    label = label or path
    if fmt == "pdf":
        return _load_pdf(data, path=path, label=label, name=name)
    if fmt == "html":
        return _load_html(data, path=path, label=label, name=name)
    return load_text(decode(data, label), path=path, name=name, markdown=fmt == "markdown")


def load_path(source: str, *, name: str | None = None, stdin: bytes | None = None) -> Document:
    """Read one source file (or standard input for "-") into a `Document`."""
    if source == "-":
        data = stdin if stdin is not None else b""
        return load_bytes(data, path="-", fmt=_sniff(data), name=name or "stdin", label="<stdin>")
    path = Path(source)
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise SourceError(source, f"larger than {_MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    except FileNotFoundError as err:
        raise SourceError(source, "no such file") from err
    except IsADirectoryError as err:
        raise SourceError(source, "is a folder") from err
    except OSError as err:
        raise SourceError(source, f"cannot read ({err.strerror})") from err
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        raise SourceError(source, f"unsupported file type {suffix or '(none)'!r}")
    return load_bytes(data, path=source, fmt=_FORMATS[suffix], name=name)
