"""Every input format a learner has: web pages, PDFs, Markdown notes, legacy encodings.

The web pages are real saved pages (tests/fixtures/README.md credits them); each
test names boilerplate seen in the raw HTML (navigation, newsletter boxes,
footers) that must reach neither the text nor any item, and facts of the
article that must become items. The PDFs are written here, with reportlab,
from real text (the seed interview) in a two-column layout with running
headers and page-numbered footers, so the test knows exactly what was drawn on
which page.
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest

from quizgen.errors import SourceError
from quizgen.load import SUFFIXES, decode, find_sources, load_path
from quizgen.models import Document, Item
from quizgen.pipeline import Options, analyse

from paths import SEED

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"


def _items(document: Document) -> list[Item]:
    return analyse(document, Options()).items


def _flat(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _assert_absent(document: Document, items: list[Item], boilerplate: list[str]) -> None:
    """No boilerplate string in the text, nor in any item's question, answer or cited sentence."""
    text = _flat(document.text)
    for line in boilerplate:
        assert line not in text, line
        for item in items:
            assert line not in item.question and line not in item.source.sentence, (line, item.question)


# --- web pages --------------------------------------------------------------------------------

HTML_CASES = {
    # PostgreSQL 15 manual, "A Brief History of PostgreSQL" (Debian postgresql-doc-15)
    "postgresql-history.html": dict(
        title="2. A Brief History of PostgreSQL",
        boilerplate=["1. What Is PostgreSQL?", "3. Conventions", "Prev Up", "Up Next"],
        nav_words=["Prev", "Up", "Next", "Home"],
        facts=[("acronym", "DARPA"), ("acronym", "NSF"), ("date", "June 1989"), ("date", "1986"),
               ("amount", "25%")],
        first="The object-relational database management system now known as PostgreSQL",
        last="Details about what has happened in PostgreSQL since then can be found in Appendix E.",
    ),
    # Python 3.11 documentation, "History and License" (Debian python3.11-doc)
    "python-license.html": dict(
        title="History and License",
        boilerplate=["Previous topic", "Next topic", "Report a Bug", "Show Source", "Please donate",
                     "Last updated on", "Found a bug?", "Created using Sphinx", "© Copyright 2001",
                     "This page is licensed under", "Table of Contents", "3.11.2 Documentation »",
                     "Quick search"],
        nav_words=["Navigation", "index", "modules |", "next |", "previous |", "This Page"],
        facts=[("acronym", "PSF"), ("acronym", "CNRI"), ("date", "May 2000")],
        first="History and License",
        last="The audioop module uses the code base in g771.c file of the SoX project:",
    ),
    # creativecommons.org, "What we do" (trafilatura's test cache)
    "creativecommons-what-we-do.html": dict(
        title="What we do",
        boilerplate=["Skip to content", "Share your work", "Search the Commons", "CC Store",
                     "Help us build a vibrant, collaborative global commons", "Donate Now",
                     "Find news by topic", "In this section", "Mission and Vision",
                     "Sign up to Our Newsletter", "Connect with Creative Commons", "Related News",
                     "Announcing the Bassel Khartabil Memorial Fund", "Thank you to our supporters!",
                     "see all supporters", "We'd love to hear from you!", "PO Box 1866", "1-415-429-6753",
                     "Except where otherwise noted", "We need to talk about sharing",
                     "CC respects your privacy", "The future of knowledge depends on you",
                     "Ryan Merkley, CEO"],
        nav_words=["Facebook", "Twitter", "Contact", "Privacy", "Terms", "Menu", "FAQ"],
        facts=[("amount", "500"), ("amount", "85")],
        first="What is Creative Commons?",
        last="Our work spans a variety of different areas and partners working to create a more vibrant commons.",
    ),
}


