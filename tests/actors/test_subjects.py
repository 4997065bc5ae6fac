"""The one person noun of a title line stands for the person the article is about."""

from __future__ import annotations

from reader.core.actors import extract

from .conftest import actors_of

BODY = ("A 31-year-old man was charged on Monday after the fire at the depot.\n"
        "Peter Kowal, of Riverside, denied the charge in court.\n"
        "Kowal will appear again next month, and Peter Kowal's lawyer asked for bail.\n")


def _keys(text: str, word: str) -> list[str]:
    return [m.key for m in extract(text) if m.text == word]


def test_a_person_noun_opening_the_title_is_the_subject():
    assert _keys("Man charged with arson at depot\n" + BODY, "Man") == ["Peter Kowal"]
    assert _keys("Suspect denies arson at depot\n" + BODY, "Suspect") == ["Peter Kowal"]


def test_the_one_person_noun_of_a_title_case_line_is_the_subject():
    assert _keys("Trial Begins for Riverside Depot Arson Suspect\n" + BODY,
                 "Suspect") == ["Peter Kowal"]
    assert _keys("Depot Arson Suspect Meets Victim Family\n" + BODY, "Suspect") in ([], ["Suspect"])


def test_a_possessive_an_institution_or_a_name_after_the_is_no_subject():
    for title in ("Officer's killer jailed for life", "Office of the Press Secretary",
                  "Scoreboard in the Singer Cup Final"):
        keys = {m.key for m in extract(title + "\n" + BODY) if m.start < len(title)}
        assert "Peter Kowal" not in keys, title


def test_no_subject_for_the_other_sex_a_named_title_or_a_sentence():
    assert _keys("Woman charged with arson at depot\n" + BODY, "Woman") in ([], ["Woman"])
    assert "Peter Kowal" not in _keys("Judge bails Peter Kowal\n" + BODY, "Judge")
    assert "Peter Kowal" not in _keys("Man charged with arson at depot.\n" + BODY, "Man")


def test_no_subject_who_has_another_role():
    text = ("Gunman kills officer at depot\n"
            "Officer Tomas Reyes died at the scene, police said.\n"
            "Tomas Reyes had served for ten years. Reyes leaves two children.\n")
    assert "Tomas Reyes" not in _keys(text, "Gunman")


def test_no_subject_when_two_people_are_named_as_often():
    text = ("Man charged with arson at depot\n"
            "Peter Kowal and Ivan Sorel were at the depot. Kowal ran; Sorel stayed.\n")
    assert _keys(text, "Man") in ([], ["Man"])


def test_the_noun_says_nothing_of_itself_in_other_articles():
    names = actors_of({"a": "Man charged with arson at depot\n" + BODY,
                       "b": "Man wins the town's lottery for a second time\nHe was delighted."})
    assert names[("a", "Man")] == names[("a", "Peter Kowal")]
    assert names.get(("b", "Man")) != names[("a", "Peter Kowal")]


def test_the_one_person_named_in_the_lead_is_the_subject_but_a_late_spokesman_is_not():
    lead = ("Man charged with arson at depot\n"
            "Peter Kowal, 24, was charged on Monday after the fire at the depot.\n")
    assert _keys(lead, "Man") == ["Peter Kowal"]
    late = ("Man charged with arson at depot\n" + "A man, 24, was charged on Monday. " * 20
            + "\nIvan Sorel, of the fire service, said the roof fell in.\n")
    assert "Ivan Sorel" not in _keys(late, "Man")


def test_a_title_after_its_kicker_and_colon_has_its_own_subject():
    assert _keys("Riverside depot fire : Man charged with arson\n" + BODY,
                 "Man") == ["Peter Kowal"]
    kicker = "Ivan Sorel's depot fire : Man denies arson\n"
    assert _keys(kicker + BODY, "Man") == ["Peter Kowal"]  # the kicker's name is no other


def test_the_subject_is_named_with_a_given_name():
    text = ("Man charged with arson at depot\n"
            "Peter Kowal, 24, was charged after the fire on Monday.\n"
            "Dunmore Wellington said staff were safe. Dunmore Wellington will open on Friday.\n")
    assert _keys(text, "Man") == ["Peter Kowal"]


def test_nouns_set_beside_the_one_name_of_a_title_are_that_person():
    text = ("Marta Lind , Opera Singer , Author , Dies at 88\n"
            "Marta Lind died on Thursday. Lind was 88.\n")
    assert _keys(text, "Singer") == _keys(text, "Author") == ["Marta Lind"]
    text = "Rovers Hire Tom Vance as Head Coach\nTom Vance starts on Monday, Vance said.\n"
    assert _keys(text, "Head Coach") == ["Tom Vance"]  # one role, one mention
    assert _keys("Academy Picks Ellen Marsh As Oscar Host\nMarsh was thrilled.\n",
                 "Host") == ["Ellen Marsh"]


def test_a_noun_before_the_name_after_a_verb_or_beside_two_names_is_no_apposition():
    for title, noun in (("Lawyer : Lena Lowe checks into rehab", "Lawyer"),
                        ("Lena Lowe Fires Lawyer Over Fees", "Lawyer"),
                        ("Ann Roe , Actress , Meets Bo Hill", "Actress")):
        keys = _keys(title + "\nLena Lowe and Ann Roe spoke to Bo Hill on Friday.\n", noun)
        assert not any(" " in k for k in keys), title
