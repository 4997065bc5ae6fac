"""Provides `QuoteSearch`: who said what across the corpus (`w`), filterable as you type.

The quotations are gathered in a worker (the popup stays responsive on a big corpus);
typing narrows them by speaker (typos welcome) or by words in the quote. Enter returns
the chosen `Quote`, Esc None.
"""

from __future__ import annotations

from rich.text import Text
from textual import work

from reader.ui.dialogs.name_search import SearchPopup
from reader.ui.safe import count, one_line, styled

SHOWN = 200


def quote_prompt(q, title: str | None) -> Text:
    text = styled(q.speaker or "unattributed", "bold" if q.actor else "italic")
    if title:
        text.append(f"  · {one_line(title)}", style="dim")
    text.append("\n“" + one_line(q.text) + "”")
    return text


class QuoteSearch(SearchPopup):
    """Every quotation of the corpus, newest articles' first in corpus order."""

    TITLE_TEXT = "Who said what  (type a speaker or words, Enter opens, Esc closes)"
    PLACEHOLDER = "kim, medvedv, sanctions…"

    def on_mount(self) -> None:
        self.quotes: list | None = None
        self.titles: dict[str, str] = {}
        super().on_mount()
        self.set_status("Finding quotations…")
        self.gather()

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="quotes",
        description="Finding quotations",
    )
    def gather(self) -> None:
        quotes = self.corpus.quotes()
        titles = {r.id: r.title for r in self.corpus.articles()}
        self.app.call_from_thread(self._gathered, quotes, titles)

    def _gathered(self, quotes: list, titles: dict[str, str]) -> None:
        self.quotes, self.titles = quotes, titles
        self.refresh_results(self.query_one("#popup-input").value)

    def refresh_results(self, query: str) -> None:
        if self.quotes is None:
            return
        from textual.widgets.option_list import Option

        from reader.core.quotes.search import filter_quotes

        self.shown = filter_quotes(self.quotes, query)[:SHOWN]
        results = self.results
        results.clear_options()
        results.add_options([Option(quote_prompt(q, self.titles.get(q.doc))) for q in self.shown])
        if self.shown:
            results.highlighted = 0
            self.set_status(count(len(self.shown), "quotation"))
        else:
            self.set_status("No quotation matches." if query.strip() else "No quotations.")

    def choose(self, index: int) -> None:
        self.dismiss(self.shown[index])
