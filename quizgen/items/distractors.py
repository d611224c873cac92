"""Wrong options for multiple choice: same kind and scale as the answer.

Taken from the same document first (other years for a year, other billions for a
billion), then made up sensibly (nearby years, the amount scaled), never equal to
the answer and never a value that the answer's own sentence also states (it could
be another true answer). All randomness comes from the `random.Random` passed in.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from ..data import FUNCTION_WORDS, MEASURE_UNITS, NUMBER_WORDS, QUALIFIERS, SEASON, or_regex
from .._regex import places, whole_word, word_char
from ..lexicon import lemmas
from ..models import Fact

__all__ = ["Pool", "distractors", "lookalike_expansions", "shape"]

_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_WORD_FOR = {v: k for k, v in NUMBER_WORDS.items() if k not in ("dozen", "hundred")}


def shape(fact: Fact) -> str:
    """Which answers can stand in for each other: same kind of value, same scale word."""
    rule = fact.rule.removeprefix("bio-").removeprefix("founding-")
    if fact.kind in ("date", "founding", "bio"):
        if fact.rule == "age":
            return "age"
        base = re.sub(r"^(?:founding|bio)-", "", fact.rule) if fact.kind == "date" else _date_shape(fact)
        # a life span ("George Ripley (1802-1880)") is no option for an event's period, nor the other way
        return base + _written_form(fact.answer) + ("|life" if fact.detail == "life" else "")
    if fact.kind == "amount":
        scale = re.search(r"(?i)\b(thousand|million|billion|trillion|bn|mln|tn)\b|[0-9]m\b", fact.answer)
        written = "word" if not any(ch.isdigit() for ch in fact.answer) else "digits"
        written += "|code" if fact.answer.endswith(" USD") else ""  # ("$224,000 USD" beside "$3,000" would stand out)
        hedge = re.match(r"[^0-9$€£¥₹₽₸]*", fact.answer).group().strip().lower()  # type: ignore[union-attr]
        number = fact.value.split()[0]
        magnitude = len(number.split(".")[0]) if rule != "money" else 0
        unit = fact.value.split()[-1] if rule == "money" else (fact.answer.split()[-1] if rule in ("duration", "age")
                                                               else "")
        plus = "|plus" if _PLUS_MARK.search(fact.answer) else ""  # ("180+" beside an exact "153" would stand out)
        return f"{rule}|{unit}|{scale.group(0).lower() if scale else ''}|{written}|{hedge}|{magnitude}{plus}"
    return fact.kind


def _written_form(answer: str) -> str:
    """How a date is written beyond its value: "1968 to 1972" and "1988 and 2003", or "late 1891"
    and "1891", are no options for each other (the odd one out would stand out)."""
    link = re.search(r"\b(?:to|and|until|till|through|thru)\b|[-–—]", answer)
    part = re.match(r"(?i)(early|mid|late)\b", answer)
    season = SEASON.search(answer)  # "summer of 1841": a season's
    return (f"|{link.group()}" if link else "") + (f"|{part.group(1).lower()}" if part else "") + (
        "|season" if season else "")


def _date_shape(fact: Fact) -> str:
    value = fact.value
    if "/" in value:
        if value.startswith("--"):
            return "day-range"  # "Sept. 25 through Oct. 8": no year to shift, so its months change
        # "1963 to 1964", "August 1964-August 1965", "September 22, 1817, until March 3, 1825": options shift
        # both ends' years, keeping the answer's length and months
        return {9: "range", 15: "month-range", 21: "date-range"}.get(len(value), "other-range")
    if value.endswith("s"):
        return "decade"
    if value.startswith("--"):
        return "month" if len(value) == 4 else "month-day"  # ("--10": "October" alone)
    return {4: "year", 7: "month-year", 10: "full-date"}.get(len(value), "other")


_HEDGE_WORDS = frozenset(w.split()[0].lower() for w in QUALIFIERS)
_HEDGE = re.compile(r"\b(?:" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=65536)
def _norm(s: str) -> str:
    """Options that differ only by a hedge ("two" / "more than two") count as the same option."""
    return " ".join(re.sub(r"[^\w$€£%.]+", " ", _HEDGE.sub(" ", s.lower())).split())


_CONTINENTAL = re.compile(r"^-?(?:[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,2})?|[0-9]+,[0-9]{1,2})\s?€$")
_SWAP = str.maketrans(".,", ",.")


def _shift_number(answer: str, factor: Decimal, add: int = 0) -> str | None:
    """The answer with its first number changed, written the same way."""
    if _CONTINENTAL.match(answer):
        # "817.283,02 €": shifted as "817,283.02 €" is, and written back with the answer's separators
        shifted = _shift_english(answer.translate(_SWAP), factor, add)
        return shifted.translate(_SWAP) if shifted else None
    return _shift_english(answer, factor, add)


def _shift_english(answer: str, factor: Decimal, add: int = 0) -> str | None:
    m = _NUMBER.search(answer)
    if m:
        raw = m.group()
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        n = Decimal(raw.replace(",", "")) * factor + add
        if n <= 0:
            return None
        n = n.quantize(Decimal(1) / (10**decimals)) if decimals else n.to_integral_value()
        digits = raw.replace(",", "")
        # "$9,748,829,000" is given to the thousand: so are its options, not "$12,186,036,250"
        # (keeping two significant digits: "40,000" may become "30,000", not "0")
        zeros = min(len(digits) - len(digits.rstrip("0")), len(digits) - 2) if not decimals else 0
        if zeros >= 3:
            unit = Decimal(10) ** zeros
            n = (n / unit).to_integral_value(rounding=ROUND_HALF_UP) * unit
        if n <= 0:
            return None
        if n == 1 and raw != "1":
            return None  # "1 years": the words after the number were written for a plural
        # commas as the answer writes them: "over 3000" gets "over 4500", not "over 4,500" (a form cue)
        grouped = "," in raw or (n >= 1000 and len(digits.split(".")[0]) < 4)
        text = f"{n:,.{decimals}f}" if grouped else f"{n:.{decimals}f}"
        return answer[: m.start()] + text + answer[m.end() :]
    words = answer.split()
    for i, w in enumerate(words):
        if w.lower() in NUMBER_WORDS and w.lower() not in ("dozen", "hundred"):
            n = int(Decimal(NUMBER_WORDS[w.lower()]) * factor + add)
            if n in _WORD_FOR and n > 1:
                new = _WORD_FOR[n]
                words[i] = new.capitalize() if w[0].isupper() else new
                return " ".join(words)
            return None
    return None


def _made_up(fact: Fact, rng: random.Random) -> list[str]:
    answer = fact.answer
    shape_ = shape(fact).split("|")[0]  # (the written form does not matter for made-up options)
    out: list[str] = []
    if fact.kind in ("date", "founding", "bio") and fact.rule != "age":
        offsets = [-3, -2, -1, 1, 2, 3, 4, -4, 5, -5]
        rng.shuffle(offsets)
        if shape_ in ("month", "month-day", "day-range"):
            return _other_months(answer, rng)
        for off in offsets:
            shifted = _shift_years(answer, off * (10 if shape_ == "decade" else 1))
            if shifted:
                out.append(shifted)
        return out
    if fact.rule.endswith("-range") or fact.rule == "fraction":
        return []  # shifting one end of "30–50%" makes options that differ in half a range; "four thirds" is none
    if fact.rule == "age":
        steps = [-4, -3, -2, 2, 3, 4, 5, 6]  # plausible ages near the answer, never 2x or 4x it
        rng.shuffle(steps)
        return [a for a in (_shift_number(answer, Decimal(1), step) for step in steps) if a]
    # Near the answer: a quarter or four times a budget is implausible, and the world often rules it out
    # ("more than 200 years" of lunar flights).
    factors = [Decimal("0.5"), Decimal("0.75"), Decimal("1.25"), Decimal("1.5"), Decimal(2)]
    if fact.rule == "duration" or "year" in fact.value:
        factors.pop()  # twice "15 years of experience" or "23 years of human presence" is often impossible
    rng.shuffle(factors)
    for f in factors:
        shifted = _shift_number(answer, f)
        if shifted and not (fact.rule == "percent" and Decimal(fact.value.split()[0]) * f > 100):
            out.append(shifted)
    first = _first_number(answer)
    if first is not None and first < 20:  # "124,998" beside "125,000" is no real choice
        for add in (-2, 2, -1, 1, 3, -3, 4):
            shifted = _shift_number(answer, Decimal(1), add)
            if shifted:
                out.append(shifted)
    return out


_FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_SHORT_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
                 "Dec.")
_MONTH_TOKEN = re.compile(r"\b(?:" + "|".join(sorted({m.rstrip(".") for m in _FULL_MONTHS + _SHORT_MONTHS},
                                                      key=len, reverse=True)) + r")\b\.?")


def _other_months(answer: str, rng: random.Random) -> list[str]:
    """The answer with its month replaced, in the answer's own style ("Sept." -> "Oct.")."""
    m = _MONTH_TOKEN.search(answer)
    if not m:
        return []
    names = _SHORT_MONTHS if m.group().endswith(".") else _FULL_MONTHS
    order = list(range(12))
    rng.shuffle(order)
    return [answer[: m.start()] + names[i] + answer[m.end() :] for i in order
            if names[i].rstrip(".") != m.group().rstrip(".")]


