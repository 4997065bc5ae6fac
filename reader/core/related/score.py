"""Provides the scoring of candidate passages against a query.

passage  = BM25(query terms, passage), names (capitalised mid-sentence) counting 1 + W_PROPER
         + W_PASSAGE * rarity of the actors both passages name
passage *= (1 + W_LEAD / (1 + index / LEAD_SCALE))    lead paragraphs carry the news
         * (1 + W_CENTRAL * centrality)              the passage states its article's story
score    = passage + W_ARTICLE * rarity of the actors both articles name
score   *= (0.05 + article similarity / best article similarity) ** DOC_POW
         * BOILERPLATE for a bare link or dateline, * SAME_ARTICLE for a second passage
           of an article already listed

Article similarity compares signatures (see `signature`), the query's widened by its
PRF_ARTICLES most similar candidate articles (pseudo-relevance feedback), so that a
story is told apart from another event of the same kind. Weights were set on the ECB+
dev topics with coarse, round values; see BENCHMARKS.md.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter

from reader.core.related import signature
from reader.core.related.candidates import Candidate, gather
from reader.core.related.index import Stats
from reader.core.related.query import Query
from reader.core.related.terms import counts

K1, B = 1.2, 0.75
W_PROPER = 0.5
W_PASSAGE = 1.5
W_LEAD, LEAD_SCALE = 1.5, 8.0
W_CENTRAL = 3.0
W_ARTICLE = 0.15
DOC_POW = 1.0
PRF_ARTICLES = 3
BOILERPLATE = 0.5
SAME_ARTICLE = 0.7
RERANK = 50  # candidates that get the costlier article-level terms

_LINK = re.compile(r"https?\s*:|www\s*\.", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def score(db: sqlite3.Connection, stats: Stats, q: Query) -> list[Candidate]:
    """Candidates for `q`, scored, best first (only the best RERANK get the article terms)."""
    found = list(gather(db, stats, q).values())
    if not found:
        return []
    known = stats.caches.passages
    terms: dict[int, Counter[str]] = {}
    matched: dict[int, float] = {}  # the passage-level part, damped for boilerplate
    for c in found:
        tf, length = known.get(c.pid) or _remember(known, c)
        norm = K1 * (1 - B + B * length / stats.avg_len)
        lexical = sum(
            w * (1 + W_PROPER * (t in q.proper)) * tf[t] * (K1 + 1) / (tf[t] + norm)
            for t, w in q.terms.items()
            if t in tf
        )
        shared = sum(q.actors[a] for a in c.actors if a in q.actors)
        terms[c.pid] = tf
        matched[c.pid] = (lexical + W_PASSAGE * shared) * (1 + W_LEAD / (1 + c.idx / LEAD_SCALE))
        if boilerplate(c.text):
            matched[c.pid] *= BOILERPLATE
        context = sum(q.article_actors[a] for a in c.article_actors if a in q.article_actors)
        c.score = matched[c.pid] + W_ARTICLE * context
    found.sort(key=lambda c: (-c.score, c.doc, c.idx))
    found = found[:RERANK]
    sigs = signature.load(db, sorted({q.doc} | {c.doc for c in found}), stats.caches.signatures)
    alike = _article_similarity(sigs.get(q.doc, {}), sigs, {c.doc for c in found})
    best = max(alike.values()) or 1.0
    for c in found:
        central = signature.centrality(terms[c.pid], sigs.get(c.doc, {}))
        c.score += matched[c.pid] * W_CENTRAL * central
        c.score *= (0.05 + alike[c.doc] / best) ** DOC_POW
    found.sort(key=lambda c: (-c.score, c.doc, c.idx))
    seen: set[str] = set()
    for c in found:
        if c.doc in seen:
            c.score *= SAME_ARTICLE
        seen.add(c.doc)
    found.sort(key=lambda c: (-c.score, c.doc, c.idx))
    return found


def _remember(known, c: Candidate) -> tuple[Counter[str], int]:
    found = counts(c.text)
    known.put(c.pid, found)
    return found


def _article_similarity(
    mine: signature.Signature, sigs: dict[str, signature.Signature], docs: set[str]
) -> dict[str, float]:
    """Similarity of each candidate article to the query's, widened by its nearest ones."""
    first = {d: signature.similarity(mine, sigs.get(d, {})) for d in docs}
    centroid = dict(mine)
    for d in sorted(first, key=lambda d: (-first[d], d))[:PRF_ARTICLES]:
        for t, w in sigs.get(d, {}).items():
            centroid[t] = centroid.get(t, 0.0) + first[d] * w
    return {d: signature.similarity(centroid, sigs.get(d, {})) for d in docs}


def boilerplate(text: str) -> bool:
    """A bare link, dateline or byline: no sentence worth reading."""
    return bool(_LINK.search(text)) or (len(text) < 60 and len(_WORD.findall(text)) < 4)
