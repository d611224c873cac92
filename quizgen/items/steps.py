"""The step at a date: "In January 1978, Francis R. Scobee _____." with the person's own steps as options.

A biography milestone is a date and a step ("was selected as an astronaut candidate
by NASA"). The date items ask for the date of a step; this module finds the step's
words, a finite predicate that stands verbatim in the sentence, so an item can ask
for the step at a date. Its wrong options are the same person's other steps, so the
student has to know which came when.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Fact
from .phrasing import _AUX, _is_finite_past

__all__ = ["step_span", "steps_by_person"]

_MAX_WORDS = 12
# Where a step's words end: a clause break, a relative or participle clause, a purpose clause.
_STEP_END = re.compile(
    r"[,;:()]|\s[–—-]\s|\s+(?:which|who|whose|where|whereby|while|making|giving|in\s+order\s+to"
    r"|to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|be\b)[a-z]+"
    r"|and\s+(?:was|were|is|has|had|then|later|subsequently|[a-z]+ed)\b)"
)
# A step must not run into words that tie the date to another event: "led X until stepping down in 2000".
_OTHER_EVENT = re.compile(r"\b(?:until|till|before|after|when|since|following|upon|by\s+the\s+time)\b",
                          re.IGNORECASE)
_DATE_PHRASE = re.compile(r"\s+(?:in|on|during|from|at|by|between|since|until|as\s+of)\s*(?:the\s+)?$",
                          re.IGNORECASE)
# A step ending on "the first/only/youngest <noun>" lost the infinitive or "of ..." that says what it was.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s")
_CUT_SHORT = re.compile(r"\bthe\s+(?:first|last|only|second|third|youngest|oldest|[a-z]+est)\s+(?:[a-z]+\s+)?[a-z]+$")
_PRONOUN = re.compile(r"\b(?:he|she|him|they|them|it|this|that|these|those|we|our|I)\b")
_STEP_AUX = frozenset("was were had".split())  # "has served" is no step at a past date
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def step_span(text: str, fact: Fact) -> tuple[int, int] | None:
    """Offsets of the step a bio fact dates ("was selected as an astronaut candidate by NASA"), or None.

    The step starts at the finite verb that carries the career word that made the
    fact a milestone: the word itself ("enlisted"), with its auxiliary ("was
    selected"), or a verb just before it ("received his commission"). It ends at
    the clause's end or where the date's own phrase begins, and may hold no other
    date, no pronoun and no link to another event.
    """
    s, e = fact.sentence_start, fact.sentence_end
    word = None
    for m in re.finditer(rf"\b{re.escape(fact.detail)}\w*", text[s:e], re.IGNORECASE):
        if word is None or abs(s + m.start() - fact.start) < abs(s + word.start() - fact.start):
            word = m
    if word is None:
        return None
    ws = s + word.start()
    clause = max(text.rfind(ch, s, ws) for ch in ",;:") + 1 or s
    before = list(_WORD.finditer(text, max(clause, s), ws))[-4:]
    start = None
    if word.group()[0].islower() and _is_finite_past(word.group()):
        start = ws  # "enlisted in the United States Air Force"
    if before and before[-1].group() in _STEP_AUX:
        start = before[-1].start()  # "was selected as an astronaut candidate"
    elif len(before) >= 2 and before[-1].group().endswith("ly") and before[-2].group() in _AUX:
        if before[-2].group() not in _STEP_AUX:
            return None  # "has recently joined": an ongoing state
        start = before[-2].start()  # "was posthumously awarded", never "awarded" as if she gave it
    if start is None:
        for w in reversed(before):
            if w.group()[0].islower() and _is_finite_past(w.group()) and w.group() not in _AUX:
                start = w.start()  # "received his commission"
                break
    if start is None:
        return None
    if re.fullmatch(r"\s*(?:(?:In|On|At|By|During)\s+[^,]*,?\s+)?(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}\s+",
                    text[max(clause, s) : start]):
        return None  # "His promotion in the army was completed by ...": the subject is a thing of theirs, not the person
    if before and before[-1].group() in ("has", "have"):
        return None  # "has served as X since 2014": an ongoing state, no step taken at that date
    if fact.start >= start:
        if re.search(r"\b(?:the|a|an|its|his|her|their)\s+$", text[max(s, fact.start - 8) : fact.start]):
            return None  # "won the 1911 Nobel Prize": the date names a thing, it does not date the step
        if _OTHER_EVENT.search(text, start, fact.start):
            return None  # "led the company ... until stepping down as CEO in January 2000"
        end = fact.start
        date_phrase = _DATE_PHRASE.search(text, start, end)
        if date_phrase:
            end = date_phrase.start()
    else:
        end = e
    cut = _STEP_END.search(text, max(start, ws) + 1, end)
    if cut:
        end = cut.start()
    phrase = text[start:end].rstrip(" .")
    if _CUT_SHORT.search(phrase) and cut and text.startswith(" to ", cut.start()):
        # "became the first runner | to hold simultaneous world records ...": the infinitive says what it was
        stop = _CLAUSE_BREAK.search(text, cut.end(), e)
        longer = text[start : stop.start() if stop else e].rstrip(" .")
        if len(longer.split()) <= _MAX_WORDS:
            phrase = longer
    end = start + len(phrase)
    if start <= fact.start < end or not 3 <= len(phrase.split()) <= _MAX_WORDS or "\n" in phrase:
        return None
    if _OTHER_EVENT.search(phrase) or _PRONOUN.search(phrase) or re.search(r"[0-9]{4}", phrase):
        return None  # another event's date, an unresolved pronoun, or another date inside the step
    if _CUT_SHORT.search(phrase):
        return None  # "became the first runner" (to hold what?): the words that made it a step were cut off
    return start, end


def steps_by_person(text: str, facts: Sequence[Fact]) -> dict[str, list[tuple[Fact, tuple[int, int]]]]:
    """Each person's dated steps, in document order, one per date."""
    steps: dict[str, list[tuple[Fact, tuple[int, int]]]] = {}
    for fact in facts:
        if fact.kind != "bio" or not fact.detail or fact.rule == "age":
            continue
        span = step_span(text, fact)
        if span is None:
            continue
        own = steps.setdefault(fact.subject, [])
        if all(other.value != fact.value and text[a:b] != text[span[0] : span[1]] for other, (a, b) in own):
            own.append((fact, span))
    return steps
