"""Turn a fact's sentence into the words of an item: a trimmed clause, a cloze, a question.

The clause is the sentence cut at the clause boundary after the answer when what
follows is long, with a leading "he"/"she" or "the latter" replaced by what it
refers to (`Context.resolve`). A question comes from the clause by one of a few
transformations, each tried only where the clause has the shape it needs:

- the answer sits in a prepositional phrase of the main clause ("On Sept. 15,
  Dushanbe hosted ..."): drop the phrase, invert subject and verb ("On what date
  did Dushanbe host ...?");
- the answer dates a leading "Having graduated from X in 1986, he ..." or a
  trailing ", assuming Y in 2006", or "until 1999 when he set up Z": ask about
  that step ("In what year did N graduate from X?");
- an amount is the verb's object or the subject ("How much did K sign in
  agreements ...?", "How many people changed ...?").

Anything else gets no question (the cloze still serves): a teacher discards a
garbled question, never a missing one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .._regex import compiled, places, whole_word, word_char
from ..data import GIVEN_NAMES, IRREGULAR_PLURALS, LOWER_CASE_NAME, NUMBER_WORDS, QUALIFIERS, SEASON
from ..extractors.bio import BORN_DIED_ABBREVIATED, people_of
from ..lexicon import is_word, lemmas, verb_inflections, verb_lemmas
from ..models import Fact

__all__ = ["Clause", "clause_for", "cloze_text", "question_for", "BLANK"]

BLANK = "_____"

_AUX = frozenset("is are was were has have had will would can could may might should must does do did".split())
_CLAUSE_END = re.compile(
    r",\s+(?:which|where|who|whom|whose|while|whereas|although|though|a\s+period)\b"
    r"|;(?!\S)"  # (not "tl;dr")
    r"|,?\s+(?:and|but)\s+(?=(?:I|we|he|she|they)\s)"  # "..., up from 6% and I was delighted to meet ...": a new subject
    r"|\s+[-–—]\s+(?=(?:I|we|he|she|they)\s+[a-z]+)"  # "Two companies sent ... participants - they reported ...": a new clause
)
_DISCOURSE = re.compile(
    r"^(?:In\s+addition|However|Therefore|Thus|Overall|Finally|Moreover|Furthermore|For\s+example|"
    r"For\s+instance|At\s+the\s+same\s+time|In\s+general|Unfortunately|True|Meanwhile|Also|Instead|"
    r"Indeed|Still|Nevertheless|In\s+practical\s+terms|In\s+the\s+future|Today|Currently|Now|"
    r"According\s+to\s+[^,]{1,60}|As\s+we\s+see\s+it|Of\s+course)\s*,\s*"
)
# Discourse markers that carry no content of their own, dropped from the front of a cloze.
_MARKER = re.compile(
    r"(?:In\s+addition|However|Therefore|Thus|Overall|Finally|Moreover|Furthermore|For\s+example|"
    r"For\s+instance|In\s+general|Unfortunately|True|Meanwhile|Also|Indeed|Still|Nevertheless)\s*,\s*"
)
# "During these years he occupied himself with ...": which years, a date in the clause says again
_TIME_POINTER = re.compile(
    r"(?:During|In|At|By|Throughout)\s+(?:these|those|this|that)\s+(?:years|year|time|period|months|decades)\s*,?\s+"
    r"(?=(?:he|she|they|[A-Z][a-z]+)\s)"
)
# "Thirty years ago, on 29 July 1983, ...": the time from the text's own date, which gives the year away
_AGO = re.compile(r"(?:[A-Z][a-z]+(?:-[a-z]+)?|[0-9]+)\s+(?:years|decades|months|weeks)\s+ago,?\s+(?=(?:on|in|at)\s)")
_UNRESOLVED_START = re.compile(
    r"^(?:He|She|It|They|This|These|Those|That|Such|The\s+latter|The\s+former|His|Her|Its|Their|"
    r"Both(?!\s+the\b)|Some\s+of|One\s+of|Many\s+of|Most\s+of|The\s+same|The\s+document|The\s+organisation|"
    r"The\s+organization|The\s+company|The\s+council|The\s+first\s+one|The\s+second\s+one|Another"
    r"|Version\s+[0-9]|Release\s+[0-9]"  # "Version 1.0 was released": of what?
    # "Since then, the balance has earned $1.5 billion": since when, the sentence before says
    r"|(?:Since|By|Until|Till)\s+then|(?:At|By)\s+(?:that|the)\s+time|By\s+this\s+time|That\s+(?:year|month|day)"
    r"|(?:In\s+|During\s+)?[Tt]he\s+(?:following|next|same)\s+(?:year|month|day|week|spring|summer|autumn|winter)"
    r"|(?:Later|Earlier)\s+that\s+(?:year|month|day)|(?:After|Before)\s+that"
    # "Previously, less than 10 percent of applicants applied online": before what, the sentence before says
    r"|Previously|Formerly|Before\s+then|Prior\s+to\s+(?:that|this|then)"
    # "The third is programming itself": the third of what, the sentence before says
    r"|The\s+(?:first|second|third|fourth|fifth|last|other|others|rest|remainder)\s+(?:is|was|are|were|has|had))\b"
)
# "In 2011, it was Canada's highest-circulation newspaper": "it" after an opening phrase is as unresolved.
_IT_AFTER_OPENING = re.compile(
    r"^(?:When|Once|After|Before|Until|While|As\s+soon\s+as|Since)\s+(?:it|they)\s+(?!(?:is|was)\s+(?:clear|time)\b)[a-z]"
    r"|^[A-Z][^,]{0,60},\s+(?:it|they|this|that|these|those)\s+"  # ("In _____, that transition began in earnest")
    r"(?!(?:became|becomes|was|is|seemed|appeared)\s+(?:clear|apparent|evident|obvious|necessary|possible|impossible|"
    r"likely|unlikely|decided|agreed|announced|time)\b)[a-z]")  # (not "By 1996, it became clear that ...")
_DEMONSTRATIVE = re.compile(r"^(?:such|this|these|those|that|it|they|its|their)\b", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"(?P<prep>\b(?:in|on|since|by|during|from|until|till|at|of|between|around|before|after|as\s+of)\s+"
    r"(?:the\s+)?)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\S+")
_MAX_WORDS = 60
_PRONOUN_AHEAD = re.compile(r"(?:I|we|he|she|they)(?=\s)")
_AND_THEN_TIME = re.compile(r",\s+and\s+((?:in|on|by|during|from)\s+)(?=[0-9A-Z][^,]{0,30},\s+[A-Z])")


@dataclass(frozen=True)
class Clause:
    """The words an item is built from: `text`, with the answer at [a_start, a_end)."""

    text: str
    a_start: int
    a_end: int
    subject: str = ""  # the clause's resolved person, if a pronoun was replaced
    context: bool = False  # the sentence before was prepended to say what "This"/"It" means
    names: frozenset[str] = frozenset()  # the document's capitalised words that are names ("Hopper")

    @property
    def before(self) -> str:
        return self.text[: self.a_start]

    @property
    def after(self) -> str:
        return self.text[self.a_end :]


# A lead-in to a quotation after its colon: without what follows, it says nothing ("seems to shed more light on this:",
# "which states:", "indicates that:").
_QUOTE_LEAD = re.compile(r"\b(?:states?|stated|says?|said|reads?|writes?|wrote|adds?|added|notes?|noted|explains?|"
                         r"explained|on\s+this|that|these|this)\s*:$")
# (not "..., the breakdown of costs is as follows:", "... the following:": a statement before a list stands)
_EXPLETIVE = re.compile(r"It\s+(?:is|was)\s+(?:not\s+)?(?!(?:\w+\s+){0,2}?(?:probable|possible|likely|unlikely|plausible|"
                        r"doubtful|uncertain|unclear|believed|thought|said|reported|rumou?red|claimed|estimated|assumed|"
                        r"suspected|conceivable)\b)(?:\w+\s+){0,3}?that\s+")
# ("It is probable that there were more ... forms sent in ...": a hedge, which the claim cannot lose)
_LABEL = re.compile(r"^[A-Z][A-Z0-9 &/-]{2,40}:\s+")  # "EDUCATION: ", "NASA EXPERIENCE: "
# A numbered list's marker and heading before a sentence: "2) Community --", "3) Code and Contributions --".
_NUMBERED = re.compile(r"^\(?[0-9]{1,2}[).]\s+(?:[A-Z][\w&'’-]*(?:\s+(?:and|&|of|[A-Z][\w&'’-]*)){0,4}\s*(?:--|[–—:])\s*)?"
                       r"(?=\S)")
_BULLET = re.compile(r"[*•·▪‣◦-]\s+(?=\S)")
_CITATION = re.compile(r"\s?\(?\[[A-Za-z0-9 ,.;-]{1,30}\]\)?")  # "[ston90a]", "([ston89])"
_CITING_PHRASE = re.compile(r",\s*[^,]{0,40}\b(?:in|see|by|from|of)\s*,\s*")
_DANGLING = re.compile(r"\b(?:in|see|by|from|of)\s*[,.;)]")
_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
# A sum restated in another currency right after it: "€5.72 billion (~US$6.4 billion)".
_CONVERSION_AFTER = re.compile(r"\s*\((?:~|≈|about\s|approx\.?\s|approximately\s|around\s|roughly\s|some\s)?\s*"
                               r"(?:(?:[A-Z]{1,3}\s?)?[$€£¥₹₽₸][0-9][0-9.,]*(?:\s*(?:thousand|million|billion|trillion|bn|m))?"
                               r"|[0-9][0-9.,]*(?:\s*(?:thousand|million|billion))?\s+(?:USD|EUR|GBP|CHF))\)"  # ("(54,000 EUR)")
                               # "Rs 26.29 lakh | $ 38k": a table's second currency column
                               r"|\s*\|\s*(?:[A-Z]{1,3}\s?)?[$€£¥₹₽₸]\s?[0-9][0-9.,]*(?:\s*(?:thousand|million|billion|k|m))?(?=\s*$)")
_OTHER_SUM = re.compile(r"[0-9][0-9.,]*\s*(?:thousand|million|billion)?\s*(?:USD|EUR|GBP|CHF|dollars|euros?|Euro)\b"
                        r"|[$€£][0-9]")
_CONVERSION_BEFORE = re.compile(r"[0-9](?:\s*(?:thousand|million|billion|trillion|bn|m))?\s*\((?:~|≈|about\s|"
                                r"approx\.?\s|approximately\s|around\s|roughly\s|some\s)?\s*(?:[A-Z]{1,3}\s?)?$"
                                r"|[0-9]\s*(?:lakhs?|crores?|thousand|million|billion)?\s*\|\s*(?:[A-Z]{1,3}\s?)?$")  # "... lakh | $ 38k"
_THEY = re.compile(r"\b(?:[Tt]hey|[Tt]heir|[Tt]hem)\b")
_FIRST_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# Words that point back to something named earlier: outside the sentence that
# names it, "such exercises" or "the organisation" could mean several things.
_THOSE_DESCRIBED = (r"(?:who|whose|whom|not|aged|under|over|in|with|without|at|on)\b"
                    r"|[a-z]+(?:ed|less|ing)\s+(?:for|in|by|with|from|at|on|to|under|over|as)\b")
_ANAPHOR = re.compile(
    # ("those who started with us" says whom it means: a relative clause, not a pointer back)
    # ("those jobless for 27 weeks", "those not in the labor force", "those aged 16": people described on the spot)
    r"\b(?:[Ss]uch|[Tt]hese|[Tt]hose|[Tt]he\s+latter|[Tt]he\s+former|[Tt]he\s+same)\s+(?!who\b|whose\b|whom\b)"
    r"(?<![Tt]hose\s)(?=[a-z])"
    r"|\b[Tt]hose\s+(?!" + _THOSE_DESCRIBED + r")[a-z]"
    r"|\b(?:[Oo]f|[Aa]mong|[Oo]ut\s+of|[Oo]ne\s+of|[Mm]any\s+of|[Mm]ost\s+of|[Ss]ome\s+of)\s+(?:these|those|them)\b"
    r"(?!\s+(?:who|whose|whom)\b)(?<!those)|\b(?:[Oo]f|[Aa]mong|[Oo]ut\s+of|[Oo]ne\s+of|[Mm]any\s+of|[Mm]ost\s+of"
    r"|[Ss]ome\s+of)\s+those\b(?!\s+" + _THOSE_DESCRIBED + r")"
    r"|\b(?:While|When|Once)\s+there\b"
    r"|\b[Tt]his\s+(?!end\b|purpose\b|regard\b|way\b|reason\b|year\b|time\b|week\b|month\b|century\b)[a-z]"
    r"|\b[Tt]he\s+(?:current|new|latest|original|previous|next|present)\s+(?:version|edition|release|contract|agreement|deal)\b"
    r"|\b[Tt]he\s+(?:(?:FY\s?)?[0-9]{4}\s+)?(?:[a-z]+\s+){0,2}(?:request|account)\b"  # "The FY2027 discretionary budget request"
    r"|\b[Tt]he\s+(?:(?:FY\s?)?[0-9]{4}\s+)?(?:organi[sz]ation|mission|visit|programme|program|project|council|"
    r"document|summit|meeting|conference|plan|agreement|deal|institution|event|"
    r"committee|initiative|treaty|fund|bill|law|decision|move|talks|trip|tour|flight|launch|session|"
    r"acquisition|merger|purchase|transaction|sale|takeover|contract|announcement|proposal|exercise|"
    r"data|study|survey|findings|total(?=\s+(?:is|was|represents|reflects|includes|amounts|equals|exceeds)\b))\b"  # "more than a dozen organizations have built new tools using the data": which?
    r"(?!\s+of\s)"  # ("the acquisition of its weapon systems" says which)
    # ("the agency", "the company" in an article about one mostly mean its subject: not listed)
)
# Résumé lines open with a verb and no subject. Active ones take the person as subject
# ("Graduated from X" -> "N graduated from X"), passive ones "was" ("Selected as ..." ->
# "N was selected as ..."); any other opening word ("Distinguished Alumni Award",
# "Presented an honorary doctorate") is left alone.
_ACTIVE_STEPS = frozenset(
    "graduated received earned served joined worked attended completed enlisted retired married moved studied "
    "won became led taught flew died founded co-founded resigned returned obtained enrolled".split())
_PASSIVE_STEPS = frozenset("born selected appointed assigned named commissioned awarded elected promoted "
                           "hired nominated inducted presented honored honoured".split())
_TELEGRAPHIC_VERB = re.compile(r"^(?P<verb>[A-Za-z][a-z]+(?:-[a-z]+)?)\b")  # lower case after a ";"


class _Draft:
    """Clause text being edited, with the answer's offsets kept in step with every edit."""

    def __init__(self, text: str, a_start: int, a_end: int) -> None:
        self.text, self.a_start, self.a_end = text, a_start, a_end

    def replace(self, start: int, end: int, new: str) -> bool:
        if start < self.a_end and self.a_start < end:
            return False  # never edit the answer itself
        shift = len(new) - (end - start)
        self.text = self.text[:start] + new + self.text[end:]
        if self.a_start >= end:
            self.a_start += shift
            self.a_end += shift
        return True


