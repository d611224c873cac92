"""Split a document's text into sentence spans.

Hand-written rather than a library: the well-kept splitters we measured either
split "Sept. 15" and "Nov. 2014" (blingfire), or run at 0.08-0.35 MB/s (pysbd,
syntok), far below the extraction goal. This one makes one pass over candidate
boundaries found by a single regex and decides each with a short chain of
rules, so its cost is linear in the text.

Boundaries: a blank line always; a single newline when the line before it is a
heading-like short line or ends in terminal punctuation (hard-wrapped prose keeps
its lines joined); and `.`, `!`, `?` (with closing quotes/brackets) followed by
white space, unless the rules below say the dot belongs to an abbreviation.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .data import ABBREVIATIONS, LOWER_CASE_NAME, MONTH_NUMBER, SENTENCE_STARTERS, TITLE_ABBREVIATIONS
from ._gc import without_gc
from .models import Document, Sentence

__all__ = ["split_sentences"]

# One character class opens the pattern, so `re` skips straight to the next ".", "!",
# "?", "…" or line break (a top-level `a|b|c` would be tried at every position); the
# look-behinds after it tell the three kinds of candidate apart:
_CANDIDATE = re.compile(
    r"""
    [.!?…\n]
    (?:
        (?<=\n)(?!(?<=[^\s.!?:;"”’)…]\n)[ \t]*[a-z])(?<!\n\n)
                                 # a line break, decided separately (not one that plainly runs on:
                                 # a word, then lower case on the next line; not a blank line's second)
      | (?<=[.!?…])(?<![.!?…].)[.!?…]*+  # terminal punctuation, from the start of a run only:
                                         # a line of 100,000 dots stays linear
        ["'”’)\]]*+             # closing quotes or brackets stay with the sentence
        (?=\s)                  # ... followed by white space
      | (?<=[a-z]{2}\.)(?=[A-Z][a-z]{2})  # "in the region.As we ...": a space lost in copying
    )
    """,
    re.VERBOSE,
)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_NEXT_WORD = re.compile(r"\s*([\"'“‘(\[]?)(\S*)")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")  # U.S, e.g, J.R.R
_MAX_LOOKBACK = 40  # characters inspected for the word before a dot
_LIST_ITEM = re.compile(r"(?:[-*•]|[0-9]{1,2}[.)])\s")
_EMAIL_DOMAIN = re.compile(r"@[\w-]++\.[\w.]")  # an address is found from its "@"
_EMAIL_LOCAL = re.compile(r"[\w.+-]")
_TABLE_ROW = re.compile(r"\S(?: {3,}|\t)\S.*\S(?: {3,}|\t)\S")  # two column gaps in one line
_ONE_GAP = re.compile(r"\S(?: {3,}|\t)\S")
_LISTING_LINES = 3  # consecutive lines with a column gap each: a listing or table, not prose
_TERMINAL = ".!?:;\"”’)…"
_FIGURE_OPENS = re.compile(r"[$€£¥]?[0-9][0-9,.]*[KMBk%]?\s+\S")
_WRAP_WIDTH = 100  # (hard-wrapped text keeps to 80 characters or so)


_LOWER_NEXT = re.compile(r"\s+[\"“‘']?[a-z]")
_REFERENCE_ABBREVIATIONS = frozenset("fl cr succ bap bapt ob cons el abd".split())


def _inside_reference(text: str, dot: int) -> bool:
    """Whether the dot stands in a short parenthesis that opened on its line and closes soon after, with no
    sentence start inside: a citation's abbreviations."""
    line_start = text.rfind("\n", max(0, dot - 120), dot) + 1
    opened = text.rfind("(", max(line_start, dot - 120), dot)
    if opened == -1 or text.find(")", opened, dot) != -1:
        return False
    closed = text.find(")", dot, dot + 120)
    return closed > dot + 1 and "(" not in text[dot:closed] and "\n" not in text[dot:closed] and not re.search(
        r"[.!?]\s+(?:The|He|She|It|They|In|On|This|A)\s", text[opened:closed])


def _dot_ends_sentence(text: str, dot: int, after: int) -> bool:
    """Decide whether the single '.' at `dot` ends a sentence; `after` is where the next word may start."""
    i, low = dot, max(0, dot - _MAX_LOOKBACK)
    while i > low and text[i - 1] in _WORD_CHARS:
        i -= 1  # back over the letters and dots before the dot ("U.S", "Dr", "e.g")
    word = text[i:dot].lstrip(".")
    nxt = _NEXT_WORD.match(text, after)
    next_word = nxt.group(2) if nxt else ""
    next_opens_quote = bool(nxt and nxt.group(1))
    if not next_word:
        return True  # end of text
    first = next_word[0]
    if first.islower() and not next_opens_quote and not (
            LOWER_CASE_NAME.fullmatch(next_word.rstrip(".,;:")) and len(word) >= 3 and word.islower()
            and word.isalpha() and word not in ABBREVIATIONS):
        return False  # "e.g. the", "approx. five": a sentence never starts in lower case (but for a name written
        # so: "... with over 250K per month. urllib3 represented ...", "... in stores. iPhone sales ...")
    if first in ",;:)":
        return False
    bare = word.rstrip(".")
    if bare in TITLE_ABBREVIATIONS:
        return False  # "Dr. Smith"
    if _inside_reference(text, dot):
        return False  # "(Gardiner, Hist. 1884, viii. 108–17; cf. Hist. MSS. Comm. 4th Rep. 131–147)": a citation's dots
    if bare in MONTH_NUMBER and len(bare) <= 4 and first.isdigit():
        return False  # "Sept. 15", "Nov. 2014"
    if bare == "Pub" and next_word.startswith("L.") or bare == "L" and text.endswith("Pub. ", 0, dot - 1):
        return False  # a public law's citation, "Pub. L. 117-328"
    if bare in ABBREVIATIONS and (first.isdigit() or bare.lower() in ("e.g", "i.e", "cf", "vs", "v")):
        return False  # "No. 5", "pp. 12", "Roe v. Wade"
    if (len(bare) == 1 and bare.islower() or bare in _REFERENCE_ABBREVIATIONS) and first.isdigit():
        return False  # a reference work's "(d. 1812)", "b. 1835", "fl. 1200", "(cr. 1628)": born, died, created
    if len(bare) == 1 and bare.islower() and re.fullmatch(r"[A-Z]\.", next_word[:2]) and not next_word[2:3].isalpha():
        return False  # "Wikimedia Deutschland - Gesellschaft zur Förderung Freien Wissens e. V. and ...": "e. V."
    if len(bare) == 1 and bare.islower() and text[max(0, dot - 4) : dot - 1].rstrip().endswith((",", ";", ":", "(")):
        return False  # "...: b. Florida, Mo., 30 Nov. 1835; d. Redding, ...": born, died, after a stop within a sentence
    if len(bare) == 1 and bare.isupper() and not first.isdigit() and next_word not in SENTENCE_STARTERS:
        before_initial = text[max(0, dot - 3) : dot - 1]
        if before_initial.endswith((" ", "\n")) or dot == 1:
            return False  # an initial: "John F. Kennedy" (not the "L" of "STS 51-L.", not "Medicare Part D. The")
    if _INITIALISM.match(bare) and "." in bare:
        # "U.S. officials" continues; "in the U.S. The next day" ends.
        return next_word.strip("\"'“‘") in SENTENCE_STARTERS
    return True


def _line_break_ends_sentence(text: str, nl: int, line_start: int) -> bool:
    """A newline ends a sentence after a blank line, a short heading-like line or terminal punctuation."""
    line = text[line_start:nl].rstrip()
    if not line:
        return False  # consecutive breaks: the first one already ended it
    nxt = text.find("\n", nl + 1)
    next_line = text[nl + 1 : nxt if nxt != -1 else len(text)]
    if not next_line.strip():
        return True  # paragraph break
    if line[-1] in _TERMINAL:
        return True
    following = next_line.lstrip()
    if _LIST_ITEM.match(following):
        return True  # the next line starts a list item
    if _FIGURE_OPENS.match(following) and _FIGURE_OPENS.match(line.lstrip()):
        return True  # one figure to a line: "$53,079.93 for 353.7 hours worked on Bundler\n$24,748.08 for ...",
        # "8 releases to PyPI\n139 commits from 14 unique contributors"
    if line[-1] in ",;-–(" or not following[:1].isupper():
        return False  # "January 28,\n1986 when ...": a wrapped line runs on
    # Hard-wrapped prose has lines that run on, no longer than a page is wide; a heading is short, and a
    # line longer than any wrap is a paragraph or an entry of its own ("André Arko (January-July), $0 for ...").
    return len(line) < 60 or len(line) > _WRAP_WIDTH


@without_gc
def split_sentences(document: Document) -> list[Sentence]:
    """Sentence spans of `document.text`, outside page furniture, in order."""
    text = document.text
    cuts: list[int] = []
    size = len(text)
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        first = text[start]
        if first == "\n":
            if _line_break_ends_sentence(text, start, text.rfind("\n", 0, start) + 1):
                cuts.append(start)
            continue
        if end < size and not text[end].isspace():
            cuts.append(end)  # a glued stop ("region.As"): punctuation always has white space after it
            continue
        if first == "." and (end == start + 1 or text[start + 1] not in ".!?…") \
                and not _dot_ends_sentence(text, start, end):
            continue
        if (text.startswith("...", start) or first == "…") and _LOWER_NEXT.match(text, end):
            continue  # "betwixt ... the Duke of Ormond": an ellipsis inside a sentence, the sentence goes on
        cuts.append(end)
    cuts.append(len(text))

    # Spans that yield no sentence: page furniture, rows of plain-text tables
    # ("1.3 thru 1.5.2   1995-1999   CNRI") and contact lines ("... jsc@nasa.gov"),
    # found in one pass each over the whole text.
    skipped = sorted([*document.furniture, *_table_rows(text), *_emails(text)])
    skip_starts = [a for a, _ in skipped]
    skip_ends = list(itertools.accumulate((b for _, b in skipped), max))  # running max: overlaps merge

    sentences: list[Sentence] = []
    start = 0
    for cut in cuts:
        segment = text[start:cut]
        stripped = segment.strip()
        s = start + len(segment) - len(segment.lstrip())
        e = s + len(stripped)
        start = cut
        if e - s < 2:
            continue
        i = bisect.bisect_left(skip_starts, e) - 1  # the last skipped span starting before e
        if i >= 0 and skip_ends[i] > s:
            continue
        # the splitter made these offsets itself, validation would only cost time
        sentences.append(_sentence(s, e, text[s:e]))
    return sentences


_new, _set = object.__new__, object.__setattr__


def _sentence(start: int, end: int, text: str) -> Sentence:
    """`trusted(Sentence, ...)` unrolled: the splitter makes one per sentence, tens of thousands per megabyte."""
    m = _new(Sentence)
    _set(m, "__dict__", {"start": start, "end": end, "text": text})
    _set(m, "__pydantic_fields_set__", {"start", "end", "text"})
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


def _emails(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses ("jsc@nasa.gov"), found from each "@" (rare in prose)."""
    spans = []
    at = text.find("@")
    end = 0
    while at != -1:
        m = _EMAIL_DOMAIN.match(text, at)
        start = at
        while start > end and start - at < 256 and _EMAIL_LOCAL.match(text, start - 1):
            start -= 1  # back to the start of the name before "@"
        if m and start < at and (start == 0 or not _EMAIL_LOCAL.match(text, start - 1)):
            spans.append((start, m.end()))
            end = m.end()
        at = text.find("@", max(at + 1, end))
    return spans


def _table_rows(text: str) -> list[tuple[int, int]]:
    """Lines with two column gaps (three spaces or a tab) between words, and runs of three or more lines with one
    gap each ("7661 Feb  2 1986    xterm/chartable.h", a listing's lines)."""
    rows = []
    gapped = []  # (start, end) of the lines with one gap at least
    last = -1
    for gap in ("   ", "\t"):
        i = text.find(gap)
        while i != -1:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            end = len(text) if end == -1 else end
            if start != last:
                if _TABLE_ROW.search(text, start, end):
                    rows.append((start, end))
                elif _ONE_GAP.search(text, start, end):
                    gapped.append((start, end))
            last = start
            i = text.find(gap, end)
    gapped = sorted(set(gapped) | set(rows))
    run: list[tuple[int, int]] = []
    for line in gapped:
        if run and line[0] != run[-1][1] + 1:
            rows.extend(run if len(run) >= _LISTING_LINES else ())
            run = []
        run.append(line)
    rows.extend(run if len(run) >= _LISTING_LINES else ())
    return sorted(set(rows))
