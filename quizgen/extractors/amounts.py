"""Amounts: money with currency and scale, percentages, and counts with what they count.

"$600 million", "US$ 1.2bn", "€40 billion", "5 million dollars", "12.5%",
"more than 2,500 troops", "eight training centres", "all six member states".
A hedge before the number ("about", "more than") is kept in the answer, since
the source claims no more precision than that. Values are exact `Decimal`s
written as strings: "600000000 USD", "12.5 %", "2500 troops".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from ..data import (CURRENCY_SYMBOLS, CURRENCY_WORDS, FUNCTION_WORDS, IRREGULAR_PLURALS, NUMBER_WORDS, QUALIFIERS,
                    SCALE_FACTOR, SCALES, TIME_UNITS, TO_A_COUNT, or_regex)
from ..lexicon import lemmas
from ..models import Document, Fact, Sentence, trusted
from ._spans import SentenceIndex, filter_spans, join_pairs, scan

__all__ = ["find_amounts", "AMOUNT_PATTERN", "parse_number"]

# At most 15 digits: a longer run is a serial number or garbage, and huge numbers
# make Decimal arithmetic and formatting slow.
_NUM = r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,15})(?:\.[0-9]{1,6}|[¼½¾⅓⅔⅛⅜⅝⅞])?(?![0-9])"  # "4½"
_FRACTIONS = {"¼": "0.25", "½": "0.5", "¾": "0.75", "⅓": "0.333333", "⅔": "0.666667", "⅛": "0.125", "⅜": "0.375",
              "⅝": "0.625", "⅞": "0.875"}
_WORDNUM = or_regex(NUMBER_WORDS) + r"(?:[\s-]+(?:" + or_regex(NUMBER_WORDS) + r")){0,2}"  # ("twenty-five hundred")
_SYMBOL = or_regex(k for k in CURRENCY_SYMBOLS if not k.replace(".", "").isalpha())
_CODE = or_regex(k for k in CURRENCY_SYMBOLS if k.replace(".", "").isalpha())  # (USD, Rs, Rs.)
_SCALE = or_regex(SCALES)
_CURWORD = or_regex(CURRENCY_WORDS)

_ROUND = r"(?:a|one)\s+(?:hundred|thousand|million|billion)"  # a round figure in words: "a thousand", "one million"
_ROUND_SIZE = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_YEAR_AHEAD = r"(?:1[5-9]|20)[0-9]{2}(?:\s+to\s|\s*[-–])"  # "FY 2022 to 98 percent", "2013-2017": years
AMOUNT_PATTERN = re.compile(
    rf"""
    (?P<money_range>                                # $60-70 million, $3–5 billion, $1.2 to $1.5 billion
        (?<![A-Za-z0-9])(?<![Ff]rom\s)(?P<rsym>{_SYMBOL})\s?(?P<m1>{_NUM})(?:\s*(?P<ms1>{_SCALE})\b)?
        (?:\s*[-–]\s*(?:(?P=rsym)\s?)?|\s+to\s+(?P=rsym)\s?)  # ("from $1 to $2 billion" is a change)
        (?P<m2>{_NUM})(?:\s*(?P<ms2>{_SCALE})\b|(?P<ms2k>(?-i:[kKMB]))\b)?  # ("$20–30k": thousands, both ends)
    )
    |(?P<money_sym>                                  # $600 million, US$ 1.2bn, €40 billion, $5m
        (?<![A-Za-z0-9])(?P<sym>{_SYMBOL})\s?(?P<n1>{_NUM})
        (?:\s*(?P<s1>{_SCALE})\b|(?P<s1m>m)\b|(?P<s1k>k)\b|(?P<s1b>b)\b)?  # "$5m", "£10K", "US$7B"
        (?:\s(?-i:USD)\b)?                            # "$224,000 USD": the code says the sign again
    )
    |(?P<money_code>                                # USD 5 million
        \b(?P<code>{_CODE})\s?(?P<n2>{_NUM})(?:\s+(?P<s2>{_SCALE})\b)?
    )
    |(?P<money_after>                               # 817.283,02 €, 58.986 €, 0,12 €: a sum written the continental way
        (?P<neg>(?<![\w.,])-)?(?<![0-9.,$€£¥₹₽₸])\b(?P<n5>[0-9]{{1,3}}(?:\.[0-9]{{3}})+(?:,[0-9]{{1,2}})?|[0-9]+(?:,[0-9]{{1,2}})?)\s?(?P<sym5>€)(?![0-9])
    )
    |(?P<pct_range>                                 # 30–50%, 10 to 15 percent, between 20 and 30 percent
        (?<![0-9.,])(?<![Ff]rom\s)\b(?!{_YEAR_AHEAD})
        (?:(?<=[Bb]etween\s)(?P<r1b>{_NUM})\s+and\s+|(?P<r1>{_NUM})%?(?:\s*[-–]\s*|\s+to\s+))
        (?P<r2>{_NUM})\s*(?:%|\bper\s?cent\b|\bpercent\b)
    )
    |(?P<count_range>                               # 40-50 people, 3,500 to 4,000 troops
        (?<![0-9.,$€£¥₹₽₸-])(?<![Ff]rom\s)\b(?!{_YEAR_AHEAD})(?:(?P<c1>{_NUM})(?:\s*[-–]\s*|\s+to\s+)(?P<c2>{_NUM})
          |(?P<cw1>{_WORDNUM}|one)\s+to\s+(?P<cw2>{_WORDNUM})\b)  # "two to three months", "one to three years"
        (?![0-9]|[.,%][0-9])(?:\s+(?P<cs>{_SCALE})\b)?(?!\s*(?:%|per\s?cent\b|percent\b))
    )
    |(?P<num>                                       # 5 million dollars, 12.5%, 2,500 troops
        (?:(?<=\()(?P<sign3>[-−+])(?=[0-9][0-9.,]*\s*%\))|(?<![0-9.,$€£¥₹₽₸-]))  # "(-37%)": a change's sign
        (?:\b(?P<n3>{_NUM})|\b(?P<w3>{_ROUND}|{_WORDNUM})\b)  # ("more than a thousand contributors")
        (?![0-9]|[.,][0-9])
        (?:\s+(?P<s3>{_SCALE})\b|(?P<s3m>(?-i:[MBK]))(?=\+?\s+[a-z]))?  # "9M source code downloads", "250K users"
        (?P<plus>\+(?![\s+]*%)|-plus\b)?  # "7,000+ pull requests", "the 39,000-plus merged pull requests": at least
        (?:
            \s*(?P<pct>\+?%|\bper\s?cent\b|\bpercent\b)  # ("a 400+% increase")
          | \s+(?P<cur>{_CURWORD})\b
        )?
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

_NEGATED = re.compile(r"\b(?:no|not)\s+$", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(r"\b(?P<q>" + or_regex(QUALIFIERS) + r")\s+$", re.IGNORECASE)
_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*|[0-9]+[A-Za-z]?)(?![\w,.][0-9])")
_MODIFIER_COMMA = re.compile(r",(?=\s+[a-z])")
_NOT_PLURAL = frozenset("news physics economics politics this its his has was is as us thus less "
                        "across various previous famous serious numerous".split())
# "the two leaders", "our three pillars": a reference to things already named, no count.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|our|its|their|these|those|his|her|my|your|both)\s+$", re.IGNORECASE)
_AFTER_DURATION = re.compile(r"\s+(?:later|earlier|ago|before|after)\b", re.IGNORECASE)
_NAMED_SERIES = re.compile(r"\b[A-Z][a-z]+\s+[0-9]{1,3}\s*(?:,|and|or|to|[-–])\s*$")  # "Priority 1 and 2"
_NAME_BEFORE = re.compile(r"(?<=[a-z,;:] )[A-Z][A-Za-z]+\s+$")  # a capitalised word inside the sentence
_DURATION_BEFORE = re.compile(r"\b(?:past|last|next|following|first|recent|coming|previous)\s+$", re.IGNORECASE)
_LOOKBACK = 24
_SPREAD = re.compile(r"\b(?:spread|distributed|scattered|split|divided|stretched|extended)\s+$", re.IGNORECASE)
_TO_COUNT = re.compile(r"(?:[MBK]\+?)?\s+to\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?[0-9][0-9,.]*(?:[MBK]\+?)?"
                       r"\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?s)\b")
_FROM_COUNT = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?(?:[0-9][0-9,]*|" + or_regex(NUMBER_WORDS)
                         + r")\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?s)\s+to\s+$", re.IGNORECASE)
# A total named before its number: "the membership total to 15", "membership stands at 27", "the number of
# members rose to 12" (the number ends its clause).
_TOTAL_BEFORE = re.compile(
    r"\b(?P<what>membership|headcount|enrol(?:l)?ment|population|workforce|staff|total|number\s+of\s+[a-z]+)"
    r"(?:\s+[a-z-]+){0,2}?\s+(?:(?:stands?|stood|rose|rises|risen|grew|grows|fell|falls|reached|reaches|was|is|"
    r"increased|decreased|climbed|dropped)\s+)?(?:to|at|of)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"\s*(?:[.;:,)]|$|\s+(?:in|by|as|and|after|when)\b)")
# "two thirds", "three-quarters": a share written as a fraction, answered whole
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_ONE_FRACTION = re.compile(r"[Oo](?<!\w.)ne[\s-](third|quarter|fifth|sixth|eighth|tenth)\b(?!s)")
_FRACTION_AFTER = re.compile(r"[\s-]+(" + "|".join(sorted(_DENOMINATORS, key=len, reverse=True)) + r")\b",
                             re.IGNORECASE)
# Where an amount can open: a currency sign, a digit, a currency code; spelled-out
# numbers are looked up by `scan` with str.find. The pattern opens with one character
# class and checks what came before after it, so `re` skips ahead to candidates.
_STARTS = re.compile(
    r"[$€£¥₹₽₸0-9UEGIRueg+−-]"
    r"(?:(?<=[$€£¥₹₽₸0-9])(?<![0-9.,].)"
    r"|(?<=-)(?<![\w.,]-)(?=[0-9][0-9.,]*\s?€)"  # ("-57.071,46 €": a deficit)
    r"|(?<=\([-−+])(?=[0-9][0-9.,]*\s*%\))"  # ("(-37%)": a change with its sign)
    r"|(?<=[UEGIRueg])(?<![A-Za-z].)(?:(?<=U)SD?|(?<=E)UR|(?<=G)BP|(?<=I)NR|(?<=R)s(?=\.?\s?[0-9])|(?<=u)sd|(?<=e)ur"
    r"|(?<=g)bp)\b"
    r"|(?<=U)(?=S\s?\$))"
)
# ("one to three years": a range opening on "one"; "a thousand", "one million": a round figure)
_NUMBER_WORD_LIST = (*NUMBER_WORDS, "one to ", *(f"{a} {w}" for a in ("a", "one") for w in _ROUND_SIZE))
_SECOND_OF_PAIR = re.compile(rf"(?:\b{or_regex([*NUMBER_WORDS, 'one'])}|(?<![0-9.,])[0-9]{{1,3}}(?:,[0-9]{{3}})*)\s+(?:or|to)\s+$",
                             re.IGNORECASE)  # ("FY 2022 to 98 percent": a year is no first half)


def parse_number(raw: str) -> Decimal | None:
    """'2,500' -> 2500, 'forty-two' -> 42, 'six' -> 6."""
    raw = raw.strip()
    if raw[-1:] in _FRACTIONS:  # "4¼" -> 4.25
        whole = parse_number(raw[:-1]) if raw[:-1] else Decimal(0)
        return None if whole is None else whole + Decimal(_FRACTIONS[raw[-1]])
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        pass
    words = raw.lower().split()
    if len(words) == 2 and words[0] in ("a", "one") and words[1] in _ROUND_SIZE:
        return Decimal(_ROUND_SIZE[words[1]])
    total = 0
    for part in re.split(r"[\s-]+", raw.lower()):
        if part not in NUMBER_WORDS:
            return None
        n = NUMBER_WORDS[part]
        total = total * n if part in ("hundred", "dozen") and total else total + n  # ("two dozen": 24)
    return Decimal(total)


def _is_plural_noun(word: str) -> bool:
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return True
    if w in _NOT_PLURAL or w in FUNCTION_WORDS or len(w) < 3:
        return False
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def _is_title_plural(word: str) -> bool:
    """A capitalised plural of a dictionary noun ("Experts", "Fellows"), not a name ("Hughes", "Williams")."""
    w = word.lower()
    if not _is_plural_noun(word.lower()) or not word[1:].islower():
        return False
    nouns = lemmas(w).get("NOUN", ())
    return bool(nouns) and w not in nouns and len(lemmas(w)) == 1  # (only a noun: "Reports" may be a verb)


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")


_WORD_BEFORE = re.compile(r"\b([A-Z][A-Za-z]+)\s+$")


def _named_again(text: str, start: int, number: str) -> bool:
    """Whether a capitalised word and the number after it are a name the text uses again and again: "Leap 16 ships
    with the new Agama installer" in an announcement of Leap 16 (not "More than 300 ...": "More 300" recurs nowhere)."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(m) and text.count(f"{m.group(1)} {number}") >= 3


def _counted_noun(text: str, pos: int, limit: int) -> tuple[int, str] | None:
    """End offset and words of the noun phrase a count counts: up to three modifiers, then a plural.

    The plural is a lower-case word ("Hughes" is a name, not "hughes" things); a
    plural right after it extends it ("communications satellites").
    """
    words: list[str] = []
    content = 0
    while content < 4:
        joined = words and words[-1].islower() and words[-1] not in ("and", "or") and not _is_plural_noun(words[-1])
        comma = _MODIFIER_COMMA.match(text, pos, limit) if joined else None
        if comma:
            words[-1] += ","  # "more than 300 web, desktop, and mobile applications": modifiers in a list
            pos = comma.end()
        m = _WORD.match(text, pos, limit)
        if not m:
            return None
        word = m.group(1)
        if word in ("and", "or") and joined and (after := _WORD.match(text, m.end(), limit)) and after.group(1).islower():
            words.append(word)  # "50 affiliated and sponsored projects": two modifiers of one plural
            pos = m.end()
            continue
        content += 1
        if word.lower() in FUNCTION_WORDS:
            return None
        words.append(word)
        pos = m.end()
        if word.lower() in TIME_UNITS and word.islower():
            return pos, " ".join(words)
        if _ACRONYM_PLURAL.fullmatch(word) and len(words) == 1:
            return pos, word  # "88 RFCs merged", "300 APIs": the plural of an abbreviation
        if word[:1].isupper() and all(w[:1].isupper() for w in words) and _is_title_plural(word):
            return pos, " ".join(words)  # "over 200 Digital Service Experts": a title-case plural of a common noun
        if word.islower() and _is_plural_noun(word):
            nxt = _WORD.match(text, pos, limit)
            if nxt and nxt.group(1).islower() and _is_plural_noun(nxt.group(1)) and nxt.group(1) != "thanks":
                # ("122 GitHub repositories thanks to ...": "thanks to" is a preposition)
                words.append(nxt.group(1))
                pos = nxt.end()
            return pos, " ".join(words)
    return None


def _format_value(n: Decimal, scale: str | None) -> Decimal:
    factor = SCALE_FACTOR.get((scale or "").lower(), 1)
    return (n * factor).normalize()


def _plain(d: Decimal) -> str:
    return format(d, "f")


def find_amounts(document: Document, sentences: Sequence[Sentence]) -> list[Fact]:
    text = document.text
    index = SentenceIndex(sentences)
    facts: list[Fact] = []
    for m in scan(AMOUNT_PATTERN, _STARTS, text, _NUMBER_WORD_LIST):
        sentence = index.containing(m.start(), m.end())
        if sentence is None:
            continue
        if text[m.start() - 1 : m.start()] == "/" or re.match(r"/[0-9]", text[m.end() : m.end() + 2]):
            continue  # "the 9/11 commission", "24/7": part of a name or a ratio, no amount
        g = m.group
        start, end = m.start(), m.end()
        subject = ""
        if g("pct_range"):
            low, high = parse_number(g("r1") or g("r1b")), parse_number(g("r2"))
            if low is None or high is None or low >= high:
                continue  # no range from high to low
            rule, value = "percent-range", f"{_plain(low)}-{_plain(high)} %"
        elif g("money_range"):
            low, high = parse_number(g("m1")), parse_number(g("m2"))
            currency = CURRENCY_SYMBOLS[g("rsym").upper()]
            if low is None or high is None:
                continue
            short = {"k": "thousand", "K": "thousand", "M": "million", "B": "billion"}.get(g("ms2k") or "")
            low_scale, high_scale = g("ms1") or g("ms2") or short, g("ms2") or short or g("ms1")
            if _format_value(low, low_scale) >= _format_value(high, high_scale):
                continue  # no range from high to low
            rule = "money-range"
            value = f"{_plain(_format_value(low, low_scale))}-{_plain(_format_value(high, high_scale))} {currency}"
        elif g("count_range"):
            first = g("c1") or g("cw1")
            low = Decimal(1) if first.lower() == "one" else parse_number(first)
            high = parse_number(g("c2") or g("cw2"))
            if low is None or high is None or low >= high:
                continue  # "10-4" is no range
            counted = _counted_noun(text, end, sentence.end)
            if counted is None or _DEFINITE_BEFORE.search(text, max(0, start - _LOOKBACK), start):
                continue
            noun_end, subject = counted
            if subject.split()[-1].lower() in TIME_UNITS:
                if _DURATION_BEFORE.search(text, max(0, start - _LOOKBACK), start):
                    continue  # "the past 10-15 years"
                rule, end, subject = "duration-range", noun_end, ""  # "10-15 years", answered with its unit
            else:
                rule = "count-range"
            scale = g("cs")
            value = f"{_plain(_format_value(low, scale))}-{_plain(_format_value(high, scale))} {subject}".strip()
        elif g("money_after"):
            number = parse_number(g("n5").replace(".", "").replace(",", "."))
            if number is None:
                continue
            if g("neg"):
                number = -number
            rule, value = "money", f"{_plain(number)} {CURRENCY_SYMBOLS[g('sym5')]}"
        elif g("money_sym") or g("money_code"):
            number = parse_number(g("n1") or g("n2"))
            currency = CURRENCY_SYMBOLS[re.sub(r"\s+", " ", g("sym") or g("code")).upper()]
            scale = g("s1") or ("million" if g("s1m") else "thousand" if g("s1k") else "billion" if g("s1b") else None) or g("s2")
            if number is None:
                continue
            rule, value = "money", f"{_plain(_format_value(number, scale))} {currency}"
        else:
            raw = g("n3") or g("w3")
            if re.search(r"\b(?:Table|Figure|Fig\.|Chart|Exhibit|Appendix|Section|Chapter|Part|Volume|Vol\.)\s+$",
                         text[max(sentence.start, start - 12) : start]):
                continue  # "Table 1 presents ...": the number of a table names it
            if text[start - 1 : start] == "#":
                continue  # "a comment made ... on bug #140286": a number that names a bug, an issue, a ticket
            if (g("n3") and "." in g("n3") and not g("pct") and not g("cur")
                    and re.search(r"(?<![\w.])[A-Z][\w+#-]*\s+(?:[Vv](?:ersion)?\s*)?$", text[max(sentence.start, start - 30) : start])
                    and not re.match(r"\s*(?:million|billion|trillion|percent|per\s?cent)\b", text[end : end + 12])):
                continue  # "Kubernetes 1.5 introduces ...", "PHP 5.3": a release's number names it
            if text[start - 1 : start] in ('"', "“") and re.match(r"\s+[A-Z]", text[end : end + 2]):
                continue  # the Industry Standard's "100 Companies That Matter": a number in a title
            if g("w3") and raw[0].isupper() and re.search(r"[a-z,] $", text[max(sentence.start, start - 2) : start]):
                continue  # "The ASF announces Ten Years of Apache": a capitalised number word inside a sentence is a name's
            if raw.lower() == "dozen" and text[max(0, start - 2) : start].lower() == "a ":
                continue  # "more than a dozen organizations": a rough size, no figure to learn
            if _SECOND_OF_PAIR.search(text, max(sentence.start, start - _LOOKBACK), start):
                continue  # "the first two or three years", "every twelve to eighteen months": half of a span
            number = parse_number(raw)
            if number is None:
                continue
            scale = g("s3") or {"M": "million", "B": "billion", "K": "thousand"}.get(g("s3m") or "")
            if g("s3m") and not g("cur") and _counted_noun(text, end, sentence.end) is None and not (
                    text[max(0, start - 5) : start].lower() == "from " and _TO_COUNT.match(text, end, sentence.end)):
                continue  # "9M" with no noun after it: a name ("3M Company") as likely as a figure
            if g("pct"):
                rule, value = "percent", f"{_plain(-number if g('sign3') in ('-', '−') else number)} %"
            elif g("cur"):
                currency = CURRENCY_WORDS[g("cur").lower()]
                if currency.endswith("/100"):  # "9 cents": a sum in hundredths of the currency
                    currency, number = currency[:-4], number / 100
                rule, value = "money", f"{_plain(_format_value(number, scale))} {currency}"
            elif (g("w3") or number < 20) and not scale and (frac := _FRACTION_AFTER.match(text, end)) and (
                    number < _DENOMINATORS[frac.group(1).lower()]):
                end = frac.end()  # "more than two thirds of the UK's biggest 100 energy companies"
                rule, value = "fraction", f"{_plain(number)}/{_DENOMINATORS[frac.group(1).lower()]}"
            elif text[max(0, start - 4) : start].lower() == "age " and number < 130 and not (
                    start > 4 and text[start - 5].isalpha()):  # (not "an average two-year span")
                start -= 4
                rule, value = "age", _plain(number)  # "At age 28": an age, answered with its word
            else:
                counted = _counted_noun(text, end, sentence.end)
                if counted is None and not scale and (m_from := _FROM_COUNT.search(text, max(sentence.start, start - 60), start)):
                    # "went from four full-time employees to nine": the second figure counts the first one's noun
                    counted = (end, m_from.group("noun"))
                if counted is None and text[max(0, start - 5) : start].lower() == "from " and (
                        m_to := _TO_COUNT.match(text, end, sentence.end)):
                    # "has grown from 80.3M to 115M addressable users": the first figure counts the second one's noun
                    counted = (end, m_to.group("noun"))
                total = _TOTAL_BEFORE.search(text, max(sentence.start, start - 48), start) if counted is None else None
                if total and _CLAUSE_AFTER.match(text, end) and not scale:
                    # "raising the membership total to 15", "Current membership stands at 27": a total, what it
                    # counts named before it
                    rule, value, subject = "count", f"{_plain(number)} {total.group('what').lower()}", ""
                elif counted is None:
                    # A bare number is worth asking about only when it is large
                    # and written with separators ("exceeds 2,000").
                    if not (g("n3") and "," in g("n3")) and not scale:
                        continue
                    rule, value = "number", _plain(_format_value(number, scale))
                else:
                    noun_end, subject = counted
                    last = subject.split()[-1].lower()
                    if last in TIME_UNITS and (_DURATION_BEFORE.search(text, max(0, start - _LOOKBACK), start)
                                               or _AFTER_DURATION.match(text, noun_end)):
                        continue  # "the past two years", "two months later": a duration, no fact
                    if _DEFINITE_BEFORE.search(text, max(0, start - _LOOKBACK), start) and not g("plus"):
                        continue  # (but "the 39,000-plus merged pull requests they have made": a figure stated)
                    if g("n3") and (_NAME_BEFORE.search(text, max(sentence.start, start - _LOOKBACK), start)
                                    or _NAMED_SERIES.search(text, max(sentence.start, start - _LOOKBACK), start)
                                    or _named_again(text, start, g("n3"))):
                        continue  # "Hughes 376 satellites", "Boeing 747 jets", "Priority 1 and 2 sites": names
                    if g("n3") and re.fullmatch(r"(?:1[5-9]|20)[0-9]{2}", g("n3")) and not g("s3") and not (
                            TO_A_COUNT.search(text, max(sentence.start, start - _LOOKBACK), start)):
                        continue  # "1986 graduates" is more likely a year (not "defaulted to 2000 pages": a count)
                    rule, value = "count", f"{_plain(_format_value(number, scale))} {subject}"
                    if last in TIME_UNITS and len(subject.split()) == 1:
                        # A duration's unit belongs to the answer: "37 days", asked "How long ...?"
                        rule, end, subject = "duration", noun_end, ""
                        old = re.match(r"\s+old\b", text[end : end + 6])
                        if old:
                            rule, end = "age", end + old.end()  # "At 19 years old": an age, answered whole
        q = _QUALIFIER_BEFORE.search(text, max(sentence.start, start - _LOOKBACK), start)
        if q and not _NEGATED.search(text, max(sentence.start, q.start() - 6), q.start()) and not (
                q.group("q").lower() == "over" and _SPREAD.search(text, max(sentence.start, q.start() - 16), q.start())):
            start = q.start("q")  # (not "to no more than $2": the hedge there means the opposite; nor "spread over
            # 444 pull requests", where "over" is the verb's)
        facts.append(
            trusted(Fact, kind="amount", answer=text[start:end], start=start, end=end,
                 sentence_start=sentence.start, sentence_end=sentence.end,
                 value=value, rule=rule, subject=subject)
        )
    # "about one-third of providers": "one" counts nothing on its own, but before a fraction it is a share
    for m in _ONE_FRACTION.finditer(text):
        sentence = index.containing(m.start(), m.end())
        if sentence is None:
            continue
        start, end = m.start(), m.end()
        q = _QUALIFIER_BEFORE.search(text, max(sentence.start, start - _LOOKBACK), start)
        if q and not _NEGATED.search(text, max(sentence.start, q.start() - 6), q.start()):
            start = q.start("q")
        facts.append(trusted(Fact, kind="amount", answer=text[start:end], start=start, end=end,
                             sentence_start=sentence.start, sentence_end=sentence.end,
                             value=f"1/{_DENOMINATORS[m.group(1).lower()]}", rule="fraction", subject=""))
    return _join_between(text, filter_spans(facts))


_BETWEEN = re.compile(r"\b[Bb]etween\s+$")


def _join_between(text: str, facts: list[Fact]) -> list[Fact]:
    """"between 3,500 and 3,800 participants" is one answer: blanking one end would be half of it."""

    def join(first: Fact, second: Fact) -> Fact | None:
        same_kind = second.rule == first.rule and first.rule in ("number", "count", "money", "percent")
        if not (same_kind or (first.rule == "number" and second.rule == "count")):
            return None  # ("3,500 and 3,800 participants": the first number has no noun of its own)
        if second.sentence_start != first.sentence_start or text[first.end : second.start] != " and ":
            return None
        if not _BETWEEN.search(text, max(first.sentence_start, first.start - 8), first.start):
            return None
        return first.model_copy(update={
            "answer": text[first.start : second.end], "end": second.end,
            "value": f"{first.value.split()[0]}/{second.value}", "rule": f"{second.rule}-range",
            "subject": second.subject})

    return join_pairs(facts, join)
