"""Provides `Corpus`: the one facade the CLI and the UI query.

corpus = Corpus.open([Path("news/")])
for step in corpus.index(): ...          # incremental; yields Progress
corpus.articles(); corpus.article(id); corpus.mentions(doc=id); corpus.actors()
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader.core.checkpoint import Checkpoints
from reader.core.model import Actor, Article, Mention
from reader.core.store import Store, discard, open_db, store_path

if TYPE_CHECKING:  # imported where used: start-up only pays for what it paints
    from reader.core.actors import NameIndex
    from reader.core.indexer import Progress
    from reader.core.related.result import Related


class ArticleRow(NamedTuple):
    """One line of the article list (a named tuple: 100,000 of them are made at start-up)."""

    id: str
    title: str
    source: str | None
    published: str | None
    actors: int


@dataclass(frozen=True, slots=True)
class TextHit:
    """A full-text search hit: passage and a snippet with [match] marks as offsets.

    `also` counts the other articles carrying the identical passage (listed once).
    """

    doc: str
    title: str
    passage: int
    snippet: str
    marks: tuple[tuple[int, int], ...]
    score: float
    also: int = 0


class Corpus:
    """An opened corpus: its paths, its cache store and the queries over it."""

    def __init__(self, paths: list[Path], db_path: Path) -> None:
        self.paths = paths
        self.db_path = db_path
        self.notice: str | None = None
        db, self.notice = open_db(db_path)
        self.store = Store(db)
        self.checkpoints = Checkpoints(db_path)
        self._name_index: NameIndex | None = None

    @classmethod
    def open(cls, paths: list[Path] | None = None) -> Corpus:
        """Open (not yet index) the corpus made of `paths`.

        With no paths: the subscriptions' items when there are subscriptions, else the
        bundled sample corpus.
        """
        if not paths:
            from reader.core.feeds.store import default_corpus

            paths = [default_corpus()]
        return cls(list(paths), store_path(paths))

    @property
    def feed_folder(self) -> Path | None:
        """The feed store among the paths (the subscriptions' items), if any."""
        from reader.core.sources import FEED_STORE

        return next((p for p in self.paths if (p / FEED_STORE).is_file()), None)

    @property
    def name(self) -> str:
        names = [p.name or str(p) for p in self.paths]
        return ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")

    def index(self) -> Iterator[Progress]:
        """Bring the store up to date, yielding progress (run it in a worker).

        One process indexes a corpus at a time: while another does, a step of phase
        "wait" comes first, and indexing starts (finding little left to do) when it ends.
        A cache found damaged on the way is deleted and rebuilt, said in one warning.
        """
        from reader.core.indexer import Progress
        from reader.core.lock import FileLock
        from reader.core.model import LoadWarning
        from reader.core.sqlite import is_corrupt

        lock = FileLock(Path(f"{self.db_path}.lock"))
        try:
            if not lock.acquire(blocking=False):
                yield Progress(0, 0, 0, 0, self.count(), phase="wait")
                lock.acquire()
            try:
                yield from self._index_locked()
            except sqlite3.DatabaseError as exc:
                if not is_corrupt(exc):
                    raise
                self.rebuild()
                self.notice = f"index cache was damaged ({exc}); rebuilt it"
                yield Progress(0, 0, 0, 0, 0, warning=LoadWarning(str(self.db_path), self.notice))
                yield from self._index_locked()
        finally:
            lock.release()

    def _index_locked(self) -> Iterator[Progress]:
        from reader.core.indexer import run_index

        writer, _ = open_db(self.db_path)
        try:
            for step in run_index(Store(writer, self.checkpoints.request), self.paths):
                if step.phase == "done":  # forget names searched mid-way before anyone hears
                    self._name_index = None
                yield step
        finally:
            writer.close()
            self._name_index = None

    def rebuild(self) -> None:
        """Throw the cache away and start an empty one (`index()` fills it again)."""
        self.checkpoints.wait()
        self.store.db.close()
        discard(self.db_path)
        db, _ = open_db(self.db_path)
        self.store = Store(db)
        self._name_index = None

    def update(self) -> list:
        """Index to completion; the warnings met."""
        return [p.warning for p in self.index() if p.warning is not None]

    def close(self) -> None:
        self.checkpoints.wait()
        self.store.db.close()

    # -- articles -----------------------------------------------------------
    def articles(self, actor: str | None = None, limit: int = -1) -> list[ArticleRow]:
        """Every article in corpus order (the first `limit` only), or those naming `actor`."""
        sql = "SELECT doc, title, source, published, n_actors FROM articles"
        if actor is None:
            rows = self.store.db.execute(sql + " ORDER BY file, seq LIMIT ?", (limit,))
        else:
            rows = self.store.db.execute(
                sql + " WHERE doc IN (SELECT doc FROM mentions WHERE actor = ?) ORDER BY file, seq",
                (actor,),
            )
        return list(map(ArticleRow._make, rows))

    def article(self, doc: str) -> Article | None:
        return self.store.article(doc)

    def count(self) -> int:
        return self.store.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # -- actors -------------------------------------------------------------
    def mentions(self, doc: str | None = None, actor: str | None = None) -> list[Mention]:
        """Resolved mentions of one article, of one actor, or of the whole corpus."""
        return self.store.mentions(doc=doc, actor=actor)

    def actors(self, kind: str | None = None, sort: str = "mentions") -> list[Actor]:
        """Actors, filtered by kind, sorted by `mentions`, `articles` or `name`."""
        found = [a for a in self.store.actors() if kind in (None, a.kind)]
        if sort == "name":
            found.sort(key=lambda a: (a.name.casefold(), a.id))
        else:
            found.sort(key=lambda a: (-getattr(a, sort), a.name.casefold(), a.id))
        return found

    def actor(self, actor_id: str) -> Actor | None:
        found = self.store.actors(actor_id)
        return found[0] if found else None

    def search_actors(self, query: str, limit: int = 10) -> list[tuple[Actor, float]]:
        """Actors by what a person types: misspelled, partial, any case."""
        return self._names().search(query, limit)

    def find_actor(self, name: str) -> Actor | None:
        """The one actor a command means by `name`: the actor of exactly that name (any
        case or accents), else the first that `search_actors` finds."""
        index = self._names()
        found = index.named(name)
        if found is None:
            hits = index.search(name, 1)
            found = hits[0][0] if hits else None
        return found

    def _names(self) -> NameIndex:
        if self._name_index is None:
            from reader.core.actors import NameIndex

            self._name_index = NameIndex(self.store.actors())
        return self._name_index

    def cooccurring(self, actor_id: str, limit: int = 10) -> list[tuple[Actor, int]]:
        """Actors named in the same articles as `actor_id`, most shared articles first."""
        rows = self.store.db.execute(
            "SELECT m2.actor, count(DISTINCT m2.doc) FROM mentions m1 "
            "JOIN mentions m2 ON m1.doc = m2.doc AND m2.actor != m1.actor "
            "WHERE m1.actor = ? GROUP BY m2.actor",
            (actor_id,),
        ).fetchall()
        by_id = {a.id: a for a in self.store.actors()}
        counts = Counter({aid: n for aid, n in rows if aid in by_id})
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], by_id[kv[0]].name))
        return [(by_id[aid], n) for aid, n in ranked[:limit]]

    # -- who said what (reader.core.quotes) ----------------------------------
    def quotes(self, doc: str | None = None, actor: str | None = None) -> list:
        """Quotations of one article, of one speaker, or of the whole corpus."""
        from reader.core.quotes.stored import read_quotes

        return read_quotes(self.store.db, doc=doc, actor=actor)

    def timeline(self, actor: str, by: str = "day") -> list:
        """An actor's mentions, articles and quotations per day (or week)."""
        from reader.core.quotes.timeline import actor_timeline

        quoted = Counter(q.doc for q in self.quotes(actor=actor))
        return actor_timeline(self.store.db, actor, quoted, by)

    # -- full text ----------------------------------------------------------
    def grep(self, query: str, limit: int = 50) -> list[TextHit]:
        """Full-text search over titles and passages, best first, with match marks."""
        from reader.core.fulltext import search

        return search(self.store.db, query, limit)

    # -- related passages (reader.core.related) ------------------------------
    def prepare_related(self) -> None:
        """Build the related-passage data now (else the first related query does it).

        Cheap when nothing changed; after a re-index it takes ~0.4 s per 1,000 articles,
        so a UI runs it in its indexing worker.
        """
        from reader.core.related.index import refresh

        refresh(self.store.db)

    def related_to_passage(self, doc: str, passage: int, limit: int = 10) -> list[Related]:
        """Passages of other articles related to passage `passage` of `doc`, best first."""
        from reader.core.related.rank import related_to_passage

        return related_to_passage(self.store.db, doc, passage, limit)

    def related_to_actor(self, actor_id: str, limit: int = 20) -> list[Related]:
        """Passages across the corpus naming `actor_id`, best first."""
        from reader.core.related.rank import related_to_actor

        return related_to_actor(self.store.db, actor_id, limit)

    def related_to_article(self, doc: str, limit: int = 10) -> list[Related]:
        """The best related passage of each other article related to `doc`, best first."""
        from reader.core.related.rank import related_to_article

        return related_to_article(self.store.db, doc, limit)
