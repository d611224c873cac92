"""Acronyms the text defines: "Long Form (LF)", "LF (Long Form)", "Long Form, LF", "Long Form or LF" and "LF, which
stands for Long Form".

The expansion must spell the acronym: its words' initials (and the initials of
hyphenated parts, "Anti-Terror") give the letters in order (an acronym of five letters or more
may take a word's first two or three letters: "ARmy" in ARCIC), function words may be
skipped ("Organisation of Islamic Conference"), and at most one other word may
go unused ("Confidence-Building Measures in Asia" in CICA); a list of words that give
one letter each may be separated by commas ("Plankton, Aerosol, Cloud, ocean Ecosystem
(PACE)"). Parentheses that
hold a year, a cross-reference or an unmatched short form define nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..data import FUNCTION_WORDS
from ..models import Document, Fact, Sentence
from ._spans import SentenceIndex, filter_spans

__all__ = ["find_acronyms", "match_expansion"]

# A parenthesised short form: 2-10 characters, at least two capitals, maybe a plural "s".
_PAREN_SHORT = re.compile(
    r"""
    \(\s*
    (?P<short>[A-Z](?:[A-Za-z&]|\.(?=[A-Z])|-(?=[A-Z]{2})){1,9}?)   # CSTO, RATS, DoD, U.N, USC-ISI
    (?P<plural>s|’s|'s)?                              # EVAs, MMU’s
    (?:\s+[a-z]{2,12}s)?                              # "(ARPA funds)": the short form and the plural it modifies
    \s*(?:[,;]\s*(?:see|cf\.?|formerly|also|now|i\.e\.|e\.g\.)\b[^()]{0,120})?  # "(CWI, see https://...)"
    \)
    """,
    re.VERBOSE,
)
# A short form followed by its long form in parentheses: "LF (Long Form)".
_SHORT_THEN_LONG = re.compile(
    r"""
    \b(?P<short>[A-Z][A-Za-z&]{1,9})       # the short form
    \s+\(\s*(?:(?:short(?:hand)?|an?\s+acronym|an?\s+abbreviation)\s+for\s+|stand(?:s|ing)\s+for\s+)?  # "FI (short for
    ["“‘']?(?P<long>[A-Z][^()"“”]{3,120}?)["”’']?\s*\)  # "Forms Interpreter")": its expansion, capitalised
    """,
    re.VERBOSE,
)
# "Mobile Landing Platform, MLP": the Congressional Record's way, a comma instead of parentheses.
_COMMA_SHORT = re.compile(r",\s+(?P<short>[A-Z]{2,8})(?![\w&-]|\.[A-Za-z])")
# "Tor, which stood for The Onion Routing", "Caml" was originally an acronym for ...": the short form, then what it
# stands for a few words on
_STANDS_FOR = re.compile(r"[\"“]?\b(?P<short>[A-Z][A-Za-z]{1,9})\b[\"”]?(?:,\s+which|\s+(?:was|is)(?:\s+originally)?)\s+"
                         r"(?P<lead>(?:stood|stands|stand)\s+for|an\s+(?:acronym|abbreviation)\s+for)\s+")
# "... Trade Agreement or CSSTA": the short form after "or", ending there
# (starting only right after a word: from inside a run of blank lines "\s+" would rescan the run at each start)
_OR_SHORT = re.compile(r"(?<=[^\s,]),?\s+or\s+(?P<short>[A-Z]{3,8})(?![\w&-]|\.[A-Za-z])")
_HEAD_OF = re.compile(r"\b(Department|Ministry|Office|Bureau)\s+of\s+(?:the\s+)?$")
_LAW_YEAR = re.compile(r"(?:(?<=Act)|(?<=Law)|(?<=Code)|(?<=Treaty))\s+of\s+(?:1[6-9]|20)[0-9]{2}\s*$")
_WORDS = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")  # "U.S.", "Anti-Terror"
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_MAX_SKIPPED = 1


def _letters(short: str) -> str:
    return "".join(ch for ch in short if ch.isalpha()).upper()


def _is_short_form(short: str) -> bool:
    """Early returns, each with its reason."""
    letters = _letters(short)
    if len(letters) < 2:
        return False  # "(A)" is a list label
    if sum(ch.isupper() for ch in short) < 2:
        return False  # "(Paris)", "(See)" are words
    if short.isupper() is False and sum(ch.isupper() for ch in short) < len(letters) / 2:
        return False  # "(McDonald)" is a name
    return True


@lru_cache(maxsize=4096)
def _align(letters: str, words: tuple[str, ...]) -> int | None:
    """Fewest skipped content words for `words` to spell `letters` from the first word, or None."""

    @lru_cache(maxsize=None)
    def best(li: int, wi: int) -> int | None:
        if li == len(letters):
            # Remaining words may only be function words.
            rest = words[wi:]
            return 0 if all(w.lower() in FUNCTION_WORDS for w in rest) else None
        if wi == len(words):
            return None
        word = words[wi]
        options: list[int] = []
        if _INITIALISM.fullmatch(word):  # "U.S." gives its letters in a row: USAID
            own = word.replace(".", "")
            r = best(li + len(own), wi + 1) if letters.startswith(own, li) else None
            return r if r is not None else (None if li == 0 else _skip(li, wi))
        parts = word.split("-")
        # Match the word's initial, then optionally the initials of its hyphen parts.
        if parts[0][:1].upper() == letters[li]:
            li2 = li + 1
            r = best(li2, wi + 1)
            if r is not None:
                options.append(r)
            # A long acronym may take a word's first syllable: "ARmy" in ARCIC, "TRAining and DOCtrine"
            # in TRADOC. Only where the acronym has at least five letters, so short ones stay strict.
            if len(letters) >= 5:
                for k in (2, 3):
                    if len(parts[0]) > k + 1 and letters.startswith(parts[0][:k].upper(), li):
                        r = best(li + k, wi + 1)
                        if r is not None:
                            options.append(r)
            for part in parts[1:]:
                if li2 < len(letters) and part[:1].upper() == letters[li2]:
                    li2 += 1
                    r = best(li2, wi + 1)
                    if r is not None:
                        options.append(r)
                else:
                    break
        if word.lower() in FUNCTION_WORDS:
            r = best(li, wi + 1)
            if r is not None:
                options.append(r)
        elif li > 0:  # the first word must match; later ones may be skipped
            r = best(li, wi + 1)
            if r is not None:
                options.append(r + 1)
        return min(options) if options else None

    def _skip(li: int, wi: int) -> int | None:
        r = best(li, wi + 1)
        return None if r is None else r + 1

    return best(0, 0)


def match_expansion(short: str, words: Sequence[str]) -> int | None:
    """How many trailing `words` spell `short` (shortest fitting tail wins), or None.

    The tail must start with a word whose initial is the first letter, and skip
    at most one content word.
    """
    letters = _letters(short)
    n = len(letters)
    limit = min(len(words), 2 * n + 3)
    best_len: int | None = None
    for size in range(1, limit + 1):
        tail = tuple(words[len(words) - size :])
        if tail[0].lower() in FUNCTION_WORDS:
            continue
        skipped = _align(letters, tail)
        if not tail[0][:1].isupper():
            # "chief executive officer (CEO)": lower case only when every word gives one letter
            # ("full-time equivalents (FTE)": a hyphenated word's parts give a letter each)
            # ("time-based one-time password (TOTP)": a hyphenated word may give one letter or one per part)
            if skipped == 0 and len(tail) <= n <= sum(len(w.split("-")) for w in tail) and short.isupper() and not any(
                    w.lower() in FUNCTION_WORDS for w in tail):
                best_len = size
            continue
        if skipped is not None and skipped <= _MAX_SKIPPED:
            best_len = size
            if skipped == 0:
                break
    return best_len


def _fact(document: Document, sentence: Sentence, start: int, end: int, short: str,
          expansion: str, rule: str) -> Fact:
    return Fact(kind="acronym", answer=document.text[start:end], start=start, end=end,
                sentence_start=sentence.start, sentence_end=sentence.end,
                value=expansion, rule=rule, subject=short, detail=expansion)


def _listed_words(text: str, before: list[re.Match[str]], end: int) -> list[re.Match[str]]:
    """The words right before `end` that a space or a comma separates."""
    words: list[re.Match[str]] = []
    for w in reversed(before):
        gap = text[w.end() : words[0].start() if words else end]
        if gap.strip() not in ("", ","):
            break
        words.insert(0, w)
    return words


def _words_before(text: str, start: int, end: int, limit: int = 0) -> list[re.Match[str]]:
    """The words right before `end` (from `start` on), back while one space parts them; the last may touch `end`.
    At most `limit` of them, if given."""
    words: list[re.Match[str]] = []
    for w in reversed(list(_WORDS.finditer(text, start, end))):
        gap = text[w.end() : words[0].start() if words else end]
        if gap != " " and (words or gap):
            break
        words.insert(0, w)
        if len(words) == limit:
            break
    return words


def find_acronyms(document: Document, sentences: Sequence[Sentence]) -> list[Fact]:
    text = document.text
    index = SentenceIndex(sentences)
    facts: list[Fact] = []
    seen: set[str] = set()
    for m in _PAREN_SHORT.finditer(text):
        short = m.group("short")
        if not _is_short_form(short):
            continue
        sentence = index.containing(m.start(), m.end())
        if sentence is None:
            continue
        # "Medicare Access and Chip Reauthorization Act of 2015 (MACRA)": a law's year stands between
        year = _LAW_YEAR.search(text, max(sentence.start, m.start() - 12), m.start())
        long_end = year.start() if year else m.start()
        before = list(_WORDS.finditer(text, max(sentence.start, m.start() - 300), long_end))
        # Only words right before the parenthesis: a comma or other break ends the long form.
        words = []
        for w in reversed(before):
            gap = text[w.end() : words[0].start() if words else long_end]
            if gap.strip() not in ("", "&"):
                break  # ("Centers for Medicare & Medicaid Services (CMS)": an ampersand joins like "and")
            words.insert(0, w)
        size = match_expansion(short, [w.group() for w in words])
        if size is None and len(_letters(short)) >= 3:
            # "Plankton, Aerosol, Cloud, ocean Ecosystem (PACE)": a list of words, one letter each
            listed = _listed_words(text, before, m.start())
            n = len(_letters(short))
            # One content word may go unused ("ocean" in PACE), and an "and" before the last item is free
            # ("Science, Technology, Engineering, and Mathematics (STEM)").
            for extra in (0, 1, 2):
                tail = listed[max(0, len(listed) - n - extra) :]
                skipped = _align(_letters(short), tuple(w.group() for w in tail)) if len(tail) >= n else None
                if (skipped is not None and skipped <= 1 and tail[0].group()[:1].isupper()
                        and "," in text[tail[0].end() : tail[-1].start()]):
                    words, size = tail, len(tail)
                    break
        if size is None or short in seen:
            continue
        first = words[len(words) - size]
        head = _HEAD_OF.search(text, max(sentence.start, first.start() - 24), first.start())
        if head and _letters(short)[0] != head.group(1)[0]:
            # "the Department of Health and Human Services (HHS)": the department's name is all of it
            first = next(w for w in words if w.start() >= head.start())
        expansion = re.sub(r"[’']s$", "", text[first.start() : words[-1].end()])  # "Department of Defense’s (DOD)"
        seen.add(short)
        start, end = m.start("short"), m.end("short")
        facts.append(_fact(document, sentence, start, end, short, expansion, "long-then-short"))
    for m in _SHORT_THEN_LONG.finditer(text):
        short, long = m.group("short"), m.group("long")
        if short in seen or not _is_short_form(short):
            continue
        sentence = index.containing(m.start(), m.end())
        if sentence is None:
            continue
        words = [w.group() for w in _WORDS.finditer(long)]
        size = match_expansion(short, words)
        if size is None or size != len(words):
            continue
        seen.add(short)
        facts.append(_fact(document, sentence, m.start("short"), m.end("short"), short, long.strip(),
                           "short-then-long"))
    for m in _COMMA_SHORT.finditer(text):
        # Stricter than in parentheses, where the brackets say a definition follows: every word right before
        # the comma gives one letter, in order, and none is a function word ("maritime prepositioning force
        # future, MPFF"; not "the space station, CCP" or "Science Mission Directorate, NASA").
        short = m.group("short")
        n = len(short)
        if short in seen:
            continue
        sentence = index.containing(m.start(), m.end())
        if sentence is None:
            continue
        words = _words_before(text, max(sentence.start, m.start() - 200), m.start(), limit=n)
        tail = tuple(w.group() for w in words)
        if (len(tail) != n or any(w.lower() in FUNCTION_WORDS or w.isupper() or "-" in w for w in tail)
                or "".join(w[0] for w in tail).upper() != short):
            continue
        seen.add(short)
        expansion = text[words[0].start() : words[-1].end()]
        facts.append(_fact(document, sentence, m.start("short"), m.end("short"), short, expansion, "long-comma-short"))
    for m in _OR_SHORT.finditer(text):
        # "It's called the Cross-Strait Service and Trade Agreement or CSSTA": a name, then "or" and its initials.
        # Strict as the comma's: three capitals at least, a name in capitals word by word, every letter from it.
        short = m.group("short")
        if short in seen:
            continue
        sentence = index.containing(m.start(), m.end())
        if sentence is None:
            continue
        words = _words_before(text, max(sentence.start, m.start() - 200), m.start())
        size = match_expansion(short, [w.group() for w in words])
        tail = [w.group() for w in words[len(words) - size :]] if size else []
        if (not tail or _align(short, tuple(tail)) != 0
                or not all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in tail)):
            continue
        seen.add(short)
        expansion = text[words[len(words) - size].start() : words[-1].end()]
        facts.append(_fact(document, sentence, m.start("short"), m.end("short"), short, expansion, "long-or-short"))
    for m in _STANDS_FOR.finditer(text):
        # "Roger called the project Tor, which stood for The Onion Routing", "\"Caml\" was originally an acronym for
        # Categorical Abstract Machine Language": the long form is the words after, as many as spell the short one
        short = m.group("short")
        if short in seen:
            continue  # (a name as "Caml" or "Tor" qualifies: the long form must spell it, in capitals, word by word)
        sentence = index.containing(m.start(), m.end())
        if sentence is None:
            continue
        words = list(_WORDS.finditer(text, m.end("lead"), min(sentence.end, m.end("lead") + 200)))
        letters = _letters(short)
        size = next((k for k in range(len(letters), min(len(words), 2 * len(letters) + 3) + 1)
                     if words[k - 1].group().lower() not in FUNCTION_WORDS
                     and all(text[a.end() : b.start()] == " " for a, b in zip(words[: k - 1], words[1:k]))
                     and _align(letters, tuple(w.group() for w in words[:k])) == 0), None)
        if size is None or not all(w.group()[:1].isupper() or w.group().lower() in FUNCTION_WORDS
                                   for w in words[:size]):
            continue
        seen.add(short)
        expansion = text[words[0].start() : words[size - 1].end()]
        facts.append(_fact(document, sentence, m.start("short"), m.end("short"), short, expansion, "short-stands-for"))
    return filter_spans(facts)
