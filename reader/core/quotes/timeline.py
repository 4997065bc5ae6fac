"""Provides `actor_timeline`: an actor's mentions and quotations per day or week.

An article's date is the one it carries (feed item, JSON `published`, a date line in
its text), else its file's time.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One day (or the Monday of a week) of an actor's timeline."""

    date: str
    mentions: int
    articles: int
    quotes: int = 0


def article_days(db: sqlite3.Connection, docs: list[str]) -> dict[str, str]:
    """doc -> ISO day, from the article's date or its file's time."""
    found: dict[str, str] = {}
    for start in range(0, len(docs), 500):
        chunk = docs[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT a.doc, a.published, f.mtime_ns FROM articles a LEFT JOIN files f"
            f" ON f.rel = a.file WHERE a.doc IN ({marks})",
            chunk,
        )
        for doc, published, mtime_ns in rows:
            if published and published[:4].isdigit() and published[4:5] == "-":
                found[doc] = published[:10]
            elif mtime_ns:
                found[doc] = time.strftime("%Y-%m-%d", time.gmtime(mtime_ns / 1e9))
    return found


def actor_timeline(
    db: sqlite3.Connection, actor: str, quote_docs: Counter[str], by: str = "day"
) -> list[TimelinePoint]:
    """Mentions, articles and quotations (`quote_docs`: doc -> count) per day or week."""
    per_doc = Counter(
        dict(
            db.execute("SELECT doc, count(*) FROM mentions WHERE actor = ? GROUP BY doc", (actor,))
        )
    )
    days = article_days(db, sorted(per_doc))
    mentions: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    quotes: Counter[str] = Counter()
    for doc, n in per_doc.items():
        day = days.get(doc)
        if day is None:
            continue
        key = _week(day) if by == "week" else day
        mentions[key] += n
        articles[key] += 1
        quotes[key] += quote_docs.get(doc, 0)
    return [TimelinePoint(k, mentions[k], articles[k], quotes[k]) for k in sorted(mentions)]


def _week(day: str) -> str:
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


def daily_counts(points: list[TimelinePoint], days: int = 60) -> list[int]:
    """Mentions per day from the first point to the last (the last `days`), 0 for none."""
    if not points:
        return []
    by_day = {p.date: p.mentions for p in points}
    end = date.fromisoformat(points[-1].date)
    start = max(date.fromisoformat(points[0].date), end - timedelta(days=days - 1))
    return [
        by_day.get((start + timedelta(days=n)).isoformat(), 0)
        for n in range((end - start).days + 1)
    ]
