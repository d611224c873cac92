"""Word lists the extractors are built from, kept as data so rules read as rules.

Each list is ordered for a reason given beside it; `or_regex` always puts longer
alternatives first, so "Sept" wins over "Sep" and "per cent" over "per".
Nothing here names a person, place or organisation: the rules must work on texts
nobody has seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["or_regex", "OCCUPATIONS", "LOWER_CASE_NAME", "MONTHS", "MONTH_NUMBER", "SCALES", "SCALE_FACTOR", "CURRENCY_SYMBOLS",
           "CURRENCY_WORDS", "QUALIFIERS", "NUMBER_WORDS", "FUNCTION_WORDS", "FOUNDING_VERBS",
           "CAREER_WORDS", "CAREER_STEMS", "ABBREVIATIONS", "TITLE_ABBREVIATIONS", "SENTENCE_STARTERS",
           "FURNITURE_WORDS", "TIME_UNITS", "ORG_WORDS", "GIVEN_NAMES", "PERSON_TITLES",
           "IRREGULAR_PLURALS", "TO_A_COUNT"]


def or_regex(words: Iterable[str]) -> str:
    """One regex alternation of `words`, escaped, longest first (then alphabetical)."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) + ")"


# A season named with a date: "summer of 1841", "the Fall of 1986".
SEASON = re.compile(r"(?i)\b(?:spring|summer|autumn|fall|winter)\b")
# A name written in lower case, as a word of its own: "urllib3", "iPhone", "eBay", "rOpenSci"
LOWER_CASE_NAME = re.compile(r"[a-z]+(?:[0-9]+[a-z0-9]*|[A-Z][A-Za-z0-9]*)")
# A verb that reaches a figure with "to" ("defaulted to 2000 pages", "grew to 1500 members"): a count, never a year
TO_A_COUNT = re.compile(r"\b(?:[a-z]+ed|up|rose|grew)\s+to\s+$")


def word_regex(words: Iterable[str]) -> str:
    """A regex for any of `words` as a whole word, opening with one character class.

    `re` skips ahead to a position whose character is in a pattern's opening class;
    an alternation `\\b(?:a|b|c)\\b` has none, so it is tried at every position (3-8x
    slower on a megabyte). Each word's first letter is matched by the class and checked
    again by a look-behind in its branch: "[ms](?<!\\w.)(?:(?<=m)other|(?<=s)on)\\b".
    """
    by_first: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        by_first.setdefault(w[0], []).append(w[1:])
    branches = "|".join(f"(?<={re.escape(first)}){or_regex(rest)}" for first, rest in sorted(by_first.items()))
    opening = "".join(re.escape(first) for first in sorted(by_first))
    return rf"[{opening}](?<!\w.)(?:{branches})\b"


# Month names and their usual abbreviations, mapped to the month number.
# Abbreviations may carry a dot ("Sept."); the date patterns add it.
MONTH_NUMBER: dict[str, int] = {}
for _n, _names in enumerate(
    [
        ("January", "Jan"),
        ("February", "Feb"),
        ("March", "Mar"),
        ("April", "Apr"),
        ("May",),
        ("June", "Jun"),
        ("July", "Jul"),
        ("August", "Aug"),
        ("September", "Sept", "Sep"),
        ("October", "Oct"),
        ("November", "Nov"),
        ("December", "Dec"),
    ],
    start=1,
):
    for _name in _names:
        MONTH_NUMBER[_name] = _n
MONTHS = tuple(MONTH_NUMBER)

# Scale words after a number. Order: longest first via or_regex, so "bn" never
# shadows "billion"; "m" alone is only accepted right after a currency amount.
SCALE_FACTOR: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "mln": 10**6,
    "billion": 10**9,
    "bln": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "lakh": 10**5,  # Indian numbering: "Rs 26.29 lakh"
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
SCALES = tuple(SCALE_FACTOR)

# Currency symbols and codes written before the number. "US$" before "$" so
# the longer form is kept whole.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "US $": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₸": "KZT",
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "INR": "INR",
    "RS.": "INR",  # (looked up in capitals: "Rs. 5 crore", "Rs 26.29 lakh")
    "RS": "INR",
}
# Currency names written after the number ("5 million dollars").
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rubles": "RUB",
    "roubles": "RUB",
    "rupees": "INR",
    "tenge": "KZT",
    "francs": "CHF",
    "eur": "EUR",  # a code after the sum: "80,000 EUR", "380K EUR" (the pattern ignores case)
    "usd": "USD",
    "gbp": "GBP",
    "chf": "CHF",
    "cents": "USD/100",  # hundredths: "rose by 9 cents" is 0.09 USD
    "pence": "GBP/100",
}

