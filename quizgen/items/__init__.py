"""Facts -> items: rank the facts, cap them, and write each in the styles that suit it.

Each fact gives a cloze, a short-answer question where its clause allows one
(`phrasing`), and multiple choice where three distractors of its shape exist
(`distractors`); an acronym gives a question each way. Items carry stable ids:
`fact_id` hashes the source name, the kind and the normalised fact (never the
wording), so improving a phrasing keeps the id and Anki updates the note.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal

from ..data import FUNCTION_WORDS, MEASURE_UNITS, MONTH_NUMBER, NUMBER_WORDS, or_regex
from ..extractors.bio import people_of
from ..lexicon import lemmas
from ..models import Document, Fact, Item, Sentence, Source
from .distractors import Pool, distractors, lookalike_expansions
from .phrasing import (_YEAR_IN_TEXT, NEWS_WORDS, Clause, _has_plural_present, _has_verb, _proper_names, clause_for,
                       cloze_text, question_for)
from .steps import steps_by_person

__all__ = ["make_items", "rank_facts", "fact_key", "default_cap"]

_WORDS_PER_FACT = 25  # one fact per this many words of source, at least _MIN_FACTS
_MIN_FACTS = 15
_LEAD_CHARS = 1200  # about the first 200 words

_BASE_SCORE = {
    "acronym": 0.9, "founding": 0.9, "bio": 0.85, "money": 0.85, "percent": 0.75, "fraction": 0.75, "percent-range": 0.7, "count": 0.6, "duration": 0.6,
    "number": 0.6, "month-day-year": 0.85, "day-month-year": 0.85, "iso-date": 0.85, "month-year": 0.8, "month-day": 0.75,
    "day-month": 0.75, "year-range": 0.75, "date-range": 0.75, "year": 0.65, "decade": 0.5, "month": 0.3, "age": 0.45,
}


_HONOURS = re.compile(r"\b(?:Medal|Award|Cross|Star|Citation|Ribbon|Prize|Commendation|Decoration|Badge)(?:s|es)?$")


def _score(fact: Fact, text: str, long_sentences: dict[int, bool]) -> float:
    """How much a fact is worth asking; `long_sentences` caches which sentences run over 50 words."""
    rule = fact.rule if fact.kind in ("amount", "date") else fact.kind
    if fact.rule == "age":
        rule = "age"
    score = _BASE_SCORE.get(rule, 0.6)
    if text[fact.sentence_end - 1 : fact.sentence_end] == "?":
        score -= 0.3  # an interviewer's question states little as fact
    if fact.kind == "amount" and fact.rule == "count" and not any(c.isdigit() for c in fact.answer):
        score -= 0.1  # "three pillars" matters less than "2,500 troops"
    titled = fact.kind == "amount" and fact.rule == "count" and _HONOURS.search(fact.subject) is not None
    if titled:
        score -= 0.1  # "3 Air Medals, 13 Strike Flight Air Medals": a list of honours matters less than a plain count
    if (fact.kind == "date" and text[fact.start - 4 : fact.start].lower() == "the "
            and text[fact.end : fact.end + 2].strip().islower()):
        score -= 0.1  # "the 2023 deficit": a year that dates a thing matters less than an event's ("in 2023")
    if fact.kind == "date" and _NAMED_BY_YEAR.search(text, max(0, fact.start - 16), fact.start):
        score -= 0.2  # "the American Rescue Plan Act of 2021": a year that is part of a law's name
    if fact.kind == "amount" and fact.value.split()[0] == "0":
        score -= 0.3  # "$0 for the General Fund": nothing to learn about a sum of nothing
    if _SEE_POINTER.search(text, fact.sentence_start, fact.start):
        score -= 0.2  # "see Appendix D2 of the FY 2024 -25 Appropriations Report": a reference to another document
    long = long_sentences.get(fact.sentence_start)
    if long is None:
        long = long_sentences[fact.sentence_start] = len(text[fact.sentence_start : fact.sentence_end].split()) > 50
    if long:
        score -= 0.1
    if fact.start < _LEAD_CHARS and fact.rule in ("count", "number") and not titled:
        score += 0.15  # the opening of an article or an entry gives the counts that matter most ("22 member states")
    return round(score, 3)


# "the President's intent to include a 5.2% cost of living increase in _____" looks ahead as a plan does; a date
# of "announced its intent to ..." is the announcement's
_INTENT = re.compile(r"\bintent(?:ion)?\s+to\b")
_ANNOUNCED = re.compile(r"\bannounc")
_NAMED_BY_YEAR = re.compile(r"\b(?:Act|Law)\s+of\s+$")
_SEE_POINTER = re.compile(r"\b(?:[Ss]ee|[Cc]f\.)\s+(?:the\s+)?(?:Appendix|Table|Figure|Chart|Section|Chapter|[Pp]age|the\s+bill)\b")
_FUTURE = re.compile(r"\b(?:forecast|projected|expected|anticipated|predicted|planned|scheduled|set|due)\s+to\b"
                     r"|\b(?:need|needs|plan|plans|aim|aims|intend|intends|expect|expects|hope|hopes|hopeful|hoping|going)\s+to\b"
                     r"|\b(?:will|shall)\b|\b(?:is|are)\s+(?:now\s+)?(?:expected|planned|scheduled|due)\b")


def _now_year(text: str, facts: Sequence[Fact]) -> int | None:
    """The latest year the document states outside a forecast: its own time, as far as it tells."""
    years = [int(f.value[:4]) for f in facts if f.kind in ("date", "bio", "founding") and f.value[:4].isdigit()
             and not _FUTURE.search(text, f.sentence_start, f.sentence_end)]
    return max(years, default=None)


# A quotation's source and date after a dash: "... risky\" — Washington Post, _____"
_ATTRIBUTION = re.compile(r"[\"”]\s*[—–]\s*(?:[A-Z][\w.'’&-]*\s*){1,6},\s*$")
_TIMELINE_ENTRY = re.compile(r":\s+[A-Z][\w'’-]*,?(?:\s+[\w'’,()-]+){2,}")  # a date's colon, then what happened
_DATED_LINE = re.compile(r":\s+[a-z][\w'’-]*(?:\s+\S+){2,}")  # "September 17, 2016: RustFest, the European ..."
# A table's row written out with dashes: "Contractors — $306,362.09 — Direct compensation to contributors ...": the
# row's label and its sum state the fact, verb or none
_ROW_LABEL = re.compile(r"[A-Z][\w&'’/. -]{1,40}? [—–] ")
_ROW_REST = re.compile(r" [—–] [A-Z][\w'’-]*(?: \S+){2,}")  # (with a description: "Total Expenses — $520,748.91" alone says
# neither whose expenses nor when)
# A timeline's entry between dashes: "X.V11R1 - Sep 15, 1987 - major overall done in collaboration with ...": the label,
# its date, then what it was
_DASHED_LABEL = re.compile(r"[A-Z][\w.&'’/\[\]]{0,30}(?: [\w.&'’/\[\]]+){0,3} [-–—] ")
_DASHED_REST = re.compile(r" [-–—] [\w'’]+(?: \S+){2,}")
_POINTS_AHEAD = re.compile(r"\b(?:[Tt]hese|[Tt]his|[Tt]he\s+following)\s+(?:words|lines|sentences?|points?|goals?)\b[^.:]*:\s*[“\"‘]")
_PAIR_BEFORE = re.compile(r"\b[a-z]+\s+and\s+(?:[\w-]+\s+){1,3}(?:are|were)\s+(?:only\s+|just\s+|both\s+|the\s+)?$")


_WORD_PAIRS = re.compile(r"(?=\b(\w+)[\s-]+(\w+)\b)")


def _titled_span(text: str, fact: Fact) -> bool:
    """Whether the document's title line states the same span as the duration `fact` ("One year of Rust")."""
    title = text.lstrip().split("\n", 1)[0].lower()
    if len(title) > 120 or fact.start < len(title) + 1:
        return False
    number, _, unit = fact.value.partition(" ")
    words = [w for w, n in NUMBER_WORDS.items() if str(n) == number] + (["one", "a"] if number == "1" else [])
    unit = unit.rstrip("s")
    if not unit.isalpha():
        return bool(unit) and any(re.search(rf"\b{re.escape(w)}\b[\s-]+{re.escape(unit)}s?\b", title)
                                  for w in (number, *words))
    # (each pair of neighbouring words, found once: a pattern per number word would be compiled anew for each
    # duration of a long text)
    said = {number, *words}
    return any(a in said and b in (unit, unit + "s") for a, b in _WORD_PAIRS.findall(title))


def _founded(facts: Sequence[Fact]) -> list[tuple[str, int]]:
    """(name, year) of each organisation the document says was founded, under its name and its acronym:
    "the United States Digital Service" (2014) also as "USDS"."""
    found: list[tuple[str, int]] = []
    for fact in facts:
        if fact.kind != "founding" or not fact.value[:4].isdigit():
            continue
        name = re.sub(r"^[Tt]he\s+", "", fact.subject)
        if not re.fullmatch(r"[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|[A-Z][\w&.'’-]*))*", name):
            continue  # "from Kennedy Space Center", "in 2009": no organisation's name
        found.append((name, int(fact.value[:4])))
        found.extend((a.subject, int(fact.value[:4])) for a in facts
                     if a.kind == "acronym" and a.detail.lower() == name.lower())
    return found


_WINDOW_BEFORE = re.compile(r"\b(?:over|in|during|for|within)\s+the\s+(?:prior|past|previous|last|preceding|latest)\s+$",
                            re.IGNORECASE)


def _crowd_penalty(fact: Fact, text: str, per_sentence: Counter[int], bracketed: Counter[int],
                   first_amount: dict[int, int]) -> float:
    """Less for a figure among many: a sentence of four or more facts is a list ("adult men (3.4 percent), adult
    women (3.1 percent), teenagers (9.8 percent) ..."), and a figure in brackets is a detail of its sentence
    unless it is the sentence's one bracketed figure and comes first ("continued to trend up in March
    (+39,000), in line with the average monthly gain of 34,000")."""
    penalty = 0.1 if per_sentence[fact.sentence_start] >= 4 else 0.0
    if fact.kind == "amount" and _in_brackets(fact, text):
        lead = bracketed[fact.sentence_start] == 1 and fact.start == first_amount[fact.sentence_start]
        if not lead:
            penalty += 0.1
    if (fact.kind == "amount" and fact.rule == "duration"
            and _WINDOW_BEFORE.search(text, max(fact.sentence_start, fact.start - 40), fact.start)):
        penalty += 0.25  # "over the prior 6 months", "over the past 12 months": the window a figure is measured in
    return round(penalty, 3)


def _repeat_penalty(fact: Fact, text: str, seen: dict[tuple[str, str], list[tuple[int, set[str]]]]) -> float:
    """Less for a figure or date the text already gave for the same thing: "3.5 percent" for the jobless rate
    in the lead and again in the body, or "February 2020" as the pre-pandemic level of four sentences, is one
    thing to learn, asked where it first stands. The same thing means an earlier sentence with the same value
    and a word in common next to it; "+17,000" in one industry and "17,000 lower" after revisions are two."""
    if fact.kind not in ("amount", "date"):
        return 0.0
    words = _near_words(fact, text)
    earlier = seen.setdefault((fact.kind, fact.value), [])
    repeated = any(start != fact.sentence_start and words & other for start, other in earlier)
    earlier.append((fact.sentence_start, words))
    return 0.15 if repeated else 0.0


