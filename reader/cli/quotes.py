"""Provides the `quotes` subcommand: who said what, attributed to actors."""

from __future__ import annotations

import argparse

from reader.cli.common import CliError, add_paths, emit, open_corpus, safe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="quotations and who said them")
    add_paths(p)
    p.add_argument("--speaker", help="only quotations by this actor (fuzzy, like `actor`)")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    p.set_defaults(run=run_quotes)


def run_quotes(args: argparse.Namespace) -> int:
    from reader.core.quotes import find_quotes

    corpus = open_corpus(args.paths)
    actor = None
    if args.speaker:
        found = corpus.search_actors(args.speaker, limit=1)
        if not found:
            raise CliError(f"no actor matches {args.speaker!r}")
        actor = found[0][0]
    if actor is not None:
        docs = dict.fromkeys(m.doc for m in corpus.mentions(actor=actor.id))
    else:
        docs = dict.fromkeys(r.id for r in corpus.articles())
    roles = {a.id: a.roles for a in corpus.actors() if a.roles}
    rows = []
    for doc in docs:
        article = corpus.article(doc)
        for q in find_quotes(doc, article.text, corpus.mentions(doc=doc), roles):
            if actor is None or q.actor == actor.id:
                rows.append(q)
    emit(rows, args.format, _text)
    return 0


def _text(q) -> str:
    who = safe(q.speaker) if q.speaker else "(unattributed)"
    return f"{safe(q.doc)}\t{who}: “{safe(q.text)}”"
