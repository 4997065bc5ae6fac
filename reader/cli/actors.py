"""Provides the `mentions`, `actors` and `actor` subcommands."""

from __future__ import annotations

import argparse

from reader.cli.common import (
    CliError,
    actor_named,
    add_format,
    add_paths,
    count,
    emit,
    open_corpus,
    positive,
    safe,
)
from reader.core.model import KINDS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mentions", help="every actor mention (doc, offsets, actor)")
    add_paths(p)
    add_format(p)
    p.add_argument("--doc", help="only this article")
    p.set_defaults(run=run_mentions)

    p = sub.add_parser("actors", help="list the actors")
    add_paths(p)
    add_format(p)
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--sort", choices=("mentions", "articles", "name"), default="mentions")
    p.add_argument("--limit", type=positive, help="at most N (default: all)")
    p.set_defaults(run=run_actors)

    p = sub.add_parser("actor", help="one actor, found by fuzzy name")
    p.add_argument("name", help='what you remember of the name ("medvedv", "kim jong un")')
    add_paths(p)
    add_format(p)
    p.set_defaults(run=run_actor)


def run_mentions(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.paths)
    if args.doc is not None and corpus.article(args.doc) is None:
        raise CliError(f"no article with id {args.doc!r} (see `newsreader articles`)")
    emit(
        corpus.mentions(doc=args.doc),
        args.format,
        lambda m: f"{safe(m.doc)}\t{m.start}\t{m.end}\t{safe(m.text)}\t{m.kind}\t{safe(m.name)}",
    )
    return 0


def run_actors(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.paths)
    found = corpus.actors(kind=args.kind, sort=args.sort)
    if args.limit:
        found = found[: args.limit]
    emit(
        found, args.format, lambda a: f"{a.mentions:5d} {a.articles:4d}  {a.kind:12} {safe(a.name)}"
    )
    return 0


def run_actor(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.paths)
    actor = actor_named(corpus, args.name)
    mentions = corpus.mentions(actor=actor.id)
    titles = {r.id: r.title for r in corpus.articles(actor=actor.id)}
    partners = corpus.cooccurring(actor.id, limit=8)
    record = {
        "actor": actor,
        "articles": [{"doc": d, "title": t} for d, t in titles.items()],
        "mentions": mentions,
        "cooccurring": [{"actor": a.id, "name": a.name, "articles": n} for a, n in partners],
    }

    def text(r) -> str:
        a = r["actor"]
        seen = f"{count(a.mentions, 'mention')} in {count(a.articles, 'article')}"
        lines = [f"{safe(a.name)} ({a.kind}) — {seen}"]
        if a.roles:
            lines.append("roles: " + ", ".join(safe(x) for x in a.roles))
        lines.append("aliases: " + ", ".join(f"{safe(k)} ×{v}" for k, v in a.aliases.items()))
        lines.append("articles:")
        lines += [f"  {safe(d)}\t{safe(t)}" for d, t in titles.items()]
        if partners:
            lines.append("with: " + ", ".join(f"{safe(p.name)} ({n})" for p, n in partners))
        return "\n".join(lines)

    emit([record], args.format, text)
    return 0
