"""Provides `FeedFilter`: choose a feed or tag to list (`f`), with unread counts.

Returns the chosen `FeedGroup`, None for every article, or nothing on Esc.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.ui.safe import one_line

ALL = "all"


class FeedFilter(ModalScreen):
    """A list of tags and feeds; Enter lists its articles."""

    BINDINGS = [Binding("escape,q,f", "dismiss_none", "Close", id="feeds.close")]

    DEFAULT_CSS = """
    FeedFilter { align: center top; }
    FeedFilter #popup {
        width: 90%; max-width: 80; height: auto; max-height: 80%; margin-top: 2;
        border: tall $accent; background: $surface; padding: 0 1;
    }
    FeedFilter #popup-title { color: $text-muted; }
    FeedFilter OptionList { height: auto; max-height: 60vh; border: none; }
    """

    def __init__(self, groups: list, total: int, unread: int) -> None:
        super().__init__()
        self.groups = groups
        self.total = total
        self.unread = unread

    def compose(self):
        options = [Option(self._prompt("All articles", self.total, self.unread), id=ALL)]
        for n, g in enumerate(self.groups):
            label = ("# " if g.kind == "tag" else "") + one_line(g.label)
            options.append(Option(self._prompt(label, g.total, g.unread, g.error), id=str(n)))
        with Vertical(id="popup"):
            yield Label("Feeds and tags · Enter lists its articles · Esc closes", id="popup-title")
            yield OptionList(*options, id="feed-options")

    @staticmethod
    def _prompt(label: str, total: int, unread: int, error: str | None = None) -> Text:
        text = Text(label, style="bold" if unread else "")
        text.append(f"  {unread} unread of {total}" if unread else f"  {total}", style="dim")
        if error:
            text.append(f"  ⚠ {one_line(error)}", style="italic yellow")
        return text

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id
        self.dismiss(None if chosen == ALL else self.groups[int(chosen)])

    def action_dismiss_none(self) -> None:
        self.dismiss(False)