def _shift_years(answer: str, offset: int) -> str | None:
    years = list(re.finditer(r"(?<![0-9])(1[0-9]{3}|20[0-9]{2})(?![0-9])", answer))
    if not years or re.search(r"[0-9]{4}[-–][0-9]$", answer):
        return None  # ("1634–7", "13 Feb. 1650–1": a one-digit end would not move in step with its year)
    out = answer
    for m in reversed(years):
        out = out[: m.start()] + str(int(m.group()) + offset) + out[m.end() :]
    # A two-digit range end ("2010-12") moves with its start.
    m = re.search(r"(?<=[-–])([0-9]{2})$", out)
    if m and len(years) == 1 and not re.search(r"[0-9]{4}-[0-9]{2}-[0-9]{2}$", answer):  # (not a day's "2007-07-16")
        out = out[: m.start()] + f"{(int(m.group()) + offset) % 100:02d}" + out[m.end() :]
    return out


class _Candidate(NamedTuple):
    value: str  # a fact's normalised value
    option: str  # its answer as the text writes it
    norm: str  # `_norm(option)`
    years: tuple[int, ...]  # the years `option` states, in order
    year: int | None  # the first year of `value`


class Pool:
    """A document's facts indexed once by shape and by sentence, for every distractor query."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts = list(facts)
        # shape -> {normalised value: answer}: each value once ("FY 2025" and "Fiscal Year 2025"
        # are one option), in document order
        self.by_shape: dict[str, dict[str, str]] = {}
        self.by_sentence: dict[int, set[str]] = {}
        # id(fact) -> (fact, shape(fact)) for the facts given (the pool holds them, so ids stay theirs)
        self.shapes: dict[int, tuple[Fact, str]] = {}
        self._candidates: dict[str, list[_Candidate]] = {}
        # The document's own time, as far as its dates tell: its latest year. A made-up option after it
        # ("November 2020" for a transfer a 2017 release reports) asks about a time the text never saw.
        self.latest_year = max((int(y) for f in self.facts if f.kind in ("date", "founding", "bio")
                                for y in _YEAR.findall(f.answer)), default=None)
        # ... and its earliest: decades long before it ("the late 1940s" for what an organisation founded
        # in 1998 achieved) lie outside everything the text is about.
        self.earliest_year = min((int(y) for f in self.facts if f.kind in ("date", "founding", "bio")
                                  for y in _YEAR.findall(f.answer)), default=None)
        for fact in self.facts:
            if fact.kind != "acronym":
                kind = shape(fact)
                self.shapes[id(fact)] = (fact, kind)
                self.by_shape.setdefault(kind, {}).setdefault(fact.value, fact.answer)
            self.by_sentence.setdefault(fact.sentence_start, set()).update((fact.value, _norm(fact.answer)))

    def candidates(self, kind: str) -> list[_Candidate]:
        """The pool's options of one shape, in document order, each with what every query tests of it
        worked out once (a long source asks thousands of queries of the same few hundred options)."""
        known = self._candidates.get(kind)
        if known is None:
            known = self._candidates[kind] = [
                _Candidate(value, other, _norm(other), tuple(int(y) for y in _YEAR.findall(other)),
                           int(y.group()) if (y := _YEAR.search(value)) else None)
                for value, other in self.by_shape.get(kind, {}).items()]
        return known

    def shape_of(self, fact: Fact) -> str:
        """`shape(fact)`, looked up for the pool's own facts."""
        known = self.shapes.get(id(fact))
        return known[1] if known is not None and known[0] is fact else shape(fact)


