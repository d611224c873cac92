"""The printable quiz: one self-contained HTML file (and, with WeasyPrint, a PDF).

`render_html` turns an `Analysis` into view objects (`_Version`, `_Group`,
`_Question`, `_KeyEntry`) and hands them to the Jinja template `quiz.html.j2`,
which includes `quiz.css`. Every source string reaches the page through
Jinja's autoescaping; Python never builds markup from text, it only splits a
string into plain parts (text before a cloze blank, the highlighted answer) that
the template escapes one by one.

Versions: `options.variants` copies (A, B, ...) in one file. Version A keeps the
items in their given order; every later version shuffles the questions within
each style group and the options of each multiple-choice question with its own
`random.Random(f"{seed}|{letter}|{document name}")`, so the same seed gives the
same bytes and each version's answer key names that version's letters.

Templates come from the bundled package `quizgen.templates`; a folder given as
`options.templates` overrides any file it holds (`quiz.html.j2`, `quiz.css`)
and the rest still come from the bundle.
"""

from __future__ import annotations

import io
import os
import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

import jinja2

from ..errors import OptionError
from ..items import order_letters

if TYPE_CHECKING:
    from ..models import Item
    from ..pipeline import Analysis, Options

__all__ = ["render_html", "render_pdf", "make_environment", "TEMPLATE", "GROUPS"]

TEMPLATE = "quiz.html.j2"
BLANK = "_____"  # what `items` puts into a question where the cloze answer was

# Style -> (section heading, what to do); the order of this table is the order of
# the sections on the page: quick multiple choice first, free writing last.
GROUPS: dict[str, tuple[str, str]] = {
    "choice": ("Multiple choice", "Circle the letter of the one best answer."),
    "question": ("Short answer", "Write your answer on the line."),
    "cloze": ("Fill in the blank", "Write the missing words in the blank."),
    "order": ("Put in order", "Write the letters of the steps in the order they happened, earliest first."),
}
_PAPER = {"a4": "A4", "letter": "letter"}  # CSS @page size keywords
_LETTERS = string.ascii_uppercase


@dataclass(frozen=True)
class _Part:
    """A run of question text, or a blank to write in (`text` empty, `width` in em)."""

    text: str
    width: float = 0.0


@dataclass(frozen=True)
class _Option:
    letter: str
    text: str


@dataclass(frozen=True)
class _Question:
    number: int
    item: Item
    parts: tuple[_Part, ...]
    options: tuple[_Option, ...]
    columns: int  # options per row: 4 short ones share a line, long ones get one line each
    lines: int  # ruled writing lines under a short-answer question


@dataclass(frozen=True)
class _Group:
    style: str
    heading: str
    instructions: str
    questions: tuple[_Question, ...]


@dataclass(frozen=True)
class _KeyEntry:
    number: int
    item: Item
    letter: str  # the correct option's letter in this version, "" when not multiple choice
    answer: str
    before: str  # source sentence = before + highlight + after
    highlight: str
    after: str


@dataclass(frozen=True)
class _Version:
    letter: str
    groups: tuple[_Group, ...]
    key: tuple[_KeyEntry, ...]


def _bundled_loader() -> jinja2.BaseLoader:
    root = resources.files("quizgen.templates")

    def load(name: str) -> str | None:
        pieces = jinja2.loaders.split_template_path(name)  # refuses "..", like FileSystemLoader
        resource = root.joinpath(*pieces)
        return resource.read_text(encoding="utf-8") if resource.is_file() else None

    return jinja2.FunctionLoader(load)


def make_environment(templates: str | None = None) -> jinja2.Environment:
    """A fresh Environment: the user's template folder first (if any), then the bundled files."""
    loader: jinja2.BaseLoader = _bundled_loader()
    if templates:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(templates), loader])
    # Autoescape everything, whatever the file name: a .css include holds no source text,
    # and a user template named *.txt must not switch escaping off.
    return jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)


def _blank_width(answer: str) -> float:
    """Room for the answer in handwriting: about 0.7em a character, within sensible bounds."""
    return round(min(max(len(answer) * 0.7, 4.0), 22.0), 1)


def _parts(item: Item) -> tuple[_Part, ...]:
    question = item.question
    at = item.answer_start if question[item.answer_start:item.answer_start + len(BLANK)] == BLANK \
        else question.find(BLANK)
    if item.style not in ("cloze", "choice") or at < 0:
        return (_Part(question),)
    # A multiple-choice blank gets a fixed width: its options already show the answer's length.
    width = _blank_width(item.answer) if item.style == "cloze" else 5.0
    parts = [_Part(question[:at]), _Part("", width), _Part(question[at + len(BLANK):])]
    return tuple(p for p in parts if p.text or p.width)


