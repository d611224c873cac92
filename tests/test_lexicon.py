"""quizgen.lexicon reads lemminflect's tables itself, faster: it must give lemminflect's answers.

Every distinct word of two real corpus texts is asked of both.
"""
import re
from pathlib import Path

import pytest
from lemminflect import getAllInflections, getAllLemmas, getLemma

from quizgen import lexicon

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ["corpus/heldout2/marie-curie-wikipedia.txt", "corpus/tune/postgresql-history.txt",
         "seeds/kazakhstan-security-council-interview.txt"]
WORDS = sorted({w for name in TEXTS for w in re.findall(r"[A-Za-z][a-z'-]*", (ROOT / name).read_text("utf-8"))}
               | {"was", "were", "could", "might", "is", "be", "am", "flew", "led", "dare", "ought", "bankrolled"})


def test_the_words_cover_many_kinds():
    assert len(WORDS) > 1500
    assert sum(bool(lexicon.lemmas(w.lower()).get("VERB")) for w in WORDS) > 300


@pytest.mark.parametrize("chunk", range(8))
def test_lemmas_and_inflections_match_lemminflect(chunk):
    for word in WORDS[chunk::8]:
        low = word.lower()
        assert lexicon.lemmas(low) == getAllLemmas(low), word
        assert lexicon.is_word(word) == bool(getAllLemmas(low)), word
        assert lexicon.verb_lemmas(word) == getLemma(word, upos="VERB", lemmatize_oov=False), word
        for lemma in lexicon.lemmas(low).get("VERB", ()):
            assert lexicon.verb_inflections(lemma) == getAllInflections(lemma, upos="VERB"), lemma
