"""The printable quiz, checked by parsing the HTML it renders (stdlib html.parser only).

Most tests use the real seed document; one golden file pins the exact markup of a
small hand-made quiz, and a hostile source proves that source text stays text.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.errors import OptionError
from quizgen.load import load_path, load_text
from quizgen.models import Item, Source
from quizgen.pipeline import Analysis, Options, analyse
from quizgen.render.html import GROUPS, render_html, render_pdf

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "kazakhstan-security-council-interview.txt"
GOLDEN = HERE / "fixtures" / "html" / "small.golden.html"
REGENERATE = "QUIZGEN_REGENERATE_GOLDEN"
TITLE = "Seeds::Kazakhstan interview"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HOSTILE = ("The <script>alert(1)</script> Agency {{c1::x}} was founded in 1990 and had $5 million. "
           "It {% raw %} hired 200 staff in 1995.")


# ---- a small parser: versions, their questions and their answer keys ------------------------

@dataclass
class Question:
    number: int
    item: str
    options: list[tuple[str, str]] = field(default_factory=list)  # (letter, text) in page order
    blanks: list[float] = field(default_factory=list)  # widths in em
    text: str = ""


@dataclass
class KeyEntry:
    number: int
    item: str
    letter: str
    marked: str = ""


@dataclass
class Version:
    letter: str
    questions: list[Question] = field(default_factory=list)
    key: list[KeyEntry] = field(default_factory=list)


class QuizParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.versions: list[Version] = []
        self.text: list[str] = []  # every text node, in order
        self.style = ""
        self.headings: list[str] = []
        self._stack: list[tuple[str, str]] = []  # (tag, role)
        self._option: list[str] | None = None
        self._role_text: dict[str, list[str]] = {}

    def _roles(self) -> set[str]:
        return {role for _, role in self._stack}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        a = {k: v or "" for k, v in attrs}
        classes = set(a.get("class", "").split())
        role = ""
        if tag == "section" and "data-version" in a:
            self.versions.append(Version(a["data-version"]))
        elif "q" in classes:
            role = "q"
            self.versions[-1].questions.append(Question(int(a["data-number"]), a["data-item"]))
        elif "k" in classes:
            role = "k"
            self.versions[-1].key.append(KeyEntry(int(a["data-number"]), a["data-item"], a.get("data-letter", "")))
        elif tag == "li" and "data-letter" in a:
            role = "option"
            self._option = [a["data-letter"]]
        elif "blank" in classes:
            width = re.fullmatch(r"width: ([0-9.]+)em", a["style"])
            assert width, a["style"]
            self.versions[-1].questions[-1].blanks.append(float(width[1]))
        elif tag in ("mark", "style", "h1", "h2"):
            role = tag
        if role:
            self._role_text[role] = []
        if tag not in VOID:
            self._stack.append((tag, role))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self._stack.pop()

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            open_tag, role = self._stack.pop()
            if role:
                self._close(role, "".join(self._role_text.pop(role, [])))
            if open_tag == tag:
                break

    def _close(self, role: str, text: str) -> None:
        if role == "option":
            assert self._option is not None
            self.versions[-1].questions[-1].options.append((self._option[0], text.split(".", 1)[1].strip()))
            self._option = None
        elif role == "q":
            self.versions[-1].questions[-1].text = " ".join(text.split())
        elif role == "mark":
            self.versions[-1].key[-1].marked = text
        elif role == "style":
            self.style = text
        elif role in ("h1", "h2"):
            self.headings.append(" ".join(text.split()))

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for role in self._roles():
            if role in self._role_text:
                self._role_text[role].append(data)


def parse(page: bytes) -> QuizParser:
    parser = QuizParser()
    parser.feed(page.decode("utf-8"))
    parser.close()
    return parser


# ---- fixtures --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def analysis() -> Analysis:
    result = analyse(load_path(str(SEED)))
    assert len(result.items) > 50, "the seed should give a long quiz"
    assert {i.style for i in result.items} >= {"choice", "question", "cloze"}
    return result


def render(analysis: Analysis, **options) -> bytes:
    return render_html(analysis, options=Options(**options), title=TITLE)


def grouped(items: list[Item]) -> list[Item]:
    """The items in page order for version A: grouped by style, each group in the given order."""
    return [i for style in GROUPS for i in items if i.style == style]


# ---- structure -------------------------------------------------------------------------------

def test_page_one_has_title_source_and_fields(analysis):
    quiz = parse(render(analysis))
    text = " ".join("".join(quiz.text).split())
    assert quiz.headings[0] == "Kazakhstan interview"
    assert analysis.document.title in text
    assert analysis.document.path in text
    for label in ("Name", "Date", "Score", f"/ {len(analysis.items)}", f"Answer all {len(analysis.items)} questions"):
        assert label in text
    assert quiz.headings[-1] == "Answer key"


def test_every_item_once_in_questions_and_once_in_key(analysis):
    quiz = parse(render(analysis))
    assert len(quiz.versions) == 1
    version = quiz.versions[0]
    n = len(analysis.items)
    assert [q.number for q in version.questions] == list(range(1, n + 1))
    assert [k.number for k in version.key] == list(range(1, n + 1))
    assert sorted(q.item for q in version.questions) == sorted(i.id for i in analysis.items)
    assert len({q.item for q in version.questions}) == n
    # the key's entry n answers question n
    assert [k.item for k in version.key] == [q.item for q in version.questions]


def test_version_a_keeps_the_given_order_grouped_by_style(analysis):
    version = parse(render(analysis, variants=3, seed=5)).versions[0]
    assert version.letter == "A"
    assert [q.item for q in version.questions] == [i.id for i in grouped(analysis.items)]
    by_id = {i.id: i for i in analysis.items}
    for q in version.questions:
        item = by_id[q.item]
        assert [text for _, text in q.options] == list(item.steps if item.style == "order" else item.choices)


def test_group_headings_name_their_question_ranges(analysis):
    quiz = parse(render(analysis))
    parts = [h for h in quiz.headings if h.startswith("Part ")]
    styles = [s for s in GROUPS if any(i.style == s for i in analysis.items)]
    assert [re.sub(r" questions? .*", "", h) for h in parts] == [
        f"Part {n} {GROUPS[s][0]}" for n, s in enumerate(styles, start=1)]
    first = 1
    for heading, style in zip(parts, styles):
        last = first + sum(i.style == style for i in analysis.items) - 1
        assert heading.endswith(f"questions {first}–{last}" if last > first else f"question {first}")
        first = last + 1


def test_multiple_choice_options_are_lettered_and_keyed(analysis):
    quiz = parse(render(analysis, variants=4, seed=11))
    by_id = {i.id: i for i in analysis.items}
    checked = 0
    for version in quiz.versions:
        keys = {k.number: k for k in version.key}
        for q in version.questions:
            item = by_id[q.item]
            if item.style == "order":
                # The key's letters, read through this version's options, give the steps in the order they happened.
                shown = dict(q.options)
                in_order = [shown[letter] for letter in keys[q.number].letter.split(", ")]
                assert [part.rsplit(" (", 1)[0] for part in item.answer.split(" → ")] == in_order
                continue
            if item.style != "choice":
                assert not q.options and not keys[q.number].letter
                continue
            assert [letter for letter, _ in q.options] == list("ABCD"[: len(item.choices)])
            assert sorted(text for _, text in q.options) == sorted(item.choices)
            letter = keys[q.number].letter
            assert dict(q.options)[letter] == item.answer, (version.letter, q.number)
            checked += 1
    assert checked == 4 * sum(i.style == "choice" for i in analysis.items) > 0


def test_cloze_blank_replaces_the_placeholder_and_fits_the_answer(analysis):
    version = parse(render(analysis)).versions[0]
    by_id = {i.id: i for i in analysis.items}
    cloze = [q for q in version.questions if by_id[q.item].style == "cloze"]
    assert cloze
    for q in version.questions:
        assert "_____" not in q.text
    for q in cloze:
        assert len(q.blanks) == 1, q.text
    widths = sorted((len(by_id[q.item].answer), q.blanks[0]) for q in cloze)
    assert [w for _, w in widths] == sorted(w for _, w in widths), "a longer answer never gets a narrower blank"
    assert widths[0][1] < widths[-1][1]


def test_short_answers_get_writing_lines(analysis):
    page = render(analysis).decode()
    short = sum(i.style == "question" for i in analysis.items)
    assert short and page.count('<div class="write"></div>') >= short


def test_key_highlights_the_answer_in_its_source_sentence(analysis):
    version = parse(render(analysis)).versions[0]
    by_id = {i.id: i for i in analysis.items}
    marked = 0
    for entry in version.key:
        item = by_id[entry.item]
        sentence = item.source.sentence
        if item.kind != "acronym" and sentence[item.answer_start:item.answer_end] == item.answer:
            assert entry.marked == item.answer
            marked += 1
        else:
            assert entry.marked == "", item.id
    assert marked > len(version.key) // 2
    text = " ".join("".join(parse(render(analysis)).text).split())
    for item in analysis.items:
        assert " ".join(item.source.sentence.split()) in text


# ---- variants ------------------------------------------------------------------------------

def test_variants_shuffle_order_but_keep_the_items(analysis):
    quiz = parse(render(analysis, variants=3, seed=1))
    assert [v.letter for v in quiz.versions] == ["A", "B", "C"]
    orders = [[q.item for q in v.questions] for v in quiz.versions]
    assert len({tuple(o) for o in orders}) == 3, "every version has its own order"
    for version, order in zip(quiz.versions, orders):
        assert sorted(order) == sorted(i.id for i in analysis.items)
        assert [q.number for q in version.questions] == list(range(1, len(order) + 1))
        assert [k.item for k in version.key] == order
    # style groups stay in place: the same style at every position
    by_id = {i.id: i for i in analysis.items}
    styles = [[by_id[i].style for i in order] for order in orders]
    assert styles[0] == styles[1] == styles[2]
    options = [[tuple(t for _, t in q.options) for q in v.questions if q.options] for v in quiz.versions]
    assert options[0] != options[1], "options are shuffled too"


def test_same_seed_same_bytes_other_seed_other_order(analysis):
    first = render(analysis, variants=2, seed=42)
    assert render(analysis, variants=2, seed=42) == first
    other = render(analysis, variants=2, seed=43)
    assert other != first
    orders = [[q.item for q in parse(page).versions[1].questions] for page in (first, other)]
    assert orders[0] != orders[1]
    assert sorted(orders[0]) == sorted(orders[1])


def test_one_version_ignores_the_seed_and_has_no_version_label(analysis):
    page = render(analysis, seed=1)
    assert render(analysis, seed=2) == page
    assert "Version A" not in page.decode()


def test_each_version_and_key_start_a_new_printed_page(analysis):
    quiz = parse(render(analysis, variants=2, seed=3))
    css = " ".join(quiz.style.split())
    print_css = css[css.index("@media print"):]
    assert ".version + .version, .key { break-before: page;" in print_css
    assert ".toolbar { display: none; }" in print_css
    assert "break-inside: avoid;" in css[css.index(".q, .k {"):]


@pytest.mark.parametrize(("paper", "size"), [("a4", "A4"), ("letter", "letter")])
def test_paper_sets_the_page_size(analysis, paper, size):
    css = " ".join(parse(render(analysis, paper=paper)).style.split())
    assert f"@page {{ size: {size}; }}" in css


# ---- safety ----------------------------------------------------------------------------------

def test_hostile_source_text_stays_text():
    document = load_text(HOSTILE, path="<evil>.txt")
    result = analyse(document)
    assert result.items, "the hostile sentence should still give items"
    page = render_html(result, options=Options(variants=2), title="Deck::<blink>{{ 7 * 7 }}</blink> {% if %}")
    quiz = parse(page)
    assert quiz.tags["script"] == 0
    assert quiz.tags["blink"] == 0
    text = "".join(quiz.text)
    assert "<script>alert(1)</script>" in text
    assert "{{c1::x}}" in text
    assert "{% raw %}" in text
    assert "<blink>{{ 7 * 7 }}</blink> {% if %}" in text
    assert "<evil>.txt" in text


# ---- templates -------------------------------------------------------------------------------

def test_user_template_folder_overrides_the_bundled_template(analysis, tmp_path):
    (tmp_path / "quiz.html.j2").write_text(
        "<!DOCTYPE html><title>{{ title }}</title><p id=mine>My quiz: {{ count }} questions</p>\n"
        "{% for v in versions %}{% for g in v.groups %}{% for q in g.questions %}"
        "<p>{{ q.number }}. {{ q.item.question }}</p>{% endfor %}{% endfor %}{% endfor %}\n",
        encoding="utf-8")
    page = render(analysis, templates=str(tmp_path)).decode()
    assert f"My quiz: {len(analysis.items)} questions" in page
    assert "Answer key" not in page


def test_user_css_alone_overrides_and_the_bundled_template_is_kept(analysis, tmp_path):
    (tmp_path / "quiz.css").write_text("body { font-family: MyFont; }\n", encoding="utf-8")
    page = render(analysis, templates=str(tmp_path)).decode()
    assert "body { font-family: MyFont; }" in page
    assert "Answer key" in page
    assert ".toolbar" not in page


def test_cli_templates_option_uses_the_user_template(tmp_path):
    from quizgen.cli import cli

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "quiz.html.j2").write_text("USER TEMPLATE {{ document.name }} {{ paper }}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(SEED), "-o", str(out), "--format", "html",
                                      "--paper", "letter", "--templates", str(templates)])
    assert result.exit_code == 0, result.output
    assert (out / f"{SEED.stem}.html").read_text(encoding="utf-8") == f"USER TEMPLATE {SEED.stem} letter\n"


def test_user_template_with_an_unknown_name_is_a_clear_error(analysis, tmp_path):
    (tmp_path / "quiz.html.j2").write_text("{{ no_such_thing }}", encoding="utf-8")
    with pytest.raises(OptionError, match="'no_such_thing' is undefined"):
        render(analysis, templates=str(tmp_path))


def test_each_call_gets_its_own_environment(analysis, tmp_path):
    (tmp_path / "quiz.html.j2").write_text("custom\n", encoding="utf-8")
    assert render(analysis, templates=str(tmp_path)) == b"custom\n"
    assert b"Answer key" in render(analysis), "a user folder must not leak into the next call"


# ---- golden file -----------------------------------------------------------------------------

def small_analysis() -> Analysis:
    """A hand-made quiz, independent of the extractors, so the golden file only moves with the renderer."""
    document = load_text("The Agency was founded in 1990. It employs 40 people & more.", path="small.txt")

    def item(n: int, style: str, question: str, answer: str, start: int, sentence: str, choices=(), kind="date"):
        return Item(id=f"small-{n}", fact_id=f"fact-{n}", kind=kind, style=style, question=question, answer=answer,
                    choices=choices, source=Source(sentence=sentence, start=0, end=len(sentence)), value=answer,
                    rule="test", answer_start=start, answer_end=start + len(answer))

    first, second = "The Agency was founded in 1990.", "It employs 40 people & more."
    items = [
        item(1, "question", "When was the Agency founded?", "1990", 26, first),
        item(2, "cloze", "It employs _____ people & more.", "40", 11, second, kind="amount"),
        item(3, "choice", "When was the Agency founded?", "1990", 26, first, ("1989", "1990", "1991", "1992")),
        item(4, "cloze", "The Agency was founded in _____.", "1990", 26, first),
    ]
    return Analysis(document, [], [], items)


def test_golden_file():
    page = render_html(small_analysis(), options=Options(variants=2, seed=9, paper="letter"), title="Tests::Small")
    if os.environ.get(REGENERATE):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(page)
    assert GOLDEN.exists(), f"no golden file; create it with: {REGENERATE}=1 pytest tests/test_html.py"
    assert page == GOLDEN.read_bytes(), (
        f"the rendered quiz changed; if the change is intended, inspect it and regenerate with: "
        f"{REGENERATE}=1 pytest tests/test_html.py -k golden")


def test_no_items_still_renders_a_page(analysis):
    empty = Analysis(analysis.document, [], [], [])
    quiz = parse(render_html(empty, options=Options(), title="Empty"))
    assert quiz.versions[0].questions == [] and quiz.versions[0].key == []
    assert "This source gave no questions." in "".join(quiz.text)


def test_a_single_question_reads_right():
    one = small_analysis()
    quiz = parse(render_html(Analysis(one.document, [], [], one.items[:1]), options=Options(), title="One"))
    text = " ".join("".join(quiz.text).split())
    assert "Answer the question in the spaces provided" in text
    assert [h for h in quiz.headings if h.startswith("Part")] == ["Part 1 Short answer question 1"]


# ---- PDF -------------------------------------------------------------------------------------

def test_pdf_without_weasyprint_is_a_clear_error(analysis, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # makes `import weasyprint` raise ImportError
    with pytest.raises(OptionError, match=r"PDF output needs WeasyPrint: pip install 'quizgen\[pdf\]'"):
        render_pdf(analysis, options=Options(), title=TITLE)


def test_pdf_with_weasyprint():
    pytest.importorskip("weasyprint", reason="PDF output needs the optional extra: pip install 'quizgen[pdf]'")
    pdf = render_pdf(small_analysis(), options=Options(paper="a4"), title="Tests::Small")
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    time.sleep(1.1)  # a font subset stamped with the clock would now differ
    assert render_pdf(small_analysis(), options=Options(paper="a4"), title="Tests::Small") == pdf, "no timestamps"
