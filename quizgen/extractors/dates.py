"""Dates of events: "May 15, 1992", "15 May 1992", "Sept. 15", "May 2015", "June 29-30",
"2007-07-16", "2013-2017", "2010-12", "in 1986", "the 1980s".

A bare four-digit number counts as a year only where the words around it make
it one (a preposition such as "in" or "since" before it, or a sentence opening
"1992, ..."), so "2,500 troops" and "$2014" never become dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._regex import places
from ..data import IRREGULAR_PLURALS, MEASURE_UNITS, MONTH_NUMBER, MONTHS, NUMBER_WORDS, TO_A_COUNT, or_regex
from ..lexicon import lemmas
from ..models import Document, Fact, Sentence, trusted
from ._spans import SentenceIndex, filter_spans, join_pairs, scan

__all__ = ["find_dates", "DATE_PATTERN"]

_MONTH = or_regex(MONTHS)
_FULL_MONTH = or_regex(m for m in MONTHS if len(m) > 4 or m in ("May", "June", "July"))
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_UNITS = or_regex(MEASURE_UNITS)  # "the 1500 metres": a distance, not a year
_DASH = r"\s*[-–—]\s*"

DATE_PATTERN = re.compile(
    rf"""
    (?P<mdy>                                    # May 15, 1992 / June 29-30, 2015
        \b(?P<m1>{_MONTH})\.?\s+(?P<d1>{_DAY})
        (?:(?:{_DASH}|\s+and\s+)(?P<d1b>{_DAY}))?
        (?:,\s*|\s+)(?P<y1>{_YEAR})(?:–[0-9](?![0-9]))?\b
    )
    |(?P<dmy>                                   # 15 May 1992 (13 Feb. 1650–1: a year of the old style and the new)
        \b(?P<d2>{_DAY})(?:(?:{_DASH}|\s+and\s+)(?P<d2b>{_DAY}))?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?,?\s+(?P<y2>{_YEAR})(?:–[0-9](?![0-9]))?\b  # (the 29th of April 1803; 28-30 March 2017)
    )
    |(?P<my>                                    # May 2015, Nov. 2014, late February 1998, Jan. of 1999
        \b(?:(?P<mpart>[Ee]arly|[Mm]id|[Ll]ate)[\s-])?(?P<m3>{_MONTH})\.?,?\s+(?:of\s+)?(?P<y3>{_YEAR})(?:–[0-9](?![0-9]))?\b
    )
    |(?P<md>                                    # Sept. 15, July 10, June 29-30
        \b(?P<m4>{_MONTH})\.?\s+(?P<d4>{_DAY})
        (?:(?:{_DASH}|\s+and\s+)(?P<d4b>{_DAY}))?
        \b(?![.,]?[0-9])                        # not the start of a longer number
    )
    |(?P<dm>                                    # 15 May
        \b(?P<d5>{_DAY})(?:(?:{_DASH}|\s+and\s+)(?P<d5b>{_DAY}))?\s+(?:(?<=[a-z]\s)of\s+)?(?P<m5>{_MONTH})\b(?!\.?\s*[0-9])(?:\.(?=\s+[a-z]))?  # (the 4th of July; 2-6 November; "on 27 Aug. gave": the abbreviation's dot)
    )
    |(?P<iso>                                   # 2007-07-16, as logs and technical notes write a day
        (?<![$€£¥0-9.,/-])\b(?P<y11>{_YEAR})-(?P<m11>0[1-9]|1[0-2])-(?P<d11>0[1-9]|[12][0-9]|3[01])\b(?![0-9]|[-/.:][0-9])
    )
    |(?P<month>                                 # "In December, Bundler reached ...", "October: with the curl 4.9 ...":
        \b(?P<m13>{_FULL_MONTH})\b(?!\.?,?\s*(?:of\s+)?[0-9]|[-‘’']|\s+of\s+(?:the|that|this|last|next)\b)  # a month of a year the text has named
    )
    |(?P<range>                                 # 2013-2017, 2010-12
        (?<![$€£¥0-9.,])\b(?P<y6>{_YEAR}){_DASH}(?P<y6b>{_YEAR}|[0-9]{{2}}|(?<=–)[0-9])\b(?![0-9%]|[.,][0-9])  # (1634–7)
    )
    |(?P<fiscal>                                # fiscal year 2019, FY2024, FY 2025
        \b(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear\s+(?P<y9>{_YEAR})\b
        |\bFY\s?(?P<y10>{_YEAR})(?:\s?[-–/]\s?(?P<y10b>[0-9]{{2}}))?\b  # (FY 2024-25, a converter's "FY 2024 -25")
    )
    |(?P<decade>                                # the 1980s, the early 1990s
        \b(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-])?(?P<y7>1[0-9]{{2}}0|20[0-9]0)'?s\b
    )
    |(?P<year>                                  # 1986, late 1891: kept only in a year's context
        (?<![$€£¥0-9.,])\b(?:(?P<ypart>[Ee]arly|[Mm]id|[Ll]ate)[\s-]
          |(?P<season>(?:[Ee]arly\s+|[Ll]ate\s+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?))?
        (?P<y8>{_YEAR})\b(?![0-9%]|[.,][0-9]|\s*(?:per\s*cent|percent)|\s*(?:{_UNITS})\b)
    )
    """,
    re.VERBOSE,
)

# Words before a bare number that make it a year.
_YEAR_CONTEXT = re.compile(
    r"""\b(?:in|since|until|till|by|from|of|during|before|after|between|to|through|and|or
        |around|about|circa|c\.|early|late|mid|spring|summer|autumn|fall|winter|year|years|fiscal
        |January|February|March|April|May|June|July|August|September|October|November|December
        )[\s-]+$""",
    re.VERBOSE | re.IGNORECASE,
)
_LOOKBACK = 16
_AS_OF = re.compile(r"\b[Aa]s\s+of\s+$")
# Every date opens with a digit, a month's name (its first three letters), "FY", "fiscal",
# "financial", or "early"/"mid"/"late" before a year. The class comes first and the
# word boundary is checked after it, so `re` jumps from one candidate letter to the next.
# (Lookarounds, so a candidate never swallows the next one: "late 1992".)
_STARTS = re.compile(
    r"[0-9JFMASONDEeMmLlfsaWw](?<![A-Za-z0-9].)"
    r"(?:(?<=[0-9])|(?<=J)(?=an|u[nl])|(?<=F)(?=eb|Y|i)|(?<=M)(?=ar|ay)|(?<=A)(?=pr|ug)|(?<=S)(?=ep)|(?<=O)(?=ct)"
    r"|(?<=N)(?=ov)|(?<=D)(?=ec)|(?<=f)(?=i)|(?<=[EeMmLl])(?=[a-z]{2,4}[\s-](?:[12]|[JFMASOND][aepuco]|[SsAaFfWw]))"
    r"|(?<=[SsAaFfWw])(?=(?:pring|ummer|utumn|all|inter)\s+(?:of\s+)?[12]))"  # "summer of 1841", "late spring 1846"
)


def _month(name: str) -> int:
    return MONTH_NUMBER[name.rstrip(".")]


def _day(raw: str) -> int:
    return int(re.sub(r"[a-z]+$", "", raw))


def _full_year(first: str, second: str) -> int:
    if len(second) == 2:
        return int(first[:2] + second)
    if len(second) == 1:
        return int(first[:3] + second)  # "1634–7": 1637 ("1650–1", a year of the old style and the new: 1651)
    return int(second)


def _day_span(prefix: str, month: str, first: str, second: str | None) -> str | None:
    """"2017-03-28", or for two days of one month "2017-03-28/2017-03-30"; None when the second day is not later."""
    value = f"{prefix}{_month(month):02d}-{_day(first):02d}"
    if not second:
        return value
    if _day(second) <= _day(first):
        return None
    return f"{value}/{prefix}{_month(month):02d}-{_day(second):02d}"


def _value(m: re.Match[str]) -> tuple[str, str] | None:
    """(rule, normalised value) of a match, or None when the words around it say it is no date."""
    g = m.group
    if g("mdy"):
        v = _day_span(f"{int(g('y1')):04d}-", g("m1"), g("d1"), g("d1b"))
        return ("month-day-year", v) if v else None
    if g("dmy"):  # ("28-30 March 2017": both days share the month; half the span would be half an answer)
        v = _day_span(f"{int(g('y2')):04d}-", g("m2"), g("d2"), g("d2b"))
        return ("day-month-year", v) if v else None
    if g("my"):
        return "month-year", f"{int(g('y3')):04d}-{_month(g('m3')):02d}"
    if g("md"):
        v = _day_span("--", g("m4"), g("d4"), g("d4b"))
        return ("month-day", v) if v else None
    if g("dm"):
        v = _day_span("--", g("m5"), g("d5"), g("d5b"))
        return ("day-month", v) if v else None
    if g("iso"):
        return "iso-date", f"{g('y11')}-{g('m11')}-{g('d11')}"
    if g("month"):
        return "month", f"--{_month(g('m13')):02d}"
    if g("range"):
        first, last = int(g("y6")), _full_year(g("y6"), g("y6b"))
        if not first < last <= first + 100:
            return None  # "2010-05" is a month, "1990-1980" no range
        return "year-range", f"{first:04d}/{last:04d}"
    if g("fiscal"):
        if g("y10b"):
            first, last = int(g("y10")), _full_year(g("y10"), g("y10b"))
            return ("fiscal-year", f"FY{first}/{last}") if last == first + 1 else None
        return "fiscal-year", f"FY{g('y9') or g('y10')}"
    if g("decade"):
        part = f"{g('part').lower()} " if g("part") else ""
        return "decade", f"{part}{g('y7')}s"
    return "year", g("y8")


_FIGURE_YEAR = re.compile(r"(?:[0-9%]|\b(?:thousand|million|billion|trillion|percent))\)?\s+in\s+$")


_NEXT_WORD = re.compile(r" ([a-z]{3,})\b(?![-’'])")


def _singular_noun(word: str) -> bool:
    found = lemmas(word)
    return word not in IRREGULAR_PLURALS and (word in found.get("NOUN", ()) or "ADJ" in found)


_PLACE_COMMA = re.compile(r"\((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s*$")  # "(New York, " before a year
_PUBLISHED = re.compile(r"\b(?:published|wrote|issued|printed|brought\s+out|edited|translated)\b")
_SECOND_YEAR = re.compile(r"\s+(?:and|or)\s+(?:1[5-9]|20)[0-9]{2}(?![0-9])")


def _plural_noun(word: str) -> bool:
    found = lemmas(word)
    return word.endswith("s") and "NOUN" in found and word not in found["NOUN"]


def _is_year_context(text: str, start: int, sentence: Sentence) -> bool:
    before = text[max(sentence.start, start - _LOOKBACK) : start]
    if TO_A_COUNT.search(before) and (word := _NEXT_WORD.match(text, start + 4)) and _plural_noun(word.group(1)):
        return False  # "has traditionally defaulted to 2000 pages", "grew to 1500 members": a count reached
    if _YEAR_CONTEXT.search(before):
        return True
    if start == sentence.start:
        return True  # "1992: the treaty is signed" / "1992, a year of ..."
    if before.endswith(("the ", "The ")):
        after = start + 4
        second = _SECOND_YEAR.match(text, after)
        if second:
            after = second.end()  # "the 2015 and 2016 Fiscal Year appropriations": the word after both years decides
        if text[after + 1 : after + 2].isupper():
            return True  # "the 1903 Nobel Prize", "the 1988 ACM-SIGMOD Conference": a named event's year
        # "the 2006 publication of a report": a number before a singular noun is a year ("the 2000 employees" counts)
        word = _NEXT_WORD.match(text, after)
        return bool(word) and _singular_noun(word.group(1))
    if text[start + 4 : start + 5] == ")" and _PLACE_COMMA.search(before) and _PUBLISHED.search(text, sentence.start, start):
        return True  # "published “The Jumping Frog, and other Sketches” (New York, 1867)": a book's place and year
        # (not a reading list's "Brook Farm: Historic and Personal Memoirs (Boston, 1894), is by ...")
    # "(1992)" or "(founded 1992)" as a parenthetical date
    return before.endswith("(")


_MONTH_BEFORE_WORD = re.compile(r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+$")
_YEAR_ANYWHERE = re.compile(r"(?<![0-9$€£.,])(?:1[5-9]|20)[0-9]{2}(?![0-9%])")


def _is_month_context(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """A month without a day or year is a date where a preposition puts it in time ("In December, Bundler reached
    ...", "By August, a first release was announced") or it opens a timeline entry ("October: with the curl 4.9
    release ..."), and the text has named a year before it, whose month it is."""
    if not _YEAR_ANYWHERE.search(text, max(0, start - 3000), start):
        return False  # ("in March" of a text without a year: which March?)
    if _MONTH_BEFORE_WORD.search(text, max(sentence.start, start - 12), start):
        return text[start:end] != "May" or not text.startswith(" be", end)  # ("until May be ...": no)
    if start == sentence.start or text[start - 1 : start] == "\n":
        return text.startswith(":", end) or (text[start:end] != "May" and re.match(r" (?:for|was|saw|brought)\b", text[end : end + 9]) is not None)
    return False


def find_dates(document: Document, sentences: Sequence[Sentence]) -> list[Fact]:
    text = document.text
    index = SentenceIndex(sentences)
    facts: list[Fact] = []
    for m in scan(DATE_PATTERN, _STARTS, text):
        sentence = index.containing(m.start(), m.end())
        if sentence is None:
            continue
        judged = _value(m)
        if judged is None:
            continue
        rule, value = judged
        start, end = m.start(), m.end()
        if rule == "year" and not m.group("ypart") and not m.group("season") and not _is_year_context(
                text, start, sentence):
            continue
        if rule == "month" and not _is_month_context(text, start, end, sentence):
            continue
        if rule != "month-year" and text[start - 1 : start] == "/" and _MONTH_SLASH.search(
                text, max(sentence.start, start - 12), start):
            continue  # one end of a span written with a slash, half an answer ("May/June 2007" is taken whole below)
        if rule == "fiscal-year" and re.match(r"[-–/][0-9]{2}", text[end : end + 3]):
            continue  # "FY 2016-17": a span of two fiscal years, of which "FY 2016" is half
        if rule == "year" and (pair := _YEAR_SLASH.match(text, end)) and int(pair.group(1)) == int(value) + 1:
            # "The administration in 2019/2020 was carried out by ...": a book year of two years, one answer
            end, rule, value = pair.end(), "year-range", f"{value}/{pair.group(1)}"
        elif rule == "year" and text[start - 1 : start] == "/" and _YEAR_BEFORE_SLASH.search(
                text, max(sentence.start, start - 5), start):
            continue  # the second year of "1985/1986", taken with the first
        if rule == "month-year" and (span := _MONTH_BEFORE.search(text, max(sentence.start, start - 24), start)):
            # "between August and December of 1993", "a May/June 2007 special issue": the year is both months'; the
            # answer is the whole span
            first = f"{value[:4]}-{_month(span.group('m')):02d}"
            if first < value:
                start, rule, value = span.start(), "date-range", f"{first}/{value}"
        detail = ""
        if rule == "year-range" and _LIFE_BEFORE.search(text, max(sentence.start, start - 40), start) and text[
                end : end + 1] in (")", ",", ";"):
            detail = "life"  # "George Ripley (1802-1880)": a person's life span, no event's period
        if rule == "year" and text.endswith("the Year ", max(0, start - 9), start):
            continue  # "just in time for the Year 2000": the name of a year's problem, no event's date
        if _AS_OF.search(text, max(sentence.start, start - 8), start):
            continue  # "as of March 2024": when a figure was true, not when something happened
        if rule == "year" and _FIGURE_YEAR.search(text, max(sentence.start, start - 16), start):
            continue  # "a staff of about 2,200 in 2018": the year a figure is for, not an event's
        facts.append(
            trusted(Fact, kind="date", answer=text[start:end], start=start, end=end,
                                 sentence_start=sentence.start, sentence_end=sentence.end,
                                 value=value, rule=rule, subject="", detail=detail)
        )
    written = _written_years(text, index)
    if written:
        facts = sorted(facts + written, key=lambda f: (f.start, -f.end))
    return _join_ranges(text, filter_spans(facts))


# The number words of a written year, from the shared table ("one" added: it counts nothing alone, but ends a year)
_UNITS_WORDS = {"one": 1} | {w: n for w, n in NUMBER_WORDS.items() if n < 10}
_TEENS = {w: n for w, n in NUMBER_WORDS.items() if 10 <= n <= 19 and w != "dozen"}
_TENS = {w: n for w, n in NUMBER_WORDS.items() if 20 <= n <= 90}
# A year written out, as older prose does: "in the year Seventeen Hundred Thirty-seven", "In Eighteen Hundred Nine,"
_WRITTEN_YEAR = re.compile(
    rf"(?i:\b(?P<century>{'|'.join(k for k in _TEENS if k != 'ten')})[\s-]+hundred"
    rf"(?:[\s-]+(?:and[\s-]+)?(?:(?P<tens>{'|'.join(_TENS)})(?:[\s-]+(?P<unit>{'|'.join(_UNITS_WORDS)}))?"
    rf"|(?P<small>{'|'.join(list(_TEENS) + list(_UNITS_WORDS))})))?\b)")


_CENTURY_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(k for k in _TEENS if k != 'ten')})[\s-]+)$")
_WRITTEN_YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter"
                                  r"|[Ii]n\s+the\s+year|[Oo]f\s+the\s+year)\s+$")