def _near_words(fact: Fact, text: str) -> set[str]:
    """The content words within about six words either side of a fact, lower-cased, without a plural -s."""
    left = text[max(fact.sentence_start, fact.start - 50) : fact.start]
    right = text[fact.end : min(fact.sentence_end, fact.end + 50)]
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][a-z-]{3,}", left + " " + right)} - _COMMON


_COMMON = frozenset({"with", "from", "that", "this", "than", "over", "into", "their", "which", "were", "have",
                     "been", "about", "more", "also", "while", "after", "before", "when", "there", "thi"})


def _in_brackets(fact: Fact, text: str) -> bool:
    """Whether the figure stands in brackets: "(+39,000)", or a breakdown's "(182 SAs, 68 IAs, and 263 PS)"."""
    if text[fact.start - 1 : fact.start] == "(" and text[fact.end : fact.end + 1] == ")":
        return True
    opened = text.rfind("(", fact.sentence_start, fact.start)
    closed = text.find(")", fact.end, fact.sentence_end)
    return (opened != -1 and closed != -1 and text.find(")", opened, fact.start) == -1
            and text.find("(", fact.end, closed) == -1 and ", " in text[opened:closed])


def default_cap(document: Document) -> int:
    return max(_MIN_FACTS, len(document.text.split()) // _WORDS_PER_FACT)


def rank_facts(document: Document, facts: Sequence[Fact], cap: int | None = None) -> list[tuple[Fact, float]]:
    """The best `cap` facts with their scores, back in document order."""
    return _best(_scored(document, facts), default_cap(document) if cap is None else cap)


def _scored(document: Document, facts: Sequence[Fact]) -> list[tuple[Fact, float]]:
    """Every fact with its score, best first."""
    text = document.text
    long_sentences: dict[int, bool] = {}  # a sentence's length, measured once for all its facts
    ordered = sorted(facts, key=lambda f: f.start)  # (a repeat is judged against what came before it)
    per_sentence = Counter(f.sentence_start for f in facts if f.rule != "month")  # ("In March" frames a figure)
    bracketed = Counter(f.sentence_start for f in facts if f.kind == "amount" and _in_brackets(f, text))
    first_amount: dict[int, int] = {}
    for f in ordered:
        if f.kind == "amount":
            first_amount.setdefault(f.sentence_start, f.start)
    seen: dict[tuple[str, str], list[tuple[int, set[str]]]] = {}
    scored = sorted(((f, _score(f, text, long_sentences) - _crowd_penalty(f, text, per_sentence, bracketed, first_amount)
                      - _repeat_penalty(f, text, seen)) for f in ordered),
                    key=lambda p: (-p[1], p[0].start))
    return scored


def _best(scored: list[tuple[Fact, float]], limit: int) -> list[tuple[Fact, float]]:
    """The first `limit` of `scored` (best first), back in document order."""
    if len(scored) <= limit:
        return sorted(scored, key=lambda p: p[0].start)
    # Acronyms take at most half the places while other facts wait: a budget request's fifty office
    # acronyms must not crowd out every one of its sums.
    others = sum(1 for f, _ in scored if f.kind != "acronym")
    acronym_places = max(limit // 2, limit - others)
    best: list[tuple[Fact, float]] = []
    for pair in scored:
        if pair[0].kind == "acronym":
            if acronym_places == 0:
                continue
            acronym_places -= 1
        best.append(pair)
        if len(best) == limit:
            break
    return sorted(best, key=lambda p: p[0].start)


def fact_key(document: Document, fact: Fact) -> str:
    """What identifies a fact across rebuilds: source, kind, value and the words next to it."""
    text = document.text
    left = re.findall(r"[A-Za-z]{3,}", text[max(fact.sentence_start, fact.start - 60) : fact.start])[-2:]
    right = re.findall(r"[A-Za-z]{3,}", text[fact.end : min(fact.sentence_end, fact.end + 60)])[:2]
    context = " ".join(w.lower() for w in left + right)
    return f"{document.name}|{fact.kind}|{fact.value}|{fact.subject.lower()}|{context}"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class _Context:
    """Per-document lookups for resolving an opening "he"/"she" or "the latter"."""

    def __init__(self, document: Document, sentences: Sequence[Sentence], facts: Sequence[Fact]) -> None:
        text = document.text
        people = people_of(text)
        self.person = people.antecedents(text, sentences)
        self.profiled = people.profiled
        self.latter: dict[int, str] = {}
        # Up to two sentences before each one, the paragraph before included, never a heading.
        self.previous: dict[int, list[tuple[int, int]]] = {}
        self.heading: dict[int, str] = {}
        # The heading line each sentence's section stands under, however far back ("RubyGems news" ... "In 2017, we
        # shipped 11 releases total"), when it names a thing of its own (see `phrasing.clause_for`)
        self.section: dict[int, str] = {}
        current = ""
        parents: list[tuple[int, str]] = []  # the headings met so far that name one thing only
        for i, sentence in enumerate(sentences):
            self.section[sentence.start] = current
            words = text[sentence.start : sentence.end].split()
            if (len(words) <= 10 and text[sentence.end - 1 : sentence.end] not in _END_MARKS
                    and "\n" in text[sentence.end : sentence.end + 2] and _HEADING_START.match(text, sentence.start)
                    and not _NOT_HEADING.search(text, sentence.start, sentence.end)):
                # a heading line starts a section (one that names nothing, "December budget and finances", ends the
                # one before; a list's line, "$600.49 on payment processing fees", or a sign-off, "<3", is none)
                current = " ".join(words) if len(words) >= 2 and _heading_words(words) else ""
            spans: list[tuple[int, int]] = []
            for before in reversed(sentences[max(0, i - 3) : i]):
                if text[before.end - 1 : before.end] not in (".", "!", "”", '"', ")"):
                    break  # a heading or a question: no context for what follows
                if _POINTER.fullmatch(text, before.start, before.end):
                    continue  # "(See table A-11.)": a pointer to a table says nothing the reader needs
                spans.insert(0, (before.start, before.end))
                if len(spans) == 2:
                    break
            self.previous[sentence.start] = spans
            # The heading right above the passage, if it names something: "Defender Services", "Supreme Court".
            # (not "Overview": one word names a part of the document, not a thing)
            for before in reversed(sentences[max(0, i - _HEADING_REACH) : i]):
                if text[before.end - 1 : before.end] in _END_MARKS | {")"} and not (
                        _ACRONYM_END.search(text, before.start, before.end)):  # (a name's acronym may end a heading)
                    continue
                words = text[before.start : before.end].split()
                if 2 <= len(words) <= 10 and "\n" in text[before.end : sentence.start] and _heading_words(words) and all(
                        "/" not in w for w in words):  # (not "NASA/Bill Stafford": a credit)
                    heading = " ".join(words)
                    if (parents and parents[-1][0] < before.start and parents[-1][1] != heading
                            and _used_twice(text, heading, before.start)):
                        # "Salaries and Expenses" under "Courts of Appeals, ...", and the Supreme Court's account of the
                        # same name: the heading above it says which
                        heading = f"{parents[-1][1]} — {heading}"
                    self.heading[sentence.start] = heading
                break
            if sentence.start not in self.heading:
                # A paragraph's run-in label ("Reductions and reversions supporting budget balancing: The bill also
                # changed ... These changes saved $33.5 million"): what its sentences are about
                # (a window, not the whole text back: a text without line breaks would make this quadratic)
                par = text.rfind("\n", max(0, sentence.start - _PARAGRAPH_REACH), sentence.start)
                label = _RUN_IN_LABEL.match(text, par + 1) if par != -1 or sentence.start <= _PARAGRAPH_REACH else None
                if label and label.end() <= sentence.end:
                    self.heading[sentence.start] = label.group(1)
            if sentence.end - sentence.start < 120 and text[sentence.end - 1 : sentence.end].isalpha() and "\n" in text[
                    sentence.end : sentence.end + 2] and not _used_twice(text, text[sentence.start : sentence.end], sentence.start):
                parents.append((sentence.start, " ".join(text[sentence.start : sentence.end].split())))
        last_named = ""
        acronyms = {f.sentence_start: f for f in facts if f.kind == "acronym"}
        for sentence in sentences:
            self.latter[sentence.start] = last_named
            acronym = acronyms.get(sentence.start)
            last_named = f"the {acronym.detail}" if acronym else ""


_PARAGRAPH_REACH = 3_000  # how far back a paragraph's run-in label may stand
_RUN_IN_LABEL = re.compile(r"([A-Z][\w'’-]*(?:[ -][\w'’-]+){1,7}):\s+(?=[A-Z])")
_NEARBY = 20_000  # how far around a heading to look for its name used again (a window: a whole book is no scope)


def _used_twice(text: str, words: str, at: int) -> bool:
    """Whether `words` stand a second time within `_NEARBY` characters of `at`."""
    return text.count(words, max(0, at - _NEARBY), at + _NEARBY) > 1


_HEADING_START = re.compile(r"[A-Z0-9]")
_NOT_HEADING = re.compile(r"[$€£%,]")
_END_MARKS = frozenset(".!?:;,”\"")
_HEADING_REACH = 6  # how many sentences back a section's heading may stand
_ACRONYM_END = re.compile(r"\s\([A-Z]{2,}\)$")
_HEADING_SMALL = frozenset("of and for the in on at to a an & -".split())
# ("The non-profit Wikimedia Fördergesellschaft mbH (WMFG)": a hyphenated adjective and a company form in a name)
_HEADING_LOWER = re.compile(r"[a-z]+-[a-z]+|mbH|gGmbH|e\.\s?V\.|" + NEWS_WORDS)  # ("RubyGems news")


def _heading_words(words: Sequence[str]) -> bool:
    """Whether a line's words are a heading's: capitalised, or small words and name parts ("of", "non-profit",
    "mbH", "news")."""
    return all(w.lstrip("(")[:1].isupper() or w in _HEADING_SMALL or _HEADING_LOWER.fullmatch(w) for w in words)


_POINTER = re.compile(r"\((?:[Ss]ee|[Cc]f\.|[Ss]ource:?)\s[^()]*\)\.?|\([Ss]ee\s[^()]*\.\)")


# A count whose noun is followed by the names it counts: ", Terry Hart, Dr. G. Nelson, and ...",
# "two elements, polonium and radium", "two polarimeter instruments, A and B".
_ENUMERATED = re.compile(
    r"(?:\s+[\w'’-]+){1,4}?(?:\s+(?:in|on)\s+[0-9]{4})?(?:\s*[,:]|\s+[-–—])\s+"
    r"(?:(?:[A-Z][^,]*,\s+){1,}(?:and\s+)?[A-Z]"  # capitalised names, comma-separated
    r"|[A-Z][^,;:.]{0,80}?\s(?:and|&)\s+[A-Z]"  # two names: "X Polarimeter #2 and Spectro-polarimeter ..."
    r"|(?![0-9])[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?:,\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)*,?\s+and\s+[a-z])"
)


_RUN_WINDOW = 5000
_SUM = r"(?:[-$€£]|[A-Z]{3}\s)?[0-9][0-9.,]*(?:\s?(?:€|%|percent|thousand|million|billion))?"
_PARAGRAPH_YEAR = re.compile(r"(?:In|During|For)\s+((?:1[5-9]|20)[0-9]{2})\b(?!\s*[-–/])")
_LEAD_MARKER = re.compile(r"(?:Moreover|Furthermore|In addition|Also|Additionally|Meanwhile),?\s+")


def _with_paragraph_year(text: str, fact: Fact, clause: Clause) -> Clause | None:
    """A figure's clause that every paragraph of a run says in the same words ("Total revenue was _____." under "In
    2015 ...", "In 2014 ...") takes the year its paragraph opens with: "In 2015, total revenue was _____."; with no
    such year, which of them is meant cannot be said (None). Other clauses come back as they are."""
    before = _LEAD_MARKER.sub("", clause.text[: clause.a_start], count=1).strip()
    if len(before.split()) < 3 or _YEAR_IN_TEXT.search(clause.text) or clause.context:
        return clause
    lo, hi = max(0, fact.sentence_start - _RUN_WINDOW), fact.sentence_end + _RUN_WINDOW  # (a run of paragraphs)
    if text.count(before[1:], lo, hi) < 2:
        return clause  # said once: it stands alone
    after = clause.text[clause.a_end :].rstrip(".")
    frame = re.compile("(?i:" + re.escape(before[:1]) + ")" + re.escape(before[1:]) + r"\s+" + _SUM
                       + re.escape(after) + r"[.;]")
    if len(frame.findall(text, lo, hi)) < 2:
        return clause
    start = text.rfind("\n\n", 0, fact.sentence_start)
    opening = _PARAGRAPH_YEAR.match(text, start + 2 if start != -1 else 0)
    if opening is not None and opening.end() > fact.sentence_start:
        return clause
    year = opening.group(1) if opening else _heading_year(text, fact.sentence_start)  # (or the year heading above)
    if not year:
        return None
    first = clause.text.split(" ", 1)[0]
    lead = first.lower() if first[1:].islower() and (first.lower() in FUNCTION_WORDS or lemmas(first.lower())) else first
    new = f"In {year}, {lead}{clause.text[len(first):]}"
    shift = len(new) - len(clause.text)
    return dataclasses.replace(clause, text=new, a_start=clause.a_start + shift, a_end=clause.a_end + shift)


_YEAR_LINE = re.compile(r"^[ \t]*#*[ \t]*((?:1[5-9]|20)[0-9]{2})[ \t]*:?[ \t]*$", re.MULTILINE)


def _heading_year(text: str, at: int) -> str:
    """The year of the nearest line above `at` that is a year alone ("1998" over a timeline's entries), if no
    other line of the kind came between."""
    found = ""
    for m in _YEAR_LINE.finditer(text, max(0, at - 4000), at):
        found = m.group(1)
    return found


def _heading_line(text: str, fact: Fact) -> bool:
    """Whether the fact's sentence is a heading: a paragraph of a few words with no closing stop, that is no entry
    opening with its date ("December 2020 — Dockershim is deprecated in 1.20") and no item of a list (after a lead-in
    with a colon, or beside other such lines: "88,474 contributors", "15,121 code committers")."""
    s, e = fact.sentence_start, fact.sentence_end
    if not (text[e - 1 : e].isalnum() and len(text[s:e].split()) <= _HEADING_WORDS):
        return False
    if fact.start == s and _ENTRY_SEPARATOR.match(text, fact.end, e):
        return False
    before = text[max(0, s - _PARAGRAPH_REACH) : s]
    after = text[e : e + _PARAGRAPH_REACH]
    if not (before.strip() == "" or _BLANK_LINE_END.search(before)) or not (
            after.strip() == "" or _BLANK_LINE_START.match(after)):
        return False  # a line of a block, not a paragraph of its own
    previous = before.rstrip().rsplit("\n\n", 1)[-1].strip()
    following = after.lstrip().split("\n\n", 1)[0].strip()
    own = text[s:e]
    return not previous.endswith(":") and not _sibling(previous, own) and not _sibling(following, own)


def _sibling(paragraph: str, line: str) -> bool:
    """Whether a neighbouring paragraph is another item of the list `line` would be in: one line with no closing
    stop, short or opening as `line` does ("$32,478,000 for Data Analytics ...", "$26,742,000 for ...")."""
    return bool(paragraph) and "\n" not in paragraph and paragraph[-1] not in ".!?:;" and (
        len(paragraph.split()) <= _HEADING_WORDS or paragraph[:1] == line[:1] and not line[:1].isalpha())


_HEADING_WORDS = 8
_BLANK_LINE_END = re.compile(r"\n[ \t]*\n[ \t]*\Z")
_BLANK_LINE_START = re.compile(r"[ \t]*\n[ \t]*\n")
_ENTRY_SEPARATOR = re.compile(r"\s*(?:[—–:]|\s-)\s")
_WORD_BEFORE = re.compile(r"\b[a-z]+\s+$")  # "Outreachy in 2023: By the Numbers" is no timeline's "January 1994: ..."


def _list_item(text: str, sentences: Sequence[Sentence], index: dict[int, int], fact: Fact,
               clause: Clause) -> Clause | None:
    """A verbless list item ("$43,482,000 for Combatting Crime and Corruption") with the lead-in that ends
    in a colon before the list ("The S&E program increases total ... for the following:"), or None."""
    i = index.get(fact.sentence_start)
    own = text[fact.sentence_start : fact.sentence_end]
    whole = clause.text in (own, own[:1].upper() + own[1:]) or (
        own.startswith(clause.text) and _CONVERSION_LEFT.fullmatch(own, len(clause.text)))  # ("... lakh | $ 38k")
    if i is None or not whole or len(clause.text.split()) > 20:
        return None
    for j in range(i - 1, max(-1, i - 13), -1):
        before = sentences[j]
        words = text[before.start : before.end]
        if (words.endswith(":") or words.rstrip(" .").endswith("as follows")) and (
                _has_verb(words.rstrip(":")) or _has_plural_present(words)) and len(words.split()) <= 45:
            # (the colon ends the lead-in: the word before it is no label's, "By detail, we spent:")
            # ("The key expenses of the foundation can be summarized as follows", a line without its colon)
            lead = " ".join(words.split())
            if j > 0 and len(lead.split()) <= _BARE_LEAD_WORDS and not _NAMES_SOMETHING.search(lead, 1):
                # "By detail, we spent:" says neither who nor when: the sentence before it does ("In 2018, we took in
                # $300,183.32, we spent $266,900.32, ...")
                prior = sentences[j - 1]
                said = " ".join(text[prior.start : prior.end].split())
                if said.endswith(".") and len(said.split()) <= 40 and _NAMES_SOMETHING.search(said, 1):
                    lead = f"{said} {lead}"
            item = own if clause.text == own[:1].upper() + own[1:] else clause.text  # (the list's own case)
            return Clause(f"{lead} {item}", clause.a_start + len(lead) + 1, clause.a_end + len(lead) + 1,
                          subject=clause.subject, context=True, names=clause.names)
        if len(words.split()) <= 20 and not words.rstrip().endswith((".", "!", "?", ":")) and (
                words[:1].islower() or _FIGURE_ROW.match(words)):
            continue  # a sibling item of the same list ("funding emergency AML reclamation projects")
        if _has_verb(words) or len(words.split()) > 20:
            return None  # a sentence between: the item is not part of that list
    return None


_BARE_LEAD_WORDS = 6
_NAMES_SOMETHING = re.compile(r"[A-Z0-9]")  # a name, an initialism or a figure after the lead-in's first letter
# A line that opens with a sum and a preposition has no subject: "$7,228.13 on payment processing fees"
_FIGURE_ROW = re.compile(r"[$€£¥]?[0-9][0-9,]*(?:\.[0-9]+)?\s+(?:for|on|in|to|from)\s")
_CONVERSION_LEFT = re.compile(r"\s*\|\s*\S+(?:\s\S+)?\s*")  # the second currency column a clause left out
_PARTS = re.compile(r"\s*[a-z ]*\(([^()]{3,120})\)")


def _parts_follow(text: str, fact: Fact) -> bool:
    """Whether the parts of a count follow it and sum to it: "513 positions (182 SAs, 68 IAs, and 263 PS)"."""
    if fact.kind != "amount" or not fact.value[:1].isdigit():
        return False
    m = _PARTS.match(text, fact.end, fact.sentence_end)
    if not m:
        return False
    numbers = [float(n.replace(",", "")) for n in re.findall(r"[0-9][0-9,]*(?:\.[0-9]+)?", m.group(1))]
    try:
        return len(numbers) >= 2 and abs(sum(numbers) - float(fact.value.split()[0])) < 1e-6
    except ValueError:
        return False


# "our 2 percent goal", "move sustainably toward 2 percent": a figure already asked, named as a target again
_KNOWN_FIGURE = re.compile(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir|[Tt]he|[Tt]his|[Tt]hat|[Tt]owards?)\s+$")
_TITLE_AFTER = re.compile(r"(?: [A-Z][\w'’-]*){1,5},? \((?:1[5-9]|20)[0-9]{2}\)")
_TITLE_BEFORE = re.compile(r"\b(?:The|A|An) $")  # (capitalised inside a sentence: a title's first word)
_DENIED = re.compile(r"(?:n['’]t|\bnot)\s+(?:really\s+|quite\s+|exactly\s+|even\s+)?$")
_ORDINAL_END = re.compile(r"(?:st|nd|rd|th)\b")
_PER_UNIT = re.compile(r"/[a-z]+\b|\s+(?:per|an?)\s+(?:hour|day|week|month|year)\b")  # a rate's unit: "$150/hour"
_FOUNDING_WORD = re.compile(r"\b(?:found|founds|founded|founding|begun|beginnings|inception|establishment)\b")
# Words lost when a page was converted: an article or preposition with nothing after it.
_GARBLED = re.compile(r"\b(?:a|an|the)\s+(?:of|for|to|in|on|at|by|with|from|and|or)(?![\w-])"
                      r"|\bof\s+(?:of|for|to|at|by|with|from)(?![\w-])"
                      r"|\b(?:of|over|to|for|by|at|about|than|the|a|an)\s+[.,;](?=\s|$)"
                      r"|(?<![0-9])[0-9]{4}\.\s+(?:the|a|an|it|he|she|they)\s")  # "in 2015. the company's revenue"
_OPEN_LEAD_IN = re.compile(r"\b(?:is|are|was|were|include|includes|included)\s*:$")
_BASE_YEAR = re.compile(r"\s+(?:levels?|figures?|totals?|baseline)\b")
_BASE_BEFORE = re.compile(r"\b(?:up|down|increase|decrease|rise|fall|drop|growth|gain|decline)\s+(?:of\s+)?"
                          r"(?:approximately\s+|about\s+|nearly\s+|almost\s+|some\s+)?[0-9][0-9.,]*\s*(?:%|percent|per\s+cent)"
                          r"\s+(?:from|over|since|on)\s+(?:the\s+)?$", re.IGNORECASE)
_MEASURE = rf"(?:[0-9][0-9,.]*|{or_regex(NUMBER_WORDS)})\s*(?:{or_regex(MEASURE_UNITS)})\b"
_MEASURE_CONVERTED = re.compile(rf"\b{_MEASURE}\s*\(\s*(?:about\s+|approx\.?\s+|approximately\s+|~\s*)?{_MEASURE}\s*\)",
                                re.IGNORECASE)

# Sentences about the coverage of an event rather than the event, and photo captions.
_PRESS = re.compile(
    r"\b(?:news|press|media)\s+(?:conference|briefing|teleconference|availability|call)s?\b"
    r"|\b(?:live\s+coverage|watch\s+live|streams?\s+live|will\s+(?:be\s+)?(?:air|stream|broadcast)|livestream)"
    r"|\bcaptures?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:image|photo|picture|view)\b"
    r"|\b(?:[Ii]mage|[Pp]hoto)\s+(?:credit|courtesy)\b"
    r"|\b(?:[Ii]mage|[Pp]hoto(?:graph)?|[Pp]icture)s?,?\s+(?:was\s+|were\s+)?taken\b"  # "The first image, taken on"
    # a photo caption: "The four Crew-8 members, front row, join ...", "(from left) ...", "pictured"
    r"|\b(?:front|back|top|bottom|middle)\s+row\b|\b[Ff]rom\s+(?:left|right)\b|\((?:left|right|center|centre)\)"
    r"|\b[Pp]ictured\b"
    # a periodic release announcing its next issue: "The Employment Situation for April is scheduled to be released"
    r"|\b(?:for|of)\s+(?:the\s+)?(?:next\s+)?(?:" + "|".join(m for m in MONTH_NUMBER if len(m) > 3)
    + r"|month|quarter|week|(?:first|second|third|fourth)\s+quarter)\s+(?:is|are|will\s+be)\s+(?:scheduled|due|set)\s+to\s+be\s+"
      r"(?:released|published|issued)\b",
)
_YEARS = re.compile(r"(?<![0-9])(?:1[5-9][0-9]{2}|20[0-9]{2})(?![0-9s])")
_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][A-Za-z'’-]+|(?<=[a-z,;:] )[A-Z]{2,}")


def _names(sentence: str) -> set[str]:
    """Capitalised words inside a sentence (not its first word): what it is about."""
    return {w for w in _NAME.findall(sentence) if w not in MONTH_NUMBER}


_AROUND_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words around a figure that say nothing of what it measures ("percent" is the unit, already compared).
_TOPIC_IGNORED = frozenset("percent per cent million billion trillion thousand year years total he she it they we you "
                           "his her him its their them our was were is are has had have been being not also which who "
                           "that this these those than from into over more less about some".split())
_TOPIC_SHARED = 3  # content words two statements of one figure share, at least, to be one fact


def _around(text: str, fact: Fact) -> set[str]:
    """The two words before and the two after an amount, as markers for spotting it restated."""
    before = _AROUND_WORD.findall(text, max(fact.sentence_start, fact.start - 40), fact.start)[-2:]
    after = _AROUND_WORD.findall(text, fact.end, min(fact.sentence_end, fact.end + 40))[:2]
    marks = set()
    if len(before) == 2:
        marks.add("<" + " ".join(before).lower())
    if len(after) == 2:
        marks.add(">" + " ".join(after).lower())
    if after and after[0].lower() not in FUNCTION_WORDS and after[0][0].isupper():
        marks.add("=" + after[0].lower())  # "21,000 MRAPs": the thing counted, named
    return marks


_OTHERS_LIFE = re.compile(r"[A-Z][\w'’-]+\s+\((?:née\s+[A-Z][\w'’-]+\s+)?$")
_BIRTH_DEATH = re.compile(r"\b(?:born|birth|died|death|dies)\b", re.IGNORECASE)


def _life_span(document: Document, facts: Sequence[Fact]) -> Fact | None:
    """The "(23 June 1912 – 7 June 1954)" of a profile's opening: the life of the person profiled."""
    if not people_of(document.text).profiled:
        return None
    for fact in facts:
        if fact.start > 600:
            break
        if fact.kind in ("date", "bio") and re.fullmatch(r"[0-9]{4}(?:-[0-9]{2}){0,2}/[0-9]{4}(?:-[0-9]{2}){0,2}",
                                                         fact.value):
            birth, death = _years_of(fact)
            if 0 < death - birth < 120:
                return fact
    return None


_SENTENCE_END = re.compile(r"(?<=[a-z)][.!?]) (?=[A-Z])")
_SPAN_YEARS = re.compile(r"(?<![0-9])([0-9]{1,3}) years?\b")


_ONE_OF_PAIR = re.compile(r"\bone\s+of\b[^.;]{0,80}_____[^.;]{0,80}\b(?:along\s+with|together\s+with|alongside|besides)\b")
_HALF_BETWEEN = re.compile(r"\bbetween\s+(?:_____\s+(?:[a-z]+\s+)?and\s+[0-9]|[^_.;]{1,40}?[0-9][^_.;]{0,20}\s+and\s+_____)")
_STEM_COUNT = re.compile(rf"(?<![0-9.,$£€])\b(?:[0-9]{{1,3}}|(?i:{or_regex([w for w in NUMBER_WORDS if w != 'hundred'])}))\b(?![0-9.,%]|\s*(?:percent|per\s+cent|years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b)")


_HOURS = re.compile(r"(?<![0-9.,])([0-9][0-9,]*(?:\.[0-9]+)?)\s+hours?\b")
_FIGURE = r"[$€£]?[0-9][0-9,]*(?:\.[0-9]+)?(?:\s*(?:thousand|million|billion|trillion))?(?:\s+[a-z]+)?"
_CHANGE_TRIO = re.compile(rf"\bby\s+(?:about\s+|nearly\s+|almost\s+)?{_FIGURE},?\s+or\s+(?:about\s+)?[0-9.]+\s*(?:%|percent|per\s+cent),?"
                          rf"\s+to\s+(?:about\s+)?{_FIGURE}"
                          # "an increase of 2,952% from the inaugural 21 ASF Members to 620 Members"
                          rf"|\b(?:increase|decrease|rise|drop|fall|growth|gain|decline|jump|reduction)\s+of\s+[0-9][0-9,.]*\s*"
                          rf"(?:%|percent|per\s+cent)\s+from\s+(?:[a-z]+\s+){{0,3}}?{_FIGURE}(?:\s+[A-Za-z]+){{0,3}}?\s+to\s+{_FIGURE}",
                          re.IGNORECASE)
_STEM_RATE = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*(?:%|percent\b|per\s+cent\b)")
_STEM_MONEY = re.compile(r"[$€£]\s?([0-9][0-9,]*(?:\.[0-9]+)?)(?:\s*(thousand|million|billion|trillion)\b|([KMB])\b)?",
                         re.IGNORECASE)
_SCALE_OF = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "k": 10**3, "m": 10**6,
             "b": 10**9}


def _stem_sums(stem: str) -> list[Decimal]:
    """The sums of money a stem states, in units: "$3.35 billion", "£900K"."""
    return [Decimal(m.group(1).replace(",", "")) * _SCALE_OF.get((m.group(2) or m.group(3) or "").lower(), 1)
            for m in _STEM_MONEY.finditer(stem)]


def _leading_number(fact: Fact) -> Decimal | None:
    """The number a fact's value opens with ("1130000000 USD" -> 1130000000), if it opens with one."""
    try:
        return Decimal(fact.value.split()[0])
    except (ArithmeticError, IndexError, ValueError):
        return None


def _listed_count(after: str, fact: Fact) -> bool:
    """Whether the words after a count list that many things: "renewed our contract three times, in 2005, 2006 and
    2008" names its three."""
    number = fact.value.split()[0]
    if not number.isdigit() or not 2 <= int(number) <= 9:
        return False
    item = r"[A-Z0-9][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*"  # ("at Embedded Linux Conference EU and Linux Plumbers' ...")
    m = re.match(rf"(?:\s+[a-z][\w'’-]*){{1,3}},?\s+(?:in|on|at|:)?\s*\(?((?:{item},\s+)*{item},?\s+and\s+{item})\b", after)
    # (also in brackets: "four more versions (3.0, 3.2, 3.51, and 3.6; ...)")
    if m:
        return len(re.split(r",?\s+and\s+|,\s+", m.group(1))) == int(number)
    # "Three specialized courts are funded with other appropriations—the U.S. Court of Appeals for the Armed Forces,
    # the U.S. Court of Appeals for Veterans Claims, and the U.S Tax Court": a list after a dash or colon
    m = re.search(r"[—–:]\s*(.+?)[.;]?$", after)
    if not m or "," not in m.group(1) and number != "2":
        return False  # (two need no comma: "chose two main languages to build their infrastructure: Elixir and Python")
    parts = [p for p in re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(1)) if p.strip()]
    # (a colon straight after the counted noun lists it in any case: "the choice between two models: retaining
    # copyright, or sublicensing to Gentoo Foundation via FLA")
    named = re.match(r"(?:\s+[a-z][\w'’-]*){1,3}:", after) is not None
    return len(parts) == int(number) and all(named or re.match(r"(?:the\s+)?[A-Z0-9]", p) for p in parts)


