"""Stored quotations: found once per article, filled in for a cache that predates them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.corpus import Corpus
from reader.core.quotes import stored

TEXT = ('Budget talks stall\n\n"We will not sign this," said Maria Keller, the finance minister.\n'
        'Keller later met union leaders.\n')


@pytest.fixture
def finds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The articles whose quotations are looked for."""
    seen: list[str] = []
    real = stored.find_quotes

    def counting(doc, *args):
        seen.append(doc)
        return real(doc, *args)

    monkeypatch.setattr(stored, "find_quotes", counting)
    return seen


def test_a_new_store_finds_each_article_s_quotes_once(tmp_path: Path, finds) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(TEXT, encoding="utf-8")
    corpus = Corpus.open([tmp_path])
    corpus.update()
    assert sorted(finds) == ["a0.txt", "a1.txt", "a2.txt"]  # no second pass over them all
    assert [q.speaker for q in corpus.quotes(doc="a0.txt")] == ["Maria Keller"]


def test_a_store_from_before_this_version_of_quotes_is_filled_in(tmp_path: Path, finds) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    corpus = Corpus.open([tmp_path])
    corpus.update()
    corpus.store.db.execute("DELETE FROM quotes")
    corpus.store.db.execute("UPDATE meta SET value = 'old' WHERE key = 'quotes'")
    finds.clear()
    corpus = Corpus.open([tmp_path])
    corpus.update()
    assert finds == ["a.txt"]
    assert [q.speaker for q in corpus.quotes(doc="a.txt")] == ["Maria Keller"]