_WRITTEN_YEAR_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:he|she|they|it|the|when|and|at|on|in|his|her|their|we|I)\b)")


def _written_years(text: str, index: SentenceIndex) -> list[Fact]:
    """Years written in words, where "in", "the year" or the like comes before and no noun after ("fifteen
    hundred dollars" is a sum)."""
    found = []
    for at, _ in [*places("undred", text), *places("UNDRED", text)]:  # (found from "hundred" with `str.find`)
        if text[at - 1 : at] not in ("H", "h"):
            continue
        century = _CENTURY_BEFORE.search(text, max(0, at - 13), at - 1)
        m = _WRITTEN_YEAR.match(text, century.start()) if century else None
        if m is None:
            continue
        if not _WRITTEN_YEAR_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if not _WRITTEN_YEAR_AFTER.match(text, m.end()):
            continue
        sentence = index.containing(m.start(), m.end())
        if sentence is None:
            continue
        g = {k: (v or "").lower() for k, v in m.groupdict().items()}
        year = _TEENS[g["century"]] * 100 + (_TENS.get(g["tens"], 0) + _UNITS_WORDS.get(g["unit"], 0)
                                            if g["tens"] else _TEENS.get(g["small"], _UNITS_WORDS.get(g["small"], 0)))
        found.append(trusted(Fact, kind="date", answer=m.group(), start=m.start(), end=m.end(),
                             sentence_start=sentence.start, sentence_end=sentence.end,
                             value=f"{year:04d}", rule="year", subject="", detail=""))
    return found