_AT_LEAST = re.compile(r"(?i)^(?:more than|over|at least|upwards of)\b")
_PLUS_MARK = re.compile(r"[0-9](?:\+|-plus\b)")
_PLUS_AFTER = re.compile(r"[0-9](?:\+|-plus)(?:\s+[a-z]+)?$")  # "7,000+", "39,000-plus": at least that many
_AT_MOST = re.compile(r"(?i)^(?:less than|fewer than|under|up to|at most|nearly|almost)\b")


@lru_cache(maxsize=65536)
def _first_number(text: str) -> Decimal | None:
    m = _NUMBER.search(text)
    return Decimal(m.group().replace(",", "")) if m else None


@lru_cache(maxsize=65536)
def _first_figure(text: str) -> Decimal | None:
    """The first number of `text`, in digits or in words ("less than five hours")."""
    found = _first_number(text)
    if found is not None:
        return found
    word = _NUMBER_WORD.search(text)
    return Decimal(NUMBER_WORDS[word.group().lower()]) if word else None


_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _consistent(answer: str, option: str) -> bool:
    """Whether `option` is surely false when `answer` is true.

    "more than 200" is true, so "more than 100" is true as well: wrong options of
    a lower bound must lie above it, of an upper bound below it.
    """
    a, o = _first_figure(answer), _first_figure(option)
    if a is None or o is None:
        return True
    if _AT_LEAST.match(answer) or _PLUS_AFTER.search(answer):
        return o > a
    if _AT_MOST.match(answer):
        return o < a
    return True


@lru_cache(maxsize=65536)
def _leading_number(value: str) -> Decimal | None:
    """The number a fact's value starts with ("600000000 USD" -> 600000000), if it is a positive number."""
    if not value[:1].isdigit():
        return None
    try:
        n = Decimal(value.split()[0])
    except (ArithmeticError, ValueError, IndexError):
        return None
    return n if n > 0 else None


