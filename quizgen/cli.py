"""The command line: a thin layer over `quizgen.pipeline`.

Each command reads its options, calls one library function and turns the
library's `QuizgenError` into a one-line `Error: ...` with exit status 1. Only
click is imported at start-up; the pipeline loads when a command runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .errors import QuizgenError

__all__ = ["cli", "main"]


def _run(func: Callable[[], Any]) -> Any:
    try:
        return func()
    except QuizgenError as err:
        raise click.ClickException(str(err)) from err
    except KeyboardInterrupt:
        raise click.ClickException("interrupted; outputs already written are complete, no partial file") from None


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that makes items."""
    func = click.option("--seed", type=int, default=0, show_default=True,
                        help="Seed for every random choice (distractors, shuffles).")(func)
    func = click.option("--count", type=int, default=None, help="At most N items per source, best first.")(func)
    func = click.option("--styles", default=None, metavar="LIST",
                        help="Comma list of item styles: question, cloze, choice, order (a timeline of a person's steps).")(func)
    func = click.option("--kinds", default=None, metavar="LIST",
                        help="Comma list of fact kinds: date, founding, amount, acronym, bio.")(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="quizgen")
def cli() -> None:
    """Turn documents into study material: Anki decks, printable quizzes, JSON.

    \b
    Example:
        quizgen build                      # every source in seeds/ into decks/
        quizgen build notes.txt -o out --format json
        quizgen facts seeds/article.txt
    """


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("-o", "--output", default="decks", show_default=True, help="Folder for the outputs.")
@click.option("--format", "formats", default=None, metavar="LIST",
              help="Comma list of apkg, html, json, pdf [default: apkg,html,json].")
@click.option("--deck", default=None, help="Anki parent deck and quiz title.")
@filter_options
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
              help="Paper size of the printable quiz.")
@click.option("--variants", type=int, default=1, show_default=True,
              help="Number of quiz versions (A, B, ...) with shuffled order.")
@click.option("--templates", type=click.Path(file_okay=False), default=None,
              help="Folder of Jinja templates replacing the bundled ones.")
@click.option("--jobs", type=int, default=1, show_default=True, help="Sources built in parallel.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary output.")
@click.option("--strict", is_flag=True, help="Stop at the first source that fails.")
@click.option("--name", default=None, help="Title of a document read from standard input ('-').")
def build(sources: tuple[str, ...], output: str, formats: str | None, deck: str | None, kinds: str | None,
          styles: str | None, count: int | None, seed: int, paper: str, variants: int, templates: str | None,
          jobs: int, quiet: bool, strict: bool, name: str | None) -> None:
    """Build decks, quizzes and JSON from SOURCES (files, folders or '-').

    With no SOURCES, builds every source in seeds/. One output file per source
    and format is written to the output folder, named after the source.

    \b
    Example:
        quizgen build
        quizgen build article.txt -o out --format json,html --seed 7
        cat notes.md | quizgen build - --name "Week 3 notes"
    """
    def go() -> None:
        from .pipeline import DEFAULT_FORMATS, FORMATS, Options, build as run_build, parse_list
        from .models import KINDS, STYLES

        options = Options(
            output=output, formats=parse_list(formats, FORMATS, "format") or DEFAULT_FORMATS, deck=deck,
            kinds=parse_list(kinds, KINDS, "kind"), styles=parse_list(styles, STYLES, "style"), count=count,
            seed=seed, paper=paper, variants=variants, templates=templates, strict=strict, name=name,
        )
        stdin = sys.stdin.buffer.read() if "-" in sources else None
        bar = _ProgressBar(enabled=not quiet and sys.stderr.isatty())
        try:
            report = run_build(list(sources), options, stdin=stdin, jobs=jobs, progress=bar.update)
        finally:
            bar.close()
        for line in report.failed:
            click.echo(f"Error: {line}", err=True)
        if not quiet:
            click.echo(f"{_count(len(report.written), 'file')} written, {_count(report.items, 'item')} from "
                       f"{_count(report.facts, 'fact')} in {options.output}/", err=True)
            for note in report.notes:
                click.echo(note, err=True)
        if report.failed:
            sys.exit(1)

    _run(go)


class _ProgressBar:
    """click's progress bar on a terminal, created once the number of sources is known; else nothing."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None

    def update(self, done: int, total: int, source: str) -> None:
        if not self.enabled or total < 2:
            return
        if self._bar is None:
            self._bar = click.progressbar(length=total, label="Building", file=sys.stderr,
                                          item_show_func=lambda s: s)
            self._bar.__enter__()
        self._bar.update(1, source)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


@cli.command()
@click.argument("source")
@filter_options
def facts(source: str, kinds: str | None, styles: str | None, count: int | None, seed: int) -> None:
    """Show the facts found in SOURCE as a table: kind, answer, value, sentence, rule.

    \b
    Example:
        quizgen facts seeds/kazakhstan-security-council-interview.txt --kinds acronym,date
    """
    def go() -> None:
        from .extractors import extract_facts
        from .load import load_path
        from .models import KINDS
        from .pipeline import parse_list
        from .sentences import split_sentences

        document = load_path(source, stdin=sys.stdin.buffer.read() if source == "-" else None)
        found = extract_facts(document, split_sentences(document), parse_list(kinds, KINDS, "kind"))
        rows = [("KIND", "ANSWER", "VALUE", "SENTENCE", "RULE")]
        for fact in found[:count] if count else found:
            sentence = " ".join(document.text[fact.sentence_start : fact.sentence_end].split())
            excerpt = sentence if len(sentence) <= 60 else sentence[:57] + "..."
            rows.append((fact.kind, fact.answer, fact.value, excerpt, fact.rule))
        widths = [min(max(len(r[i]) for r in rows), 60) for i in range(5)]
        for row in rows:
            click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
        click.echo(f"{len(found)} facts", err=True)

    _run(go)


def main() -> None:
    cli(prog_name="quizgen")


def _count(n: int, noun: str) -> str:
    """"1 item", "2 items"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
