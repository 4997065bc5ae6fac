"""Provides the curated tables in data/ and the gazetteer's entry type.

Short country names and acronyms (`aliases.tsv`), demonyms (`demonyms.tsv`) and
well-known organisations without a cue word (`organizations.tsv`): read by the gazetteer's
build (see `gazbuild`) and by lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Entry:
    """What a known name stands for. `strong` entries beat person-name readings."""

    name: str
    kind: str
    strong: bool
    country: bool = False


def table(filename: str) -> list[list[str]]:
    """The rows of one tab-separated table in data/ (comments and blank lines skipped)."""
    # A plain file of the package (importlib.resources would cost ~20 ms of imports).
    text = (DATA / filename).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


@lru_cache(maxsize=1)
def organizations() -> list[tuple[str, str]]:
    """Well-known organisations without a cue word: (name, canonical name)."""
    return [(row[0], row[1] if len(row) > 1 and row[1] else row[0])
            for row in table("organizations.tsv")]
