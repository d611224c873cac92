"""The whole job: sources -> documents -> sentences -> facts -> items -> output files.

`analyse` runs the stages for one document; `build` runs them for every source
and writes each output atomically (temporary file, then rename), only after all
of a source's outputs were rendered, so a failure leaves earlier files intact and
no partial file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ._gc import without_gc
from .errors import OptionError, OutputError, QuizgenError, SourceError
from .extractors import extract_facts
from .items import make_items
from .load import find_sources, load_path
from .models import KINDS, STYLES, Document, Fact, Item, Sentence
from .sentences import split_sentences

__all__ = ["Options", "Analysis", "BuildReport", "analyse", "build", "FORMATS", "parse_list"]

FORMATS: tuple[str, ...] = ("apkg", "html", "json", "pdf")
DEFAULT_FORMATS: tuple[str, ...] = ("apkg", "html", "json")


def parse_list(raw: str | None, allowed: Sequence[str], what: str) -> tuple[str, ...] | None:
    """'a,b' -> ('a', 'b'), checked against `allowed`; None stays None (meaning: all)."""
    if raw is None:
        return None
    values = tuple(v.strip().lower() for v in raw.split(",") if v.strip())
    unknown = [v for v in values if v not in allowed]
    if unknown or not values:
        raise OptionError(f"unknown {what} {', '.join(map(repr, unknown)) or repr(raw)}; "
                          f"choose from {', '.join(allowed)}")
    return values


@dataclass(frozen=True)
class Options:
    output: str = "decks"
    formats: tuple[str, ...] = DEFAULT_FORMATS
    deck: str | None = None
    kinds: tuple[str, ...] | None = None
    styles: tuple[str, ...] | None = None
    count: int | None = None
    seed: int = 0
    paper: str = "a4"
    variants: int = 1
    templates: str | None = None
    strict: bool = False
    name: str | None = None  # title for standard input

    def __post_init__(self) -> None:
        for value, allowed, what in ((self.formats, FORMATS, "format"), (self.kinds, KINDS, "kind"),
                                     (self.styles, STYLES, "style")):
            if value is not None:
                parse_list(",".join(value), allowed, what)
        if self.count is not None and self.count < 1:
            raise OptionError(f"--count must be at least 1, not {self.count}")
        if not 1 <= self.variants <= 26:
            raise OptionError(f"--variants must be from 1 to 26, not {self.variants}")
        if self.paper not in ("a4", "letter"):
            raise OptionError(f"unknown paper {self.paper!r}; choose a4 or letter")


@dataclass(frozen=True)
class Analysis:
    document: Document
    sentences: list[Sentence]
    facts: list[Fact]
    items: list[Item]


@without_gc
def analyse(document: Document, options: Options = Options()) -> Analysis:
    sentences = split_sentences(document)
    facts = extract_facts(document, sentences, options.kinds)
    items = make_items(document, sentences, facts, styles=options.styles, seed=options.seed)
    if options.count is not None:
        items = sorted(sorted(items, key=lambda i: (-i.score, i.source.start))[: options.count],
                       key=lambda i: (i.source.start, i.id))
    return Analysis(document, sentences, facts, items)


@dataclass
class BuildReport:
    written: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one "source: problem" line each
    items: int = 0
    facts: int = 0
    notes: list[str] = field(default_factory=list)  # things the user should know (removed facts ...)


def _deck_parent(sources: Sequence[str], options: Options) -> str:
    if options.deck:
        return options.deck
    for raw in sources:
        if raw != "-" and Path(raw).is_dir():
            return Path(raw).resolve().name.replace("-", " ").replace("_", " ").title() or "quizgen"
    return "quizgen"


def render(analysis: Analysis, fmt: str, options: Options, deck: str,
           previous: dict[str, tuple[int, str, str]] | None = None) -> bytes:
    """The bytes of one output format for one analysed source."""
    if fmt == "json":
        from .render.json import render_json

        return render_json(analysis)
    if fmt == "apkg":
        from .render.apkg import render_apkg

        return render_apkg(analysis, deck=deck, previous=previous or {})
    if fmt == "html":
        from .render.html import render_html

        return render_html(analysis, options=options, title=deck)
    if fmt == "pdf":
        from .render.html import render_pdf

        return render_pdf(analysis, options=options, title=deck)
    raise OptionError(f"unknown format {fmt!r}")


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _prepare_output(output: str) -> Path:
    path = Path(output)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{output}: cannot create output folder ({err.strerror})") from err
    if not os.access(path, os.W_OK):
        raise OutputError(f"{output}: output folder is not writable")
    return path


@dataclass
class _Built:
    """One source's rendered outputs (or its error), made in a worker, written by the parent."""

    source: str
    name: str = ""
    outputs: dict[str, bytes] = field(default_factory=dict)
    items: int = 0
    facts: int = 0
    note: str = ""
    error: QuizgenError | None = None


