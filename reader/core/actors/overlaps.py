"""Provides `Overlaps`: an article's mentions found by position through bisection.

Scanning every mention of an article for each sentence opening or title line made a long
article quadratic; these lookups cost the log of the mentions plus what they return.
"""

from __future__ import annotations

from bisect import bisect_left

from ..model import RawMention


class Overlaps:
    """The mentions of one article, by where they stand."""

    def __init__(self, mentions: list[RawMention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def __call__(self, start: int, end: int) -> list[RawMention]:
        """The mentions that overlap `start`..`end`, in text order."""
        lo = bisect_left(self.starts, start - self.longest)
        return [m for m in self.mentions[lo:bisect_left(self.starts, end)] if m.end > start]

    def starting_in(self, start: int, end: int) -> list[RawMention]:
        """The mentions that start within `start`..`end`, in text order."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]
