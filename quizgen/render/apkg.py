"""Anki packages (.apkg) that survive rebuilds and re-imports.

What real Anki does (../shared/ANKI.md) decides the design:

- Note types are matched by id and fork when their fields change, so the five
  note types below have fixed ids and field lists, pinned by a test.
- Notes are matched by GUID, so a note's GUID hashes the fact's identity
  (`Item.fact_id`: source, kind, normalised fact) and the note type, never the
  wording: a better phrasing updates the note instead of orphaning its history.
- Anki updates a note only when the package's modification time is newer. The
  previous build of the same deck, read back from the output folder, is the
  manifest: an unchanged note keeps its old time, a changed one gets old + 1,
  a new one the fixed `BASE_MOD`. Same input, same bytes; a change moves
  exactly the notes it touched.
- Import never deletes, so notes that vanished from the source are reported,
  with an Anki search (`FactId:...`) that finds them.

Every field is HTML-escaped and its braces turned into entities, so a source
holding `<script>` or `{{c1::x}}` shows as text and makes no cloze. The package
is written without genanki's leaked temporary file, with fixed zip entry times.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Item
    from ..pipeline import Analysis

__all__ = ["NOTE_TYPES", "render_apkg", "removed_note_report", "escape_field", "note_guid", "BASE_MOD",
           "previous_notes"]

BASE_MOD = 1_764_288_000  # 2025-11-28 00:00 UTC: the time of a note's first version
NOTETYPE_MOD = 1_764_288_000  # bump when the card templates or CSS change, so Anki takes them
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

_COMMON = ["Source", "SourceTitle", "SourceFile", "Kind", "FactId"]


@dataclass(frozen=True)
class NoteType:
    id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str], ...]  # (card name, template file stem)
    cloze: bool = False


# Designed once: ids and field lists never change (tests/test_apkg.py pins them).
NOTE_TYPES: dict[str, NoteType] = {
    "question": NoteType(1607392319, "quizgen short answer", ("Question", "Answer", *_COMMON),
                         (("Short answer", "short"),)),
    "acronym": NoteType(1607392320, "quizgen acronym", ("Short", "Long", *_COMMON),
                        (("Short to long", "acronym_forward"), ("Long to short", "acronym_reverse"))),
    "cloze": NoteType(1607392321, "quizgen cloze", ("Text", *_COMMON), (("Cloze", "cloze"),), cloze=True),
    "choice": NoteType(1607392322, "quizgen multiple choice", ("Question", "Choices", "Answer", *_COMMON),
                       (("Multiple choice", "choice"),)),
    "order": NoteType(1607392323, "quizgen timeline", ("Question", "Steps", "Answer", *_COMMON),
                      (("Put in order", "order"),)),
}


def escape_field(text: str) -> str:
    """HTML-escape, and make braces inert so no `{{c1::...}}` or `{{Field}}` can form."""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def _highlighted_source(item: Item) -> str:
    sentence = item.source.sentence
    a, b = item.answer_start, item.answer_end
    if item.kind != "acronym" and 0 <= a < b <= len(sentence):
        return (escape_field(sentence[:a]) + '<b class="hl">' + escape_field(sentence[a:b]) + "</b>"
                + escape_field(sentence[b:]))
    return escape_field(sentence)


def note_guid(fact_id: str, note_type: str) -> str:
    """Stable across rewordings: the fact's identity and the note type only."""
    return hashlib.sha256(f"{fact_id}|{note_type}".encode()).hexdigest()[:20]


def _stable_id(*parts: str) -> int:
    digest = hashlib.sha256("|".join(parts).encode()).digest()
    # Anki ids are milliseconds-like 53-bit ints; keep them positive and below 2**53.
    return 1_000_000_000_000 + int.from_bytes(digest[:6], "big") % (2**52)


@lru_cache(maxsize=None)
def _template(stem: str) -> str:
    return (resources.files("quizgen.templates") / "anki" / f"{stem}.html").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _css() -> str:
    return (resources.files("quizgen.templates") / "anki" / "card.css").read_text(encoding="utf-8")


@dataclass(frozen=True)
class _Note:
    guid: str
    note_type: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    fact_id: str


def _notes(analysis: Analysis) -> list[_Note]:
    doc = analysis.document
    common = lambda item: (_highlighted_source(item), escape_field(doc.title), escape_field(doc.path),  # noqa: E731
                           escape_field(item.kind), escape_field(item.fact_id))
    notes: list[_Note] = []
    seen: set[str] = set()
    for item in analysis.items:
        if item.kind == "acronym" and item.style == "question":
            note_type = "acronym"
            if item.id.endswith("-reverse"):
                continue  # the acronym note type makes both directions from one note
            fields = (escape_field(item.question.removeprefix("What does ").removesuffix(" stand for?")),
                      escape_field(item.answer), *common(item))
        elif item.style == "question":
            note_type = "question"
            fields = (escape_field(item.question), escape_field(item.answer), *common(item))
        elif item.style == "cloze":
            note_type = "cloze"
            from ..items.phrasing import BLANK

            before, _, after = item.question.partition(BLANK)
            text = escape_field(before) + "{{c1::" + escape_field(item.answer) + "}}" + escape_field(after)
            fields = (text, *common(item))
        elif item.style == "choice":
            note_type = "choice"
            choices = "".join(f"<li>{escape_field(c)}</li>" for c in item.choices)
            fields = (escape_field(item.question), choices, escape_field(item.answer), *common(item))
        elif item.style == "order":
            note_type = "order"
            from ..items import ORDER_LINK, order_letters

            steps = "".join(f"<li>{escape_field(step)}</li>" for step in item.steps)
            answer = (escape_field(order_letters(item, item.steps)) + "<ol>"
                      + "".join(f"<li>{escape_field(part)}</li>" for part in item.answer.split(ORDER_LINK)) + "</ol>")
            fields = (escape_field(item.question), steps, answer, *common(item))
        else:
            continue
        guid = note_guid(item.fact_id, note_type)
        if guid in seen:
            continue
        seen.add(guid)
        tags = ("quizgen", f"quizgen::{item.kind}", f"source::{doc.name}")
        notes.append(_Note(guid, note_type, fields, tags, item.fact_id))
    return notes


