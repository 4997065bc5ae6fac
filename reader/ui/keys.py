"""Provides the vim-style list keys shared by the app's lists and tables."""

from __future__ import annotations

from textual.binding import Binding


def list_keys(prefix: str, top: str = "first", bottom: str = "last") -> list[Binding]:
    """j/k, g/G, space/b for a list widget; binding ids start with `prefix`."""
    return [
        Binding("j", "cursor_down", "Down", show=False, id=f"{prefix}.down"),
        Binding("k", "cursor_up", "Up", show=False, id=f"{prefix}.up"),
        Binding("g", top, "Top", show=False, id=f"{prefix}.top"),
        Binding("G", bottom, "Bottom", show=False, id=f"{prefix}.bottom"),
        Binding("space", "page_down", "Page down", show=False, id=f"{prefix}.page-down"),
        Binding("b", "page_up", "Page up", show=False, id=f"{prefix}.page-up"),
    ]
