"""Language of an article: English capital cues are not applied to German text."""

from __future__ import annotations

from reader.core.actors import extract
from reader.core.actors.language import capitalises_nouns, language
from reader.core.corpus import Corpus

GERMAN = (
    "Bundeskanzler Thomas Lindemann hat am Montag in Hamburg mit Vertretern der Gewerkschaften "
    "über die Lage der Werften gesprochen. Die Gespräche dauerten bis zum Abend. Lindemann "
    "sagte, die Regierung werde die Vorschläge der Unternehmen sorgfältig prüfen. Die "
    "Opposition nannte das Treffen eine Inszenierung. Der Bericht der Kommission soll im "
    "Frühjahr erscheinen, teilte das Wirtschaftsministerium mit. Auch Airbus und die "
    "Commerzbank beteiligten sich an der Runde."
)
FRENCH = (
    "Le président Emmanuel Macron a reçu mardi à Paris le chancelier allemand pour parler "
    "de la défense européenne. Les deux dirigeants ont promis de renforcer leur coopération "
    "avant le sommet de Bruxelles, selon un communiqué de l'Élysée publié dans la soirée."
)
ENGLISH = (
    "Chancellor Olaf Scholz met union leaders in Hamburg on Monday to discuss the future of "
    "the shipyards. Scholz said the government would study the proposals carefully."
)


def test_each_text_is_told_its_language():
    assert language(ENGLISH) == "en"
    assert language(GERMAN) == "de"
    assert language(FRENCH) == "fr"
    assert language("Merkel in Berlin") == "en"  # too short to tell: the English default
    assert capitalises_nouns(GERMAN) and not capitalises_nouns(FRENCH)


def test_german_nouns_are_not_actors_but_names_with_evidence_are():
    found = {m.text: m.kind for m in extract(GERMAN)}
    for noun in ("Gespräche", "Regierung", "Vorschläge", "Opposition", "Treffen", "Abend",
                 "Bericht", "Frühjahr", "Wirtschaftsministerium", "Montag"):
        assert noun not in found, noun
    assert found.get("Thomas Lindemann") == "person"  # the title is cut off, the given name stays
    assert found.get("Lindemann") == "person"  # the surname of a name found above
    assert found.get("Hamburg") == "place"


def test_a_language_that_capitalises_names_only_keeps_the_english_cues():
    found = {m.text: m.kind for m in extract(FRENCH)}
    assert found.get("Emmanuel Macron") == "person"
    assert found.get("Paris") == "place"


def test_the_store_keeps_the_language_of_a_non_english_article(tmp_path):
    (tmp_path / "de.txt").write_text("Werften in Not\n\n" + GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text("Shipyards\n\n" + ENGLISH, encoding="utf-8")
    corpus = Corpus.open([tmp_path])
    corpus.update()
    langs = {r.title: corpus.article(r.id).language for r in corpus.articles()}
    assert langs == {"Werften in Not": "de", "Shipyards": "en"}
    (tmp_path / "de.txt").write_text("Werften\n\n" + ENGLISH, encoding="utf-8")
    corpus = Corpus.open([tmp_path])
    corpus.update()  # the file now holds English: its language is forgotten with it
    assert {corpus.article(r.id).language for r in corpus.articles()} == {"en"}


def test_a_text_of_names_and_headlines_is_not_given_to_the_identifier(monkeypatch):
    from reader.core.actors import language as lang

    loaded = []
    monkeypatch.setattr(lang, "_identifier", lambda: loaded.append(1))
    text = ("OYELARAN Whitlock Kowalski : Nguyen , Tsvangirai , Okonjo-Iweala , Szczesny\n"
            "Baptiste Mbappe Oduya Lindqvist Haddad Yilmaz Petrosyan Abubakar Ferreira\n"
            "July 25 , 2005 , 12 : 18 AM ET")
    assert lang.language(text) == "en"
    assert not loaded
