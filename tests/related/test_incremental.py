"""The related layer and the resolution are updated in place after a small change, and
end exactly as a fresh index of the final tree leaves them (issue 15, target 4)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import rawagg
from reader.core.actors import Fixes
from reader.core.corpus import Corpus
from reader.core.related import index
from tests.reliability.support import differences, fresh_index, news_texts, snapshot

RELATED = {
    # passage ids depend on indexing order: a posting is compared by its passage
    "postings": "SELECT r.actor, r.doc, r.idx, r.n, p.doc IS r.doc AND p.idx IS r.idx "
    "FROM rel_passage_actors r LEFT JOIN passages p ON p.id = r.pid",
    "article_actors": "SELECT doc, actors FROM rel_article_actors",
    "actors": "SELECT actor, passages, articles FROM rel_actors",
    "terms": "SELECT term, df, cnt FROM rel_terms",
    # an article's signature is computed once, with the frequencies of its time
    "signatures": "SELECT s.doc, a.rowid IS s.article FROM rel_signatures s "
    "LEFT JOIN articles a ON a.doc = s.doc",
    "stats": "SELECT key, value FROM meta WHERE key IN "
    "('related_passages', 'related_articles', 'related_avg_len')",
    "pending": "SELECT doc FROM rel_dirty UNION ALL SELECT row FROM rel_gone",
    "speakers": "SELECT actor, doc, start, end, text FROM quote_speakers",
}


def related(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {name: sorted(db.execute(sql), key=repr) for name, sql in RELATED.items()}
    finally:
        db.close()


def _db(home: Path) -> Path:
    (found,) = (home / "cache" / "corpora").glob("*.sqlite")
    return found


def opened(tree: Path, home: Path) -> None:
    """Index `tree` in `home` and build the related layer, as the reader does."""
    old = os.environ.get("NEWSREADER_HOME")
    os.environ["NEWSREADER_HOME"] = str(home)
    try:
        corpus = Corpus.open([tree])
        corpus.update()
        corpus.prepare_related()
        corpus.close()
    finally:
        if old is not None:
            os.environ["NEWSREADER_HOME"] = old


def indexed_tree(tmp: Path, n: int) -> tuple[Path, Path]:
    """A tree of `n` news files under `tmp`, indexed into its own home: (tree, home)."""
    tree, home = tmp / "tree", tmp / "home"
    tree.mkdir()
    for i, text in enumerate(news_texts(n)):
        (tree / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    opened(tree, home)
    return tree, home


def check_update(
    tmp: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Path, Path], None]
) -> None:
    """Index a small tree, `change(tree, home)`, update: what a fresh index gives, and
    the related layer was updated in place (never rebuilt)."""
    tree, home = indexed_tree(tmp, 12)
    change(tree, home)
    with monkeypatch.context() as m:
        m.setattr(index, "_rebuild", lambda db: pytest.fail("rebuilt whole"))
        opened(tree, home)
    fixes = home / "data" / "alias_fixes.json"
    want, _ = fresh_index(tree, tmp / "fresh", fixes)
    opened(tree, tmp / "fresh")
    assert differences(snapshot(_db(home)), want) == []
    got, full = related(_db(home)), related(_db(tmp / "fresh"))
    assert all(ok for *_, ok in got["postings"] + got["signatures"])
    assert got == full
    db = sqlite3.connect(_db(home))  # the kept aggregates of raw mentions are exact
    kept = rawagg.distinct(db), rawagg.article_keys(db)
    db.execute("DELETE FROM meta WHERE key = 'raw_agg'")
    assert (rawagg.distinct(db), rawagg.article_keys(db)) == kept
    db.close()  # not committed


def _add(tree: Path, home: Path) -> None:
    for i, text in enumerate(news_texts(16)[12:]):
        (tree / f"new{i}.txt").write_text(text, encoding="utf-8")


def _remove(tree: Path, home: Path) -> None:
    (tree / "002.txt").unlink()  # with quotations by named speakers


def _edit(tree: Path, home: Path) -> None:
    last = tree / "011.txt"  # the newest article: an edit gets its rowid back
    last.write_text(last.read_text(encoding="utf-8") + "\n\nAngela Merkel met Kim in Paris.")
    (tree / "004.txt").write_text(news_texts(13)[12], encoding="utf-8")
    (tree / "005.txt").write_text("no names here, only words.\n\n“Quite so,” said one.")


def _fix(tree: Path, home: Path) -> None:
    db = sqlite3.connect(_db(home))
    (name,) = db.execute("SELECT name FROM actors ORDER BY mentions DESC LIMIT 1").fetchone()
    (other,) = db.execute(
        "SELECT name FROM actors WHERE kind = 'person' ORDER BY mentions DESC LIMIT 1 OFFSET 1"
    ).fetchone()
    db.close()
    fixes = Fixes()
    fixes.merge(name, other)
    (home / "data").mkdir(parents=True, exist_ok=True)
    fixes.save(home / "data" / "alias_fixes.json")


def _longer(tree: Path, home: Path) -> None:
    """A new article gives a name of old ones its full form: their mentions move actor."""
    db = sqlite3.connect(_db(home))
    (surname,) = db.execute(
        "SELECT name FROM actors WHERE kind = 'person' AND name NOT LIKE '% %' "
        "ORDER BY mentions DESC LIMIT 1"
    ).fetchone()
    db.close()
    (tree / "longer.txt").write_text(
        f"Jonathan {surname} spoke in Geneva on Monday.\n\nJonathan {surname} said little."
    )


@pytest.mark.parametrize(
    "change", [_add, _remove, _edit, _fix, _longer], ids=lambda f: f.__name__[1:]
)
def test_an_update_equals_a_fresh_index(tmp_path: Path, monkeypatch, change) -> None:
    check_update(tmp_path, monkeypatch, change)


def test_several_updates_before_the_layer_is_read(tmp_path: Path, monkeypatch) -> None:
    """Changes recorded over several index runs (the CLI) add up."""

    def change(tree: Path, home: Path) -> None:
        for step in (_add, _edit, _remove):
            step(tree, home)
            fresh_index(tree, home)  # index only: the layer is not brought up to date
        (tree / "new1.txt").unlink()  # added and removed before the layer saw it

    check_update(tmp_path, monkeypatch, change)


OPS = st.lists(
    st.tuples(st.sampled_from(["add", "remove", "edit", "index"]), st.integers(0, 15)),
    min_size=1, max_size=6,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS)
def test_any_changes_update_in_place_to_a_fresh_index(ops) -> None:
    import tempfile

    texts = news_texts(24)

    def change(tree: Path, home: Path) -> None:
        for op, i in ops:
            path = tree / f"{i:03d}.txt"
            if op == "add":
                path.write_text(texts[12 + i % 12], encoding="utf-8")
            elif op == "remove":
                path.unlink(missing_ok=True)
            elif op == "edit" and path.exists():
                path.write_text(path.read_text(encoding="utf-8") + "\n\nKim met Xi.")
            elif op == "index":
                fresh_index(tree, home)

    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as mp:
        check_update(Path(tmp), mp, change)
        shutil.rmtree(tmp, ignore_errors=True)


def test_a_run_stopped_after_a_commit_resolves_on_the_next(tmp_path: Path, monkeypatch) -> None:
    """Files committed mid-run, then the run stops before resolving: the next run, with
    no file left to read, still resolves them."""
    from reader.core import indexer

    tree, home = indexed_tree(tmp_path, 8)
    _add(tree, home)
    monkeypatch.setattr(indexer, "COMMIT_SECONDS", 0.0)  # commit after every file
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    corpus = Corpus.open([tree])
    steps = corpus.index()
    for step in steps:
        if step.files_done == len(list(tree.glob("new*.txt"))):
            break  # every file read and committed, nothing resolved
    steps.close()
    corpus.close()
    opened(tree, home)
    want, _ = fresh_index(tree, tmp_path / "fresh")
    assert differences(snapshot(_db(home)), want) == []
