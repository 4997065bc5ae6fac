"""Provides `TextSearch`: full-text search of titles and passages (`s`).

Hits come from `corpus.grep`; the snippet's match offsets are styled, never parsed. A
passage carried word for word by several articles is one hit, "also in N articles".
Enter returns (query, hit), Esc returns None.
"""

from __future__ import annotations

from rich.text import Text

from reader.ui.dialogs.name_search import LIMIT, SearchPopup
from reader.ui.safe import count, one_line, styled


def hit_prompt(hit) -> Text:
    text = styled(hit.title, "bold")
    also = f"  · also in {count(hit.also, 'article')}" if hit.also else ""
    text.append(f"  ¶{hit.passage + 1}{also}\n", style="dim")
    body = Text(one_line(hit.snippet))
    for start, end in hit.marks:
        body.stylize("bold reverse", start, end)
    text.append_text(body)
    return text


class TextSearch(SearchPopup):
    """Search the words of titles and passages."""

    TITLE_TEXT = "Search titles and text  (Enter opens, Esc closes)"
    PLACEHOLDER = "words to find…"

    def refresh_results(self, query: str) -> None:
        self.hits = self.corpus.grep(query, limit=LIMIT * 4) if query.strip() else []
        results = self.results
        results.clear_options()
        from textual.widgets.option_list import Option

        results.add_options([Option(hit_prompt(h)) for h in self.hits])
        if self.hits:
            results.highlighted = 0
            self.set_status(count(len(self.hits), "passage"))
        else:
            self.set_status("Nothing matches." if query.strip() else "Type words to find.")

    def choose(self, index: int) -> None:
        self.dismiss((self.query_one("#popup-input").value, self.hits[index]))
