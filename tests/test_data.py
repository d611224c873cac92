"""The shared word tables' regex builders, on real text."""

from __future__ import annotations

import re

from quizgen.data import KIN_GENDER, NUMBER_WORDS, or_regex, word_regex

from paths import CORPUS


def _corpus_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt")))


def test_word_regex_finds_what_the_plain_alternation_finds():
    """The character-class-first form is only faster: same words, same places, whole words only."""
    text = _corpus_text()
    for words in (KIN_GENDER, NUMBER_WORDS):
        plain = re.compile(r"\b" + or_regex(words) + r"\b")
        fast = re.compile(word_regex(words))
        found = [m.span() for m in fast.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]
        assert found  # the corpus has biographies and counts: the test sees real matches


def test_word_regex_needs_whole_words():
    fast = re.compile(word_regex(["son", "sister"]))
    sentence = "His son Jason joined the firm; his sister's husband, a grandson of its founder, did not."
    assert [m.group() for m in fast.finditer(sentence)] == ["son", "sister"]
