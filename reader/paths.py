"""Provides every file location newsreader uses; the only user of platformdirs.

`NEWSREADER_HOME`, when set, moves config, data and cache under that folder.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "newsreader"


def _home() -> Path | None:
    value = os.environ.get("NEWSREADER_HOME")
    return Path(value).expanduser() if value else None


def _dir(kind: str) -> Path:
    home = _home()
    if home is not None:
        path = home / kind
    else:
        import platformdirs

        path = Path(getattr(platformdirs, f"user_{kind}_dir")(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """User configuration (settings)."""
    return _dir("config")


def data_dir() -> Path:
    """User state that must never be lost: read marks, bookmarks, alias fixes."""
    return _dir("data")


def cache_dir() -> Path:
    """Rebuildable index stores, one per opened corpus."""
    return _dir("cache")


def seeds_dir() -> Path:
    """The bundled sample corpus (package data when installed, `seeds/` in a checkout)."""
    packaged = Path(__file__).resolve().parent / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"
