"""Provides the main view's key bindings and the actions behind them (a mixin)."""

from __future__ import annotations

from textual.binding import Binding

MAIN_BINDINGS = [
    Binding(
        "escape,q",
        "back",
        "Back",
        id="main.back",
        tooltip="Back out: clear the search or filter, then return to the list",
    ),
    Binding(
        "slash",
        "search_names",
        "Find actor",
        id="main.search-names",
        tooltip="Search actors by name (typos welcome); Enter filters the articles",
    ),
    Binding(
        "s",
        "search_text",
        "Search text",
        id="main.search-text",
        tooltip="Full-text search of titles and paragraphs",
    ),
    Binding("a", "actors", "Actors", id="main.actors", tooltip="Every actor of the corpus"),
    Binding(
        "backslash",
        "toggle_sidebar",
        "Articles",
        id="main.toggle-sidebar",
        tooltip="Show or hide the article list",
    ),
    Binding(
        "R",
        "toggle_related",
        "Related",
        id="main.toggle-related",
        tooltip="Show or hide the Related panel",
    ),
    Binding(
        "h",
        "toggle_highlight",
        "Highlight",
        show=False,
        id="main.toggle-highlight",
        tooltip="Actor highlighting on or off",
    ),
    Binding(
        "m",
        "toggle_read",
        "Read",
        show=False,
        id="main.toggle-read",
        tooltip="Mark the article read or unread",
    ),
    Binding(
        "r",
        "next_unread",
        "Next unread",
        show=False,
        id="main.next-unread",
        tooltip="Open the next unread article",
    ),
    Binding(
        "asterisk",
        "toggle_bookmark",
        "Bookmark",
        show=False,
        id="main.toggle-bookmark",
        tooltip="Bookmark the article (★ in the list) or remove the bookmark",
    ),
    Binding(
        "o",
        "open_url",
        "Open URL",
        show=False,
        id="main.open-url",
        tooltip="Open the article's web page in the browser",
    ),
    Binding(
        "y",
        "copy_passage",
        "Copy ¶",
        show=False,
        id="main.copy-passage",
        tooltip="Copy the paragraph under the cursor",
    ),
]


class MainActions:
    """The actions of `MainScreen`'s bindings; relies on the screen's panes and state."""

    def action_back(self) -> None:
        if self.query_text:
            self.query_text = None
            self.view.clear_matches()
        elif self.actor_filter:
            self.clear_filter()
        elif self.feed_filter is not None:
            self.feed_filter = None
            self.fill_list()
        elif self.focused is not self.article_list:
            self.article_list.focus()
        else:
            self.notify("Press Q or Ctrl+Q to quit.", timeout=2)

    def action_search_names(self) -> None:
        self.app.search_names()

    def action_search_text(self) -> None:
        self.app.search_text()

    def action_actors(self) -> None:
        self.app.show_actors()

    def action_toggle_sidebar(self) -> None:
        hide = not self.has_class("-hide-sidebar")
        if hide and self.article_list.has_focus:
            self.view.focus()
        self.set_class(hide, "-hide-sidebar")

    def related_visible(self) -> bool:
        if self.has_class("-hide-related"):
            return False
        return self.has_class("-show-related") or not self.has_class("-narrow")

    def action_toggle_related(self) -> None:
        show = not self.related_visible()
        self.set_class(not show, "-hide-related")
        self.set_class(show, "-show-related")
        if not show and self.related.option_list.has_focus:
            self.view.focus()

    def action_toggle_highlight(self) -> None:
        self.view.set_highlight(not self.view.highlight)
        self.notify("Highlighting " + ("on" if self.view.highlight else "off"), timeout=2)

    def _target(self) -> str | None:
        if self.article_list.has_focus:
            return self.article_list.current
        return self.doc

    def action_toggle_read(self) -> None:
        doc = self._target()
        if doc is not None:
            now = self.state.toggle_read(doc)
            self.article_list.set_read(doc, now)
            self.update_titles()

    def action_toggle_bookmark(self) -> None:
        doc = self._target()
        if doc is not None:
            now = self.state.toggle_bookmark(doc)
            self.article_list.set_bookmarks(set(self.state.bookmarks()))
            self.notify("Bookmarked." if now else "Bookmark removed.", timeout=2)

    def action_next_unread(self) -> None:
        rows = self.article_list.rows
        if not rows:
            return
        here = self.article_list.index_of(self.doc) if self.doc else -1
        here = -1 if here is None else here
        read = self.article_list.read
        for k in range(1, len(rows) + 1):
            row = rows[(here + k) % len(rows)]
            if row.id not in read:
                self.open_article(row.id, mark_read=True)
                self.view.focus()
                return
        self.notify("Every article here is read.")

    def action_open_url(self) -> None:
        article = self.view.article
        if article is None or not article.url:
            self.notify("This article has no URL.", severity="warning")
            return
        self.notify(f"Opening {article.url} in the browser…", markup=False, timeout=3)
        self.app.open_url(article.url)

    def action_copy_passage(self) -> None:
        article = self.view.article
        if article is None or not article.passages:
            return
        p = article.passages[self.view.passage]
        self.app.copy_to_clipboard(article.text[p.start : p.end])
        self.notify(f"Copied paragraph {p.index + 1}.", timeout=2)
