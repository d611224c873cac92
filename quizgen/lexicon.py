"""English word forms from lemminflect's look-up tables, read quickly and lazily.

quizgen asks a dictionary a few hundred questions per text: is "Maida" a
dictionary word, is "flew" a past tense, what is the verb in "led". lemminflect
answers them from two tables of 150,000 lines, but its loader turns every line
into dicts and tuples first: 0.3 s per process, more than extracting a megabyte
of text. Here each table is read as raw lines keyed by their first word (one
split per line, about 0.05 s), and a word's entry is parsed when first asked
for. The answers are those of `lemminflect.getAllLemmas`, `getAllInflections`
and `getLemma(..., lemmatize_oov=False)`; tests/test_lexicon.py holds the two
side by side.
"""

from __future__ import annotations

import gzip
from functools import cache, lru_cache
from pathlib import Path

__all__ = ["lemmas", "verb_inflections", "verb_lemmas", "is_word"]

# lemminflect's tags for each part of speech of its inflection table, in column order.
_INFLECTION_TAGS = {"noun": ("NNS",), "adj": ("JJR", "JJS"), "adv": ("RBR", "RBS"),
                    "verb": ("VBD", "VBN", "VBG", "VBZ")}
_BASE_TAGS = {"noun": ("NN",), "adj": ("JJ",), "adv": ("RB",), "verb": ("VB", "VBP"),
              "aux": ("VB",), "modal": ("VB",)}
_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD")
# lemminflect hard-codes these rather than reading them from its table.
_AUX_AND_MODAL = {
    "can": {"VB": ("can",), "VBD": ("could",)}, "may": {"VB": ("may",), "VBD": ("might",)},
    "will": {"VB": ("will",), "VBD": ("would",)}, "shall": {"VB": ("shall",), "VBD": ("should",)},
    "must": {"VB": ("must",), "VBD": ("must",)}, "ought": {"VB": ("ought",), "VBD": ("ought",)},
    "dare": {"VB": ("dare",)},
    "be": {"VB": ("be",), "VBD": ("was", "were"), "VBG": ("being",), "VBN": ("been",), "VBP": ("am", "are"),
           "VBZ": ("is",)},
}


def _resources() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("quizgen needs lemminflect: pip install lemminflect")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


@cache
def _table(name: str) -> dict[str, list[str]]:
    """A gzipped CSV table as {first field: [rest of each line with it]}."""
    table: dict[str, list[str]] = {}
    raw = gzip.decompress((_resources() / name).read_bytes()).decode("utf-8")
    for line in raw.splitlines():
        word, _, rest = line.partition(",")
        if word in table:
            table[word].append(rest)
        else:
            table[word] = [rest]
    return table


@cache
def _overrides(name: str) -> dict[str, dict[str, tuple[str, ...]]]:
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in (_resources() / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word_in, pos, word_out = line.split(",")
            found.setdefault(word_in, {})[pos] = (word_out,)
    return found


@lru_cache(maxsize=65536)
def is_word(word: str) -> bool:
    """Whether the lower-cased `word` is in the dictionary at all ("maida" is not)."""
    word = word.lower()
    return word in _table("lemma_lu.csv.gz") or word in _overrides("lemma_overrides.csv")


@lru_cache(maxsize=16384)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """{part of speech: lemmas} of a lower-case word, as `lemminflect.getAllLemmas(word)`.

    The result is shared between callers: do not change it.
    """
    found: dict[str, tuple[str, ...]] = {}
    for rest in _table("lemma_lu.csv.gz").get(word, ()):
        category, forms = rest.strip().split(",")
        upos = category.upper()
        found[upos if upos != "MODAL" else "AUX"] = tuple(forms.split("/"))
    found.update(_overrides("lemma_overrides.csv").get(word, {}))
    return {pos: tuple(f.lower() for f in forms) for pos, forms in found.items()}


@lru_cache(maxsize=16384)
def verb_inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """{Penn tag: forms} of a lower-case verb, as `getAllInflections(lemma, upos="VERB")`."""
    forms: dict[str, tuple[str, ...]] = {}
    if lemma in _AUX_AND_MODAL:
        forms = dict(_AUX_AND_MODAL[lemma])
    else:
        for rest in _table("infl_lu.csv.gz").get(lemma, ()):
            category, *columns = rest.strip().split(",")
            for tag, column in zip(_INFLECTION_TAGS.get(category, ()), columns):
                spellings = tuple(column.split("/"))
                if len(spellings) > 1 or spellings[0]:
                    forms[tag] = spellings
            for tag in _BASE_TAGS[category]:
                forms[tag] = (lemma,)
    forms.update(_overrides("infl_overrides.csv").get(lemma, {}))
    return {tag: tuple(f.lower() for f in spellings) for tag, spellings in forms.items() if tag in _VERB_TAGS}


def verb_lemmas(word: str) -> tuple[str, ...]:
    """The verb lemmas of `word` in its own capitalisation, as `getLemma(word, "VERB", lemmatize_oov=False)`."""
    found = lemmas(word.lower()).get("VERB", ())
    if word.isupper():
        return tuple(f.upper() for f in found)
    if word[:1].isupper():
        return tuple(f.capitalize() for f in found)
    return found
