"""Shared fixtures: every test runs with its own NEWSREADER_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("NEWSREADER_STRICT", "1")  # extraction errors fail the tests (and CLIs)

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True, scope="session")
def lexicon_tables() -> Path:
    """The package's lexicon tables, built once here as the wheel build does when missing or
    out of date (else every test's fresh home would build its own cache copy)."""
    from reader.core.actors import tablebuild, tables

    db = tables.open_current(tables.PACKAGED)
    if db is None:
        tablebuild.build(tables.PACKAGED)
    else:
        db.close()
    return tables.PACKAGED


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep config, data and cache of the developer out of the tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    return home


@pytest.fixture
def seeds() -> Path:
    return SEEDS
