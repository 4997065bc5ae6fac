"""Provides the spelling rules of corpus resolution: which full names are one name.

Same letters up to spacing; a transliteration variant (same number of words, each equal,
a close spelling or a given-name variant); a middle name added ("Mark Heller" = "Mark Jay
Heller"); an initial for a word ("W. Mark Felt" = "William Mark Felt"); ordinary words that
a headline or a description put around a name the corpus knows ("Notorious Bettie Page",
"Ellen DeGeneres Returns"); an organisation spelt slightly differently.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from .gazetteer import lookup
from .given import same_given
from .groups import Group, Sets
from .legal import strip_form
from .lexicon import NAME_SUFFIXES
from .normalize import fold
from .wordstats import given_names, is_common, is_word, surnames, zipf

SUFFIXES = frozenset(fold(s) for s in NAME_SUFFIXES)
# One capitalised word in quotes or brackets inside a name: Luis Gerardo "Jerry" Ortiz.
_NICK = re.compile(r"\s[\"“'‘(]\s*([A-Z][\w.-]*)\s*[\"”'’)]\s")



@cache
def _levenshtein():  # noqa: ANN202 - rapidfuzz's module; imported on first use (~20-40 ms)
    from rapidfuzz.distance import Levenshtein

    return Levenshtein

def close(a: str, b: str) -> bool:
    """Two spellings of one name word: Dmitry/Dmitri, Sergey/Sergei, Mohammed/Muhammad."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    return _levenshtein().distance(a, b) <= (1 if min(len(a), len(b)) < 6 else 2)


def _initial(a: str, b: str) -> bool:
    """One word is the initial of the other ("w" of "william")."""
    return a != b and (len(a) == 1 and b.startswith(a) or len(b) == 1 and a.startswith(b))


def merge_variants(groups: dict[str, Group], sets: Sets) -> None:
    """Merge multi-word groups that spell the same name differently."""
    by_squash: dict[str, list[str]] = defaultdict(list)
    for k in groups:
        by_squash[k.replace(" ", "")].append(k)
    for ks in by_squash.values():
        for k in ks[1:]:
            sets.union(ks[0], k)
    by_last: dict[tuple[str, int], list[str]] = defaultdict(list)
    for k in sorted(groups):
        words = k.split()
        if len(words) >= 2 and groups[k].kind() == "person":
            by_last[(words[-1], len(words))].append(k)
    for ks in by_last.values():
        for i, a in enumerate(ks):
            for b in ks[i + 1:]:
                wa, wb = a.split(), b.split()
                if (same_given(wa[0], wb[0]) or close(wa[0], wb[0])) and all(
                        close(x, y) for x, y in zip(wa[1:], wb[1:], strict=True)):
                    sets.union(a, b)
    _initials(by_last, sets)
    # "Mark Heller" = "Mark Jay Heller" (= "Mark Jay Heller Jr." when no other fits).
    longer: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for (last, size), ks in by_last.items():
        if size >= 3 and last not in SUFFIXES:
            longer[last].extend((k.split(), k) for k in ks)
        elif size >= 4 and last in SUFFIXES:
            for k in ks:  # unless the name is also written without its suffix
                words = k.split()[:-1]
                if " ".join(words) not in groups:
                    longer[words[-1]].append((words, k))
    for (last, size), ks in sorted(by_last.items()):
        if size != 2 or last not in longer:
            continue
        for k in ks:
            first = k.split()[0]
            targets = {sets.find(key) for w, key in longer[last]
                       if any(same_given(first, x) for x in w[:-1])} - {sets.find(k)}
            if len(targets) == 1:
                sets.union(k, targets.pop())
    # Organisations spelt slightly differently: "Central Election(s) Commission of X".
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in sorted(groups):
        words = k.split()
        if len(words) >= 3 and groups[k].kind() == "organization":
            by_ends[(words[0], words[-1])].append(k)
    for ks in by_ends.values():
        for i, a in enumerate(ks):
            for b in ks[i + 1:]:
                if _levenshtein().distance(a, b, score_cutoff=2) <= 2:
                    sets.union(a, b)
    # "Staunton Police" = "Staunton Police Department": a department named without the word.
    for k in sorted(groups):
        words = k.split()
        base = " ".join(words[:-1])
        if len(words) >= 3 and words[-1] in _DEPARTMENT and groups[k].kind() == "organization" \
                and base in groups and groups[base].kind() == "organization":
            sets.union(k, base)


_DEPARTMENT = frozenset(("department", "dept"))


def _word_match(a: str, b: str) -> bool:
    return close(a, b) or same_given(a, b) or _initial(a, b)


