"""Tokenised text ("T - Mobile", "U . S .") reads like normal text; dashes stay dashes."""

from __future__ import annotations

from reader.core.actors.spacing import squeeze

from .conftest import spans

WIRE = ("Shares of Rolls - Royce rose on Tuesday , the company 's chairman said . "
        "Mr . Adams , a co - founder , met U . S . officials .")


def test_squeeze_closes_spaced_hyphens_and_abbreviations():
    text, index = squeeze(WIRE)
    assert "Rolls-Royce" in text and "co-founder" in text
    assert "Mr. Adams" in text and "U.S. officials" in text
    assert index is not None and index[len(text)] == len(WIRE)
    assert all(WIRE[index[i]] == ch for i, ch in enumerate(text))


def test_untokenised_text_is_untouched():
    text = "Paris - The minister met Mr. Adams, the co-founder, on Tuesday."
    assert squeeze(text) == (text, None)


def test_dashes_stay_when_compounds_keep_their_hyphens():
    text = ("Scotland - Ian Brown , Alan Reid . Brown 's short-lived spell ended , "
            "the club said .")
    assert squeeze(text)[0].startswith("Scotland - Ian")


def test_capitalised_headline_words_are_not_joined():
    text = "TENNIS - MURRAY WINS . The co - favourite 's run ended , he said ."
    assert squeeze(text)[0].startswith("TENNIS - MURRAY")


def test_sentence_final_stop_after_abbreviation_stays():
    text = "He joined Smith & Co .\nBrown 's firm , he said , grew ."
    assert "Co .\n" in squeeze(text)[0]


def test_spaced_names_are_found_with_original_offsets():
    found = spans(WIRE)
    assert "Rolls - Royce" in found
    assert found["Rolls - Royce"][1] == "Rolls-Royce"
    assert found["U . S ."] == ("place", "United States")
    assert "Adams" in found  # the title "Mr ." is not part of the name


def test_a_spaced_dash_between_two_names_stays_a_dash():
    text = ("Ada Lovelace - Ada Lovelace : the countess 's notes , a co - author said .\n"
            "Daniel Day - Lewis won , the jury 's chair said .")
    squeezed = squeeze(text)[0]
    assert "Ada Lovelace - Ada Lovelace" in squeezed
    assert "Day-Lewis" in squeezed and "co-author" in squeezed


def test_a_town_before_a_spaced_comma_and_its_country_is_a_place():
    s = spans("Officials said Skerrivoe , Norway , had no power on Tuesday .")
    assert s["Skerrivoe"][0] == "place"


def test_names_dashed_apart_late_in_a_long_tokenised_text():
    """Whether a dash parts two names is read near the dash, however long the text."""
    from reader.core.actors import extract

    lead = "Some co - workers said , in fact , that the plant was quiet . " * 300
    text = lead + "Esther Williams - Esther Williams was there , he said ."
    found = [(m.text, m.kind) for m in extract(text) if "Esther" in m.text]
    assert found == [("Esther Williams", "person")] * 2