def _rate_reckoned(stem: str, fact: Fact) -> bool:
    """Whether the stem's other figures give the answer by one rate: "were _____, up 34 percent from 2008 reported
    revenues of $78 million", "$104 million compared to $86 million in 2008, an annual increase of _____", "rose by
    9 cents, or 0.3 percent, to _____". Four options are then told apart by arithmetic, not by knowing the text."""
    shown = _stem_sums(stem)
    rates = [Decimal(m.group(1)) for m in _STEM_RATE.finditer(stem)]
    n = _leading_number(fact)
    if n is None:
        return False
    if fact.rule == "percent":
        n = abs(n)  # ("(-32%)": a fall's rate is reckoned by its size)
        # a level and its earlier level ("$104 million compared to $86 million"), or a change and the new level
        # ("$860 million ... a _____ increase (or $48.2 million)": 48.2 on 860 - 48.2), or a part and its whole
        near = max(Decimal("1"), n / 20)
        return any(b and (abs(abs(a / b - 1) * 100 - n) <= near or a < b and (
                   abs(a / b * 100 - n) <= near or abs(a / (b - a) * 100 - n) <= near))
                   for i, a in enumerate(shown) for j, b in enumerate(shown) if i != j)
    if fact.rule != "money" or not rates:
        return False
    for p in rates:
        for m in shown:
            for candidate in (m * (1 + p / 100), m / (1 + p / 100), m * (1 - p / 100), m * p / 100, m * p / (100 + p),
                              m / (1 - p / 100) if p < 100 else 0,  # ("from _____ to $136.5 million (-32%)")
                              # ("provided _____ more (37%) ... than the budget request of $891.6 million": 37% of
                              # the sum of the two, either way round)
                              m * p / (100 - p) if p < 100 else 0, m * (100 - p) / p if p else 0):
                if candidate and abs(candidate - n) <= Decimal("0.02") * n:
                    return True
    return False