def _near(value: str, other: str) -> bool:
    """Whether another amount of the document is of the answer's order ($35 and $400,000 are not:
    a $400,000 insulin cap is no real choice). Values that are not numbers always are."""
    a, o = _leading_number(value), _leading_number(other)
    if other.split(" ", 1)[0] == "0":
        return False  # "$0 for work as a board member": nothing spent is no figure to weigh against a sum
    if a is None or o is None:
        return True
    # ... and not so near that it reads as the same figure ($457 billion beside $456 billion, $1.3 billion
    # beside $1.34 billion: the same at two significant figures)
    return a / 5 <= o <= a * 5 and abs(o - a) > a / 50 and _two_figures(a) != _two_figures(o)


def _two_figures(n: Decimal) -> Decimal:
    return Decimal(f"{n:.1e}")


_MAX_EXAMINED = 500


_YEAR = re.compile(r"(?<![0-9])(?:1[0-9]{3}|20[0-9]{2})(?![0-9])")


def _same_side(answer: str, option: str, stem_years: Sequence[int]) -> bool:
    """Whether `option` lies on the same side as `answer` of every year the stem states.

    "a bachelor's degree in ___ and a master's degree in 1968": an option after 1968 is ruled out.
    """
    if not stem_years:
        return True
    # Each year of the option against the answer's in the same place: "2007 and 2011" under "In 2011, ...
    # between _____" rules out "2010 and 2014" by its second year.
    return _years_same_side(tuple(int(y) for y in _YEAR.findall(answer)),
                            tuple(int(y) for y in _YEAR.findall(option)), stem_years)


def _years_same_side(answer_years: Sequence[int], option_years: Sequence[int], stem_years: Sequence[int]) -> bool:
    """`_same_side` of the years an answer and an option state."""
    return all((ay > y) == (oy > y) and (ay < y) == (oy < y) for ay, oy in zip(answer_years, option_years)
               for y in stem_years)


_SCALED = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)\s*(thousand|million|billion|trillion)?", re.IGNORECASE)
# (a year may stand after either end: "from _____ for FY2026 to $38.0 million for FY2027")
_FROM_TO = re.compile(r"\bfrom\s+(?P<a>\S+(?:\s+(?:thousand|million|billion|trillion|percent))?|_____)"
                      r"(?:\s+(?:for|in)\s+(?:FY\s?|fiscal\s+year\s+)?[0-9]{2,4})?\s+to\s+"
                      r"(?P<b>\S+(?:\s+(?:thousand|million|billion|trillion|percent))?|_____)", re.IGNORECASE)


_FIGURE = (r"(?:[A-Z]{3}\s)?[$€£]?[0-9][0-9,.]*\s*(?:thousand|million|billion|trillion|percent|%)?(?:\s?[A-Z]{3}\b)?"
           r"(?:\s+(?:euros?|dollars?|pounds?|francs?)\b)?")  # ("3.2 million euros (previous year: _____)")
_PREVIOUS = r"\(\s*(?:in\s+the\s+|the\s+)?(?:previous|prior|preceding)\s+year\s*:?\s*"
# "increased to _____ (previous year: EUR 2.5 million)", "rose to EUR 0.8 million (previous year: _____)",
# "increased to _____ in 2018 (compared with EUR 6.8 million in the previous year)": the year before is the other end
_PREVIOUS_AFTER = re.compile(r"_____[^.;()]{0,20}?(?:" + _PREVIOUS + r"|\(?\s*compared\s+(?:with|to)\s+"
                             # ("fell slightly to _____ (by comparison: last year the amount was 5.4 million euros)")
                             r"|\(\s*by\s+comparison\s*:?[^()0-9]{0,40}?\b(?:last|previous|prior)\s+year\b[^()0-9]{0,30}?)"
                             r"(?P<a>" + _FIGURE + ")", re.IGNORECASE)
_PREVIOUS_BEFORE = re.compile(r"(?P<a>" + _FIGURE + r")\s*(?:" + _PREVIOUS + r"|\(\s*by\s+comparison\s*:?[^()0-9]{0,40}?"
                              r"\b(?:last|previous|prior)\s+year\b[^()0-9]{0,30}?)_____", re.IGNORECASE)


# A total and a part of it: "total costs of _____ with 160,000 spent on Salaries" (the total is more than the part),
# "total costs of 180,000 EUR with _____ spent on ...", "rose to EUR 4.4 million ..., of which _____ are costs ..."
_PART_AFTER = re.compile(r"_____[^.;()]{0,30}?\b(?:with|of\s+which|including)\s+(?P<a>" + _FIGURE + r")", re.IGNORECASE)
_PART_BEFORE = re.compile(r"(?P<a>" + _FIGURE + r")(?:\s*\([^()]{0,40}\))?,?\s+(?:with|of\s+which|including)\s+_____",
                          re.IGNORECASE)


def _scaled(text: str) -> Decimal | None:
    m = _SCALED.search(text)
    if not m:
        return None
    factor = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}.get(
        (m.group(2) or "").lower(), 1)
    suffix = re.match(r"(?:[KMB])(?![A-Za-z])", text[m.end() :])  # "£900K", "£2.9M"
    if suffix and not m.group(2):
        factor = {"K": 10**3, "M": 10**6, "B": 10**9}[suffix.group()]
    return Decimal(m.group(1).replace(",", "")) * factor


