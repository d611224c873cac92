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
from functools import lru_cache
from typing import NamedTuple

from ..data import (CAREER_STEMS, CAREER_WORDS, GIVEN_NAMES, KIN_GENDER, LOWER, MONTHS, OCCUPATIONS, ORG_WORDS,
                    PERSON_TITLES, SENTENCE_STARTERS, UPPER, or_regex, word_regex)
from ..lexicon import is_word
from ..models import Document, Fact, Sentence

__all__ = ["find_bio", "find_people", "People", "people_of", "BORN_DIED_ABBREVIATED"]

# Smith, McNair, AlMulla, Jean-Luc, Żorawski, Skłodowska
_NAME_WORD = rf"[{UPPER}][{LOWER}'’]{{0,2}}[{UPPER}]?[{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?"
# Patterns that scan a whole text open with a character class and check the word boundary
# after it ("[A-Z](?<!\w.)" is "\b[A-Z]"): `re` then skips ahead to candidate characters, twice as fast.
# (a nickname in quotes may stand inside: "Charles ''Charlie'' S. Hamilton")
_PERSON = re.compile(rf"[{UPPER}](?<!\w.){_NAME_WORD[len(f'[{UPPER}]'):]}"
                     rf"(?:(?:[ \t]+\n?|\n)[ \t]*(?:(?:''|\"|“)[{UPPER}][{LOWER}]+(?:''|\"|”)\s+)?(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,3}}\b")
# (a name runs on over one line break of hard-wrapped text, never over a blank line: "by Elbert Hubbard" in a title is
# no part of "Thomas Paine" opening the next paragraph)
# A reference work's "b." and "d." after a comma: ", b. in Florida, Monroe co., Mo., 30 Nov., 1835".
BORN_DIED_ABBREVIATED = re.compile(r"(?<=[,;:] )[bd]\.(?= (?:in|at|near|on)\b| [0-9]| [A-Z][a-z]+,)")
# (or straight before the place: "...: b. Florida, Mo., 30 Nov. 1835; d. Redding, Conn., 21 April 1910")
_PASSED_AWAY = r"passed\s+(?:[a-z]+ly\s+)?away"  # a death: "passed away", "passed peacefully away"
_CAREER = re.compile(r"\b(?P<word>" + or_regex(CAREER_STEMS) + r"(?:e|es|ed|d|ing|s)?|" + or_regex(CAREER_WORDS)
                     + "|" + _PASSED_AWAY + r")\b", re.IGNORECASE)
_CAREER_LOWER = re.compile(r"\b(?P<word>" + or_regex(w.lower() for w in CAREER_STEMS) + r"(?:e|es|ed|d|ing|s)?|"
                           + or_regex(w.lower() for w in CAREER_WORDS) + "|" + _PASSED_AWAY + r")\b")
_ABBREVIATED_STEP = {"b.": "born", "d.": "died"}
_BORN_DIED_HINT = re.compile(r"[,;:] [bd]\. ")  # a cheap test before BORN_DIED_ABBREVIATED looks closer
# A telegraphic line of a résumé-style biography: "Born May 19, 1939, in ...",
# "EDUCATION: Graduated from ...": its subject is the person profiled.
_TELEGRAPHIC = re.compile(r"(?:[A-Z][A-Z &/-]+:\s*)?(?:" + or_regex(CAREER_STEMS) + r"(?:e|es|ed|d|ing|s)?|"
                          + or_regex(CAREER_WORDS) + "|" + _PASSED_AWAY + r")\b", re.IGNORECASE)
_PRONOUN = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])(?:e|is|er)|(?<=[Ss])he)\b")  # he, she, his, her
_AGE = re.compile(r",\s+(?P<age>[1-9][0-9]),")
_CHUNK_BREAK = re.compile(r",|;|\s[–—]\s|\s-\s")
_NOT_NAME = SENTENCE_STARTERS | frozenset(MONTHS) | ORG_WORDS | frozenset(
    "President Prime Minister Secretary Head Chairman Chair King Queen Mr Mrs Ms Dr Professor "
    "According Having Following Today Yesterday Earlier Later Finally Moscow-based".split()
)
_MIN_MILESTONES = 2


_is_dictionary_word = is_word


