"""Provides `newsreader fix`: the user's corrections to actor resolution.

Fixes name actors by canonical name or alias, apply to every corpus and survive
re-indexing; the next command or app launch re-resolves (without re-extracting).
"""

from __future__ import annotations

import argparse

from reader.cli.common import CliError, actor_named, add_format, add_paths, emit, open_corpus


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fix", help="correct actor resolution: merge, split, rename, not-actor")
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    q = ops.add_parser("merge", help="make two actors one")
    q.add_argument("a", metavar="ACTOR", help="a name or alias of the first actor")
    q.add_argument("b", metavar="OTHER", help="a name or alias of the actor to merge into it")
    _names_in(q)
    q = ops.add_parser("split", help="take mentions written NAME out of ACTOR")
    q.add_argument("name", metavar="NAME", help="the spelling to take out, e.g. Kim")
    q.add_argument(
        "--from",
        dest="actor",
        required=True,
        metavar="ACTOR",
        help="the actor it was wrongly resolved to",
    )
    _names_in(q)
    q = ops.add_parser("rename", help="give ACTOR a new canonical name")
    q.add_argument("actor", metavar="ACTOR", help="a name or alias of the actor")
    q.add_argument("new_name", metavar="NEW_NAME")
    _names_in(q)
    q = ops.add_parser("not-actor", help="never treat TEXT as an actor")
    q.add_argument("text", metavar="TEXT", help="the exact spelling, e.g. Victory Day")
    ops.add_parser("undo", help="forget the last fix")
    q = ops.add_parser("list", help="list the fixes")
    add_format(q)
    p.set_defaults(run=run_fix)


def _names_in(parser: argparse.ArgumentParser) -> None:
    add_paths(parser)
    parser.epilog = (
        "ACTOR is found as `newsreader actor` finds it (typos welcome) in the corpus of "
        "PATH (default: the sample corpus); the fix then applies to every corpus."
    )


def resolve(corpus, name: str) -> str:
    """The canonical name of the actor `name` finds, as `newsreader actor` finds it."""
    return actor_named(corpus, name).name


def run_fix(args: argparse.Namespace) -> int:
    from reader.core.actors import Fixes

    fixes = Fixes.load()
    if args.op == "list":
        emit(
            [{"n": i, "op": op[0], "args": op[1:]} for i, op in enumerate(fixes.ops, 1)],
            args.format,
            lambda r: f"{r['n']:3d}  {r['op']:10} " + " | ".join(r["args"]),
        )
        return 0
    if args.op == "undo":
        if not fixes.ops:
            raise CliError("there is no fix to undo")
        dropped = fixes.ops.pop()
        fixes.save()
        print(f"undone: {dropped[0]} " + " | ".join(dropped[1:]))
        return 0
    names = [
        v for k, v in vars(args).items() if k in ("a", "b", "name", "actor", "new_name", "text")
    ]
    if any(not v.strip() for v in names):
        raise CliError("names must not be empty")
    if args.op == "merge":
        if args.a.strip().casefold() == args.b.strip().casefold():
            raise CliError("merge needs two different actors")
        corpus = open_corpus(args.paths)
        a, b = resolve(corpus, args.a), resolve(corpus, args.b)
        if a == b:
            raise CliError(f"{args.a!r} and {args.b!r} are one actor already: {a!r}")
        fixes.merge(a, b)
    elif args.op == "split":
        fixes.split(args.name, resolve(open_corpus(args.paths), args.actor))
    elif args.op == "rename":
        fixes.rename(resolve(open_corpus(args.paths), args.actor), args.new_name)
    else:
        fixes.not_actor(args.text)
    path = fixes.save()
    print(f"saved fix {len(fixes.ops)} to {path}; it applies from the next command")
    return 0
