"""The command line: build, facts, help, version, and every kind of bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen import __version__
from quizgen.cli import cli

from paths import SEED, SEEDS


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_build_without_sources_builds_seeds_into_decks(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["build", "--format", "json,apkg"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "decks").iterdir()) == [
        "kazakhstan-security-council-interview.apkg", "kazakhstan-security-council-interview.json"]


def test_build_json_export_has_grounded_items(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(SEED), "-o", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    export = json.loads((tmp_path / "kazakhstan-security-council-interview.json").read_text(encoding="utf-8"))
    text = SEED.read_text(encoding="utf-8")
    assert len(export["items"]) >= 60
    for item in export["items"]:
        src = item["source"]
        assert text[src["start"] : src["end"]] == src["sentence"]
        if item["style"] == "order":  # a timeline cites several sentences: each step stands in the text
            assert len(item["steps"]) >= 4 and all(step in text for step in item["steps"])
            continue
        if item["kind"] != "acronym":
            assert item["answer"] in src["sentence"], item
            assert src["sentence"][item["answer_start"] : item["answer_end"]] == item["answer"]
    assert {i["kind"] for i in export["items"]} == {"date", "founding", "amount", "acronym", "bio"}
    assert {i["style"] for i in export["items"]} == {"question", "cloze", "choice", "order"}
    # One line per item and per fact, keys sorted: the file diffs and greps line by line.
    lines = (tmp_path / "kazakhstan-security-council-interview.json").read_text(encoding="utf-8").splitlines()
    item_lines = [json.loads(line.rstrip(",")) for line in lines if line.startswith('  {"answer"')]
    assert len(item_lines) == len(export["items"]) + len(export["facts"])
    assert all(list(row) == sorted(row) for row in item_lines)


def test_same_input_same_bytes(runner: CliRunner, tmp_path: Path) -> None:
    for out in ("a", "b"):
        result = runner.invoke(cli, ["build", str(SEED), "-o", str(tmp_path / out), "--format", "json,apkg"])
        assert result.exit_code == 0, result.output
    assert _listing(tmp_path / "a") == _listing(tmp_path / "b")


def test_seed_option_changes_choices_and_nothing_else(runner: CliRunner, tmp_path: Path) -> None:
    exports = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        result = runner.invoke(cli, ["build", str(SEED), "-o", str(out), "--format", "json", "--seed", seed])
        assert result.exit_code == 0
        exports.append(json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["items"])
    assert [i["id"] for i in exports[0]] == [i["id"] for i in exports[1]]
    assert [i["choices"] for i in exports[0]] != [i["choices"] for i in exports[1]]
    assert [(i["question"], i["answer"]) for i in exports[0]] == [(i["question"], i["answer"]) for i in exports[1]]


def test_filters_kinds_styles_count(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(SEED), "-o", str(tmp_path), "--format", "json",
                                 "--kinds", "acronym,date", "--styles", "question", "--count", "5"])
    assert result.exit_code == 0, result.output
    items = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))["items"]
    assert len(items) == 5
    assert {i["kind"] for i in items} <= {"acronym", "date"}
    assert {i["style"] for i in items} == {"question"}


def test_facts_prints_a_table(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["facts", str(SEED), "--kinds", "acronym"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["KIND", "ANSWER", "VALUE", "SENTENCE", "RULE"]
    answers = [line.split()[1] for line in lines[1:]]
    assert answers == ["CSTO", "SCO", "RATS", "CRRF", "CICA", "OIC", "OSCE"]


@pytest.mark.parametrize("command", [[], ["build"], ["facts"]])
def test_every_command_has_help_with_an_example(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"quizgen, version {__version__}"


def _bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\n \t\n", "file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
        ("bom-latin.txt", b"\xef\xbb\xbf" + "Caf\u00e9 opened in 1990.".encode("latin-1"),
         "not valid UTF-8 text (invalid continuation byte at byte 3)"),
        ("notes.pdfx", b"The fund was created in 1990.", "unsupported file type '.pdfx'"),
    ],
    ids=["empty", "whitespace", "binary", "bad-utf8", "unknown-suffix"],
)
def test_bad_source_gives_one_line_error(runner: CliRunner, tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = _bad(tmp_path, name, data)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: {problem}\n"
    assert not out.exists() or not list(out.iterdir())


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file or folder\n"


def test_folder_without_sources(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "picture.png").write_bytes(b"\x89PNG")
    result = runner.invoke(cli, ["build", str(tmp_path / "empty"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'empty'}: folder holds no sources")
    assert len(result.stderr.splitlines()) == 1


def test_facts_on_missing_file(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["facts", "missing.txt"])
    assert result.exit_code == 1
    assert result.stderr == "Error: missing.txt: no such file\n"


def test_unknown_option_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["build", "--colour"])
    assert result.exit_code == 2
    assert "Error: No such option '--colour'" in result.stderr


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--format", "docx", "Error: unknown format 'docx'; choose from apkg, html, json, pdf\n"),
    ("--kinds", "dates", "Error: unknown kind 'dates'; choose from date, founding, amount, acronym, bio\n"),
    ("--count", "0", "Error: --count must be at least 1, not 0\n"),
])
def test_bad_option_values(runner: CliRunner, tmp_path: Path, option: str, value: str, message: str) -> None:
    result = runner.invoke(cli, ["build", str(SEED), "-o", str(tmp_path), option, value])
    assert result.exit_code == 1
    assert result.stderr == message


def test_failed_build_keeps_earlier_output_intact(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(cli, ["build", str(source), "-o", str(out), "--format", "json,apkg"]).exit_code == 0
    before = _listing(out)
    source.write_bytes(b"\xff\xfe\x00\xd8broken")  # UTF-16 BOM and a lone surrogate: undecodable
    result = runner.invoke(cli, ["build", str(source), "-o", str(out), "--format", "json,apkg"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {source}: not valid UTF-16 text")
    assert _listing(out) == before  # same files, same bytes, no temporary leftovers


def test_stdin_source(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", "-", "--name", "Lecture 3", "-o", str(tmp_path), "--format", "json"],
                           input=SEED.read_bytes())
    assert result.exit_code == 0, result.output
    export = json.loads((tmp_path / "Lecture-3.json").read_text(encoding="utf-8"))
    assert export["source"]["path"] == "-"
    assert len(export["items"]) >= 60


def test_read_only_output_folder(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = runner.invoke(cli, ["build", str(SEED), "-o", str(out), "--format", "json"])
    finally:
        out.chmod(0o755)
    if result.exit_code == 0:
        pytest.skip("running as a user who can write anywhere (root): permissions are not enforced")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {out}: output folder is not writable\n"


def test_output_path_that_is_a_file(runner: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "decks"
    blocker.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(SEED), "-o", str(blocker), "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {blocker}: cannot create output folder (File exists)\n"
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_timeline_only_build_and_its_summary(runner: CliRunner, tmp_path: Path) -> None:
    """`--styles order` writes just the timeline; the summary counts in words a reader expects."""
    source = Path(__file__).resolve().parents[1] / "corpus" / "tune" / "challenger-scobee-bio.txt"
    result = runner.invoke(cli, ["build", str(source), "-o", str(tmp_path), "--format", "json", "--styles", "order"])
    assert result.exit_code == 0, result.output
    export = json.loads((tmp_path / "challenger-scobee-bio.json").read_text(encoding="utf-8"))
    assert [i["style"] for i in export["items"]] == ["order"]
    assert "1 file written, 1 item from " in result.stderr