@pytest.mark.parametrize("name", sorted(HTML_CASES), ids=lambda n: n.split(".")[0])
def test_web_page_keeps_the_article_and_drops_boilerplate(name: str) -> None:
    case = HTML_CASES[name]
    document = load_path(str(FIXTURES / name))
    items = _items(document)
    assert document.title == case["title"]
    paragraphs = _paragraphs(document.text)
    assert paragraphs[0].startswith(case["first"])
    assert paragraphs[-1] == case["last"]
    _assert_absent(document, items, case["boilerplate"])
    for word in case["nav_words"]:
        assert word not in paragraphs, word  # no paragraph that is just a menu entry
    found = {(item.kind, item.answer, item.question) for item in items}
    for kind, answer in case["facts"]:
        # an acronym item may ask for the acronym or for its expansion
        assert any(k == kind and (answer in a or answer in q) for k, a, q in found), (kind, answer, sorted(found))
    for item in items:
        assert document.text[item.source.start : item.source.end] == item.source.sentence


def test_web_page_headings_become_sections() -> None:
    document = load_path(str(FIXTURES / "python-license.html"))
    titles = [s.title for s in document.sections]
    assert titles[:4] == ["History and License", "History of the software",
                          "Terms and conditions for accessing or otherwise using Python",
                          "PSF LICENSE AGREEMENT FOR PYTHON 3.11.2"]
    assert not any(t.endswith("¶") for t in titles)  # Sphinx's permalink mark is not part of the title
    psf = next(i for i in _items(document) if "PSF" in i.answer or "PSF" in i.question)
    assert psf.section == "History of the software"
    # the license texts are <pre> blocks: code, not prose
    assert "1. This LICENSE AGREEMENT is between" not in document.text


def test_web_page_metadata_is_only_what_the_page_states() -> None:
    # Neither page states an author or a publication date in its markup; the
    # dates in the text (1986 ...) and the footer's "Last updated on" are not one.
    for name in ("postgresql-history.html", "creativecommons-what-we-do.html"):
        document = load_path(str(FIXTURES / name))
        assert (document.author, document.date) == ("", "")


def test_web_page_author_and_date_from_meta_tags() -> None:
    # The CC page's article with the metadata a news page carries (its own text, real page)
    raw = (FIXTURES / "creativecommons-what-we-do.html").read_text(encoding="utf-8")
    raw = raw.replace('<meta property="og:locale" content="en_US"/>',
                      '<meta name="author" content="Ryan Merkley"/>\n'
                      '<meta property="article:published_time" content="2017-08-15T10:00:00+00:00"/>')
    document = load_path("-", stdin=raw.encode("utf-8"), name="cc")
    assert document.author == "Ryan Merkley"
    assert document.date == "2017-08-15"


def test_web_page_on_standard_input_is_sniffed() -> None:
    data = (FIXTURES / "creativecommons-what-we-do.html").read_bytes()
    from_file = load_path(str(FIXTURES / "creativecommons-what-we-do.html"))
    from_stdin = load_path("-", stdin=data, name="What we do")
    assert from_stdin.text == from_file.text
    assert from_stdin.path == "-" and from_stdin.name == "What-we-do"


def test_web_page_in_a_legacy_encoding_uses_its_meta_charset(tmp_path: Path) -> None:
    raw = (FIXTURES / "postgresql-history.html").read_text(encoding="utf-8")
    assert 'charset=UTF-8' in raw or 'charset="UTF-8"' in raw
    legacy = raw.replace("charset=UTF-8", "charset=windows-1252").encode("cp1252")
    path = tmp_path / "history.htm"
    path.write_bytes(legacy)
    assert load_path(str(path)).text == load_path(str(FIXTURES / "postgresql-history.html")).text


# --- PDF --------------------------------------------------------------------------------------

reportlab = pytest.importorskip("reportlab")  # the test extra; the PDF tests need a writer

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

_FONT, _SIZE, _LEADING = "Helvetica", 9, 11
HEADER = "Astana Interviews · 20 September 2016"


def _wrap(paragraph: str, width: float) -> tuple[list[str], list[str]]:
    """Lines of at most `width` points, hyphenating long lower-case words as a typesetter
    would; also returns the words it split."""
    lines: list[str] = []
    split: list[str] = []
    line = ""
    for word in paragraph.split():
        candidate = f"{line} {word}".strip()
        if stringWidth(candidate, _FONT, _SIZE) <= width:
            line = candidate
            continue
        head = ""
        if word.isalpha() and word.islower() and len(word) >= 8:
            for cut in range(len(word) - 3, 2, -1):
                if stringWidth(f"{line} {word[:cut]}-".strip(), _FONT, _SIZE) <= width:
                    head = word[:cut]
                    break
        if head:
            lines.append(f"{line} {head}-".strip())
            split.append(word)
            line = word[len(head):]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return [ln for ln in lines if ln], split


