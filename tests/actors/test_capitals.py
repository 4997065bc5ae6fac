"""Text in capitals inside ordinary lines: plain words are no actors, names still are."""

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
