"""Provides the pieces a capitalised run is cut with: connectors that do not belong to a
name, title chains, compound modifiers ("Texas-based") and sentence-initial verbs."""

from __future__ import annotations

import re

from . import lexicon as lx
from .candidate import Tok
from .founded import ordinary
from .gazetteer import demonym, lookup
from .wordstats import given_names, is_common, is_word

# Capitalised titles, plus role nouns written with a capital ("Comedian Ellen DeGeneres").
TITLE_WORDS = lx.TITLES | frozenset(w.capitalize() for w in lx.ROLE_NOUNS)
_BOUNDARY = set(".!?:;\n•*|–—-")
_OPENERS = set(" \t\"“‘'([«`")  # `` opens a quotation in tokenised text
# A compound adjective that ends a modifier, not a name: "Texas-based", "Paris-born".
MODIFIER = re.compile(r"-(?:based|born|bred|owned|led|backed|run|controlled|made|listed|"
                      r"headquartered|area|style|era|registered|funded|linked)$", re.I)


def verb_ing(word: str) -> bool:
    """An -ing form of an English verb: "acquiring", "citing", "running" (not "sterling")."""
    stem = word[:-3]
    return len(stem) > 2 and (is_word(stem) or is_word(stem + "e") or (
        stem[-1] == stem[-2] and is_word(stem[:-1])))


def sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _BOUNDARY


def opens_quotation(text: str, pos: int) -> bool:
    """The word at `pos` is the first of a quotation: "He asked", 'On political', `` Well ."""
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] in "“`«" or text[i] in "\"'‘" and i + 1 == pos:
            return True
        i -= 1
    return False


def is_connector(word: str) -> bool:
    return word in _CONNECTOR_SET


_CONNECTOR_SET = lx.words(
    "of the for and & de del della der den di da das dos du van von ter la le bin ibn al el y"
)
_JOIN_OF = lx.ORG_HEADS | lx.PLACE_HEADS | lx.TITLES | lx.words(
    "Republic Kingdom Bank Gulf Sea Bay Isle Isles Cape City Duke Prince Princess King Queen "
    "Statue Sultanate Emirate Principality Commonwealth Federation States Union House")


def split_connectors(toks: list[Tok]) -> list[list[Tok]]:
    """Cut a run at connectors that do not belong inside one name."""
    groups: list[list[Tok]] = [[]]
    i, n = 0, len(toks)
    seen_of_org = False
    while i < n:
        t = toks[i]
        if t.text in lx.WEEKDAYS:
            groups.append([])
            i += 1
            continue
        if not is_connector(t.text):
            groups[-1].append(t)
            i += 1
            continue
        j = i
        while j < n and is_connector(toks[j].text):
            j += 1
        left = groups[-1]
        conn = [c.text for c in toks[i:j]]
        ok = False
        if left and j < n:
            head = left[-1].text
            first = conn[0]
            if first in ("of", "for") and (head in _JOIN_OF or toks[-1].text in (
                    lx.COMPANY_SUFFIXES) and len(left) > 1 and left[0].text not in given_names()):
                ok = all(c in ("of", "the", "for", "and") for c in conn)  # "Gold Mines of
                # Ruritania Ltd" is one company; "Jane Roe of Acme Ltd" is no name
                seen_of_org = seen_of_org or ok and (head in lx.ORG_HEADS or
                                                     left[0].text in lx.ORG_HEADS)
            elif first == "&":
                ok = len(conn) == 1
            elif first == "and" and len(conn) == 1:
                ok = seen_of_org or len(left) - _lead(left) == 1 and _agency_after(
                    toks, j) and not any(
                    w.isupper() or w in lx.TITLES or lookup(w) for w in (head, toks[j].text))
                # never "Britain and ...", "EYP and HP Services", "Interior and Commerce ..."
            elif first in lx.PARTICLES and sum(
                    t.text not in TITLE_WORDS for t in left) <= 3 and all(
                    c in lx.PARTICLES for c in conn):
                ok = head not in _JOIN_OF and j == n - 1
        if ok:
            left.extend(toks[i:j])
        else:
            groups.append([])
        i = j
    return [g for g in groups if g]


def _lead(left: list[Tok]) -> int:
    """1 when the run opens with "The" or with a country or a nationality before its first
    word ("U.S. Fish (and Wildlife Service)", "British Food (and Drug Agency)"), else 0."""
    if left[0].text == "The":
        return 1
    if len(left) < 2:
        return 0
    e = lookup(left[0].text)
    return int(e is not None and e.kind == "place" and e.country or bool(demonym(left[0].text)))


def _agency_after(toks: list[Tok], j: int) -> bool:
    """The words from `j` to the next connector end in an agency's head word after another
    word: "(Securities and) Exchange Commission", "(Food and) Drug Administration"."""
    k = j
    while k < len(toks) and not is_connector(toks[k].text):
        k += 1
    return k - j >= 2 and toks[k - 1].text in _AGENCY_HEADS


_AGENCY_HEADS = lx.ORG_HEADS - lx.COMPANY_SUFFIXES


def title_end(words: list[str], p: int) -> int:
    """Index after the title chain at `p`: "Prime Minister", "Secretary of the Interior"."""
    q, n = p, len(words)
    while q < n:
        if words[q] in TITLE_WORDS:
            q += 1
        elif words[q] in ("of", "for") and q + 1 < n:
            r = q + 1 + (words[q + 1] == "the")
            if r < n - 1:
                q = r + 1 + (words[r] in TITLE_WORDS and r + 1 < n - 1)
            else:
                break
        else:
            break
    return q


def first_is_description(toks: list[Tok], given: frozenset[str], surnames: frozenset[str],
                         midcaps: set[str], names: set[tuple[str, ...]]) -> bool:
    """Whether the first word of a run opening a sentence describes the name after it
    ("Citing Smith", "Polygamist Warren Jeffs", "Unemployed John Roe", "Veteran Acme")
    rather than being part of it; `midcaps` are words the article capitalises mid-sentence,
    `names` the words of its runs."""
    w = toks[0].text
    if toks[1].text == "&":
        return False  # "Standard & Poor's", "Procter & Gamble"
    if any(lookup(" ".join(t.text for t in toks[:k])) for k in range(2, min(len(toks), 4) + 1)):
        return False
    if demonym(f"{w} {toks[1].text}"):
        return False
    if w.endswith("ing") and w not in surnames and w not in given and not lookup(
            w) and verb_ing(w.lower()):
        return True  # a verb: "Acquiring Acme Widgets Inc.", "Citing Smith"
    if w in lx.TITLES or w in given or lookup(w) or demonym(w) or w in midcaps:
        return False
    if len(toks) > 2 and toks[1].text in given and w not in surnames and (
            tuple(t.text for t in toks[1:]) in names and is_word(w.lower())
            or w.endswith("ed") and ordinary(w)):
        return True  # a description: "Polygamist Warren Jeffs" (Warren Jeffs elsewhere),
        # "Unemployed John Roe"
    last = toks[-1].text
    if last in lx.ORG_HEADS or last in lx.PLACE_HEADS:
        return False
    return is_common(w) or "-" in w and ordinary(w)  # "Ex-champion Marvin Teale"
