"""Snapshot tests (pytest-textual-snapshot) of the bundled corpus, one per scene.

The scenes are the ones `python -m reader.ui.screenshots` draws for the README.
Update with `pytest tests/ui/test_snapshots.py --snapshot-update` after a deliberate
change of looks (or of the actor layer's output).
"""

from __future__ import annotations

import pytest

from reader.ui.app import make_app
from reader.ui.screenshots import SCENES, Scene, play

BY_NAME = {s.name: s for s in SCENES}


def scene_at(name: str, size: tuple[int, int]) -> Scene:
    s = BY_NAME[name]
    return Scene(s.name, size, s.keys, s.caption)


class TestMainView:
    def test_main_80x24(self, snap_compare):
        assert_scene(snap_compare, BY_NAME["small"])

    def test_main_160x48(self, snap_compare):
        assert_scene(snap_compare, scene_at("main", (160, 48)))


class TestSearch:
    def test_search_popup_misspelled(self, snap_compare):
        assert_scene(snap_compare, BY_NAME["search"])


class TestActors:
    def test_actor_view(self, snap_compare):
        assert_scene(snap_compare, BY_NAME["actor"])

    def test_actors_screen(self, snap_compare):
        assert_scene(snap_compare, BY_NAME["actors"])

    def test_actor_view_80x24_named_with(self, snap_compare):
        actor = BY_NAME["actor"]
        assert_scene(snap_compare, Scene("actor", (80, 24), (*actor.keys, "R"), ""))


def assert_scene(snap_compare, scene: Scene) -> None:
    async def run_before(pilot) -> None:
        await play(pilot, scene)

    assert snap_compare(make_app(), terminal_size=scene.size, run_before=run_before)


@pytest.fixture(autouse=True)
def _fixed_theme(monkeypatch):
    """Snapshots use the default theme whatever the environment says."""
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)


@pytest.fixture(autouse=True)
def _dated_seeds(tmp_path, monkeypatch):
    """The sample corpus with fixed file times: undated articles are dated by their file."""
    import os
    import shutil

    from reader import paths

    folder = tmp_path / "seeds"
    shutil.copytree(paths.seeds_dir(), folder)
    for f in folder.iterdir():
        os.utime(f, (1_759_000_000, 1_759_000_000))  # 2025-09-27
    monkeypatch.setattr(paths, "seeds_dir", lambda: folder)