# Hedges kept in an amount's answer ("about $600 million"): dropping them would
# make the answer claim more precision than the source does.
QUALIFIERS = (
    "about",
    "around",
    "approximately",
    "roughly",
    "almost",
    "nearly",
    "over",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "at least",
    "some",
    "an estimated",
    "estimated",
)

# Spelled-out numbers a count may use. "one" is left out on purpose: "one of
# them said" is almost never a fact worth a question.
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}

# Small words an acronym's letters may skip ("Organisation of Islamic
# Conference (OIC)"); a letter may still match one ("DoD").
FUNCTION_WORDS = frozenset(
    "a an and at by de del der des du for in of on or the to with la le les van von und".split()
)

# Verbs and phrases that say something came into being. Longest first matters:
# "set up" must be tried before a lone "set".
# Plurals without an -s, and words that are their own plural: "2,000 people", "the 300 staff".
IRREGULAR_PLURALS = frozenset(
    "people children men women aircraft staff personnel police cattle sheep fish deer data media "
    "criteria species series feet teeth mice geese troops".split()
)

FOUNDING_VERBS = (
    "established",
    "founded",
    "created",
    "set up",
    "setting up",
    "launched",
    "formed",
    "put forward",
    "inaugurated",
    "incorporated",
    "instituted",
    "chartered",
    "opened",
    "establishing",
    "founding",
    "co-founded",
)

# Stems of verbs that mark a step in a person's life or career. The bio
# extractor accepts each with the endings -e, -es, -ed, -d, -ing, -s only, so
# "found" gives "founded" but not "foundation", "serv" "served" but not "service".
CAREER_STEMS = (
    "graduat", "studi", "study", "earn", "receiv", "serv", "appoint", "elect", "re-elect", "promot", "work",
    "join", "retir", "task", "head", "assum", "marri", "award", "found", "co-found", "resign", "enroll",
    "complet", "obtain", "succeed", "nominat", "return", "enlist", "commission", "attend", "select", "assign",
    "hire", "command", "train", "chair", "direct", "elevat", "inaugurat", "name", "mov", "set up", "publish",
    "visit", "settl",
)
# Irregular forms and role nouns no stem above covers.
CAREER_WORDS = ("born", "became", "become", "led", "won", "left", "taught", "sworn", "flew", "flown", "died", "went to",
                "ambassador", "commander", "enrolled", "took office", "stepped down", "took over")

# Abbreviations after which a dot does not end a sentence. Titles never end one;
# month names only when a number follows ("Nov. 2014").
TITLE_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof Sr Jr St Gen Col Lt Capt Maj Sgt Cmdr Adm Gov Sen Rep Rev Hon Pres Supt Fr".split()
    # military ranks, and place words that come before a name ("Brig. Gen. X", "Ft. Knox", "Mt. Everest")
    + "Brig Cpl Pvt Spc Cdr Cmdt Lieut Gens Ft Mt Pt".split()
)
ABBREVIATIONS = frozenset(
    "No Nos Vol vol pp p Fig fig approx est etc vs Inc Ltd Co Corp Dept Univ Mt Ft Ave Blvd Rs Stat".split()
    + "e.g i.e cf al ca c a.m p.m v".split()
)


# Words that often open a sentence: after "U.S." they signal a real boundary.
SENTENCE_STARTERS = frozenset(
    "The A An In On At It He She They This These That Those We I But And However Its His Her "
    "Their There Since After Before During When While As By For From Some Many Most Early Late Later Soon "
    "Then Afterwards Meanwhile Together Under Upon With Within".split()
)

# Page furniture: a paragraph made mostly of these is a sign-up box, share bar
# or navigation, not content.
FURNITURE_WORDS = (
    "sign up",
    "subscribe",
    "newsletter",
    "follow us",
    "share this",
    "share on",
    "click here",
    "read more",
    "all rights reserved",
    "cookie",
    "advertisement",
    "related articles",
    "sent directly to you",
    "download our app",
    "image credit",
    "photo credit",
    "credit:",
    "credits:",
    "accreditation",
    "media contact",
    "for more information",
    "to learn more",
    "is pictured",
    "are pictured",
    "request credentials",
    "newsroom",
)
SOCIAL_NETWORKS = ("Twitter", "Facebook", "Instagram", "Telegram", "YouTube", "TikTok", "LinkedIn",
                   "WhatsApp", "Pinterest", "Reddit", "VK")

# Units of time: "two years" is a duration, and "the past two years" is no fact.
TIME_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months "
                       "year years decade decades century centuries".split())

