"""Provides the `quotes` subcommand: who said what, attributed to actors."""

from __future__ import annotations

import argparse

from reader.cli.common import actor_named, add_paths, emit, open_corpus, safe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="quotations and who said them")
    add_paths(p)
    p.add_argument("--speaker", help="only quotations by this actor (fuzzy, like `actor`)")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    p.set_defaults(run=run_quotes)

    p = sub.add_parser("timeline", help="an actor's mentions and quotations per day")
    p.add_argument("name", help='the actor, as you would type it: "kim jong un"')
    add_paths(p)
    p.add_argument("--by", choices=("day", "week"), default="day")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    p.set_defaults(run=run_timeline)


def run_quotes(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.paths)
    actor = actor_named(corpus, args.speaker) if args.speaker else None
    emit(corpus.quotes(actor=actor.id if actor else None), args.format, _text)
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.paths)
    actor = actor_named(corpus, args.name)
    points = corpus.timeline(actor.id, by=args.by)
    if args.format == "text":
        print(f"{safe(actor.name)} ({actor.kind}): {actor.mentions} mentions, by {args.by}")
    top = max((p.mentions for p in points), default=1)
    emit(
        points,
        args.format,
        lambda p: (
            f"{p.date}  {'█' * max(1, round(20 * p.mentions / top))} "
            f"{p.mentions} in {p.articles}" + (f", {p.quotes} quoted" if p.quotes else "")
        ),
    )
    return 0


def _text(q) -> str:
    who = safe(q.speaker) if q.speaker else "(unattributed)"
    return f"{safe(q.doc)}\t{who}: “{safe(q.text)}”"
