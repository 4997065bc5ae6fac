"""Provides text helpers that keep article data from ever being read as markup.

Everything shown from the corpus goes through `plain()` (control characters become
visible symbols of the same length, so character offsets still line up) and into a
`rich.text.Text` built from the plain string; styles are applied by offset only.
"""

from __future__ import annotations

import re

from rich.text import Text

_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?")
_CONTROL = {i: 0x2400 + i for i in range(32) if i != 10} | {127: 0x2421}


def plain(value: object) -> str:
    """`value` as a string whose control characters are visible symbols ("␛" for ESC)."""
    return str(value).translate(_CONTROL)


def one_line(value: object) -> str:
    return plain(value).replace("\n", " ")


def text(*parts: str | tuple[str, str]) -> Text:
    """A Text from plain parts: each a string or (string, style)."""
    out = Text()
    for part in parts:
        if isinstance(part, tuple):
            out.append(one_line(part[0]), style=part[1])
        else:
            out.append(one_line(part))
    return out


def snippet(body: str, start: int, end: int, width: int = 160) -> tuple[str, int]:
    """A window of about `width` characters of `body` around [start, end).

    Returns the window (with "…" where cut) and the offset to add to positions in
    `body` to get positions in the window.
    """
    left = max(0, start - width // 3)
    right = min(len(body), max(end, left + width))
    prefix = "…" if left > 0 else ""
    window = prefix + body[left:right] + ("…" if right < len(body) else "")
    return one_line(window), len(prefix) - left


def count(n: int, word: str) -> str:
    """ "1 article", "3 articles"."""
    return f"{n} {word}" + ("" if n == 1 else "s")


def styled(value: object, style) -> Text:
    """A one-line Text whose style covers only `value` (not what is appended later)."""
    out = Text()
    out.append(one_line(value), style=style)
    return out


def when(published: str, with_time: bool = False) -> str:
    """An ISO timestamp as a reader writes it ("2025-09-01", or "2025-09-01 10:00");
    any other form (an RSS date, "Tuesday") as it is."""
    m = _ISO.match(published)
    if m is None:
        return one_line(published)
    return f"{m[1]} {m[2]}" if with_time and m[2] else m[1]


def split_title(title: str, width: int) -> tuple[str, str]:
    """`title` cut at a space to fit `width` cells: (the first line, the rest or "")."""
    if len(title) <= width or width < 8:
        return title, ""
    cut = title.rfind(" ", 0, width + 1)
    if cut < width // 2:
        cut = width
    return title[:cut].rstrip(), title[cut:].lstrip()