# Units of measure: a number before one is a measure ("the 1500 metres", "5000 m"), never a year.
MEASURE_UNITS = frozenset("m km cm mm metres meters metre meter kilometres kilometers kilometre kilometer miles mile "
                          "feet foot ft yards yard inches kg g lb lbs kilograms grams pounds tons tonnes tonne mph "
                          "km/h hectares acres litres liters gallons barrels MW GW kW watts volts".split())

# Words that mark a capitalised phrase as an organisation or place, not a person.
ORG_WORDS = frozenset(
    "Organisation Organization Council Ministry Bank Institute University Committee Centre Center "
    "Agency Fund Company Corporation Group Party Union Association Society Republic Kingdom States "
    "Office Department Service Forces Army Navy Treaty Conference Programme Program Foundation "
    "Commission Court Parliament Assembly Government Administration Federation Academy School "
    "College Museum Station Structure Summit News Times Post Street City Road".split()
)

# Common given names that are also dictionary words or would otherwise be missed
# ("Jack", "Mark", "Grace"): a capitalised run starting with one is a name
# candidate even when its other words are ordinary words ("Michael J. Smith").
GIVEN_NAMES = frozenset(
    """Aaron Adam Alan Albert Alexander Alice Amy Andrew Ann Anna Anne Anthony Arthur Barbara Ben Benjamin
    Bill Bob Brian Bruce Carl Carol Caroline Catherine Charles Charlotte Chris Christina Christopher Claire
    Daniel David Dennis Diana Donald Dorothy Douglas Edward Elizabeth Emily Emma Eric Eugene Frank Fred
    Gary George Grace Gregory Harold Harry Helen Henry Hope Jack Jacob James Jane Janet Jason Jean Jeffrey
    Jennifer Jessica Jim Joan Joe John Jonathan Joseph Joy Judith Julia Julie Karen Kate Katherine Kathleen
    Kenneth Kevin Larry Laura Lawrence Linda Lisa Louis Margaret Maria Marie Mark Martin Mary Matthew
    Michael Michelle Nancy Nicholas Nick Nicole Pat Patricia Patrick Paul Peter Philip Rachel Ralph Raymond
    Richard Robert Roger Ronald Rose Ruth Ryan Sam Samuel Sandra Sarah Scott Sharon Stephen Steve Steven
    Susan Thomas Tim Timothy Tom Victor Victoria Walter Will William""".split()
)

# Words just before a name that mark it as a person's: "Dr. Smith", "President X".
# What a person is, in an apposition after their name ("John Hunter, a postdoc at the University of Chicago")
OCCUPATIONS = frozenset(
    """student postdoc professor lecturer researcher scientist engineer developer programmer physicist chemist
    mathematician astronomer biologist economist statistician writer author journalist editor lawyer teacher doctor
    physician surgeon nurse artist painter composer musician actor architect farmer merchant soldier officer pilot
    member founder co-founder director employee graduate veteran native resident maintainer contributor volunteer""".split()
)
PERSON_TITLES = frozenset(
    """Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Vice-President Premier Minister
    Secretary Senator Sen Governor Gov Representative Rep Mayor Ambassador Judge Justice King Queen Prince
    Princess Pope Bishop Rev Captain Capt Colonel Col Lieutenant Lt General Gen Major Maj Sergeant Sgt
    Commander Cmdr Admiral Adm Officer Chairman Chairwoman Chair CEO Director Astronaut astronaut author
    writer scientist engineer founder co-founder""".split()
)


def _letter_class(predicate) -> str:
    """A regex character class body of the Latin letters (Basic to Extended-B) meeting `predicate`."""
    chars = [chr(c) for c in range(0x41, 0x250) if chr(c).isalpha() and predicate(chr(c))
             and chr(c) not in "ªº"]
    ranges, start, prev = [], chars[0], chars[0]
    for ch in chars[1:] + ["\uffff"]:
        if ord(ch) != ord(prev) + 1:
            ranges.append(start if start == prev else f"{start}-{prev}")
            start = ch
        prev = ch
    return "".join(ranges)


# Latin capitals and small letters, accented ones included: "Żorawski", "Skłodowska", "Dłuski".
UPPER = _letter_class(str.isupper)
LOWER = _letter_class(str.islower)

# Kinship and household words: "her mother", "Maria's oldest sibling", with the pronoun each takes.
KIN_GENDER = {
    **dict.fromkeys("mother sister daughter wife aunt grandmother niece widow stepmother "
                    "granddaughter girlfriend".split(), "she"),
    **dict.fromkeys("father brother son husband uncle grandfather nephew widower stepfather "
                    "grandson boyfriend".split(), "he"),
}