_ENTRY_OPENERS = "‘“\"'"


def _list_entries_before(text: str, s: int, at: int) -> tuple[int, int] | None:
    """The entries of a list before the one at `at`, where a lead-in with a verb opens a run of quoted entries
    parted by semicolons: "Among his chief books are ‘The Jumping Frog’ (1867); ‘The Innocents Abroad’ (1869);
    ‘Roughing it’ (1873)". The entry asked about goes with the lead-in alone, not after every entry before it."""
    last = text.rfind(";", s, at)
    if last == -1:
        return None
    entry = last + 1 + len(text[last + 1 : at]) - len(text[last + 1 : at].lstrip())
    opener = text[entry : entry + 1]
    if not opener or opener not in _ENTRY_OPENERS or _has_verb(text[entry:at]):
        return None
    first = text.find(opener, s, text.find(";", s, at))
    if first <= s or not _has_verb(text[s:first]) or len(text[s:first].split()) > 12:
        return None
    if any(text[i + 1 : i + 3].lstrip()[:1] != opener for i in _semicolons(text, first, at)):
        return None  # every entry opens alike
    return first, entry


def _semicolons(text: str, start: int, end: int) -> list[int]:
    found, i = [], text.find(";", start, end)
    while i != -1:
        found.append(i)
        i = text.find(";", i + 1, end)
    return found


