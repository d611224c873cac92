"""Items written from whole real texts: who a pronoun means, what a stem may show, what options are offered.

Each test builds the items of one corpus file exactly as `quizgen build` does and
checks the item made from a sentence copied verbatim from that file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from quizgen.extractors.bio import People
from quizgen.load import load_path
from quizgen.models import Item
from quizgen.pipeline import Options, analyse

ROOT = Path(__file__).resolve().parents[1]
CURIE = "corpus/heldout2/marie-curie-wikipedia.txt"


@lru_cache(maxsize=None)
def items_of(source: str) -> tuple[Item, ...]:
    return tuple(analyse(load_path(str(ROOT / source)), Options()).items)


def items_from(source: str, sentence_part: str, answer: str) -> list[Item]:
    """The items citing the sentence that contains `sentence_part`, with `answer` as their answer."""
    return [i for i in items_of(source) if sentence_part in i.source.sentence and i.answer == answer]


def test_relative_who_opens_a_sentence_is_what_a_later_she_means() -> None:
    """"Maria's mother Bronisława operated a school ... She died of tuberculosis in May 1878": she is the mother."""
    for item in items_of(CURIE):
        assert not re.search(r"Marie Curie (?:died of tuberculosis|resigned from the position)", item.question), item


def test_he_is_never_given_the_name_of_a_woman() -> None:
    """"... he would sit contemplatively before the statue of Maria Skłodowska": he is not her."""
    made = items_from(CURIE, "he would sit contemplatively", "1932")
    assert made, "the founding year of the institute makes an item"
    for item in made:
        assert "Marie Curie would sit" not in item.question
        assert "Kazimierz Żorawski would sit" in item.question  # whom "he" means, named two sentences before


def test_they_with_nobody_named_gets_the_sentence_before() -> None:
    made = items_from(CURIE, "they were married in Sceaux", "26 July 1895")
    assert made
    for item in made:
        assert item.question.index("they were married") > item.question.index("Pierre's biggest discovery")


def test_people_with_accented_names_and_a_shared_surname() -> None:
    text = load_path(str(ROOT / CURIE)).text
    people = People(text)
    assert people.names["Żorawski"] == "Kazimierz Żorawski"
    # The birth name in the opening "(born MARIA SALOMEA SKŁODOWSKA; ..." is the profiled person's.
    assert people.names["Skłodowska"] == "Marie Curie"
    # "her husband Pierre Curie" is a mention of him, not of her.
    at = text.index("husband Pierre Curie") + len("husband Pierre ")
    assert (at, "Pierre Curie") in people.mentions(at, at + 5)
    # A lone "Curie" where both are named could be either: it names nobody.
    lone = text.index("Curie had written up his research")
    assert people.mentions(lone, lone + 5) == []
