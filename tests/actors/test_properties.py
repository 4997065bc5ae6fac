"""Property tests: offsets always valid, any Unicode is safe, order-independent resolution."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.actors import extract, resolve
from reader.core.actors.detector import MAX_RUN, Detector
from reader.core.actors.tokens import prev_word
from reader.core.model import KINDS

WORDS = st.sampled_from(
    ["Kim", "Jong-un", "Li", "Qiang", "Putin", "said", "the", "of", "Bank", "in", "Beijing",
     "U.S.", "WPK", "’s", "'s", ".", ",", "\n", "(", ")", "Party", "Workers’", "Vučić", "and",
     "President", "READ", "ALSO", "May", "Day", "Mr.", "Jr.", "al-Assad", "de", "ǅ", "İ",
     "Police", "Three", "Iraqis", '"', ":"]
)
TEXTS = st.lists(WORDS, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), TEXTS))
def test_offsets_inside_text_and_match(text):
    mentions = extract(text)  # NEWSREADER_STRICT=1 (tests/conftest.py): errors are raised
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.kind in KINDS
        assert m.key


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=5), st.randoms())
def test_resolution_deterministic_under_shuffle(texts, rnd):
    raw = {f"d{i}": extract(t) for i, t in enumerate(texts)}
    items = list(raw.items())
    rnd.shuffle(items)
    a, b = resolve(raw), resolve(dict(items))
    assert a.assign == b.assign
    assert a.actors == b.actors


def test_long_capitalised_runs_are_read_a_bounded_piece_at_a_time(monkeypatch):
    """A line of thousands of capitalised words reaches the name segmenter (whose work
    grows faster than its input) in pieces of at most MAX_RUN tokens: work linear in the
    text. (Its speed is measured in bench/bench_long_texts.py, not here.)"""
    seen: list[int] = []
    segment = Detector.segment

    def counted(self, toks, initial):
        seen.append(len(toks))
        return segment(self, toks, initial)

    monkeypatch.setattr(Detector, "segment", counted)
    names = " ".join(f"Kim Jong{i} said Kim." for i in range(200))
    text = " ".join(["Abc Def"] * 5000) + ". " + names
    mentions = extract(text)
    assert {"Kim Jong7", "Kim Jong199"} <= {m.text for m in mentions}
    assert max(seen) <= MAX_RUN
    assert sum(seen) <= len(text.split())


# The word before, as a pattern (what the name detector searched with before `prev_word`).
PREV_WORD = re.compile(r"([\w’'.-]+)[ \t\"“”‘(]*\Z")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\"“”‘(,;.’'_-aZ9é²", max_size=60), st.integers(0, 60))
def test_prev_word_is_the_pattern_s_word(text, pos):
    pos = min(pos, len(text))
    found = PREV_WORD.search(text, max(0, pos - 40), pos)
    assert prev_word(text, pos) == (found.group(1) if found else "")
    found = PREV_WORD.search(text, 0, pos)
    assert prev_word(text, pos, reach=None) == (found.group(1) if found else "")


def test_prev_word_reads_back_over_quotes_and_brackets():
    text = 'shares of carmaker "Renault rose; the ( Acme'
    assert prev_word(text, text.index("Renault")) == "carmaker"
    assert prev_word(text, text.index("Acme")) == "the"
    assert prev_word(text, text.index("rose")) == "Renault"
    assert prev_word("; Acme", 2) == ""


def _stories_by_definition(arts, names_of):
    """Each article in turn joins every story it shares two names with (stories found
    afresh each time)."""
    from collections import defaultdict

    from reader.core.actors.groups import Sets

    sets = Sets()
    told = defaultdict(set)
    for art in arts:
        shared = defaultdict(int)
        for name in names_of(art):
            told[name] = {sets.find(s) for s in told[name]}
            for story in told[name]:
                shared[story] += 1
        for story in sorted(s for s, n in shared.items() if n >= 2):
            sets.union(story, art)
        for name in names_of(art):
            told[name].add(sets.find(art))
    return {art: sets.find(art) for art in arts}


@settings(max_examples=500, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from("abcdef"), min_size=1, max_size=4), max_size=30))
@example([frozenset("ab"), frozenset("cde"), frozenset("abcd"), frozenset("ea")])  # merged
def test_stories_are_those_of_the_definition(names):
    from reader.core.actors.stories import _stories

    arts = [f"a{i:03d}" for i in range(len(names))]
    of = dict(zip(arts, names, strict=True)).__getitem__
    assert _stories(arts, of) == _stories_by_definition(arts, of)
