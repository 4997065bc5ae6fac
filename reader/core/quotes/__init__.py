"""Provides who said what: direct quotations in article text, attributed to actors.

`find_quotes(text, mentions)` (extract.py) finds quotation-mark spans, tells quotations
from titles and scare quotes, and attributes each to a speaker: an actor of the actor
layer when one is named (so user fixes carry over), else the speaker's description.
"""

from reader.core.quotes.extract import Quote, find_quotes

__all__ = ["Quote", "find_quotes"]
