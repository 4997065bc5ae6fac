"""A body of people opening a sentence or a headline is a generic group actor."""

from __future__ import annotations

from reader.core.actors import extract, resolve

from .conftest import actors_of


def _groups(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in extract(text) if m.kind == "group"]


def test_a_group_noun_opening_a_sentence_or_a_line_is_a_group():
    text = ("Lorry fire closes bridge\n"
            "Firefighters were called to the bridge at dawn. Police said the driver was "
            "unhurt.\nWitnesses saw smoke for an hour.")
    assert _groups(text) == [("Firefighters", "Firefighters"), ("Police", "Police"),
                             ("Witnesses", "Witnesses")]


def test_after_a_kicker_a_weekday_or_a_place_opening_the_sentence():
    assert _groups("Harbour raid: Thieves take boat") == [("Thieves", "Thieves")]
    assert _groups("Jurors Monday heard from the ferry captain.") == [("Jurors", "Jurors")]
    assert ("police", "Police") in _groups("Danish police arrested two men in Aarhus.")


def test_counted_people_are_a_group():
    assert _groups("Three killed in warehouse blaze\nThe fire began at night.") == [
        ("Three", "People")]
    assert _groups("TWO MEN HAVE BEEN ARRESTED IN LEEDS") == [("TWO MEN", "Men")]
    assert _groups("Three days later the road opened. Two of them left.") == []


def test_no_group_inside_a_name_a_possessive_or_the_middle_of_a_sentence():
    assert _groups("Police Chief Ann Marsh said the road was closed.") == []
    assert _groups("Women's singles, second round: Ann Marsh beat Eva Tor.") == []
    assert _groups("The road was closed, police said on Sunday.") == []
    assert _groups("He spoke to U.S. Police about the case.") == []
    assert _groups("Officials' cars were parked outside.") == []


def test_a_group_is_one_actor_across_articles_and_never_a_named_one():
    names = actors_of({
        "a": "Police said the ferry left late. Bergen Police opened an inquiry.",
        "b": "Police said nobody was hurt in the crash on the ring road.",
    })
    assert names[("a", "Police")] == names[("b", "Police")] == "Police"
    assert names[("a", "Bergen Police")] == "Bergen Police"


def test_a_group_keeps_its_kind_and_is_no_alias_of_a_person():
    raw = {"a": extract("Ann Voters chairs the board of the Tromso museum."),
           "b": extract("Voters in Tromso chose a new mayor on Sunday.")}
    res = resolve(raw)
    kinds = {m.text: res.actors[a].kind for d in raw
             for m, a in zip(raw[d], res.assign[d], strict=True)}
    assert kinds["Voters"] == "group" and kinds["Ann Voters"] == "person"


def test_groups_are_english_nouns():
    text = ("Fans feierten am Sonntag in der Innenstadt den Sieg ihrer Mannschaft, und die "
            "Polizei meldete keine Zwischenfälle. Experten rechnen mit weiteren Feiern.")
    assert _groups(text) == []
    assert _groups("Fans celebrated in the city centre on Sunday.") == [("Fans", "Fans")]


def test_the_plural_of_a_nationality_or_a_faith_is_a_people():
    text = ("Americans voted on Tuesday. Many Iraqis fled, and Italian-Americans in Boston "
            "marched. Jews and Christians prayed together.")
    assert _groups(text) == [("Americans", "Americans"), ("Iraqis", "Iraqis"),
                             ("Italian-Americans", "Italian-Americans"), ("Jews", "Jews"),
                             ("Christians", "Christians")]


STORY = {  # two articles of one story (the same town, the same skipper), one of another
    "a": "Police said the trawler Nordkapp sank off Vardo. Skipper Eli Brandt was rescued.",
    "b": "Eli Brandt, the skipper of the Nordkapp, thanked rescuers. Police said an inquiry"
         " had begun.",
    "c": "Police said a lorry caught fire on the ring road outside Ghent on Sunday.",
}


def test_a_group_is_one_actor_per_story():
    raw = {d: extract(t) for d, t in STORY.items()}
    res = resolve(raw)
    police = {d: a for d in raw for m, a in zip(raw[d], res.assign[d], strict=True)
              if m.text == "Police"}
    assert police["a"] == police["b"] != police["c"]
    assert res.actors[police["a"]].name == res.actors[police["c"]].name == "Police"


def test_the_store_tells_the_same_stories(tmp_path):
    from reader.core.corpus import Corpus

    for name, text in STORY.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.open([tmp_path])
    for _ in corpus.index():
        pass
    police = {m.doc: m.actor for m in corpus.store.mentions() if m.text == "Police"}
    assert police["a.txt"] == police["b.txt"] != police["c.txt"]
    names = {a.id: a.name for a in corpus.store.actors()}
    assert names[police["a.txt"]] == names[police["c.txt"]] == "Police"


def test_an_update_tells_the_stories_a_fresh_index_tells(tmp_path, monkeypatch):
    from reader.core.corpus import Corpus

    def indexed(home: str) -> Corpus:
        monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / home))
        corpus = Corpus.open([tmp_path / "news"])
        for _ in corpus.index():
            pass
        return corpus

    def state(corpus: Corpus) -> tuple:
        return ([(m.doc, m.start, m.actor) for m in corpus.store.mentions()],
                sorted((a.id, a.name, a.mentions, a.articles) for a in corpus.store.actors()))

    (tmp_path / "news").mkdir()
    for name in ("a", "c"):
        (tmp_path / "news" / f"{name}.txt").write_text(STORY[name], encoding="utf-8")
    updated = indexed("home")
    (tmp_path / "news" / "b.txt").write_text(STORY["b"], encoding="utf-8")
    updated = indexed("home")
    assert state(updated) == state(indexed("fresh"))
