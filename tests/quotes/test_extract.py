"""Quotations and their speakers, on invented news text (one test per cue class)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from reader.core.quotes import find_quotes
from reader.core.quotes.marks import quote_spans


@dataclass(frozen=True)
class M:
    start: int
    end: int
    actor: str
    name: str
    kind: str


ACTORS = {
    "Maria Lopez": "person",
    "Lopez": "person",
    "Tom Berg": "person",
    "Berg": "person",
    "Acme Corp": "organization",
    "Lyon": "place",
    "Lyon Police": "organization",
}


def mentions(text: str) -> list[M]:
    found = []
    for name in sorted(ACTORS, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            full = {"Lopez": "Maria Lopez", "Berg": "Tom Berg"}.get(name, name)
            found.append(M(m.start(), m.end(), full.lower().replace(" ", "-"), full, ACTORS[name]))
    return found


def quotes(text: str, roles=None):
    return [(q.text, q.speaker) for q in find_quotes("d", text, mentions(text), roles)]


def test_reporting_verb_after_the_quote():
    text = "“We will rebuild the bridge by spring,” Maria Lopez said on Monday."
    assert quotes(text) == [("We will rebuild the bridge by spring,", "Maria Lopez")]


def test_verb_first_and_told_a_listener():
    text = '"The plant stays open," said Tom Berg.\n"Nothing is decided," Lopez told reporters.'
    assert quotes(text) == [
        ("The plant stays open,", "Tom Berg"),
        ("Nothing is decided,", "Maria Lopez"),
    ]


def test_colon_introduction_and_apposition():
    text = "Tom Berg, a lawyer for Acme Corp, said: “My client has done nothing wrong.”"
    assert quotes(text) == [("My client has done nothing wrong.", "Tom Berg")]


def test_according_to():
    text = "According to Maria Lopez, “the budget is already spent.”"
    assert quotes(text) == [("the budget is already spent.", "Maria Lopez")]


def test_pronoun_takes_the_speaker_before_it():
    text = "Maria Lopez visited the site.\n“It is worse than we thought,” she said."
    assert quotes(text) == [("It is worse than we thought,", "Maria Lopez")]


def test_ambiguous_pronoun_is_left_unattributed():
    text = "Maria Lopez met Tom Berg in Lyon.\n“We agreed on nothing,” he said."
    assert quotes(text) == [("We agreed on nothing,", None)]


def test_role_noun_refers_back_to_the_organisation_or_role():
    text = (
        "Acme Corp cut 300 jobs.\n“Demand has collapsed,” the company said.\n"
        "Tom Berg heard the case.\n“This is a serious matter,” the judge said."
    )
    got = quotes(text, roles={"tom-berg": ("Judge",)})
    assert got == [
        ("Demand has collapsed,", "Acme Corp"),
        ("This is a serious matter,", "Tom Berg"),
    ]


def test_partial_quote_takes_the_sentence_subject():
    text = "In a speech praising “steady and patient” work, Lopez thanked the crews."
    assert quotes(text) == [("steady and patient", "Maria Lopez")]


def test_quote_over_two_paragraphs_keeps_its_speaker():
    text = (
        "“We start on Monday,” Lopez said.\n"
        "“The work will take a year and the roads stay open throughout.”"
    )
    assert [s for _, s in quotes(text)] == ["Maria Lopez", "Maria Lopez"]


def test_tokenised_wire_marks():
    text = "`` Prices will rise again , '' Tom Berg told the paper ."
    assert quotes(text) == [("Prices will rise again ,", "Tom Berg")]


def test_unnamed_speaker_is_kept_as_its_description():
    text = "“The talks have failed,” defence officials said."
    assert quotes(text) == [("The talks have failed,", "defence officials")]


def test_scare_quotes_and_titles_are_not_quotations():
    text = (
        "The “historic” deal was signed in Lyon.\n"
        "Lopez starred in “The Long Night Home” last year.\n"
        "The so-called “experts” were absent."
    )
    assert quotes(text) == []


def test_a_quote_about_someone_is_not_theirs():
    text = "“Lopez has no plan for the city,” Tom Berg said."
    assert quotes(text) == [("Lopez has no plan for the city,", "Tom Berg")]


def test_two_speakers_in_one_paragraph():
    text = "“Yes,” Lopez said, and “we will try again next week,” Berg added."
    assert quotes(text)[-1] == ("we will try again next week,", "Tom Berg")


def test_apostrophes_do_not_open_quotes():
    text = "Lopez’s plan and the ’90s rock ’n’ roll were discussed; Berg’s office said nothing."
    assert quote_spans(text) == []


def test_unbalanced_and_huge_quotes_end_with_their_paragraph():
    text = "“It never closes " + "and goes on " * 100_000 + "\nNext paragraph, Lopez said."
    spans = quote_spans(text)
    assert len(spans) == 1 and spans[0].close_end == text.index("\n")


@given(st.text(alphabet="“”\"'`‘’ ab.,\n", max_size=200))
def test_offsets_are_inside_the_text_and_never_include_marks(text):
    for q in find_quotes("d", text, []):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.text[0] not in '“”"‘' and q.text[-1] not in '“”"'


def test_filter_quotes_by_speaker_typo_or_by_words():
    from reader.core.quotes.extract import Quote
    from reader.core.quotes.search import filter_quotes

    qs = [
        Quote("d", 0, 5, "Sanctions will not work", "Dmitry Medvedev", "a"),
        Quote("d", 9, 20, "We welcome the sanctions", "Maria Lopez", "b"),
        Quote("d", 30, 40, "Nothing to add", None, None),
    ]
    assert [q.speaker for q in filter_quotes(qs, "medvedv")] == ["Dmitry Medvedev"]
    assert [q.speaker for q in filter_quotes(qs, "SANCTIONS")] == ["Dmitry Medvedev", "Maria Lopez"]
    assert filter_quotes(qs, "  ") == qs


def test_apposition_after_the_speaker_keeps_the_speaker():
    text = "Maria Lopez, a lawyer with Acme Corp in Lyon, said the city was “ready to pay.”"
    assert quotes(text) == [("ready to pay.", "Maria Lopez")]


def test_he_after_another_person_is_not_the_previous_speaker():
    text = (
        "“Costs rose,” Acme Corp said.\n"
        "Tom Berg, a director at Acme Corp, said losses would grow.\n"
        "“We will sell the plant,” he said."
    )
    assert quotes(text)[-1] == ("We will sell the plant,", "Tom Berg")


def test_a_group_speaks_only_next_to_the_verb():
    text = ("Divers searched the harbour all night, which police have said they treat as "
            "“a possible crime scene.”\nPolice said: “We are asking for witnesses.”")
    ms = [M(0, 6, "group:divers", "Divers", "group"),
          M(text.index("Police"), text.index("Police") + 6, "group:police", "Police", "group")]
    found = [(q.text, q.speaker) for q in find_quotes("d", text, ms)]
    assert found == [("a possible crime scene.", "police"),
                     ("We are asking for witnesses.", "Police")]