def _two_column_pdf(path: Path, paragraphs: list[str], *, title: str = "") -> tuple[list[list[str]], list[str]]:
    """Write `paragraphs` in two columns per A4 page with a running header and a
    "Page N of M" footer; return the body lines drawn on each page and the split words."""
    width, height = A4
    margin, gutter = 56, 24
    column = (width - 2 * margin - gutter) / 2
    top, bottom = height - margin - 24, margin + 24
    per_column = int((top - bottom) // _LEADING)
    stream: list[str] = []  # "" marks a paragraph gap
    split: list[str] = []
    for para in paragraphs:
        lines, words = _wrap(para, column)
        stream.extend(lines + [""])
        split.extend(words)
    pages: list[list[list[str]]] = [[[]]]
    for line in stream:
        col = pages[-1][-1]
        if len(col) >= per_column:
            if len(pages[-1]) == 2:
                pages.append([[]])
            else:
                pages[-1].append([])
            col = pages[-1][-1]
        if line or col:  # no gap at the top of a column
            col.append(line)
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    if title:
        canvas.setTitle(title)
        canvas.setAuthor("Nurlan Yermekbayev")
    drawn: list[list[str]] = []
    for number, columns in enumerate(pages, start=1):
        canvas.setFont(_FONT, 8)
        canvas.drawString(margin, height - margin, HEADER)
        canvas.setFont(_FONT, _SIZE)
        for index, lines in enumerate(columns):
            x = margin + index * (column + gutter)
            for row, line in enumerate(lines):
                canvas.drawString(x, top - row * _LEADING, line)
        canvas.setFont(_FONT, 8)
        canvas.drawCentredString(width / 2, margin, f"Page {number} of {len(pages)}")
        canvas.showPage()
        drawn.append([line for lines in columns for line in lines if line])
    canvas.save()
    return drawn, split


def _seed_paragraphs() -> list[str]:
    return _paragraphs(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def two_column(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, list[list[str]], list[str]]:
    path = tmp_path_factory.mktemp("pdf") / "interview.pdf"
    drawn, split = _two_column_pdf(path, _seed_paragraphs(), title="Kazakhstan Addresses Security Challenges")
    return load_path(str(path)), drawn, split


def test_pdf_text_is_the_source_text_without_headers_footers_or_hyphens(two_column) -> None:
    document, drawn, split = two_column
    assert len(drawn) >= 3 and len(document.pages) == len(drawn)
    # Every word drawn in the body comes back, in order, and nothing else:
    # running header, "Page N of M" footers and line-end hyphens are gone.
    assert _flat(document.text) == _flat("\n\n".join(_seed_paragraphs()))
    assert "Astana Interviews" not in document.text and "Page 1 of" not in document.text
    assert len(split) >= 10  # the layout did hyphenate words at line ends ...
    for word in split:
        assert re.search(rf"\b{word}\b", document.text), word  # ... and each is whole again
    assert document.title == "Kazakhstan Addresses Security Challenges"
    assert document.author == "Nurlan Yermekbayev"


def test_pdf_keeps_paragraphs(two_column) -> None:
    document, _, _ = two_column
    # Hard-wrapped lines are joined into paragraphs, and most paragraphs come back
    # exactly (one that ends flush with the column cannot be told from a wrapped line).
    paragraphs = set(_paragraphs(document.text))
    seed = _seed_paragraphs()
    assert sum(_flat(p) in paragraphs for p in seed) >= 0.6 * len(seed)
    assert all("\n" not in p for p in paragraphs)


def test_pdf_items_carry_their_page(two_column) -> None:
    document, drawn, _ = two_column
    items = _items(document)
    assert len(items) >= 40
    assert {item.page for item in items} >= {1, 2, 3}
    for item in items:
        assert item.page is not None
        start, end = document.pages[item.page - 1]
        assert start <= item.source.start < end
        # the sentence's first words were drawn on that page
        page_words = _flat(" ".join(drawn[item.page - 1])).replace("- ", "").replace("-", "")
        head = " ".join(item.source.sentence.split()[:3]).replace("-", "")
        assert head.split()[0] in page_words, (item.page, item.source.sentence)
    # a fact from the running header ("20 September 2016") is no item
    assert not any("2016" in item.answer for item in items)


def test_pdf_page_spans_are_ordered_and_cover_the_text(two_column) -> None:
    document, _, _ = two_column
    ends = [0]
    for start, end in document.pages:
        assert ends[-1] <= start < end
        ends.append(end)
    assert document.pages[0][0] == 0 and document.pages[-1][1] == len(document.text)


def _pdf_from_lines(path: Path, pages: list[list[str]]) -> None:
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    for lines in pages:
        canvas.setFont(_FONT, 10)
        for row, line in enumerate(lines):
            canvas.drawString(72, 770 - row * 13, line)
        canvas.showPage()
    canvas.save()


def test_pdf_line_end_hyphens(tmp_path: Path) -> None:
    # The seed's sentences, broken by hand where a typesetter could break them.
    path = tmp_path / "rats.pdf"
    _pdf_from_lines(path, [[
        "The priority task of the organisation is counteracting “three evil forces,”",
        "i.e. terrorism, separatism and extremism. The Regional Anti-",
        "Terror Structure (RATS), which includes experts from all six member",
        "states, was created to solve these problems. The Anti-Terrorist Centre",
        "was created to coordinate the work of state bodies in this direction,",
        "which involve close relatives of potential recruits for inter-",
        "national terrorist organisations.",
    ]])
    document = load_path(str(path))
    assert "The Regional Anti-Terror Structure (RATS), which includes" in document.text
    assert "recruits for international terrorist organisations." in document.text
    acronyms = [i for i in _items(document) if i.kind == "acronym"]
    assert any(i.answer in ("RATS", "Regional Anti-Terror Structure") for i in acronyms)


def test_pdf_bare_page_numbers_dropped_on_every_page(tmp_path: Path) -> None:
    paragraphs = _seed_paragraphs()
    path = tmp_path / "numbered.pdf"
    _pdf_from_lines(path, [["- 1 -", paragraphs[3][:80], "1"], ["ii", paragraphs[4][:80], "Page 2 of 2"]])
    document = load_path(str(path))
    assert document.text.split() == (paragraphs[3][:80] + " " + paragraphs[4][:80]).split()


def _png(width: int = 64, height: int = 64) -> bytes:
    """A grey square as a PNG: what a scanner without OCR produces, in small."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes([(x * y) % 256 for x in range(width)]) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_scanned_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    from reportlab.lib.utils import ImageReader

    image = tmp_path / "scan.png"
    image.write_bytes(_png())
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    for _ in range(2):
        canvas.drawImage(ImageReader(str(image)), 50, 50, width=495, height=740)
        canvas.showPage()
    canvas.save()
    with pytest.raises(SourceError) as err:
        load_path(str(path))
    assert str(err.value) == f"{path}: no text layer (a scanned PDF?); run OCR first"


def test_encrypted_pdf_is_refused_clearly(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    _pdf_from_lines(plain, [[_seed_paragraphs()[3][:80]]])
    writer = PdfWriter()
    writer.append(PdfReader(str(plain)))
    writer.encrypt(user_password="s3cret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(SourceError) as err:
        load_path(str(locked))
    assert str(err.value) == f"{locked}: encrypted PDF (needs a password); save an unprotected copy first"


def test_pdf_on_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    _pdf_from_lines(path, [[_seed_paragraphs()[3][:80]]])
    document = load_path("-", stdin=path.read_bytes(), name="note")
    assert document.pages == ((0, len(document.text)),)


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("The fund was created in 1990.", encoding="utf-8")
    with pytest.raises(SourceError, match=r"notes\.pdf: not a readable PDF"):
        load_path(str(path))


# --- Markdown ---------------------------------------------------------------------------------

def test_markdown_note_leaks_no_markup_and_items_know_their_heading() -> None:
    document = load_path(str(FIXTURES / "htmldate-readme.md"))
    items = _items(document)
    assert items
    for item in items:
        for text in (item.question, item.answer, item.source.sentence, *item.choices):
            unblanked = re.sub(r"_{3,}", "", text)  # a cloze blank is no markup
            assert not re.search(r"\*\*|__|`|\]\(|\[!|<br|<img|^#|\|", unblanked), text
        assert item.section == document.section_at(item.source.start) != ""
    # ("Python 3.10" under "Installation" is a version, not a count, so that section gives no item)
    assert {i.section for i in items} >= {"Performance"}
    assert "@article{barbaresi-2020-htmldate" not in document.text  # a code block, not prose
    assert "Find original and updated publication dates of any web page." in document.text


# --- encodings --------------------------------------------------------------------------------

# Real paragraphs: a NASA release (public domain), Wikipedia's "Euro" (CC BY-SA),
# Tolstoy's Anna Karenina (1877, public domain), A Brief History of Debian.
NASA = (
    "Marcos Berríos, major, Air National Guard, grew up in Guaynabo, Puerto Rico. He is a test pilot "
    "who holds a bachelor’s degree in Mechanical Engineering from the Massachusetts Institute of Technology."
)
EURO = ("The euro (symbol: €; currency code: EUR) is the official currency of 20 of the 27 member states "
        "of the European Union.")
SEED_QUOTE = ("The priority task of the organisation is counteracting “three evil forces,” i.e. terrorism, "
              "separatism and extremism.")
TOLSTOY = ("Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему. "
           "Все смешалось в доме Облонских. Жена узнала, что муж был в связи с бывшею в их доме "
           "француженкою-гувернанткой, и объявила мужу, что не может жить с ним в одном доме.")
DEBCONF = ("The tenth DebConf, Debconf9, was held in Cáceres, Spain, from July 23th to 30th, 2009 with over "
           "two hundred participants. Videos and pictures from this conference are available online.")


@pytest.mark.parametrize(("text", "encoding"), [
    (f"{NASA}\n\n{EURO}\n\n{SEED_QUOTE}\n", "cp1252"),
    (f"{TOLSTOY}\n", "cp1251"),
    (f"{DEBCONF}\n", "latin-1"),
    (f"{NASA}\n\n{TOLSTOY}\n", "utf-16"),
    (f"{NASA}\n\n{EURO}\n", "utf-8-sig"),
    (f"{TOLSTOY}\n", "utf-8"),
], ids=["cp1252", "cp1251", "latin-1", "utf-16-bom", "utf-8-bom", "utf-8"])
def test_text_file_encodings(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(encoding))
    assert load_path(str(path)).text == text
    assert decode(text.encode(encoding), "-") == text


def test_legacy_encoding_on_standard_input_feeds_items() -> None:
    document = load_path("-", stdin=f"{EURO}\n\n{DEBCONF}\n".encode("cp1252"), name="euro")
    assert "€" in document.text
    answers = {item.answer for item in _items(document)}
    assert "July 23th" in answers


@pytest.mark.parametrize(("data", "problem"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
    (bytes(range(1, 32)) * 20 + b"\x81", "binary file, not text"),
    (b"\xef\xbb\xbfCaf\xe9 opened in 1990.", "not valid UTF-8 text (invalid continuation byte at byte 3)"),
], ids=["png", "control-bytes", "bom-says-utf8"])
def test_undecodable_bytes(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError) as err:
        load_path(str(path))
    assert str(err.value) == f"{path}: {problem}"


# --- folders ----------------------------------------------------------------------------------

def test_folders_pick_up_web_pages_and_pdfs(tmp_path: Path) -> None:
    assert {".html", ".htm", ".pdf"} <= set(SUFFIXES)
    for name in ("a.html", "b.htm", "c.pdf", "d.md", "e.txt", "f.png", "g.docx"):
        (tmp_path / name).write_bytes(b"x")
    assert [Path(p).name for p in find_sources([str(tmp_path)])] == ["a.html", "b.htm", "c.pdf", "d.md", "e.txt"]