_CAPITALISED = re.compile(rf"[{UPPER}](?<!\w.)[\w'’-]*")
_BORN_AS = re.compile(rf"\((?:born|née|né)\s+(?P<name>[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}})(?=[;,)])")
# "her mother", "Maria's oldest sibling": a relative who is not named may be what a later "she" means.
# (The kinship word is looked for first, its owner right before it: one cheap pass over the text.)
_KIN_WORD = re.compile(word_regex(KIN_GENDER))
_KIN_OWNER = re.compile(r"(?:\b(?:[Hh]er|[Hh]is|[Tt]heir)|\b\w+['’]s)\s+(?:(?:older|younger|elder|eldest|oldest|"
                        r"youngest|late|first|second|future)\s+)?$")
_OTHER_LIFE = re.compile(r"[A-Z][A-Za-z'’-]+\s+\((?:c\.\s*)?1[0-9]{3}[-–]1[0-9]{3}\)")  # "PAGET (1818-1880)"
_PREVIOUS_WORD = re.compile(r"(\S+)[ \t]+$")

# What stands right after a person's name somewhere in a text: an age, "born",
# a verb, "who", "said".
_AFTER_PERSON = re.compile(
    r"(?:,\s+(?:[1-9][0-9],|born\b|who\b|an?\s+(?:[a-z-]+\s+){0,2}" + or_regex(OCCUPATIONS) + r"\b)|\s+\(born\b|\s+\((?:c\.\s*)?1[0-9]{3}[-–]1[0-9]{3}\)"  # "Lord George Paget (1818-1880)"
    r"|\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?"
    r"(?:is|was|has|had|will|would|can|could|said|says|told|became|holds|earned|served|joined|won|led|"
    r"flew|went|grew|began|wrote|took|made|left|met|ran|spent|taught|held|gave|built|brought|sold|"
    r"[a-z]{3,}ed)\b)"
)
_TITLE_BEFORE = re.compile(r"\b(?P<title>[A-Za-z-]+)\.?\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|of|to)\s+(?:the\s+)?$")
_GENDER = re.compile(r"\b(?P<he>[Hh]e|[Hh]is|[Hh]im)\b|\b(?P<she>[Ss]he|[Hh]er)\b")


_RANKS = frozenset("Rear Vice Deputy Chief Senior Brigadier Staff Master Fleet Flight Lance Petty First Second".split())


_INITIALS_NAME = re.compile(rf"(?<![\w.])(?:[A-Z]\.\s?){{1,3}}(?P<surname>[{UPPER}][{LOWER}]{{2,}})\b(?!\s+[{UPPER}])")


def _name_words(raw: str) -> list[str]:
    words = [w for w in raw.split() if w[0] not in "'\"“"]  # (not a nickname in quotes)
    while words and (words[0] in _NOT_NAME or words[0].endswith(("’s", "'s")) or words[0] in PERSON_TITLES
                     or words[0] in _RANKS and len(words) > 1 and words[1] in PERSON_TITLES):
        words = words[1:]  # ("Rear Admiral Charles S. Hamilton": the rank is no part of the name)
    return words


