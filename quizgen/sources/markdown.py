"""Markdown to plain text plus sections, with markdown-it-py (a CommonMark parser).

A parser rather than regexes because emphasis, links, code spans and tables nest
in ways regexes get wrong, and a leaked `**` or `](http...)` would land in a
question. Headings become sections; code blocks are dropped (they are not prose);
table rows become one line each, cells joined by "; ".
"""

from __future__ import annotations

from ..models import Section

__all__ = ["strip_markdown"]


def _inline_text(token) -> str:  # type: ignore[no-untyped-def]
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content if child.type != "html_inline" else "")
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


def strip_markdown(source: str) -> tuple[str, tuple[Section, ...]]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(source)
    blocks: list[str] = []
    headings: list[tuple[int, str]] = []  # (block index, title)
    row: list[str] | None = None
    in_heading = False
    for token in tokens:
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                blocks.append("; ".join(c for c in row if c))
            row = None
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
            elif text:
                if in_heading:
                    headings.append((len(blocks), text))
                blocks.append(text)
    text_parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for block in blocks:
        offsets.append(pos)
        text_parts.append(block)
        pos += len(block) + 2
    text = "\n\n".join(text_parts)
    sections = []
    for n, (index, title) in enumerate(headings):
        end = offsets[headings[n + 1][0]] if n + 1 < len(headings) else len(text)
        sections.append(Section(title=title, start=offsets[index], end=end))
    return text, tuple(sections)
