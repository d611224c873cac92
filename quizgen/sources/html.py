"""A web page to its article's plain text, with trafilatura.

trafilatura finds the main content of a page and leaves out navigation, ads,
comment threads, share bars and newsletter boxes; it works offline on a string.
We ask it for its element tree rather than its text output so that headings,
paragraphs, list items and table rows stay separate blocks: each block becomes
one paragraph of the text (blocks are joined by a blank line, which the
sentence splitter treats as a hard boundary) and each heading a `Section`.
Code blocks are dropped, as in Markdown: they are not prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Section

__all__ = ["HtmlText", "extract_html", "looks_like_html", "declared_charset"]

# Permalink markers that documentation generators put at the end of a heading
# ("History and License¶" from Sphinx, "§" or "#" elsewhere).
_PERMALINK = re.compile(r"\s*[¶§#]+\s*$")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class HtmlText:
    text: str
    sections: tuple[Section, ...]
    title: str
    author: str
    date: str


def looks_like_html(text: str) -> bool:
    """True when the text starts like a web page ("<!doctype html" or "<html")."""
    return _HTML_START.match(text[:4096]) is not None


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a <meta> tag near its start, if any."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _flat(text: str) -> str:
    return " ".join(text.split())


def _heading(text: str) -> str:
    return _PERMALINK.sub("", _flat(text))


def _without_site_name(title: str, site: str) -> str:
    """"What we do - Creative Commons" -> "What we do": the page's own title, not the site's."""
    for sep in (" - ", " | ", " — ", " – ", " · "):
        if site and title.endswith(sep + site) and len(title) > len(sep + site):
            return title[: -len(sep + site)]
    return title


def _blocks(element) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(kind, text) pairs in reading order: kind is "head" or "text"."""
    blocks: list[tuple[str, str]] = []
    if element.text and element.text.strip():
        blocks.append(("text", _flat(element.text)))
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            blocks.append(("head", _heading("".join(child.itertext()))))
        elif tag == "list":
            for item in child.iter("item"):
                # a nested list's items are blocks of their own
                own = [item.text or ""] + [
                    "".join(part.itertext()) + (part.tail or "") for part in item if part.tag != "list"]
                blocks.append(("text", _flat("".join(own))))
        elif tag == "table":
            for row in child.iter("row"):
                cells = [_flat("".join(cell.itertext())) for cell in row.iter("cell")]
                blocks.append(("text", "; ".join(c for c in cells if c)))
        elif tag == "code":
            pass  # a block of code: not prose
        elif tag in ("quote", "div", "section", "main", "body", "article"):
            blocks.extend(_blocks(child))
        elif tag:
            blocks.append(("text", _flat("".join(child.itertext()))))
        if child.tail and child.tail.strip():
            blocks.append(("text", _flat(child.tail)))
    return [(kind, text) for kind, text in blocks if text]


def extract_html(page: str) -> HtmlText:
    """The main text of a web page, its headings as sections, and its metadata."""
    import trafilatura

    result = trafilatura.bare_extraction(
        page,
        include_comments=False,  # reader comments are not the article
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        # Only a date the page states in its markup; no guessing from the text,
        # whose dates are the article's facts, not its publication date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None or result.body is None:
        return HtmlText("", (), "", "", "")
    blocks = _blocks(result.body)
    parts: list[str] = []
    headings: list[tuple[int, str]] = []  # (offset, title)
    pos = 0
    for kind, text in blocks:
        if parts:
            pos += 2
        if kind == "head":
            headings.append((pos, text))
        parts.append(text)
        pos += len(text)
    body = "\n\n".join(parts)
    sections = tuple(
        Section(title=title, start=start, end=headings[n + 1][0] if n + 1 < len(headings) else len(body))
        for n, (start, title) in enumerate(headings))
    title = _without_site_name(_heading(result.title or ""), _flat(result.sitename or "")) \
        or (headings[0][1] if headings else "")
    return HtmlText(body, sections, title, _flat(result.author or ""), result.date or "")