_HEADWORD_OPENING = re.compile(r"[A-Z][A-Z'’-]+,\s+(?:(?:Sir|SIR|Lord|LORD|Lady|LADY|Dame|DAME)\s+)?"
                               r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2}(?=\s*[(,])")


_PASSIVE_BEFORE = re.compile(r"(?:\b(?:was|were|been|being|be|is|are)|,)\s+(?:first\s+|also\s+|later\s+)?$")
_AGENT_AFTER = re.compile(r"\w+\s+(?:in\s+[\w,]+(?:\s+[\w,]+){0,2}\s+)?by\b")  # "published in 1613 by Francis Mason"
_JOINED_SUBJECT = re.compile(r"(?:[,;]\s*(?:and|but)|;)\s+$")
_KIN_NAMED = re.compile(r"(?:['’]s\s+(?:Christian\s+)?name)?\s+(?:was|is)\s+[A-Z][a-z]")


_BYLINE = re.compile(r"\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$")
_PLAIN_HEADWORD = re.compile(r"((?:[A-Z][a-z'’-]+|[A-Z][A-Z'’-]+),\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){0,2})"
                             r"(?:\s+\([^()]{1,60}\))?,\s+(?=[a-z]|[A-Z][a-z]+\s+[a-z])")
_LIFE_SOON = re.compile(r"\b(?:born|b\.|died|d\.)\s|\((?:c\.\s*)?1[0-9]{3}")


def _title_person(text: str) -> str:
    """The person a title line names ("Bill Gates", "MICHAEL J. SMITH (CAPTAIN, USN)"), if it is just a name, or
    the headword a dictionary article opens with, on the first line or on the line after a short title
    ("The American Cyclopaedia (1879): Clemens, Samuel Langhorne", then "CLEMENS, Samuel Langhorne (Mark Twain), ...")."""
    text = text.lstrip()
    person = _line_person(text)
    title, _, rest = text.partition("\n")
    rest = rest.lstrip()
    if person and _with_article(title.strip(), rest):
        return ""  # "Toronto Star" over "The Toronto Star is a Canadian broadsheet daily newspaper": a thing
    if person or len(title) > 120 or len(rest.split("\n", 1)[0]) <= 120:
        return person
    return _line_person(rest)


def _with_article(name: str, text: str) -> bool:
    """Whether `text` opens by naming `name` as "The ...": a thing, not a person."""
    return text.startswith(f"The {name}")


def _line_person(text: str) -> str:
    """The person the first line of `text` names, by itself or as a dictionary headword."""
    first = text.split("\n", 1)[0].strip()
    byline = _BYLINE.search(first)
    if byline and len(first) <= 120:
        first = first[: byline.start()]  # "Thomas Paine by Elbert Hubbard": the title names Paine
    if len(first) > 120:
        # A biographical dictionary's article opens with its headword in capitals: "BRENT, Sir NATHANIEL (1573?–1652),
        # warden of Merton College, ..." is Nathaniel Brent.
        m = _HEADWORD_OPENING.match(first)
        # ... or in plain case, with a birth or a life span soon after: "Abbot, George, archbishop of Canterbury,
        # born Oct. 29, 1562, at Guildford", "CLEMENS, Samuel Langhorne (Mark Twain), an American humorist, born ..."
        plain = None if m else _PLAIN_HEADWORD.match(first)
        if plain and not _LIFE_SOON.search(first, plain.end(), plain.end() + 120):
            plain = None
        if not (m or plain):
            return ""
        first = m.group() if m else plain.group(1)
    line = " ".join(re.sub(r"\([^)]*\)", " ", first).split())
    letters = [ch for ch in line if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) >= 0.7 * len(letters):
        line = line.title()
    # An encyclopedia's headword puts the surname first: "BROOKE, SIR JAMES" is James Brooke.
    inverted = re.fullmatch(r"([A-Z][\w'’-]+),\s+(?:(?:Sir|Lord|Lady|Dame)\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})",
                            line)
    # A peer's headword names the title first: "ANGLESEY, HENRY WILLIAM PAGET, 1st MARQUESS OF" is Henry William Paget.
    peer = re.fullmatch(r"[A-Z][\w'’-]+,\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+(?:[0-9]+\w*\s+)?"
                        r"(?:Earl|Duke|Marquess|Marquis|Baron|Viscount|Count|Countess|Duchess|Baroness)\s+(?:Of|of)\b.*", line)
    if peer:
        line, inverted = peer.group(1), None
    if inverted:  # ("CLEMENS, Samuel Langhorne": only the surname in capitals)
        surname = inverted.group(1).title() if inverted.group(1).isupper() else inverted.group(1)
        line = f"{inverted.group(2)} {surname}"
    m = _PERSON.fullmatch(line)
    if not m:
        return ""
    words = _name_words(m.group())
    if not 2 <= len(words) <= 4 or not (words[0] in GIVEN_NAMES or not _is_dictionary_word(words[0])):
        return ""
    # Spell the surname as the body does ("Mcnair" from a capitalised title is "McNair").
    # (the pattern opens with a class of the name's first letter in both cases, so `re` skips ahead)
    initial = words[-1][0]
    body = re.findall(rf"[{initial.lower()}{initial.upper()}](?<!\w.)(?i:{re.escape(words[-1][1:])})\b",
                      text[len(first) + 1 :])
    if body:
        spelled = [w for w in body if not w.isupper()] or body  # ("Mr. Clemens" over the headword's "CLEMENS")
        words[-1] = Counter(spelled).most_common(1)[0][0]
    return " ".join(words)


class People:
    """The people a text names, and where it mentions them, found in one pass.

    A capitalised run of two to four words is a person's name when
    - it starts with a common given name, or none of its words is a dictionary
      word ("Central Asia", "Presidential Residence" hold one);
    - somewhere the text treats it as a person: an age or "born" after it, a verb
      after it ("X was", "X served"), or a title before it ("Dr.", "President");
    - the text never puts it after "in", "at", "from", "near" (a place: "in Cle Elum").
    A leading word that the text also uses on its own more often ("Kazakhstan" in
    "President of Kazakhstan Nursultan Nazarbayev") belongs to what came before.
    A later lone surname refers back to the first full name with it. An all-caps
    title line that is a name ("MICHAEL J. SMITH (CAPTAIN, USN)") names the person
    the text profiles.
    """

    def __init__(self, text: str) -> None:
        counts = Counter(_CAPITALISED.findall(text))
        full_names: dict[str, str] = {}
        variants: dict[str, dict[str, str]] = {}  # surname -> first word -> full name ("Marie", "Pierre" Curie)
        rejected: set[str] = set()
        evidence: Counter[str] = Counter()
        placed: Counter[str] = Counter()
        names_of: dict[str, list[str] | None] = {}  # a run's name words, worked out once per spelling
        for m in _PERSON.finditer(text):
            raw = m.group()
            words = names_of.get(raw, ())
            if words == ():
                words = _name_words(raw)
                while (len(words) > 2 and counts[words[0]] > counts[words[1]] and not re.fullmatch(r"[A-Z]\.", words[1])
                       and words[0] not in GIVEN_NAMES):
                    # (never down to an initial: "Charles S. Hamilton" is no "S. Hamilton"; and a given name is the
                    # person's own: "John Quincy Adams" beside "John Adams" is no "Quincy Adams")
                    words = words[1:]
                if len(words) < 2 or any(w in _NOT_NAME or w.endswith(("’s", "'s")) for w in words):
                    words = None
                names_of[raw] = words
            if words is None:
                continue
            surname = words[-1]
            joined = " ".join(words)
            if joined in rejected:
                continue
            if surname not in full_names:
                if words[0] not in GIVEN_NAMES and any(
                        _is_dictionary_word(part) for w in words for part in w.split("-")):
                    rejected.add(joined)
                    continue
                full_names[surname] = " ".join(words)
            elif words[0] != full_names[surname].split()[0] and (
                    words[0] in GIVEN_NAMES or not _is_dictionary_word(words[0])):
                variants.setdefault(surname, {full_names[surname].split()[0]: full_names[surname]})
                variants[surname].setdefault(words[0], joined)
            before = text[max(0, m.start() - 20) : m.start()]
            title = _TITLE_BEFORE.search(before)
            if _PLACE_BEFORE.search(before):
                placed[surname] += 1
            elif _AFTER_PERSON.match(text, m.end()) or (title and title.group("title") in PERSON_TITLES):
                evidence[surname] += 1
        for m in _INITIALS_NAME.finditer(text):
            # "written by J. F. Ossanna": a surname after initials names a person, once the text treats it as one
            # below ("Ossanna wrote a version of 'nroff'")
            surname = m.group("surname")
            if surname not in full_names and not _is_dictionary_word(surname) and surname not in _NOT_NAME:
                full_names[surname] = " ".join(m.group().split())
        profiled = _title_person(text)
        born = _BORN_AS.search(text, 0, 800) if profiled else None
        born_words = [w for w in born.group("name").title().split() if re.fullmatch(_NAME_WORD, w)] if born else []
        # Every capitalised word that may name someone, with its offset: one pass over the text.
        wanted = set(full_names) | set(born_words) | ({profiled.split()[0], profiled.split()[-1]} if profiled else set())
        tokens = [(m.start(), word) for m in _CAPITALISED.finditer(text) if (word := m.group()) in wanted]
        for pos, word in tokens:  # a lone surname followed by a verb: "Hathaway flew"
            if word in full_names and (not evidence[word] or placed[word]) and _AFTER_PERSON.match(text, pos + len(word)):
                evidence[word] += 1
        # (a place is never a subject as often as it is a place: "the remains of Thomas Paine" once, after "Thomas
        # Paine was", "Paine enlisted", is still a man)
        self.names = {s: full for s, full in full_names.items() if evidence[s] and evidence[s] > placed[s]}
        if profiled:
            self.names[profiled.split()[-1]] = profiled
            # A birth name in the opening ("(born MARIA SALOMEA SKŁODOWSKA;", "née Smith") is theirs too.
            aliases = [profiled.split()[0]]
            if born_words and born_words[-1] not in _NOT_NAME and born_words[-1] not in GIVEN_NAMES:
                self.names[born_words[-1]] = profiled
                aliases.append(born_words[0])
            # Their given names alone ("Maria began attending ...") mean them, unless someone else has one.
            taken = {full.split()[0] for full in self.names.values() if full != profiled}
            for given in aliases:
                if given not in taken and given not in self.names and given not in _NOT_NAME:
                    self.names[given] = profiled
            if profiled.split()[-1] in variants:
                variants[profiled.split()[-1]][profiled.split()[0]] = profiled
        # Each mention's person. Where two people share a surname ("Marie Curie", "Pierre Curie"),
        # the word before it decides, and a lone surname is nobody's ("?Curie"): it may be either.
        self._positions: list[int] = []
        self._fulls: list[str] = []
        # In a profile, a lone shared surname is the person profiled ("Hopper" beside her husband
        # "Vincent Foster Hopper") unless the words after it speak only of the other sex.
        first_pronoun = _GENDER.search(text, 0, 3000) if profiled else None
        profiled_gender = ("he" if first_pronoun.group("he") else "she") if first_pronoun else ""
        for pos, word in tokens:
            if word not in self.names:
                continue
            full = self.names[word]
            shared = variants.get(word)
            if shared and len(shared) > 1:
                prev = _PREVIOUS_WORD.search(text, max(0, pos - 40), pos)
                if prev and prev.group(1) in shared:
                    full = shared[prev.group(1)]
                elif profiled and full == profiled and profiled_gender:
                    after = {("he" if m.group("he") else "she") for m in _GENDER.finditer(text, pos, pos + 150)}
                    full = profiled if profiled_gender in after or not after else "?" + word
                else:
                    full = "?" + word
            self._positions.append(pos)
            self._fulls.append(full)
        if profiled:
            # The opening of a profile often spells the name in capitals ("LINUS BENEDICT TORVALDS (born ...").
            # (an encyclopedia repeats its headword as the first sentence's subject: "BROOKE, SIR JAMES (1803-1868),
            # English soldier ..., was born")
            for caps in re.finditer(rf"\b{re.escape(profiled.split()[-1].upper())}\b", text[:1500]):
                if caps.start() not in self._positions:
                    at = bisect.bisect_left(self._positions, caps.start())
                    self._positions.insert(at, caps.start())
                    self._fulls.insert(at, profiled)
        self._kin = []
        for m in _KIN_WORD.finditer(text):
            owner = _KIN_OWNER.search(text, max(0, m.start() - 40), m.start())
            if owner:
                self._kin.append((owner.start(), m.end(), "~" + KIN_GENDER[m.group()]))
        self._kin_starts = [k[0] for k in self._kin]
        self._pronouns = [m.start() for m in _PRONOUN.finditer(text)]
        self._antecedents: tuple[tuple[int, ...], dict[int, str]] | None = None
        self.profiled = profiled  # the person a title line names: the text is their profile
        self.main = profiled or max(self.names.values(), key=lambda full: (counts[full.split()[-1]], full),
                                    default="")
        self.gender = self._genders(text)

    def _genders(self, text: str) -> dict[str, str]:
        """'he' or 'she' for each person: the first such pronoun after their first mention."""
        genders: dict[str, str] = {}
        for pos, full in zip(self._positions, self._fulls):
            if full in genders or full.startswith("?"):
                continue
            m = _GENDER.search(text, pos, pos + 400)
            if m:
                genders[full] = "he" if m.group("he") else "she"
        return genders

    def mentions(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, full name) of every mention in text[start:end], in order."""
        lo, hi = bisect.bisect_left(self._positions, start), bisect.bisect_left(self._positions, end)
        return [(self._positions[i], self._fulls[i]) for i in range(lo, hi) if not self._fulls[i].startswith("?")]

    def _first_subject(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """Who a sentence opens with: a named person, a shared surname ("?Curie"), or a relative
        who is not named ("Maria's mother Bronisława" -> "~she") at its start."""
        lo = bisect.bisect_left(self._positions, start)
        named = None
        while lo < len(self._positions) and self._positions[lo] < end:
            pos = self._positions[lo]
            word_end = text.find(" ", pos, end)
            if not text[pos : word_end if word_end != -1 else end].endswith(("'s", "’s")):
                named = (pos, self._fulls[lo])
                break
            lo += 1  # "Maria's mother ...": the possessor is not the subject
        k = bisect.bisect_left(self._kin_starts, start)
        if k < len(self._kin) and self._kin[k][0] < end and len(text[start : self._kin[k][0]].split()) <= 2:
            kin_start, kin_end, pseudo = self._kin[k]
            followed_by_name = named and not text[kin_end : named[0]].strip()  # "her husband Pierre Curie"
            if _KIN_NAMED.match(text, kin_end):
                return None  # "His grandfather's name was Richard": a pedigree, not a relative who acts
            if not followed_by_name and (named is None or kin_start < named[0]):
                return kin_start, pseudo
        return named

    def antecedents(self, text: str, sentences: Sequence[Sentence]) -> dict[int, str]:
        """Sentence start -> the person its first "he"/"she"/"his"/"her" most likely means.

        The first person a sentence names is usually its subject; a pronoun in a
        later sentence means the latest such subject whose pronoun it is. (Computed
        once per list of sentences: the extractor and the item writer both ask.)
        """
        key = tuple(s.start for s in sentences)
        if self._antecedents is not None and self._antecedents[0] == key:
            return self._antecedents[1]
        resolved = self._resolve(text, sentences)
        self._antecedents = (key, resolved)
        return resolved

    def _resolve(self, text: str, sentences: Sequence[Sentence]) -> dict[int, str]:
        resolved: dict[int, str] = {}
        subjects: list[str] = []
        for index, sentence in enumerate(sentences):
            pronoun = self.pronoun_in(text, sentence.start, sentence.end)
            meant = ""
            if pronoun:
                # A relative who is not named is what a pronoun means only right after the sentence about them
                # ("Maria's mother Bronisława operated a school ... She died"), and never the owner in "His
                # mother": in "His father ... had long lived in Bengal. His mother was ... He received", "He"
                # and "His" are the person profiled.
                window = subjects[-4:]
                owner = self._owns_kin(pronoun)
                for i in range(len(window) - 1, -1, -1):
                    person = window[i]
                    if person.startswith("~") and (owner or i != len(window) - 1):
                        continue
                    if self.fits(person, pronoun.group()):
                        meant = person
                        break
                else:
                    # In a profile, "he" with nobody else named yet (relatives aside) is the person profiled.
                    if (self.profiled and not any(p[0] != "~" for p in window)
                            and self.fits(self.profiled, pronoun.group())):
                        meant = self.profiled
                if meant and meant[0] not in "~?":  # a relative or a shared surname: nobody to name
                    resolved[sentence.start] = meant
            first = self._first_subject(text, sentence.start, sentence.end)
            if index >= 2 and _OTHER_LIFE.search(text, sentence.start, sentence.end):
                # "another, LORD GEORGE AUGUSTUS FREDERICK PAGET (1818-1880), led ... In 1865 he was made ...":
                # someone introduced with a life span is who the next "he" means, though no name was recognised
                first = (sentence.start, "~*")
            if meant and pronoun and (first is None or pronoun.start() < first[0]):
                subjects.append(meant)  # "She returned to her father": still about her
            elif first:
                subjects.append(first[1])
                if first[1][:1] == "~" and self.profiled and any(
                        pos > first[0] and full == self.profiled and _JOINED_SUBJECT.search(text, sentence.start, pos)
                        for pos, full in self.mentions(sentence.start, sentence.end)):
                    # "In 1861 his brother was appointed secretary ..., and Samuel accompanied him": the next "He"
                    # is the person profiled, the subject of the second clause (not in "... after Maria was born")
                    subjects.append(self.profiled)
        return resolved

    def _owns_kin(self, pronoun: re.Match[str]) -> bool:
        """Whether the pronoun is the owner of a relative: "His" of "His mother"."""
        k = bisect.bisect_left(self._kin_starts, pronoun.start())
        return k < len(self._kin) and self._kin[k][0] == pronoun.start()

    def pronoun_in(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The first "he"/"she"/"his"/"her" in text[start:end] (from positions found once)."""
        i = bisect.bisect_left(self._pronouns, start)
        if i == len(self._pronouns) or self._pronouns[i] >= end:
            return None
        return _PRONOUN.match(text, self._pronouns[i])

    def fits(self, person: str, pronoun: str) -> bool:
        """Whether `pronoun` ("he", "She", "his" ...) can refer to `person`."""
        gender = person[1:] if person.startswith("~") else self.gender.get(person)
        if gender is None or gender == "*":
            return True
        return ("he" if pronoun.lower() in ("he", "his", "him") else "she") == gender


@lru_cache(maxsize=4)
def people_of(text: str) -> People:
    """`People(text)`, computed once per text (the extractors and the item writer both need it)."""
    return People(text)


def find_people(text: str) -> dict[str, str]:
    """Surname -> full name, for every person-like name in `text` (first full form wins)."""
    return people_of(text).names


def _chunks(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    bounds = [sentence.start]
    for m in _CHUNK_BREAK.finditer(text, sentence.start, sentence.end):
        bounds.append(m.end())
    bounds.append(sentence.end)
    return list(zip(bounds, bounds[1:]))


class _Word(NamedTuple):
    """A career word found in a clause: where it starts, and the word as written."""

    at: int
    word: str


def _career_words(text: str, sentence: Sentence) -> tuple[list[tuple[int, int]], list[list[_Word]]]:
    """The sentence's clauses and the career words in each (one pass per sentence, on lower-case text:
    a case-insensitive alternation of a few hundred words is several times slower)."""
    chunks = _chunks(text, sentence)
    low = text[sentence.start : sentence.end].lower()
    if len(low) != sentence.end - sentence.start:  # a letter whose lower case is longer ("İ"): no shortcut
        found = [_Word(m.start(), m.group("word")) for m in _CAREER.finditer(text, sentence.start, sentence.end)]
    else:
        found = [_Word(sentence.start + m.start(), text[sentence.start + m.start() : sentence.start + m.end()])
                 for m in _CAREER_LOWER.finditer(low)]
    if _BORN_DIED_HINT.search(low):
        # a reference work's "b." and "d." after a comma: ", b. in Florida, Monroe co., Mo., 30 Nov., 1835"
        found = sorted(found + [_Word(m.start(), m.group())
                                for m in BORN_DIED_ABBREVIATED.finditer(text, sentence.start, sentence.end)])
    per_chunk = [[w for w in found if s <= w.at and w.at + len(w.word) <= e] for s, e in chunks]
    return chunks, per_chunk


def _career_word(text: str, sentence: Sentence, date: Fact,
                 words_of: tuple[list[tuple[int, int]], list[list[_Word]]] | None = None) -> _Word | None:
    """The career word in the date's clause.

    "In 2003, X was tasked": an opening phrase borrows the next clause's word;
    "X has served as A – B since 2014": a clause after a dash, the one before it.
    """
    chunks, per_chunk = words_of or _career_words(text, sentence)
    for i, (s, e) in enumerate(chunks):
        if s <= date.start < e:
            words = per_chunk[i]
            if not words and i == 0 and len(text[s:e].split()) <= 5 and i + 1 < len(chunks):
                words = per_chunk[i + 1]
                nxt = chunks[i + 1]
                if not words and len(text[nxt[0] : nxt[1]].split()) <= 6 and i + 2 < len(chunks):
                    words = per_chunk[i + 2]  # "In 1897, at the age of seventeen, he enrolled in ..."
            if not words and i > 0 and text[s - 3 : s].strip() in ("–", "—", "-"):
                words = per_chunk[i - 1]
            back = i
            while not words and back > 0 and len(text[chunks[back][0] : chunks[back][1]].split()) <= 4 and i - back < 4:
                back -= 1  # "was born in Helsinki, Finland in 1969": a place's comma, same clause
                words = per_chunk[back]  # (", b. in Florida, Monroe co., Mo., 30 Nov., 1835": a place in three parts)
            if not words and i > 0 and re.fullmatch(r"(?:on|in|at|during)?(?:\s+the)?",
                                                    (text[s : date.start] + text[date.end : e]).strip(" ,;.")):
                words = per_chunk[i - 1]  # "was born at Coombe Grove near Bath, on the 29th of April 1803"
            if words:
                return min(words, key=lambda w: abs(w.at - date.start))
    return None


def _subject(mentions: list[tuple[int, str]], at: int, antecedent: str, has_pronoun: bool) -> str:
    """The person a career word at `at` is about: the nearest one named before it, else "he"/"she"."""
    before = [full for pos, full in mentions if pos < at]
    if before:
        return before[-1] if len(set(before)) == 1 or not has_pronoun else before[0]
    if has_pronoun and antecedent and not mentions:
        return antecedent
    return ""


def _step_detail(word: str) -> str:
    """What a career word says happened: "b." is "born", "passed peacefully away" is "died"."""
    word = word.lower()
    if word.startswith("passed"):
        return "died"
    return _ABBREVIATED_STEP.get(word, word)


def find_bio(document: Document, sentences: Sequence[Sentence], dates: Sequence[Fact]) -> list[Fact]:
    text = document.text
    people = people_of(text)
    if not people.names:
        return []
    by_sentence: dict[int, list[Fact]] = {}
    for date in dates:
        by_sentence.setdefault(date.sentence_start, []).append(date)
    candidates: list[Fact] = []
    main_person = people.main
    antecedents = people.antecedents(text, sentences)
    for sentence in sentences:
        mentions = people.mentions(sentence.start, sentence.end)
        has_pronoun = people.pronoun_in(text, sentence.start, sentence.end) is not None
        for m in _AGE.finditer(text, sentence.start, sentence.end):
            owner = [full for pos, full in mentions if pos + len(full.split()[-1]) == m.start()]
            if owner:
                s, e = m.start("age"), m.end("age")
                candidates.append(Fact(kind="bio", answer=text[s:e], start=s, end=e,
                                       sentence_start=sentence.start, sentence_end=sentence.end,
                                       value=m.group("age"), rule="age", subject=owner[0], detail="age"))
        words_of = None
        for date in by_sentence.get(sentence.start, ()):
            if words_of is None:
                words_of = _career_words(text, sentence)
            word = _career_word(text, sentence, date, words_of)
            if word is None or word.word.startswith("publish") and (
                    _PASSIVE_BEFORE.search(text, sentence.start, word.at) or _AGENT_AFTER.match(text, word.at)):
                continue  # ("Memoirs of Lord Anglesey were published by Sir P. Pett in 1693": not his step)
            subject = _subject(mentions, word.at, antecedents.get(sentence.start, ""), has_pronoun)
            if not subject and not mentions and word.word in _ABBREVIATED_STEP and people.profiled:
                subject = people.profiled  # "Belgian physicist, b. at Brussels, 14 Oct., 1801; d. at Ghent, ...": the headword's
            if not subject and _TELEGRAPHIC.match(text, sentence.start, sentence.end):
                # "Appointed to X in 2016, Pelfrey served ...", or a résumé line with no name at all
                subject = mentions[0][1] if mentions else main_person
            relative = text.rfind(", who ", sentence.start, word.at)
            if subject and relative != -1:
                owner = re.search(r"([A-Z][\w'’-]+)$", text[sentence.start : relative])
                if owner and owner.group(1) not in subject.split():
                    continue  # "when Laud, who had become chancellor in 1630, was entertaining": Laud's step
            if subject:
                candidates.append(date.model_copy(update={
                    "kind": "bio", "rule": f"bio-{date.rule}", "subject": subject,
                    "detail": _step_detail(word.word)}))
    if people.profiled:
        # Another person's life span earlier in the sentence ("another, General SIR EDWARD PAGET (1775-1849), won
        # great distinction ..., and from 1822 to 1825 was commander-in-chief in India") makes them its subject.
        first_life: dict[int, int] = {}  # sentence start -> where the first life span in it ends
        for d in dates:
            if d.detail == "life" and d.start > 600:
                first_life[d.sentence_start] = min(d.end, first_life.get(d.sentence_start, d.end))
        candidates = [f for f in candidates if f.subject != people.profiled
                      or first_life.get(f.sentence_start, f.start + 1) > f.start]
    counts: dict[str, int] = {}
    for fact in candidates:
        # A period ("led X from April 1996 until December 1997") is two steps: its start and end.
        counts[fact.subject] = counts.get(fact.subject, 0) + (2 if "/" in fact.value else 1)
    return [f for f in candidates if counts[f.subject] >= _MIN_MILESTONES]
