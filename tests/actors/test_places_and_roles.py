"""Roads with their numbers, streets with their ordinals and postal codes after a town
are places; a role without a name is no actor."""

from __future__ import annotations

from reader.core.actors import extract


def _found(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in extract(text)}


def test_a_road_with_its_number_is_one_place():
    found = _found("The lorry overturned on Interstate 40 east of Amarillo, and traffic on"
                   " Highway 9 and State Road 17 was turned back.")
    assert found["Interstate 40"] == "place"
    assert found["Highway 9"] == "place"
    assert found["State Road 17"] == "place"
    assert "Interstate" not in found and "Highway" not in found


def test_a_street_with_its_ordinal_is_one_place():
    found = _found("Smoke rose over a shop on 14th Street, near the corner of 3rd Avenue.")
    assert found == {"14th Street": "place", "3rd Avenue": "place"}


def test_a_pier_a_quay_and_a_wharf_are_places():
    found = _found("Divers searched near Harlow Pier, then by Kestrel Quay and Ennis Wharf.")
    assert found == {"Harlow Pier": "place", "Kestrel Quay": "place", "Ennis Wharf": "place"}


def test_a_road_word_without_a_number_is_not_cut_to_a_place():
    found = _found("Shares of Interstate Bakeries rose after the Highway Agency report.")
    assert not any(kind == "place" and text.split()[-1].isdigit() for text, kind in found.items())


def test_a_role_with_no_name_is_no_actor():
    text = ("Reporters waited while the District Attorney spoke. The Fire Chief and the"
            " Deputy Mayor arrived later, and the County Sheriff said little.")
    assert _found(text) == {"Reporters": "group"}  # a body of people, no named actor


def test_a_company_before_a_title_stays_an_actor():
    found = _found("Analysts said Acme CEO Rhoda Pellman would meet the Harwell County"
                   " Sheriff on Friday.")
    assert found.get("Acme") == "organization"
    assert found.get("Rhoda Pellman") == "person"
    assert found.get("Harwell County") == "place"


def test_a_postal_code_after_a_town_is_its_state():
    found = {m.text: (m.kind, m.key) for m in extract(
        "The clinic in Fairview Heights, IL, opened in May; its owners, from Boise, ID said"
        " little.")}
    assert found["IL"] == ("place", "Illinois")
    assert found["ID"] == ("place", "Idaho")


def test_a_postal_code_needs_a_town_before_it():
    found = _found("Voters can answer yes, OR no, and the IN tray was full.")
    assert "OR" not in found and "IN" not in found


def test_a_degree_after_a_persons_name_is_no_state():
    found = _found("The clinic is run by Marian Keefe, MD, and R. Tolland, MD, of Tulsa.")
    assert found.get("MD") != "place"
    assert found["Marian Keefe"] == "person"


def test_a_participle_opening_a_sentence_before_a_full_name_is_no_part_of_it():
    found = _found("Unemployed John Roe, 23, was arrested. Jailed Mary Vance appealed.")
    assert "John Roe" in found and "Mary Vance" in found
    kept = _found("Orchard James Vance, 40, was arrested yesterday.")
    assert "Orchard James Vance" in kept  # an odd given name that is a word stays


def test_a_short_title_ending_a_run_is_a_name_word():
    found = _found("Talks went on, said Ruritanian Prime Minister Lok Sen on Monday.")
    assert found.get("Lok Sen") == "person"
    assert not any(text.endswith("Lok") for text in found)


def test_a_plain_word_after_a_title_is_its_field_not_a_person():
    found = _found("Jane Roe, Professor of Marine Ecology at Kelso College, met Tom Hale, "
                   "Director of Player Personnel, and Speaker Torvik and President Fox.")
    assert "Ecology" not in found and "Personnel" not in found
    assert found.get("Torvik") == "person" and found.get("Fox") == "person"
