"""Builds the lexicon tables into the package when the wheel is built (see
reader/core/actors/tablebuild.py): an installed newsreader starts without reading the
libraries' word lists and gazetteers. Editable installs get the file in the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TABLES = "reader/core/actors/data/lexicon.sqlite"


class LexiconTablesHook(BuildHookInterface):
    """Writes `TABLES` before the wheel's files are collected."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        out = Path(self.root) / TABLES
        # The build environment's own path (pip's isolated one) stays; the source tree first.
        path = os.pathsep.join(p for p in (self.root, os.environ.get("PYTHONPATH")) if p)
        env = {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}
        subprocess.run(
            [sys.executable, "-m", "reader.core.actors.tablebuild", "--if-stale", str(out)],
            cwd=self.root, env=env, check=True,
        )
