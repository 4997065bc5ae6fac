"""Provides `RelatedPanel`: passages from other articles about the paragraph being read.

Each entry shows its article title, why it is related (the actors it shares, a one-line
reason), then the passage: in a short panel the why is in sight before the passage fills
it. Enter (or a click) jumps there. The screen fetches the entries; this renders them.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.ui.keys import list_keys
from reader.ui.queries import RelatedEntry
from reader.ui.safe import one_line, styled


class RelatedList(OptionList):
    BINDINGS = list_keys("related")


class RelatedPanel(Vertical):
    """Title line plus the list of related passages."""

    DEFAULT_CSS = """
    RelatedPanel > Label { padding: 0 1; color: $text-muted; width: 1fr; height: 1; }
    RelatedPanel > RelatedList { height: 1fr; border: none; }
    """

    @dataclass
    class Chosen(Message):
        """Jump to a related passage."""

        panel: RelatedPanel
        doc: str
        start: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[RelatedEntry] = []

    def compose(self):
        yield Label(Text("Related"), id="related-title")
        yield RelatedList(id="related-list")

    @property
    def option_list(self) -> RelatedList:
        return self.query_one(RelatedList)

    def set_heading(self, heading: str) -> None:
        # One line of fixed height: a new heading needs no layout pass of the screen.
        self.query_one("#related-title", Label).update(Text(one_line(heading)), layout=False)

    def show(self, heading: str, entries: list[RelatedEntry], empty: str) -> None:
        self.set_heading(heading)
        if (entries, empty) == getattr(self, "_shown", None):
            return
        self._shown = (entries, empty)
        self.entries = entries
        options = self.option_list
        options.clear_options()
        if not entries:
            options.add_option(Option(Text(empty, style="italic"), disabled=True))
            return
        last = len(entries) - 1
        options.add_options(
            [Option(self._prompt(e, i < last), id=str(i)) for i, e in enumerate(entries)]
        )
        options.highlighted = 0

    def _prompt(self, e: RelatedEntry, gap: bool) -> Text:
        text = styled(e.title, "bold")
        text.append(f"  ¶{e.passage_index + 1}", style="dim")
        if e.actors:
            text.append("\nshares: ", style="dim")
            text.append(", ".join(one_line(a) for a in e.actors), style="italic")
        if e.reason:
            text.append("\n" + one_line(e.reason), style="dim italic")
        text.append("\n" + one_line(e.passage))
        if gap:
            text.append("\n")
        return text

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            entry = self.entries[int(event.option.id)]
            self.post_message(self.Chosen(self, entry.doc, entry.start))
