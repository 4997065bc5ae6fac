"""Provides the messages the indexing worker posts back to the main view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # the indexer is imported by the worker that runs it, after the first paint
    from reader.core.indexer import Progress


class Indexing(Message):
    """One step of indexing; plain progress steps replace each other in the queue."""

    def __init__(self, step: Progress) -> None:
        super().__init__()
        self.step = step

    def can_replace(self, message: Message) -> bool:
        return (
            isinstance(message, Indexing)
            and message.step.warning is None
            and self.step.warning is None
            and message.step.phase == self.step.phase == "index"
        )


class RelatedFound(Message):
    """Related passages for (doc, passage), computed in a worker.

    `round` is the screen's count of finished index runs when it was asked (an answer
    from before a re-index is dropped); `keep` is False for an error, never remembered.
    """

    def __init__(
        self, doc: str, passage: int, entries: list, empty: str, round: int, keep: bool = True
    ) -> None:
        super().__init__()
        self.doc = doc
        self.passage = passage
        self.entries = entries
        self.empty = empty
        self.round = round
        self.keep = keep


class FeedsUpdated(Message):
    """One feed fetched by the update worker (`step` is None when the update ended)."""

    def __init__(self, step, error: str | None = None) -> None:
        super().__init__()
        self.step = step
        self.error = error

    def can_replace(self, message: Message) -> bool:
        return (
            isinstance(message, FeedsUpdated)
            and message.step is not None
            and self.step is not None
            and message.step.status != "error"
            and message.step.new == 0
        )
