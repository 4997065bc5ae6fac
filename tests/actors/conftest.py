"""Shared helpers for the actor tests: extract + resolve over small in-memory corpora."""

from __future__ import annotations

import pytest

from reader.core.actors import extract, resolve


def spans(text: str) -> dict[str, tuple[str, str]]:
    """surface text -> (kind, key) for every mention of one article."""
    return {m.text: (m.kind, m.key) for m in extract(text)}


def actors_of(docs: dict[str, str]) -> dict[tuple[str, str], str]:
    """(doc, surface) -> actor name after corpus resolution."""
    raw = {d: extract(t) for d, t in docs.items()}
    res = resolve(raw)
    out = {}
    for d, ms in raw.items():
        for m, a in zip(ms, res.assign[d], strict=True):
            out[(d, m.text)] = res.actors[a].name if a else None
    return out


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
