"""Property tests over the loaders and the indexer, on real files in a temp folder.

Any bytes, encodings and sizes in any supported format load without a crash (a bad
file is one `LoadError`), and any sequence of file-tree changes, indexed after each,
converges to exactly the store a fresh index of the final tree gives.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.sources import SUFFIXES, LoadError, discover, load
from tests.reliability.support import differences, fresh_index, integrity

WORDS = st.sampled_from(
    ["Putin", "met", "Kim", "in", "Beijing", "said", "the", "Bank", "of", "Korea", "“Yes,”",
     "Vučić", "İstanbul", "東京", "\u200b", "\ufeff", "\x00", "\r\n", "\n\n", ".", "é"]
)
TEXT = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join))
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252",
                             "shift_jis", "koi8-r"])


def _json_bytes(draw_text: str, kind: str) -> bytes:
    # few ids, so that files often repeat one another's
    row = {"id": f"id{len(draw_text) % 3}", "title": draw_text[:20], "text": draw_text}
    if kind == "json":
        return json.dumps([row, {"text": draw_text[::-1]}]).encode()
    return (json.dumps(row) + "\n" + json.dumps({"text": draw_text}) + "\nnot json\n").encode()


@st.composite
def contents(draw) -> tuple[str, bytes]:
    """(suffix, bytes): random bytes, or text in a random encoding, in any format."""
    suffix = draw(st.sampled_from(sorted(SUFFIXES)))
    kind = draw(st.sampled_from(["bytes", "text", "structured"]))
    if kind == "bytes":
        return suffix, draw(st.binary(max_size=3000))
    text = draw(TEXT)
    if kind == "structured" and SUFFIXES[suffix] in ("json", "jsonl"):
        return suffix, _json_bytes(text, SUFFIXES[suffix])
    if kind == "structured" and SUFFIXES[suffix] == "html":
        text = f"<html><head><title>{text[:30]}</title></head><body><p>{text}</p></body></html>"
    if kind == "structured" and SUFFIXES[suffix] == "feed":
        text = f"<rss><channel><item><title>{text[:30]}</title><description>{text}"
        text += "</description></item></channel></rss>"
    return suffix, text.encode(draw(ENCODINGS), errors="replace")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item=contents(), repeat=st.sampled_from([1, 1, 1, 50]))
def test_any_file_loads_or_says_why(item: tuple[str, bytes], repeat: int) -> None:
    suffix, data = item
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"f{suffix}"
        path.write_bytes(data * repeat)
        (source,), _ = discover([Path(tmp)])
        try:
            articles = list(load(source))
        except LoadError as exc:
            assert str(exc) and "\n" not in str(exc)
            return
        for a in articles:
            assert a.id and a.text.strip() and "\n" not in a.title
            for p in a.passages:
                assert 0 <= p.start < p.end <= len(a.text) and p.doc == a.id


NAMES = st.sampled_from(["a.txt", "b.md", "c.json", "d.jsonl", "e.html", "sub/f.txt",
                         "sub/g.jsonl", "h.rss"])
FILE_TEXTS = st.one_of(
    st.lists(WORDS, min_size=1, max_size=40).map(" ".join),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
)
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("write"), NAMES, FILE_TEXTS),
        st.tuples(st.just("delete"), NAMES, st.just("")),
        st.tuples(st.just("index"), st.just(""), st.just("")),
    ),
    min_size=1,
    max_size=10,
)


def _write(tree: Path, name: str, text: str) -> None:
    path = tree / name
    path.parent.mkdir(parents=True, exist_ok=True)
    fmt = SUFFIXES[path.suffix]
    if fmt in ("json", "jsonl"):
        path.write_bytes(_json_bytes(text, fmt))
    else:
        path.write_text(text, encoding="utf-8")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS)
@example(ops=[("write", "d.jsonl", "Seoul"), ("index", "", ""), ("write", "c.json", "Paris")])
@example(ops=[("write", "d.jsonl", "Seoul"), ("write", "sub/g.jsonl", "Paris"), ("index", "", ""),
              ("delete", "d.jsonl", "")])
def test_indexing_after_any_changes_converges_to_a_fresh_index(ops) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tree, home = Path(tmp) / "news", Path(tmp) / "home"
        tree.mkdir()
        _write(tree, "a.txt", "Putin met Kim in Beijing.")
        fresh_index(tree, home)
        for op, name, text in ops:
            if op == "write":
                _write(tree, name, text)
            elif op == "delete":
                (tree / name).unlink(missing_ok=True)
            else:
                fresh_index(tree, home)  # the same home: an incremental update
        got, _ = fresh_index(tree, home)
        want, _ = fresh_index(tree, Path(tmp) / "fresh")
        db = next((home / "cache" / "corpora").glob("*.sqlite"))
        assert integrity(db) == []
        assert differences(got, want) == []
        shutil.rmtree(tree)
