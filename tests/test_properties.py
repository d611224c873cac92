"""Invariants that hold on any text: no exception, spans that point at their answers."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import SourceError
from quizgen.load import load_text
from quizgen.pipeline import Options, analyse

# Words that make the extractors fire, mixed with arbitrary Unicode (control
# characters, RTL text, combining marks, surrogates from bad decoding).
_FACTY = st.sampled_from([
    "In 1986,", "on Sept. 15", "May 15, 1992", "2013-2017", "the 1980s", "$73.5 billion", "about $600 million",
    "more than 2,500 troops", "eight training centres", "12.5%", "(CSTO)", "Collective Security Treaty Organisation",
    "was established in", "he served as", "Nurlan Yermekbayev, 52,", "U.S.", "Dr.", "No. 5", "\n\n", ". ", "(", ")",
    "he", "The latter", "founded", "\u202eRTL\u202c", "e\u0301", "\ud800", "\x00", "\x1b[31m", "Sign up via Twitter!",
])
_TEXT = st.lists(st.one_of(_FACTY, st.text(max_size=30)), max_size=40).map(" ".join)


def _check(text: str) -> None:
    try:
        document = load_text(text, path="prop.txt")
    except SourceError as err:
        # The one refusal allowed: nothing but white space and control characters.
        assert err.problem == "no text"
        assert not "".join(ch for ch in text if ch.isprintable()).strip()
        return
    analysis = analyse(document, Options())
    doc_text = document.text
    spans = [(s.start, s.end) for s in analysis.sentences]
    assert spans == sorted(spans)
    for fact in analysis.facts:
        assert doc_text[fact.start : fact.end] == fact.answer
        assert fact.sentence_start <= fact.start < fact.end <= fact.sentence_end
    starts = [f.start for f in analysis.facts]
    assert starts == sorted(starts)
    for a, b in zip(analysis.facts, analysis.facts[1:]):
        assert a.end <= b.start, (a, b)  # no two facts claim the same characters
    for item in analysis.items:
        sentence = item.source.sentence
        assert doc_text[item.source.start : item.source.end] == sentence
        if item.kind != "acronym":
            assert sentence[item.answer_start : item.answer_end] == item.answer
        if item.choices:
            assert item.choices.count(item.answer) == 1
            assert len(set(item.choices)) == len(item.choices) == 4


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_pipeline_never_raises_and_spans_hold(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    _check(text)