def _columns(options: tuple[_Option, ...]) -> int:
    """How many options fit side by side on a page column of about 75 characters."""
    longest = max((len(o.text) for o in options), default=0)
    if len(options) == 4 and longest <= 14:
        return 4
    if len(options) % 2 == 0 and longest <= 32:
        return 2
    return 1


def _highlight(item: Item) -> tuple[str, str, str]:
    """The source sentence split around the answer, when the sentence really holds it.

    An acronym item's offsets point at the short form while its answer may be the
    expansion, so those are never highlighted.
    """
    sentence, a, b = item.source.sentence, item.answer_start, item.answer_end
    if item.kind != "acronym" and 0 <= a < b <= len(sentence) and sentence[a:b] == item.answer:
        return sentence[:a], sentence[a:b], sentence[b:]
    return sentence, "", ""


def _version(items: list[Item], letter: str, shuffle: Callable[[list], None] | None) -> _Version:
    groups: list[_Group] = []
    key: list[_KeyEntry] = []
    number = 0
    styles = list(GROUPS) + sorted({i.style for i in items} - set(GROUPS))
    for style in styles:
        members = [i for i in items if i.style == style]
        if not members:
            continue
        if shuffle:
            shuffle(members)
        questions: list[_Question] = []
        for item in members:
            number += 1
            choices = list(item.steps if item.style == "order" else item.choices)
            if shuffle and choices:
                shuffle(choices)
            options = tuple(_Option(_LETTERS[n], text) for n, text in enumerate(choices))
            if item.style == "order":
                correct = order_letters(item, choices)  # "D, B, A, C"
            else:
                correct = next((o.letter for o in options if o.text == item.answer), "")
            columns = 1 if item.style == "order" else _columns(options)
            lines = 2 if len(item.answer) > 30 else 1
            questions.append(_Question(number, item, _parts(item), options, columns, lines))
            key.append(_KeyEntry(number, item, correct, item.answer, *_highlight(item)))
        heading, instructions = GROUPS.get(style, (style.capitalize(), "Write your answer on the line."))
        groups.append(_Group(style, heading, instructions, tuple(questions)))
    return _Version(letter, tuple(groups), tuple(key))


def _versions(analysis: Analysis, options: Options) -> list[_Version]:
    items = list(analysis.items)
    versions = [_version(items, "A", None)]
    for letter in _LETTERS[1:options.variants]:
        rng = random.Random(f"{options.seed}|{letter}|{analysis.document.name}")
        versions.append(_version(items, letter, rng.shuffle))
    return versions


def render_html(analysis: Analysis, *, options: Options, title: str) -> bytes:
    """The quiz as one self-contained UTF-8 HTML page, print-ready for `options.paper`."""
    env = make_environment(options.templates)
    try:
        template = env.get_template(TEMPLATE)
    except jinja2.TemplateNotFound as err:
        raise OptionError(f"template {err.name!r} not found in {options.templates!r} or the bundled templates") \
            from err
    *parents, heading = title.split("::") if title else [analysis.document.title]
    versions = _versions(analysis, options)
    try:
        page = template.render(
            title=heading.strip() or analysis.document.title,
            parents=[p.strip() for p in parents if p.strip()],
            document=analysis.document,
            versions=versions,
            count=len(analysis.items),
            paper=options.paper,
            page_size=_PAPER[options.paper],
            show_version=options.variants > 1,
        )
    except jinja2.TemplateError as err:  # a user template naming something we do not provide
        raise OptionError(f"template {TEMPLATE!r} failed: {err}") from err
    return page.encode("utf-8")


def render_pdf(analysis: Analysis, *, options: Options, title: str) -> bytes:
    """The same quiz typeset to PDF by WeasyPrint (the optional `quizgen[pdf]` extra)."""
    try:
        import weasyprint
    except ImportError as err:
        raise OptionError("PDF output needs WeasyPrint: pip install 'quizgen[pdf]'") from err
    page = render_html(analysis, options=options, title=title).decode("utf-8")
    out = io.BytesIO()
    # Without HarfBuzz-Subset, WeasyPrint subsets fonts with fontTools, which stamps each subset
    # with the current time unless SOURCE_DATE_EPOCH is set; pin it so the same quiz gives the
    # same bytes (a caller's own SOURCE_DATE_EPOCH is respected).
    pinned = "SOURCE_DATE_EPOCH" not in os.environ
    if pinned:
        os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        weasyprint.HTML(string=page, base_url=None).write_pdf(out)
    finally:
        if pinned:
            del os.environ["SOURCE_DATE_EPOCH"]
    return out.getvalue()
