"""The command line, run as a user runs it: a subprocess, its output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(*args: str, home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NEWSREADER_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def test_articles_jsonl_on_the_default_corpus(isolated_home: Path, tmp_path: Path) -> None:
    r = run("articles", "--format", "jsonl", home=isolated_home, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["000_0636bf8797a3fd21.txt", "002_c8764f082d158dae.txt"]
    assert {"id", "title", "source", "published", "actors"} <= set(rows[0])


def test_show_text_and_unknown_id(isolated_home: Path, seeds: Path) -> None:
    r = run("show", "002_c8764f082d158dae.txt", str(seeds), home=isolated_home)
    assert r.returncode == 0
    assert "Workers’ Party of Korea" in r.stdout
    r = run("show", "nope", str(seeds), home=isolated_home)
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "no article with id 'nope'" in r.stderr


def test_mentions_contract(isolated_home: Path, seeds: Path) -> None:
    r = run("mentions", str(seeds), "--format", "jsonl", home=isolated_home)
    assert r.returncode == 0, r.stderr
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds.iterdir()}
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert lines
    for m in lines:
        assert set(m) == {"doc", "start", "end", "text", "actor", "name", "kind"}
        assert texts[m["doc"]][m["start"] : m["end"]] == m["text"]
        assert m["kind"] in ("person", "organization", "place")


def test_json_format_is_one_array(isolated_home: Path, seeds: Path) -> None:
    r = run("actors", str(seeds), "--format", "json", home=isolated_home)
    assert r.returncode == 0
    actors = json.loads(r.stdout)
    assert isinstance(actors, list) and {"id", "name", "kind", "mentions"} <= set(actors[0])


def test_grep_finds_words(isolated_home: Path, seeds: Path) -> None:
    r = run("grep", "pipeline", str(seeds), "--format", "jsonl", home=isolated_home)
    assert r.returncode == 0
    (hit,) = [json.loads(line) for line in r.stdout.splitlines()]
    assert hit["doc"] == "000_0636bf8797a3fd21.txt"
    r = run("grep", "pipeline", str(seeds), home=isolated_home)
    assert r.stdout.startswith(f"{hit['doc']} ¶{hit['passage'] + 1}\t")  # ¶ from 1, as the app


def test_grep_without_words_says_so(isolated_home: Path, seeds: Path) -> None:
    r = run("grep", " ?! ", str(seeds), home=isolated_home)
    assert r.returncode == 1
    assert r.stderr == "newsreader: error: give at least one word to search for\n"


def test_grep_lists_a_passage_carried_by_several_articles_once(
    isolated_home: Path, tmp_path: Path
) -> None:
    wire = "Pirates seized a tanker in the Gulf of Aden, the navy said."
    for name, title in (("a.txt", "Navy reports"), ("b.txt", "Tanker seized"), ("c.txt", "Ships")):
        (tmp_path / name).write_text(f"{title}\n{wire}", encoding="utf-8")
    r = run("grep", "aden", str(tmp_path), home=isolated_home)
    assert r.returncode == 0, r.stderr
    assert r.stdout == (
        "a.txt ¶2\tNavy reports (also in 2 articles)\n"
        "    Pirates seized a tanker in the Gulf of Aden, the navy said.\n"
    )
    r = run("grep", "aden", str(tmp_path), "--format", "jsonl", home=isolated_home)
    (hit,) = [json.loads(line) for line in r.stdout.splitlines()]
    assert (hit["doc"], hit["passage"], hit["also"]) == ("a.txt", 1, 2)
    assert [hit["snippet"][s:e] for s, e in hit["marks"]] == ["Aden"]


def test_index_reports_and_warns_on_bad_files(isolated_home: Path, tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Envoys met in Geneva.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.json").write_bytes(b"\x00\x01\x02")
    r = run("index", str(tmp_path), home=isolated_home)
    assert r.returncode == 0
    warnings = [line for line in r.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 2
    assert any("empty.txt" in w for w in warnings) and any("blob.json" in w for w in warnings)
    assert "Traceback" not in r.stderr
    assert "indexed: 1 article\n" in r.stderr


def test_usage_errors_exit_2(isolated_home: Path) -> None:
    assert run("articles", "--format", "xml", home=isolated_home).returncode == 2
    assert run("show", home=isolated_home).returncode == 2


def test_help_everywhere(isolated_home: Path) -> None:
    for args in (["--help"], ["index", "--help"], ["mentions", "--help"], ["actor", "--help"]):
        r = run(*args, home=isolated_home)
        assert r.returncode == 0 and "usage:" in r.stdout


def test_fixes_apply_to_the_next_command_and_can_be_undone(
    isolated_home: Path, seeds: Path
) -> None:
    def mentioned() -> set[str]:
        r = run("mentions", str(seeds), "--format", "jsonl", home=isolated_home)
        assert r.returncode == 0, r.stderr
        return {json.loads(line)["text"] for line in r.stdout.splitlines()}

    assert "Pyongyang" in mentioned()
    r = run("fix", "not-actor", "Pyongyang", home=isolated_home)
    assert r.returncode == 0 and "saved fix 1" in r.stdout
    assert "Pyongyang" not in mentioned()
    r = run("fix", "list", "--format", "jsonl", home=isolated_home)
    assert json.loads(r.stdout) == {"n": 1, "op": "not_actor", "args": ["Pyongyang"]}
    assert run("fix", "undo", home=isolated_home).returncode == 0
    assert "Pyongyang" in mentioned()
    r = run("fix", "undo", home=isolated_home)
    assert r.returncode == 1 and "no fix to undo" in r.stderr


def test_actor_found_by_misspelled_name(isolated_home: Path, seeds: Path) -> None:
    r = run("actor", "medvedv", str(seeds), "--format", "json", home=isolated_home)
    assert r.returncode == 0, r.stderr
    (record,) = json.loads(r.stdout)
    assert record["actor"]["name"] == "Dmitry Medvedev"
    assert record["articles"] == [
        {"doc": "002_c8764f082d158dae.txt", "title": record["articles"][0]["title"]}
    ]
    r = run("actor", "zzzzqqq", str(seeds), home=isolated_home)
    assert r.returncode == 1 and "no actor matches" in r.stderr


def test_mistakes_get_clear_errors(isolated_home: Path, seeds: Path) -> None:
    r = run("acters", home=isolated_home)
    assert r.returncode == 2 and "did you mean `newsreader actors`" in r.stderr
    r = run("articles", "/no/such/folder", home=isolated_home)
    assert r.returncode == 1 and "no such file or folder" in r.stderr
    r = run("mentions", str(seeds), "--doc", "nosuch", home=isolated_home)
    assert r.returncode == 1 and "no article with id 'nosuch'" in r.stderr
    assert run("actors", "--limit", "-3", home=isolated_home).returncode == 2
    r = run("fix", "merge", "Putin", "putin", home=isolated_home)
    assert r.returncode == 1 and "two different actors" in r.stderr
    r = run("fix", "not-actor", " ", home=isolated_home)
    assert r.returncode == 1 and "must not be empty" in r.stderr
