"""Provides `NameSearch`: the live, typo-tolerant search-by-name popup (`/`).

Typing asks `corpus.search_actors` and lists actors with kind, aliases and mention
counts; Enter returns the chosen actor's id, Esc returns None.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from reader.core.corpus import Corpus
from reader.ui.safe import count, one_line, styled
from reader.ui.theme import kind_style

LIMIT = 12


def actor_prompt(actor, kind: Style) -> Text:
    """Name, kind, counts and the most used aliases of an actor, as plain-data Text."""
    text = styled(actor.name, "bold")
    text.append("  ")
    text.append(f" {actor.kind} ", style=kind)
    text.append(
        f"  {count(actor.mentions, 'mention')} in {count(actor.articles, 'article')}",
        style="dim",
    )
    aliases = [
        a for a, _ in sorted(actor.aliases.items(), key=lambda kv: -kv[1]) if a != actor.name
    ][:4]
    if aliases:
        text.append("\n  also: " + ", ".join(one_line(a) for a in aliases), style="dim italic")
    return text


class SearchPopup(ModalScreen):
    """Input over a result list; arrows move in the list while typing."""

    DEFAULT_CSS = """
    SearchPopup { align: center top; }
    SearchPopup #popup {
        width: 90%;
        max-width: 100;
        height: auto;
        max-height: 80%;
        margin-top: 2;
        border: tall $accent;
        background: $surface;
        padding: 0 1;
    }
    SearchPopup #popup-title { color: $text-muted; }
    SearchPopup #popup-results { height: auto; max-height: 40vh; border: none; }
    SearchPopup #popup-status { color: $text-muted; }
    """

    BINDINGS = [
        Binding("escape", "dismiss_none", "Close", id="popup.close"),
        Binding("down", "move(1)", "Down", show=False, id="popup.down"),
        Binding("up", "move(-1)", "Up", show=False, id="popup.up"),
        Binding("pagedown", "move(5)", "Page down", show=False, id="popup.page-down"),
        Binding("pageup", "move(-5)", "Page up", show=False, id="popup.page-up"),
    ]

    TITLE_TEXT = ""
    PLACEHOLDER = ""

    def __init__(self, corpus: Corpus, query: str = "") -> None:
        super().__init__(classes="search-popup")
        self.corpus = corpus
        self.initial = query

    def compose(self):
        with Vertical(id="popup"):
            yield Label(Text(self.TITLE_TEXT), id="popup-title")
            yield Input(value=self.initial, placeholder=self.PLACEHOLDER, id="popup-input")
            yield OptionList(id="popup-results")
            yield Label(Text(""), id="popup-status")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.refresh_results(self.initial)

    @property
    def results(self) -> OptionList:
        return self.query_one("#popup-results", OptionList)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.refresh_results(event.value)

    def set_status(self, message: str) -> None:
        self.query_one("#popup-status", Label).update(Text(message))

    def action_move(self, delta: int) -> None:
        results = self.results
        if results.option_count:
            current = results.highlighted or 0
            results.highlighted = max(0, min(results.option_count - 1, current + delta))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        index = self.results.highlighted
        if index is not None and self.results.option_count:
            self.choose(index)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.choose(event.option_index)

    def refresh_results(self, query: str) -> None:
        raise NotImplementedError

    def choose(self, index: int) -> None:
        raise NotImplementedError


class NameSearch(SearchPopup):
    """Find an actor by name: returns its id."""

    TITLE_TEXT = "Find an actor by name  (Enter filters the articles, Esc closes)"
    PLACEHOLDER = "medvedv, kim jong un, dprk…"

    def refresh_results(self, query: str) -> None:
        self.found = self.corpus.search_actors(query, LIMIT) if query.strip() else []
        results = self.results
        results.clear_options()
        results.add_options(
            [Option(actor_prompt(a, kind_style(self.app, a.kind))) for a, _ in self.found]
        )
        if self.found:
            results.highlighted = 0
            self.set_status(count(len(self.found), "actor"))
        else:
            self.set_status("No actor matches." if query.strip() else "Type a name.")

    def choose(self, index: int) -> None:
        self.dismiss(self.found[index][0].id)