_RELATIVE_BEFORE = re.compile(r"\b(?:previous|preceding|prior|next|following)\s+$", re.IGNORECASE)


def _one_division(stem: str, fact: Fact) -> bool:
    """Whether two sums of money the stem states give a percentage by one division, the smaller over the larger
    ("The request is $527.8 million less (_____) than the FY2026 enacted annual appropriation of $1.420 billion":
    37%). (A change between two levels takes a subtraction first; the reader works for that one.)"""
    n = _leading_number(fact)
    shown = _stem_sums(stem)
    if n is None or not 2 <= len(shown) <= 6:
        return False
    # (within the answer's rounding: "37%" is 36.5 to 37.5, "5.9 percent" 5.85 to 5.95)
    near = Decimal("0.5") * Decimal(10) ** n.as_tuple().exponent + Decimal("0.001")
    return any(0 < a < b and abs(a / b * 100 - abs(n)) <= near for a in shown for b in shown)


def _in_parenthesis(text: str, fact: Fact) -> bool:
    """Whether the fact stands inside a parenthesis of its sentence that holds a clause of its own."""
    opened = text.rfind("(", fact.sentence_start, fact.start)
    if opened == -1 or text.find(")", opened, fact.start) != -1:
        return False
    close = text.find(")", fact.end, fact.sentence_end)
    inside = text[opened + 1 : close if close != -1 else fact.sentence_end]
    return len(inside.split()) >= 5


