"""The core and the CLI never load Textual or Rich (only the app does, at launch)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import reader.core

CORE = sorted(m.name for m in pkgutil.walk_packages(reader.core.__path__, prefix="reader.core."))
MODULES = ["reader.core", *CORE, "reader.cli", "reader.cli.launch", "reader.paths"]


@pytest.mark.parametrize("module", MODULES)
def test_module_does_not_import_textual_or_rich(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"{module} loaded {out}"


def test_cli_parses_without_textual() -> None:
    code = (
        "import sys\n"
        "from reader.cli import build_parser\n"
        "build_parser()\n"
        "print(any(m.split('.')[0] in ('textual', 'rich') for m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "False"


def test_no_module_loads_trafilatura_or_lxml_on_import() -> None:
    code = (
        f"import sys, {', '.join(MODULES)}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'lxml'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"loaded at import: {out}"
