"""Biography milestones: dated steps in the life of a person the text profiles.

1. People: capitalised runs of two to four words with no organisation word in
   them ("Nurlan Yermekbayev"); a later lone surname refers back to the full name.
2. A sentence is about a person when it names them, or when it opens with (or
   its subject is) "he"/"she" and the last person named before it is them.
3. A date in that sentence becomes a milestone when a career word ("graduated",
   "appointed", "served", "ambassador" ...) stands in the same clause.
4. Only people with at least two milestones (or an age) count as profiled; a
   president mentioned once in passing gets no biography.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from ..data import CAREER_STEMS, CAREER_WORDS, MONTHS, ORG_WORDS, SENTENCE_STARTERS, or_regex
from ..models import Document, Fact, Sentence

__all__ = ["find_bio", "find_people", "People"]

_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_PERSON = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,3}}\b")
_CAREER = re.compile(r"\b(?P<word>" + or_regex(CAREER_STEMS) + r"[a-z]*|" + or_regex(CAREER_WORDS) + r")\b",
                     re.IGNORECASE)
# A telegraphic line of a résumé-style biography: "Born May 19, 1939, in ...",
# "EDUCATION: Graduated from ...": its subject is the person profiled.
_TELEGRAPHIC = re.compile(r"^(?:[A-Z][A-Z &/-]+:\s*)?(?:" + or_regex(CAREER_STEMS) + r")[a-z]*\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|He|She|his|her|His|Her)\b")
_AGE = re.compile(r",\s+(?P<age>[1-9][0-9]),")
_CHUNK_BREAK = re.compile(r",|;|\s[–—]\s|\s-\s")
_NOT_NAME = SENTENCE_STARTERS | frozenset(MONTHS) | ORG_WORDS | frozenset(
    "President Prime Minister Secretary Head Chairman Chair King Queen Mr Mrs Ms Dr Professor "
    "According Having Following Today Yesterday Earlier Later Finally Moscow-based".split()
)
_MIN_MILESTONES = 2


def _is_dictionary_word(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()))


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


class People:
    """The people a text names, and where it mentions them, found in one pass.

    A capitalised run is a person's name when none of its words is a dictionary
    word (names rarely are; "Central Asia", "Presidential Residence" hold one).
    A leading word that the text also uses on its own more often ("Kazakhstan" in
    "President of Kazakhstan Nursultan Nazarbayev") belongs to what came before.
    A later lone surname refers back to the first full name with it.
    """

    def __init__(self, text: str) -> None:
        tokens = [(m.start(), m.group()) for m in _CAPITALISED.finditer(text)]
        counts = Counter(word for _, word in tokens)
        self.names: dict[str, str] = {}
        for m in _PERSON.finditer(text):
            words = m.group().split()
            while words and (words[0] in _NOT_NAME or words[0].endswith(("’s", "'s"))):
                words = words[1:]
            while len(words) > 2 and counts[words[0]] > counts[words[1]]:
                words = words[1:]
            if len(words) < 2 or any(w in _NOT_NAME or w.endswith(("’s", "'s")) for w in words):
                continue
            if words[-1] in self.names:
                continue
            if any(_is_dictionary_word(part) for w in words for part in w.split("-")):
                continue
            self.names[words[-1]] = " ".join(words)
        self._positions = [pos for pos, word in tokens if word in self.names]
        self._words = [word for pos, word in tokens if word in self.names]
        self.main = max(self.names.values(), key=lambda full: (counts[full.split()[-1]], full), default="")

    def mentions(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, full name) of every mention in text[start:end], in order."""
        lo, hi = bisect.bisect_left(self._positions, start), bisect.bisect_left(self._positions, end)
        return [(self._positions[i], self.names[self._words[i]]) for i in range(lo, hi)]


def find_people(text: str) -> dict[str, str]:
    """Surname -> full name, for every person-like name in `text` (first full form wins)."""
    return People(text).names


def _chunks(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    bounds = [sentence.start]
    for m in _CHUNK_BREAK.finditer(text, sentence.start, sentence.end):
        bounds.append(m.end())
    bounds.append(sentence.end)
    return list(zip(bounds, bounds[1:]))


def _career_word(text: str, sentence: Sentence, date: Fact) -> re.Match[str] | None:
    """The career word in the date's clause.

    "In 2003, X was tasked": an opening phrase borrows the next clause's word;
    "X has served as A – B since 2014": a clause after a dash, the one before it.
    """
    chunks = _chunks(text, sentence)
    for i, (s, e) in enumerate(chunks):
        if s <= date.start < e:
            words = list(_CAREER.finditer(text, s, e))
            if not words and i == 0 and len(text[s:e].split()) <= 5 and i + 1 < len(chunks):
                words = list(_CAREER.finditer(text, *chunks[i + 1]))
            if not words and i > 0 and text[s - 3 : s].strip() in ("–", "—", "-"):
                words = list(_CAREER.finditer(text, *chunks[i - 1]))
            if words:
                return min(words, key=lambda w: abs(w.start() - date.start))
    return None


def _subject(mentions: list[tuple[int, str]], at: int, last_person: str, has_pronoun: bool) -> str:
    """The person a career word at `at` is about: the nearest one named before it, else "he"/"she"."""
    before = [full for pos, full in mentions if pos < at]
    if before:
        return before[-1] if len(set(before)) == 1 or not has_pronoun else before[0]
    if has_pronoun and last_person and not mentions:
        return last_person
    return ""


def find_bio(document: Document, sentences: Sequence[Sentence], dates: Sequence[Fact]) -> list[Fact]:
    text = document.text
    people = People(text)
    if not people.names:
        return []
    by_sentence: dict[int, list[Fact]] = {}
    for date in dates:
        by_sentence.setdefault(date.sentence_start, []).append(date)
    candidates: list[Fact] = []
    main_person = people.main
    last_person = ""
    for sentence in sentences:
        mentions = people.mentions(sentence.start, sentence.end)
        telegraphic = not mentions and _TELEGRAPHIC.match(text, sentence.start, sentence.end) is not None
        has_pronoun = _PRONOUN.search(text, sentence.start, sentence.end) is not None
        for m in _AGE.finditer(text, sentence.start, sentence.end):
            owner = [full for pos, full in mentions if pos + len(full.split()[-1]) == m.start()]
            if owner:
                s, e = m.start("age"), m.end("age")
                candidates.append(Fact(kind="bio", answer=text[s:e], start=s, end=e,
                                       sentence_start=sentence.start, sentence_end=sentence.end,
                                       value=m.group("age"), rule="age", subject=owner[0], detail="age"))
        for date in by_sentence.get(sentence.start, ()):
            word = _career_word(text, sentence, date)
            if word is None:
                continue
            subject = _subject(mentions, word.start(), last_person, has_pronoun) or (
                main_person if telegraphic else "")
            if subject:
                candidates.append(date.model_copy(update={
                    "kind": "bio", "rule": f"bio-{date.rule}", "subject": subject,
                    "detail": word.group("word").lower()}))
        if mentions:
            # The first person a sentence names is usually its subject, the
            # likeliest referent of a "he" or "she" that follows.
            last_person = mentions[0][1]
    counts: dict[str, int] = {}
    for fact in candidates:
        counts[fact.subject] = counts.get(fact.subject, 0) + 1
    return [f for f in candidates if counts[f.subject] >= _MIN_MILESTONES]
