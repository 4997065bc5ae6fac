"""Provides `KeyFooter`: the keys of the focused pane and the screen, on Textual's public API.

It looks like Textual's `Footer` (non-compact keys, the command palette key docked on
the right) but is built from `Screen.active_bindings` only, and listens to the public
`Screen.bindings_updated_signal`, so Textual need not be pinned to one release.

It is filled when the screen first publishes its bindings (the first pane has the focus
by then) and composed again only when the keys it shows did change (a focus change to a
pane with the same keys composes nothing), after the next paint, as Textual's footer.

Keys that do not fit the width are left out from the last of the pane's and screen's
keys backwards; the app's Help and Quit keys always stay (at 80 columns too). As in
Textual's footer, one key is shown per action (the first one bound), and clicking a key
presses it.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget

PINNED = frozenset({"help", "quit"})  # the app's actions the footer always shows


class Shown(NamedTuple):
    """One key of the footer: what it shows and what it does."""

    key: str
    key_display: str
    description: str
    action: str
    enabled: bool
    tooltip: str
    palette: bool = False  # the command palette key, docked on the right


class FooterKey(Widget, can_focus=False):
    """A key of the footer: " key description ", pressed when clicked."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description"}
    DEFAULT_CSS = """
    FooterKey {
        width: auto;
        height: 1;
        text-wrap: nowrap;
        background: $footer-item-background;
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
            padding: 0 1;
        }
        .footer-key--description {
            padding: 0 1 0 0;
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        &:hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        &.-disabled {
            text-style: dim;
        }
        &.-command-palette {
            dock: right;
            padding-right: 1;
            border-left: vkey $foreground 20%;
            .footer-key--key {
                padding: 0;
            }
            .footer-key--description {
                padding: 0 0 0 1;
            }
        }
    }
    """

    def __init__(self, shown: Shown) -> None:
        classes = " ".join(
            name
            for name, on in (("-disabled", not shown.enabled), ("-command-palette", shown.palette))
            if on
        )
        super().__init__(classes=classes)
        self.shown = shown
        if shown.tooltip:
            self.tooltip = shown.tooltip

    @property
    def key(self) -> str:
        return self.shown.key

    @property
    def description(self) -> str:
        return self.shown.description

    @property
    def action(self) -> str:
        return self.shown.action

    def render(self) -> Text:
        if not self.shown.description:  # as Textual's: the key alone, unpadded
            style = self.get_component_rich_style("footer-key--key")
            text = Text(self.shown.key_display, style)
            text.stylize_before(self.rich_style)
            return text
        parts = []
        for component, text in (
            ("footer-key--key", self.shown.key_display),
            ("footer-key--description", self.shown.description),
        ):
            pad = self.get_component_styles(component).padding
            style = self.get_component_rich_style(component)
            parts.append((" " * pad.left + text + " " * pad.right, style))
        text = Text.assemble(*parts)
        text.stylize_before(self.rich_style)
        return text

    def on_click(self) -> None:
        if self.shown.enabled:
            self.app.simulate_key(self.shown.key)
        else:
            self.app.bell()


def key_width(key: Shown) -> int:
    """Cells a (non-palette) footer key takes: " key description "."""
    return cell_len(key.key_display) + cell_len(key.description) + 3


def fit(keys: list[Shown], width: int) -> list[Shown]:
    """`keys` without the last unpinned ones that would not fit in `width` cells."""
    palette = [k for k in keys if k.palette]
    # the palette key: "key description", its border and padding
    room = width - sum(cell_len(k.key_display) + cell_len(k.description) + 3 for k in palette)
    kept = [k for k in keys if not k.palette]
    used = sum(key_width(k) for k in kept)
    for key in reversed(list(kept)):
        if used <= room:
            break
        if key.action not in PINNED:
            kept.remove(key)
            used -= key_width(key)
    return kept + palette


class KeyFooter(Widget, can_focus=False, can_focus_children=False):
    """The footer of the reader's screens: the keys of the focused pane and the screen."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyFooter {
        layout: horizontal;
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._ready = False  # the screen has published its bindings
        self._shown: tuple | None = None  # (width, keys) composed; None: not filled yet
        self._refill_pending = False

    def _keys(self) -> list[Shown]:
        """The active bindings the footer shows, one per action, the palette's last."""
        app = self.app
        bindings = self.screen.active_bindings
        keys, actions = [], set()
        for _node, binding, enabled, tooltip in bindings.values():
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                keys.append(
                    Shown(
                        binding.key,
                        app.get_key_display(binding),
                        binding.description,
                        binding.action,
                        enabled,
                        tooltip,
                    )
                )
        palette = bindings.get(app.COMMAND_PALETTE_BINDING)
        if app.ENABLE_COMMAND_PALETTE and palette is not None:
            _node, binding, enabled, _tooltip = palette
            tooltip = binding.tooltip or binding.description
            keys.append(
                Shown(
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    enabled,
                    tooltip,
                    palette=True,
                )
            )
        return keys

    def _state(self) -> tuple:
        return (self.app.size.width, tuple(self._keys()))

    def compose(self) -> ComposeResult:
        if not self._ready:
            return
        self._shown = width, keys = self._state()
        for key in fit(list(keys), width):
            yield FooterKey(key)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        self._ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return  # as Textual's footer: it is filled again when the app has the focus
        self._refill_soon()

    def on_resize(self) -> None:
        if self._ready:
            self._refill_soon()

    def _refill_soon(self) -> None:
        if not self._refill_pending and self._state() != self._shown:
            self._refill_pending = True
            self.call_after_refresh(self._refill)

    async def _refill(self) -> None:
        self._refill_pending = False
        if self.is_attached and self._state() != self._shown:
            await self.recompose()
