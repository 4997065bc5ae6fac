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
}


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One file of the corpus: where it is, its id prefix and its stat signature."""

    path: Path
    rel: str
    size: int
    mtime_ns: int

    @property
    def format(self) -> str:
        return SUFFIXES[self.path.suffix.lower()]


def discover(paths: list[Path]) -> tuple[list[SourceFile], list[LoadWarning]]:
    """Every readable source under `paths` (folders recursively), sorted by id."""
    found: dict[str, SourceFile] = {}
    warnings: list[LoadWarning] = []
    for root in paths:
        if not root.exists():
            kind = "broken symlink" if root.is_symlink() else "no such file or folder"
            warnings.append(LoadWarning(str(root), kind))
            continue
        if root.is_dir():
            candidates = _walk(root, warnings)
            base = root
        else:
            candidates = [root]
            base = root.parent
        for path in candidates:
            if path.suffix.lower() not in SUFFIXES:
                if root.is_file():
                    warnings.append(LoadWarning(str(path), "unsupported file type"))
                continue
            try:
                st = path.stat()
            except OSError as exc:
                warnings.append(LoadWarning(str(path), _os_reason(exc)))
                continue
            rel = path.relative_to(base).as_posix()
            found.setdefault(rel, SourceFile(path, rel, st.st_size, st.st_mtime_ns))
    return sorted(found.values(), key=lambda s: s.rel), warnings


def _walk(root: Path, warnings: list[LoadWarning]) -> list[Path]:
    out: list[Path] = []

    def onerror(exc: OSError) -> None:
        warnings.append(LoadWarning(str(exc.filename), _os_reason(exc)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if path.is_symlink() and not path.exists():
                warnings.append(LoadWarning(str(path), "broken symlink"))
                continue
            out.append(path)
    return out


def _os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def load(source: SourceFile) -> Iterator[Article]:
    """Articles of one source file; raises `LoadError` when it cannot be read."""
    from reader.core.sources import formats

    return formats.load(source)
