"""Provides the language an article is assumed to be in, for the capitalisation cues.

English capitalises names only, so a capitalised word is a name candidate. German (and
Luxembourgish) capitalise every noun: there, capitals alone say nothing and detection keeps
only names with other evidence (the gazetteer, a cue, a title, a known given name).

Most news read here is English, and English is told cheaply by its function words or,
failing those, its dictionary words; only a text that lacks both is given to py3langid
(loaded on first use: ~0.7 s and ~100 MB).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lexicon import words
from .wordstats import is_word

# Languages that capitalise common nouns: English capital cues do not apply.
NOUN_CAPITALISING = frozenset({"de", "lb"})

_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = words(
    "the of and to in a is that for on was with as by at it from his her he she they are"
    " be has have had were said will not but this which who an or its their been"
)
_SAMPLE = 1500  # characters read: enough to tell English, cheap on any article
_ID_SAMPLE = 4000  # characters given to the identifier when the text is not English
_LINK = re.compile(r"https?\b|www\b")  # lines of links say nothing of the language
_MIN_WORDS = 12  # fewer words: too little to tell, taken as English


@lru_cache(maxsize=8)  # detection and the indexer ask about the same text in turn
def language(text: str) -> str:
    """ISO 639-1 code of the language `text` is most likely in ("en" when unsure)."""
    sample = "\n".join(
        line for line in text[:_SAMPLE].split("\n") if not _LINK.search(line.lower()))
    words = _WORD.findall(sample)
    if len(words) < _MIN_WORDS or sum(map(str.islower, words)) < 0.5 * len(words):
        return "en"  # too little, or names and headlines more than prose: nothing to tell
    words = [w.lower() for w in words]
    if sum(w in _ENGLISH for w in words) >= 0.1 * len(words):
        return "en"
    long = [w for w in words if len(w) > 3]
    if long and sum(map(is_word, long)) >= 0.5 * len(long):
        return "en"  # few function words (headlines, lists), but English words
    try:
        code, _ = _identifier().classify(text[:_ID_SAMPLE])
    except Exception:  # noqa: BLE001 - no model, no guess: the English default
        return "en"
    return str(code)


def capitalises_nouns(text: str) -> bool:
    """Whether `text` is in a language whose capital letters do not mark names."""
    return language(text) in NOUN_CAPITALISING


@cache
def _identifier():  # noqa: ANN202 - py3langid's module
    import py3langid

    return py3langid
