"""Provides the scoring of candidate passages against a query.

passage  = BM25(query terms, passage), names (capitalised mid-sentence) counting 1 + W_PROPER
         + W_PASSAGE * rarity of the actors both passages name
passage *= (1 + W_LEAD / (1 + index / LEAD_SCALE))    lead paragraphs carry the news
         * (1 + W_CENTRAL * centrality)              the passage states its article's story
score    = passage + W_ARTICLE * rarity of the actors both articles name
score   *= (0.05 + article similarity / best article similarity) ** DOC_POW
         * BOILERPLATE for a bare link or dateline, * SAME_ARTICLE for a second passage
           of an article already listed, * CITES for a line naming the query's article

Article similarity compares signatures (see `signature`), the query's widened by its
PRF_ARTICLES most similar candidate articles (pseudo-relevance feedback), so that a
story is told apart from another event of the same kind. A cross-reference line
("READ ALSO: <headline>", see `reference`) stands for the story it names: its own words
take the place of its article's signature, and when that story is the query's own
article rather than any other candidate's, the line links to it. Weights were set on the ECB+
dev topics with coarse, round values; see BENCHMARKS.md.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter

from reader.core.related import signature
from reader.core.related.candidates import Candidate, gather
from reader.core.related.index import Stats
from reader.core.related.query import Query, term_df
from reader.core.related.reference import is_reference
from reader.core.related.terms import content_terms, counts

K1, B = 2.0, 0.75
W_PROPER = 0.5
W_PASSAGE = 1.5
W_LEAD, LEAD_SCALE = 1.5, 8.0
W_CENTRAL = 3.0
W_ARTICLE = 0.15
DOC_POW = 1.0
PRF_ARTICLES = 3
BOILERPLATE = 0.5
SAME_ARTICLE = 0.8
CITES = 2.0  # a line naming the query's own article as its story: a link to it
MIN_CITES = 0.1
RERANK = 50  # candidates that get the costlier article-level terms

_LINK = re.compile(r"https?\s*:|www\s*\.", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def score(db: sqlite3.Connection, stats: Stats, q: Query) -> list[Candidate]:
    """Candidates for `q`, scored, best first (only the best RERANK get the article terms)."""
    found = list(gather(db, stats, q).values())
    if not found:
        return []
    known = stats.caches.passages  # term counts by text: copies of a wire story share them
    by_text: dict[str, tuple[float, bool]] = {}  # text -> (BM25 part, boilerplate)
    terms: dict[int, Counter[str]] = {}
    matched: dict[int, float] = {}  # the passage-level part, damped for boilerplate
    for c in found:
        tf, length = known.get(c.text) or _remember(known, c.text)
        if c.text not in by_text:
            norm = K1 * (1 - B + B * length / stats.avg_len)
            lexical = sum(
                w * (1 + W_PROPER * (t in q.proper)) * tf[t] * (K1 + 1) / (tf[t] + norm)
                for t, w in q.terms.items()
                if t in tf
            )
            by_text[c.text] = lexical, boilerplate(c.text)
        lexical, damped = by_text[c.text]
        # fsum: the same total whatever order the sets give (no ties broken by hash seed)
        shared = math.fsum(q.actors[a] for a in c.actors if a in q.actors)
        terms[c.pid] = tf
        matched[c.pid] = (lexical + W_PASSAGE * shared) * (1 + W_LEAD / (1 + c.idx / LEAD_SCALE))
        if damped:
            matched[c.pid] *= BOILERPLATE
        context = math.fsum(q.article_actors[a] for a in c.article_actors if a in q.article_actors)
        c.score = matched[c.pid] + W_ARTICLE * context
    found.sort(key=lambda c: (-c.score, c.doc, c.idx))
    found = found[:RERANK]
    sigs = signature.load(db, sorted({q.doc} | {c.doc for c in found}), stats.caches.signatures)
    # a cross-reference line stands for the story it names, not for its own article
    story = {c.pid: _passage_signature(db, stats, c.text) for c in found if is_reference(c.text)}
    references = set(story)
    mine = _passage_signature(db, stats, q.text) if is_reference(q.text) else sigs.get(q.doc, {})
    centroid = _widened(mine, sigs, {c.doc for c in found})
    for c in found:
        if c.pid in references:
            c.cites = _cites(story[c.pid], q.doc, c.doc, sigs)
        else:
            story[c.pid] = sigs.get(c.doc, {})
    alike = {c.pid: signature.similarity(centroid, story[c.pid]) for c in found}
    best = max(alike.values()) or 1.0
    for c in found:
        central = signature.centrality(terms[c.pid], story[c.pid])
        c.score += matched[c.pid] * W_CENTRAL * central
        c.score *= (0.05 + alike[c.pid] / best) ** DOC_POW * (CITES if c.cites else 1.0)
    found.sort(key=lambda c: (-c.score, c.doc, c.idx))
    seen: set[str | int] = set()
    for c in found:
        story_key = c.pid if c.pid in references else c.doc
        if story_key in seen:
            c.score *= SAME_ARTICLE
        seen.add(story_key)
    found.sort(key=lambda c: (-c.score, c.doc, c.idx))
    return found


def _remember(known, text: str) -> tuple[Counter[str], int]:
    found = counts(text)
    known.put(text, found)
    return found


def _widened(
    mine: signature.Signature, sigs: dict[str, signature.Signature], docs: set[str]
) -> signature.Signature:
    """The query's signature widened by its nearest candidate articles (pseudo-relevance
    feedback), so that a story is told apart from another event of the same kind."""
    first = {d: signature.similarity(mine, sigs.get(d, {})) for d in docs}
    centroid = dict(mine)
    for d in sorted(first, key=lambda d: (-first[d], d))[:PRF_ARTICLES]:
        for t, w in sigs.get(d, {}).items():
            centroid[t] = centroid.get(t, 0.0) + first[d] * w
    return centroid


def _cites(
    story: signature.Signature, doc: str, host: str, sigs: dict[str, signature.Signature]
) -> bool:
    """Whether a cross-reference line (its `story`, carried by article `host`) names
    article `doc` rather than any other candidate article."""
    named = signature.similarity(story, sigs.get(doc, {}))
    others = (signature.similarity(story, sig) for d, sig in sigs.items() if d not in (doc, host))
    return named >= MIN_CITES and named >= max(others, default=0.0)


def _passage_signature(db: sqlite3.Connection, stats: Stats, text: str) -> signature.Signature:
    """A signature of one passage's own words (for a line that names another story)."""
    found = list(content_terms(text))
    return signature.compute(text, term_df(db, found, stats.caches.terms), stats.passages)


def boilerplate(text: str) -> bool:
    """A bare link, dateline or byline: no sentence worth reading."""
    return bool(_LINK.search(text)) or (len(text) < 60 and len(_WORD.findall(text)) < 4)
