"""Provides what every subcommand shares: paths, formats, opening and indexing a corpus."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from reader.core.corpus import Corpus
from reader.core.sources import SUFFIXES

WAITING = "waiting for another newsreader process to finish indexing this corpus…"


OPENED: list[Corpus] = []  # corpora this command opened, checked when SQLite fails


class CliError(Exception):
    """A failure reported as one line on stderr with exit status 1."""


def count(n: int, word: str) -> str:
    """ "1 article", "3 articles"."""
    return f"{n} {word}" + ("" if n == 1 else "s")


def error(message: str) -> None:
    print(f"newsreader: error: {message}", file=sys.stderr)


def warn(message: str) -> None:
    print(f"newsreader: warning: {message}", file=sys.stderr)


def add_paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help=f"files or folders ({' '.join(SUFFIXES)}); default: the sample corpus",
    )


def positive(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="output format (default: text)",
    )


def discard_damaged() -> list[Path]:
    """Delete the caches of the corpora opened so far that `PRAGMA quick_check` finds
    damaged (they are rebuilt from the corpus); their paths."""
    from reader.core.sqlite import damage
    from reader.core.store import discard

    found = []
    while OPENED:
        corpus = OPENED.pop()
        corpus.close()
        if damage(corpus.db_path) is not None:
            discard(corpus.db_path)
            found.append(corpus.db_path)
    return found


def close_opened() -> None:
    """Close the corpora this command opened."""
    while OPENED:
        OPENED.pop().close()


def open_corpus(paths: list[Path], progress: bool = False, warnings: list | None = None) -> Corpus:
    """Open and index the corpus, printing warnings (also added to `warnings` if given)
    and a progress bar if asked."""
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if paths and len(missing) == len(paths):
        raise CliError(f"no such file or folder: {missing[0]}")
    corpus = Corpus.open(paths)
    OPENED.append(corpus)
    if corpus.notice:
        warn(corpus.notice)
    bar = ProgressBar() if progress else None
    for step in corpus.index():
        if step.phase == "wait":
            print(f"newsreader: {WAITING}", file=sys.stderr, flush=True)
        if step.warning is not None:
            if bar:
                bar.clear()
            warn(str(step.warning))
            if warnings is not None:
                warnings.append(step.warning)
        if bar:
            bar.update(step)
    if bar:
        bar.finish(corpus.count())
    return corpus


class ProgressBar:
    """A one-line progress bar on a terminal, plain lines otherwise (stderr)."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = -1
        self.files = 0  # files to read in this run

    def update(self, step) -> None:
        self.files = max(self.files, step.files_total)
        if not self.files:
            return  # nothing to read: `finish` says the corpus is up to date
        pct = int(100 * step.bytes_done / step.bytes_total) if step.bytes_total else 100
        if self.tty:
            filled = pct * 30 // 100
            sys.stderr.write(
                f"\r{step.phase:8} [{'#' * filled}{'.' * (30 - filled)}] {pct:3d}% of bytes, "
                f"{step.files_done}/{step.files_total} files, {count(step.articles, 'article')}"
            )
            sys.stderr.flush()
        elif pct // 10 != self.last // 10 or step.phase != "index":
            print(
                f"{step.phase}: {pct}% of bytes, {step.files_done}/{step.files_total} files, "
                f"{count(step.articles, 'article')}",
                file=sys.stderr,
            )
        self.last = pct

    def clear(self) -> None:
        if self.tty:
            sys.stderr.write("\r\x1b[K")

    def finish(self, articles: int) -> None:
        self.clear()
        done = "indexed" if self.files else "up to date"
        print(f"{done}: {count(articles, 'article')}", file=sys.stderr)


def actor_named(corpus: Corpus, name: str, hint: str = "") -> Any:
    """The actor a command means by `name` (`Corpus.find_actor`), else a CliError."""
    actor = corpus.find_actor(name)
    if actor is None:
        raise CliError(f"no actor matches {name!r}{hint}")
    return actor


def plain(value: Any) -> Any:
    """JSON-ready form of dataclasses, tuples and dicts."""
    if is_dataclass(value):
        return {k: plain(v) for k, v in asdict(value).items()}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):  # a named tuple
        return {k: plain(v) for k, v in value._asdict().items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def emit(rows: Iterable[Any], fmt: str, text: Callable[[Any], str]) -> None:
    """Print rows as text lines, one JSON array, or JSON Lines."""
    out = sys.stdout
    if fmt == "json":
        json.dump([plain(r) for r in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    for row in rows:
        out.write(json.dumps(plain(row), ensure_ascii=False) if fmt == "jsonl" else text(row))
        out.write("\n")


def safe(text: str) -> str:
    """Article text for a terminal: no escape sequences or control characters."""
    return "".join(ch if ch.isprintable() or ch == "\n" else "\ufffd" for ch in text)
