"""Provides `MainScreen`: Articles | Article | Related, and the flows between them.

The screen asks the corpus, hands plain data to the widgets, and reacts to their
messages. Indexing runs in a thread worker that only posts `Indexing` messages back.
"""

from __future__ import annotations

import gc
from contextlib import suppress

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Header, Label

from reader.core.corpus import Corpus
from reader.core.userstate import Position, UserState
from reader.ui.queries import term_matches
from reader.ui.safe import count, one_line
from reader.ui.screens.main_actions import MAIN_BINDINGS, MainActions
from reader.ui.screens.main_feeds import FEED_BINDINGS, MainFeeds
from reader.ui.screens.main_indexing import STILL_FINDING, MainIndexing
from reader.ui.screens.main_related import MainRelated
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.related_panel import RelatedPanel

FIRST_PAGE = 1_000  # articles listed at the first paint; the rest once the index is current


class MainScreen(MainFeeds, MainIndexing, MainRelated, MainActions, Screen):
    """The three panes of the reader."""

    BINDINGS = [
        *MAIN_BINDINGS,
        Binding(
            "w",
            "quotes",
            "Quotes",
            show=False,
            id="main.quotes",
            tooltip="Who said what: every quotation, by speaker or words",
        ),
        Binding(
            "quotation_mark",
            "said_by",
            "Said by",
            show=False,
            id="main.said-by",
            tooltip="Who said the quotations of this paragraph (quoted words are in italics)",
        ),
        *FEED_BINDINGS,
    ]

    def action_quotes(self) -> None:
        self.app.who_said_what()

    def action_said_by(self) -> None:
        """Who said each quotation of the paragraph under the cursor."""
        here = self.view.quotes_here()
        if not here:
            self.notify("No quotation in this paragraph.", timeout=2)
            return
        for q in here[:3]:
            quoted = one_line(q.text)
            quoted = quoted if len(quoted) <= 60 else quoted[:59] + "…"
            who = one_line(q.speaker) if q.speaker else "nobody named"
            self.notify(f"“{quoted}” — said by {who}", title="Said by", markup=False)

    def __init__(self, corpus: Corpus, state: UserState, *, classes: str | None = None) -> None:
        super().__init__(id="main", classes=classes)
        self.corpus = corpus
        self.state = state
        self.doc: str | None = None
        self.actor_filter: str | None = None
        self.query_text: str | None = None
        self.warnings = 0
        self._init_related()
        self._save_timer = None
        self.actor_count: int | None = None
        self.article_list = ArticleList(id="articles")
        self.view = ArticleView(id="article")
        self.related = RelatedPanel(id="related-pane")
        self.indexing = False
        self.partial = False  # the list holds the first FIRST_PAGE articles only
        self._last_fill = 0.0
        self._filled_articles = -1

    # -- layout -------------------------------------------------------------
    def compose(self):
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="sidebar"):
                yield Label(Text("Articles"), id="sidebar-title", classes="pane-title")
                yield self.article_list
            with Horizontal(id="content"):
                yield self.view
                yield self.related
        yield Horizontal(id="indexing")  # filled only if indexing takes a while
        yield KeyFooter()

    def on_mount(self) -> None:
        if self.corpus.notice:
            self.notify(self.corpus.notice, title="Index", severity="warning", markup=False)
        if self.state.notice:
            self.notify(self.state.notice, title="Reading state", severity="warning", markup=False)
        self.indexing = True  # the worker starts right after the first paint
        self.fill_list(first=True)  # the whole list comes when the index is up to date
        last = self.state.last()
        if last and (self.article_list.index_of(last.doc) is not None or (
                self.partial and self.corpus.article(last.doc) is not None)):
            self.open_article(last.doc, passage=last.passage, scroll=last.scroll)
        elif self.article_list.rows:
            self.open_article(self.article_list.rows[0].id)
        else:
            self.show_empty()
        self.article_list.focus()
        # Paint what the store holds first; then bring it up to date in the background.
        self.call_after_refresh(self.run_index)
        self.set_timer(0.3, self._show_progress)  # only when it takes a while
        self._init_feeds()

    # -- filling ------------------------------------------------------------
    def fill_list(self, first: bool = False) -> None:
        """Fill the article list; with `first`, a big corpus of files paints its first
        FIRST_PAGE articles only (100,000 rows take a third of a second to load)."""
        read = self.state.read_docs()
        page = first and self.actor_filter is None and self.corpus.feed_folder is None
        rows = self.corpus.articles(actor=self.actor_filter, limit=FIRST_PAGE if page else -1)
        self.partial = page and len(rows) == FIRST_PAGE
        rows = self.feed_rows(rows, read)
        self.article_list.set_rows(rows, read, keep=self.doc)
        self.article_list.marked = set(self.state.bookmarks())
        self.update_titles()
        # The rows live as long as the list: keep the cyclic GC from re-scanning them
        # on every collection (a 10,000-article list made every 7th keypress stutter).
        gc.freeze()

    def update_titles(self) -> None:
        rows, read = self.article_list.rows, self.article_list.read
        unread = sum(1 for r in rows if r.id not in read)
        if self.actor_filter:
            actor = self.corpus.actor(self.actor_filter)
            name = one_line(actor.name) if actor else self.actor_filter
            title = f"Naming {name} ({len(rows)}) · Esc"
        elif self.feed_filter is not None:
            title = f"{one_line(self.feed_filter.label)} {len(rows)} · {unread} unread · Esc"
        elif self.partial:  # the first page only, for a moment: no unread count yet
            title = f"Articles {self.corpus.count()}"
        else:
            title = f"Articles {len(rows)} · {unread} unread"
        self.query_one("#sidebar-title", Label).update(Text(title))
        parts = [self.corpus.name, count(self.corpus.count(), "article")]
        if self.actor_count is not None:
            parts.append(count(self.actor_count, "actor"))
        self.sub_title = " · ".join(parts)

    def show_empty(self) -> None:
        self.doc = None
        if self.indexing:
            self.view.show_message(
                "Reading the corpus…", "Articles appear here as soon as they are indexed."
            )
        elif self.warnings:
            self.view.show_message(
                "Nothing could be read",
                f"None of the files in {self.corpus.name} gave an article "
                f"({self.warnings} skipped; the notifications say why).\n"
                "Open other files or folders: newsreader PATH ...",
            )
        else:
            self.view.show_message(
                "This corpus is empty",
                f"No articles were found in {self.corpus.name}.\n"
                "Open files or folders with: newsreader PATH ...\n"
                "Formats: .txt .md .html .json .jsonl .rss .atom",
            )
        self.related.show("Related", [], "Open an article to see related passages.")

    # -- opening ------------------------------------------------------------
    def open_article(
        self,
        doc: str,
        *,
        passage: int = 0,
        offset: int | None = None,
        scroll: int | None = None,
        mark_read: bool = False,
    ) -> bool:
        article = self.corpus.article(doc)
        if article is None:
            self.notify("That article is no longer in the corpus.", severity="warning")
            return False
        mentions = self.corpus.mentions(doc=doc)
        matches = term_matches(article.text, self.query_text) if self.query_text else None
        self.doc = doc
        self.view.show(
            article,
            mentions,
            passage=passage,
            focus_actor=self.actor_filter,
            matches=matches,
            note=STILL_FINDING if self.indexing and not mentions else None,
            post=False,
            quotes=self.corpus.quotes(doc=doc),
        )
        if offset is not None:
            self.view.go_to_offset(offset, post=False)
        self.update_related(doc, self.view.passage)
        if scroll:
            self.view.call_after_refresh(self.view.scroll_to, y=scroll, animate=False)
        index = self.article_list.index_of(doc)
        if index is not None:
            self.article_list.move_to(index, notify=False)
        if mark_read:
            self.state.set_read(doc, True)
            self.article_list.set_read(doc, True)
            self.update_titles()
        self.schedule_save()
        return True

    def schedule_save(self) -> None:
        """Save the position once the cursor rests (every keypress would write)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(0.4, self.save_position)

    def on_unmount(self) -> None:
        with suppress(NoMatches):  # children may be gone already
            self.save_position()
        self._close_related()

    def save_position(self) -> None:
        if self.doc is not None:
            scroll = int(self.view.scroll_y)
            self.state.set_last(Position(self.doc, self.view.passage, scroll))

    @on(ArticleList.Highlighted)
    def _preview(self, event: ArticleList.Highlighted) -> None:
        self.open_article(event.doc)

    @on(ArticleList.Selected)
    def _select(self, event: ArticleList.Selected) -> None:
        if self.open_article(event.doc, mark_read=True):
            self.view.focus()

    @on(ArticleView.PassageChanged)
    def _passage(self, event: ArticleView.PassageChanged) -> None:
        self.update_related(event.doc, event.passage)
        self.schedule_save()

    @on(ArticleView.ActorChosen)
    def _actor(self, event: ArticleView.ActorChosen) -> None:
        self.app.show_actor(event.actor)

    @on(RelatedPanel.Chosen)
    def _related(self, event: RelatedPanel.Chosen) -> None:
        self.jump_to(event.doc, event.start)

    def jump_to(self, doc: str, offset: int) -> None:
        """Open `doc` with the cursor at `offset` (from related, actor view, search)."""
        if self.article_list.index_of(doc) is None and self.actor_filter:
            self.clear_filter()
        if self.open_article(doc, offset=offset, mark_read=True):
            self.view.focus()

    # -- filters ------------------------------------------------------------
    def filter_by_actor(self, actor_id: str) -> None:
        self.actor_filter = actor_id
        self.query_text = None
        self.fill_list()
        rows = self.article_list.rows
        if self.doc in {r.id for r in rows}:
            self.open_article(self.doc, passage=self.view.passage)
        elif rows:
            self.open_article(rows[0].id)
        self.article_list.focus()

    def clear_filter(self) -> None:
        self.actor_filter = None
        self.fill_list()
        self.view.set_focus_actor(None)

    def search_text(self, query: str, doc: str, passage: int) -> None:
        self.query_text = query
        article = self.corpus.article(doc)
        offset = article.passages[passage].start if article and article.passages else 0
        self.jump_to(doc, offset)
        if self.doc == doc and not self.view.matches:
            self.notify("The words searched for are in the title only.", timeout=4)