def _money_sum(stem: str, fact: Fact) -> bool:
    """Whether two sums of money the stem states add up to the answer, or the answer and one of them to the
    other: "The $3.35 billion ... consist of _____ in program audits and about $2.22 billion in investigative
    work" gives $1.13 billion by one subtraction."""
    n = _leading_number(fact)
    shown = _stem_sums(stem)
    if n is None or not 1 <= len(shown) <= 6:
        return False

    def equal(x: Decimal, y: Decimal) -> bool:  # (figures rounded to three digits add up to within a rounding)
        return abs(x - y) <= Decimal("0.006") * max(abs(x), abs(y))

    if any(equal(a + n, b) or equal(a + b, n) for i, a in enumerate(shown) for j, b in enumerate(shown) if i != j):
        return True
    # "one big, long contract (e.g., $50M over five years) ... ten $5M contracts": one product gives either sum
    counts = [Decimal(int(w.replace(",", ""))) if w[0].isdigit() else Decimal(NUMBER_WORDS[w.lower()])
              for w in _STEM_COUNT.findall(stem.replace("_____", " "))]
    if any(c > 1 and (equal(a * c, n) or equal(n * c, a)) for c in counts for a in shown):
        return True
    # "$53,079.93 for 353.7 hours worked on Bundler at _____/hour": the cost over the hours is the rate (and the rate
    # times the hours the cost)
    hours = [Decimal(m.group(1).replace(",", "")) for m in _HOURS.finditer(stem)]
    return any(h > 0 and (equal(a * h, n) or equal(n * h, a)) for h in hours for a in shown)


def _hours_reckoned(stem: str, fact: Fact) -> bool:
    """Whether a cost and a rate the stem states give a number of hours: "$53,079.93 for _____ worked on Bundler at
    $150/hour" is 353.9 of them."""
    m = re.fullmatch(r"(?:[a-z]+\s+)?([0-9][0-9,]*(?:\.[0-9]+)?)\s+hours?", fact.answer)
    shown = _stem_sums(stem)
    if not m or len(shown) < 2:
        return False
    n = Decimal(m.group(1).replace(",", ""))
    return any(b > 0 and abs(a - b * n) <= Decimal("0.006") * a for a in shown for b in shown if a is not b)


_DAY_RANGE = re.compile(rf"\bfrom\s+(?P<m1>{'|'.join(m for m in MONTH_NUMBER if len(m) > 2)})\.?\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?"
                        rf"(?:,\s*[0-9]{{4}})?\s+(?:to|until|through|till)\s+(?:(?P<m2>{'|'.join(m for m in MONTH_NUMBER if len(m) > 2)})\.?\s+)?"
                        rf"(?P<d2>[0-9]{{1,2}})\b")


def _span_of_dates(stem: str, fact: Fact) -> bool:
    """Whether the stem's own dates give a duration: "The survey was open for _____, from January 13 to January 28,
    2016" is their difference, 15 days."""
    m = re.fullmatch(r"(?:[a-z]+\s+)?([0-9]{1,3}|" + or_regex(NUMBER_WORDS) + r")\s+(days?|weeks?)", fact.answer, re.IGNORECASE)
    span = _DAY_RANGE.search(stem)
    if not m or not span:
        return False
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
    days = n * 7 if m.group(2).lower().startswith("week") else n
    m1, m2 = MONTH_NUMBER[span.group("m1")], MONTH_NUMBER[span.group("m2") or span.group("m1")]
    between = (m2 - m1) * 30 + int(span.group("d2")) - int(span.group("d1"))
    return abs(between - days) <= 2


def _reckoned(stem: str, fact: Fact) -> bool:
    """Whether one sum over the figures the stem shows gives the answer: a span of years between two
    of its years, a year that many years from another, or a year between its neighbours in a list
    ("(1870), (_____) and (1872)")."""
    number = fact.value.split()[0] if fact.value else ""
    if fact.rule == "count" and number == "2" and (_ONE_OF_PAIR.search(stem) or re.search(r"\b[Bb]oth\b", stem)):
        # "one of the community's _____ principal advocacy organizations, along with the FSF": a pair;
        # "the United Kingdom and Canada, both members ..., were the _____ largest trading partners": "both" counts
        return True
    if fact.rule == "count" and number.isdigit() and int(number) < 1000:
        # "won nine gold and _____ silver medals in his twelve events": twelve less nine
        n = int(number)
        counts = [int(w.replace(",", "")) if w[0].isdigit() else NUMBER_WORDS[w.lower()]
                  for w in _STEM_COUNT.findall(stem.replace("_____", " "))]
        counts = [c for c in counts if c < 1000]
        if 2 <= len(counts) <= 4 and any(a + n == b or a + b == n for i, a in enumerate(counts)
                                         for j, b in enumerate(counts) if i != j):
            return True
    if fact.rule == "money" and _money_sum(stem, fact):
        return True
    if fact.rule == "duration" and (_span_of_dates(stem, fact) or _hours_reckoned(stem, fact)):
        return True
    years = {int(y) for y in _YEARS.findall(stem)}
    if not years:
        return False
    span = re.fullmatch(r"(?:[a-z]+ )?([0-9]{1,3}) years?", fact.answer)
    if span:
        n = int(span.group(1))
        return any(a - b == n for a in years for b in years)
    if not (fact.kind in ("date", "bio", "founding") and re.fullmatch(r"[0-9]{4}", fact.value)):
        return False
    y = int(fact.value)
    # (neighbours in the blank's own sentence: "Life on the Mississippi (1883); Huckleberry Finn (1885). In _____ he
    # engaged in the publishing enterprise ..." puts the year of a list before it beside one of another kind)
    blank = stem.find("_____")
    own = years if blank < 0 else {int(found) for found in _YEARS.findall(
        _SENTENCE_END.split(stem[:blank])[-1] + _SENTENCE_END.split(stem[blank:])[0])}
    if y - 1 in own and y + 1 in own:
        return True
    spans = {int(n) for n in _SPAN_YEARS.findall(stem)}
    return any(y - n in years or y + n in years for n in spans)


def _born_to_died(facts: Sequence[Fact], person: str) -> tuple[int, int] | None:
    """The profiled person's life from their "born" and "died" steps, where no opening span gives it
    ("Born 20 December 1838 ...", "Died 12 October 1926 ...")."""
    if not person:
        return None
    ends = {f.detail: _years_of(f)[0] for f in facts if f.kind == "bio" and f.subject == person
            and f.detail in ("born", "died") and re.match(r"[0-9]{4}", f.value)}
    if len(ends) == 2 and 0 < ends["died"] - ends["born"] < 120:
        return ends["born"], ends["died"]
    return None


def _restates_life(text: str, fact: Fact, life: Fact) -> bool:
    """Whether a later fact restates the birth or death that the opening's life span gives."""
    if fact.kind not in ("date", "bio") or "/" in fact.value:
        return False
    born, died = life.value.split("/")
    # (a full date said again, "died February 16, 2012, in Bethesda", as well: readers count it the same fact)
    return len(born) > 4 and fact.value in (born, died, born[:4], died[:4]) and bool(
        _BIRTH_DEATH.search(text, fact.sentence_start, fact.sentence_end))


def _topic(text: str, fact: Fact) -> frozenset[str]:
    """The content words within twelve words of an amount (what a restatement of it talks about too), and the
    names among them marked with "=" ("=Ayers")."""
    start = max(fact.sentence_start, fact.start - 100)
    before = [m for m in _AROUND_WORD.finditer(text, start, fact.start)][-12:]
    after = [m for m in _AROUND_WORD.finditer(text, fact.end, min(fact.sentence_end, fact.end + 100))][:12]
    topic = set()
    for m in before + after:
        w = m.group().lower()
        if len(w) <= 2 or w in FUNCTION_WORDS or w in _TOPIC_IGNORED:
            continue
        topic.add(w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 4 else w)
        if m.group()[:1].isupper() and (m.start() != fact.sentence_start or not lemmas(w)):
            topic.add("=" + w)  # (a sentence's first word only when no dictionary word: "Berríos has ...")
    if fact.rule == "count" and fact.subject:
        head = fact.subject.split()[-1].lower()
        topic.add("#" + (head[:-1] if head.endswith("s") and not head.endswith("ss") and len(head) > 4 else head))
    return frozenset(topic)


def _precise(value: str) -> bool:
    """Whether a sum is given to five significant digits or more ("284481.28 USD"): too exact for two things to share."""
    digits = value.split()[0].replace(".", "").lstrip("-0").rstrip("0")
    return len(digits) >= 5


def _counted_beside(words: frozenset[str], earlier: frozenset[str]) -> bool:
    """Whether a bare figure and a count of the same number (`_topic`s of the two) are one figure: the count's noun
    stands beside the bare one ("we still need 2,500 (total) of you to become annual Supporters", later "our final
    target is 2,500 Supporters")."""
    heads, earlier_heads = {w[1:] for w in words if w[0] == "#"}, {w[1:] for w in earlier if w[0] == "#"}
    return bool(heads and not earlier_heads and heads & earlier or earlier_heads and not heads and earlier_heads & words)


def _rounds(value: str, exact: str) -> bool:
    """Whether the amount `value` ("3800000000 USD") is `exact` ("3828761790 USD") rounded: one unit, within 2%,
    fewer significant digits."""
    a, _, unit = value.partition(" ")
    b, _, other_unit = exact.partition(" ")
    if unit != other_unit or a == b:
        return False
    try:
        x, y = Decimal(a), Decimal(b)
    except ArithmeticError:
        return False
    return y > 0 and abs(x - y) <= y / 50 and len(a.rstrip("0").replace(".", "")) < len(b.rstrip("0").replace(".", ""))


def _number_shown(answer: str, stem: str) -> bool:
    """Whether the stem states the number of a duration ("30 years") elsewhere, on its own ("we became 30!")."""
    n = re.match(r"[0-9]+(?:\.[0-9]+)?", answer)
    return bool(n) and re.search(rf"(?<![\w.,$€£]){re.escape(n.group())}(?![\w,]|\.[0-9])", stem) is not None


def _shown_rounded(text: str, fact: Fact, clause: Clause, by_sentence: dict[int, list[Fact]],
                   sentences: Sequence[Sentence], sentence_index: dict[int, int]) -> bool:
    """Whether a sentence put before the fact's own as context states the same sum, exact or rounded."""
    if not clause.context:
        return False
    at = sentence_index.get(fact.sentence_start, 0)
    shown = clause.text[: clause.a_start] + " _____ " + clause.text[clause.a_end :]
    for sentence in sentences[max(0, at - 3) : at]:
        for other in by_sentence.get(sentence.start, ()):
            if (other.kind == "amount" and text[other.start : other.end] in shown
                    and (other.value == fact.value or _rounds(fact.value, other.value) or _rounds(other.value, fact.value))):
                return True
    return False


def _restated_sentences(text: str, facts: Sequence[Fact]) -> dict[int, int]:
    """Sentence start -> the start of an earlier sentence it restates: one with an amount of the same value
    about the same things (see `_same_topic`)."""
    earlier: dict[str, list[tuple[frozenset[str], int]]] = {}
    restated: dict[int, int] = {}
    for fact in sorted((f for f in facts if f.kind == "amount" and f.rule == "money"), key=lambda f: f.start):
        topic = _topic(text, fact)
        before = earlier.setdefault(_topic_key(fact), [])
        for words, start in before:
            if start != fact.sentence_start and _same_topic(topic, words):
                restated.setdefault(fact.sentence_start, start)
                break
        before.append((topic, fact.sentence_start))
    return restated


