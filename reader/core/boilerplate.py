"""Provides `is_boilerplate()`: teaser and page-furniture lines that are not article text.

Pages copied from news sites keep lines such as "READ ALSO: <another headline>",
"Read more", "Related: …", "Subscribe to our newsletter", "Follow us on X", share
buttons and copyright notices. They are links or furniture, not paragraphs: they are
left out of the passages (so out of search and related results too).
"""

from __future__ import annotations

import re

MAX_LENGTH = 240  # a longer paragraph is article text whatever its first words

_STARTS = re.compile(
    r"""^[\W_]*(?:
        read\ (?:also|more|next)\b | also\ read\b | see\ also\b | more\ on\ this\b
      | related(?:\ (?:articles?|stories|story|coverage|news|content|posts?|reading))?\s*:
      | (?:please\ )?subscribe\b | sign\ up\ (?:for|to)\b | follow\ us\b | like\ us\ on\b
      | share\ (?:this|on|via)\b | click\ (?:here\ )?to\ share\b | share\s*$
      | ©|\(c\)\s*\d{4}|copyright\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_ANYWHERE = re.compile(r"\ball rights reserved\b", re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """True for a teaser, share, subscribe or copyright line (short, by its words)."""
    line = line.strip()
    if not line or len(line) > MAX_LENGTH:
        return False
    return bool(_STARTS.match(line) or _ANYWHERE.search(line))
