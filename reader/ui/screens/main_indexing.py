"""Provides indexing for the main view: the worker, its progress bar, its messages (a mixin).

The corpus is brought up to date in a thread worker that only posts `Indexing` messages;
the bar is mounted only if indexing takes a while, and the list refills as articles land.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual import work
from textual.widgets import Label
from textual.worker import Worker, WorkerState, get_current_worker

from reader.ui.messages import Indexing
from reader.ui.safe import count

REFRESH_EVERY = 0.5  # seconds between list refills while indexing
STILL_FINDING = "Actors are still being found (indexing)…"


def progress_label(step) -> str:
    """The progress line: what is done, in the same units as the bar (no warnings)."""
    if step.phase == "resolve":
        return "Resolving actors across articles"
    if step.phase == "wait":
        return "Waiting for another newsreader to finish indexing this corpus…"
    articles = count(step.articles, "article")
    if step.files_total > 1:
        return f"Indexing: {step.files_done} of {step.files_total} files · {articles}"
    return f"Indexing · {articles}"


class MainIndexing:
    """Indexing of `MainScreen`'s corpus."""

    def _show_progress(self) -> None:
        if self.indexing and self.is_attached:  # not while the app shuts down
            label, _ = self._progress()
            if self._filled_articles < 0:  # no step yet: say what is being read
                label.update(Text(f"Indexing {self.corpus.name}…"))
            self.query_one("#indexing").add_class("-active")
            self._poll = self.set_interval(REFRESH_EVERY * 2, self._poll_store)

    def _progress(self):
        """The indexing label and bar, mounted on first use (most launches never need them)."""
        from textual.widgets import ProgressBar

        box = self.query_one("#indexing")
        if not box.children:
            box.mount(
                Label(Text("Indexing"), id="indexing-label"),
                ProgressBar(id="indexing-bar", show_eta=False),
            )
        return self.query_one("#indexing-label", Label), self.query_one(ProgressBar)

    def _poll_store(self) -> None:
        """While indexing, show the articles committed so far (one big file gives no steps)."""
        if not self.indexing:
            self._poll.stop()
            return
        count = self.corpus.count()
        if count != len(self.article_list.rows) and not self.actor_filter:
            self.fill_list()
            if self.doc is None and self.article_list.rows:
                self.open_article(self.article_list.rows[0].id)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="index",
        description="Indexing the corpus",
    )
    def run_index(self) -> None:
        worker = get_current_worker()
        for step in self.corpus.index():
            if worker.is_cancelled:
                return
            self.post_message(Indexing(step))

    def on_indexing(self, message: Indexing) -> None:
        step = message.step
        if step.warning is not None:
            self.warnings += 1
            self.notify(
                f"{step.warning.path}: {step.warning.message}",
                title="Reading the corpus",
                severity="warning",
                markup=False,
                timeout=8,
            )
        if step.phase == "done":
            self.indexing = False
            self.forget_related()  # answers found before this run may be out of date
            self.related_ready = True
            self.actor_count = len(self.corpus.actors())
            self._refresh_open_search()
            self.query_one("#indexing").set_class(self.updating, "-active")
            self.fill_list()
            if self.doc is None or self.article_list.index_of(self.doc) is None:
                if self.article_list.rows:
                    self.open_article(self.article_list.rows[0].id)
                else:
                    self.show_empty()
            elif step.articles:
                self.open_article(self.doc, passage=self.view.passage)
            else:
                self.update_related(self.doc, self.view.passage)
            self.after_index()
            return
        label_widget, bar = self._progress()
        label_widget.update(Text(progress_label(step)))
        if step.files_total > 1:  # the bar says what the label counts: files
            bar.update(total=step.files_total, progress=step.files_done)
        else:  # one (big) file: how much of it is read
            bar.update(total=max(1, step.bytes_total), progress=step.bytes_done)
        now = time.monotonic()
        self._filled_articles = max(self._filled_articles, 0)
        if step.articles != self._filled_articles and now - self._last_fill > REFRESH_EVERY:
            self._filled_articles = step.articles
            self._last_fill = now
            self.fill_list()
            if self.doc is None and self.article_list.rows:
                self.open_article(self.article_list.rows[0].id)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        if event.worker.group == "index":
            self.indexing = False
            self.query_one("#indexing").remove_class("-active")
            what = "Indexing failed"
            if self.partial:  # the whole list the store holds, not its first page
                self.fill_list()
            if self.doc is None:
                self.show_empty()
        else:
            what = "Related passages failed"
        self.notify(f"{what}: {event.worker.error}", title="Error", severity="error", markup=False)

    def _refresh_open_search(self) -> None:
        """A search popup opened while indexing asks again now that everything is in."""
        from textual.widgets import Input

        from reader.ui.dialogs.name_search import SearchPopup

        popup = self.app.screen
        if isinstance(popup, SearchPopup):
            popup.refresh_results(popup.query_one(Input).value)