_FROM_FIGURE = re.compile(r"\bfrom\s+(?P<a>[$€£]?[0-9][0-9,.]*\s*(?:thousand|million|billion|trillion|percent|%)?)",
                          re.IGNORECASE)


_COMPARED = re.compile(r"_____[^.;()]{0,40}?\b(?:lower|less|fewer|smaller|higher|greater|larger|more|bigger)\s+than\s+"
                       r"(?:(?:the|a|an|its|their|[a-z-]+)\s+){0,6}?"
                       r"(?P<a>[$€£]?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:thousand|million|billion|trillion|percent|%)?)",
                       re.IGNORECASE)


def _unit(text: str) -> str:
    return "%" if re.search(r"%|percent", text) else ("$" if re.search(r"[$€£]", text) else "")


def _from_to_other(stem: str, fact: Fact) -> Decimal | None:
    """The other end of "from X to _____" (or "from _____ to X", or "_____, an increase from X") in the stem,
    in the answer's unit: options must keep the answer's side of it."""
    for m in _FROM_TO.finditer(stem):
        a, b = m.group("a"), m.group("b")
        if a.startswith("_____") != b.startswith("_____"):
            return _scaled(b if a.startswith("_____") else a)
    for m in _FROM_FIGURE.finditer(stem):  # "from 96 percent at the end of FY 2022 to _____", "an increase from 5.4 percent"
        if _unit(m.group("a")) == _unit(fact.answer) and "_____" in stem:
            return _scaled(m.group("a"))
    for m in (*_PREVIOUS_AFTER.finditer(stem), *_PREVIOUS_BEFORE.finditer(stem), *_PART_AFTER.finditer(stem),
              *_PART_BEFORE.finditer(stem)):
        other = _scaled(m.group("a")) if _unit(m.group("a")) == _unit(fact.answer) else None
        if other is not None:
            return other
    for m in _COMPARED.finditer(stem):  # "added _____ jobs, lower than the average monthly gain of 54,000"
        if _unit(m.group("a")) == _unit(fact.answer):
            return _scaled(m.group("a"))
    return None


# (not "over", "above", "under", "below": "innovators under age 35", "incomes above $400,000" name a class)
_LOWER_BOUND = re.compile(r"_____\s+or\s+(?:less|fewer)\b|\b(?:upwards\s+of|north\s+of|more\s+than|in\s+excess\s+of|at\s+least|no\s+less\s+than"
                          r"|exceed(?:s|ed)?|surpass(?:es|ed)?|topp(?:ed|ing)|tops)\s+_____"  # ("the number of users exceeded _____")
                          r"|_____(?:\+|-plus\b)|(?:>|≥|&gt;)\s?_____",  # ("from _____+ individual contributors", ">_____ talks")
                          re.IGNORECASE)  # (and "Projects of _____ or less qualify": a larger threshold is true too)
_UPPER_BOUND = re.compile(r"_____\s+or\s+more\b"  # ("Donors of _____ or more receive ...": a larger threshold is true too)
                          r"|\b(?:(?<!no\s)less\s+than|fewer\s+than|no\s+more\s+than|at\s+most|south\s+of)\s+_____"  # (not "shot up to _____")
                          r"|(?:<|≤|&lt;)\s?_____", re.IGNORECASE)


def _bound_side(stem: str, fact: Fact) -> int:
    """+1 when the stem puts a lower bound on the blank ("still donates upwards of _____": then a smaller sum is
    true as well, so every option must be larger), -1 for an upper bound, 0 for none."""
    if fact.kind != "amount":
        return 0
    if _LOWER_BOUND.search(stem):
        return 1
    if _UPPER_BOUND.search(stem):
        return -1
    return 0


def _bound_ok(option: str, answer_size: Decimal | None, bound: int) -> bool:
    if not bound or answer_size is None:
        return True
    size = _scaled(option)
    return size is None or (size > answer_size if bound > 0 else size < answer_size)


