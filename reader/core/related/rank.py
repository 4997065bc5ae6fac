"""Provides the ranking of related passages for a passage, an article or an actor.

score = ( BM25(query terms, passage), names counting 1 + W_PROPER times
        + W_PASSAGE * sum of rarity of the actors both passages name
        + W_ARTICLE * sum of rarity of the actors both articles name
        + W_DOC * similarity of the two articles' signatures )
      * (1 + W_LEAD / (1 + passage index))          lead paragraphs carry the news
      * BOILERPLATE if the passage is a bare link or dateline
Near-duplicates are grouped under the best of them (see `dedup`).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter

from reader.core.related import signature
from reader.core.related.candidates import Candidate, fill_actors, fill_text, gather, locate
from reader.core.related.dedup import group
from reader.core.related.index import Stats, refresh
from reader.core.related.query import Query, actor_stats, build, own_terms
from reader.core.related.reasons import reason
from reader.core.related.result import Related
from reader.core.related.terms import counts

K1, B = 1.2, 0.75
W_PASSAGE = 1.0
W_ARTICLE = 0.3
W_PROPER = 1.0  # extra weight of a shared term written as a name (capitalised mid-sentence)
W_DOC = 20.0
W_DOCM = 0.0
W_CENTRAL = 2.0
DOC_POW = 0.5
W_QCENTRAL = 0.0
EXPLAIN = False
SAME_DOC = 0.7
W_LEAD = 0.3
BOILERPLATE = 0.5
_LINK = re.compile(r"https?\s*:|www\s*\.", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
ARTICLE_TERMS = 30  # an article query keeps its most characteristic terms


def related_to_passage(db: sqlite3.Connection, doc: str, passage: int, limit: int = 10):
    """Passages of other articles related to passage `passage` of `doc`, best first."""
    stats = refresh(db)
    _text, passages, own = own_terms(db, doc)
    if not 0 <= passage < len(passages):
        return []
    q = build(db, stats, doc, passages[passage], passage, own)
    return _results(db, q, _score(db, stats, q), limit)


def related_to_article(db: sqlite3.Connection, doc: str, limit: int = 10):
    """The best related passage of each other article related to article `doc`."""
    stats = refresh(db)
    text, passages, own = own_terms(db, doc)
    if not passages:
        return []
    q = build(db, stats, doc, text, None, own, max_terms=ARTICLE_TERMS)
    q.actors = dict(q.article_actors)
    best: dict[str, Candidate] = {}
    for c in _score(db, stats, q):
        if c.doc not in best:
            best[c.doc] = c
    return _results(db, q, list(best.values()), limit)


def related_to_actor(db: sqlite3.Connection, actor_id: str, limit: int = 20):
    """Passages naming `actor_id`, most mentions first, near-duplicates grouped."""
    stats = refresh(db)
    rows = db.execute(
        "SELECT doc, idx, n FROM rel_passage_actors WHERE actor = ? "
        "ORDER BY n DESC, idx, doc LIMIT ?",
        (actor_id, limit * 4),
    ).fetchall()
    if not rows:
        return []
    cands = {}
    for doc, idx, n in rows:
        cands[(doc, idx)] = Candidate(doc, idx, score=n + 1.0 / (1 + idx))
    fill_text(db, list(cands.values()))
    fill_actors(db, cands)
    ids = sorted({a for c in cands.values() for a in c.actors})
    info = actor_stats(db, ids)
    q = Query(
        doc="",
        terms={},
        df={},
        elsewhere={},
        surface={},
        actors={a: (10.0 if a == actor_id else stats.actor_idf(*info[a][1:])) for a in info},
        article_actors={},
        names={a: info[a][0] for a in info},
    )
    ranked = sorted(cands.values(), key=lambda c: (-c.score, c.doc, c.idx))
    return _results(db, q, ranked, limit)


def _score(db: sqlite3.Connection, stats: Stats, q: Query) -> list[Candidate]:
    """Candidates for `q`, scored, best first."""
    found = gather(db, stats, q)
    sigs = signature.load(db, sorted({q.doc} | {c.doc for c in found.values()}))
    mine = sigs.get(q.doc, {})
    for c in found.values():
        tf, length = counts(c.text)
        norm = K1 * (1 - B + B * length / stats.avg_len)
        lexical = sum(
            w * (1 + W_PROPER * (t in q.proper)) * tf[t] * (K1 + 1) / (tf[t] + norm)
            for t, w in q.terms.items()
            if t in tf
        )
        shared = sum(q.actors[a] for a in c.actors if a in q.actors)
        context = sum(q.article_actors[a] for a in c.article_actors if a in q.article_actors)
        theirs = sigs.get(c.doc, {})
        alike = signature.similarity(mine, theirs)
        central = signature.centrality(set(tf), theirs) if W_CENTRAL else 0.0
        qcentral = signature.centrality(set(tf), mine) if W_QCENTRAL else 0.0
        passage = lexical + W_PASSAGE * shared
        passage *= (1 + W_LEAD / (1 + c.idx)) * (1 + W_CENTRAL * central)
        passage *= 1 + W_QCENTRAL * qcentral
        c.score = passage + W_ARTICLE * context + W_DOC * alike
        if EXPLAIN:
            c.parts = dict(
                lex=lexical,
                shared=shared,
                ctx=context,
                alike=alike,
                central=central,
                qcentral=qcentral,
            )
        if boilerplate(c.text):
            c.score *= BOILERPLATE
    if DOC_POW and found:
        alikes = {
            d: signature.similarity(mine, sigs.get(d, {})) for d in {c.doc for c in found.values()}
        }
        top = max(alikes.values()) or 1.0
        for c in found.values():
            c.score *= (0.05 + alikes[c.doc] / top) ** DOC_POW
    ranked = sorted(found.values(), key=lambda c: (-c.score, c.doc, c.idx))
    if SAME_DOC != 1.0:
        seen: set[str] = set()
        for c in ranked:
            if c.doc in seen:
                c.score *= SAME_DOC
            seen.add(c.doc)
        ranked.sort(key=lambda c: (-c.score, c.doc, c.idx))
    return ranked


def boilerplate(text: str) -> bool:
    """A bare link, dateline or byline: no sentence worth reading."""
    return bool(_LINK.search(text)) or (len(text) < 60 and len(_WORD.findall(text)) < 4)


def _results(db: sqlite3.Connection, q: Query, ranked: list[Candidate], limit: int):
    out = []
    for head, dups in group([c for c in ranked if c.score > 0], lambda c: c.text, limit):
        where = locate(db, head.doc, head.idx)
        if where is None:
            continue
        shared = sorted((a for a in head.actors if a in q.actors), key=lambda a: -q.actors[a])
        names = [q.names.get(a, a) for a in shared]
        tf = Counter(counts(head.text)[0])
        words = sorted((t for t in q.terms if t in tf), key=lambda t: (-q.terms[t], t))
        out.append(
            Related(
                doc=head.doc,
                passage=head.idx,
                start=where[0],
                end=where[1],
                score=round(head.score, 4),
                actors=tuple(names),
                reason=reason(names, [q.surface.get(t, t) for t in words]),
                title=where[2],
                duplicates=tuple((d.doc, d.idx) for d in dups),
            )
        )
    return out