def clause_for(text: str, fact: Fact, referent: str = "", person: str = "",
               previous: Sequence[tuple[int, int]] = (), profiled: str = "", antecedent: str = "",
               heading: str = "", section: str = "") -> Clause | None:
    """The fact's clause, trimmed and made to stand alone; None if it cannot.

    - cut to the clause around the answer (after a semicolon, before a long ", which ...");
    - labels ("EDUCATION:") and citation tags ("[ston90]") removed;
    - the first "he"/"she" becomes `person` (or `antecedent`, whom it means, when it cannot be
      `person`), "the latter" `referent`; a résumé line
      with no subject ("Graduated from X in 1957") gets the `profiled` person's name;
    - a clause whose "such exercises", "this", "the organisation" or unresolved "he"
      points back is preceded by the sentence before it (`previous`), if that one
      stands alone; such a clause makes a cloze but no question (`Clause.context`).
    """
    s, e = fact.sentence_start, fact.sentence_end
    m = _EXPLETIVE.match(text, s, e)
    if m and m.end() <= fact.start:
        s = m.end()  # "It is not by coincidence that at the summit ...": the rest is the claim
    opening, skip = s, _list_entries_before(text, s, fact.start)
    semi = text.rfind(";", s, fact.start)
    while semi != -1 and not text[semi + 1 : semi + 2].isspace():
        semi = text.rfind(";", s, semi)  # "here's the tl;dr: during 2018, ...": a semicolon inside a word parts nothing
    if semi != -1 and text.count("(", s, semi) > text.count(")", s, semi):
        semi = -1  # "the Treaty of Nice (concluded in 2000; entered into force in 2003)": one parenthesis
    if semi != -1 and re.match(r"\s*(?:which|who|whom|whose)\b", text[semi + 1 : fact.start]):
        semi = -1  # "...; which was accordingly concluded and solemnized the 14th of February": what "which" is, is before
    if semi != -1 and re.match(r"\s*(?:[Aa]nd|[Bb]ut|[Oo]r|[Yy]et)\b", text[semi + 1 : fact.start]):
        m = re.match(r"\s*(?:[Aa]nd|[Bb]ut)\s+(?=(?:he|she|they)\s+[a-z]+)", text[semi + 1 : fact.start])
        # "...; and he was suspended from his office in 1668": a clause of its own, with its subject
        semi = semi + len(m.group()) if m and _has_verb(text[semi + 1 + len(m.group()) : e]) else -1
        # (not "...; and, being dangerously wounded ..., was compelled to return": no subject of its own)
    if semi != -1 and len(text[semi + 1 : fact.start].split()) >= 2 and _has_verb(text[semi + 1 : e]):
        s = semi + 1  # (not "...: first as a tutor; then for two years as a governess": no verb, no clause)
    if skip:
        s = opening  # (the lead-in stays; the entries between go below)
    if text[fact.sentence_end - 1 : fact.sentence_end] == ":" and _QUOTE_LEAD.search(text, fact.end, fact.sentence_end):
        return None  # "... Daniel Robbins' post from 2002-02-07 which states:": the statement is what follows
    if text[e - 1 : e] == ":" and text.rfind(";", fact.end, e) != -1:
        e = text.rfind(";", fact.end, e)  # "...; the positions include:": the lead-in of a list is no part of it
    for m in _CLAUSE_END.finditer(text, fact.end, e):
        if text.count("(", s, m.start()) > text.count(")", s, m.start()):
            continue  # "(concluded in 2000; entered into force in 2003)": the parenthesis stays whole
        if re.match(r",\s+(?:which|who)\b", m.group()) and _EMBEDDED_END.search(text, m.end(), e):
            continue  # "so that PGLAF, which already existed as a non-profit, could deal with ...": the verb comes after
        pronoun = _PRONOUN_AHEAD.match(text, m.end())
        if pronoun and m.group().rstrip().endswith(("and", "but")) and (
                f", {pronoun.group()} " in text[s : m.start()] or f",{pronoun.group()} " in text[s : m.start()]):
            continue  # "we took in $300,183.32, we spent $266,900.32, and we paid for ...": the last of a series of
            # clauses; cut before it, the rest is a comma splice
        if len(text[m.end() : e].split()) > 6:
            e = m.start()
        break
    while e > s and text[e - 1] in " ,;:–—-":
        e -= 1
    while s < fact.start and text[s].isspace():
        s += 1
    if len(text[s:e].split()) - (len(text[skip[0] : skip[1]].split()) if skip else 0) > _MAX_WORDS:
        # "In the 1990s, the lack of security ... was becoming clear, and in 1995, David Goldschlag, ... asked
        # themselves ...": a second clause with its own time and subject stands alone
        m = next((m for m in _AND_THEN_TIME.finditer(text, s, e) if m.end() == fact.start), None)
        if not (m and _has_verb(text[s : m.start()])
                and len(text[m.start(1) : e].split()) <= _MAX_WORDS):
            return None  # cutting a very long sentence leaves a fragment; a 60-word cloze is no study item
        s = m.start(1)
        skip = None
    d = _Draft(" ".join(text[s:e].split()) if "\n" in text[s:e] else text[s:e], fact.start - s, fact.end - s)
    if d.text[d.a_start : d.a_end] != fact.answer or skip:
        d = _Draft(text[s:e], fact.start - s, fact.end - s)  # keep offsets honest when spaces were folded
    if skip and s <= skip[0]:
        d.replace(skip[0] - s, skip[1] - s, "")  # "Among his chief books is ‘Roughing it’ (_____)"
    next_opener = text[e + 1 : e + 3].lstrip()[:1] if not skip and text.startswith(";", e) else ""
    first_entry = bool(next_opener) and next_opener in _ENTRY_OPENERS and (
        _list_entries_before(text, s, text.find(next_opener, e)) is not None)
    if (skip and s <= skip[0]) or first_entry:
        # one entry left of the list ("Among his chief books are ‘The Jumping Frog’ (1867); ‘The Innocents Abroad’
        # ..."): the lead-in's verb agrees with it
        lead_end = d.text.find(text[skip[1]] if skip else next_opener)
        verb = list(re.finditer(r"\b(?:are|were)\b", d.text[: max(lead_end, 0)]))
        if verb:
            d.replace(verb[-1].start(), verb[-1].end(), "is" if verb[-1].group() == "are" else "was")
    first = re.match(r"\s*([a-z]+)\b", d.text)
    if s != fact.sentence_start and text[fact.sentence_start : s].rstrip().endswith(";") and first and (
            first.group(1) in _AUX or _is_finite_past(first.group(1))):
        # "He became 'portionist' ... in 1589; proceeded B.A. on 20 June 1593; was admitted probationer fellow
        # there in 1594": a predicate after a semicolon takes the sentence's subject
        parts = _split_subject_verb(text[fact.sentence_start : text.find(";", fact.sentence_start, s)])
        if parts is not None and len(parts[0].split()) <= 4 and not _LABEL.match(parts[0]):
            d.replace(0, len(d.text) - len(d.text.lstrip()), parts[0] + " ")
        # (a résumé line's "EDUCATION: Graduated from ...; received ..." has no subject: the profiled person's name
        # is put in below)
    m = _LABEL.match(d.text)
    if m and not d.replace(0, m.end(), ""):
        return None
    m = _NUMBERED.match(d.text)
    if m and m.end() <= d.a_start and _has_verb(d.text[m.end() :]):
        d.replace(0, m.end(), "")  # (a verbless item keeps its marker: the list's lead-in is joined to it later)
    m = _BULLET.match(d.text)
    if m and m.end() <= d.a_start:
        d.replace(0, m.end(), "")  # "* The Debian package for xterm began ...": a list's bullet is typography
    m = _MARKER.match(d.text)
    if m and m.end() <= d.a_start:
        d.replace(0, m.end(), "")  # "For example, ...", "Today, ...": the marker means nothing out of place
    m = _TIME_POINTER.match(d.text)
    if m and m.end() <= d.a_start and fact.kind in ("date", "bio", "founding"):
        d.replace(0, m.end(), "")  # the blank is the time: "these years" would only point back to a sentence not shown
    m = _AGO.match(d.text)
    if m and m.end() <= d.a_start and fact.kind in ("date", "bio", "founding") and d.replace(0, m.end(), ""):
        # "Thirty years ago, on _____, the user manual ... was first published": with the text's own date, "thirty
        # years ago" gives the year away
        d.replace(0, 1, d.text[:1].upper())
    citations = list(_CITATION.finditer(d.text))
    for m in reversed(citations):
        d.replace(m.start(), m.end(), "")
    if citations:
        m = _CITING_PHRASE.search(d.text)
        if m:
            d.replace(m.start(), m.end(), " ")  # "Version 1, described in [ston90a], was" -> "Version 1 was"
        if _DANGLING.search(d.text):
            return None  # the citation was part of the grammar and no phrase around it can go
    _balance_quotes(d)
    if fact.kind == "bio" and fact.detail in ("born", "died"):
        # a reference work's ", b. in Florida, ..., 30 Nov., 1835": the abbreviation is the verb
        found = list(_BORN_DIED_ANYWHERE.finditer(d.text, 0, d.a_start))
        own = found[-1] if found else None  # ("b. at Brussels, 14 Oct., 1801; d. at Ghent, 15 Sept., 1883": the nearest)
        semi = d.text.rfind(";", 0, own.start()) if own else -1
        if own and d.text[: own.start()].rstrip().endswith(":"):
            semi = d.text[: own.start()].rstrip().rfind(":")  # "... known by his pseudonym Mark Twain: b. Florida, ...":
            # the headword's description before the colon, the birth after
        if own and semi != -1 and not d.replace(0, semi + 1, ""):
            return None  # "...; d. at Ghent, 15 Sept., 1883": the death's own clause
        d.replace(0, len(d.text) - len(d.text.lstrip()), "")  # (the cut at the semicolon leaves a space)
        for m in reversed(list(_BORN_DIED_ANYWHERE.finditer(d.text))):
            verb = "was born" if m.group()[0] == "b" else "died"
            if re.match(r" [A-Z]", d.text[m.end() :]):
                verb += " in"  # "b. Florida, Mo., 30 Nov. 1835": born in Florida
            if not d.replace(m.start(), m.end(), verb):
                return None
        if fact.subject and fact.subject.split()[-1] not in d.text[: d.a_start]:
            # "Belgian physicist, was born at Brussels, ...", "died at Ghent, ...": whose life, the headword says
            if d.text.startswith(("was born", "died")):
                d.replace(0, 0, f"{fact.subject} ")
            elif re.match(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+(?:was born|died)\b", d.text):
                d.replace(0, 0, f"{fact.subject}, ")
    if fact.rule == "money":
        if _CONVERSION_BEFORE.search(d.text, 0, d.a_start) or (
                d.text[: d.a_start].rstrip().endswith("(") and d.text[d.a_end :].lstrip().startswith(")")
                and _OTHER_SUM.search(d.text, max(0, d.a_start - 80), d.a_start)):
            return None  # "€5.72 billion (~US$6.4 billion)", "100,000 USD from Stripe and Facebook (89,000 EUR)": the
            # second is the first in another currency
        m = _CONVERSION_AFTER.match(d.text, d.a_end)
        if m:
            d.replace(m.start(), m.end(), "")  # the same sum in another currency would give the blank away
    owner = _PERSONAL.search(d.text)
    if (person and person == profiled and owner and (owner.group() in ("his", "His") or owner.group() == "Her" and owner.start() == 0)
            and people_of(text).gender.get(person) == ("he" if owner.group().lower() == "his" else "she")
            and not _names_anyone(text, d.text) and not _in_quote(d.text, owner.start())):
        # "In 1867 his house in Sarawak was attacked": whose house, the person the passage is about (only where
        # the clause names nobody: "Marc Ewing created his own", "before his death in 1948, Atkinson")
        d.replace(owner.start(), owner.end(), f"{person}’s" if "’" in text else f"{person}'s")
    elif (person and person == profiled and owner and owner.group() == "him" and people_of(text).gender.get(person) == "he"
            and not _names_someone(text, d.text) and not _in_quote(d.text, owner.start())):
        d.replace(owner.start(), owner.end(), person)  # "In 1905 a dinner was given him at New York by his author friends"
    if person and len(person.split()) >= 2:
        m = re.match(rf"(?i:{re.escape(person.split()[-1])}),\s+{re.escape(' '.join(person.split()[:-1]))}"
                     r"(\s+\([^()]{1,60}\))?,\s+", d.text)
        if m and m.end() <= d.a_start:
            # a dictionary's "Abbot, George, archbishop of Canterbury, born ...", "CLEMENS, Samuel Langhorne (Mark
            # Twain), an American humorist, born ..."
            d.replace(0, m.end(), f"{person}{m.group(1) or ''}, ")
            born = re.search(r",\s+(born)\s", d.text)
            if fact.detail == "born" and born and born.end() <= d.a_start and not _has_verb(d.text):
                d.replace(born.start(1), born.end(1), "was born")  # "..., an American humorist, was born at ..."
    m = _FIRST_PERSONAL.search(d.text)
    if person and m and m.group().lower() in ("he", "she") and not people_of(text).fits(person, m.group()):
        person = antecedent  # "he" in a sentence about her: he is someone else
    subject = person
    if person:
        named = compiled(rf"(?<![A-Z][a-z]\s)(?<![A-Z]\.\s)\b{re.escape(person.split()[-1])}\b(?!\s+[A-Z])").search(d.text)
        # ("Kubernetes contributor Kelsey Hightower took special note ... and on July 7, 2016, he pushed":
        # a "he" after somebody else's name in the same clause is that person, and needs no name put in)
        other = m and bool((set(_CAPITALISED_WORD.findall(d.text, 0, m.start())) & people_of(text).names.keys())
                           - {person.split()[-1]})
        # ("Carleton ... writes to Winwood that he leaves Brent": the person named as the object after the "he" is
        # not the "he")
        # ("the king published a declaration, which he ordered to be read": a monarch named before is the "he")
        other = other or bool(m and _SOVEREIGN.search(d.text, 0, m.start()))
        other = other or bool(m and named and named.start() > m.end() and m.group().lower() in ("he", "she")
                              and not d.text.startswith(("'s", "’s"), named.end())
                              and not re.search(r"[A-Z][\w'’.-]*\s+$", d.text[: named.start()]))
        # (not "He was the eldest son of Henry Paget", "she shared ... with her husband Pierre Curie": a relative)
        if m and (named is None or named.start() > m.start()) and m.group().lower() in ("he", "she") and not other:
            # Inside a quotation the name goes in brackets, as an editor marks words not quoted.
            d.replace(m.start(), m.end(), f"[{person}]" if _in_quote(d.text, m.start()) else person)
        elif named and person not in d.text and not re.search(r"\b[A-Z][\w'’-]*\s+$", d.text[: named.start()]):
            d.replace(named.start(), named.end(), person)  # (not in "Harry Cummings McPherson": a name already)
        elif other and named is None:
            subject = ""  # the clause names whom its "he" means: nobody else's name is put in
    m = re.match(r"^(?:The latter|The former)\b", d.text)
    if m:
        if not referent or not d.replace(0, m.end(), referent):
            return None
    whose = person or profiled
    if whose:
        m = _TELEGRAPHIC_VERB.match(d.text)
        # Not when a later clause has the subject already: "Appointed to X in 2016, Pelfrey served ..."
        has_main = compiled(rf",\s+(?:he|she|(?:[A-Z][\w.'’-]*\s+){{0,3}}{re.escape(whose.split()[-1])})\s+[a-z]"
                            ).search(d.text)
        lead = (_with_subject(m.group("verb"), whose)
                if m and not _PERSONAL.search(d.text) and not has_main else None)
        if m and lead and d.replace(0, m.end(), lead):
            subject = whose
            if lead.endswith((" born", " died")) and re.match(r" [A-Z][a-z]", d.text[d.a_end : d.a_end + 3]):
                d.replace(d.a_end, d.a_end, " in")  # "Born 20 December 1838 Marylebone": a line, not a sentence
    if d.a_start < 0 or d.text[d.a_start : d.a_end] != fact.answer:
        return None
    if d.text and d.text[0].islower() and d.a_start > 0 and not LOWER_CASE_NAME.match(d.text):
        d.replace(0, 1, d.text[0].upper())  # (not a name written in lower case: "rOpenSci supports", "urllib3 had")
    turn = _turn_speaker(text, fact.sentence_start) if s == fact.sentence_start else ""
    label = (_TURN_LABEL.match(d.text) or _ANSWER_LABEL.match(d.text)) if turn else None
    if label and label.end() <= d.a_start:
        d.replace(0, label.end(), "")  # "Evan You: Yeah, so I was working ...": the label says who, the quote will
    asked = _QUESTION_LABEL.match(d.text) if not turn and s == fact.sentence_start else None
    if asked and asked.end() <= d.a_start and _interview(text):
        d.replace(0, asked.end(), "")  # "Q: With four years Summer of Code, Google has provided ...": the label is no word
    if turn and (label or _FIRST_PERSON.search(d.text)):
        # a transcript's turn: "Evan You said: “But it turns out I got to _____/month pretty fast.”" (its "we" is
        # the speaker's too; "They did it for six months" still needs the sentence before, which a quote cannot take)
        return None if _needs_context(d.text, d.a_start, subject, profiled, voiced=True) else _said_by(d, turn, text)
    if _speaker(d.text):
        # "“There are no limits,” Collins told VOA. “I arrived in this country with 25 cents in my pocket.": the
        # paragraph names the one speaker, so the quotation is given as theirs
        speaker = _quote_speaker(text, fact.sentence_start, fact.sentence_end) if s == fact.sentence_start else ""
        if not speaker or any(m.group().lower() in ("we", "our", "us") for m in _FIRST_PERSON.finditer(d.text)):
            return None  # "For a long time, I could build the kernel in ...": no sentence before says who "I" is
        return _said_by(d, speaker, text)
    # A "we" is the author's own only where the document speaks in the first person from its opening
    # (a statement, a guide); in a profile or a report, "our" is a quoted book's or speaker's.
    quoted = any(q in text[fact.sentence_start : fact.sentence_end] for q in "“”\"")
    voice = not profiled and _speaks_first_person(text)  # (a profile's own voice is never "we")
    if any(m.group() != "I" and (quoted or _in_quote(d.text, m.start()) or (not voice and m.start() < d.a_start))
           for m in _FIRST_PERSON.finditer(d.text)):
        return None  # "Our apprehension ... was the same in 1963": a quoted "we", which no sentence before names
    needs_context = _needs_context(d.text, d.a_start, subject, profiled) or (
        bool(previous) and _names_again(d.text, d.a_start, text[previous[-1][0] : previous[-1][1]])) or (
        _said_of_each(text, d.text))
    # A section about another organisation than the document's, named only in its heading ("The non-profit Wikimedia
    # Fördergesellschaft mbH (WMFG)"): "Donation revenue declined this year to _____" there is its revenue, which
    # a clause naming nothing does not say
    section = section or heading  # (the heading the whole section stands under, however far back)
    owner = (section if s == fact.sentence_start and not needs_context and _names_its_own(section, text)
             and not _CAPITAL_INSIDE.search(d.text) and not _named_in(section, d.text) else "")
    if owner:
        if len(owner.split()) > 12 or "?" in owner:
            return None
        last = " ".join(text[previous[-1][0] : previous[-1][1]].split()) if previous else ""
        news = _NEWS_HEADING.match(owner)
        if (last and news and len(last.split()) <= 30 and not _needs_context(last, len(last), subject)
                and re.match(rf"(?:(?:In|During|By|Since|Over)\s+[^,]{{1,30}},\s+)?{re.escape(news.group('name'))}\b", last)):
            # "In December, Bundler gained 59 new commits ... There were _____ additions": the sentence before has the
            # section's thing for its subject, and says when, too
            owner, sep = last, " "
        else:
            sep = ": "
        return Clause(f"{owner}{sep}{d.text}", d.a_start + len(owner) + len(sep), d.a_end + len(owner) + len(sep),
                      subject=subject, context=True, names=_proper_names(text))
    if not needs_context:
        return Clause(d.text, d.a_start, d.a_end, subject=subject, names=_proper_names(text))
    if s != fact.sentence_start or not (previous or heading):
        return None
    # The sentence before, or the two before when the nearer one points back too; failing those, the heading
    # the passage stands under ("Defender Services: ... The FY2027 request is _____"), which names what
    # "this account" or "the request" is.
    before = ""
    headed = False  # whether a heading, not a sentence, stands before the clause
    for span in reversed(previous[-2:]):
        words = text[span[0] : span[1]].split()
        if len(words) <= 6 and sum(w[:1].isupper() for w in words) >= len(words) - 1:
            return None  # a heading ("Making Education More Affordable."): no sentence to lean on
        if words[0][:1].islower():
            return None  # "continued SIMD work covering more functions, ...": a list's line, no sentence to lean on
        sentence = _stand_alone(" ".join(words), subject or profiled)
        before = f"{sentence} {before}".strip()
        if not (_needs_context(sentence, len(sentence), subject, profiled) or _LABEL.match(sentence)
                or _THERE_WERE.match(sentence) and not _CAPITALISED_AFTER_START.search(sentence)):
            break  # ("There are a large number of new and expired deprecations ...": no "it" of the next sentence
            # stands there, nor what it is; the sentence before may say)
    else:
        if not heading:
            return None
        before = f"{heading}:"  # (the sentences between point back too: the heading alone says what they mean)
        headed = True
    if len(before.split()) > 50 or "?" in before:
        return None
    named = re.search(r"\b(?:This|That|These|Those)\s+([a-z]{3,})", d.text[:60])
    if before.endswith("!") and not (named and named.group(1) in before.lower()):
        return None  # "... follow our social media profiles (Twitter and Mastodon)! This is actually the first commit":
        # an exclamation names nothing to lean on, unless it names what the clause points to ("The inaugural NumPy
        # survey is live! ... This survey is meant to guide ...")
    if _speaker(before) or before.count("“") != before.count("”") or before.count('"') % 2:
        return None  # the end of somebody's quotation ("... The smartest man I ever saw.\""): no context
    m = re.match(r"(?:[^,]*,\s+)?(?:These|Those|Such|these|those|such)\s+([a-z]{3,})", d.text)
    if m and not headed and "NOUN" in lemmas(m.group(1)) and not _is_finite_past(m.group(1)) and not compiled(
            rf"\b{m.group(1)[:-1] if m.group(1).endswith('s') else m.group(1)}", re.IGNORECASE).search(before):
        return None  # "These vessels are capable of ..." after a sentence that names no vessel: which ones?
        # (under a heading, "These changes" are what the heading names: "Reductions and reversions ...: These changes")
    return Clause(f"{before} {d.text}", d.a_start + len(before) + 1, d.a_end + len(before) + 1,
                  subject=subject, context=True, names=_proper_names(text))


# A heading that names an organisation by its legal form or its acronym, and a capitalised word inside a clause (a
# name: "Wikimedia Deutschland")
_ORGANISATION_HEADING = re.compile(r"\b(?:mbH|gGmbH|GmbH|Inc\.?|Ltd\.?|LLC|e\.\s?V\.)(?!\w)|\([A-Z]{2,}\)")
_CAPITAL_INSIDE = re.compile(r"(?<=\S)\s+[A-Z][\w'’-]*\b")
# A section of its own thing: "RubyGems news", "Bundler news" (a name, then what the section gives of it)
NEWS_WORDS = r"news|updates?|highlights|statistics|stats"
_NEWS_HEADING = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:" + NEWS_WORDS
                           + r"|in\s+numbers|by\s+the\s+numbers)$")


