"""Provides the main view's feed flows: update in a worker, feed filter, mark read (a mixin).

Active only when the corpus is the subscriptions' feed store. The update worker runs the
core `update()` and posts `FeedsUpdated` back; when it ends, indexing brings the new items
into the list while reading goes on.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.worker import get_current_worker

from reader.ui.messages import FeedsUpdated
from reader.ui.safe import count, one_line

FEED_ACTIONS = {"update_feeds", "choose_feed", "mark_feed_read", "mark_all_read", "full_text"}

FEED_BINDINGS = [
    Binding("u", "update_feeds", "Update", id="feeds.update",
            tooltip="Fetch every feed now; new items appear as they are indexed"),
    Binding("f", "choose_feed", "Feeds", id="feeds.choose",
            tooltip="List one feed or tag, with unread counts"),
    Binding("A", "mark_feed_read", "Feed read", show=False, id="feeds.mark-feed-read",
            tooltip="Mark every article of this article's feed read"),
    Binding("C", "mark_all_read", "All read", show=False, id="feeds.mark-all-read",
            tooltip="Mark every article in the list read"),
    Binding("F", "full_text", "Full text", show=False, id="feeds.full-text",
            tooltip="Fetch this feed's web pages for the full text (on or off)"),
]


class MainFeeds:
    """Feed flows of `MainScreen`; relies on its corpus, state, list and view."""

    feed_filter = None  # the FeedGroup listed, or None for every article
    updating = False
    _reindex = False

    def _init_feeds(self) -> None:
        minutes = self.app.config.refresh_minutes
        if self.corpus.feed_folder is not None and minutes:
            self.set_interval(minutes * 60, self.action_update_feeds)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # hidden when this corpus is files, not subscriptions
        return action not in FEED_ACTIONS or self.corpus.feed_folder is not None

    def feed_rows(self, rows: list, read: set[str]) -> list:
        """The list's order: by feed name for subscriptions (filtered by feed), unread
        first in each feed (or in the whole list of files), else in corpus order."""
        if self.corpus.feed_folder is None:
            return sorted(rows, key=lambda r: r.id in read) if read else rows
        if self.feed_filter is not None:
            keys = self.feed_filter.keys
            rows = [r for r in rows if r.id.split("/", 1)[0] in keys]
        return sorted(rows, key=lambda r: ((r.source or "").casefold(), r.id in read))

    # -- update -------------------------------------------------------------
    def action_update_feeds(self) -> None:
        if self.updating:
            self.notify("The feeds are being updated already.", timeout=2)
            return
        self.updating = True
        label, bar = self._progress()
        label.update(Text("Updating feeds…"))
        bar.update(total=None)
        self.query_one("#indexing").add_class("-active")
        self.run_update()

    @work(thread=True, exclusive=True, exit_on_error=False, group="feeds",
          description="Updating feeds")
    def run_update(self) -> None:
        from reader.core.feeds.store import FeedStore
        from reader.core.feeds.update import update

        worker = get_current_worker()
        store = FeedStore.open(self.corpus.feed_folder)
        try:
            for step in update(store, store.feeds()):
                if worker.is_cancelled:
                    return
                self.post_message(FeedsUpdated(step))
        except Exception as exc:  # noqa: BLE001 - shown as a notification, never a crash
            self.post_message(FeedsUpdated(None, f"{type(exc).__name__}: {exc}"))
            return
        finally:
            store.close()
        self.post_message(FeedsUpdated(None))

    def on_feeds_updated(self, message: FeedsUpdated) -> None:
        step = message.step
        if step is None:
            self._update_done(message.error)
            return
        self._feeds_new = getattr(self, "_feeds_new", 0) + step.new
        if step.status == "error":
            self.notify(f"{one_line(step.feed)}: {one_line(step.message)}", title="Feed failed",
                        severity="warning", markup=False, timeout=8)
        label, bar = self._progress()
        label.update(Text(f"Updating feeds {step.done}/{step.total} · "
                          f"{count(self._feeds_new, 'new item')}"))
        bar.update(total=step.total, progress=step.done)

    def _update_done(self, error: str | None) -> None:
        self.updating = False
        new, self._feeds_new = getattr(self, "_feeds_new", 0), 0
        if error:
            self.notify(f"Updating failed: {error}", severity="error", markup=False)
        else:
            self.notify(f"Feeds updated: {count(new, 'new item')}.", timeout=4)
        if self.indexing:
            self._reindex = True  # after the run in progress
        else:
            self.indexing = True
            self.run_index()

    def after_index(self) -> None:
        """Called when an index run ends: run again if an update landed meanwhile."""
        if self._reindex:
            self._reindex = False
            self.indexing = True
            self.run_index()

    # -- filter -------------------------------------------------------------
    def action_choose_feed(self) -> None:
        from reader.core.feeds.overview import groups
        from reader.ui.dialogs.feed_filter import FeedFilter

        rows = self.corpus.articles(actor=self.actor_filter)
        read = self.state.read_docs()
        found = groups(self.corpus.feed_folder, (r.id for r in rows), read)
        unread = sum(1 for r in rows if r.id not in read)

        def chosen(group) -> None:
            if group is False:
                return
            self.feed_filter = group
            self.fill_list()
            if self.article_list.rows and self.article_list.index_of(self.doc) is None:
                self.open_article(self.article_list.rows[0].id)
            self.article_list.focus()

        self.app.push_screen(FeedFilter(found, len(rows), unread), chosen)

    # -- marks --------------------------------------------------------------
    def action_mark_feed_read(self) -> None:
        doc = self._target()
        if doc is None:
            return
        key = doc.split("/", 1)[0]
        docs = [r.id for r in self.article_list.rows if r.id.split("/", 1)[0] == key]
        self._mark_read(docs, f"every article of {one_line(self.view.article.source or key)}")

    def action_mark_all_read(self) -> None:
        self._mark_read([r.id for r in self.article_list.rows], "every article listed")

    def _mark_read(self, docs: list[str], what: str) -> None:
        fresh = [d for d in docs if d not in self.article_list.read]
        self.state.set_read_many(fresh, True)
        for doc in fresh:
            self.article_list.set_read(doc, True)
        self.update_titles()
        self.notify(f"Marked {what} read ({count(len(fresh), 'article')}).", timeout=3)

    def action_full_text(self) -> None:
        from reader.core.feeds.store import FeedStore

        doc = self._target()
        if doc is None:
            return
        store = FeedStore.open(self.corpus.feed_folder)
        try:
            feed = store.find(doc.split("/", 1)[0])
            if not feed:
                return
            store.set(feed[0], full_text=int(not feed[0].full_text))
        finally:
            store.close()
        on = not feed[0].full_text
        self.notify(
            f"Full text {'on' if on else 'off'} for {one_line(feed[0].name)}"
            + (": its pages are fetched at the next update (u)." if on else "."),
            timeout=4,
        )
