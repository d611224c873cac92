"""Anki decks, proven by importing them into the real Anki backend (the `anki` package).

The rebuild scenarios follow ../shared/ANKI.md: notes match by GUID, update only
when the package's modification time is newer, and import never deletes.
"""

from __future__ import annotations

import html
import json
import os
import sqlite3
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import SEED

from quizgen.cli import cli
from quizgen.render.apkg import NOTE_TYPES, note_guid

anki_collection = pytest.importorskip("anki.collection", reason="the anki package is a test dependency")
Collection = anki_collection.Collection
ImportAnkiPackageRequest = anki_collection.ImportAnkiPackageRequest
ImportAnkiPackageOptions = anki_collection.ImportAnkiPackageOptions

NAME = "kazakhstan-security-council-interview"


def build(source: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(out), "--format", "apkg,json", *extra])
    assert result.exit_code == 0, result.output
    return result.stderr


def import_deck(col, path: Path) -> dict[str, int]:
    log = col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    ).log
    return {"new": len(log.new), "updated": len(log.updated), "duplicate": len(log.duplicate),
            "conflicting": len(log.conflicting)}


def package_notes(path: Path) -> dict[str, str]:
    """GUID -> fields of the notes inside a package, read straight from its SQLite file."""
    with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "c.anki2"
        db.write_bytes(archive.read("collection.anki2"))
        conn = sqlite3.connect(db)
        rows = dict(conn.execute("SELECT guid, flds FROM notes").fetchall())
        conn.close()
    return rows


@pytest.fixture
def col(tmp_path: Path):
    folder = tmp_path / "collection"
    folder.mkdir()
    collection = Collection(str(folder / "collection.anki2"))
    yield collection
    collection.close()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / f"{NAME}.txt"
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_note_types_are_pinned() -> None:
    # Changing any of these forks the note type in every student's collection.
    assert {k: (nt.id, nt.name, nt.fields) for k, nt in NOTE_TYPES.items()} == {
        "question": (1607392319, "quizgen short answer",
                     ("Question", "Answer", "Source", "SourceTitle", "SourceFile", "Kind", "FactId")),
        "acronym": (1607392320, "quizgen acronym",
                    ("Short", "Long", "Source", "SourceTitle", "SourceFile", "Kind", "FactId")),
        "cloze": (1607392321, "quizgen cloze", ("Text", "Source", "SourceTitle", "SourceFile", "Kind", "FactId")),
        "choice": (1607392322, "quizgen multiple choice",
                   ("Question", "Choices", "Answer", "Source", "SourceTitle", "SourceFile", "Kind", "FactId")),
        "order": (1607392323, "quizgen timeline",
                  ("Question", "Steps", "Answer", "Source", "SourceTitle", "SourceFile", "Kind", "FactId")),
    }


def test_seed_deck_imports_and_every_card_renders(col, source: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    build(source, out)
    items = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))["items"]
    expected = Counter()
    for item in items:
        if item["kind"] == "acronym" and item["style"] == "question":
            expected["quizgen acronym"] += 0 if item["id"].endswith("-reverse") else 1
        else:
            expected[{"question": "quizgen short answer", "cloze": "quizgen cloze",
                      "choice": "quizgen multiple choice", "order": "quizgen timeline"}[item["style"]]] += 1
    counts = import_deck(col, out / f"{NAME}.apkg")
    assert counts == {"new": sum(expected.values()), "updated": 0, "duplicate": 0, "conflicting": 0}
    for name, n in expected.items():
        assert len(col.find_notes(f'note:"{name}"')) == n
    assert len(col.find_cards('note:"quizgen acronym"')) == 2 * expected["quizgen acronym"]
    assert col.card_count() == sum(expected.values()) + expected["quizgen acronym"]
    for cid in col.find_cards("tag:quizgen"):
        card = col.get_card(cid)
        assert card.question().strip() and card.answer().strip()
    # The timeline of the profiled person: steps lettered on the front, their order and dates on the back.
    [timeline] = [i for i in items if i["style"] == "order"]
    [card_id] = col.find_cards('note:"quizgen timeline"')
    card = col.get_card(card_id)
    assert all(step in card.question() for step in timeline["steps"])
    letters = card.note()["Answer"].split("<ol>")[0]
    assert sorted(letters.split(", ")) == [chr(ord("A") + n) for n in range(len(timeline["steps"]))]
    assert "(1986)" in card.answer() and "(1986)" not in card.question()
    cloze_cards = col.find_cards('note:"quizgen cloze"')
    assert cloze_cards
    for cid in cloze_cards:
        card = col.get_card(cid)
        answer = card.note()["Text"].split("{{c1::")[1].split("}}")[0]
        assert 'class="cloze"' in card.question() and "[...]" in card.question()
        assert answer in card.answer()
    deck_names = [d.name for d in col.decks.all_names_and_ids()]
    assert "Quizgen::Kazakhstan Addresses Security Challenges through Collective Efforts, Top Official Says" \
        not in deck_names  # parent is the folder's name when a folder is built, "quizgen" for a file
    assert "quizgen::Kazakhstan Addresses Security Challenges through Collective Efforts, Top Official Says" \
        in deck_names
    message, ok = col.fix_integrity()
    assert ok and message == "Database rebuilt and optimized."