def _named_in(heading: str, clause: str) -> bool:
    """Whether a clause names what a "... news" heading names itself ("RubyGems had a calmer year")."""
    m = _NEWS_HEADING.match(heading)
    return bool(m) and m.group("name") in clause


def _names_its_own(heading: str, text: str) -> bool:
    """Whether a heading names another body than the document's own, whose section's clauses naming nothing are
    about it: a company by its legal form or acronym ("The non-profit Wikimedia Fördergesellschaft mbH (WMFG)"), or
    a named thing's news ("RubyGems news") that is not the document's opening subject."""
    if _ORGANISATION_HEADING.search(heading):
        return True
    m = _NEWS_HEADING.match(heading)
    return bool(m) and m.group("name") not in text[:300]


@lru_cache(maxsize=4)
def _proper_names(text: str) -> frozenset[str]:
    """Capitalised words the document uses as names: capitalised inside a sentence at least once and never
    written in lower case ("Hopper", though "hopper" is a dictionary word)."""
    text = text[:_NAMES_SPAN]  # (a book's names show in its first megabyte; reading on costs time, not names)
    inside = {m.group(1) for m in _INSIDE_CAPITAL.finditer(text) if text[m.start() - 1 : m.start()] in _BEFORE_INSIDE}
    if not inside:
        return frozenset()
    tokens = set(text.split())  # (one C-speed pass; a lower-case use is a token, perhaps with a mark after it)
    return frozenset(w for w in inside if not any(w.lower() + end in tokens for end in ("", ",", ".", ";", ":", ")")))


_NAMES_SPAN = 1_000_000
_INSIDE_CAPITAL = re.compile(r" ([A-Z][a-z]{2,})\b")
_BEFORE_INSIDE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;")  # ("In 2015 Frontiers in ...")


# "I" is a pronoun, not the numeral of "Title I", "World War I" or "Phase I" (a capitalised word before it).
_NOT_NUMERAL_I = "".join(
    f"(?<!{word} I)" for word in "Title War Phase Class Article Chapter Part Section Schedule Level Stage Type "
                                 "Grade Division Tier Category Book Volume Round Group Mark Series Block".split()
) + r"(?![-‑–][0-9])"  # "the green card renewal application (I-90)", "I-95": a form's or a road's name
_FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our|us|my|My)\b|\bI\b" + _NOT_NUMERAL_I)
# the reference work's "b."/"d." also where a cut at its semicolon left it first: "d. at Ghent, 15 Sept., 1883"
_BORN_DIED_ANYWHERE = re.compile(r"^[bd]\.(?= (?:in|at|near|on)\b| [0-9]| [A-Z][a-z]+,)|" + BORN_DIED_ABBREVIATED.pattern)
_SOVEREIGN = re.compile(r"\b[Tt]he\s+(?:king|queen|emperor|empress|pope|sultan|tsar|czar|shah|khan)\b")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_NAMED = re.compile(r"\b[A-Z][a-z'’]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’]+")
# A speaker's own "I", "my", "me": whose words they are is never said in the clause, wherever they stand
# (not the numeral of "UNIVAC I", after a word in capitals).
_SINGULAR_SPEAKER = re.compile(r"\b(?:my|My|me)\b|(?<![A-Z] )\bI\b" + _NOT_NUMERAL_I)
# "son of an adherent of Charles I.", "daughter of James I. of England": a king's numeral, not a speaker
_REGNAL_I = re.compile(r"\b[A-Z][a-z]+ I(?=[.,;:)]|\s+of\b)")


def _speaker(text: str) -> re.Match[str] | None:
    """The first word of a single speaker ("I", "my", "me") in `text`, not counting a king's numeral."""
    for m in _SINGULAR_SPEAKER.finditer(text):
        if m.group() != "I" or not any(r.end() == m.end() for r in _REGNAL_I.finditer(
                text, max(0, m.start() - 20), m.end() + 4)):
            return m
    return None


_ATTRIBUTED = re.compile(
    r"[”\"],?\s+(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:told|said|says|added|explained|recalled|noted)\b"
    r"|\b(?:said|says|added|explained|recalled|noted)\s+(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})[,.]"
)


_QUOTE_REACH = 3_000  # how far from a quoted sentence its paragraph's attribution may stand


def _quote_speaker(text: str, start: int, end: int) -> str:
    """Whose words the sentence at [start, end) is, when it stands inside a quotation and its paragraph
    attributes quotations to one named speaker ("“There are no limits,” Collins told VOA."); else ""."""
    # (the paragraph looked for within a window: a text without line breaks would make this quadratic)
    par_start = max(text.rfind("\n", max(0, start - _QUOTE_REACH), start) + 1, start - _QUOTE_REACH, 0)
    par_end = text.find("\n", end, end + _QUOTE_REACH)
    par_end = min(len(text), end + _QUOTE_REACH) if par_end == -1 else par_end
    before = text[par_start:start]
    if not (before.count("“") > before.count("”") or text[start : start + 1] in "“\""):
        return ""
    names = {m.group("a") or m.group("b") for m in _ATTRIBUTED.finditer(text, par_start, par_end)}
    if len(names) != 1:
        return ""
    name = names.pop()
    if name.split()[0] in ("He", "She", "They", "It", "The", "A", "An", "This"):
        return ""
    return people_of(text).names.get(name.split()[-1], name)


def _said_by(d: _Draft, speaker: str, text: str) -> Clause | None:
    """The clause given as `speaker`'s words: "Collins said: “I arrived in this country with _____ in my pocket.”"."""
    lead = len(d.text) - len(d.text.lstrip("“\"‘ "))
    tail = len(d.text) - len(d.text.rstrip("”\"’ "))
    if d.a_end > len(d.text) - tail:
        return None
    stop = "" if d.text[: len(d.text) - tail].rstrip()[-1:] in (".", "!", "?", "…") else "."
    d.replace(len(d.text) - tail, len(d.text), f"{stop}”")  # ("Today we have like $9,000-ish a month": its stop)
    d.replace(0, lead, f"{speaker} said: “")
    return Clause(d.text, d.a_start, d.a_end, subject=speaker, context=True, names=_proper_names(text))


# A transcript's turn: "Evan You: Yeah, so I was working for Meteor in 2015 ..." (a name of two or three words, a colon,
# at the start of a line)
_TURN_LABEL = re.compile(r"^([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}):[ \t]+(?=\S)", re.MULTILINE)
_TURN_REACH = 6_000  # how far back a turn's label may stand (an answer of several paragraphs)


def _turn_speaker(text: str, start: int) -> str:
    """Who speaks at `start` in a transcript of labelled turns (two labels at least, by two speakers), or in an
    interview's answers: the name of the last label before it, or the guest, when one stands within reach; else ""."""
    turns = _turns(text) or _interview(text)
    i = bisect.bisect_right(turns, (start, "\uffff")) - 1
    if i < 0 or start - turns[i][0] > _TURN_REACH:
        return ""
    return turns[i][1]


@lru_cache(maxsize=8)
def _turns(text: str) -> list[tuple[int, str]]:
    """The labelled turns of a transcript, by position; none unless two speakers at least take turns, each more than
    once (a report's one-off "Budget Request Summary: ..." is a heading, no speaker)."""
    found = [(m.start(), m.group(1)) for m in _TURN_LABEL.finditer(text)]
    counts = Counter(name for _, name in found)
    speakers = {name for name, n in counts.items() if n >= 2}
    return found if len(speakers) >= 2 else []  # (in a transcript, a guest who speaks once is a speaker too)


# An interview written as "Q: ..." lines, each answered by the lines after it: every answer is the one guest's,
# whom the opening names ("GeoServer Translation Interview with Frank Gasdorf", "Leslie Hawthorn will give a talk
# about ...") or the guest's first answer does ("My name is Evan Prodromou.").
_QUESTION_LABEL = re.compile(r"(?:Q|Question)[ \t]*[:.][ \t]+(?=\S)")
_QUESTION_LINE = re.compile(r"^[ \t]*" + _QUESTION_LABEL.pattern, re.MULTILINE)
_ANSWER_LABEL = re.compile(r"(?:A|Answer)[ \t]*[:.][ \t]+(?=\S)")
_GUEST_NAME = r"(?P<name>[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2})"
_GUEST = (re.compile(rf"\b[Ii]nterview(?:ed)? with {_GUEST_NAME}\b"),
          re.compile(rf"^{_GUEST_NAME} (?:will|is|was|has|had|gave|gives|talks|speaks|spoke)\b", re.MULTILINE))
_GUEST_SELF = re.compile(rf"\bMy name is {_GUEST_NAME}\b")
_NOT_GUEST = frozenset("The This That These Our We It In On At For An A".split())


@lru_cache(maxsize=8)
def _interview(text: str) -> list[tuple[int, str]]:
    """An interview's turns, by position: each question line asked by nobody (""), the lines after it answered by
    the guest; none unless two questions at least are asked and the text names its one guest."""
    questions = list(_QUESTION_LINE.finditer(text))
    if len(questions) < 2:
        return []
    opening = text[: questions[0].start()]
    found = [m.group("name") for pattern in _GUEST for m in pattern.finditer(opening)]
    found += [m.group("name") for m in _GUEST_SELF.finditer(text, questions[0].end(), questions[1].start())]
    guests = [name for name in found if not _NOT_GUEST & set(name.split())
              and (name.split()[0] in GIVEN_NAMES or not all(is_word(w) for w in name.split()))]
    if not guests:
        return []
    turns: list[tuple[int, str]] = []
    for m in questions:
        line_end = text.find("\n", m.end())
        turns.append((m.start(), ""))
        if line_end != -1:
            turns.append((line_end + 1, guests[0]))
    return turns


_QUOTED_TITLE = re.compile(r"‘[^‘’]{1,80}’|“[^“”]{1,80}”")


def _names_anyone(text: str, clause: str) -> bool:
    """Whether `clause` names a person: a first name and surname, or a surname the document uses (not inside a
    quoted title: "‘Adventures of Tom Sawyer’")."""
    clause = _QUOTED_TITLE.sub(" ", clause)
    if _NAMED.search(clause) or re.search(r",\s+[A-Z][a-z]+\s+[a-z]+ed\b", clause):
        return True  # ("Shortly before his death in 1948, Atkinson transferred": a surname as the subject)
    surnames = people_of(text).names
    return any(w in surnames for w in re.findall(r"\b[A-Z][\w-]+", clause))


def _names_someone(text: str, clause: str) -> bool:
    """Whether `clause` names a person the document names, or by a given name ("New York" names nobody)."""
    surnames = people_of(text).names
    return any(w in surnames or w in GIVEN_NAMES for w in re.findall(r"\b[A-Z][\w-]+", _QUOTED_TITLE.sub(" ", clause)))


def _in_quote(text: str, at: int) -> bool:
    """Whether offset `at` lies inside quotation marks opened before it."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_PREPOSITIONS = frozenset("on in of for with from by at to into onto under over".split())
_DETERMINERS = frozenset("the a an its his her their our this that these those some any no every each".split())


def _has_plural_present(clause: str) -> bool:
    """Whether a plural subject's present verb follows it: "Companies pay a per-ton fee", "they pay"."""
    words = re.findall(r"[^\W\d_]+", clause)[:12]
    return any((prev.lower() in ("we", "they", "you") or (prev.endswith("s") and len(prev) > 3))
               and word.islower() and "VERB" in lemmas(word) and word in lemmas(word)["VERB"]
               for prev, word in zip(words, words[1:]))


