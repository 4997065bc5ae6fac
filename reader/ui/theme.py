"""Provides actor-kind colours taken from the active theme (readable on dark and light)."""

from __future__ import annotations

from rich.style import Style
from textual.app import App

KIND_VARIABLES = {
    "person": ("text-primary", "primary-muted"),
    "organization": ("text-warning", "warning-muted"),
    "place": ("text-success", "success-muted"),
    "group": ("text-secondary", "secondary-muted"),
}

_cache: dict[tuple[str, str], Style] = {}


def kind_style(app: App, kind: str) -> Style:
    """Foreground/background for `kind` in the app's current theme."""
    key = (app.theme, kind)
    if key not in _cache:
        fg, bg = KIND_VARIABLES.get(kind, ("text-secondary", "secondary-muted"))
        variables = app.get_css_variables()
        try:
            _cache[key] = Style.parse(f"{variables[fg]} on {variables[bg]}")
        except Exception:
            _cache[key] = Style(bold=True)
    return _cache[key]