def test_tags_and_deck_option(col, source: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    build(source, out, "--deck", "History 101")
    import_deck(col, out / f"{NAME}.apkg")
    nid = col.find_notes("tag:quizgen::acronym")[0]
    assert set(col.get_note(nid).tags) == {"quizgen", "quizgen::acronym", f"source::{NAME}"}
    assert col.decks.by_name("History 101::Kazakhstan Addresses Security Challenges through Collective "
                             "Efforts, Top Official Says") is not None


def test_unchanged_rebuild_changes_nothing(col, source: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    build(source, out)
    first = (out / f"{NAME}.apkg").read_bytes()
    n = import_deck(col, out / f"{NAME}.apkg")["new"]
    nid = col.find_notes('note:"quizgen short answer"')[0]
    note = col.get_note(nid)
    note["Answer"] = note["Answer"] + " (my note)"  # the student's own edit
    col.update_note(note)
    build(source, out)
    assert (out / f"{NAME}.apkg").read_bytes() == first
    assert import_deck(col, out / f"{NAME}.apkg") == {"new": 0, "updated": 0, "duplicate": n, "conflicting": 0}
    assert col.get_note(nid)["Answer"].endswith(" (my note)")


def test_edited_source_updates_exactly_the_changed_notes(col, source: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    build(source, out)
    old_notes = package_notes(out / f"{NAME}.apkg")
    import_deck(col, out / f"{NAME}.apkg")

    # A student reviews a card and moves it to a deck of their own.
    cid = col.find_cards('note:"quizgen short answer"')[0]
    card = col.get_card(cid)
    card.start_timer()
    col.sched.answerCard(card, 3)
    own_deck = col.decks.id("My review pile")
    col.set_deck([cid], own_deck)
    reviews = col.db.scalar("select count() from revlog where cid = ?", cid)
    assert reviews == 1

    # The source changes: one fact edited, one added, one removed.
    text = source.read_text(encoding="utf-8")
    text = text.replace("the Silk Road Fund of $40 billion", "the Silk Road Fund of $45 billion")
    text = text.replace("Agreements on the establishment of about 45 new enterprises in the manufacturing "
                        "industry in Kazakhstan were approved.", "")
    text = text.replace("Inter-parliamentary, cultural and humanitarian relations are developing well too.",
                        "Inter-parliamentary, cultural and humanitarian relations are developing well too. "
                        "In 2016, the two countries opened a joint customs centre.")
    source.write_text(text, encoding="utf-8")
    report = build(source, out)
    new_notes = package_notes(out / f"{NAME}.apkg")

    changed = {g for g in old_notes.keys() & new_notes.keys() if old_notes[g] != new_notes[g]}
    added = new_notes.keys() - old_notes.keys()
    removed = old_notes.keys() - new_notes.keys()
    assert changed and added and removed
    counts = import_deck(col, out / f"{NAME}.apkg")
    assert counts == {"new": len(added), "updated": len(changed),
                      "duplicate": len(new_notes) - len(added) - len(changed), "conflicting": 0}
    # Review history and the student's deck survive; no forked "+" note type appears.
    assert col.db.scalar("select count() from revlog where cid = ?", cid) == 1
    assert col.get_card(cid).did == own_deck
    assert not [m for m in col.models.all_names_and_ids() if m.name.endswith("+")]
    assert sorted(m.name for m in col.models.all_names_and_ids() if m.name.startswith("quizgen")) == sorted(
        nt.name for nt in NOTE_TYPES.values())
    # Removed facts are reported with a search that finds exactly their notes in Anki.
    assert f"{len(removed)} notes from the previous build are no longer in the source" in report
    search = report.split("find them in Anki's browser with: ")[1].strip().splitlines()[0]
    found = {col.get_note(nid).guid for nid in col.find_notes(search)}
    assert found == removed
    message, ok = col.fix_integrity()
    assert ok and message == "Database rebuilt and optimized."


def test_reworded_question_updates_its_note_in_place(col, source: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "decks"
    build(source, out)
    before = package_notes(out / f"{NAME}.apkg")
    n = import_deck(col, out / f"{NAME}.apkg")["new"]
    from quizgen.items import phrasing

    original = phrasing._finish
    monkeypatch.setattr(phrasing, "_finish", lambda q: original(q).replace("In what year", "In which year"))
    build(source, out)
    after = package_notes(out / f"{NAME}.apkg")
    assert before.keys() == after.keys()  # same GUIDs: the wording is not part of a note's identity
    reworded = {g for g in before if before[g] != after[g]}
    assert reworded and all("In which year" in after[g] for g in reworded)
    assert import_deck(col, out / f"{NAME}.apkg") == {
        "new": 0, "updated": len(reworded), "duplicate": n - len(reworded), "conflicting": 0}


def test_hostile_source_shows_as_text(col, tmp_path: Path) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(
        "The <script>alert(1)</script> Agency for {{c1::Tricks}} and <b>Bold</b> Claims (ATBC) was founded in 1990.\n\n"
        "In 1994, the agency spent about $5 million on {{c2::x}} and {{Front}} experiments.\n",
        encoding="utf-8")
    out = tmp_path / "decks"
    build(source, out)
    import_deck(col, out / "hostile.apkg")
    assert col.card_count() > 0
    for cid in col.find_cards("tag:quizgen"):
        card = col.get_card(cid)
        rendered = card.question() + card.answer()
        assert "<script>" not in rendered and "<b>Bold</b>" not in rendered
        assert 'data-ordinal="2"' not in rendered  # the source's {{c2::x}} made no cloze
        assert card.ord == 0 or card.note_type()["name"] == "quizgen acronym"
    texts = " ".join(col.get_card(cid).answer() for cid in col.find_cards("tag:quizgen"))
    assert "&lt;script&gt;" in texts
    assert "{{c2::x}}" in html.unescape(texts)  # shown to the student as the characters the source has


def test_same_input_same_bytes_and_no_temporary_files(tmp_path: Path) -> None:
    before = set(os.listdir(tempfile.gettempdir()))
    build(SEED, tmp_path / "a")
    build(SEED, tmp_path / "b")
    after = set(os.listdir(tempfile.gettempdir()))
    assert (tmp_path / "a" / f"{NAME}.apkg").read_bytes() == (tmp_path / "b" / f"{NAME}.apkg").read_bytes()
    leaked = {name for name in after - before if not name.startswith("pytest-")}
    assert leaked == set()
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [f"{NAME}.apkg", f"{NAME}.json"]


def test_guid_depends_on_fact_and_note_type_only() -> None:
    assert note_guid("abc", "cloze") == note_guid("abc", "cloze")
    assert len({note_guid("abc", t) for t in NOTE_TYPES} | {note_guid("abd", "cloze")}) == len(NOTE_TYPES) + 1
