"""The learned candidate typer: kinds from context, junk dropped, rules without weights."""

from __future__ import annotations

import importlib

import pytest

from reader.core.actors import extract, typer
from reader.core.actors.detect import detect
from reader.core.actors.inarticle import link

from .conftest import spans


def rules(text: str) -> dict[str, str]:
    """surface -> kind as the rules alone give it."""
    return {m.text: m.kind for m in link(detect(text))}


def test_shares_of_an_unknown_name_make_it_an_organisation():
    text = ("Shares of Velcorin rose 4 percent in Frankfurt on Tuesday after the chipmaker "
            "raised its forecast.")
    assert rules(text)["Velcorin"] == "person"  # a bare unknown name: the rules' default
    s = spans(text)
    assert s["Velcorin"][0] == "organization"
    assert s["Frankfurt"][0] == "place"


def test_result_lines_make_teams_and_a_postponement_is_no_actor():
    s = spans("Postponed: Harwick v Dunmore.")
    assert "Postponed" not in s
    assert s["Harwick"][0] == "organization"
    assert s["Dunmore"][0] == "organization"


def test_cricket_counties_are_teams_and_the_ground_a_place():
    text = "Surrey beat Kent by six wickets at the Oval on Saturday."
    assert rules(text)["Oval"] == "organization"
    s = spans(text)
    assert s["Surrey"][0] == "organization"  # a county in the gazetteer, a team here
    assert s["Oval"][0] == "place"


def test_a_club_and_its_player():
    s = spans("Brantwell's Koenraad Mertens scored twice before halftime.")
    assert s["Koenraad Mertens"][0] == "person"
    assert s["Brantwell"][0] == "organization"


def test_people_of_the_story_stay_people():
    text = ("\"We were not good enough today,\" said Tarkowski, whose side dropped to fourth. "
            "Coach Anna Tarkowski-Lind said Tarkowski would play on Sunday.")
    s = spans(text)
    assert s["Tarkowski"][0] == "person"


@pytest.mark.parametrize("text, junk", [
    ("Re-education camps were closed last year, officials said.", "Re-education"),
    ("Quarter-final results from the Lisbon open on Friday:", "Quarter-final"),
])
def test_capitalised_common_words_are_dropped(text, junk):
    assert junk in rules(text)
    assert junk not in spans(text)


def test_a_name_that_is_also_a_word_is_kept_when_it_speaks():
    assert "Apple" in spans("Apple said on Monday it would open a store in Lisbon.")


def test_a_month_before_a_name_is_cut_off():
    texts = [m.text for m in extract("Traders said July Eurobund futures fell in Frankfurt.")]
    assert "July Eurobund" not in texts


def test_missing_weights_fall_back_to_the_rules(monkeypatch, tmp_path):
    text = "Shares of Velcorin rose 4 percent in Frankfurt on Tuesday."
    monkeypatch.setattr(typer, "WEIGHTS", tmp_path / "missing.json")
    typer.reset()
    try:
        assert typer.weights() is None
        assert extract(text) == link(detect(text))
    finally:
        monkeypatch.undo()
        typer.reset()
    assert typer.weights() is not None


def test_unreadable_weights_fall_back_to_the_rules(monkeypatch, tmp_path):
    bad = tmp_path / "typer.json"
    bad.write_text("{not json", encoding="utf-8")
    text = "Postponed: Harwick v Dunmore."
    monkeypatch.setattr(typer, "WEIGHTS", bad)
    typer.reset()
    try:
        assert extract(text) == link(detect(text))
    finally:
        monkeypatch.undo()
        typer.reset()


def test_a_failing_typer_leaves_the_rules_mentions(monkeypatch):
    def broken(*args):
        raise RuntimeError("broken")

    module = importlib.import_module("reader.core.actors.extract")  # not the function
    text = "Shares of Velcorin rose 4 percent in Frankfurt on Tuesday."
    monkeypatch.setattr(module, "retype", broken)
    monkeypatch.delenv("NEWSREADER_STRICT")  # as a user runs it: the error stays inside
    assert extract(text) == link(detect(text))


def test_fast_scores_equal_the_feature_sums():
    from reader.core.actors import typefeats

    text = ("Surrey beat Kent by six wickets at the Oval on Saturday.\nGOLF - LEAD CHANGES\n"
            "Striker Koenraad Mertens joined Brantwell Rovers from Harwick United in July.")
    cands = detect(text)
    doc, lines = typefeats.doc_kinds(cands), typefeats.Lines(text)
    for c, m in typefeats.pairs(text, cands, link(cands)):
        slow = typer.scores(typefeats.features(text, c, m, doc, lines), typer.weights())
        fast = typer._kind_scores(text, c, m, doc, lines)
        assert fast == pytest.approx(slow, abs=1e-6)
        if len(c.words) > 1:
            slow = typer.scores(typefeats.boundary_features(text, c, m, lines),
                                typer.bound_weights())
            fast = typer._unpack(typer._bound_total(text, c, m, lines), len(typer.BOUNDS))
            assert fast == pytest.approx(slow, abs=1e-6)


def test_strict_mode_raises_what_extraction_would_hide(monkeypatch):
    def broken(*args):
        raise RuntimeError("broken")

    module = importlib.import_module("reader.core.actors.extract")
    monkeypatch.setattr(module, "retype", broken)
    monkeypatch.setenv("NEWSREADER_STRICT", "1")
    with pytest.raises(RuntimeError):
        extract("Shares of Velcorin rose 4 percent in Frankfurt on Tuesday.")
