"""The quiz as a real browser prints it: headless Debian chromium to PDF, read back with pdftotext.

For the long seed quiz (several pages per version) on A4 and on Letter, with two
versions, the printed PDF must show: each version starting on a new page, every
question number exactly once before that version's answer key, no question's
text split over two pages, and each answer key starting on a page of its own.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quizgen.load import load_path
from quizgen.pipeline import Analysis, Options, analyse
from quizgen.render.html import render_html

pytestmark = pytest.mark.browser

SEED = Path(__file__).resolve().parent.parent / "seeds" / "kazakhstan-security-council-interview.txt"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
NUMBER_LINE = re.compile(r"^ {0,3}([0-9]{1,3})\. ", re.MULTILINE)  # a question number opens the line
KEY_HEADING = re.compile(r"^\s*Answer key\b", re.MULTILINE)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-first-run", "--disable-quic"]
PAPER_NAME = {"a4": "A4", "letter": "letter"}  # how pdfinfo names the page size


def missing_tools() -> str:
    missing = [tool for tool in ("chromium", "pdftotext", "pdfinfo") if shutil.which(tool) is None]
    return ", ".join(missing)


if missing_tools():
    pytest.skip(f"printing test needs {missing_tools()} (apt-get install chromium poppler-utils)",
                allow_module_level=True)


class Questions(HTMLParser):
    """Each version's questions as printed text: [(number, text without spaces)] per version."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.versions: list[list[tuple[int, str]]] = []
        self._depth = 0  # open elements inside the current question, 0 when outside one
        self._number = 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section" and "data-version" in a:
            self.versions.append([])
        if self._depth:
            self._depth += tag not in VOID
        elif "q" in (a.get("class") or "").split():
            self._depth, self._number, self._text = 1, int(a["data-number"] or 0), []

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
            if not self._depth:
                self.versions[-1].append((self._number, squeeze("".join(self._text))))

    def handle_data(self, data: str) -> None:
        if self._depth:
            self._text.append(data)


def squeeze(text: str) -> str:
    """Text compared without any whitespace: PDF text extraction re-spaces lines and blanks."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse(load_path(str(SEED)))


def print_pdf(page: Path, pdf: Path, profile: Path) -> None:
    result = subprocess.run(["chromium", *CHROMIUM_FLAGS, f"--print-to-pdf={pdf}", f"--user-data-dir={profile}",
                             page.as_uri()], capture_output=True, text=True, timeout=90, check=False)
    # chromium complains about D-Bus on stderr and still prints; judge it by its exit code and the file
    assert result.returncode == 0 and pdf.exists(), result.stderr[-2000:]


def pdf_pages(pdf: Path) -> tuple[str, list[str]]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+([0-9]+)", info, re.MULTILINE)[1])
    size = re.search(r"^Page size:.*$", info, re.MULTILINE)[0]
    pages = [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout for n in range(1, count + 1)]
    return size, pages


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_printed_quiz_keeps_questions_whole_and_keys_on_their_own_pages(analysis, paper, tmp_path):
    page = tmp_path / "quiz.html"
    page.write_bytes(render_html(analysis, options=Options(paper=paper, variants=2, seed=5), title="Seeds::Quiz"))
    parsed = Questions()
    parsed.feed(page.read_text(encoding="utf-8"))
    assert len(parsed.versions) == 2
    pdf = tmp_path / "quiz.pdf"
    profile = tmp_path / "profile"
    profile.mkdir()
    print_pdf(page, pdf, profile)
    size, pages = pdf_pages(pdf)
    assert f"({PAPER_NAME[paper]})" in size

    keys = [n for n, text in enumerate(pages) if KEY_HEADING.search(text)]
    starts = [0] + [n for n, text in enumerate(pages)
                    if "VERSION B" in text.lstrip().split("\n", 1)[0].upper() and n not in keys]
    assert len(keys) == 2 and len(starts) == 2, (keys, starts)
    assert starts[0] < keys[0] < starts[1] < keys[1]

    for version, (start, key) in enumerate(zip(starts, keys)):
        questions = parsed.versions[version]
        assert key - start >= 4, "the seed quiz should need several pages of questions"
        # the version's first page opens with its masthead, the key page with its heading
        assert "VERSION" in pages[start].lstrip().split("\n", 1)[0].upper()
        key_page = pages[key]
        assert key_page[:KEY_HEADING.search(key_page).start()].strip() == "", "question text before the key"
        # every question number exactly once, in order, before the key
        numbers = [int(n) for text in pages[start:key] for n in NUMBER_LINE.findall(text)]
        assert numbers == list(range(1, len(questions) + 1))
        # each question (number, text, options) whole on exactly one page
        squeezed = [squeeze(text) for text in pages[start:key]]
        for number, text in questions:
            # The page must also start a line with the number: squeezed, "…2010" + "3.As …"
            # would otherwise read as question 103.
            opens = re.compile(rf"(?m)^\s*{number}\.")
            holders = [n for n, page_text in enumerate(squeezed)
                       if text in page_text and opens.search(pages[start + n])]
            assert len(holders) == 1, f"question {number} is split or repeated: {text[:80]}"