@without_gc
def _build_one(source: str, options: Options, parent: str, output_dir: Path, stdin: bytes | None) -> _Built:
    """Load, analyse and render one source; nothing is written here."""
    try:
        document = load_path(source, name=options.name if source == "-" else None, stdin=stdin)
        analysis = analyse(document, options)
        deck = f"{parent}::{document.title}"
        previous: dict[str, tuple[int, str, str]] = {}
        if "apkg" in options.formats:
            from .render.apkg import previous_notes

            previous = previous_notes(output_dir / f"{document.name}.apkg")
        outputs = {fmt: render(analysis, fmt, options, deck, previous) for fmt in options.formats}
        note = ""
        if previous:
            from .render.apkg import removed_note_report

            note = removed_note_report(analysis, previous)
        return _Built(source, document.name, outputs, len(analysis.items), len(analysis.facts), note)
    except QuizgenError as err:
        return _Built(source, error=err)
    except RecursionError:  # pragma: no cover - a guard, never seen on real text
        return _Built(source, error=SourceError(source, "text too deeply nested to analyse"))


def _built_in_order(files: Sequence[str], options: Options, parent: str, output_dir: Path,
                    stdin: bytes | None, jobs: int) -> Iterator[_Built]:
    """Each source's result, in the order of `files`; with `jobs` > 1 built in worker processes."""
    if jobs <= 1 or len(files) <= 1:
        for source in files:
            yield _build_one(source, options, parent, output_dir, stdin)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_build_one, source, options, parent, output_dir, stdin) for source in files]
        try:
            for future in futures:
                yield future.result()
        finally:
            for future in futures:
                future.cancel()


def build(sources: Sequence[str], options: Options = Options(), *, stdin: bytes | None = None,
          jobs: int = 1, progress: Callable[[int, int, str], None] | None = None) -> BuildReport:
    """Build every source; with `strict` raise at the first bad one, else report it and go on.

    Results are written in the order of the sources whatever `jobs` is, so a
    parallel build writes the same bytes as a serial one. `progress(done, total,
    source)` is called after each source.
    """
    if not sources:
        sources = ["seeds"]
    if jobs < 1:
        raise OptionError(f"--jobs must be at least 1, not {jobs}")
    files = find_sources(sources)
    output_dir = _prepare_output(options.output)
    parent = _deck_parent(sources, options)
    report = BuildReport()
    used_names: dict[str, str] = {}
    for done, built in enumerate(_built_in_order(files, options, parent, output_dir, stdin, jobs), start=1):
        error = built.error
        if error is None and built.name in used_names:
            error = SourceError(built.source, f"output name {built.name!r} already used by {used_names[built.name]}")
        if error is not None:
            if options.strict or len(files) == 1:
                raise error
            report.failed.append(str(error))
        else:
            used_names[built.name] = built.source
            for fmt, data in built.outputs.items():
                target = output_dir / f"{built.name}.{fmt}"
                try:
                    write_atomic(target, data)
                except OSError as err:
                    raise OutputError(f"{target}: cannot write ({err.strerror or err})") from err
                report.written.append(str(target))
            if built.note:
                report.notes.append(built.note)
            report.items += built.items
            report.facts += built.facts
        if progress:
            progress(done, len(files), built.source)
    if not report.written and report.failed:
        raise QuizgenError(f"no source could be built ({len(report.failed)} failed): {report.failed[0]}")
    return report