_SLIGHTLY = re.compile(r"\b(?:slightly|marginally)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)


def _slightly_off(option: str, other: Decimal | None) -> bool:
    """Whether an option lies within a quarter of the figure it changed slightly from."""
    size = _scaled(option)
    return other is None or size is None or not other or abs(size - other) <= abs(other) / 4


def _beside(answer: str, option: str, other: Decimal | None) -> bool:
    """"raises the rate from 3.8 percent to _____ (5 percent)": an option below 3.8 is ruled out by the stem."""
    if other is None:
        return True
    a, o = _scaled(answer), _scaled(option)
    if a is None or o is None:
        return True
    return (a > other) == (o > other) and (a < other) == (o < other)


_DECADE = re.compile(r"(?<![0-9])(1[0-9]{2}|20[0-9])0s\b")


def _stem_decade(stem: str, target: int) -> int | None:
    """The decade the stem places the answer in: "The 1980s saw ... Spain and Portugal in _____"."""
    for m in _DECADE.finditer(stem):
        start = int(m.group(1)) * 10
        if start <= target <= start + 9:
            return start
    return None


def _within(option: str, years: tuple[int, int] | None) -> bool:
    """Whether an option's year lies in `years` (a profiled person's life), if it has a year."""
    y = _YEAR.search(option)
    return years is None or y is None or years[0] <= int(y.group()) <= years[1]


_GAMES = re.compile(r"_____\s+(?:Summer\s+|Winter\s+)?(?:Olympics|Olympic\s+Games|Games|Paralympics|World\s+Cup)\b"
                    r"|(?:_____|\bwhat\s+year\b)[^.?]*\bat\s+the\s+(?:Summer|Winter)\s+(?:Olympics|Olympic\s+Games|Games)\b")
# "President James Madison appointed him ... in _____": a student who knows when Madison held office rules out
# years far from the answer, so a dated office-holder's options lie within two years of it.
_OFFICE_HOLDER = re.compile(r"\b(?:President|King|Queen|Prime\s+Minister|Chancellor|Pope|Emperor|Empress|Tsar|Czar|"
                            r"Governor|Mayor|Premier)\s+(?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][a-z]+")
_OFFICE_SPAN = 2
_BY_DEADLINE = re.compile(r"(?:^|[^\w])[Bb]y\s+(?:the\s+)?(?:(?:early|middle|mid)\s+to\s+)?(?:early\s+|late\s+|mid-?)?_____"
                          r"|^By what\b")  # ("By the _____, discussions appeared", "By the middle to _____")
_MEASURED = re.compile(rf"_____\s*(?:{or_regex(MEASURE_UNITS)})\b")


_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])([Aa]n?)\s+_____")
_AN_MONTHS = ("April", "Apr", "August", "Aug", "October", "Oct")


def _in_stem(option: str, stem: str) -> bool:
    """Whether the stem states `option` itself ("a total of 35,842 direct positions ...; the positions include:
    _____ Special Agents" cannot offer 35,842): a figure the student reads is no wrong answer to rule out."""
    # (a plain search with the edges checked by hand: one regex per option would be compiled thousands of
    # times over a long source, more than the whole extraction costs)
    for at, end in places(option, stem):
        before, after = stem[at - 1 : at], stem[end : end + 2]
        if (not (before and (word_char(before) or before in ".,")) and not (after and word_char(after[0]))
                and not (after[:1] in (".", ",") and after[1:2].isdigit())):
            return True
    return False




def _article(option: str) -> str:
    """'a' or 'an', as read aloud before `option`: "an April 1998", "an 18-month", "a 1998", "a $5 million"."""
    digits = re.match(r"[0-9][0-9,]*", option)
    if digits:
        run = digits.group().split(",")[0]
        if run[0] == "8":
            return "an"  # eight, eighty, 800
        # eleven, eighteen, and the thousands and hundreds read with them ("an 1800s", "an 11,000")
        return "an" if run[:2] in ("11", "18") and len(run) in (2, 4, 5) or (
            run[:2] in ("11", "18") and "," in digits.group() and len(run) == 2) else "a"
    if option.startswith(_AN_MONTHS):
        return "an"
    return "an" if option[:1].lower() in "aeio" else "a"  # ("a unit", "a university": u is left as "a")


