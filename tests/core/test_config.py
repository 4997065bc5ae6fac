"""The settings file: defaults when missing or corrupt, atomic saves, unknown keys kept."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.config import Config, default_path, load_config, save_config


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path / "config.json") == Config()


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    save_config(Config(theme="nord"), path)
    assert load_config(path) == Config(theme="nord")
    assert [p.name for p in tmp_path.iterdir()] == ["config.json"], "no temporary file left"


def test_corrupt_or_wrong_values_give_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    for text in ("{not json", "[1, 2]", '{"theme": 3}', '{"theme": ""}', ""):
        path.write_text(text, encoding="utf-8")
        assert load_config(path) == Config()
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert load_config(path) == Config()


def test_save_keeps_keys_it_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text('{"future": {"x": 1}, "theme": "dracula"}', encoding="utf-8")
    save_config(Config(theme="nord"), path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == {"future": {"x": 1}, "theme": "nord", "refresh_minutes": 0}


def test_default_path_is_in_the_config_dir(isolated_home: Path) -> None:
    assert default_path() == isolated_home / "config" / "config.json"