_LIFE_BEFORE = re.compile(r"[A-Z][\w'’.-]+(?:,\s+(?:Sir\s+|Lord\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)?\s+\((?:c\.\s*|ca\.\s*|circa\s+)?$")  # ("Minot Pratt (c. 1805-1878)")
_MONTH_BEFORE = re.compile(rf"\b(?P<m>{or_regex(MONTHS)})\.?\s*(?:and|to|through|until|till|[-–—/])\s*$")
_YEAR_SLASH = re.compile(r"/((?:1[5-9]|20)[0-9]{2})(?![0-9/])")
_YEAR_BEFORE_SLASH = re.compile(r"(?<![0-9/])(?:1[5-9]|20)[0-9]{2}/$")
_MONTH_SLASH = re.compile(rf"\b{or_regex(MONTHS)}\.?/$")

# Two dates joined into one period: "from April 1996 until December 1997",
# "(November 1994 to November 1995)", "between 1995 and 2017". Asking for one end
# alone would be half an answer.
_RANGE_LINK = re.compile(r",?\s*(?:through\s+to|and\s+(?:until|till|through)|to|until|till|through|thru|and|[-–—])\s*"
                         r"(?:(?<=l )(?:his|her|their)\s+(?:death|retirement)\s+in\s+)?")  # "until his death in 1948"