def _topic_key(fact: Fact) -> str:
    """What two statements of one figure share: a count's number alone ("six rhesus macaques", later "Six animals"),
    any other amount's value."""
    return f"count|{fact.value.split()[0]}" if fact.rule == "count" else fact.value


def _figure_key(fact: Fact) -> str:
    """What a bare figure and a count of it share: "2,500" and "2,500 Supporters" (see `_counted_beside`)."""
    return f"figure|{fact.value.split()[0]}" if fact.rule in ("count", "number") else ""


def _same_topic(words: frozenset[str], earlier: frozenset[str]) -> bool:
    """Whether an amount whose `_topic` is `words` restates an earlier one of the same value: three content words in
    common around both, and not a name each that the other lacks ("Ayers has ... 1,400 hours", "Berríos has ...")."""
    marks = {w for w in words if w[0] in "=#"}  # (names and counted nouns: not content words in common)
    names = {w for w in words if w[0] == "="}
    earlier_names = {w for w in earlier if w[0] == "="}
    return len(words & earlier - marks) >= _TOPIC_SHARED and not (names - earlier_names and earlier_names - names)


def _restated_key(fact: Fact) -> str:
    """What a restatement of the fact shares with it: a date's value, or an amount's number and unit."""
    if fact.kind == "bio" and fact.detail:
        # "born on December 28, 1969" and "born in ... 1969": one step of one person in one year
        return f"bio|{fact.subject}|{fact.detail}|{fact.value[:4]}"
    if fact.kind in ("date", "founding", "bio"):
        return fact.value
    return f"amount|{fact.value.split()[0]}|{fact.rule if fact.rule in ('money', 'percent') else ''}"


def _plain_key(fact: Fact) -> tuple[str, ...]:
    """The keys a bio step is also filed under: its person and date, and its date alone.

    Any other step of that date with a name in common is the same step said again ("joined X in 1949",
    "became an employee of X" in 1949), and so is a date fact ("inspired by Kolehmainen in 1912",
    "Kolehmainen ... at the 1912 Olympics"), whichever kind each was read as.
    """
    return (f"bio|{fact.subject}|{fact.value}", fact.value) if fact.kind == "bio" else ()


def _percent(fact: Fact) -> Decimal:
    try:
        return Decimal(fact.value.split()[0])
    except (ArithmeticError, ValueError, IndexError):
        return Decimal(-1000)


def _source(document: Document, fact: Fact) -> Source:
    return Source(sentence=document.text[fact.sentence_start : fact.sentence_end],
                  start=fact.sentence_start, end=fact.sentence_end)


_MIN_STEPS = 4  # the step asked about and three other steps of the same person as options
_PREP_BEFORE = re.compile(r"\b(in|on|from|between|during|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _step_item(document: Document, fact: Fact, span: tuple[int, int], own: Sequence[tuple[Fact, tuple[int, int]]],
               fact_id: str, rng: random.Random, items: list[Item], seen_text: set[tuple[str, str]], *,
               section: str, score: float, tags: tuple[str, ...]) -> None:
    """"In January 1978, Francis R. Scobee _____." with the person's other steps as wrong options."""
    text = document.text
    answer = text[span[0] : span[1]]

    asked = _years_of(fact)
    # An option whose time overlaps the asked one could be true as well ("attended the University
    # between 1988 and 1996" beside "resumed his studies in 1990").
    others = [text[a:b] for other, (a, b) in own if other is not fact and text[a:b] != answer
              and (_years_of(other)[1] < asked[0] or _years_of(other)[0] > asked[1])]
    if len(others) < 3:
        return
    rng.shuffle(others)
    options = [answer, *others[:3]]
    rng.shuffle(options)
    prep = _PREP_BEFORE.search(text, max(fact.sentence_start, fact.start - 12), fact.start)
    word = prep.group(1).capitalize() if prep else ("On" if fact.rule.endswith("day-year") else "In")
    question = f"{word} {fact.answer}, {fact.subject} _____."
    if ("choice", question) in seen_text:
        return
    seen_text.add(("choice", question))
    step_id = _hash(f"{fact_id}|step")
    items.append(Item(
        id=f"{step_id}-choice", fact_id=step_id, kind="bio", style="choice", question=question, answer=answer,
        choices=tuple(options), source=_source(document, fact), value=fact.value, rule="bio-step", section=section,
        page=document.page_at(fact.sentence_start), score=score, tags=tags,
        answer_start=span[0] - fact.sentence_start, answer_end=span[1] - fact.sentence_start,
    ))


_ORDER_STEPS = 5  # at most this many steps to put in order
ORDER_LINK = " → "


def _date_key(value: str) -> tuple[int, ...]:
    """Sortable start of a date value: "1978-01" -> (1978, 1), "1969-05/1971-03" -> (1969, 5)."""
    return tuple(int(part) for part in re.findall(r"[0-9]+", value.split("/")[0])[:3])


def _years_of(fact: Fact) -> tuple[int, int]:
    """First and last year of a dated fact ("1988/1996" -> (1988, 1996), "1978-01" -> (1978, 1978))."""
    ends = [_date_key(part)[0] for part in fact.value.split("/")]
    return ends[0], ends[-1]


def _order_item(document: Document, person: str, own: Sequence[tuple[Fact, tuple[int, int]]], seed: int,
                score: float) -> Item | None:
    """"Put these steps taken by X in order": a timeline of a person's dated steps, earliest first.

    Each step must have a year of its own, so that the order is beyond doubt.
    """
    text = document.text
    dated = sorted(((fact, span) for fact, span in own if re.match(r"[0-9]{4}", fact.value)),
                   key=lambda p: _date_key(p[0].value))
    # A period that another step falls inside ("attended ... between 1988 and 1996", "resumed his
    # studies in 1990") has no place of its own in the order.
    dated = [(fact, span) for fact, span in dated
             if not any(_years_of(fact)[0] < _years_of(other)[0] < _years_of(fact)[1] for other, _ in dated)]
    years = [_date_key(fact.value)[0] for fact, _ in dated]
    if len(set(years)) != len(years):
        # Keep the first step of each year: two steps in one year may not be orderable.
        seen_years: set[int] = set()
        dated = [p for p, y in zip(dated, years) if not (y in seen_years or seen_years.add(y))]
    if len(dated) < _MIN_STEPS:
        return None
    if len(dated) > _ORDER_STEPS:  # spread over the whole life: first, last and evenly between
        picks = sorted({round(i * (len(dated) - 1) / (_ORDER_STEPS - 1)) for i in range(_ORDER_STEPS)})
        dated = [dated[i] for i in picks]
    steps = [text[a:b] for _, (a, b) in dated]
    if len(set(steps)) != len(steps):
        return None
    answer = ORDER_LINK.join(f"{step} ({fact.answer})" for step, (fact, _) in zip(steps, dated))
    fact_id = _hash(f"{document.name}|order|{person.lower()}")
    shown = list(steps)
    random.Random(f"{seed}|{fact_id}").shuffle(shown)
    first, (a, b) = dated[0]
    return Item(
        id=f"{fact_id}-order", fact_id=fact_id, kind="bio", style="order",
        question=f"Put these steps taken by {person} in the order they happened, earliest first.",
        answer=answer, steps=tuple(shown), source=_source(document, first), value=first.value, rule="bio-order",
        section=document.section_at(first.start), page=document.page_at(first.sentence_start), score=score,
        tags=("quizgen", "bio", document.name), answer_start=a - first.sentence_start, answer_end=b - first.sentence_start,
    )


def order_letters(item: Item, shown: Sequence[str]) -> str:
    """The letters of `shown` (an order item's steps as printed) in the order they happened: "B, D, A, C"."""
    letters = []
    for part in item.answer.split(ORDER_LINK):
        index = next(i for i, step in enumerate(shown) if part.startswith(step + " ("))
        letters.append(chr(ord("A") + index))
    return ", ".join(letters)


