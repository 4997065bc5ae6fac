"""Provides the raw word knowledge read from the libraries; used only to build the tables.

`wordfreq` gives how frequent a word is (any case); `english-words` (Webster's list, where
proper nouns are capitalised) tells whether a word is also an ordinary lower-case word; the
US census lists shipped by `names` tell a given name ("Robert") or surname; `nicknames` links
given names; `cleanco` lists legal forms of company names. Reading them costs a second or
more, so `tablebuild` reads them once into the lexicon tables (see `tables`), and detection
only ever queries those, with the same tests (`zipf_of`, `is_word_in`, defined here so
that the tables' version key covers them).
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass


def zipf_of(frequency: float | None) -> float:
    """Zipf value (0 = unknown, 7 = "the") of a wordfreq frequency."""
    return math.log10(frequency) + 9 if frequency else 0.0


# British spellings of words Webster's American list holds: harbour, centre, defence,
# organise(d), programme, catalogue.
_BRITISH = re.compile(r"(?<=\w{2})(?:(ou)r(s?)|(t)re(s?)|(en)ce(s?)|(i)s(e[ds]?|ing|ations?)"
                      r"|(am)me(s?)|(og)ue(s?))$")


def is_word_in(words: Callable[[str], bool], word: str) -> bool:
    """Whether `word` or its plural's stem is in `words` (lower-case ordinary words), in
    British spelling too."""
    low = word.lower()
    if _plain(words, low):
        return True
    american = _BRITISH.sub(_american, low)
    return american != low and _plain(words, american)


def _plain(words: Callable[[str], bool], low: str) -> bool:
    if words(low):
        return True
    return len(low) > 3 and low.endswith("s") and (words(low[:-1]) or
                                                    low.endswith("es") and words(low[:-2]))


def _american(m: re.Match) -> str:
    """The American spelling of the British ending `m` matched."""
    ou, s1, t, s2, en, s3, i, ise, am, s4, og, s5 = m.groups()
    if ou:
        return "or" + s1
    if t:
        return "ter" + s2
    if en:
        return "ense" + s3
    if i:
        return "iz" + ise
    return am + s4 if am else og + s5


def frequencies() -> dict[str, float]:
    """Word -> frequency, from wordfreq's small English list ({} when missing)."""
    try:
        import wordfreq

        return wordfreq.get_frequency_dict("en", "small")
    except Exception:  # noqa: BLE001 - a missing list must not break detection
        return {}


def lower_words() -> frozenset[str]:
    """Webster's words that are written in lower case (ordinary words, not names)."""
    try:
        from english_words import get_english_words_set

        words = get_english_words_set(["web2"], lower=False, alpha=True)
    except Exception:  # noqa: BLE001
        return frozenset()
    return frozenset(w for w in words if w.islower())


def _census_lines(name: str) -> list[str]:
    """The lines of the census list `name` shipped by `names` ([] when it cannot be read)."""
    from importlib import resources

    try:
        return resources.files("names").joinpath(name).read_text(encoding="utf-8").splitlines()
    except Exception:  # noqa: BLE001
        return []


def _census(name: str, limit: int) -> frozenset[str]:
    out = []
    for i, line in enumerate(_census_lines(name)):
        if i >= limit:
            break
        if line:
            out.append(line.split(None, 1)[0].capitalize())
    return frozenset(out)


def given_names() -> frozenset[str]:
    """Common given names (capitalised)."""
    return _census("dist.male.first", 1219) | _census("dist.female.first", 4275)


def surnames() -> frozenset[str]:
    """The most common surnames (capitalised)."""
    return _census("dist.all.last", 20000)


def _census_frequencies(name: str) -> dict[str, float]:
    out = {}
    for line in _census_lines(name):
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].capitalize()] = float(parts[1])
    return out


def given_by_sex() -> tuple[frozenset[str], frozenset[str]]:
    """Given names the census gives ten times more often to men, and to women."""
    male = _census_frequencies("dist.male.first")
    female = _census_frequencies("dist.female.first")
    names = male.keys() | female.keys()
    return (frozenset(n for n in names if male.get(n, 0.0) > 10 * female.get(n, 0.0)),
            frozenset(n for n in names if female.get(n, 0.0) > 10 * male.get(n, 0.0)))


def nickname_canonicals() -> dict[str, set[str]]:
    """Name or nickname (lower case) -> its canonical names, from `nicknames`."""
    from nicknames import NickNamer

    return NickNamer().canonical_lookup


def legal_terms() -> list[str]:
    """cleanco's legal forms of company names, sorted."""
    from cleanco.clean import get_unique_terms

    return sorted(get_unique_terms())


def upper_class() -> str:
    """A character class of every upper- and title-case letter, as compact ranges."""
    ranges: list[list[int]] = []
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if ch.isupper() or ch.istitle():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    parts = []
    for a, b in ranges:
        parts.append(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}")
    return "[" + "".join(parts) + "]"


@dataclass(frozen=True)
class Knowledge:
    """The libraries' word lists, read once, with the same tests detection makes."""

    freq: dict[str, float]
    words: frozenset[str]
    given: frozenset[str]
    surnames: frozenset[str]

    @classmethod
    def read(cls) -> Knowledge:
        return cls(frequencies(), lower_words(), given_names(), surnames())

    def zipf(self, word: str) -> float:
        return zipf_of(self.freq.get(word.lower()))

    def is_word(self, word: str) -> bool:
        return is_word_in(self.words.__contains__, word)
