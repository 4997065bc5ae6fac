"""`newsreader related` run as a user runs it: output contract and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.related.conftest import filler, write
from tests.related.test_rank import QUERY, RARE, WIRE

RESULT_KEYS = {"doc", "passage", "start", "end", "score", "actors", "reason"}


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NEWSREADER_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "reader", "related", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return write(tmp_path / "c", {"q.txt": QUERY, "rare.txt": RARE, "wire.txt": WIRE, **filler()})


def test_one_passage_json(corpus_dir: Path, isolated_home: Path) -> None:
    r = run(
        str(corpus_dir), "--doc", "q.txt", "--passage", "1", "--format", "json", home=isolated_home
    )
    assert r.returncode == 0, r.stderr
    results = json.loads(r.stdout)
    assert results and all(set(x) >= RESULT_KEYS for x in results)
    assert all(x["doc"] != "q.txt" for x in results)
    texts = {p.name: p.read_text() for p in corpus_dir.iterdir()}
    first = results[0]
    assert "Frederiksen" in texts[first["doc"]][first["start"] : first["end"]]


def test_offset_text_and_limit(corpus_dir: Path, isolated_home: Path) -> None:
    offset = QUERY.index("Mette Frederiksen told")
    r = run(
        str(corpus_dir),
        "--doc",
        "q.txt",
        "--offset",
        str(offset),
        "--limit",
        "1",
        home=isolated_home,
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2 and " ¶" in lines[0] and lines[1].startswith("    ")


def test_paragraphs_from_1_as_in_the_app_passages_from_0(
    corpus_dir: Path, isolated_home: Path
) -> None:
    by_index = run(
        str(corpus_dir), "--doc", "q.txt", "--passage", "1", "--format", "jsonl", home=isolated_home
    )
    by_number = run(
        str(corpus_dir),
        "--doc",
        "q.txt",
        "--paragraph",
        "2",
        "--format",
        "jsonl",
        home=isolated_home,
    )
    assert by_index.returncode == by_number.returncode == 0, by_number.stderr
    assert by_index.stdout == by_number.stdout  # ¶2 is passage 1
    results = [json.loads(line) for line in by_index.stdout.splitlines()]
    text = run(str(corpus_dir), "--doc", "q.txt", "--paragraph", "2", home=isolated_home)
    heads = [line.split("\t")[0] for line in text.stdout.splitlines()[::2]]
    assert heads == [f"{r['doc']} ¶{r['passage'] + 1}" for r in results]  # JSON stays 0-based
    r = run(str(corpus_dir), "--doc", "q.txt", "--paragraph", "9", home=isolated_home)
    assert r.returncode == 1 and "has paragraphs ¶1..¶3, not ¶9\n" in r.stderr
    r = run(str(corpus_dir), "--doc", "q.txt", "--passage", "8", home=isolated_home)
    assert r.returncode == 1 and "has passages 0..2, not 8\n" in r.stderr
    r = run(str(corpus_dir), "--help", home=isolated_home)
    assert "from 0" in r.stdout and "from 1" in r.stdout


def test_article_and_actor_modes(corpus_dir: Path, isolated_home: Path) -> None:
    r = run(str(corpus_dir), "--doc", "q.txt", "--format", "jsonl", home=isolated_home)
    assert r.returncode == 0, r.stderr
    docs = [json.loads(line)["doc"] for line in r.stdout.splitlines()]
    assert docs and len(docs) == len(set(docs)) and "q.txt" not in docs
    env = dict(os.environ, NEWSREADER_HOME=str(isolated_home))
    actors = subprocess.run(
        [sys.executable, "-m", "reader", "actors", str(corpus_dir), "--format", "jsonl"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    actor = next(
        a["id"] for a in map(json.loads, actors.stdout.splitlines()) if "Frederiksen" in a["name"]
    )
    r = run(str(corpus_dir), "--actor", actor, "--format", "jsonl", home=isolated_home)
    assert r.returncode == 0, r.stderr
    assert {json.loads(line)["doc"] for line in r.stdout.splitlines()} >= {"q.txt", "rare.txt"}


def test_batch_in_input_order(corpus_dir: Path, isolated_home: Path, tmp_path: Path) -> None:
    queries = [
        {"doc": "rare.txt", "passage": 1},
        {"doc": "q.txt", "offset": 0},
        {"doc": "wire.txt", "offset": 5},
    ]
    qfile = tmp_path / "q.jsonl"
    qfile.write_text("\n".join(json.dumps(q) for q in queries) + "\n\n")
    r = run(
        str(corpus_dir),
        "--queries",
        str(qfile),
        "--limit",
        "3",
        "--format",
        "jsonl",
        home=isolated_home,
    )
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [line["query"] for line in lines] == queries
    for line, q in zip(lines, queries, strict=True):
        assert 0 < len(line["results"]) <= 3
        for x in line["results"]:
            assert set(x) >= RESULT_KEYS and x["doc"] != q["doc"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "q.jsonl:2: not JSON"),
        ('{"doc": "q.txt"}', 'q.jsonl:2: give exactly one of "passage" or "offset"'),
        ('{"doc": "q.txt", "passage": -1}', 'q.jsonl:2: "passage" must be'),
        ('{"doc": "nope", "passage": 0}', "query 2: no article with id 'nope'"),
        ('{"doc": "q.txt", "passage": 9}', "query 2: article 'q.txt' has passages 0..2"),
    ],
)
def test_bad_query_lines_answered_and_exit_1(
    corpus_dir: Path, isolated_home: Path, tmp_path: Path, line: str, message: str
) -> None:
    qfile = tmp_path / "q.jsonl"
    qfile.write_text('{"doc": "q.txt", "passage": 0}\n' + line + "\n")
    r = run(str(corpus_dir), "--queries", str(qfile), "--format", "jsonl", home=isolated_home)
    assert r.returncode == 1
    good, bad = (json.loads(x) for x in r.stdout.splitlines())
    assert good["results"] and "error" not in good
    assert bad["results"] == [] and message in bad["error"]
    assert message in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--passage", "1"],
        ["--doc", "q.txt", "--passage", "1", "--offset", "3"],
        ["--doc", "q.txt", "--queries", "x.jsonl"],
        ["--doc", "q.txt", "--limit", "0"],
        ["--doc", "q.txt", "--passage", "one"],
        ["--doc", "q.txt", "--paragraph", "0"],
        ["--doc", "q.txt", "--passage", "1", "--paragraph", "2"],
        ["--paragraph", "1"],
    ],
)
def test_usage_errors_exit_2(corpus_dir: Path, isolated_home: Path, args: list[str]) -> None:
    r = run(str(corpus_dir), *args, home=isolated_home)
    assert r.returncode == 2, r.stderr
    assert "usage:" in r.stderr


def test_unknown_doc_exits_1(corpus_dir: Path, isolated_home: Path) -> None:
    r = run(str(corpus_dir), "--doc", "nope", "--passage", "0", home=isolated_home)
    assert r.returncode == 1 and "no article with id 'nope'" in r.stderr


def test_actor_by_name_or_id(isolated_home: Path) -> None:
    from tests.conftest import SEEDS

    r = run(str(SEEDS), "--actor", "medvedv", "--format", "jsonl", home=isolated_home)
    assert r.returncode == 0, r.stderr
    results = [json.loads(line) for line in r.stdout.splitlines()]
    assert results and all("Dmitry Medvedev" in x["actors"] for x in results)
    r = run(str(SEEDS), "--actor", "zzzzqqq", home=isolated_home)
    assert r.returncode == 1 and "no actor matches" in r.stderr
