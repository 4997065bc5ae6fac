"""Provides related passages for a passage, an article or an actor, as `Related` results.

Candidates are scored by `score`; near-duplicates are grouped under the best of them
(see `dedup`); each result says why it is related (see `reasons`).
"""

from __future__ import annotations

import sqlite3

from reader.core.model import KINDS
from reader.core.related.candidates import Candidate, fill_actors, load_passages, locate
from reader.core.related.dedup import group
from reader.core.related.index import Stats, refresh
from reader.core.related.query import Query, actor_stats, build, own_terms
from reader.core.related.reasons import reason, telling_words
from reader.core.related.result import Related
from reader.core.related.score import score
from reader.core.related.terms import fold, tokens

ARTICLE_TERMS = 30  # an article query keeps its most characteristic terms
KIND_ORDER = {kind: n for n, kind in enumerate(KINDS)}  # who first, then where
MIN_SHARED_TERMS = 2  # without a shared actor or a link, a passage needs this many terms
RARE_TERM_IDF = 4.0  # ... or one term this rare (BM25 idf: df under ~2 % of the passages)


def related_to_passage(
    db: sqlite3.Connection, doc: str, passage: int, limit: int = 10
) -> list[Related]:
    """Passages of other articles related to passage `passage` of `doc`, best first.

    An answer already given in this store generation is given again without work.
    """
    stats = refresh(db)
    key = (doc, passage, limit)
    found = stats.caches.results.get(key)
    if found is None:
        _text, passages, own = _own_terms(db, stats, doc)
        if not 0 <= passage < len(passages):
            return []
        q = build(db, stats, doc, passages[passage], passage, own)
        found = tuple(_results(db, q, score(db, stats, q), limit))
        stats.caches.results.put(key, found)
    return list(found)


def _own_terms(db: sqlite3.Connection, stats: Stats, doc: str):
    """`own_terms` of `doc`, kept for the next paragraph of the same article."""
    found = stats.caches.articles.get(doc)
    if found is None:
        found = own_terms(db, doc)
        stats.caches.articles.put(doc, found)
    return found


def related_to_article(db: sqlite3.Connection, doc: str, limit: int = 10) -> list[Related]:
    """The best related passage of each other article related to article `doc`."""
    stats = refresh(db)
    text, passages, own = _own_terms(db, stats, doc)
    if not passages:
        return []
    q = build(db, stats, doc, text, None, own, max_terms=ARTICLE_TERMS)
    q.actors = dict(q.article_actors)
    best: dict[str, Candidate] = {}
    for c in score(db, stats, q):
        if c.doc not in best:
            best[c.doc] = c
    return _results(db, q, list(best.values()), limit)


def related_to_actor(db: sqlite3.Connection, actor_id: str, limit: int = 20) -> list[Related]:
    """Passages naming `actor_id`, most mentions first, near-duplicates grouped."""
    stats = refresh(db)
    rows = db.execute(
        "SELECT pid, n FROM rel_passage_actors WHERE actor = ? ORDER BY n DESC, idx, pid LIMIT ?",
        (actor_id, limit * 4),
    ).fetchall()
    if not rows:
        return []
    mentions = dict(rows)
    cands = load_passages(db, sorted(mentions))
    fill_actors(db, cands, None, stats.caches.actors)
    for c in cands:
        c.score = mentions[c.pid] + 1.0 / (1 + c.idx)
    info = actor_stats(db, sorted({a for c in cands for a in c.actors}))
    q = Query(
        doc="",
        terms={},
        df={},
        elsewhere={},
        surface={},
        actors={a: (10.0 if a == actor_id else stats.actor_idf(info[a][1])) for a in info},
        article_actors={},
        names={a: info[a][0] for a in info},
        kinds={a: info[a][3] for a in info},
    )
    ranked = sorted(cands, key=lambda c: (-c.score, c.doc, c.idx))
    return _results(db, q, ranked, limit)


def _evidence(head: Candidate, q: Query, shared_terms: list[str]) -> bool:
    """Several shared terms, one rare term (in under ~2 % of the passages) or name, or an
    actor shared by the two articles."""
    if len(shared_terms) >= MIN_SHARED_TERMS:
        return True
    if any(t in q.proper or q.terms[t] >= RARE_TERM_IDF for t in shared_terms):
        return True
    return any(a in q.article_actors for a in head.article_actors)


def _results(
    db: sqlite3.Connection, q: Query, ranked: list[Candidate], limit: int
) -> list[Related]:
    out = []
    for head, dups in group(
        [c for c in ranked[: limit * 5] if c.score > 0], lambda c: c.text, limit
    ):
        where = locate(db, head.doc, head.idx)
        if where is None:
            continue
        shared = sorted(
            (a for a in head.actors if a in q.actors),
            key=lambda a: (KIND_ORDER.get(q.kinds.get(a, ""), len(KINDS)), -q.actors[a], a),
        )
        names = [q.names.get(a, a) for a in shared]
        order = {t: i for i, t in reversed(list(enumerate(tokens(head.text))))}
        shared_terms = sorted((t for t in q.terms if t in order), key=lambda t: (-q.terms[t], t))
        if not (shared or head.cites or _evidence(head, q, shared_terms)):
            continue  # one shared word ("met") is no evidence
        words = telling_words(names, [q.surface.get(t, t) for t in shared_terms])
        words.sort(key=lambda w: order[fold(w)])  # "central bank", as written
        out.append(
            Related(
                doc=head.doc,
                passage=head.idx,
                start=where[0],
                end=where[1],
                score=round(head.score, 4),
                actors=tuple(names),
                reason=reason(names, words, head.cites),
                title=where[2],
                duplicates=tuple((d.doc, d.idx) for d in dups),
                words=tuple(words),
                cites=head.cites,
            )
        )
    return out