def _has_verb(clause: str) -> bool:
    """Whether a clause has a finite verb: an auxiliary, a past form or a present third person."""
    # A relative clause's verb is not the clause's: ", which includes experts ...," is left out.
    clause = re.sub(r",\s+(?:who|which|whose|whom|where)\b[^,]*,", ",", clause)
    clause = re.split(r",\s+(?:who|which|whose|whom|where)\b", clause, maxsplit=1)[0]
    # A word before a colon is a label's ("... health care plans and retirement funds: 5.1%"), not a verb.
    found = list(re.finditer(r"[^\W\d_]+(?!\w*:)", re.sub(r"[^\W\d_]+\s+and\s+(?=[^:]{0,40}:)", " ", clause)))[:40]
    words = [m.group() for m in found]
    # a comma between a noun and the next word: "The labor force participation rate, at 62.6 percent, continued"
    comma_before = [False] + [("," in m.string[a.end() : m.start()]) for a, m in zip(found, found[1:])]
    for before, prev, word, after, comma, m in zip(["", "", *words], ["", *words], words, [*words[1:], ""], comma_before,
                                                   found):
        if prev.lower() in ("a", "an", "the", "his", "her", "its", "their", "our"):
            continue  # "a landed family": an adjective
        if (not comma and before.lower() in _PREPOSITIONS and prev.islower() and word.lower() not in _AUX
                and prev not in _SUBJECT_PRONOUNS  # ("In 2018, we spent": the year is no word, "we" no noun)
                and after.islower() and (after not in _PREPOSITIONS or after in ("to", "by", "with"))
                and after not in _DETERMINERS and not _adverb_only(after)):
            continue  # "$0.28/ton on surface mined coal", "for projects related to": a participle after a noun
            # ("of 53 countries signed the", "of applicants applied online": a verb)
        if word.lower() in _AUX or _is_finite_past(word) or word in _CONTRACTED and prev.lower() in _CONTRACTING:
            return True  # ("we’re frequently issuing": the contraction's "re" is "are")
        if _is_present_3rd(word) and not _noun_before_s(prev) and not (
                after == "" and _COUNTED.search(m.string, 0, m.start())):
            return True  # ("annual funds", "for projects": plural nouns; "158,530 issues": what a figure counts)
        subject = before if prev.lower() in _SUBJECT_ADVERBS else prev
        if _is_plural_subject(subject) and _is_present_plural(word) and (after == "" or not _is_plural_subject(after)):
            return True  # "women earn on average", "women now account for 20%": a plural subject's present verb
    return False


# A figure right before a word or two (not a year's four digits): what it counts ("158,530 issues", "311,787 pull
# requests"), no verb.
_COUNTED = re.compile(r"(?:[0-9],[0-9]{3}|(?<![0-9])[0-9]{1,3}|[0-9]{5,})(?:\.[0-9]+)?\s+(?:[a-z]+\s+)?$")
_EMBEDDED_END = re.compile(r",\s+(?:could|would|will|can|may|might|must|should|was|were|is|are|has|had|did|does)\b")
_CONTRACTED = frozenset("re ve ll d m".split())
_CONTRACTING = frozenset("we they you i".split())  # the pronouns a contraction follows ("we’re", "I’ve")
_SUBJECT_ADVERBS = frozenset("now still also often usually only already increasingly typically generally".split())
_PLURAL_PRONOUNS = frozenset("we they you".split())
_SUBJECT_PRONOUNS = frozenset("we they you he she it".split())


def _is_plural_subject(word: str) -> bool:
    """A plural noun or pronoun that can open a clause: "women", "applicants", "they" (not "news", "its")."""
    w = word.lower()
    if w in _PLURAL_PRONOUNS or w in IRREGULAR_PLURALS:
        return True
    if (not word.isalpha() or not (word.islower() or word[1:].islower()) or len(w) < 4 or not w.endswith("s")
            or w.endswith(("ss", "us", "is"))):  # ("300 ASF Members collaborate": a capitalised plural as well)
        return False
    found = lemmas(w)
    return "NOUN" in found and w not in found["NOUN"] and "VERB" not in found
    # (the lemma differs from the word: a plural; and never a verb's -s form: "account" in "he accounts")


def _is_present_plural(word: str) -> bool:
    """A verb's base form that is a present tense after a plural subject ("earn", "account"), never an auxiliary."""
    if not word.isalpha() or not word.islower() or word in _AUX or word in _PREPOSITIONS or word in _DETERMINERS:
        return False
    return word in lemmas(word).get("VERB", ()) and word in verb_inflections(word).get("VBP", ())


def _adverb_only(word: str) -> bool:
    """A word the dictionary knows as an adverb and never as a noun or verb ("online", "abroad", "electronically")."""
    found = lemmas(word) if word.isalpha() and word.islower() and word not in _PREPOSITIONS else {}
    return "ADV" in found and "NOUN" not in found and "VERB" not in found


def _noun_before_s(prev: str) -> bool:
    """Whether the word before an "-s" form makes it a plural noun: a preposition ("for projects") or an
    adjective that is no verb and no adverb ("annual funds")."""
    if prev.lower() in _PREPOSITIONS:
        return True
    found = lemmas(prev) if prev.isalpha() and prev.islower() else {}
    return "ADJ" in found and "VERB" not in found and "ADV" not in found


@lru_cache(maxsize=4)
def _speaks_first_person(text: str) -> bool:
    """Whether a document's own voice is "we": "we", "our" or "us" outside quotation marks in its first 2,000 characters."""
    opening = text[:2000]
    return any(not _in_quote(opening, m.start()) for m in _FIRST_PERSON.finditer(opening) if m.group() != "I")


# A bare plural subject of a past passive, "Payments were made ...": particular things not named.
_BARE_PLURAL_PAST = re.compile(r"^([A-Z][a-z]{2,}s)\s+were\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|de|id|ld|nt|ung|ught)\b")
_NOT_PLURAL_NOUNS = frozenset("this its his has was thus news always perhaps".split())

# A work named only by its kind, as a sentence's subject: one of several a text usually names.
_THE_WORK = re.compile(r"^The\s+(?:book|novel|film|movie|album|song|paper|article|play|poem|essay|painting|opera|"
                       r"symphony|treatise|volume)\s+(?:has|had|was|is|were|became|received|sold|won|went|remains|"
                       r"remained|appeared|made)\b")


def _needs_context(text: str, a_start: int, subject: str, profiled: str = "", voiced: bool = False) -> bool:
    """Whether words before the answer point back to something the clause does not name.

    Only what precedes the blank counts: "... was created to solve these problems"
    leaves the blank's meaning intact. A "he" after a name in the same clause
    ("Nursultan Nazarbayev, which he put forward") is resolved.
    """
    # The words before the blank, and the few right after it ("In _____, such exercises were held").
    head = text[:a_start] + " _ " + text[a_start:][:40]
    if _UNRESOLVED_START.match(text) or _IT_AFTER_OPENING.match(head) or (_speaker(text) and not voiced):
        return True  # "He was ...", "In 2011, it was ...", "I uploaded 50 packages": who, the sentence before says
        # (a "we" is settled in `clause_for`: the author's own needs nothing, anybody else's has no sentence to lean on)
    same = re.search(r"\b[Tt]he\s+same\s+([a-z]+)", text)
    if same and not re.search(r"\b[Tt]he\s+same\s+[a-z]+\s+as\b", text) and not (
            same.start() > a_start and same.group(1) in ("year", "month", "day", "week", "date")):
        return True  # "the youngest trainer in the same organization": the one named before
        # (not "In April 1673 he was appointed ..., not obtaining the great seal the same year": the blank's year)
    if profiled and re.search(r"\b[Tt]he\s+(?:company|firm|corporation|agency)\b", head):
        return True  # in a person's profile, "the company" is one of several: which one, the sentence before says
    if re.match(r"^(?:[A-Z][\w.'’-]*\s+){1,4}served\s+(?:from|until|till|between|through|in|during)\b", text):
        return True  # "He served from September 22, 1817, until ...": served as what, the sentence before says
    bare = _BARE_PLURAL_PAST.match(text)
    if bare and "NOUN" in lemmas(bare.group(1).lower()) and bare.group(1).lower() not in _NOT_PLURAL_NOUNS:
        return True  # "Payments were made over 7 years": which payments, the sentence before says
    if _THE_WORK.match(text):
        return True  # "The book has seen many editions": which of the author's books, the sentence before says
    if re.search(r"\bas\s+much\b(?!\s+as)", text):
        return True  # "The experience of the 1930s certainly suggested as much": as what?
    if re.search(r"\brespectively\b", text):
        return True  # "Differences were larger ...: $126 billion and $152 billion, respectively": to what?
    for m in _ANAPHOR.finditer(head):
        if m.group().lower().startswith("such") and re.search(r"\bas\b", text[m.end() : m.end() + 80]):
            continue  # "such initiatives as X" names what it means
        if re.match(r"[Tt]he\s+organi[sz]ation\b", m.group()) and re.search(r"\b[A-Z]{2,}\b", head[: m.start()]):
            continue  # "Meanwhile FSFE's work intensified ..., and the organisation's budget reached ...": named before
        return True
    they = _THEY.search(head)
    if they and not re.search(r"\b(?:the|a|an|[Tt]hese|[Tt]hose|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|[a-z]{2,}[^s\W]s|people|"
                              r"children|men|women|staff)\b", head[: they.start()]):
        return True  # "On 26 July 1895 they were married": who they are is said before
        # (not "more than 80 people changed their minds": the plural before it is whom "their" means)
    pronoun = _PERSONAL.search(text)
    if pronoun and not subject:
        named = _NAMED.search(text, 0, pronoun.start())
        return named is None
    return False


_THERE_WERE = re.compile(r"There\s+(were|was|are|is|have\s+been|has\s+been)\s+\S+\s+([a-z]+)")
_CAPITALISED_AFTER_START = re.compile(r"(?<=\s)\S*[A-Z]")


def _said_of_each(text: str, clause: str) -> bool:
    """Whether an existential statement that names nothing is made, in the same words, of several things:
    "Bundler gained 55 new commits ... There were 225 additions and 63 deletions across 21 files." and the same
    line under RubyGems.org and RubyGems; which one is meant, only the sentence before says."""
    m = _THERE_WERE.match(clause)
    if not m or _CAPITALISED_AFTER_START.search(clause):
        return False
    return _existentials(text)[(" ".join(m.group(1).split()), m.group(2))] >= 2


@lru_cache(maxsize=8)
def _existentials(text: str) -> Counter[tuple[str, str]]:
    """How often the text says "There were <figure> <word>", by verb and word (one pass, whatever the text's length)."""
    return Counter((" ".join(m.group(1).split()), m.group(2)) for m in _THERE_WERE.finditer(text))


_DEFINITE = re.compile(r"\b[Tt]he\s+([a-z]{3,})\b(?=[,.;:]|\s+(?:was|were|is|are|has|had|have|will|would|could|"
                       r"can|may|might|did|does|also|then|later|in|on|at|for|with|from|by|during|after|before)\b)")


_DEFINITE_THEN_WORD = re.compile(r"\b[Tt]he\s+([a-z]{3,})\s+([a-z]+)\b")


def _names_again(text: str, a_start: int, before: str) -> bool:
    """Whether "the <noun>" before the blank is the one the previous sentence brought in.

    "... now marked with a blue plaque. The plaque was unveiled on _____" asks about one plaque of
    several without the sentence that says which. Only a noun the sentence before introduced ("a",
    "an", "its" ... up to three words before it) counts: "the world" or "the war" stand alone.
    """
    head = text[:a_start]
    # ("The course ran for the first time in July 1998": a past verb after the noun counts too)
    past = [m for m in _DEFINITE_THEN_WORD.finditer(head) if _is_finite_past(m.group(2))]
    for m in [*_DEFINITE.finditer(head), *past]:
        noun = m.group(1)
        if whole_word(noun, head, m.start()) or "NOUN" not in lemmas(noun):
            continue  # named in the clause already; or no noun
        stem = noun[:-1] if noun.endswith("s") else noun
        if _introduced(stem, before):
            return True
    return False


# A determiner that brings a thing in, and up to four words after it ("a blue plaque", "its new headquarters")
_INTRODUCING = re.compile(r"\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother)\s+(?=((?:[\w-]+\s+){0,3}[\w-]+))")


def _introduced(stem: str, text: str) -> bool:
    """Whether `text` brings in a `stem` (or `stem`s) with a determiner up to three words before it: what
    `\\b(?:a|an|its|...)\\s+(?:[\\w-]+\\s+){0,3}?STEMs?\\b` finds, with no pattern compiled per noun."""
    for m in _INTRODUCING.finditer(text):
        for word in m.group(1).split():
            rest = word[len(stem) :] if word.startswith(stem) else None
            if rest is not None and (rest in ("", "s") or rest.startswith("-") or rest.startswith("s-")):
                return True
    return False


_DIGITS = frozenset("0123456789")


def _word_after_space(word: str, text: str) -> int | None:
    """Where white space and then `word` (ending at a word boundary) that open `text` end, if they do: what
    `re.match(r"\\s+" + re.escape(word) + r"\\b", text)` finds."""
    if not word or not word_char(word[-1]):
        m = compiled(r"\s+" + re.escape(word) + r"\b").match(text)
        return m.end() if m else None
    body = text.lstrip()
    if body is text or not body.startswith(word):
        return None
    end = len(text) - len(body) + len(word)
    return None if end < len(text) and word_char(text[end]) else end


def _whole_word_after_start(word: str, text: str) -> bool:
    """Whether `word` stands as a word of its own in `text` anywhere but at its very start: what
    `(?<!^)\\bWORD\\b` finds."""
    if not word or not (word_char(word[0]) and word_char(word[-1])):
        return bool(compiled(rf"(?<!^)\b{re.escape(word)}\b").search(text))
    return any(at and not word_char(text[at - 1]) and not (end < len(text) and word_char(text[end]))
               for at, end in places(word, text))


