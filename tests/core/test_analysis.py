"""Indexing with worker processes stores exactly what indexing in one process stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.analysis import Analyser, analyse, workers_for
from tests.reliability.support import differences, fresh_index, news_texts, write_corpus

GERMAN = ("Die Regierung in Berlin hat am Montag neue Pläne für den Haushalt vorgestellt. "
          "Der Minister sagte, die Vorschläge würden im Herbst beraten. Die Opposition "
          "kritisierte das Treffen und forderte mehr Geld für die Schulen im ganzen Land.")


def _tree(folder: Path) -> Path:
    tree = write_corpus(folder, news_texts(40) + [GERMAN], jsonl_every=5)
    # an id the bundle holds, in a later file: skipped there, as a fresh index skips it
    (tree / "zz.jsonl").write_text(json.dumps({"id": "j0005", "text": GERMAN}) + "\n")
    return tree


def test_workers_store_what_one_process_stores(tmp_path: Path, monkeypatch) -> None:
    tree = _tree(tmp_path / "tree")
    monkeypatch.setenv("NEWSREADER_WORKERS", "0")
    want, _ = fresh_index(tree, tmp_path / "one")
    monkeypatch.setenv("NEWSREADER_WORKERS", "2")
    got, _ = fresh_index(tree, tmp_path / "two")
    assert differences(got, want) == []
    assert ("j0040", "de") in got["article_langs"]


def test_an_update_with_workers_converges_to_a_fresh_index(tmp_path: Path, monkeypatch) -> None:
    tree = _tree(tmp_path / "tree")
    monkeypatch.setenv("NEWSREADER_WORKERS", "2")
    fresh_index(tree, tmp_path / "home")
    # an earlier file now claims ids of the bundle, which is dropped and read again,
    # while analyses of the files before it may still be in flight
    (tree / "0001.txt").unlink()
    (tree / "0003.txt").write_text(GERMAN + " Neu.", encoding="utf-8")
    (tree / "a.jsonl").write_text(json.dumps({"id": "j0010", "text": "Paris said."}) + "\n")
    got, _ = fresh_index(tree, tmp_path / "home")
    monkeypatch.setenv("NEWSREADER_WORKERS", "0")
    want, _ = fresh_index(tree, tmp_path / "fresh")
    assert differences(got, want) == []


def _analysed(analyser: Analyser, texts: list[str], break_at: int = -1) -> list:
    """(index, Analysis) of each text as the analyser gives them back, the pool shut
    down (as if its workers were gone) before text `break_at`."""
    try:
        got = []
        for i, text in enumerate(texts):
            if i == break_at:
                analyser._pool.shutdown(wait=True)
            analyser.submit(i, f"d{i}", text)
            got.extend(analyser.ready())
        got.extend(analyser.ready(flush=True))
    finally:
        analyser.close()
    return got


def test_the_analyser_returns_results_in_order() -> None:
    texts = news_texts(30)
    got = _analysed(Analyser(2), texts)
    assert [i for i, _ in got] == list(range(30))
    assert [a for _, a in got] == [analyse(f"d{i}", t) for i, t in enumerate(texts)]


@pytest.mark.parametrize(("size", "env", "cores"), [(10_000, "", 0), (50_000_000, "0", 0),
                                                    (10_000, "2", 2)])
def test_workers_for_a_job(size: int, env: str, cores: int, monkeypatch) -> None:
    monkeypatch.setenv("NEWSREADER_WORKERS", env)
    assert workers_for(size) == cores


def test_a_broken_pool_goes_on_in_this_process_in_order() -> None:
    texts = news_texts(60)
    got = _analysed(Analyser(1), texts, break_at=30)
    assert [i for i, _ in got] == list(range(60))
    assert got[45][1] == analyse("d45", texts[45])
