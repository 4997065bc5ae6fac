"""Provides the detector of one article: capitalised runs cut into names and typed.

`detect.detect(text)` drives it over an article's runs. Each run of capitalised words is split at
connectors that do not belong to a name, stripped of sentence-initial function words and of
titles (kept as the role), and typed: gazetteer entry, organisation or place cue noun, title
or role noun before it, given name, context word, and finally a default by shape.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .candidate import CONTEXT, CUE, GAZ, GIVEN, SHAPE, TITLE, Candidate, Tok
from .cues import (
    BUSINESS,
    administration,
    brand,
    code_after_town,
    org_after,
    place_around,
    shouted,
    state_after_town,
    town_around,
)
from .gazetteer import demonym, known, lookup
from .placenames import numbered, place_before_title, places_in, team_like
from .runs import (
    MODIFIER,
    TITLE_WORDS,
    first_is_description,
    is_connector,
    title_end,
    verb_ing,
)
from .tokens import NEXT_WORD, prev_word
from .wordstats import given_names, is_common, is_word, surnames

_PLACE_PREPS = lx.words("in at from near across outside inside into to toward towards via")
_ORG_PREPS = lx.words("the")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_INITIAL = re.compile(r"^[A-Z]\.$")
MAX_RUN = 12  # tokens; the longest real names ("Organisation for ... in Europe") have 7
_ROMAN = lx.words("II III IV V VI VII VIII")
_TITLE = TITLE_WORDS
# Capitalised determiners inside a run begin another phrase (a list term, a joined line).
_INNER_STARTS = frozenset(("The", "An", "This", "These", "Those"))
_AWARDS = lx.words("Award Awards Prize Prizes Nomination Nominations Oscar Oscars Emmy Grammy")
_SPEECH = lx.words("said says told added noted explained wrote argued insisted replied asked")


def _words(g: list[Tok]) -> list[str]:
    return [t.text for t in g]


class Detector:
    """State for one document: the text, candidates so far, words seen mid-sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Candidate] = []
        self.midcaps: set[str] = set()
        self.alone: set[str] = set()  # one-word runs seen mid-sentence: "at Sprint"
        self.names: set[tuple[str, ...]] = set()  # the words of every run
        self.given = given_names()
        self.surnames = surnames()

    def emit(self, toks: list[Tok], kind: str, strength: int, initial: bool,
             role: str | None = None, key: str | None = None, tentative: bool = False,
             cued: bool = False) -> None:
        start, end = toks[0].start, toks[-1].end
        self.out.append(Candidate(start, end, self.text[start:end], kind, strength, role, key,
                                  initial, tuple(_words(toks)), tentative, cued=cued))

    def nationality(self, toks: list[Tok], initial: bool) -> None:
        """A nationality adjective ("North Korean") is a mention of its country."""
        country = demonym(" ".join(_words(toks)))
        entry = lookup(country) if country else None
        if entry is not None:
            self.emit(toks, entry.kind, GAZ, initial, key=entry.name)

    def maybe_surname(self, toks: list[Tok], initial: bool) -> None:
        """A word we would drop ("King", "White") may still be the surname of a named person."""
        w = toks[0].text
        if w in self.surnames and w not in lx.MONTHS and w not in lx.WEEKDAYS:
            m = NEXT_WORD.match(self.text, toks[-1].end)
            speaks = m is not None and m.group(1) in _SPEECH
            self.emit(toks, "person", SHAPE, initial, tentative=not speaks)

    def prev_word(self, pos: int) -> str:
        return prev_word(self.text, pos)

    def run(self, toks: list[Tok], initial: bool) -> None:
        """Handle one capitalised run (already split at connectors)."""
        last = toks[-1]
        if last.text[-2:] in ("'s", "’s") and (
                any(last.text[:-2] in name for name in self.names)
                or lookup(" ".join(_words(toks))[:-2])):
            # "Kim's.", "Russia's,": a possessive, as the article names Kim and Russia
            toks = [*toks[:-1], Tok(last.start, last.end - 2, last.text[:-2])]
        k = next((k for k in range(1, len(toks)) if toks[k].text in _INNER_STARTS), 0)
        if k:  # "Policy An object ...", "Finalization The Model": two runs
            self.run(toks[:k], initial)
            self.run(toks[k:], True)
            return
        # Sentence-initial function words and common words.
        while toks and toks[0].text in lx.STARTERS and (initial or toks[0].text == "The") and (
                len(toks) == 1 or toks[0].text not in lx.TITLES or toks[1].text in lx.TITLES
        ):  # "Mr Hall said": a role; "Mr Speaker" is none
            if len(toks) > 1 and lookup(" ".join(_words(toks))):
                break
            toks = toks[1:]
            initial = False
        if not toks or len(toks) > 1 and toks[0].text in lx.EVENT_STARTS:
            return  # "Hurricane Ida": an event
        if len(toks) > 1 and all(shouted(t.text) for t in toks) and not lookup(
                " ".join(_words(toks))):
            return  # "CHARGED WITH MURDER", "PEOPLE HAVE DIED": capitals over plain words
        if initial and len(toks) > 1 and first_is_description(
                toks, self.given, self.surnames, self.midcaps, self.names):
            toks = toks[1:]
            initial = False
        if len(toks) > 1 and toks[0].text in lx.MONTHS and not (
                toks[0].text in self.given and toks[1].text in self.surnames):
            toks = toks[1:]  # "the August Acme index", "to June Comelf"; never "June Carter"
        toks, initial = self._after_modifier(toks, initial)
        # Trailing lone initials ("B.") or connectors never end a name.
        while toks and (is_connector(toks[-1].text) or
                        (len(toks[-1].text) == 2 and toks[-1].text[1] == ".")):
            toks = toks[:-1]
        if not toks:
            return
        admin = administration(self.text, toks)
        if admin is not None:
            self.emit(admin, "organization", CUE, initial, cued=True)  # "Bush administration"
            return
        place = numbered(self.text, toks)
        if place is not None:
            self.emit(place, "place", CUE, initial and place[0] is toks[0], cued=True)
            return
        self.segment(toks, initial)

    @staticmethod
    def _after_modifier(toks: list[Tok], initial: bool) -> tuple[list[Tok], bool]:
        """Cut a compound modifier off the name: "Texas-based Acme" -> Acme, "Paris-born
        Smith" -> Smith (the place inside the modifier is no mention of its own)."""
        p = next((k for k in range(len(toks) - 1, -1, -1) if MODIFIER.search(toks[k].text)),
                 -1)
        return (toks, initial) if p < 0 else (toks[p + 1:], False)

    def segment(self, toks: list[Tok], initial: bool) -> None:
        words = _words(toks)
        n = len(words)
        # Events, dates and holidays are not actors.
        core = words[:-1] if n > 1 and words[-1] in _ROMAN else words
        if core[-1] in lx.EVENT_HEADS and not lookup(" ".join(words)):
            if words[-1] in lx.HOLIDAYS and (n > 2 or n == 2 and not is_word(words[0].lower())):
                # "the Acme Ltd Christmas party": Acme Ltd (never "Merry" of Merry Christmas)
                self.segment(toks[:-1], initial)
            return
        if any(w in _AWARDS for w in words) or n > 1 and all(
                w in lx.TITLES or w in lx.ROLE_WORDS for w in words):
            return  # an award; a role with no name ("Deputy Mayor", "Police Commissioner")
        if n == 2 and _INITIAL.match(words[0]) and words[1][-1] != "." and not lookup(
                " ".join(words)):  # "T. Field", "R. Hill": a person, whatever the word
            self.name(toks, words, initial, None, False)
            return
        if n > 2 and words[0] in self.given and words[-1] in lx.TITLES and words[1] not in (
                lx.TITLES):  # a caption: "Jane Roe U.S. Surgeon General" (never "Billie Jean
            # King" nor "Dakota Board of Trade"): the name, then its role
            k = next((k for k in range(2, n) if words[k] in lx.TITLES or lookup(words[k])), n)
            if (k < n - 1 or k == n - 1 and words[k] not in self.surnames) and not any(
                    is_connector(w) or w in lx.ORG_HEADS for w in words[:k]):
                self.name(toks[:k], words[:k], initial, " ".join(words[k:]), False)
                return
        # "Academy President": an organisation followed by a title, no name after it.
        if n > 1 and words[-1] in lx.TITLES and words[-1] not in lx.SHORT_TITLES and (
                words[0] not in _TITLE) and (
                words[-2] not in self.given) and not is_connector(words[-2]) and (
                words[0] not in self.given) and not lookup(
                " ".join(words)) and words[-1] not in lx.ORG_HEADS:
            k = n
            while k > 0 and words[k - 1] in lx.TITLES:
                k -= 1
            if k:
                self.modifier(toks[:k], initial)
            return
        # Whole run known to the gazetteer.
        entry = lookup(" ".join(words))
        if entry and not (n == 1 and words[0] in lx.MONTHS):
            self.emit(toks, entry.kind, GAZ if entry.strong else CUE, initial, key=entry.name)
            return
        # Places listed without commas: "Berlin Paris Paris Berlin".
        places = places_in(words, self.given)
        if places:
            start = 0
            for e, k in places:
                self.emit(toks[start : start + k], "place", GAZ, initial and not start, key=e.name)
                start += k
            return
        # Leading nationality adjectives, places and titles.
        i = 0
        role: list[str] = []
        while i < n:
            w = words[i]
            two = " ".join(words[i:i + 2])
            if i + 1 < n and demonym(two) and (i + 2 == n or words[i + 2] in _TITLE):
                role.append(two)
                self.nationality(toks[i:i + 2], initial and i == 0)
                i += 2
                continue
            if (demonym(w) or w in lx.DEMONYM_LIKE) and i + 1 < n:
                rest = " ".join(words[i + 1:])
                if words[i + 1] in _TITLE or lookup(rest) or (
                        words[i + 1] in self.given and n - i - 1 in (2, 3)):
                    role.append(w)
                    self.nationality(toks[i:i + 1], initial and i == 0)
                    i += 1
                    continue
            j = place_before_title(words, i)
            if j:
                place = lookup(" ".join(words[i:j]))
                assert place is not None  # place_before_title found it
                self.emit(toks[i:j], place.kind, GAZ, initial and i == 0, key=place.name)
                i = j
                continue
            break
        if i >= n:
            return  # only adjectives: "Chinese", "North Korean"
        if i:
            toks, words, n = toks[i:], words[i:], n - i
            initial = False
            entry = lookup(" ".join(words))
            if entry:
                self.emit(toks, entry.kind, GAZ if entry.strong else CUE, False, key=entry.name)
                return
        last = words[-1]
        named = n == 2 and words[0] in self.given and last in self.surnames and not lookup(
            words[0])  # "Jim Courier", never "China Daily"
        if not named and (last in lx.ORG_HEADS and n > 1 or any(
                words[k] in lx.ORG_HEADS and words[k + 1] in ("of", "for") for k in range(n - 1))):
            self.emit(toks, "organization", CUE, initial)
            return
        if n > 1 and (last in lx.PLACE_HEADS or words[0] in lx.PLACE_STARTS or any(
                words[k] in lx.PLACE_HEADS and words[k + 1] == "of" for k in range(n - 1))):
            if last not in lx.PLACE_HEADS and team_like(words, self.given, self.surnames):
                self.emit(toks, "organization", CONTEXT, initial)  # "San Francisco Giants"
                return
            self.emit(toks, "place", CUE, initial)
            return
        # Titles before a name, possibly after an organisation or place ("Alaska Gov.").
        p = next((k for k in range(n - 1) if words[k] in _TITLE), -1)
        if p >= 0:
            last_title = max(k for k in range(n - 1) if words[k] in _TITLE)
            q = title_end(words, last_title)
            if 0 < q < n - 1 and words[q] in ("of", "for"):  # "Governor of Tierra Baja": no person
                r = q + 1 + (words[q + 1] == "the")
                if p > 0:
                    self.modifier(toks[:p], initial)
                self.run(toks[r:], False)
                return
            name_words = [w for w in words[q:] if w not in lx.NAME_SUFFIXES]
            if q < n and name_words and len(name_words) <= 5 and not any(
                    w in lx.ORG_HEADS for w in name_words):
                if p > 0:
                    self.modifier(toks[:p], initial)
                role.extend(words[:q])
                self.name(toks[q:], words[q:], False, " ".join(role), True)
                return
        role_text = " ".join(role) if role else None
        self.name(toks, words, initial, role_text, False)

    def modifier(self, toks: list[Tok], initial: bool) -> None:
        """The organisation or place before a title: "Alaska" Gov., "LA Superior Court" Judge."""
        words = _words(toks)
        if len(words) == 1 and (demonym(words[0]) or words[0] in lx.DEMONYM_LIKE):
            self.nationality(toks, initial)
            return
        entry = lookup(" ".join(words))
        if entry:
            self.emit(toks, entry.kind, GAZ if entry.strong else CUE, initial, key=entry.name)
        elif words[-1] in lx.PLACE_HEADS and len(words) > 1:
            self.emit(toks, "place", CUE, initial)
        elif len(words) == 1 and (words[0] in lx.PLACE_HEADS or words[0] in lx.ROLE_WORDS):
            return  # part of the role: "the District Attorney", "the Fire Chief"
        elif not (initial and len(words) == 1 and is_common(words[0], 3.0)
                  and not _ACRONYM.match(words[0]) and words[0] not in self.alone):
            self.emit(toks, "organization", CUE if words[-1] in lx.ORG_HEADS else CONTEXT,
                      initial)

    def product(self, words: list[str]) -> bool:
        """A well-known company's name with more words ("Google Maps", "Intel Core"), or a
        run with a brand word ("MacBook Air"): a product or a unit, no person."""
        if any(brand(w) for w in words):  # not "MaliVai Washington"
            return not (len(words) == 2 and words[1] in self.surnames)
        return known(words[0], "organization") and words[0] not in self.given

    def name(self, toks: list[Tok], words: list[str], initial: bool, role: str | None,
             titled: bool) -> None:
        n = len(words)
        first = words[0]
        if n == 1 and not titled:
            if first in lx.MONTHS or first in lx.WEEKDAYS:
                return
            t = toks[0]
            if first in lx.STATE_ABBREVIATIONS and state_after_town(self.text, t.start, t.end):
                end = t.end + (self.text[t.end:t.end + 1] == ".")  # "Fla." with its stop
                self.emit([Tok(t.start, end, self.text[t.start:end])], "place", CUE, initial,
                          cued=True)
                return
            if first in lx.STATE_CODES and code_after_town(self.text, t.start, t.end):
                state = lookup(lx.STATE_CODES[first])
                self.emit(toks, "place", CUE, initial, key=state.name if state else None,
                          cued=True)
                return
            if not role and town_around(self.text, toks[-1].end) and not (
                    initial and is_word(first.lower())):  # "Troy police", never "Riot police"
                self.emit(toks, "place", CUE, initial, cued=True)
                return
            if demonym(first) or first in lx.DEMONYM_LIKE:
                self.nationality(toks, initial)
                return
            if first in lx.NEVER_ALONE or first in _TITLE or len(first.rstrip(".")) == 1:
                self.maybe_surname(toks, initial)
                return
            if _ACRONYM.match(first):
                if is_common(first, 5.0) or first.capitalize() in lx.NEVER_ALONE:
                    return  # READ, ALSO, NEW
                self.emit(toks, "organization", SHAPE, initial, role)
                return
            if first[-1] == "s" and first[:-1].isupper() and len(first) > 2:
                return  # plural acronym: ICBMs
            if first.isupper() and len(first) > 8:
                return
            if initial and first not in self.midcaps and first not in self.given and (
                    is_common(first) or is_word(first) or first.endswith("ing") and verb_ing(
                        first.lower())):  # "Configuring the server", "Citing sources"
                self.maybe_surname(toks, initial)
                return
            if self.prev_word(toks[0].start).lower() in ("a", "an") and is_word(
                    first.lower()) and first not in self.given and lookup(first) is None:
                return  # a name takes no "a": "returns a Response", "A Buffer holds"
        if titled:
            if n == 1 and is_common(first, 3.0) and is_word(first.lower()) and (
                    first not in self.surnames) and first not in self.given and lookup(
                    first) is None:
                return  # a field: "Professor of Conservation Ecology", "Director of Personnel"
            self.emit(toks, "person", TITLE, initial, role)
            return
        if words[-1][-2:] in ("'s", "’s") and n <= 3:  # "Moody's said": a firm, no person
            if words[0][:-2] not in lx.STARTERS:  # "That's"
                self.emit(toks, "organization", CONTEXT, initial, role)
            return
        nxt = NEXT_WORD.match(self.text, toks[-1].end)
        if (nxt is not None and nxt.group(1) in lx.ROLE_NOUNS and first not in self.given
                and first not in self.surnames and not (n > 1 and words[-1] in self.surnames)):
            self.emit(toks, "organization", CONTEXT, initial, role)
            return
        if nxt is not None and nxt.group(1) in BUSINESS and first not in self.given:
            self.emit(toks, "organization", CONTEXT, initial, role)  # "Nvidia shares rose"
            return
        personal = first in self.given and (n == 1 or words[-1] in self.surnames)
        if not personal and org_after(self.text, toks[-1].end):
            self.emit(toks, "organization", CONTEXT, initial, role)  # "Interfax news agency"
            return
        if not personal and not role and place_around(self.text, toks[0].start, toks[-1].end):
            self.emit(toks, "place", CONTEXT, initial, role)  # "Karvan province", "town of X"
            return
        prev = self.prev_word(toks[0].start)
        if prev.lower() in lx.ROLE_NOUNS and prev.islower():
            self.emit(toks, "person", TITLE, initial, role or prev)
            return
        if prev in lx.ORG_NOUNS and not personal:
            self.emit(toks, "organization", CONTEXT, initial, role)  # "carmaker Renault"
            return
        if n > 1 and prev == "the" and first not in self.given and not (
                demonym(first) or first in lx.DEMONYM_LIKE) and not any(
                w in lx.PARTICLES for w in words):
            self.emit(toks, "organization", CONTEXT, initial, role)  # "the White Sox"
            return
        if n > 1 and team_like(words, self.given, self.surnames):
            self.emit(toks, "organization", CONTEXT, initial, role)  # "Kansas City Royals"
            return
        if n > 1:
            if not role and self.product(words):
                self.emit(toks, "organization", CONTEXT, initial)  # "Google Maps", "MacBook Air"
                return
            if first in self.given and all(w[:1].isupper() for w in words):
                self.emit(toks, "person", GIVEN, initial, role)
                return
            if sum(w not in lx.PARTICLES for w in words) <= 5 and all(
                    w in lx.PARTICLES or _INITIAL.match(w) or w[:1].isupper() and not w.isupper()
                    for w in words if len(w) > 1):
                self.emit(toks, "person", SHAPE, initial, role)
                return
            self.emit(toks, "organization", SHAPE, initial, role)
            return
        if n == 1 and first in lx.ORG_HEADS:
            self.emit(toks, "organization", CUE, initial, role)  # Congress, Parliament
        elif brand(first):
            self.emit(toks, "organization", CONTEXT, initial, role)  # OpenAI, PayPal, YouTube
        elif prev in _PLACE_PREPS:
            self.emit(toks, "place", CONTEXT, initial, role)
        elif prev in _ORG_PREPS:
            self.emit(toks, "organization", CONTEXT, initial, role)
        else:
            self.emit(toks, "person", SHAPE, initial, role)
