"""Whole folders, parallel builds, and hostile input: bad files, pathological text, failing disks."""

from __future__ import annotations

import errno
import json
import os
import pty
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import CORPUS, SEED

from quizgen.cli import cli
from quizgen.errors import OutputError
from quizgen.extractors import extract_facts
from quizgen.load import load_text, safe_name
from quizgen.pipeline import Options, analyse, build
from quizgen.sentences import split_sentences


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "shelf"
    (folder / "week 2").mkdir(parents=True)
    for path in sorted((CORPUS / "tune").glob("*.txt"))[:4]:
        shutil.copy(path, folder / path.name)
    shutil.copy(SEED, folder / "week 2" / SEED.name)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_folder_skips_a_bad_file_reports_it_and_fails_the_exit_status(shelf: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(shelf), "-o", str(tmp_path / "out"), "--format", "json"])
    assert result.exit_code == 1
    assert f"Error: {shelf / 'broken.txt'}: binary file, not text" in result.stderr.splitlines()
    built = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(built) == 5 and "kazakhstan-security-council-interview.json" in built
    export = json.loads((tmp_path / "out" / "kazakhstan-security-council-interview.json").read_text())
    assert export["items"]


def test_strict_stops_at_the_first_bad_file(shelf: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(shelf), "-o", str(tmp_path / "out"), "--format", "json",
                                      "--strict"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {shelf / 'broken.txt'}: binary file, not text\n"
    # sources are taken in sorted order: "broken.txt" comes first, so nothing was written
    assert not list((tmp_path / "out").iterdir())


def test_jobs_give_the_same_bytes_as_one_job(shelf: Path, tmp_path: Path) -> None:
    (shelf / "broken.txt").unlink()
    for jobs in ("1", "2"):
        result = CliRunner().invoke(cli, ["build", str(shelf), "-o", str(tmp_path / jobs), "--jobs", jobs])
        assert result.exit_code == 0, result.output
    assert _files(tmp_path / "1") == _files(tmp_path / "2")
    assert len(_files(tmp_path / "1")) == 15


def test_progress_bar_on_a_terminal_only(shelf: Path, tmp_path: Path) -> None:
    (shelf / "broken.txt").unlink()
    command = [sys.executable, "-m", "quizgen", "build", str(shelf), "-o", str(tmp_path / "tty"), "--format", "json"]
    piped = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "Building" not in piped.stderr
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdout=follower, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=120)
    os.close(leader)
    assert process.returncode == 0
    assert b"Building" in seen and b"100%" in seen
    quiet = subprocess.run([*command, "--quiet"], capture_output=True, text=True, check=True)
    assert quiet.stderr == ""


def test_a_source_that_vanishes_mid_build_is_reported(shelf: Path, tmp_path: Path) -> None:
    (shelf / "broken.txt").unlink()
    doomed = shelf / "week 2" / SEED.name

    def delete_the_last(done: int, total: int, source: str) -> None:
        if done == 1:
            doomed.unlink()

    report = build([str(shelf)], Options(output=str(tmp_path / "out"), formats=("json",)), progress=delete_the_last)
    assert report.failed == [f"{doomed}: no such file"]
    assert len(report.written) == 4


def test_names_are_made_safe_and_collisions_refused(tmp_path: Path) -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("a b.txt") == "a-b" and safe_name("a_b.txt") == "a_b"
    assert safe_name("CON.txt") == "source-CON"
    assert safe_name("..") == "source"
    folder = tmp_path / "two"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (folder / "a b.txt").write_text(text, encoding="utf-8")
    (folder / "a-b.txt").write_text(text, encoding="utf-8")
    report = build([str(folder)], Options(output=str(tmp_path / "out"), formats=("json",)))
    assert report.failed == [f"{folder / 'a-b.txt'}: output name 'a-b' already used by {folder / 'a b.txt'}"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a-b.json"]


def test_full_disk_is_a_clear_error_and_loses_nothing(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    build([str(SEED)], Options(output=str(out), formats=("json", "apkg")))
    before = _files(out)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("quizgen.pipeline.os.fsync", no_space)
    with pytest.raises(OutputError, match=r"kazakhstan-security-council-interview\.json: cannot write "
                                          r"\(No space left on device\)"):
        build([str(SEED)], Options(output=str(out), formats=("json", "apkg")))
    assert _files(out) == before  # same files, same bytes, no temporary file left


def test_killed_build_leaves_complete_files_only(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text((SEED.read_text(encoding="utf-8") + "\n\n") * 150, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "big.json").write_text('{"items": []}\n', encoding="utf-8")  # an earlier, complete output
    for delay in (0.5, 1.5, 3.0):
        process = subprocess.Popen([sys.executable, "-m", "quizgen", "build", str(big), "-o", str(out), "-q"])
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        for path in out.iterdir():
            assert not path.name.startswith("."), f"temporary file left: {path.name}"
            if path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))  # complete JSON, old or new


PATHOLOGICAL = {
    "capitals": "A" * 100_000,
    "digits-with-commas": "1," * 50_000,
    "opening-parentheses": "(" * 100_000,
    "dots": "." * 100_000,
    "spaces": " " * 50_000 + "x",
    "sept": "Sept. " * 20_000,
    "dollar-digits": "$" + "9" * 100_000,
    "one-megabyte-line": "word " * 200_000,
    "parenthesised-capitals": "(ABCD) " * 15_000,
    "capitalised-words": "Abc Def " * 12_000,
    "hyphens": "-" * 100_000,
    "newlines": "\n" * 100_000 + "x",
    "at-signs": "x@" * 50_000,
    "dotted-words": "ab." * 35_000,
    "one-long-word": "a" * 300_000,
    "digits-then-noun": "9" * 100_000 + " troops",
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_text_finishes_and_keeps_spans(text: str) -> None:
    # Quadratic backtracking would make these run for minutes; bench/run.py prints the timings.
    start = time.perf_counter()
    document = load_text(text, path="hostile.txt")
    sentences = split_sentences(document)
    facts = extract_facts(document, sentences)
    items = analyse(document, Options()).items
    assert time.perf_counter() - start < 60
    for fact in facts:
        assert document.text[fact.start : fact.end] == fact.answer
    for item in items:
        assert item.source.sentence == document.text[item.source.start : item.source.end]


def test_markup_in_a_source_stays_text_everywhere(tmp_path: Path) -> None:
    source = tmp_path / "markup.txt"
    source.write_text(
        "The <script>alert('x')</script> Institute of {{ config }} and {% raw %} Studies (ICS) was founded in 1990.\n\n"
        "In 1994, the institute spent about $5 million on {{c1::secret}} <img src=x onerror=alert(1)> research.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "markup.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page and "{{ config }}" in page
    export = json.loads((out / "markup.json").read_text(encoding="utf-8"))
    assert any("<script>" in item["source"]["sentence"] for item in export["items"])  # JSON keeps the text
