"""Provides mention detection: capitalised runs cut into names, typed by gazetteer and cues.

`detect(text)` returns `Candidate`s in text order: the article is read (squeezed if its
text is tokenised, nicknames blanked), its headline lines found, and every other run of
capitalised words handed to the `Detector` (see detector.py); headline names come last.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .candidate import GIVEN, Candidate, tokens
from .detector import MAX_RUN, Detector
from .gazetteer import lookup
from .headlines import KnownNames, headline_lines, headline_names
from .language import capitalises_nouns
from .runs import opens_quotation, sentence_initial, split_connectors
from .spacing import blank_nicknames, squeeze
from .teams import mark_teams
from .tokens import run_pattern
from .wordstats import given_names

_WORD = re.compile(r"\S+")
# A clock time just before a run: "10 : 39 GMT", "9:56 AM AKDT", "19.04 IST" (a time zone).
_CLOCK = re.compile(r"\d{1,2} ?[:.] ?\d{2}(?: ?[AaPp]\.? ?[Mm]\.?)? ?\(?$")
_ZONE = re.compile(r"(?:[A-Z]{1,5}[ .]{0,2}){1,2}")


def detect(text: str) -> list[Candidate]:
    """All candidate mentions of one article, in text order.

    Tokenised text ("T - Mobile", "U . S .") is read squeezed; offsets and `text` of the
    candidates always refer to the original. In a language that capitalises its nouns,
    only names with more evidence than their capitals are kept (fewer actors, no junk).
    """
    blanked = blank_nicknames(text, given_names(), lookup)
    squeezed, index = squeeze(blanked)
    cands = _detect(squeezed)
    if cands and capitalises_nouns(text):
        cands = _with_evidence(cands)
    if index is not None or blanked is not text:
        for c in cands:
            if index is not None:
                last = c.end - 1
                if c.text.endswith(".") and last and index[last] - index[last - 1] > 1 and (
                        not text[index[last] + 1:index[last] + 3].lstrip()[:1].islower()):
                    last -= 1  # "Co ." ends at "Co": the spaced stop may end the sentence
                c.start, c.end = index[c.start], index[last] + 1
            c.text, c.spelt = text[c.start:c.end], " ".join(c.text.split())
    return cands


def _detect(text: str) -> list[Candidate]:
    det = Detector(text)
    caps = headline_lines(text)
    runs = []
    ci = 0
    for m in run_pattern().finditer(text):
        s = m.start()
        while ci < len(caps) and caps[ci][1] < s:
            ci += 1
        if ci < len(caps) and caps[ci][0] <= s <= caps[ci][1]:
            continue
        if _ZONE.fullmatch(m.group()) and _CLOCK.search(text, max(0, s - 16), s):
            continue  # a time zone after a clock time
        initial = sentence_initial(text, s)
        toks = tokens(m.group(), s)
        if len(toks) > MAX_RUN:  # a list or a shouted line, not one name: bound the work
            toks_chunks = [toks[i:i + MAX_RUN] for i in range(0, len(toks), MAX_RUN)]
        else:
            toks_chunks = [toks]
        groups = [g for chunk in toks_chunks for g in split_connectors(chunk)]
        if not initial and groups and len(groups[0]) == 1 and opens_quotation(text, s):
            initial = True  # a lone word opening a quotation: "He asked", `` Well ,
        for gi, g in enumerate(groups):
            runs.append((g, initial and gi == 0))
            det.names.add(tuple(t.text for t in g))
            if not (initial and gi == 0):
                det.midcaps.update(t.text for t in g)
                if len(g) == 1:
                    det.alone.add(g[0].text)
            else:
                det.midcaps.update(t.text for t in g[1:])
                if len(g) > 1 and g[0].text not in lx.STARTERS and g[-1].text in lx.ORG_HEADS:
                    det.midcaps.add(g[0].text)  # "Samsung" of "Samsung Electronics Co."
    for g, initial in runs:
        det.run(g, initial)
    names = KnownNames()
    for s, e in caps:
        headline_names(det, text, s, e, names)
    det.out.sort(key=lambda c: c.start)
    mark_teams(det.out, text)
    return det.out


def _with_evidence(cands: list[Candidate]) -> list[Candidate]:
    """The candidates of a text whose nouns are all capitalised: those with evidence
    beyond their capitals; a run with a known given name is cut to start there
    ("Bundeskanzlerin Angela Merkel" -> "Angela Merkel"), and a lone surname of such a
    name is kept when it links to it ("Merkel")."""
    given = given_names()
    kept: list[Candidate] = []
    surnames: set[str] = set()
    for c in cands:
        if c.strength < GIVEN and c.kind == "person":
            spans = [(m.start(), m.group()) for m in _WORD.finditer(c.text)]
            words = [w for _, w in spans]
            at = next((i for i, w in enumerate(words[:-1]) if w in given), None)
            if at is not None and len(words) - at <= 3:
                cut = spans[at][0]
                c.start, c.text, c.strength = c.start + cut, c.text[cut:], GIVEN
                c.key, c.spelt, c.words = None, None, tuple(words[at:])
                surnames.add(words[-1])
        if c.strength >= GIVEN:
            kept.append(c)
    return sorted(
        kept + [c for c in cands if c.strength < GIVEN and c.text in surnames],
        key=lambda c: c.start,
    )
