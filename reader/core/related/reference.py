"""Provides the detection of cross-reference passages.

News pages carry lines that point to another story: "READ ALSO: Kim Jong-un to join
Xi, Putin at Beijing military parade", "Related: …", "See also: …". Such a line is a
headline of another story, not part of its own article's story, so the ranking judges
it by its own words rather than by the article that carries it.
"""

from __future__ import annotations

import re

MAX_CHARS = 240  # a headline, not a paragraph that happens to start with "Read"

_CUE = re.compile(
    r"^\W*(?:(?:also\s+)?(?:read|see|watch|listen)(?:\s+(?:also|more|next))?"
    r"|related(?:\s+(?:stories|story|articles?|coverage|news|reading))?"
    r"|more\s+on\s+this(?:\s+story)?|recommended|don'?t\s+miss)\s*[:|–—]",
    re.IGNORECASE,
)


def is_reference(text: str) -> bool:
    """Whether `text` is a line pointing to another story ("READ ALSO: <headline>")."""
    return len(text) <= MAX_CHARS and bool(_CUE.match(text))
