"""Provides `extract`: detection, in-article resolution and the learned typer for one
article's text."""

from __future__ import annotations

import os

from ..model import RawMention
from .collectives import collective_mentions
from .detect import detect
from .inarticle import link
from .subjects import headline_subjects
from .typer import retype


def extract(text: str) -> list[RawMention]:
    """Actor mentions of one article, in order, each with its in-article key and role.

    Pure and deterministic; never raises on any string (returns [] if something inside
    fails, unless NEWSREADER_STRICT=1).
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        cands = detect(text)
        mentions = link(cands)
    except Exception:  # noqa: BLE001 - a bad article must never stop indexing
        if _strict():
            raise
        return []
    try:
        return collective_mentions(text, headline_subjects(text, retype(text, cands, mentions)))
    except Exception:  # noqa: BLE001 - the learned typer failing leaves the rules' mentions
        if _strict():
            raise
        return mentions


def _strict() -> bool:
    """NEWSREADER_STRICT=1 (the tests): an error inside extraction is raised, not hidden."""
    return os.environ.get("NEWSREADER_STRICT") == "1"
