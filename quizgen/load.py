"""Read sources into `Document`s: decode, strip markup, mark page furniture.

A source is a file path, a folder (every supported file below it, sorted), or
"-" for standard input. The document's `text` is what every offset refers to:
for Markdown that is the text with the markup removed, so a cited sentence
never shows a `**` or a link target.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .data import FURNITURE_WORDS, SOCIAL_NETWORKS
from .errors import SourceError
from .models import Document, Section

__all__ = ["SUFFIXES", "find_sources", "load_path", "load_text", "decode", "safe_name"]

SUFFIXES = (".txt", ".md", ".markdown", ".text")
_MAX_BYTES = 50 * 1024 * 1024

_FURNITURE = re.compile("|".join(re.escape(w) for w in FURNITURE_WORDS), re.IGNORECASE)
_SOCIAL = re.compile(r"\b(?:" + "|".join(SOCIAL_NETWORKS) + r")\b", re.IGNORECASE)
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


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM; refuse binary data."""
    if not data.strip():
        raise SourceError(source, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise SourceError(source, f"not valid UTF-16 text ({err.reason} at byte {err.start})") from err
    if b"\x00" in data[:8192]:
        raise SourceError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SourceError(source, f"not valid UTF-8 text ({err.reason} at byte {err.start})") from err


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


def _furniture_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraphs that are sign-up boxes, share bars and the like."""
    spans = []
    for para in _PARAGRAPH.finditer(text):
        chunk = para.group()
        hits = len(_FURNITURE.findall(chunk)) + (len(_SOCIAL.findall(chunk)) >= 2) * 2
        words = len(chunk.split())
        # A long paragraph that mentions "subscribe" once is still content.
        if hits >= 2 or (hits == 1 and words <= 12):
            spans.append((para.start(), para.end()))
    return tuple(spans)


def _first_line_title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:150] if len(line) <= 150 and not line.endswith((".", "?", "!")) else fallback
    return fallback


def load_text(text: str, *, path: str, name: str | None = None, markdown: bool = False) -> Document:
    """A `Document` from already-decoded text."""
    text = _clean(text)
    sections: tuple[Section, ...] = ()
    if markdown:
        from .markdown import strip_markdown

        text, sections = strip_markdown(text)
    if not text.strip():
        raise SourceError(path, "no text")
    stem = safe_name(name or path)
    title = sections[0].title if sections else _first_line_title(text, stem)
    return Document(name=stem, title=title, path=path, text=text,
                    furniture=_furniture_spans(text), sections=sections)


def load_path(source: str, *, name: str | None = None, stdin: bytes | None = None) -> Document:
    """Read one source file (or standard input for "-") into a `Document`."""
    if source == "-":
        data = stdin if stdin is not None else b""
        return load_text(decode(data, "<stdin>"), path="-", name=name or "stdin")
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
    if suffix not in SUFFIXES:
        raise SourceError(source, f"unsupported file type {suffix or '(none)'!r}")
    return load_text(decode(data, source), path=source, name=name,
                     markdown=suffix in (".md", ".markdown"))