def distractors(fact: Fact, pool: Pool, rng: random.Random, count: int = 3, stem: str = "",
                years: tuple[int, int] | None = None, avoid: frozenset[str] = frozenset()) -> list[str]:
    """`count` wrong options for `fact`, or fewer if none of the right shape can be had.

    A date's options keep the answer's order with the other years in `stem`, and stay inside
    `years` (the life of the person a profile is about) when the answer does; values in `avoid` (that person's
    own birth and death dates, for a step between them) are never offered.
    """
    answer_year = _YEAR.search(fact.answer) or (_YEAR.search(fact.value) if fact.kind != "amount" else None)
    if years is not None and (answer_year is None or not years[0] <= int(answer_year.group()) <= years[1]):
        years = None
    stem_years = [int(y) for y in _YEAR.findall(stem)] if fact.kind != "amount" else []
    pair = _from_to_other(stem, fact) if fact.kind == "amount" else None
    # "fell slightly to _____" from 5.4 million: a fall to a third of it is no slight one
    slight = pair is not None and _SLIGHTLY.search(stem[: stem.find("_____")] if "_____" in stem else "") is not None
    bound = _bound_side(stem, fact)
    answer_size = _scaled(fact.answer) if bound else None
    # Values the same sentence states could be true answers too.
    seen = {fact.value, _norm(fact.answer)} | pool.by_sentence.get(fact.sentence_start, set()) | avoid
    # "from an _____ Free Software Summit": an option read with "a" ("Feb. 1998") is ruled out by the stem.
    article = _ARTICLE_BEFORE.search(stem)
    article = article.group(1).lower() if article and _article(fact.answer) == article.group(1).lower() else ""
    from_doc = []
    value_of: dict[str, str] = {}
    kind = pool.shape_of(fact)
    bounded = _AT_LEAST.match(fact.answer) or _AT_MOST.match(fact.answer) or _PLUS_AFTER.search(fact.answer)
    answer_years = tuple(int(y) for y in _YEAR.findall(fact.answer)) if stem_years else ()
    for value, other, n, other_years, value_year in pool.candidates(kind)[:_MAX_EXAMINED]:
        # (a long book has thousands of years: looking at the first few hundred is enough)
        if (value not in seen and n not in seen and (not bounded or _consistent(fact.answer, other))
                and (fact.kind != "amount" or _near(fact.value, value))  # (1949 is no "same figure" as 1950)
                and (not answer_years or _years_same_side(answer_years, other_years, stem_years))
                and (pair is None or _beside(fact.answer, other, pair))
                and (not slight or _slightly_off(other, pair))
                and (years is None or value_year is None or years[0] <= value_year <= years[1])
                and (not article or _article(other) == article)
                and not (other in stem and _in_stem(other, stem))
                and (not bound or _bound_ok(other, answer_size, bound))):
            seen.update((value, n))
            from_doc.append(other)
            value_of[other] = value  # ("Seventeen Hundred Ninety-one" is 1791: its year is in its value)
            if len(from_doc) >= 50:
                break  # plenty to choose from; a 10 MB source should not make this quadratic
    target = int(answer_year.group()) if answer_year is not None else 0
    if answer_year is not None:
        # The document's dates nearest the answer's make the harder options: "1947" beside a 1950 war,
        # not "2008", which a student rules out without having learnt anything.
        def distance(option: str) -> int:
            y = _YEAR.search(value_of.get(option, option))
            return abs(int(y.group()) - target) if y else 10_000

        from_doc = sorted(from_doc, key=distance)[: count * 2]  # (a stable sort: ties keep document order)
    # "at the _____ Summer Olympics": every option is a year of the Games, four apart from the answer;
    # "By _____, officials began ...": a later date would be true as well, so options lie before it.
    games = _GAMES.search(stem) and answer_year is not None and fact.value.isdigit()
    by = _BY_DEADLINE.search(stem) and answer_year is not None
    decade = _stem_decade(stem, target) if answer_year is not None and not fact.value.endswith("s") else None
    office = answer_year is not None and not fact.value.endswith("s") and _OFFICE_HOLDER.search(stem)
    if games or by or decade is not None or office:
        from_doc = [o for o in from_doc if (y := _YEAR.search(o)) and (
            (not games or (int(y.group()) - target) % 4 == 0) and (not by or int(y.group()) < target)
            and (decade is None or decade <= int(y.group()) <= decade + 9)
            and (not office or abs(int(y.group()) - target) <= _OFFICE_SPAN))]
    if fact.value.endswith("s") and fact.kind != "amount" and pool.earliest_year is not None:
        floor = pool.earliest_year // 10 * 10 - 10  # (one decade before: the answer is not always the first)
        from_doc = [o for o in from_doc if all(int(y) >= floor for y in _YEAR.findall(o))]
    else:
        floor = None
    # "It is the work of _____ contributors spread over 444 pull requests": a count's options count the same things
    # where the text has such; counts of other things come last, after made-up ones (609 pull requests is no
    # number of contributors to weigh)
    counted = _counted_noun(fact.value) if fact.kind == "amount" and fact.rule == "count" and fact.subject else ""
    elsewhere = [o for o in from_doc if _counted_noun(value_of[o]) != counted] if counted else []
    if elsewhere:
        from_doc = [o for o in from_doc if o not in elsewhere]
    rng.shuffle(from_doc)
    # "In them, _____ people": a figure borrowed from a sentence's start ("More than 120") takes the answer's case
    if fact.answer[:1].islower():
        from_doc = [o[:1].lower() + o[1:] if o[:1].isupper() and o.split()[0].lower() in _HEDGE_WORDS else o
                    for o in from_doc]
    chosen = from_doc[:count]
    if len(chosen) < count:
        if games:
            made_up = [_shift_years(fact.answer, step) or "" for step in (-4, 4, -8, 8, -12)]
        elif fact.kind == "amount" and _MEASURED.search(stem):
            made_up = []  # "the _____ m": made-up distances (12,500 m) are no events; only the text's own will do
        else:
            made_up = _made_up(fact, rng)
        if by:
            made_up = [o for o in made_up if (y := _YEAR.search(o)) and int(y.group()) < target]
        if decade is not None:
            made_up = [o for o in made_up if (y := _YEAR.search(o)) and decade <= int(y.group()) <= decade + 9]
        if office:
            made_up = [o for o in made_up if (y := _YEAR.search(o)) and abs(int(y.group()) - target) <= _OFFICE_SPAN]
        if answer_year is not None and fact.kind != "amount" and pool.latest_year is not None:
            made_up = [o for o in made_up if all(int(y) <= pool.latest_year for y in _YEAR.findall(o))]
        if floor is not None:
            made_up = [o for o in made_up if all(int(y) >= floor for y in _YEAR.findall(o))]
        for option in made_up:
            if not option:
                continue
            n = _norm(option)
            if (n in seen or not _consistent(fact.answer, option) or not _same_side(fact.answer, option, stem_years)
                    or not _beside(fact.answer, option, pair) or not _within(option, years)
                    or slight and not _slightly_off(option, pair)
                    or article and _article(option) != article or _in_stem(option, stem)
                    or not _bound_ok(option, answer_size, bound)):
                continue
            seen.add(n)
            chosen.append(option)
            if len(chosen) == count:
                break
    if len(chosen) < count and elsewhere:
        rng.shuffle(elsewhere)
        chosen.extend(elsewhere[: count - len(chosen)])
    return chosen


