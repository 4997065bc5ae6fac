"""Provides the Related panel's flow for the main view (a mixin).

A thread worker asks the corpus for the paragraph under the cursor and posts the
answer back; an answer for a paragraph the reader has left is remembered, not shown.
Answers are remembered by (doc, paragraph), so going back shows them at once, and once
the panel is painted a second worker finds the answer for where the reader is likely to
go next (the next article from the list, the next paragraph in the article): moving
there then paints the Related panel in the article's frame, with no query. Both
workers share one connection of their own and take turns on it; a query for the
paragraph being read cancels the look-ahead. A finished index run forgets every answer.
"""

from __future__ import annotations

import threading

from textual import work
from textual.worker import get_current_worker

from reader.core.corpus import Corpus
from reader.core.related.cache import LRU
from reader.ui.messages import RelatedFound
from reader.ui.queries import UNAVAILABLE, WAITING, has_related, related_for_passage

MEMO = 256  # answers remembered (newest kept)


class MainRelated:
    """The Related panel of `MainScreen`: ask, remember, look ahead."""

    def _init_related(self) -> None:
        self.related_for: tuple[str, int] | None = None
        self.related_ready = False
        # (doc, passage) -> (entries, empty message); filled and read on the UI thread only
        self.related_memo = LRU(MEMO)
        self._related_round = 0  # finished index runs: answers from before are dropped
        self._related_lock = threading.Lock()
        self._related_corpus: Corpus | None = None

    def _close_related(self) -> None:
        if self._related_corpus is not None:
            with self._related_lock:
                self._related_corpus.close()

    def forget_related(self) -> None:
        """The corpus changed: no remembered answer holds any more."""
        self._related_round += 1
        self.related_memo.clear()

    def update_related(self, doc: str, passage: int) -> None:
        """Show the passages related to (doc, passage): remembered, else a worker finds them."""
        heading = f"Related to ¶{passage + 1}"
        if not has_related(self.corpus):
            self.related.show(heading, [], UNAVAILABLE)
            self.related_for = (doc, passage)
            return
        if not self.related_ready:
            self.related.show(heading, [], WAITING)
            return
        if (doc, passage) in self.related_memo:
            # Known: painted in the article's own frame (no query; only the list's render).
            self._show_known(doc, passage)
            return
        self.related.set_heading(heading + " …")
        self.workers.cancel_group(self, "related-ahead")  # this paragraph goes first
        self.find_related(doc, passage, self._related_round)

    def _show_known(self, doc: str, passage: int) -> None:
        known = self.related_memo.get((doc, passage))
        if known is None or (doc, passage) != (self.doc, self.view.passage):
            return
        self.related.show(f"Related to ¶{passage + 1}", *known)
        self.related_for = (doc, passage)
        self._look_ahead_after_paint(doc, passage)

    def _ask(self, doc: str, passage: int, round: int) -> RelatedFound:
        """Ask the worker connection (call with the lock held)."""
        if self._related_corpus is None:
            self._related_corpus = Corpus(self.corpus.paths, self.corpus.db_path)
        found, empty, ok = related_for_passage(self._related_corpus, doc, passage)
        return RelatedFound(doc, passage, found, empty, round, keep=ok)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="related",
        description="Finding related passages",
    )
    def find_related(self, doc: str, passage: int, round: int) -> None:
        worker = get_current_worker()
        with self._related_lock:  # one query at a time on the worker's own connection
            if worker.is_cancelled:
                return
            answer = self._ask(doc, passage, round)
        self.post_message(answer)  # even if superseded: it is remembered for later

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="related-ahead",
        description="Finding related passages ahead of the reader",
    )
    def look_ahead(self, wanted: list[tuple[str, int]], round: int) -> None:
        worker = get_current_worker()
        for doc, passage in wanted:
            with self._related_lock:
                if worker.is_cancelled:
                    return
                answer = self._ask(doc, passage, round)
            self.post_message(answer)

    def _look_ahead_after_paint(self, doc: str, passage: int) -> None:
        # After the frame, and behind a focus change queued on the app (Enter focuses
        # the article, which decides where the reader goes next).
        self.call_after_refresh(self.app.call_later, self._look_ahead, doc, passage)

    def _look_ahead(self, doc: str, passage: int) -> None:
        """Once the panel is painted, find the answer the reader may want next."""
        if self.related_for != (doc, passage):
            return  # moved on before the paint
        wanted = self._ahead_of(doc, passage)
        if wanted:
            self.look_ahead(wanted, self._related_round)

    def _ahead_of(self, doc: str, passage: int) -> list[tuple[str, int]]:
        """Where the reader is likely to go from (doc, passage), if its answer is not
        known yet: the next paragraph when reading the article, else the next article
        (the previous one is known when the reader came down the list). One guess only:
        a wrong one costs CPU the next move would want."""
        wanted = []
        article = self.view.article
        if self.focused is self.view:
            if article is not None and article.id == doc and passage + 1 < len(article.passages):
                wanted.append((doc, passage + 1))
        else:
            rows = self.article_list.rows
            index = self.article_list.index_of(doc)
            if index is not None and index + 1 < len(rows):
                wanted.append((rows[index + 1].id, 0))
        return [key for key in wanted if key not in self.related_memo]

    def on_related_found(self, message: RelatedFound) -> None:
        if message.round != self._related_round:
            return  # asked before the corpus changed
        if message.keep:
            self.related_memo.put((message.doc, message.passage), (message.entries, message.empty))
        if (message.doc, message.passage) != (self.doc, self.view.passage):
            return  # the reader has moved on
        heading = f"Related to ¶{message.passage + 1}"
        self.related.show(heading, message.entries, message.empty)
        if self.related_for != (message.doc, message.passage):
            self.related_for = (message.doc, message.passage)
            self._look_ahead_after_paint(message.doc, message.passage)