_OPENING_PHRASE = re.compile(r"[A-Z][\w'’-]*\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s*")  # "In 1893, ", "At 19 years old, "


def _stand_alone(sentence: str, person: str) -> str:
    """A context sentence with its label and citation tags dropped and its "He"/subjectless opening given `person`."""
    m = _LABEL.match(sentence) or _NUMBERED.match(sentence)
    if m:
        sentence = sentence[m.end() :]
        sentence = sentence[:1].upper() + sentence[1:]  # ("2) Community --the ASF surpassed": "The ASF surpassed")
    sentence = _CITATION.sub("", sentence)  # "the rule system was redesigned ([ston90b])"
    if not person:
        return sentence
    m = _FIRST_PERSONAL.search(sentence)
    if m and (not sentence[: m.start()].strip(" ,") or _OPENING_PHRASE.fullmatch(sentence, 0, m.start())):
        # Only an opening "He"/"She" ("In 1893, she ...", "At 19 years old, he ..." too) is the person;
        # "X's mother ...; she" is not.
        return sentence[: m.start()] + person + sentence[m.end() :]
    m = _TELEGRAPHIC_VERB.match(sentence)
    lead = _with_subject(m.group("verb"), person) if m else None
    return lead + sentence[m.end() :] if m and lead else sentence


def _with_subject(verb: str, person: str) -> str | None:
    """ "Graduated" -> "N graduated", "Born" -> "N was born"; None for a word that is no résumé verb."""
    low = verb.lower()
    if low in _ACTIVE_STEPS:
        return f"{person} {low}"
    if low in _PASSIVE_STEPS:
        return f"{person} was {low}"
    return None


def _balance_quotes(d: _Draft) -> None:
    """Drop a quotation mark whose partner the trimmed clause lost."""
    for opening, closing in (("“", "”"), ("‘", "’")):
        if d.text.count(opening) > d.text.count(closing):
            d.replace(d.text.rfind(opening), d.text.rfind(opening) + 1, "")
        elif d.text.count(closing) > d.text.count(opening) and closing != "’":
            d.replace(d.text.find(closing), d.text.find(closing) + 1, "")
    if d.text.count('"') % 2:
        d.replace(d.text.find('"'), d.text.find('"') + 1, "")


_HEDGE = re.compile(r"\b(?:" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _core(text: str) -> str:
    """Lower case, hedges and punctuation gone: what a reader compares."""
    return " ".join(re.sub(r"[^\w$€£%.,]+", " ", _HEDGE.sub(" ", text.lower())).split())


def gives_away(answer: str, text: str) -> bool:
    """Whether `text` still shows the answer (or its number: "500" inside "2,500" reads as a hint too)."""
    core = _core(answer)
    if core and core in _core(text):
        return True
    # A period whose two ends the rest states ("(1956–1959), associate counsel (_____) and general counsel
    # (1961–1963)"): its neighbours give it away.
    years = _YEAR_IN_TEXT.findall(answer)
    return len(years) >= 2 and all(any(not (at and text[at - 1] in _DIGITS) and not (end < len(text) and text[end] in _DIGITS)
                                       for at, end in places(y, text)) for y in years)


_YEARS_BEFORE = re.compile(r"(?<![0-9])((?:1[5-9]|20)[0-9]{2}),\s+((?:1[5-9]|20)[0-9]{2}),?\s+(?:and|or)\s+$")
_YEARS_AFTER = re.compile(r",\s+((?:1[5-9]|20)[0-9]{2}),?\s+(?:and|or)\s+((?:1[5-9]|20)[0-9]{2})(?![0-9])")
_YEARS_AROUND = (re.compile(r"(?<![0-9])((?:1[5-9]|20)[0-9]{2}),\s+$"),
                 re.compile(r",?\s+(?:and|or)\s+((?:1[5-9]|20)[0-9]{2})(?![0-9])"))


def run_of_years(clause: Clause) -> bool:
    """Whether the answer is a year in a bare list of consecutive years ("throughout the years 2007, 2008 and
    _____"): the run gives it. (Years of different things, "Grammar (1870), ... (1871) and ... (1872)", are no run.)"""
    answer = clause.text[clause.a_start : clause.a_end]
    if not re.fullmatch(r"(?:1[5-9]|20)[0-9]{2}", answer):
        return False
    year = int(answer)
    before, after = clause.text[: clause.a_start], clause.text[clause.a_end :]
    m = _YEARS_BEFORE.search(before)
    if m and (int(m.group(1)), int(m.group(2))) == (year - 2, year - 1):
        return True
    m = _YEARS_AFTER.match(after)
    if m and (int(m.group(1)), int(m.group(2))) == (year + 1, year + 2):
        return True
    first, last = _YEARS_AROUND[0].search(before), _YEARS_AROUND[1].match(after)
    return bool(first and last and (int(first.group(1)), int(last.group(1))) == (year - 1, year + 1))


def cloze_text(clause: Clause) -> str | None:
    """The clause with the answer blanked; None when the rest gives the answer away."""
    answer = clause.text[clause.a_start : clause.a_end]
    if gives_away(answer, clause.before + " " + clause.after) or run_of_years(clause):
        return None
    before, after = clause.before, clause.after.rstrip()
    if not after or after[-1] not in ".!?" and not re.search(r"[.!?][\"”’')\]]+$", after):
        after = after.rstrip(",;:") + "."  # (not after a closing quote that a full stop precedes: 'Operations."')
    if after.endswith("?"):
        after = after[:-1] + "."
    return f"{before}{BLANK}{after}"


# ---- questions -------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _lemma(word: str) -> str:
    found = verb_lemmas(word)
    return found[0] if found else ""


_COMMON_IRREGULAR_PASTS = frozenset(
    "was were had did made took gave led won became began went came saw said held left met ran set put got told "
    "wrote built sent spent brought bought thought found grew knew flew chose rose fell paid sold kept lost won "
    "struck drew drove ate fought hit hung laid lay meant read rode rang sang sat shot shut slept spoke stood "
    "swore taught threw understood woke wore".split())


@lru_cache(maxsize=8192)
def _is_finite_past(word: str) -> bool:
    if not word.isalpha() or not word.islower():
        return False
    found = lemmas(word)
    verbs = found.get("VERB")
    if not verbs:
        return False
    if "NOUN" in found and not word.endswith("ed") and word not in _COMMON_IRREGULAR_PASTS:
        return False  # "crew" is a noun far more often than the past of "crow"
    return any(word in verb_inflections(lemma).get("VBD", ()) for lemma in verbs)


@lru_cache(maxsize=8192)
def _is_present_3rd(word: str) -> bool:
    if not word.isalpha() or not word.islower() or not word.endswith("s"):
        return False
    verbs = lemmas(word).get("VERB")
    return bool(verbs) and any(word in verb_inflections(lemma).get("VBZ", ()) for lemma in verbs)


def _wh_for_date(fact: Fact, prep: str) -> str:
    prep = prep.strip().lower()
    if prep.startswith("since"):
        return "Since when"
    if prep.startswith(("until", "till")):
        return "Until when"
    if prep in ("by", "before", "after"):
        # "By 2015, ESA was ...": a deadline, not the moment; "in what year" would be another claim
        noun = "month" if fact.value.startswith("--") and len(fact.value) == 4 else {4: "year", 7: "month"}.get(
            len(fact.value), "date")  # ("--08": "By August")
        return f"{prep.capitalize()} what {noun}"
    # From the value, not the rule: a founding or bio fact keeps its date's shape there.
    value = fact.value
    if value.startswith("FY"):
        return "In what fiscal year"
    if "/" in value and re.search(r"[0-9] and [0-9]", fact.answer) and not prep.startswith("between"):
        if re.fullmatch(r"(?:[0-9]{4}|--)?-?[0-9]{2}-[0-9]{2}/.*", value) and len(value.split("/")[0]) >= 5:
            return "On what two days"  # "on 9 and 10 October"
        return "In what two years"  # "in 2011 and 2012": two moments, not a period
    if "/" in value:
        return "During what years" if re.fullmatch(r"[0-9]{4}/[0-9]{4}", value) else "During what period"
    if value.endswith("s"):
        return "In what decade"
    if re.fullmatch(r"[0-9]{4}", value):
        return "In what year"
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}", value):
        return "In what month and year"
    if re.fullmatch(r"--[0-9]{2}", value):
        return "In what month"
    return "On what date"


_SUBJECT_CANNOT_START = frozenset(
    "in on at during according for from with by after before since until as to of over under".split()
)


_NAMING = frozenset("called named titled entitled dubbed nicknamed termed".split())
_PRONOUN_SUBJECTS = frozenset("he she it they we i you".split())


def _split_subject_verb(clause: str) -> tuple[str, str, str, str] | None:
    """(subject, verb, kind, rest) of a simple declarative clause; kind is aux, past or present.

    An auxiliary or past-tense verb is looked for first: a plural noun inside the
    subject ("coordination of border issues was signed") also reads as a verb.
    """
    words = clause.split()
    if not words or words[0].lower() in _SUBJECT_CANNOT_START:
        return None
    for present_ok in (False, True):
        for i, word in enumerate(words[:14]):
            bare = word.strip(",;:")
            if bare == word and word.rstrip("\"”’'").endswith((",", ";")):
                bare = ""  # ("called “The future of Linux Containers,” presented by": the comma inside the quote)
            if bare != word and i == 0:
                return None
            if bare != word or i == 0:
                if bare != word:
                    break  # a comma before any verb: no simple subject
                continue
            low = bare.lower()
            prev = words[i - 1].lower()
            if prev in ("the", "a", "an", "newly", "so-called", "recently", "its", "their", "his", "her"):
                continue  # "the newly established Centre": an adjective, not the verb
            if prev in ("that", "which", "who") and i >= 2:
                continue  # "monitors that could display more than 256 colors were rare": the relative clause's verb
            if low in _NAMING and words[i + 1 : i + 2] and prev not in _PRONOUN_SUBJECTS and (
                    words[i + 1][0] in "\"“‘'" or words[i + 1][0].isupper()):
                continue  # "a 5-minute lightning talk called “The future of Linux Containers,” presented by": a name
            if low in _AUX:
                kind = "aux"
            elif _is_finite_past(bare) and not (prev in _PREPOSITIONS and prev != "to") and not (
                    words[i + 1 : i + 2] == ["by"] and _is_plural_subject(prev)):
                # ("demand for skilled nuclear workers was": an adjective after a preposition;
                # "acquisitions identified by GAO": a participle after its noun)
                kind = "past"
            elif (present_ok and _is_present_3rd(bare) and prev not in ("and", "or") and prev not in _PREPOSITIONS
                  and not (i >= 2 and words[i - 2].lower() in _PREPOSITIONS and words[i - 1].isupper())):
                # ("The reauthorization for AML fees expires": a noun after a preposition is no verb)
                kind = "present"
            else:
                continue
            subject = " ".join(words[:i])
            if len(words[:i]) > 12 or _DEMONSTRATIVE.match(subject):
                return None
            return subject, bare, kind, " ".join(words[i + 1 :])
    return None


def _invert(wh: str, clause: str) -> str | None:
    """'Dushanbe hosted a session' -> 'WH did Dushanbe host a session?'"""
    parts = _split_subject_verb(clause)
    if parts is None:
        return None
    subject, verb, kind, rest = parts
    if rest.startswith(","):
        return None  # "A research institute created [in 2009], the ECSAT, is at Harwell": a participle
    first = subject.split()[0]
    named = _whole_word_after_start(first, clause[len(subject):])  # "Young ..., with Young serving"
    # "had an operational link-loader" is a possession: "did X have", not "had X"
    body = _inverted(subject, verb, kind, possession=not _participle_next(rest), named=named)
    trimmed = _trim_tail(rest)
    if rest.strip(" .") and not trimmed and verb not in _AUX:
        return None  # "procured and allocated 21,000 MRAPs": the object belongs to both verbs
    return _finish(f"{wh} {body} {trimmed}") if body else None


def _inverted(subject: str, verb: str, kind: str, possession: bool = False, named: bool = False) -> str | None:
    """Subject and verb in question order: "was X", "did X host", "does X have"; None without a lemma.

    `named`: the subject's first word is capitalised again later in the clause, so it is a name ("Young").
    """
    subject = subject if named else _decap(subject)
    if kind == "aux" and possession and verb.lower() in _POSSESSION:
        return f"{_POSSESSION[verb.lower()]} {subject} have"  # "has 2,500 hours" -> "does X have"
    if kind == "aux":
        return f"{verb.lower()} {subject}"
    lemma = _lemma(verb)
    if not lemma:
        return None
    return f"{'did' if kind == 'past' else 'does'} {subject} {lemma}"


_TAIL = re.compile(r",\s+(?:[a-z]+ing|but|yet|while|whereas|(?:less|more|higher|lower|fewer|greater)\s+than"
                   r"|and\s+(?:it|he|she|they|this|there|we|in|on|at|during|by|later|then|also|after|before)\s)\b"
                   r"|(?:^|\s+)and\s+(?=(?:his|her|their|its)\s)"  # "did X's father die and his sister a year later"
                   r"|(?:^|,?\s+)and,?\s+(?:[a-z]+ly\s+|after\s+[^,]*,\s+)?(?P<verb>[a-z]+)\b")