def _counted_noun(value: str) -> str:
    """What a count counts, by its last word without a plural ending: "609 merged pull requests" -> "request"."""
    words = value.split()
    return _singular(words[-1].lower()) if len(words) > 1 else ""


# Words organisations' names are made of, by initial: stand-ins where the document
# offers none with the right letter. Head nouns end a name, modifiers stand before one.
_GENERIC_HEADS = {
    "A": ["Association", "Agency", "Alliance", "Authority"], "B": ["Board", "Bureau", "Bank"],
    "C": ["Council", "Committee", "Commission", "Centre", "Corporation"], "D": ["Department", "Directorate"],
    "F": ["Foundation", "Forum", "Fund", "Federation"], "G": ["Group"], "I": ["Institute", "Initiative"],
    "L": ["League", "Laboratory"], "M": ["Ministry", "Mission"], "N": ["Network"],
    "O": ["Organisation", "Office"], "P": ["Programme", "Partnership", "Panel"],
    "S": ["Service", "Society", "Secretariat", "System"], "T": ["Trust", "Taskforce"], "U": ["Union", "Unit"],
}
_GENERIC_MODIFIERS = {
    "A": ["Asian", "American", "Atlantic", "Advanced"], "C": ["Central", "Common", "Civil"],
    "D": ["Defence", "Digital"], "E": ["European", "Economic", "Eastern", "Environmental"],
    "F": ["Federal", "Financial"], "G": ["General", "Global"], "I": ["International", "Integrated"],
    "N": ["National", "Northern", "Nuclear"], "P": ["Public", "Pacific"], "R": ["Regional", "Research"],
    "S": ["Security", "Strategic", "Southern", "Scientific"], "T": ["Technical", "Trade", "Transport"],
    "U": ["United", "Universal"], "W": ["World", "Western"], "J": ["Joint"], "M": ["Multilateral", "Maritime"],
}


def _singular(word: str) -> str:
    """A noun without its plural ending: "Laboratories" -> "Laboratory", "Services" -> "Service"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _spelling(word: str) -> str:
    """A word with British and American spellings made one: Programme/Program, Organisation/Organization."""
    w = word.lower()
    for a, b in (("programme", "program"), ("isation", "ization"), ("centre", "center"), ("defence", "defense"),
                 ("ise", "ize"), ("our", "or")):
        w = w.replace(a, b)
    return w


def lookalike_expansions(expansion: str, rng: random.Random, count: int = 3, sentence: str = "") -> list[str]:
    """Wrong expansions that also spell the acronym: one word swapped for another with its initial.

    A wrong option that does not fit the letters ("What does CSTO stand for?" /
    "Regional Anti-Terror Structure") would give the answer away. A head noun (the
    last word, or the last before "of", "for" ...) is swapped only for another
    institution noun ("Organisation" -> "Office"), any other word only for a
    modifier ("Collective" -> "Central"); words from the document's own names made
    options like "People's Republic of Compacts". No word may repeat. A swapped-in word that the
    acronym's own `sentence` uses ("... created a single Commission": "European Commission" for EC) may
    make an option that is true as well, so it is not used.
    """
    if "," in expansion:
        return []  # "Plankton, Aerosol, Cloud, ocean Ecosystem": a list, and a swapped word reads as made up
    words = expansion.split()
    lowered = sentence.lower()
    candidates = []
    for i, word in enumerate(words):
        if not word[:1].isupper() or "-" in word or "." in word:
            continue  # ("U.S. Agency for ...": an abbreviation has no word to swap in, "UNITED Agency" reads made up)
        # A head noun ends a name or the part before "of", "for", "in" ...
        is_head = i == len(words) - 1 or words[i + 1].lower() in FUNCTION_WORDS
        if is_head and set(lemmas(word.lower())) & {"ADJ", "ADV"} and "NOUN" not in lemmas(word.lower()):
            continue  # "Generally Available (GA)": an adjective, no noun to swap for "Alliance" or "Agency"
        pool_words = set((_GENERIC_HEADS if is_head else _GENERIC_MODIFIERS).get(word[0], ()))
        for other in sorted(pool_words):
            if (other != word and other not in words and _singular(other) != _singular(word)  # ("Laboratory" for
                    # "Laboratories" is the answer again)
                    and _spelling(other) != _spelling(word)  # "Programme" for "Program" is also true
                    and not whole_word(other.lower(), lowered)):
                other = other.upper() if word.isupper() and len(word) > 1 else other  # "EUROPEAN SPACE AGENCY"
                candidates.append(" ".join(words[:i] + [other] + words[i + 1 :]))
    rng.shuffle(candidates)
    options: list[str] = []
    for option in candidates:
        if option not in options:
            options.append(option)
            if len(options) == count:
                break
    return options
