"""Provides `KeyFooter`: Textual's `Footer`, composed again only when its keys change.

Textual's footer is composed again after the next paint whenever the bindings may have
changed (a focus change, a screen resumed, ...), even when the keys it shows are the
same, and each key is then styled three times, as its `-compact` class is added and
removed again. This footer is composed again only when the keys it shows did change
(at start-up: once, not twice), and makes each key in the footer's style at once: it
looks the same, and each key is styled once (~20 style passes fewer at start-up).

Filling it before the first paint (as soon as the first pane has the focus) was tried:
the keys are then restyled and drawn in every start-up pass, ~20 ms more to settle.

Keys that do not fit the width are left out from the last of the pane's and screen's
keys backwards; the app's Help and Quit keys always stay (at 80 columns too).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # Textual is pinned (pyproject.toml)

PINNED = frozenset({"help", "quit"})  # the app's actions the footer always shows


def key_width(key: FooterKey) -> int:
    """Cells a (non-compact) footer key takes: " key description "."""
    return cell_len(key.key_display) + cell_len(key.description) + 3


def fit(keys: list, width: int) -> list:
    """`keys` without the last unpinned ones that would not fit in `width` cells."""
    palette = [k for k in keys if isinstance(k, FooterKey) and k.has_class("-command-palette")]
    room = width - sum(key_width(k) + 2 for k in palette)  # its border and padding
    kept = list(keys)
    for key in reversed(keys):
        used = sum(key_width(k) for k in kept if isinstance(k, FooterKey) and k not in palette)
        if used <= room:
            break
        if isinstance(key, FooterKey) and key not in palette and key.action not in PINNED:
            kept.remove(key)
    return kept


class KeyFooter(Footer):
    """The footer of the reader's screens: the keys of the focused pane and the screen."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple | None = None  # the keys composed; None: not filled yet
        self._refill_pending = False

    def _keys(self) -> tuple:
        """What the footer shows of the active bindings (the keys, their state, their text)."""
        app = self.app
        palette = app.COMMAND_PALETTE_BINDING
        return (app.size.width,) + tuple(
            (key, app.get_key_display(b), b.description, b.action, enabled, tooltip)
            for key, (_, b, enabled, tooltip) in self.screen.active_bindings.items()
            if b.show or key == palette
        )

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._keys()
        for widget in fit(list(super().compose()), self.app.size.width):
            # Textual binds each key's `compact` to the footer's, but the palette key's
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return  # as Textual's footer: it is filled again when the app has the focus
        if self._refill_pending or self._keys() == self._shown:
            return
        self._refill_pending = True
        self.call_after_refresh(self._refill)

    def on_resize(self) -> None:
        if self._bindings_ready and not self._refill_pending and self._keys() != self._shown:
            self._refill_pending = True
            self.call_after_refresh(self._refill)

    async def _refill(self) -> None:
        self._refill_pending = False
        if self.is_attached and self._keys() != self._shown:
            await self.recompose()
