"""Founding dates: when something was established, founded, created, set up,
launched, formed, put forward or inaugurated, and what it was.

Works on the dates already found: a date becomes a founding fact when a founding
verb stands in the same clause. What was founded is read from the clause's shape:
"newly established X", "X was founded in ...", "... founded X in ...".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..data import FOUNDING_VERBS, word_regex
from ..models import Document, Fact, Sentence

__all__ = ["find_founding", "FOUNDING_VERB"]

FOUNDING_VERB = re.compile(r"(?P<verb>" + word_regex(FOUNDING_VERBS) + r")", re.IGNORECASE)  # (class first: fast)
# "James Brooke was created K.C.B.", "was created a baronet", "was created in 1793 earl of Mountnorris": a title
# given to a person, no founding
_MADE_TITLE = re.compile(r"\s+(?:in\s+[0-9]{4},?\s+)?(?:an?\s+)?(?:(?:[A-Z]\.){2,}|(?:[Bb]aronet|[Pp]eer|[Kk]night|[Ee]arl|[Bb]aron|[Vv]iscount|"
                         r"[Dd]uke|[Mm]arquess|[Mm]arquis|[Cc]ardinal|[Cc]ount)\b)")
_CLAUSE_BREAK = re.compile(r";|\s[–—]\s|,\s+(?:and|but|while|whereas)\s|\.\s")
# A capitalised name: words starting upper case, joined by small words.
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|in|de|the|&)?\s*[A-Z][\w'’-]*)*"
_NEWLY = re.compile(r"\bnewly\s+(?:established|founded|created|formed)\s+(?P<what>" + _NAME + ")")
_PASSIVE = re.compile(r"(?P<what>" + _NAME + r")(?:\s*\([^)]*\))?\s*,?\s+(?:was|were|has\s+been|had\s+been)\s+"
                      r"(?:\w+ly\s+)?(?:established|founded|created|set\s+up|launched|formed|inaugurated"
                      r"|incorporated|instituted|chartered|opened)\b")
_ACTIVE = re.compile(r"\b(?:established|founded|co-founded|created|set\s+up|setting\s+up|launched|formed"
                     r"|inaugurated|opened|establishing)\s+(?P<what>(?:the\s+|an?\s+|its\s+|his\s+|her\s+)?"
                     r"(?:first\s+|new\s+)?[\w'’-]+(?:\.[\w-]+)*(?:\s+(?!in\b|on\b|at\b|by\b|with\b|and\b|to\b|from\b)"
                     r"[\w'’-]+(?:\.[\w-]+)*){0,7})")  # (a domain is one word: "the initial eclipse.org Board")
_MAX_GAP = 90  # characters between the verb and the date
# "founding" before a plain noun is an adjective: "the founding figures of sendmail", "a founding member".
_FOUNDING_ADJECTIVE = re.compile(r"\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those)\b)[a-z]")


def _clause(text: str, sentence: Sentence, pos: int) -> tuple[int, int]:
    """The clause of `sentence` around `pos`, cut at semicolons and dashes."""
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _what(clause: str, verb_at: int) -> str:
    m = _NEWLY.search(clause)
    if m:
        return m.group("what").strip()
    for m in _PASSIVE.finditer(clause):
        return m.group("what").strip()
    m = _ACTIVE.search(clause, max(0, verb_at - 1))
    if m:
        what = m.group("what").strip()
        what = re.split(r"\s+(?:in|on|at|by|of\s+[0-9])\s", what)[0]
        if what and not re.match(r"(?i)(?:the\s+)?(?:basis|way|idea|stage)\b", what):
            return what
    return ""


def find_founding(document: Document, sentences: Sequence[Sentence], dates: Sequence[Fact]) -> list[Fact]:
    text = document.text
    by_sentence: dict[int, list[Fact]] = {}
    for date in dates:
        by_sentence.setdefault(date.sentence_start, []).append(date)
    facts: list[Fact] = []
    for sentence in sentences:
        candidates = by_sentence.get(sentence.start)
        if not candidates:
            continue
        verbs = [v for v in FOUNDING_VERB.finditer(text, sentence.start, sentence.end)
                 if (v.group("verb").lower() != "founding" or not _FOUNDING_ADJECTIVE.match(text, v.end()))
                 and not (v.group("verb").lower() == "created" and _MADE_TITLE.match(text, v.end()))]
        if not verbs:
            continue
        for date in candidates:
            c_start, c_end = _clause(text, sentence, date.start)
            near = [v for v in verbs if c_start <= v.start() < c_end
                    and min(abs(v.start() - date.end), abs(date.start - v.end())) <= _MAX_GAP]
            if not near:
                continue
            verb = min(near, key=lambda v: min(abs(v.start() - date.end), abs(date.start - v.end())))
            clause = text[c_start:c_end]
            what = _what(clause, verb.start() - c_start)
            facts.append(date.model_copy(update={
                "kind": "founding", "rule": f"founding-{verb.group('verb').lower().replace(' ', '-')}",
                "subject": what, "detail": verb.group("verb").lower(),
            }))
    return facts
