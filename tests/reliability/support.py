"""Provides what the reliability tests share: real corpora, the real CLI, store snapshots.

A store is compared by content, never by row ids: `snapshot()` reads every table the
indexer writes in a canonical order, so that a store brought up to date through kills,
races and tree changes can be compared with a fresh index of the same tree.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ECB = Path("/work/shared/eval/data/ecbplus_dev.jsonl")


def news_texts(n: int) -> list[str]:
    """`n` distinct real news texts: ECB+ dev articles if present, else the seeds recombined."""
    if ECB.is_file():
        texts = []
        with ECB.open(encoding="utf-8") as f:
            for line in f:
                texts.append(json.loads(line)["text"])
                if len(texts) == n:
                    return texts
    paras = [
        p
        for seed in sorted((REPO / "seeds").glob("*.txt"))
        for p in seed.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    return [
        "\n\n".join(paras[(i + k) % len(paras)] for k in range(1 + i % 3)) + f"\n\nStory {i}."
        for i in range(n)
    ]


def write_corpus(folder: Path, texts: list[str], jsonl_every: int = 0) -> Path:
    """One .txt file per text, except every `jsonl_every`-th text, gathered in one .jsonl."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for i, text in enumerate(texts):
        if jsonl_every and i % jsonl_every == 0:
            lines.append(json.dumps({"id": f"j{i:04d}", "text": text}))
        else:
            (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    if lines:
        (folder / "bundle.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def cli_env(home: Path) -> dict[str, str]:
    """The environment of a CLI run against `home`, running this worktree's code."""
    env = dict(os.environ, NEWSREADER_HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("NEWSREADER_DEBUG", None)
    return env


def cli_args(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader", *args]


def run_cli(*args: str, home: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run `python -m reader ARGS` as a user would, against `home`."""
    return subprocess.run(
        cli_args(*args), capture_output=True, text=True, env=cli_env(home), timeout=timeout
    )


def cache_db(home: Path) -> Path:
    """The one index cache under `home`."""
    (found,) = (home / "cache" / "corpora").glob("*.sqlite")
    return found


def integrity(path: Path) -> list[str]:
    """Problems `PRAGMA integrity_check` and the FTS5 integrity check find (none: [])."""
    db = sqlite3.connect(path)
    try:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        try:
            db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"fts: {exc}")
        return problems
    finally:
        db.close()


_TABLES = {
    "files": "SELECT rel, size, mtime_ns, hash, warning FROM files",
    "articles": "SELECT doc, file, seq, title, text, source, url, published, authors, n_actors "
    "FROM articles",
    "passages": "SELECT doc, idx, start, end, hash FROM passages",
    "search": "SELECT f.doc, f.idx, f.title || f.copy_title, f.body || f.copy_body "
    "FROM passages_fts f",
    "texts": "SELECT t.hash, t.docs, p.hash IS t.hash FROM texts t "
    "LEFT JOIN passages p ON p.id = t.pid",
    "raw_mentions": "SELECT doc, seq, start, end, text, kind, key, role FROM raw_mentions",
    "mentions": "SELECT doc, seq, start, end, text, actor FROM mentions",
    "actors": "SELECT id, name, kind, mentions, articles, aliases, roles FROM actors",
    "quotes": "SELECT doc, start, end, text, speaker, speaker_at FROM quotes",
    "quote_speakers": "SELECT actor, doc, start, end, text FROM quote_speakers",
    "article_langs": "SELECT doc, lang FROM article_langs",
    "meta": "SELECT key, value FROM meta WHERE key IN ('fixes', 'resolved', 'parse')",
}


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every indexed fact of the store at `path`, sorted, without row ids.

    Which carrier of an identical passage text holds it in the searched column depends
    on indexing order, so passages are compared with both columns joined.
    """
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {name: sorted(db.execute(sql), key=repr) for name, sql in _TABLES.items()}
    finally:
        db.close()


def differences(got: dict, want: dict) -> list[str]:
    """A short account of how two snapshots differ (empty when equal)."""
    out = []
    for table in want:
        a, b = set(got[table]), set(want[table])
        if a != b or len(got[table]) != len(want[table]):
            out.append(
                f"{table}: {len(a - b)} unexpected, {len(b - a)} missing "
                f"(e.g. {sorted(a - b, key=repr)[:1]} / {sorted(b - a, key=repr)[:1]}), "
                f"rows {len(got[table])} vs {len(want[table])}"
            )
    return out


def articles_per_file(path: Path) -> dict[str, int]:
    """How many articles each file row has (files never indexed count 0)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(
            db.execute(
                "SELECT f.rel, count(a.doc) FROM files f LEFT JOIN articles a ON a.file = f.rel "
                "GROUP BY f.rel"
            )
        )
    finally:
        db.close()


def fresh_index(tree: Path, home: Path, fixes: Path | None = None) -> tuple[dict, float]:
    """Snapshot of a fresh index of `tree` in `home` (in this process, with the user
    fixes file `fixes` copied in first) and how long indexing took, for pacing kills."""
    import shutil
    import time

    from reader.core.corpus import Corpus

    old = os.environ.get("NEWSREADER_HOME")
    os.environ["NEWSREADER_HOME"] = str(home)
    try:
        if fixes is not None and fixes.exists():
            (home / "data").mkdir(parents=True, exist_ok=True)
            shutil.copy(fixes, home / "data" / fixes.name)
        corpus = Corpus.open([tree])
        start = time.monotonic()
        corpus.update()
        took = time.monotonic() - start
        corpus.close()
    finally:
        if old is None:
            os.environ.pop("NEWSREADER_HOME", None)
        else:
            os.environ["NEWSREADER_HOME"] = old
    return snapshot(cache_db(home)), took
