"""Provides `ActorsScreen` (`a`): every actor, sortable, filterable by kind and typing."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input

from reader.core.corpus import Corpus
from reader.core.model import KINDS
from reader.ui.keys import list_keys
from reader.ui.safe import count, one_line
from reader.ui.theme import kind_style
from reader.ui.widgets.footer import KeyFooter

SORTS = ("mentions", "articles", "name")
MAX_ROWS = 2000


class ActorTable(DataTable):
    BINDINGS = list_keys("actors", top="scroll_top", bottom="scroll_bottom")


class ActorsScreen(Screen):
    """The actors of the corpus in a table."""

    AUTO_FOCUS = "#actors-table"  # the documented keys work at once; `/` or typing filters

    DEFAULT_CSS = """
    ActorsScreen #actors-table { height: 1fr; }
    """

    BINDINGS = [
        Binding("escape,q", "back", "Back", id="actors.back"),
        Binding("s", "sort", "Sort", id="actors.sort", tooltip="Mentions / articles / name"),
        Binding("t", "kind", "Kind", id="actors.kind", tooltip="All / person / org / place"),
        Binding("slash", "filter", "Filter", id="actors.filter"),
        Binding(
            "down",
            "move(1)",
            "Down",
            show=False,
            id="actors.filter-down",
            tooltip="Next row, also while typing in the filter",
        ),
        Binding(
            "up",
            "move(-1)",
            "Up",
            show=False,
            id="actors.filter-up",
            tooltip="Previous row, also while typing in the filter",
        ),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__(id="actors")
        self.corpus = corpus
        self.sort = "mentions"
        self.kind: str | None = None
        self.shown: list = []

    def compose(self):
        yield Header()  # its subtitle counts the actors and says how they are shown
        yield Input(
            placeholder="type a name or alias · Enter: to the list",
            id="actors-filter",
            select_on_focus=False,  # typing from the table must not select the first key
        )
        yield ActorTable(id="actors-table", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(ActorTable)
        table.add_column(Text("Name"), key="name")
        table.add_column(Text("Kind"), key="kind")
        table.add_column(Text("Mentions"), key="mentions")
        table.add_column(Text("Articles"), key="articles")
        self.reload()
        table.focus()

    @property
    def table(self) -> ActorTable:
        return self.query_one(ActorTable)

    def reload(self) -> None:
        needle = self.query_one(Input).value.strip().casefold()
        actors = self.corpus.actors(kind=self.kind, sort=self.sort)
        if needle:
            actors = [
                a
                for a in actors
                if needle in a.name.casefold()
                or any(needle in alias.casefold() for alias in a.aliases)
            ]
        self.shown = actors[:MAX_ROWS]
        table = self.table
        table.clear()
        for a in self.shown:
            table.add_row(
                Text(one_line(a.name)),
                Text(f" {a.kind} ", style=kind_style(self.app, a.kind)),
                Text(str(a.mentions), justify="right"),
                Text(str(a.articles), justify="right"),
                key=a.id,
            )
        kind = self.kind or "all kinds"
        more = f" (first {MAX_ROWS})" if len(actors) > MAX_ROWS else ""
        self.sub_title = f"Actors · {count(len(actors), 'actor')}{more} · {kind} · by {self.sort}"
        if not actors:
            self.notify(
                "No actor matches."
                if needle or self.kind
                else "No actors were found in this corpus.",
                timeout=3,
            )

    @on(Input.Changed)
    def _filter(self) -> None:
        self.reload()

    @on(Input.Submitted)
    def _submit(self) -> None:
        """Enter in the filter moves into the table, onto the highlighted match."""
        if self.shown:
            self.table.focus()

    @on(DataTable.HeaderSelected)
    def _sort_by_header(self, event: DataTable.HeaderSelected) -> None:
        key = event.column_key.value
        if key in SORTS:
            self.sort = key
            self.reload()
        elif key == "kind":
            self.action_kind()

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        self.app.show_actor(event.row_key.value)

    def on_key(self, event: events.Key) -> None:
        """Route typing to the filter, in order, whatever widget the key was sent to.

        Keys are sent to the widget focused when they arrive; a fast typist's next keys
        may already be on their way to the table when the first one moves the focus.
        They still come through here (the screen sees a key before the bindings do), so
        once the filter has focus every printable key goes into it, bound or not.
        """
        field = self.query_one(Input)
        if not (event.is_printable and event.character):
            return
        if self.focused is self.table:
            if event.key == "slash":  # here, not in the binding: keys behind it follow it
                event.stop()
                event.prevent_default()
                self.set_focus(field)
                return
            if event.key in self._table_keys():
                return
            self.set_focus(field)
        elif self.focused is not field:
            return
        event.stop()
        event.prevent_default()
        field.insert_text_at_cursor(event.character)

    @staticmethod
    def _table_keys() -> set[str]:
        bindings = ActorsScreen.BINDINGS + ActorTable.BINDINGS
        return {k.strip() for b in bindings for k in b.key.split(",")}

    def action_back(self) -> None:
        field = self.query_one(Input)
        if field.has_focus or field.value:
            field.value = ""
            self.table.focus()
        else:
            self.dismiss()

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.reload()

    def action_kind(self) -> None:
        cycle = (None, *KINDS)
        self.kind = cycle[(cycle.index(self.kind) + 1) % len(cycle)]
        self.reload()

    def action_filter(self) -> None:
        self.query_one(Input).focus()

    def action_move(self, delta: int) -> None:
        """Up/Down while typing in the filter move the table's cursor."""
        table = self.table
        if table.row_count:
            row = max(0, min(table.row_count - 1, table.cursor_row + delta))
            table.move_cursor(row=row)
