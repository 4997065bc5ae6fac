"""Provides the rebuildable index store: one SQLite cache database per opened corpus."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from reader.core import changes, rawagg, texts
from reader.core import resolution as resolution_writer
from reader.core.checkpoint import LOG_PAGES
from reader.core.model import Actor, Article, Mention, Passage, RawMention
from reader.core.quotes import stored as quotes
from reader.core.sqlite import Migration, SchemaError, connect, is_busy

APP_ID = 0x4E524331  # "NRC1"

MIGRATIONS: list[Migration] = [
    """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE files(rel TEXT PRIMARY KEY, size INT, mtime_ns INT, hash TEXT, warning TEXT);
    CREATE TABLE articles(
        doc TEXT PRIMARY KEY, file TEXT NOT NULL, seq INT NOT NULL, title TEXT NOT NULL,
        text TEXT NOT NULL, source TEXT, url TEXT, published TEXT, authors TEXT,
        n_actors INT NOT NULL DEFAULT 0);
    CREATE INDEX articles_file ON articles(file, seq);
    CREATE TABLE passages(id INTEGER PRIMARY KEY, doc TEXT NOT NULL, idx INT NOT NULL,
        start INT, end INT, UNIQUE(doc, idx));
    CREATE VIRTUAL TABLE passages_fts USING fts5(
        doc UNINDEXED, idx UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2');
    CREATE TABLE raw_mentions(doc TEXT NOT NULL, seq INT NOT NULL, start INT, end INT,
        text TEXT, kind TEXT, key TEXT, role TEXT, PRIMARY KEY(doc, seq)) WITHOUT ROWID;
    CREATE TABLE mentions(doc TEXT NOT NULL, seq INT NOT NULL, start INT, end INT,
        text TEXT, actor TEXT NOT NULL, PRIMARY KEY(doc, seq)) WITHOUT ROWID;
    CREATE INDEX mentions_actor ON mentions(actor, doc, start);
    CREATE TABLE actors(id TEXT PRIMARY KEY, name TEXT, kind TEXT, mentions INT,
        articles INT, aliases TEXT, roles TEXT);
    """,
    # 2: related passages (reader.core.related.index) - derived, rebuilt per generation.
    """
    CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, row);
    CREATE TABLE rel_passage_actors(actor TEXT NOT NULL, doc TEXT NOT NULL, idx INT NOT NULL,
        n INT NOT NULL, PRIMARY KEY(actor, doc, idx)) WITHOUT ROWID;
    CREATE INDEX rel_passage_actors_doc ON rel_passage_actors(doc, idx);
    CREATE TABLE rel_actors(actor TEXT PRIMARY KEY, passages INT NOT NULL,
        articles INT NOT NULL) WITHOUT ROWID;
    CREATE TABLE rel_signatures(doc TEXT PRIMARY KEY, article INT NOT NULL,
        terms TEXT NOT NULL, weights BLOB NOT NULL) WITHOUT ROWID;
    """,
    # 3: the article list is read from a covering index, never from the article text.
    """
    CREATE INDEX articles_list ON articles(file, seq, doc, title, source, published, n_actors);
    """,
    # 4: related passages keyed by passage id; one row of actors per article.
    """
    DROP TABLE rel_passage_actors;
    CREATE TABLE rel_passage_actors(actor TEXT NOT NULL, pid INT NOT NULL, doc TEXT NOT NULL,
        idx INT NOT NULL, n INT NOT NULL, PRIMARY KEY(actor, pid)) WITHOUT ROWID;
    CREATE TABLE rel_article_actors(doc TEXT PRIMARY KEY, actors TEXT NOT NULL) WITHOUT ROWID;
    DELETE FROM meta WHERE key = 'related_generation';
    """,
    # 5: full-text ranking: title matches weigh 4x (read by ORDER BY rank).
    """
    INSERT INTO passages_fts(passages_fts, rank) VALUES ('rank', 'bm25(0.0, 0.0, 4.0, 1.0)');
    """,
    # 6: actor postings as a plain table whose covering index is built after each reload.
    """
    DROP TABLE rel_passage_actors;
    CREATE TABLE rel_passage_actors(actor TEXT NOT NULL, pid INT NOT NULL, doc TEXT NOT NULL,
        idx INT NOT NULL, n INT NOT NULL);
    CREATE INDEX rel_passage_actors_actor ON rel_passage_actors(actor, n, pid, doc, idx);
    DELETE FROM meta WHERE key = 'related_generation';
    """,
    # 7: identical passages are searched once (reader.core.texts).
    texts.migrate,
    # 8: related passages read term frequencies from a table (the vocabulary walks postings).
    """
    CREATE TABLE rel_terms(term TEXT PRIMARY KEY, df INT NOT NULL, cnt INT NOT NULL)
        WITHOUT ROWID;
    DELETE FROM meta WHERE key = 'related_generation';
    """,
    # 9: who said what (reader.core.quotes.stored).
    quotes.migrate,
    # 10: quotations keyed by their speaker's actor (reader.core.quotes.stored).
    quotes.migrate_speakers,
    # 11: the language assumed for an article, where it is not English.
    """
    CREATE TABLE article_langs(doc TEXT PRIMARY KEY, lang TEXT NOT NULL) WITHOUT ROWID;
    """,
    # 12: incremental derived layers: what changed since the related layer was built,
    # the aggregates of raw mentions resolution reads, the last resolution written.
    changes.MIGRATION + rawagg.MIGRATION + resolution_writer.MIGRATION,
    # 13: what actors lose with dropped articles, so an update counts only the touched.
    resolution_writer.LOSSES_MIGRATION,
]


def store_path(paths: Iterable[Path]) -> Path:
    """Where the cache for the corpus made of `paths` lives."""
    from reader.paths import cache_dir

    key = "\n".join(sorted(str(p.resolve()) for p in paths))
    digest = hashlib.blake2b(key.encode(), digest_size=10).hexdigest()
    folder = cache_dir() / "corpora"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{digest}.sqlite"


def open_db(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """Open the cache at `path`; a corrupt or newer one is replaced (the reason is returned).

    A cache another process keeps locked is waited for, never taken for corrupt.
    """
    try:
        db = connect(path, APP_ID, MIGRATIONS)
        db.execute("SELECT count(*) FROM files").fetchone()
        reason = None
    except (SchemaError, sqlite3.DatabaseError) as exc:
        if is_busy(exc):
            raise
        reason = f"index cache was rebuilt: {exc}"
        discard(path)
        db = connect(path, APP_ID, MIGRATIONS)
    db.execute(f"PRAGMA wal_autocheckpoint = {LOG_PAGES}")  # the indexer asks for the rest
    return db, reason


def discard(path: Path) -> None:
    """Delete the cache at `path` and its WAL files: the next open starts it afresh."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def file_hash(path: Path) -> str:
    """Content hash of a file, read in chunks."""
    h = hashlib.blake2b(digest_size=16)
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class Store:
    """Reads and writes the cache tables; a writer's transactions end in `commit()`,
    which tells `committed` (e.g. to checkpoint the log in the background)."""

    def __init__(self, db: sqlite3.Connection,
                 committed: Callable[[], None] | None = None) -> None:
        self.db = db
        self.committed = committed
        self._passage_id: int | None = None  # next free passage id while writing

    def commit(self) -> None:
        self.db.execute("COMMIT")
        if self.committed is not None:
            self.committed()

    # -- files --------------------------------------------------------------
    def files(self) -> dict[str, tuple[int, int, str, str | None]]:
        """rel -> (size, mtime_ns, hash, stored warning) of every indexed file."""
        rows = self.db.execute("SELECT rel, size, mtime_ns, hash, warning FROM files")
        return {rel: (size, mtime, h, w) for rel, size, mtime, h, w in rows}

    def set_file(
        self, rel: str, size: int, mtime_ns: int, digest: str, warning: str | None
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
            (rel, size, mtime_ns, digest, warning),
        )

    def drop_file(self, rel: str) -> None:
        """Forget a file and everything indexed from it."""
        docs = [r[0] for r in self.db.execute("SELECT doc FROM articles WHERE file = ?", (rel,))]
        for doc in docs:
            self.drop_article(doc)
        self.db.execute("DELETE FROM files WHERE rel = ?", (rel,))

    # -- articles -----------------------------------------------------------
    def drop_article(self, doc: str) -> None:
        changes.forget_doc(self.db, doc)
        rawagg.drop(self.db, doc)
        resolution_writer.dropped(self.db, doc)
        texts.forget(self.db, doc)
        tables = ("articles", "passages", "raw_mentions", "mentions", "quotes", "article_langs")
        for table in tables:
            self.db.execute(f"DELETE FROM {table} WHERE doc = ?", (doc,))

    def has_article(self, doc: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM articles WHERE doc = ?", (doc,)).fetchone() is not None
        )

    def put_article(self, file: str, seq: int, a: Article) -> None:
        changes.mark_docs(self.db, (a.id,), text=True)
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (
                a.id,
                file,
                seq,
                a.title,
                a.text,
                a.source,
                a.url,
                a.published,
                json.dumps(list(a.authors)) if a.authors else None,
            ),
        )
        first = self._next_passage_id()
        items = [
            (first + p.index, p.index, a.title if p.index == 0 else "", a.text[p.start : p.end])
            for p in a.passages
        ]
        keys = texts.add(self.db, a.id, items) if items else []
        self.db.executemany(
            "INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?)",
            [
                (first + p.index, a.id, p.index, p.start, p.end, h)
                for p, h in zip(a.passages, keys, strict=True)
            ],
        )
        self._passage_id = first + len(a.passages)

    def _next_passage_id(self) -> int:
        if self._passage_id is None:
            row = self.db.execute("SELECT max(id) FROM passages").fetchone()
            self._passage_id = (row[0] or 0) + 1
        return self._passage_id

    def put_language(self, doc: str, lang: str) -> None:
        """Record the language assumed for `doc` (only kept when it is not English)."""
        if lang != "en":
            self.db.execute("INSERT OR REPLACE INTO article_langs VALUES (?, ?)", (doc, lang))

    def put_raw_mentions(self, doc: str, raw: list[RawMention]) -> None:
        self.db.executemany(
            "INSERT INTO raw_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc, i, m.start, m.end, m.text, m.kind, m.key, m.role) for i, m in enumerate(raw)],
        )
        rawagg.add(self.db, doc, raw)
        resolution_writer.stored(self.db, doc)

    def article(self, doc: str) -> Article | None:
        row = self.db.execute(
            "SELECT doc, title, text, source, url, published, authors FROM articles WHERE doc = ?",
            (doc,),
        ).fetchone()
        if row is None:
            return None
        passages = tuple(
            Passage(doc, i, s, e)
            for i, s, e in self.db.execute(
                "SELECT idx, start, end FROM passages WHERE doc = ? ORDER BY idx", (doc,)
            )
        )
        return Article(
            row[0],
            row[1],
            row[2],
            passages,
            row[3],
            row[4],
            row[5],
            tuple(json.loads(row[6])) if row[6] else (),
            self._language(doc),
        )

    def _language(self, doc: str) -> str:
        row = self.db.execute("SELECT lang FROM article_langs WHERE doc = ?", (doc,)).fetchone()
        return row[0] if row else "en"

    def distinct_mentions(self) -> list[tuple[RawMention, int]]:
        """Each distinct (text, kind, key, role) of the corpus with how often it occurs,
        ordered by those (see `rawagg`).

        Resolution depends on these alone (never on offsets or on which article),
        so it runs on them instead of every mention: memory grows with the names
        in the corpus, not with its size.
        """
        return [(RawMention(0, 0, *t), n) for t, n in rawagg.distinct(self.db)]

    def article_keys(self) -> dict[str, tuple[str, ...]]:
        """Each article's distinct in-article mention keys: the context resolution reads."""
        return rawagg.article_keys(self.db)

    def put_resolution(
        self, distinct: list[tuple[RawMention, int]], resolve, full: bool = False
    ) -> set[str]:
        """Resolve `distinct` mentions with `resolve(raw, articles)` and store mentions and
        actors (only what changed, see `resolution`); the articles whose mentions changed.

        Each distinct mention is one pseudo-document holding it 1 + log2(count) times,
        so frequent spellings weigh more in votes (kind, canonical name) without one
        object per mention. Counts and article numbers are then taken from SQL.
        `full`: compare every mention (the user's fixes changed).
        """
        raw = {f"{i:09d}": [m] * n.bit_length() for i, (m, n) in enumerate(distinct)}
        resolution = resolve(raw, self.article_keys())
        assign = [resolution.assign[doc] for doc in raw]
        docs = resolution_writer.write(
            self.db, distinct, assign, resolution.context, resolution.actors, full
        )
        changes.mark_docs(self.db, sorted(docs), text=False)
        return docs

    def mentions(self, doc: str | None = None, actor: str | None = None) -> list[Mention]:
        sql = (
            "SELECT m.doc, m.start, m.end, m.text, m.actor, a.name, a.kind "
            "FROM mentions m JOIN actors a ON a.id = m.actor"
        )
        if doc is not None:
            rows = self.db.execute(sql + " WHERE m.doc = ? ORDER BY m.start", (doc,))
        elif actor is not None:
            rows = self.db.execute(sql + " WHERE m.actor = ? ORDER BY m.doc, m.start", (actor,))
        else:
            rows = self.db.execute(sql + " ORDER BY m.doc, m.start")
        return [Mention(*r) for r in rows]

    def actors(self, actor_id: str | None = None) -> list[Actor]:
        """Every actor, or the one with `actor_id`."""
        sql = "SELECT id, name, kind, mentions, articles, aliases, roles FROM actors"
        rows = (
            self.db.execute(sql + " WHERE id = ?", (actor_id,))
            if actor_id
            else self.db.execute(sql)
        )
        return [
            Actor(i, n, k, m, a, json.loads(al), tuple(json.loads(r)))
            for i, n, k, m, a, al, r in rows
        ]

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
