"""Provides `Config`, the user's settings, with `load_config()` and `save_config()`.

Settings are one JSON object, `config.json` in the user config dir. A missing,
unreadable or corrupt file gives the defaults and never stops start-up; a value of the
wrong type is ignored; keys this version does not know are kept when saving. A save
writes a temporary file beside the old one and renames it over it, so a crash never
leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Config:
    """The user's settings."""

    theme: str | None = None  # a Textual theme name; None: the app's default
    refresh_minutes: int = 0  # update the feeds every N minutes while the app is open; 0: off


def default_path() -> Path:
    from reader.paths import config_dir

    return config_dir() / "config.json"


def _read(path: Path) -> dict:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def load_config(path: Path | None = None) -> Config:
    """The settings saved at `path` (the user config dir by default); defaults if none."""
    raw = _read(path or default_path())
    theme = raw.get("theme")
    minutes = raw.get("refresh_minutes")
    return Config(
        theme=theme if isinstance(theme, str) and theme else None,
        refresh_minutes=minutes if isinstance(minutes, int) and minutes > 0 else 0,
    )


def save_config(config: Config, path: Path | None = None) -> None:
    """Write `config` atomically, keeping keys of the old file this version does not know."""
    path = path or default_path()
    raw = _read(path) | asdict(config)
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(raw, out, ensure_ascii=False, indent=2)
            out.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
