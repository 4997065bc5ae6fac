"""Provides the `index`, `articles`, `show` and `grep` subcommands."""

from __future__ import annotations

import argparse

from reader.cli.common import (
    CliError,
    add_format,
    add_paths,
    count,
    emit,
    open_corpus,
    positive,
    safe,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="build or update the index store")
    add_paths(p)
    p.set_defaults(run=run_index)

    p = sub.add_parser("articles", help="list the articles")
    add_paths(p)
    add_format(p)
    p.set_defaults(run=run_articles)

    p = sub.add_parser("show", help="print one article")
    p.add_argument("id", help="article id (see `newsreader articles`)")
    add_paths(p)
    add_format(p)
    p.set_defaults(run=run_show)

    p = sub.add_parser("grep", help="full-text search over titles and passages")
    p.add_argument("query")
    add_paths(p)
    add_format(p)
    p.add_argument("--limit", type=positive, default=20, help="how many hits (default 20)")
    p.set_defaults(run=run_grep)


def run_index(args: argparse.Namespace) -> int:
    warnings: list = []
    corpus = open_corpus(args.paths, progress=True, warnings=warnings)
    if warnings and not corpus.count():
        raise CliError(f"nothing could be read ({count(len(warnings), 'input')} failed)")
    return 0


def run_articles(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.paths)
    emit(
        corpus.articles(),
        args.format,
        lambda r: f"{safe(r.id)}\t{safe(r.title)}\t{count(r.actors, 'actor')}",
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.paths)
    article = corpus.article(args.id)
    if article is None:
        raise CliError(f"no article with id {args.id!r} (see `newsreader articles`)")

    def text(a) -> str:
        meta = " · ".join(x for x in (a.source, a.published, a.url) if x)
        head = safe(a.title) + (f"\n{safe(meta)}" if meta else "")
        body = "\n\n".join(safe(a.text[p.start : p.end]) for p in a.passages)
        return f"{head}\n\n{body}"

    emit([article], args.format, text)
    return 0


def run_grep(args: argparse.Namespace) -> int:
    from reader.core.fulltext import fts_query

    if fts_query(args.query) is None:
        raise CliError("give at least one word to search for")
    corpus = open_corpus(args.paths)
    hits = corpus.grep(args.query, args.limit)
    emit(hits, args.format, _hit_text)
    return 0


def _hit_text(h) -> str:
    also = f" (also in {count(h.also, 'article')})" if h.also else ""
    return f"{safe(h.doc)} ¶{h.passage + 1}\t{safe(h.title)}{also}\n    {safe(h.snippet)}"