def make_items(document: Document, sentences: Sequence[Sentence], facts: Sequence[Fact], *,
               styles: Iterable[str] | None = None, cap: int | None = None, seed: int = 0) -> list[Item]:
    """Items for the best facts of one document, in document order."""
    wanted = set(styles) if styles is not None else {"question", "cloze", "choice", "order"}
    context = _Context(document, sentences, facts)
    # The cap counts the facts that make an item: a fact whose sentence makes no usable item ("$1270.31" in a
    # list line with no lead-in) leaves its place to the next best, from up to half as many again that score
    # at least a plain count does (not "$0", nor a year in a crowded sentence).
    limit = default_cap(document) if cap is None else cap
    # (a line that is its date alone, a timeline's year heading "1999", asks nothing and takes no place)
    scored = [(f, score) for f, score in _scored(document, facts)
              if document.text[f.sentence_start : f.sentence_end].strip() != f.answer]
    in_cap = {id(f) for f, _ in _best(scored, limit)}
    ranked = [(f, score) for f, score in _best(scored, limit + (limit + 1) // 2)
              if id(f) in in_cap or score >= _BASE_SCORE["count"]]
    starts: list[int] = []  # where each ranked fact's items begin in `items`
    pool = Pool(facts)  # distractors may come from facts the cap left out
    items: list[Item] = []
    seen_keys: dict[str, int] = {}
    seen_text: set[tuple[str, str]] = set()
    asked: set[tuple[str, str, str]] = set()
    asked_values: set[str] = set()  # the values of the amounts asked so far
    counted = {f.value.split()[0] for f in facts if f.kind == "amount" and f.rule == "count"}  # what the text counts
    dated: dict[str, list[set[str]]] = {}  # date value -> the names of each sentence already asked about it
    topics: dict[str, list[frozenset[str]]] = {}  # an amount's value -> the words around each statement asked
    steps_of = {person: own for person, own in steps_by_person(document.text, facts).items()
                if len(own) >= _MIN_STEPS}
    steps = {id(fact): span for own in steps_of.values() for fact, span in own}
    # Names used often are what the whole document is about, not what one figure is about
    # (counted in one pass over the text).
    name_counts = Counter(w for w in _NAME.findall(document.text) if w not in MONTH_NUMBER)
    frequent = {n for n, c in name_counts.items() if c > 3}
    names_of: dict[int, set[str]] = {}  # sentence start -> the names in it
    life_fact = _life_span(document, facts)
    life = _years_of(life_fact) if life_fact else _born_to_died(facts, context.profiled)
    founded = _founded(facts)
    own_ends = [f for f in facts if context.profiled and f.kind == "bio" and f.detail in ("born", "died")
                and f.subject == context.profiled]  # the profiled person's birth and death
    ends_of_life = frozenset(f.value for f in own_ends)
    # where the text tells the profiled person's death: a "he" long after it is somebody else
    death_told = min((f.end for f in own_ends if f.detail == "died"), default=len(document.text))
    now = _now_year(document.text, facts)
    sentence_index = {sentence.start: i for i, sentence in enumerate(sentences)}
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        by_sentence.setdefault(fact.sentence_start, []).append(fact)
    restated = _restated_sentences(document.text, facts)
    first_date: dict[str, int] = {}
    for f in facts:
        if f.kind == "date" and f.start < first_date.get(f.value, len(document.text)):
            first_date[f.value] = f.start
    for fact, score in ranked:
        starts.append(len(items))
        # The same fact stated twice ("$70 billion" in two paragraphs) is asked once,
        # from the first statement that makes a usable item.
        same = (fact.kind, fact.value, fact.subject, fact.detail if fact.kind == "bio" else "")
        # (one person's two steps in one year, "served until 1814" and "headed the Commission ... in
        # 1814", are two facts: a bio fact's step word tells them apart)
        if fact.kind == "amount" and fact.value in asked_values and _KNOWN_FIGURE.search(
                document.text, max(fact.sentence_start, fact.start - 8), fact.start):
            continue  # "consistent with our 2 percent inflation goal": a figure already asked, named again
        if fact.kind == "amount" and _TITLE_AFTER.match(document.text, fact.end) and _TITLE_BEFORE.search(
                document.text, max(fact.sentence_start, fact.start - 30), fact.start):
            continue  # "The £1,000,000 Bank Note (1893)": a figure in a work's title is no amount of the text
        if fact.kind == "amount" and _DENIED.search(document.text, max(fact.sentence_start, fact.start - 24), fact.start):
            continue  # "There weren't really ten full releases prior to X11R1": a figure the text denies
        if fact.kind == "amount" and fact.value in counted and _ORDINAL_END.match(document.text, fact.end):
            continue  # "welcoming over 1,000 interns", then "accepting the 1,000th Outreachy intern": the same figure
        if fact.kind == "amount" and fact.value in asked_values and _PER_UNIT.match(document.text, fact.end):
            continue  # "... worked on Bundler at $150/hour", "... on RubyGems at $150/hour": one rate, asked once
        if same in asked and fact.kind != "date" and (fact.kind != "amount" or fact.subject):
            continue  # (two budget lines can both be "$2.3 billion": sums of money are never merged;
            # two events can share a year: a date restated is found by the names around it, below)
        # A date restated about the same thing ("Ian Murdock founded Debian in August 1993",
        # "Debian was begun in August 1993") is asked once: same value, a name in common.
        # The same goes for a figure restated ("IBM ... Red Hat for US$34 billion" twice, "at age 34" and
        # "34 years old"): same value, a name in common.
        names = names_of.get(fact.sentence_start)
        if names is None:
            names = names_of[fact.sentence_start] = _names(document.text[fact.sentence_start : fact.sentence_end])
        if fact.kind == "amount":
            # "the Budget" of a budget fact sheet names nothing in particular; the words right around
            # a figure say what it measures ("Red Hat for $34 billion", "16.5 percent of GDP").
            names = (names - frequent) | _around(document.text, fact)
            if fact.rule == "age" and context.profiled:
                names = names | {"<age>"}  # "At age 34, she was too old", "rejected because she was 34 years old"
        elif len(fact.value) == 4 and context.profiled:
            # In a profile the person's name is in most sentences: two things they did in one year
            # are two events, not one restated.
            names = names - set(context.profiled.split())
        key_restated = _restated_key(fact)
        # (a timeline's month is of the year heading above it: "August" under 2001 is not "August" under 2005)
        month_year = _heading_year(document.text, fact.sentence_start) if fact.value.startswith("--") else ""
        key_restated += f"|{month_year}" if month_year else ""
        if key_restated.startswith("bio|") and key_restated in dated:
            continue
        if life_fact is not None and fact is not life_fact and _restates_life(document.text, fact, life_fact):
            continue  # "died in 1954" after the opening's "(23 June 1912 – 7 June 1954)"
        if life_fact is not None and fact.start > life_fact.end and _OTHERS_LIFE.search(
                document.text, max(fact.sentence_start, fact.start - 40), fact.start) and "/" in fact.value:
            continue  # "his father, Julius Mathison Turing (1873–1947)": somebody else's life span
        # A founding said again ("founded Debian in August 1993", "since its beginnings in 1993") is the same event.
        found_key = (f"found|{month_year or fact.value[:4]}" if fact.kind == "founding" or fact.kind in ("date", "bio")
                     and _FOUNDING_WORD.search(document.text, fact.sentence_start, fact.sentence_end) else "")
        if found_key:
            # (the first word counts here when the document uses it only as a name: "Debian has had ...")
            first = re.match(r"[A-Z][a-z]+", document.text[fact.sentence_start : fact.sentence_start + 40])
            if first and first.group() in _proper_names(document.text):
                names = names | {first.group()}
        if fact.rule == "money" and document.text[max(fact.sentence_start, fact.start - 4) : fact.start].lower() == "the " \
                and any(_rounds(fact.value, earlier) for earlier in asked_values):
            continue  # "most of the $3.8 billion in federal ARPA funds": the $3,828,761,790 asked before, rounded
        if fact.kind == "date" and fact.sentence_start in restated and first_date.get(fact.value, fact.start) < fact.start:
            continue  # "The Board is requesting ... in FY 2024 of $9,955,000.", the opening's request said again: its
            # year, which the text gave before, adds nothing to learn
        topic = _topic(document.text, fact) if fact.kind == "amount" else frozenset()
        if topic and (any(_same_topic(topic, earlier) for earlier in topics.get(_topic_key(fact), ()))
                      or any(_counted_beside(topic, earlier) for earlier in topics.get(_figure_key(fact), ()))):
            continue  # "58 percent of ... IoT developers use Node.js with Docker", later "many IoT developers (58%) are
            # using Node.js with Docker": the same figure about the same things
        if fact.rule == "money" and fact.value in asked_values and _precise(fact.value):
            continue  # "we took in $284,481.28" in the summary, later "we took in a total of $284,481.28": a sum to the
            # cent, said twice, is one sum (a round "5.2 million euros" may be two lines' figure)
        # Two foundings of one year are two events when they found things of different kinds ("The Eclipse
        # Project was originally created by IBM in November 2001", "... formed the initial eclipse.org Board of
        # Stewards in November 2001"): the founded things' last words tell them apart.
        head = "@" + fact.subject.split()[-1].lower() if fact.kind == "founding" and fact.subject else ""
        if any(names & earlier and not (head and any(w.startswith("@") and w != head for w in earlier))
               for key in (key_restated, *_plain_key(fact), found_key) for earlier in dated.get(key, ())):
            continue  # (a step said twice in other words, "joined X in 1949", "became an employee of X" in 1949)
        count_before = len(items)
        key = fact_key(document, fact)
        seen_keys[key] = seen_keys.get(key, 0) + 1
        fact_id = _hash(key + (f"|{seen_keys[key]}" if seen_keys[key] > 1 else ""))
        # One generator per fact: adding a fact elsewhere leaves this one's options alone.
        rng = random.Random(f"{seed}|{fact_id}")
        source = _source(document, fact)
        section = document.section_at(fact.start)
        tags = ("quizgen", fact.kind, document.name)
        a_start, a_end = fact.start - fact.sentence_start, fact.end - fact.sentence_start

        def item(style: str, question: str, answer: str, choices: Sequence[str] = (), suffix: str = "") -> None:
            if (style, question) in seen_text:
                return
            seen_text.add((style, question))
            items.append(Item(
                id=f"{fact_id}-{style}{suffix}", fact_id=fact_id, kind=fact.kind, style=style,  # type: ignore[arg-type]
                question=question, answer=answer, choices=tuple(choices), source=source, value=fact.value,
                rule=fact.rule, section=section, page=document.page_at(fact.sentence_start), score=score, tags=tags, answer_start=a_start, answer_end=a_end,
            ))

        if fact.kind == "acronym":
            short, expansion = fact.subject, fact.detail
            # The other direction ("What is the abbreviation for ...?") gives itself away
            # in print; the Anki acronym note still makes both cards.
            if "question" in wanted:
                item("question", f"What does {short} stand for?", expansion)
            if "choice" in wanted:
                wrong = lookalike_expansions(expansion, rng,
                                             sentence=document.text[fact.sentence_start : fact.sentence_end])
                if len(wrong) == 3:
                    options = [expansion, *wrong]
                    rng.shuffle(options)
                    item("choice", f"What does {short} stand for?", expansion, options)
            continue

        asks = document.text[fact.sentence_end - 1 : fact.sentence_end] == "?"
        if asks and document.text.find(": ", fact.end, fact.sentence_end) == -1:
            continue  # a question in the source (an interviewer's) states no fact
            # (but "Since 2018, Babel has been doing a funding experiment: can ... be sustained?" states one before
            # its colon)
        if _OPEN_LEAD_IN.search(document.text, fact.sentence_start, fact.sentence_end) and ";" not in document.text[
                fact.end : fact.sentence_end]:
            continue  # "The states that received the largest grants in 2017 were:": the list says what they were
        if _ATTRIBUTION.search(document.text, max(fact.sentence_start, fact.start - 80), fact.start):
            continue  # '"The way government does tech is outdated and risky" — Washington Post, Oct. 2013': a citation
        if (life and fact.kind in ("date", "bio") and fact.value[:4].isdigit() and int(fact.value[:4]) > life[1] + 2
                and fact.start > death_told
                and re.match(r"(?:He|She)\s", document.text[fact.sentence_start : fact.sentence_start + 4])):
            continue  # "He was created in 1793 earl of Mountnorris", after the profiled person's death is told: an heir
        if _PRESS.search(document.text, fact.sentence_start, fact.sentence_end):
            continue  # "hosted a news conference Feb. 23", "the lander captures an image of ...": no study matter
        if fact.kind == "amount" and any(m.start() <= fact.start and fact.end <= m.end() for m in _MEASURE_CONVERTED.finditer(
                document.text, max(fact.sentence_start, fact.start - 60), min(fact.sentence_end, fact.end + 60))):
            continue  # "six kilometres (four miles)": either figure gives the other away
        if fact.rule == "duration" and fact.start - 3 == fact.sentence_start and document.text.startswith("In ", fact.sentence_start):
            continue  # "In less than four hours, Iraqi forces occupied ...": "In _____" reads as a date's blank
        if fact.kind in ("date", "bio") and _RELATIVE_BEFORE.search(
                document.text, max(fact.sentence_start, fact.start - 24), fact.start):
            continue  # "The previous _____ budget request" in a report on the FY2027 request: the word gives the year
        if fact.kind in ("date", "bio") and (_BASE_YEAR.match(document.text, fact.end, fact.sentence_end)
                                             or _BASE_BEFORE.search(document.text, max(fact.sentence_start, fact.start - 60), fact.start)):
            continue  # "a 16 percent increase over FY 2016 levels", "up 34 percent from 2008 reported revenues": a base
        if re.search(r"\brespectively\b", document.text[fact.sentence_start : fact.sentence_end]) and sum(
                other.kind == fact.kind for other in by_sentence.get(fact.sentence_start, ())) >= 2:
            continue  # "... were born in 1898, 1902, 1905 and 1908, respectively": which is whose, a list says
        noun_end = fact.end
        if fact.rule == "count" and "," in fact.subject:
            # "more than 300 web, desktop, and mobile applications": a list inside the counted noun is no list it counts
            at = document.text.find(fact.subject, fact.end, fact.sentence_end)
            noun_end = at + len(fact.subject) if at != -1 else noun_end
        if fact.rule == "count" and (_ENUMERATED.match(document.text, noun_end, fact.sentence_end)
                                     or _listed_count(document.text[fact.end : fact.sentence_end], fact)):
            continue  # "three mission specialists, A, B and C": the list that follows counts itself
        # "provides four services to the Eclipse community: 1) IT Infrastructure, ... and 4) ...": a numbered list
        # counts itself in a cloze; a question that stops before the list still asks it
        numbered = fact.rule == "count" and re.match(r"(?:\s+[\w'’-]+){1,6}?\s*:\s*\(?1[).]",
                                                     document.text[fact.end : fact.sentence_end])
        if fact.rule == "percent" and re.search(r"\b(?:[Tt]he\s+)?(?:remaining|rest\s+of\s+the|other)\s+$",
                                                document.text[max(fact.sentence_start, fact.start - 20) : fact.start]):
            continue  # "The remaining three percent are listed as “other.”": what is left of shares told before it
        if fact.rule == "count" and {"things", "ways"} & set(fact.subject.split()[:3]):
            continue  # "but two things stand out": the writer's own count of what they are about to say (also
            # "There are two different ways people join:", where the noun runs on into the clause after it)
        if fact.rule == "duration" and _titled_span(document.text, fact):
            continue  # "1 year of stability delivered" in "One year of Rust": the text's own occasion gives it
        if fact.value == "100 %":
            continue  # "at near 100% uptime", "a 100% encrypted Web": "all of it" is the one guess anybody makes
        if fact.value.startswith("2 ") and _PAIR_BEFORE.search(document.text, fact.sentence_start, fact.start):
            continue  # "faster hardware and better algorithms are only two sides": the subject counts itself
        if fact.rule == "percent" and any(
                _percent(other) + _percent(fact) == 100 for other in by_sentence[fact.sentence_start]
                if other is not fact and other.rule == "percent"):
            continue  # "mandatory (25% ...) and optional (75% ...)": the other share gives this one away
        person = fact.subject if fact.kind == "bio" else context.person.get(fact.sentence_start, "")
        clause: Clause | None = clause_for(document.text, fact, referent=context.latter.get(fact.sentence_start, ""),
                                          person=person, previous=context.previous.get(fact.sentence_start, ()),
                                          profiled=context.profiled,
                                          antecedent=context.person.get(fact.sentence_start, ""),
                                          heading=context.heading.get(fact.sentence_start, ""),
                                          section=context.section.get(fact.sentence_start, ""))
        if clause is None:
            continue
        if fact.kind == "amount":
            clause = _with_paragraph_year(document.text, fact, clause)
            if clause is None:
                continue
        if re.fullmatch(r"--[0-9]{2}", fact.value) and clause.text.startswith(":", clause.a_end):
            # "October: with the curl 4.9 release ..." under the heading "1998": "_____ 1998: with the curl 4.9
            # release ...", the entry's year said where the blank is (a month read as a founding too: "August: The
            # Jabber Software Foundation (JSF) is formed")
            if not month_year:
                continue  # a timeline's month under no year: which year's, the item could not say
            clause = dataclasses.replace(clause, text=f"{clause.text[: clause.a_end]} {month_year}"
                                                      f"{clause.text[clause.a_end :]}")
        if asks:
            colon = clause.text.find(": ", clause.a_end)
            if colon == -1:
                continue
            clause = dataclasses.replace(clause, text=clause.text[:colon] + ".")  # (the statement, not the question)
        timeline = _TIMELINE_ENTRY.match(document.text, fact.end, fact.sentence_end) or (
            fact.start == fact.sentence_start and _DATED_LINE.match(document.text, fact.end, fact.sentence_end)) or (
            fact.kind == "amount" and _ROW_LABEL.fullmatch(document.text, fact.sentence_start, fact.start)
            and _ROW_REST.match(document.text, fact.end, fact.sentence_end)) or (
            fact.kind != "amount" and _DASHED_LABEL.fullmatch(document.text, fact.sentence_start, fact.start)
            and _DASHED_REST.match(document.text, fact.end, fact.sentence_end))
        if (not timeline or _WORD_BEFORE.search(document.text, fact.sentence_start, fact.start)) and _heading_line(
                document.text, fact):
            continue  # "2018 budget & finances", "Outreachy in 2023: By the Numbers": a heading states nothing
        if (not _has_verb(clause.text) or _FIGURE_ROW.match(clause.text)) and not timeline:
            # ("$53,079.93 for 353.7 hours worked on Bundler": a row's participle is no verb of a statement)
            clause = _list_item(document.text, sentences, sentence_index, fact, clause)
            if clause is None:
                continue  # a dateline, a byline or a list fragment with no lead-in: no statement to study
        # ("1.00 -- January 1994: Blender in development at animation studio NeoGeo.": a timeline's entry says
        # what happened at its date, verb or none)
        cloze = cloze_text(clause)
        question = question_for(clause, fact)
        # "loaded with a of radios", "investing over .": words lost in conversion leave no sentence to study
        # (a question that leaves the broken part out still stands)
        if cloze and _GARBLED.search(cloze):
            cloze = None
        if question and _GARBLED.search(question):
            question = None
        if fact.kind == "amount" and cloze and _HALF_BETWEEN.search(cloze):
            continue  # "at distances between 1500 metres and _____ kilometres": one end of a range, the other shown
        if _reckoned(cloze or question or "", fact):
            continue  # "appointed in 1865 ... held for _____ until he retired in 1889": one sum gives it
        if fact.rule == "duration" and _number_shown(fact.answer, cloze or question or ""):
            continue  # "In 2013, we became 30! ... Scaling up globally: _____ of FOSS4G development" (30 years)
        if clause.context and _POINTS_AHEAD.search(document.text, fact.sentence_start, fact.sentence_end):
            continue  # "In July 2011, Michael wrote these words, which summarize his goals ...: “One thing about
            # eBooks ...”": "these words" are the quotation after the colon, not the sentence put before
        if fact.kind == "amount" and _shown_rounded(
                document.text, fact, clause, by_sentence, sentences, sentence_index):
            continue  # "Travel — $6,955.61 — ..." put before "In 2024, ZSF spent _____ of those allocated funds"
        if question and re.match(r"\s+by\s+(?:the\s+)?[A-Z]", document.text[fact.end : fact.end + 24]) and re.search(
                r"\b[a-z]+ed\s+(?:[a-z]+\s+){0,2}$", document.text[fact.sentence_start : fact.start]) and not re.search(
                r"\b(?:was|were|is|are|been|be|being|has|have|had)\s+(?:[a-z]+\s+){0,2}$",
                document.text[fact.sentence_start : fact.start]):
            question = None  # "Godot Engine awarded $50,000 by Mozilla ...": a headline's passive, no "How much did ... award by"
        if question and (re.search(r"\b[Ss]ince\s+\S[^,;]*\s$", document.text[fact.sentence_start : fact.start])
                         or _in_parenthesis(document.text, fact)):
            # "have depended on Apache software since the ASF's beginnings in 1999": no "In what year have ...";
            # "(the first-ever conference was held in San Francisco in 1998)": the aside is not what the clause says
            question = None
        if numbered:
            cloze = None
            if question and re.search(r"\(?1[).]", question):
                question = None
        if fact.rule == "percent" and _one_division(cloze or question or "", fact):
            cloze = question = None  # "$527.8 million less (_____) than ... $1.420 billion": one division gives it
        if question and "question" in wanted:
            item("question", question, fact.answer)
        if cloze and "cloze" in wanted:
            item("cloze", cloze, fact.answer)
        # "launched in 1989 and in the ___": the stem's year rules other decades out, so no options
        decade_beside_year = fact.value.endswith("s") and fact.kind != "amount" and _YEARS.search(cloze or question or "")
        # "rose by 9 cents, or 0.3 percent, to _____": any two of a change, its rate and the new level give
        # the third, so four options would be told apart by arithmetic
        trio = fact.kind == "amount" and _CHANGE_TRIO.search(document.text, fact.sentence_start, fact.sentence_end)
        trio = trio and trio.start() <= fact.start < trio.end()
        if ("choice" in wanted and (question or cloze) and not decade_beside_year and not trio
                and not _rate_reckoned(cloze or question or "", fact) and not _parts_follow(document.text, fact)):
            bounds = life if fact.kind in ("date", "bio", "founding") else None
            if bounds is not None and fact.value[:4].isdigit() and int(fact.value[:4]) > bounds[1]:
                # "In 1839, a monument was erected ... on the site of the empty grave": after the death, so are
                # its options
                bounds = (bounds[1] + 1, 9999)
            if bounds is None and fact.kind in ("date", "bio") and fact.value[:4].isdigit():
                # "did USDS help IRS introduce Secure Access": what an organisation did came after it was founded
                stem = question or cloze or ""
                since = [year for name, year in founded if year < int(fact.value[:4]) and re.search(
                    rf"(?<![\w-]){re.escape(name)}(?![\w-])", stem)]
                if since:
                    bounds = (max(since), 9999)
                blank = stem.find("_____")
                head = stem[:blank] if blank >= 0 else stem
                head = head[head.rfind(". ") + 1 :]  # (the blank's own sentence, not one put before it as context)
                if now is not None and int(fact.value[:4]) >= now and (
                        _FUTURE.search(head) or _INTENT.search(head) and not _ANNOUNCED.search(head)):
                    # "Demand is forecast to peak in _____": a forecast's options lie after the text's own time
                    # (or in its own year: "is projected to stabilize ... in 2024", written early in 2024)
                    bounds = (max(now + (int(fact.value[:4]) > now), bounds[0] if bounds else 0), 9999)
                elif bounds is None and now is not None and int(fact.value[:4]) <= now and not _FUTURE.search(head):
                    # "CPUs bought in _____ or later": a past date's options are never years the text still awaits
                    # ("supported until 2031")
                    bounds = (0, now)
            if bounds is not None and fact.kind == "bio" and fact.detail in ("born", "died"):
                # a birth's options lie before the death, a death's after the birth
                bounds = (0, bounds[1] - 1) if fact.detail == "born" else (bounds[0] + 1, 9999)
            # (a step of a life between its ends: "graduated ... 3 June, 1829" is never offered the birth date itself)
            avoid = ends_of_life if fact.kind in ("date", "bio") and fact.detail not in ("born", "died") else frozenset()
            wrong = distractors(fact, pool, rng, stem=cloze or question or "", years=bounds, avoid=avoid)
            if len(wrong) == 3:
                options = [fact.answer, *wrong]
                rng.shuffle(options)
                item("choice", question or cloze or "", fact.answer, options)
        step = steps.get(id(fact))
        if step and "choice" in wanted and len(items) > count_before:
            _step_item(document, fact, step, steps_of.get(fact.subject, []), fact_id, rng, items, seen_text,
                       section=section, score=score, tags=tags)
        if len(items) > count_before:
            asked.add(same)
            if fact.kind == "amount":
                asked_values.add(fact.value)
                topics.setdefault(_topic_key(fact), []).append(topic)
                if _figure_key(fact):
                    topics.setdefault(_figure_key(fact), []).append(topic)
            for key in (_restated_key(fact), *_plain_key(fact), found_key):
                if key:
                    dated.setdefault(key, []).append(names | {head} if head else names)
    # each fact that made items, with its score and its items' slice
    made_by = [(f, sc, a, b) for (f, sc), a, b in zip(ranked, starts, [*starts[1:], len(items)]) if b > a]
    if len(made_by) > limit:
        kept = {id(f) for f, _ in _best(sorted(((f, sc) for f, sc, _, _ in made_by), key=lambda p: (-p[1], p[0].start)),
                                        limit)}
        items = [item for f, _, a, b in made_by if id(f) in kept for item in items[a:b]]
        ranked = [(f, sc) for f, sc, _, _ in made_by if id(f) in kept]
    if "order" in wanted:  # one timeline per person profiled, after the items on single facts
        best = max((s for _, s in ranked), default=0.0)
        for person, own in steps_of.items():
            timeline = _order_item(document, person, own, seed, score=best)
            if timeline is not None:
                items.append(timeline)
    return items
