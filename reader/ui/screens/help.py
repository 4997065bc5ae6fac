"""Provides `HelpScreen` (`?`/F1): every key binding of the app, grouped by where it works."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def binding_groups() -> list[tuple[str, list[Binding]]]:
    """(where, bindings) for every part of the app."""
    from reader.ui.app import NewsReaderApp
    from reader.ui.dialogs.name_search import SearchPopup
    from reader.ui.screens.actor import ActorLists, ActorScreen
    from reader.ui.screens.actors import ActorsScreen, ActorTable
    from reader.ui.screens.main import MainScreen
    from reader.ui.widgets.article_list import ArticleList
    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.related_panel import RelatedList

    return [
        ("Everywhere", NewsReaderApp.BINDINGS),
        ("Main view", MainScreen.BINDINGS),
        ("Article list", ArticleList.BINDINGS),
        ("Article", ArticleView.BINDINGS),
        ("Related panel (also arrows, Enter)", RelatedList.BINDINGS),
        (
            "Actors screen (type to filter, Enter goes to the list)",
            ActorsScreen.BINDINGS + ActorTable.BINDINGS,
        ),
        ("Actor view", ActorScreen.BINDINGS + ActorLists.BINDINGS),
        ("Search popups (typing searches)", SearchPopup.BINDINGS),
    ]


def key_names(binding: Binding) -> str:
    names = {
        "right_square_bracket": "]",
        "left_square_bracket": "[",
        "slash": "/",
        "backslash": "\\",
        "question_mark": "?",
        "quotation_mark": '"',
        "asterisk": "*",
        "space": "Space",
        "escape": "Esc",
        "f1": "F1",
        "enter": "Enter",
        "pagedown": "PgDn",
        "pageup": "PgUp",
        "shift+tab": "Shift+Tab",
        "tab": "Tab",
        "home": "Home",
        "end": "End",
        "up": "↑",
        "down": "↓",
    }
    keys = [k.strip() for k in binding.key.split(",")]
    return " ".join(names.get(k, k.replace("ctrl+", "Ctrl+")) for k in keys)


def help_table() -> Group:
    """Each group's heading on a line of its own, then its keys and what they do: the keys
    in a column as wide as the longest key (a long heading never narrows the column of
    descriptions), the descriptions wrapped in the rest."""
    groups = binding_groups()
    width = max(len(key_names(b)) for _, bindings in groups for b in bindings)
    parts: list[Text | Table] = []
    for where, bindings in groups:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True, width=width)
        table.add_column()
        for b in bindings:
            table.add_row(Text(key_names(b)), Text(b.tooltip or b.description))
        parts += [Text(where, style="bold underline"), table, Text("")]
    return Group(*parts)


class HelpScreen(ModalScreen):
    """The key bindings, in one scrollable table."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen #help-body {
        width: 90%;
        max-width: 90;
        height: 90%;
        border: tall $accent;
        background: $surface;
        padding: 0 1;
    }
    """

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="help.page-down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="help.page-up"),
        Binding("g,home", "top", "Top", show=False, id="help.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="help.bottom"),
    ]

    def compose(self):
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys  (Esc closes)", style="bold"), id="help-title")
            yield Static(help_table(), id="help-table")

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self.body.scroll_relative(y=lines, animate=False)

    def action_page(self, direction: int) -> None:
        self.action_scroll(direction * max(1, self.body.scrollable_content_region.height - 1))

    def action_top(self) -> None:
        self.body.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.body.scroll_end(animate=False)