def _initials(by_last: dict[tuple[str, int], list[str]], sets: Sets) -> None:
    """A name of three or more words with an initial joins the one name of the corpus that
    spells the initial out and shares another given word: "W. Mark Felt" = "William Mark
    Felt", "Frederick C. LaRue" = "Frederick Cheney LaRue", never "J. Smith" = "John Smith"
    (two words: "Jane Smith" would fit as well)."""
    for (last, size), ks in sorted(by_last.items()):
        if size < 3 or last in SUFFIXES:
            continue
        split = [k.split() for k in ks]
        for wa in split:
            if not any(len(w) == 1 for w in wa[:-1]):
                continue
            targets = set()
            for wb in split:
                pairs = list(zip(wa[:-1], wb[:-1], strict=True))
                if wb is wa or not all(_word_match(x, y) for x, y in pairs):
                    continue
                if any(_initial(x, y) for x, y in pairs) and any(
                        x == y and len(x) > 1 for x, y in pairs):
                    targets.add(sets.find(" ".join(wb)))
            if len(targets) == 1:
                sets.union(" ".join(wa), targets.pop())


def _ordinary(word: str) -> bool:
    """A word a headline or a description puts beside a name ("notorious", "returns"), and
    that is no given name and no surname ("Baker"), unless very frequent ("real"); a word of
    the dictionary or a frequent one ("disgraced")."""
    cap = word.capitalize()
    if len(word) < 3 or not (is_word(word) or zipf(word) >= 3.0) or cap in given_names():
        return False
    return cap not in surnames() or zipf(word) >= 5.0


def merge_described(groups: dict[str, Group], sets: Sets) -> None:
    """A person group that is a better-supported full name of the corpus with ordinary words
    before or after it joins that name: "Notorious Bettie Page", "Real Bettie Page" and
    "Ellen DeGeneres Returns" (headlines, descriptions) are "Bettie Page", "Ellen DeGeneres";
    "George Washington Carver" is not "George Washington" (Carver is a surname)."""
    people = {k: g for k, g in groups.items() if " " in k and g.kind() == "person"}
    for k in sorted(people):
        words = k.split()
        if len(words) < 3 or words[-1] in SUFFIXES:
            continue
        targets = set()
        for i in range(len(words) - 1):
            for j in range(i + 2, len(words) + 1):
                if (i, j) == (0, len(words)):
                    continue
                core = " ".join(words[i:j])
                g = people.get(core)
                if g is None or g.count <= people[k].count:
                    continue
                if all(_ordinary(w) for w in words[:i] + words[j:]):
                    targets.add(sets.find(core))
        if len(targets) == 1:
            sets.union(k, targets.pop())


def merge_nicknames(groups: dict[str, Group], sets: Sets) -> None:
    """A name written with a nickname inside ('Luis Gerardo "Jerry" Ortiz') joins the
    nickname with the surname ("Jerry Ortiz") when only one name of the corpus gives it."""
    claims: dict[str, set[str]] = defaultdict(set)
    for k, g in groups.items():
        words = k.split()
        if g.kind() != "person" or len(words) < 2:
            continue
        last = words[-1] if words[-1] not in SUFFIXES or len(words) < 3 else words[-2]
        for surface in g.surfaces:
            for nick in _NICK.findall(surface):
                alias = f"{fold(nick)} {last}"
                if alias != k:
                    claims[alias].add(k)
    for alias, ks in sorted(claims.items()):
        claimed = groups.get(alias)
        if claimed is not None and claimed.kind() == "person" and len(
                {sets.find(k) for k in ks}) == 1:
            sets.union(alias, min(ks))


def merge_national_units(groups: dict[str, Group], sets: Sets) -> None:
    """An organisation named after another one and a country ("Vodafone UK", "Toyota
    USA") is its national unit and joins it, when that one is an organisation of the
    corpus and no common word ("Air France" has no "Air")."""
    for k in sorted(groups):
        g = groups[k]
        if not g.kinds["organization"] or " " not in k:  # "T-Mobile USA" reads as a place too
            continue
        for name in sorted(g.names):
            words = name.replace(",", " ").split()
            entry = lookup(words[-1]) if len(words) >= 2 else None
            if entry is None or not entry.country or not entry.strong:
                continue
            base = strip_form(fold(" ".join(words[:-1])))
            b = groups.get(base)
            if b is not None and base != k and b.kinds["organization"] and not is_common(
                    base.replace(" ", ""), 4.0) and getattr(lookup(base), "kind", None) in (
                    None, "organization"):
                sets.union(k, base)
                break
