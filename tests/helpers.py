"""Run one extractor on a short real text, the way the pipeline does.

Each table row is a sentence (or a few consecutive sentences) copied verbatim
from the development corpus or the seed; these helpers load it as a document,
split it into sentences and return one extractor's facts, so a table can state
the exact list of answers it expects.
"""

from __future__ import annotations

from quizgen.extractors import (extract_facts, find_acronyms, find_amounts, find_bio, find_dates,
                                find_founding)
from quizgen.load import load_text
from quizgen.models import Document, Fact, Sentence
from quizgen.sentences import split_sentences

__all__ = ["load", "facts_of", "dates_of", "amounts_of", "acronyms_of", "founding_of", "bio_of",
           "assert_spans_hold"]


def load(text: str) -> tuple[Document, list[Sentence]]:
    document = load_text(text, path="t.txt")
    return document, split_sentences(document)


def facts_of(text: str, kind: str) -> list[Fact]:
    """Facts of one kind after the combined extractor has resolved overlaps between kinds."""
    document, sentences = load(text)
    return extract_facts(document, sentences, kinds=[kind])


def dates_of(text: str) -> tuple[Document, list[Fact]]:
    document, sentences = load(text)
    return document, find_dates(document, sentences)


def amounts_of(text: str) -> tuple[Document, list[Fact]]:
    document, sentences = load(text)
    return document, find_amounts(document, sentences)


def acronyms_of(text: str) -> tuple[Document, list[Fact]]:
    document, sentences = load(text)
    return document, find_acronyms(document, sentences)


def founding_of(text: str) -> tuple[Document, list[Fact]]:
    document, sentences = load(text)
    return document, find_founding(document, sentences, find_dates(document, sentences))


def bio_of(text: str) -> tuple[Document, list[Fact]]:
    document, sentences = load(text)
    return document, find_bio(document, sentences, find_dates(document, sentences))


def assert_spans_hold(document: Document, facts: list[Fact]) -> None:
    """Every fact's offsets point at its answer, inside its sentence."""
    for fact in facts:
        assert document.text[fact.start : fact.end] == fact.answer, fact
        assert fact.sentence_start <= fact.start <= fact.end <= fact.sentence_end, fact
