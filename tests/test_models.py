"""`trusted` builds the same models as pydantic's `model_construct`, only faster."""

from __future__ import annotations

from quizgen.models import Fact, Sentence, trusted
from quizgen.sentences import _sentence


def test_trusted_equals_model_construct() -> None:
    fields = dict(kind="date", answer="May 1878", start=10, end=18, sentence_start=0, sentence_end=40,
                  value="1878-05", rule="month-year", subject="")
    made, reference = trusted(Fact, **fields), Fact.model_construct(**fields)
    assert made == reference
    assert made.detail == ""  # a default filled in
    assert list(made.__dict__) == list(reference.__dict__)  # fields in declaration order
    assert made.model_fields_set == reference.model_fields_set
    assert made.model_dump_json() == reference.model_dump_json()
    s = trusted(Sentence, start=3, end=9, text="abcdef")
    assert s == Sentence(start=3, end=9, text="abcdef")


def test_the_splitters_sentences_equal_validated_ones() -> None:
    made, reference = _sentence(3, 9, "abcdef"), Sentence(start=3, end=9, text="abcdef")
    assert made == reference
    assert made.model_fields_set == reference.model_fields_set
    assert made.model_dump_json() == reference.model_dump_json()
