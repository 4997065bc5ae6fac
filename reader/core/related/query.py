"""Provides what a related-passages query is made of, read from the store.

A query is weighted terms (with their passage document frequencies from the FTS
vocabulary) plus weighted actors: those of the query passage and of its whole article.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from reader.core.related.cache import LRU
from reader.core.related.index import Stats
from reader.core.related.postings import article_actors, indexes
from reader.core.related.terms import TOKEN, content_terms, fold, tokens


@dataclass(slots=True)
class Query:
    """Terms and actors to match, each with a rarity weight."""

    doc: str
    terms: dict[str, float]  # term -> idf
    df: dict[str, int]  # term -> passages holding it
    elsewhere: dict[str, int]  # term -> passages of other articles holding it
    surface: dict[str, str]  # term -> first spelling in the query text
    actors: dict[str, float]  # actors of the query passage -> idf
    article_actors: dict[str, float]  # actors anywhere in the query article -> idf
    names: dict[str, str] = field(default_factory=dict)  # actor id -> display name
    kinds: dict[str, str] = field(default_factory=dict)  # actor id -> person, place…
    proper: frozenset[str] = frozenset()  # terms written capitalised mid-sentence
    text: str = ""  # the query passage (empty for an article or an actor)


def term_df(db: sqlite3.Connection, terms: list[str], cache: LRU | None = None) -> dict[str, int]:
    """Passages holding each term (the FTS vocabulary as of the last rebuild, see
    `index`; absent terms are left out). `cache` keeps the counts of one store
    generation (0 for a term the corpus lacks).
    """
    if not terms:
        return {}
    known = {t: cache.get(t) for t in terms} if cache is not None else {}
    missing = [t for t in terms if known.get(t) is None]
    if missing:
        marks = ",".join("?" * len(missing))
        found = dict(
            db.execute(f"SELECT term, df FROM rel_terms WHERE term IN ({marks})", missing)
        )
        if cache is None:
            return found
        for t in missing:
            known[t] = found.get(t, 0)
            cache.put(t, known[t])
    return {t: n for t, n in known.items() if n}


def actor_stats(db: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, int, int, str]]:
    """actor id -> (name, passages naming it, articles naming it, kind)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        "SELECT r.actor, coalesce(a.name, r.actor), r.passages, r.articles, coalesce(a.kind, '') "
        "FROM rel_actors r "
        f"LEFT JOIN actors a ON a.id = r.actor WHERE r.actor IN ({marks})",
        ids,
    )
    return {aid: (name, p, n, kind) for aid, name, p, n, kind in rows}


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n)$")


def proper_terms(text: str) -> set[str]:
    """Terms written with a capital letter other than at the start of a sentence."""
    found = set()
    for m in TOKEN.finditer(text):
        word = m.group()
        before = text[max(0, m.start() - 3) : m.start()]
        if word[0].isupper() and not _SENTENCE_START.search(before):
            found.add(fold(word))
    return found


def own_terms(db: sqlite3.Connection, doc: str) -> tuple[str, list[str], Counter[str]]:
    """(article text, passage texts, passages holding each term) of article `doc`."""
    row = db.execute("SELECT title, text FROM articles WHERE doc = ?", (doc,)).fetchone()
    if row is None:
        return "", [], Counter()
    title, text = row
    spans = db.execute("SELECT start, end FROM passages WHERE doc = ? ORDER BY idx", (doc,))
    passages = [text[s:e] for s, e in spans]
    own: Counter[str] = Counter()
    for i, body in enumerate(passages):
        own.update(set(tokens(f"{title} {body}" if i == 0 else body)))
    return f"{title}\n{text}", passages, own


def article_actor_rows(
    db: sqlite3.Connection, doc: str, cache: LRU | None = None
) -> list[tuple[int, str]]:
    """(passage, actor) for every passage of article `doc` and every actor it names."""
    found = article_actors(db, [doc], cache).get(doc, {})
    return [(i, a) for a, where in found.items() for i in indexes(where)]


def build(
    db: sqlite3.Connection,
    stats: Stats,
    doc: str,
    text: str,
    passage: int | None,
    own: Counter[str],
    max_terms: int | None = None,
) -> Query:
    """The query for `text` of article `doc` (passage `passage`, or None for the article).

    `own` counts the passages of the query's own article holding each term.
    """
    found = content_terms(text)
    df = term_df(db, list(found), stats.caches.terms)
    idf = {t: stats.idf(df.get(t, 1)) for t in found}
    if max_terms is not None and len(idf) > max_terms:
        shared = [t for t in idf if df.get(t, 1) > own.get(t, 0)]
        best = sorted(shared, key=lambda t: (-(idf[t] * (1 + found[t]) ** 0.5), t))
        idf = {t: idf[t] for t in best[:max_terms]}
    surface: dict[str, str] = {}
    for m in TOKEN.finditer(text):
        surface.setdefault(fold(m.group()), m.group())
    proper = frozenset(t for t in proper_terms(text) if t in idf)
    rows = article_actor_rows(db, doc, stats.caches.actors)
    in_article = Counter(a for _i, a in rows)
    in_passage = {a for i, a in rows if passage is None or i == passage}
    info = actor_stats(db, list(in_article))
    weight = {a: stats.actor_idf(info[a][1]) for a in in_article if a in info}
    return Query(
        doc=doc,
        terms=idf,
        df={t: df.get(t, 1) for t in idf},
        elsewhere={t: df.get(t, 1) - own.get(t, 0) for t in idf},
        surface=surface,
        actors={a: w for a, w in weight.items() if a in in_passage},
        article_actors=weight,
        names={a: info[a][0] for a in weight},
        kinds={a: info[a][3] for a in weight},
        proper=proper,
        text=text if passage is not None else "",
    )