def _trim_tail(rest: str) -> str:
    """Cut what a question about the main verb does not need: ", assuming ...", "and worked on ..."."""
    for m in _TAIL.finditer(rest):
        verb = m.group("verb")
        if verb is None or verb in _AUX or _is_finite_past(verb):  # "... elected and is our leader"
            rest = rest[: m.start()]
            break
    m = re.search(r",\s+([a-z]+)\s+(?:as|to|in|on|at|by|for|from|with|into|the|a|an|his|her|its|their)\s", rest)
    if m and m.group(1) not in _AUX and _is_finite_past(m.group(1)):
        rest = rest[: m.start()]  # "enlisted in the Air Force [in 1957], trained as a mechanic, and was ...": a series
    for m in _AND_CLAUSE.finditer(rest):  # ", and "The" was dropped from the papers": a clause of its own
        words = re.findall(r"[A-Za-z]+", m.group("next") or m.group("next2"))[1:6]
        if any(w in _AUX or _is_finite_past(w) for w in words):
            rest = rest[: m.start()]
            break
    return rest.rstrip(" .,;:!?")


_AND_CLAUSE = re.compile(r",\s+and\s+(?P<next>(?:\S+\s+){1,5}\S+)"
                         r"|\s+and\s+(?P<next2>(?:the|a|an|its|their|his|her)\s+(?:\S+\s+){0,2}\S+)")


def _decap(phrase: str) -> str:
    """Lower-case an opening function word ("The SCO" -> "the SCO"), not a name."""
    first, _, rest = phrase.partition(" ")
    if first in _names_in_use:
        return phrase  # "Hopper advocated ...": the document's name for her, not a hopper
    if all(p in NUMBER_WORDS for p in first.lower().split("-")) and first[:1].isupper() and first[1:].islower():
        return f"{first.lower()} {rest}".strip()  # "Ten new countries joined" -> "did ten new countries join"
    if first in ("The", "A", "An", "Some", "Several", "Many", "Joint", "Special") or (
        first.istitle() and first.lower() in ("such",)
    ):
        return f"{first.lower()} {rest}".strip()
    if first.istitle() and len(first) > 3 and not rest[:1].isupper() and _is_common_noun(first):
        return f"{first.lower()} {rest}".strip()  # "Discussion began" -> "did discussion begin"
    return phrase


def _is_common_noun(word: str) -> bool:
    """A capitalised first word that is only a dictionary word ("Discussion", "Governmental"), not a name."""
    found = lemmas(word.lower())
    return bool(found) and "PROPN" not in found and word.lower() not in _INSTITUTIONS


_INSTITUTIONS = frozenset("congress senate parliament court army navy church state union".split())


def _finish(question: str) -> str:
    question = re.sub(r"\s+", " ", question).strip().rstrip(" .,;:")
    question = re.sub(r"\s+([,.;:?])", r"\1", question)
    if re.search(r"\?[\"”’']$", question):
        return question[0].upper() + question[1:]  # '... titled, "What Should ... Engineers?"': one mark asks
    return question[0].upper() + question[1:] + "?"


def _move_adverbial(clause: str) -> tuple[str, str]:
    """Split off a leading adverbial phrase: (adverbial for the end, rest)."""
    m = _DISCOURSE.match(clause)
    if m:
        return "", clause[m.end() :]
    m = re.match(r"^(?P<adv>(?:As|In|On|During|For|After|Before|At|Over|Under|Within|Through|[Ff]ollowing|[Dd]espite)"
                 r"\s[^,]{2,80}),\s+", clause)  # (lower case where a date went before it: "On X, following ...")
    if m and not any(w.lower() in _AUX for w in m.group("adv").split()):
        adv = m.group("adv")
        return adv[0].lower() + adv[1:], clause[m.end() :]
    return "", clause


_BY_THE = re.compile(r"\b[Bb]y\s+(?:the\s+)?(?:(?:early|mid|late|middle)[\s-]+)?$")
_HEDGED_DATE = re.compile(r"\b(?:[Aa]round|[Aa]bout|[Cc]irca|[Aa]pproximately|[Rr]oughly|c\.)\s+$")


def _date_question(clause: Clause, fact: Fact) -> str | None:
    text, before, after = clause.text, clause.before, clause.after
    prep_m = _PREPOSITION.search(before)
    prep = prep_m.group("prep") if prep_m else ""
    if prep.strip().lower() == "of":
        return None  # "the Treaty of May 15, 1992": the date belongs to a noun, not to the verb
    if _HEDGED_DATE.search(before) or (_BY_THE.search(before) and fact.value.endswith("s")):
        return None  # "Around 1984, three events contributed ...": "In what year" would assert the year the text hedges;
        # "By the late 1990s, discussions appeared": "In what decade" would drop the bound
    wh = _wh_for_date(fact, prep)
    if wh == "Until when" and _NEGATION.search(before):
        return None  # "JNWPU didn't have an operational NWP model until 1958": the first time, which the cloze asks
    subject = clause.subject

    # "Having graduated from X in 1986 ..., N served": ask about the step.
    m = re.match(r"^(?:Having|After)\s+(?P<verb>[a-z]+)\s+(?P<rest>.*)$", before[: len(before) - len(prep)])
    comma = after.find(",")
    if m and comma != -1:
        main = after[comma + 1 :].strip()
        parts = _split_subject_verb(main)
        who = parts[0] if parts else ""
        verb = m.group("verb")
        lemma = _lemma(verb)
        if who and lemma:
            tail = after[:comma].strip()
            tail = re.sub(r"^with\s+honou?rs\b.*$", "", tail)
            return _finish(f"{wh} did {who} {lemma} {m.group('rest')} {tail}")

    # "..., assuming also Y in 2006" / "until retiring in 1991": a participle's step.
    m = re.search(r"(?:,\s+|\buntil\s+)(?P<verb>[a-z]+ing)\s+(?:also\s+)?(?P<rest>[^,]*?)\s*$",
                  before[: len(before) - len(prep)])
    if m and prep and not after.strip(" .").strip():
        who = subject or _main_subject(text[: m.start()])
        lemma = _lemma(m.group("verb"))
        if _noun_participle_end(m.group("rest")):
            return None  # ", lowering the rates from the original amounts set in 1977": the amounts' date
        if who and lemma and (m.group("rest").strip() or lemma not in _NEEDS_COMPLEMENT):
            # (not "did he graduate?": from what, the words before say; "did he retire?" stands)
            return _finish(f"{wh} did {who} {lemma} {m.group('rest')}")

    # "until 1999 when he set up Z": the when-clause is the step.
    m = re.match(r"^\s+when\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|he|she)\s+(?P<rest>.*)$", after)
    if m:
        who = subject if m.group("who") in ("he", "she") else m.group("who")
        inverted = _invert(_wh_for_date(fact, ""), f"{who} {m.group('rest')}") if who else None
        if inverted:
            return inverted

    # "As ambassador in Beijing in 2012-14, he was credited ...": the role is the step.
    m = re.match(r"^As\s+(?P<role>[^,]+?)\s*$", before[: len(before) - len(prep)])
    if m and after.startswith(","):
        who = subject or _main_subject(after[1:])
        if who:
            return _finish(f"{wh} was {who} {m.group('role')}")

    if not prep:
        return None
    head = before[: len(before) - len(prep)]
    if re.match(r"^(?!During\b)[A-Z][a-z]+ing\b", head.strip()) and after.lstrip().startswith(","):
        return None  # "Struggling with injuries after his U.S. tour in 1925, Nurmi found ...": the date is the tour's
    m = re.match(r"^(?P<conj>When|Once|After|Before|Until|While|Although|Though|Because|Since|As|If)\s+(?P<rest>.+)$",
                 head.strip())
    if m:
        # "When the Korean War broke out in 1950, however, he enlisted": the date is the war's.
        if not after.lstrip().startswith(",") or m.group("conj") not in ("When", "Once"):
            return None
        return _invert(wh, m.group("rest"))
    if prep.lower().rstrip().endswith("the") and re.match(r"\s+[a-z]", after):
        return None  # "published in the December 1995 issue of TUGboat": the date names an issue
    if prep.strip().lower() == "since" and re.search(r"\b(?:first|last|largest|lowest|highest|biggest|most|least)\b",
                                                      before):
        return None  # "for the first time since 2015": a comparison, not when something began
    # Drop the date's phrase, then invert the main clause.
    if re.search(r"\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Uu]pon)\s+(?:a|an|the|his|her|its|their)\s+\w+(?:\s+\w+){0,4}\s*$",
                 head):
        return None  # "accepted a position after a visit to Transmeta in late 1996": the date is the visit's
    if re.search(r"\b[Ss]ince\s+(?:its|his|her|their|the)\s+[a-z]+\s*$", head):
        return None  # "has had several leaders since its beginnings in 1993": the date is the beginnings'
    if re.search(r"\b(?:beginning|starting|ending|effective|commencing)\s*$", head):
        return None  # "mandatory beginning in 2026": without its date the word dangles
    rest = after
    if not head.strip():
        m = _AFTER_DATE_APPOSITIVE.match(rest)
        if m:
            rest = rest[m.end() :]  # "In 1905, a year sometimes described as his annus mirabilis, he ..."
        m = _AFTER_DATE_WHEN.match(rest)
        if m:
            # "In 1774, when Thomas Paine was thirty-seven years old, he came to America": the main clause is the step,
            # and its "he" the person the when-clause names
            rest = f"{m.group('who')} {rest[m.end():]}"
        rest = rest.lstrip(" ,")
    elif head.rstrip().endswith(",") and rest.startswith(","):
        rest = rest[1:]
    remaining = (head.rstrip() + " " + rest.lstrip()).strip()
    adverbial, core = _move_adverbial(remaining)
    if "," in _move_adverbial(head.strip())[1]:
        return None  # the date belongs to a later phrase, not to the main verb
    if _trim_tail(head) != head.rstrip(" .,;:!?"):
        return None  # "X was a duty and was scheduled to report in April 2006": the date is the second verb's
    if _inner_clause(_move_adverbial(head.strip())[1]):
        return None  # "... resulted in cuts before it was superseded by the WTO in 1995": the date is the WTO's
    if _reduced_relative(head, core):
        return None  # "... to reclaim coal mines abandoned before 1977": the date is the mines', not the verb's
    parts = _split_subject_verb(core)
    if parts and parts[1].lower() in ("is", "are") and not _PARTICIPLE_NEXT.match(parts[3]):
        return None  # "The recovery is largely due to the ban on DDT in 1972": the date is the ban's
    question = _invert(wh, core)
    if question and adverbial:
        question = question[:-1] + " " + adverbial.strip() + "?"
    return question


# After "is"/"are": a participle or "to" makes the date the verb's ("is scheduled to launch in 2026").
_PARTICIPLE_NEXT = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn|ne|ng|lt|nt|pt|ld|ught)\b|to\b|set\b|put\b|held\b)")


_SUBORDINATOR = re.compile(r"\b(?:before|after|when|until|while|because|although|whereas|once|where|which|who|whom|"
                           r"that)\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)")


def _inner_clause(head: str) -> bool:
    """Whether a finite clause opens between the main verb and the date: "... before it was superseded"."""
    parts = _split_subject_verb(head)
    if parts is None:
        return False
    rest = parts[3]
    for m in _SUBORDINATOR.finditer(rest):
        if any(w in _AUX or _is_finite_past(w) or _is_present_3rd(w) for w in m.group(1).split()):
            return True
    return False


def _noun_participle_end(head: str) -> bool:
    """Whether the words end in a noun and a past participle: "coal mines abandoned", "amounts set"."""
    # (an agent may follow: "acquisitions identified by GAO")
    m = re.search(r"\b([a-z]+)\s+([a-z]+)(?:\s+by\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})?\s*$", head)
    return bool(m) and m.group(1) not in _AUX and "NOUN" in lemmas(m.group(1)) and _is_finite_past(m.group(2))


def _reduced_relative(head: str, core: str) -> bool:
    """Whether the words before the date end in a noun and a participle that is not the main verb:
    "coal mines abandoned (before 1977)", "the original amounts set (in 1977)"."""
    if not _noun_participle_end(head):
        return False
    parts = _split_subject_verb(core)
    return parts is not None and not head.rstrip().endswith(f"{parts[0]} {parts[1]}")


_BEFORE_PARTICIPLE = frozenset("almost nearly already also just never ever since still long".split())


def _participle_next(rest: str) -> bool:
    """Whether the words after "has"/"had" start with a past participle ("had made", "has long been")."""
    words = re.findall(r"[a-z]+", rest[:40].lower())
    while words[:2] in (["more", "than"], ["less", "than"]) or words[:1] and words[0] in _BEFORE_PARTICIPLE:
        words = words[2:] if words[:1] in (["more"], ["less"]) else words[1:]  # ("has more than doubled")
    words = [w for w in words[:2] if not w.endswith("ly")][:1]
    if not words:
        return False
    for lemma in lemmas(words[0]).get("VERB", ()):
        forms = verb_inflections(lemma)
        if words[0] in forms.get("VBN", forms.get("VBD", ())):  # (the table omits a participle like the past)
            return True
    return False


