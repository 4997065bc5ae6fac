"""`Corpus` as the UI drives it: queries made while an indexing worker runs."""

from __future__ import annotations

from pathlib import Path

from reader.core.corpus import Corpus


def summit(tmp_path: Path) -> Corpus:
    """A corpus (not indexed yet) of one article naming Vladimir Putin and Kim Jong Un."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Putin meets Kim\nRussian President Vladimir Putin met Kim Jong Un in Beijing.\n",
        encoding="utf-8",
    )
    return Corpus.open([folder])


def test_names_searched_during_indexing_are_fresh_when_done_is_heard(tmp_path: Path) -> None:
    corpus = summit(tmp_path)
    steps = corpus.index()
    assert corpus.search_actors("vladimir putin") == []  # nothing indexed yet
    for step in steps:
        if step.phase == "done":  # the UI asks again here, before the generator resumes
            found = corpus.search_actors("vladimir putin")
            assert found and "Putin" in found[0][0].name


def test_find_actor_takes_an_exact_name_else_the_first_search_hit(tmp_path: Path) -> None:
    corpus = summit(tmp_path)
    for _ in corpus.index():
        pass
    putin = corpus.search_actors("vladimir putin")[0][0]
    assert corpus.find_actor(putin.name.upper()) == putin
    assert corpus.find_actor("vladimr putn") == putin
    assert corpus.find_actor("zzzzqqq") is None


def test_a_new_resolution_version_resolves_an_unchanged_index_again(
    tmp_path: Path, monkeypatch
) -> None:
    import reader.core.indexer as indexer

    folder = summit(tmp_path).paths[0]

    def phases() -> list[str]:
        return [step.phase for step in Corpus.open([folder]).index()]

    assert "resolve" in phases() and "resolve" not in phases()  # nothing changed
    monkeypatch.setattr(indexer, "RESOLVE_VERSION", indexer.RESOLVE_VERSION + "-next")
    assert "resolve" in phases()
    assert "resolve" not in phases()
