"""The command line as a new user meets it (issue 14): fixes, usage errors, --help."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_cli import run


def fixes(home: Path) -> list:
    r = run("fix", "list", "--format", "json", home=home)
    return json.loads(r.stdout)


def test_fix_merge_and_rename_refuse_an_actor_that_does_not_exist(
    isolated_home: Path, seeds: Path
) -> None:
    r = run("fix", "merge", "Kim Jong Un", "Zzyzx Qqq", str(seeds), home=isolated_home)
    assert r.returncode == 1 and "no actor matches 'Zzyzx Qqq'" in r.stderr
    r = run("fix", "rename", "Qqqq Zzzz", "Someone", str(seeds), home=isolated_home)
    assert r.returncode == 1 and "no actor matches 'Qqqq Zzzz'" in r.stderr
    assert fixes(isolated_home) == []


def test_fix_rename_resolves_a_misspelled_name_as_actor_does(
    isolated_home: Path, seeds: Path
) -> None:
    r = run("fix", "rename", "medvedv", "Dmitry A. Medvedev", str(seeds), home=isolated_home)
    assert r.returncode == 0, r.stderr
    assert fixes(isolated_home) == [
        {"n": 1, "op": "rename", "args": ["Dmitry Medvedev", "Dmitry A. Medvedev"]}
    ]


def test_show_and_grep_without_arguments_say_what_they_do_with_an_example(
    isolated_home: Path,
) -> None:
    for command, missing, example in (
        ("show", "missing ID", "e.g. newsreader show "),
        ("grep", "missing QUERY", "e.g. newsreader grep "),
    ):
        r = run(command, home=isolated_home)
        assert r.returncode == 2
        assert missing in r.stderr and example in r.stderr
        assert "PATH" not in r.stderr.splitlines()[-2], "PATH is optional"


def test_index_fails_when_every_input_failed(isolated_home: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "b.jsonl").write_text("not json\n")
    r = run("index", str(tmp_path), home=isolated_home)
    assert r.returncode == 1
    assert "nothing could be read" in r.stderr


def test_index_on_an_indexed_corpus_says_it_is_up_to_date(
    isolated_home: Path, seeds: Path
) -> None:
    assert run("index", str(seeds), home=isolated_home).returncode == 0
    r = run("index", str(seeds), home=isolated_home)
    assert r.returncode == 0
    assert "up to date: 2 articles" in r.stderr and "0/0" not in r.stderr


def test_help_lists_every_subcommand_on_its_own_line_and_every_file_type(
    isolated_home: Path,
) -> None:
    r = run("--help", home=isolated_home)
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    for command in ("index", "articles", "show", "grep", "mentions", "actors", "actor", "fix"):
        assert any(line.split()[:1] == [command] and len(line.split()) > 1 for line in lines), (
            command
        )
    for suffix in (".txt", ".md", ".html", ".json", ".jsonl", ".rss", ".atom", ".xml"):
        assert suffix in r.stdout
