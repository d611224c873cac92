"""One module per input format, each turning raw input into plain text plus what it knows.

`load.py` decides which format a source is (by suffix, or by sniffing standard
input), decodes bytes where the format is text, and calls one of these:

- `markdown.strip_markdown(text)` -> text, sections
- `html.extract_html(text)` -> `HtmlText` (main text, sections, title, author, date)
- `pdf.extract_pdf(data, source)` -> `PdfText` (text, per-page spans, title, author, date)

Every module returns text whose offsets are final: `load.py` builds the
`Document` around it without changing a character's position.
"""

from __future__ import annotations

__all__: list[str] = []