def previous_notes(path: Path) -> dict[str, tuple[int, str, str]]:
    """GUID -> (mod, fields, tags) of the notes in an earlier build of this deck, if any."""
    if not path.exists():
        return {}
    try:
        with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory(prefix="quizgen-") as tmp:
            db = Path(tmp) / "collection.anki2"
            db.write_bytes(archive.read("collection.anki2"))
            conn = sqlite3.connect(db)
            try:
                rows = conn.execute("SELECT guid, mod, flds, tags FROM notes").fetchall()
            finally:
                conn.close()
    except (zipfile.BadZipFile, KeyError, sqlite3.DatabaseError, OSError):
        return {}  # an unreadable earlier file is no manifest; the build replaces it
    return {guid: (int(mod), flds, tags) for guid, mod, flds, tags in rows}


def _genanki_model(note_type: NoteType):  # type: ignore[no-untyped-def]
    import genanki

    templates = [{"name": name, "qfmt": _template(f"{stem}_front"), "afmt": _template(f"{stem}_back")}
                 for name, stem in note_type.templates]
    return genanki.Model(
        note_type.id, note_type.name, fields=[{"name": f} for f in note_type.fields], templates=templates,
        css=_css(), model_type=genanki.Model.CLOZE if note_type.cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )


def render_apkg(analysis: Analysis, *, deck: str, previous: dict[str, tuple[int, str, str]]) -> bytes:
    """The .apkg bytes; `previous` is `previous_notes()` of the deck this build replaces."""
    import genanki

    doc = analysis.document
    models = {key: _genanki_model(nt) for key, nt in NOTE_TYPES.items()}
    deck_id = _stable_id("deck", deck)
    genanki_deck = genanki.Deck(deck_id, deck, description=escape_field(f"From {doc.title} ({doc.path})"))

    class _StableNote(genanki.Note):  # type: ignore[misc]
        """A genanki note with its own modification time and ids derived from its GUID."""

        mod: int = BASE_MOD
        position: int = 0

        def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # type: ignore[no-untyped-def]
            self._check_number_model_fields_matches_num_fields()
            note_id = _stable_id("note", self.guid)
            cursor.execute(
                "INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?);",
                (note_id, self.guid, self.model.model_id, self.mod, -1, self._format_tags(),
                 self._format_fields(), self.sort_field, 0, 0, ""),
            )
            for card in self.cards:
                cursor.execute(
                    "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);",
                    (_stable_id("card", self.guid, str(card.ord)), note_id, deck_id, card.ord, self.mod, -1,
                     0, 0, self.position, 0, 0, 0, 0, 0, 0, 0, 0, ""),
                )

    for position, note in enumerate(_notes(analysis)):
        genanki_note = _StableNote(model=models[note.note_type], fields=list(note.fields), guid=note.guid,
                                   tags=list(note.tags))
        flds, tags = "\x1f".join(note.fields), " " + " ".join(note.tags) + " "
        old = previous.get(note.guid)
        if old is None:
            genanki_note.mod = BASE_MOD
        elif (old[1], old[2]) == (flds, tags):
            genanki_note.mod = old[0]
        else:
            genanki_note.mod = old[0] + 1
        genanki_note.position = position
        genanki_deck.add_note(genanki_note)

    package = genanki.Package(genanki_deck)
    with tempfile.TemporaryDirectory(prefix="quizgen-") as tmp:
        db_path = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            package.write_to_db(conn.cursor(), NOTETYPE_MOD, iter(range(1, 2**31)))
            conn.commit()
        finally:
            conn.close()
        db_bytes = db_path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", db_bytes), ("media", json.dumps({}).encode())):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


def removed_note_report(analysis: Analysis, previous: dict[str, tuple[int, str, str]]) -> str:
    """A line naming the notes of the previous build that this build no longer has, with an Anki search."""
    current = {n.guid for n in _notes(analysis)}
    gone = sorted(set(previous) - current)
    if not gone:
        return ""
    fact_ids = sorted({flds.split("\x1f")[-1] for guid, (_, flds, _) in previous.items() if guid in gone})
    search = " OR ".join(f"FactId:{fid}" for fid in fact_ids)
    return (f"{analysis.document.path}: {len(gone)} notes from the previous build are no longer in the source "
            f"(Anki never deletes on import); find them in Anki's browser with: {search}")
