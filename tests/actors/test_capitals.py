"""What case tells: plain words in capitals are no actors, names in capitals still are;
a line with a content word in lower case is no headline (its capitals are names)."""

from __future__ import annotations

from reader.core.actors import extract


def _texts(text: str) -> set[str]:
    return {m.text for m in extract(text)}


def test_plain_words_in_capitals_are_no_actor():
    text = ("FOUR SAILORS WENT MISSING OFF A TRAWLER that had left the port of Grimsby"
            " early on Monday morning.\n"
            "ACCUSED OF FRAUD : what the court in Leeds heard on Tuesday.\n"
            "The council is PLANNING TO close the library, said Mary Hobbs.")
    found = _texts(text)
    assert not any(t.isupper() for t in found), found
    assert {"Grimsby", "Leeds", "Mary Hobbs"} <= found


def test_names_in_capitals_are_kept():
    text = ("Fans of the club cheered as BRENDA COLLINS scored twice at the ground.\n"
            "Officials said US ARMY engineers and the AMERICAN RED CROSS were on site.\n"
            "Shares of SHELBY MOTOR WORKS fell after the report.")
    found = _texts(text)
    assert "BRENDA COLLINS" in found
    assert any("US" in t for t in found)
    assert any("AMERICAN RED CROSS" in t or "RED CROSS" in t for t in found)
    assert any("SHELBY" in t for t in found)


def test_a_results_line_with_a_verb_in_lower_case_is_no_headline():
    text = ("Results of the second round on Thursday:\n"
            "Ilse Hill ( Norway ) beat Petra Field ( Sweden ) 6-3 6-4\n"
            "Tomas Young ( Austria ) beat Kalle Stone ( Finland ) 7-5 6 - 2\n")
    found = {m.text: m.kind for m in extract(text)}
    for name in ("Ilse Hill", "Petra Field", "Tomas Young", "Kalle Stone"):
        assert found.get(name) == "person", (name, found)


def test_a_headline_with_a_lower_case_function_word_is_still_a_headline():
    text = ("Farmers Urge Council to Drop Rules that Hurt Small Growers\n"
            "Growers in Leland said on Monday the council ignored them.")
    found = {m.text for m in extract(text)}
    assert not found & {"Farmers Urge Council", "Drop Rules", "Hurt Small Growers"}, found


def test_a_hyphenated_ordinary_word_starting_a_sentence_is_no_part_of_the_name():
    found = {m.text: m.kind for m in extract(
        "Forty-year-old Dana Pruitt was charged on Monday. War-torn Aleppo was quiet.")}
    assert found.get("Dana Pruitt") == "person", found
    assert "Aleppo" in found
    assert not any("-" in text for text in found), found


def test_ranked_rows_and_lists_of_names_are_no_headlines():
    text = ("Results:\n6. Carl Brown ( Peru ) 13.53\n7. Ida Miller ( Kenya ) 11.37\n"
            "Dan Hulme , Rob Henson , Ray Woods , Ken Green ,\n")
    found = {m.text: m.kind for m in extract(text)}
    for name in ("Carl Brown", "Ida Miller", "Dan Hulme", "Ray Woods", "Ken Green"):
        assert found.get(name) == "person", (name, found)


def test_a_scorecard_line_keeps_its_batsmen_as_persons():
    text = ("Taunton : Devon 210 , Wessex 388-6 ( R. Hill 92 not out , P. Baker 71 ,"
            " T. Field 40 ) .\n")
    found = {m.text: m.kind for m in extract(text)}
    for name in ("R. Hill", "P. Baker", "T. Field"):
        assert found.get(name) == "person", (name, found)


def test_a_transaction_line_led_by_capitals_is_still_a_headline():
    found = {m.text: m.kind for m in extract(
        "HARBORTON 49ERS Released Tom Reed , linebacker . Signed Al Moss , guard\n"
        "The club said Tom Reed would start on Sunday .")}
    assert found.get("Tom Reed") == "person", found
    assert not any("Released" in t or "Signed" in t for t in found), found


def test_british_spellings_of_plain_words_open_no_name():
    assert _texts("Harbour raid: two boats taken from the quay at Bergen.") == {"Bergen"}
    assert "Walter Grey" in _texts("Centre Walter Grey scored twice against Leeds.")
    assert _texts("Colour photographs of the parade were shown in Leeds.") == {"Leeds"}


def test_a_plain_word_opening_a_quotation_opens_no_name():
    text = ('Tom Hale said, "Well, we tried." Ann Roe added, `` On balance the plan works .\'\'\n'
            'Rita Vance wrote "Go home" on the wall, and "Brenda Collins was right," said Hale.')
    found = _texts(text)
    assert not {"Well", "On", "Go"} & found, found
    assert {"Tom Hale", "Ann Roe", "Rita Vance", "Brenda Collins"} <= found
