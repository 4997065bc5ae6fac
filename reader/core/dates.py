"""Provides `article_date`: an article's date as ISO 8601, from wherever it is given.

In order: the date the source gave (a feed item's, `published`/`date` in JSON), written
in any common form (ISO 8601, RFC 822, "3 December 2026", "Dec. 3, 2026"); a date line
near the top of the text ("Published: 2026-12-03", "December 3, 2026"); the file's time.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        1,
    )
    for m in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_DMY = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})")
_MDY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})")
HEAD_CHARS = 300  # a date line is looked for this far into the text


def normalise_date(value: str | None) -> str | None:
    """`value` as ISO 8601 ("2026-12-03" or "2026-12-03T14:00:00Z"); None if no date."""
    if not value or not value.strip():
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        try:
            stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return _ymd(int(m[1]), int(m[2]), int(m[3]))
        if stamp.tzinfo is None:
            return stamp.isoformat(timespec="seconds") if m[4] else stamp.date().isoformat()
        return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        from email.utils import parsedate_to_datetime  # ~10-40 ms to import: only for feeds

        return parsedate_to_datetime(value).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    return _prose_date(value)


def text_date(text: str) -> str | None:
    """A date written near the top of an article (a dateline or "Published:" line)."""
    head = text[:HEAD_CHARS]
    m = _ISO.search(head)
    if m:
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    return _prose_date(head)


def file_date(mtime_ns: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(mtime_ns / 1e9))


def _prose_date(text: str) -> str | None:
    for pattern in (_DMY, _MDY):
        m = pattern.search(text)
        if m:
            month = _MONTHS.get(m["month"].lower())
            if month:
                found = _ymd(int(m["year"]), month, int(m["day"]))
                if found:
                    return found
    return None


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None
