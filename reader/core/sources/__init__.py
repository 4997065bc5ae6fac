"""Provides corpus discovery and loading: files and folders to `Article`s.

`discover()` walks the paths the user named; `load()` turns one source file
into articles, raising `LoadError` with a one-line reason on bad input.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.model import Article, LoadWarning
from reader.core.sources.errors import LoadError

__all__ = ["LoadError", "SourceFile", "discover", "load", "SUFFIXES"]

FEED_STORE = "feeds.sqlite"  # a folder holding it is the feed store (reader.core.feeds)
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".opml": "opml",
}


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One file of the corpus: where it is, its id, its stat signature, its id prefix."""

    file: str
    rel: str
    size: int
    mtime_ns: int
    prefix: str = ""  # the folder's name and "/" when several folders are opened

    @property
    def path(self) -> Path:
        return Path(self.file)

    @property
    def format(self) -> str:
        return SUFFIXES[os.path.splitext(self.file)[1].lower()]

    def digest(self) -> str:
        """Content hash of the file (raises OSError)."""
        from reader.core.store import file_hash

        return file_hash(self.path)


def discover(paths: list[Path]) -> tuple[list[SourceFile], list[LoadWarning]]:
    """Every readable source under `paths` (folders recursively), sorted by id.

    Ids are paths relative to the opened folder; when several folders are opened,
    each id starts with its folder's name so that `a/x.txt` and `b/x.txt` both stay.
    """
    found: dict[str, SourceFile] = {}
    warnings: list[LoadWarning] = []
    for root in paths:
        if root.is_dir() and (root / FEED_STORE).is_file():  # the subscriptions' items
            from reader.core.feeds.source import item_sources

            for item in item_sources(root):
                found[item.rel] = item
            continue
        if root.is_dir():
            prefix = f"{root.resolve().name}/" if len(paths) > 1 else ""
            _walk(str(root), prefix, found, warnings, prefix)
            continue
        try:
            st = root.stat()
        except OSError as exc:
            kind = "broken symlink" if root.is_symlink() else _os_reason(exc)
            if isinstance(exc, FileNotFoundError) and not root.is_symlink():
                kind = "no such file or folder"
            warnings.append(LoadWarning(str(root), kind))
            continue
        if root.suffix.lower() not in SUFFIXES:
            warnings.append(LoadWarning(str(root), "unsupported file type"))
            continue
        _add(found, SourceFile(str(root), root.name, st.st_size, st.st_mtime_ns), warnings)
    return sorted(found.values(), key=lambda s: s.rel), warnings


def _walk(folder: str, prefix: str, found: dict, warnings: list[LoadWarning], top: str) -> None:
    """Recursive scandir: one stat per file, string paths (fast at 100,000 files)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        warnings.append(LoadWarning(folder, _os_reason(exc)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        rel = prefix + entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                _walk(entry.path, rel + "/", found, warnings, top)
                continue
            if os.path.splitext(entry.name)[1].lower() not in SUFFIXES:
                continue
            st = entry.stat()
        except FileNotFoundError:
            warnings.append(LoadWarning(entry.path, "broken symlink"))
            continue
        except OSError as exc:
            warnings.append(LoadWarning(entry.path, _os_reason(exc)))
            continue
        _add(found, SourceFile(entry.path, rel, st.st_size, st.st_mtime_ns, top), warnings)


def _add(found: dict[str, SourceFile], source: SourceFile, warnings: list[LoadWarning]) -> None:
    """Keep the first source with an id; a second one is reported, not silently lost."""
    first = found.setdefault(source.rel, source)
    if first is not source and os.path.realpath(first.file) != os.path.realpath(source.file):
        message = f"skipped: same id {source.rel!r} as {first.file}"
        warnings.append(LoadWarning(source.file, message))


def _os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def load(source: SourceFile) -> Iterator[Article]:
    """Articles of one source file; raises `LoadError` when it cannot be read."""
    if not isinstance(source, SourceFile):  # a stored feed item
        return source.load()
    from reader.core.sources import formats

    return formats.load(source)