_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Ff]or|[Dd]uring|[Tt]he)\s+(?:the\s+)?$")  # "in the 2015 and 2016 Fiscal Year"
_RANGE_OPEN = re.compile(r"(?:\b(?:[Ff]rom|[Bb]etween)\s+|\()$")


def _join_ranges(text: str, facts: list[Fact]) -> list[Fact]:
    def join(first: Fact, second: Fact) -> Fact | None:
        link = _RANGE_LINK.fullmatch(text, first.end, second.start)
        if not link or second.sentence_start != first.sentence_start:
            return None
        opener = _RANGE_OPEN.search(text, max(first.sentence_start, first.start - 10), first.start)
        words = link.group().strip(" ,\n\t").split()
        word = words[-1] if words[0] == "and" and len(words) > 1 else words[0]  # ("starting in X and until Y")
        if "," in link.group() and not opener:
            return None  # "in May 1990, to ...": a comma links only after "from" ("from September 22, 1817, until ...")
        full_dates = len(first.value) == len(second.value) == 10  # "7 November 1867 – 4 July 1934"
        # "in 2011 and 2012, by initiating ...": one answer; asking for one year would be half of it
        years_in = (word == "and" and first.rule == second.rule == "year"
                    and _IN_BEFORE.search(text, max(0, first.start - 12), first.start))
        if not (opener or years_in or word in ("to", "until", "till", "through", "thru")
                or (full_dates and word in ("-", "–", "—"))):
            return None
        if word == "and" and not years_in and not (opener and opener.group().lower().startswith("between")):
            return None
        return first.model_copy(update={
            "answer": text[first.start : second.end], "end": second.end,
            "value": f"{first.value}/{second.value}", "rule": "date-range"})

    return join_pairs(facts, join)
