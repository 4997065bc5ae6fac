"""Provides the named-actor layer: detect people, organisations and places, resolve them.

`extract(text)` finds one article's mentions (with in-article keys); `resolve(raw, fixes)`
turns every document's cached mentions into corpus-wide actors; `Fixes` holds the user's
corrections; `NameIndex` finds actors by what a person types.
"""

from __future__ import annotations

from .extract import extract
from .fixes import Fixes
from .resolve import Resolution, resolve
from .search import NameIndex

__all__ = ["Fixes", "NameIndex", "Resolution", "extract", "resolve"]