_NEEDS_COMPLEMENT = frozenset("graduate join enter enroll enrol attend transfer move return serve work study".split())
# After a leading date, a phrase about the date or the act before the subject: ", a year sometimes
# described as ...," or ", envisioning an "ever closer union,"": the question leaves it out.
_AFTER_DATE_WHEN = re.compile(r",?\s*(?:when|while)\s+(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+[^,]{1,80},"
                              r"\s+(?:he|she|they|it)\s+(?=[a-z])")
_AFTER_DATE_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:a|an)\s|[a-z]+ing\s)[^,]*(?:,[”\"’']|[”\"’']?,)(?=\s+(?:[A-Z]|the\s+[A-Z]|an?\s+[A-Z]))")


def _main_subject(clause: str) -> str:
    parts = _split_subject_verb(clause.strip(" ,"))
    return parts[0] if parts else ""


_POSSESSION = {"has": "does", "have": "do", "had": "did"}
# Where a list of further figures starts: ", 200 items", " and more than 1,400 hours".
_LIST_TAIL = re.compile(r",?\s+(?:and\s+)?(?:(?:in|of|on|at|for|with)\s+)?(?:(?:about|over|more\s+than|nearly|almost)\s+)?"
                        r"(?:(?!(?:19|20)[0-9]{2}(?![0-9,.]))[$€£]?[0-9]"  # (a year is no further figure: "in FY 2023")
                        r"|(?:" + "|".join(NUMBER_WORDS) + r")\s+(?:percent|per\s+cent)\b)")  # "and five percent Native American"


def _amount_question(clause: Clause, fact: Fact) -> str | None:
    before, after = clause.before, clause.after
    noun = fact.subject
    if fact.rule == "money":
        wh = "How much"
    elif fact.rule == "count" and noun:
        wh = f"How many {noun}"
        found = _word_after_space(noun, after)
        if found is None:
            return None
        after = after[found:]
        if re.match(r",?\s+(?:and|or)\s+[a-z]", after):
            return None  # "15 commercially manufactured vehicles and prototypes": the count covers both
    elif fact.rule == "percent":
        wh = "What percentage"
    else:
        return None  # durations and bare numbers read badly as questions; the cloze asks them
    adverbial, core = _move_adverbial(before)
    after = after.rstrip(" .")
    first = _LIST_TAIL.match(after)
    if first and not first.group().lstrip().startswith((",", "and")):
        # "$150 billion over 10 years to improve ...": the figure right after belongs to this one
        later = _LIST_TAIL.search(after, first.end())
    else:
        later = _LIST_TAIL.search(after)
    tail = after[: later.start()] if later else after
    if later and re.search(r"\bto\s+[a-z]+$", tail):
        return None  # "... to work with Congress to provide [$X for ...]": the cut took the verb's object
    if later and re.search(r"\b(?:the|a|an|following|next|past|last|first|of|in|for|during|over|within|after|"
                           r"by|about|some|nearly|almost|only)$", tail):
        return None  # "recorded during the following [12 months]": the cut left a phrase hanging
    if tail.startswith(",") or re.match(r"\s+of\b", tail):
        return None  # "$9.1 billion of investments": what the amount measures would be left behind
    if not core.strip():
        # The amount is the subject: "More than 80 people changed their minds ..."
        m = re.match(r"^\s+(?P<verb>[a-z]+)\b", tail)
        if not m or not (_is_finite_past(m.group("verb")) or m.group("verb") in _AUX
                         or _is_present_3rd(m.group("verb"))):
            return None
        if m.group("verb").endswith("ed") and not tail[m.end() :].strip(" .;:"):
            return None  # a list's note form, "18 compiler targets introduced.": no "were", no question of its own
        question = f"{wh}{tail}"
    else:
        m = re.match(r"^(?P<head>.*?)\s+(?P<verb>[a-z]+)\s+$", core)
        if m and m.group("verb") in ("are", "were") and m.group("head").lower().endswith("there"):
            # (", and companies all over the globe are looking to hire more": a clause of its own, cut)
            return _finish(_trim_tail(f"{wh} {m.group('verb')} there{tail}") + (f" {adverbial}" if adverbial else ""))
        parts = _split_subject_verb(core.strip())
        if parts is None:
            return None
        subject, verb, kind, rest = parts
        if rest.strip():
            return None  # the amount is not the verb's direct object
        if fact.rule == "percent" and verb.lower() in ("is", "are", "was", "were") and re.fullmatch(
                r"\s+[a-z][\w-]*(?:\s+[A-Z][\w-]*)?", tail):
            # "The state is 92 percent white": a share of the subject ("What percentage of the state is white?")
            return _finish(f"What percentage of {_decap(subject)} {verb.lower()}{tail}" + (f" {adverbial}" if adverbial else ""))
        body = _inverted(subject, verb, kind, possession=True)
        if body is None:
            return None
        question = f"{wh} {body}{tail}"
    if adverbial:
        question += f" {adverbial}"
    return _finish(_trim_tail(question))  # (", less than Budget and MSR projections" is no part of it)


_DANGLING_END = re.compile(r"\b(?:including|and|or|of|in|on|at|to|for|with|by|from|between|the|a|an|such\s+as|another|"
                           r"he|she|they|we|who|which|that|"
                           r"as\s+well\s+as|than|versus|compared\s+to|FY|approximately|about|around|nearly|"
                           r"roughly|some)\?$")
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b")
_SECOND_TIME = re.compile(r",?\s+and\s+(?:in|on|by)\s+(?:[A-Z][a-z]+\s+)?(?:that|the\s+same|the\s+following|the\s+next)"
                          r"\s+(?:year|month)\b")
_VERB_THEN_CLAUSE = re.compile(r"\b(?:did|does|do|will|would|can|could)\s+(?:[\w'’-]+\s+){1,4}?"
                               r"(?!(?:is|was|has|as|us|this|its|his|hers|ours|yours|theirs)\b)[a-z]+s\s+"
                               r"(?:it|he|she|they|we|I)\s+[a-z]+")
_CHANGE_ASIDE = re.compile(r",\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:reduction|increase|decrease|cut|rise|drop|gain|decline|jump"
                           r"|fall)\b[^?]*\?$")
_DID_BASE = re.compile(r"\b(?:did|does|do)\s+(?:[\w'’.-]+\s+){1,6}?(?P<verb>[a-z]+)\s+(?P<rest>[^,;?]*)")
_BEFORE_SECOND_VERB = frozenset("that which who whom and or but was were had has have been be being is are not also "
                                "then to by".split())


def _second_verb(question: str) -> bool:
    """Whether a "did ... <verb>" question goes on to a finite past verb right after a plain noun, the clause's true
    verb ("... did Mozilla support projects included contributions"), which the first verb only modified."""
    m = _DID_BASE.search(question)
    if not m or "VERB" not in lemmas(m.group("verb")):
        return False
    words = m.group("rest").split()
    for before, word in zip(words, words[1:4]):
        if (word.endswith("ed") and _is_finite_past(word) and before.isalpha() and before.lower() not in
                _BEFORE_SECOND_VERB and before.endswith("s") and "NOUN" in lemmas(before.lower())):
            return True
    return False


_OR_BOUND = re.compile(r"\bor\s+(?:less|more|fewer|above|below|higher|lower|so|earlier|later)\b")
_YEAR_IN_TEXT = re.compile(r"(?<![0-9])(?:1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])")


def question_for(clause: Clause, fact: Fact) -> str | None:
    """A short-answer question for the fact, or None when its clause has no usable shape."""
    if clause.context:
        return None
    global _names_in_use
    _names_in_use = clause.names
    try:
        question = _question_for(clause, fact)
    finally:
        _names_in_use = frozenset()
    if question and re.search(r"\b(?:compared|than|versus|from|to|with)\?$", question):
        return None  # "How much were unrestricted net assets at the end of 2009 compared?": cut before its other half
    if question and fact.kind in ("date", "bio", "founding"):
        # "began running operationally later in 1955": "later" went with the date, and without it says nothing
        question = re.sub(r",?\s+(?:later|earlier|early|late)\?$", "?", question)
    if question:
        # "... released for the first time under GPL and in December that year, the source code management moved
        # ...": the second clause has a time of its own; the question ends before it
        m = _SECOND_TIME.search(question)
        if m and len(question[: m.start()].split()) >= 6:
            question = question[: m.start()].rstrip(" ,;") + "?"
    if question and re.search(r"\b(?:did|does|do|has|have|had|was|were|is|are|will)\s+(?:when|while)\b", question):
        return None  # "Since when did when the Trust begin ...": a subordinate clause taken for the main one
    if question and _VERB_THEN_CLAUSE.search(question):
        return None  # "The Board anticipates it will use 32 FTE in FY 2024": no "... will the Board anticipates it use?"
    if question and fact.kind == "amount" and re.match(r"\s+(?:more|less|fewer)(?=\s*[(,.;]|\s+(?:than|in|of|for)\b)",
                                                              clause.after):
        return None  # "provided $528.8 million more (37%) in appropriations than ...": no "How much did P.L. 119-74
        # provide more"; the cloze asks it
    if question and fact.kind == "amount":
        # "requests $227.1 million for the Water Resources Mission Area, a reduction from its FY2026 funding of ...":
        # the aside says what the sum was; the question, without the sum, ends before it
        m = _CHANGE_ASIDE.search(question)
        if m and len(question[: m.start()].split()) >= 5:
            question = question[: m.start()] + "?"
    if question and _second_verb(question):
        return None  # "Mozilla supported projects in 2009 included ...": "supported" modified the noun; no "In what
        # year did Mozilla support projects included ...?"
    if question and _OR_BOUND.search(question):
        return None  # "20 donors donated $10 or less": no "How much did 20 donors donate or less?"; the cloze asks it
    if question and question.count("(") > question.count(")"):
        # "How much does the request seek in discretionary funding (an increase?": a question cut inside an aside
        # ends before the aside
        depth, cut = 0, -1
        for i, ch in enumerate(question):
            if ch == "(":
                if depth == 0:
                    cut = i
                depth += 1
            elif ch == ")" and depth:
                depth -= 1
        stem = question[:cut].rstrip(" ,;:–—-")
        question = stem + "?" if depth and len(stem.split()) >= 4 else None
    if question and (question.count("“") > question.count("”") or len(re.findall(r"(?<=\s)['‘](?=\w)", question))
                     > len(re.findall(r"(?<=[\w.,!?])['’](?=[\s,.;:?!]|$)", question))):
        return None  # "... travel abroad 'into several parts of the learned world?": a quotation cut open
    return question


# The names of the document a question is being written for (set by `question_for`), which `_decap` keeps.
_names_in_use: frozenset[str] = frozenset()


_AFTER_DO = re.compile(r"\b(?:did|does|do)\b")
_IN_RELATIVE = re.compile(r"\b(?:which|who)\s+(?:[a-z]+\s+){0,2}(?:on|in|at|by|during)\s+$")


def _question_for(clause: Clause, fact: Fact) -> str | None:
    if fact.kind in ("date", "founding", "bio"):
        if re.match(r",\s+when\s", clause.after) and len(clause.before.split()) > 2:
            return None  # "you would have to wait until _____, when manylinux wheels were introduced": the "when" clause
            # tells what the date is; a question cannot carry it
        if _IN_RELATIVE.search(clause.before):
            return None  # "... to change the assignee to Gentoo Foundation which happend on _____": a relative
            # clause's date, which no question on the main clause can ask
        if fact.rule == "age":
            return f"How old was {clause.subject} when the text was written?" if clause.subject else None
        if SEASON.search(fact.answer):
            return None  # "scheduled for launch in the Fall of 1986": no "In what year" asks a season; the cloze does
        question = _date_question(clause, fact)
    elif fact.kind == "amount":
        question = _amount_question(clause, fact)
    else:
        return None
    if question is None:
        return None
    if _DANGLING_END.search(question):
        return None  # "... challenges, including?": a cut left the question hanging
    # A question that still names its answer, or opens on an unresolved word, is discarded.
    if gives_away(fact.answer, question) or len(question.split()) < 4 or run_of_years(clause):
        return None
    if fact.kind != "amount" and _YEAR_IN_TEXT.search(question):
        return None  # another year in a "when" question: which one is asked about blurs
    if re.search(r"\b(?:he|she|him|her|his)\b", question) and not clause.subject:
        return None
    if _FIRST_PERSON.search(question):
        return None  # "... who we have successfully flown": a speaker's "we" means nothing in a question
    if any(w.endswith("s") and w not in lemmas(w).get("VERB", (w,)) and "NOUN" not in lemmas(w) and "AUX" not in lemmas(w)
           for m in _AFTER_DO.finditer(question) for w in question[m.end() :].split()[:10]):
        return None  # "On what date did a letter archive indicates ...?": the date sat inside the subject ("A letter
        # archived at 2003-10-30 indicates ..."), and the verb taken for the main one was not
    return question
