"""Provides the `related` subcommand: related passages for a passage, article or actor.

newsreader related [PATH ...] --doc ID --passage N | --offset CHAR   one passage
newsreader related [PATH ...] --doc ID --paragraph N                 the same, ¶N as shown
newsreader related [PATH ...] --doc ID                               a whole article
newsreader related [PATH ...] --actor ACTOR_ID                       an actor
newsreader related [PATH ...] --queries FILE.jsonl                   batch: lines
    {"doc", "offset"} or {"doc", "passage"}; prints one {"query", "results"} per line

Passages are numbered two ways: `--passage` and the JSON field `passage` are 0-based
indices (the contract scripts use); the app and the text output label paragraphs ¶1,
¶2, … from 1, and `--paragraph` takes that number. ¶3 is `--paragraph 3`, `--passage 2`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli.common import (
    CliError,
    actor_named,
    add_format,
    add_paths,
    emit,
    error,
    open_corpus,
    plain,
    safe,
)
from reader.core.corpus import Corpus


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "related",
        help="passages of other articles related to a passage, an article or an actor",
        description="Rank passages of other articles by shared actors (rarer ones count "
        "more) and wording. Near-duplicate passages are grouped under the best one.",
    )
    add_paths(p)
    p.add_argument("--doc", metavar="ID", help="article id (see `newsreader articles`)")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--passage",
        type=int,
        metavar="N",
        help="passage index in --doc, from 0 as in JSON (the app's ¶1 is --passage 0)",
    )
    where.add_argument(
        "--paragraph",
        type=int,
        metavar="N",
        help="paragraph in --doc numbered from 1, as the app and text output show it (¶N)",
    )
    where.add_argument("--offset", type=int, metavar="CHAR", help="character offset in --doc")
    p.add_argument(
        "--actor", metavar="ACTOR", help='actor id or name, fuzzy ("medvedv", "kim jong un")'
    )
    p.add_argument(
        "--queries",
        type=Path,
        metavar="FILE",
        help='batch: JSON Lines of {"doc", "offset"} or {"doc", "passage"}',
    )
    p.add_argument(
        "--limit", type=int, default=10, metavar="K", help="results per query (default 10)"
    )
    add_format(p)
    p.set_defaults(run=run_related, parser=p)


def run_related(args: argparse.Namespace) -> int:
    p: argparse.ArgumentParser = args.parser
    modes = sum(x is not None for x in (args.doc, args.actor, args.queries))
    if modes != 1:
        p.error("give exactly one of --doc, --actor or --queries")
    if args.paragraph is not None and args.paragraph < 1:
        p.error("--paragraph counts from 1 (¶1 is the first paragraph)")
    keys = [k for k in ("paragraph", "passage", "offset") if getattr(args, k) is not None]
    where = {k: getattr(args, k) for k in keys}  # one at most: they exclude each other
    if where and args.doc is None:
        p.error("--passage, --paragraph and --offset go with --doc")
    if args.limit < 1:
        p.error("--limit must be at least 1")
    if args.queries is not None:
        queries = read_queries(args.queries)
        corpus = open_corpus(args.paths)
        return run_batch(corpus, queries, args.limit, args.format)
    corpus = open_corpus(args.paths)
    if args.actor is not None:
        actor = corpus.actor(args.actor)
        if actor is None:  # not an id: a name, found the way `newsreader actor` finds it
            actor = actor_named(corpus, args.actor, " (see `newsreader actors`)")
        results = corpus.related_to_actor(actor.id, args.limit)
    elif not where:
        _article(corpus, args.doc)
        results = corpus.related_to_article(args.doc, args.limit)
    else:
        doc, idx = resolve(corpus, {"doc": args.doc, **where})
        results = corpus.related_to_passage(doc, idx, args.limit)
    emit(results, args.format, _text)
    return 0


def read_queries(path: Path) -> list[tuple[dict, str | None]]:
    """Every query line of `path` with its problem (None when it is a good query)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read queries {path}: {exc}") from exc
    queries: list[tuple[dict, str | None]] = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            queries.append(_check_query(line, f"{path}:{n}: "))
    return queries


def _check_query(line: str, where: str) -> tuple[dict, str | None]:
    try:
        q = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"line": line}, f"{where}not JSON ({exc.msg})"
    if not isinstance(q, dict) or not isinstance(q.get("doc"), str):
        return {"line": line}, f'{where}expected an object with a string "doc"'
    keys = [k for k in ("passage", "offset") if k in q]
    if len(keys) != 1:
        return q, f'{where}give exactly one of "passage" or "offset"'
    value = q[keys[0]]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return q, f'{where}"{keys[0]}" must be a non-negative integer'
    return q, None


def resolve(corpus: Corpus, query: dict, where: str = "") -> tuple[str, int]:
    """(doc, passage index) of a {"doc", "passage"|"paragraph"|"offset"} query (a
    paragraph counts from 1, as people see it); CliError, in the query's numbering, if
    there is no such place."""
    article = _article(corpus, query["doc"], where)
    n = len(article.passages)
    if "paragraph" in query:
        if not 1 <= query["paragraph"] <= n:
            raise CliError(
                f"{where}article {article.id!r} has paragraphs ¶1..¶{n}, "
                f"not ¶{query['paragraph']}"
            )
        return article.id, query["paragraph"] - 1
    if "passage" in query:
        idx = query["passage"]
        if not 0 <= idx < n:
            raise CliError(f"{where}article {article.id!r} has passages 0..{n - 1}, not {idx}")
        return article.id, idx
    offset = query["offset"]
    found = article.passage_at(offset)
    if offset < 0 or offset > len(article.text) or found is None:
        raise CliError(
            f"{where}offset {offset} is outside article {article.id!r} (0..{len(article.text)})"
        )
    return article.id, found.index


def run_batch(corpus: Corpus, queries: list[tuple[dict, str | None]], limit: int, fmt: str) -> int:
    """Answer every query in input order: one {"query", "results"} per query.

    A bad query still gets its line (no results, plus "error"), is reported on
    stderr, and makes the exit status 1; the good ones are all answered.
    """
    out = sys.stdout
    answers = []
    failed = False
    for n, (q, problem) in enumerate(queries, 1):
        answer: dict = {"query": q, "results": []}
        if problem is None:
            try:
                doc, idx = resolve(corpus, q, f"query {n}: ")
                answer["results"] = plain(corpus.related_to_passage(doc, idx, limit))
            except CliError as exc:
                problem = str(exc)
        if problem is not None:
            failed = True
            answer["error"] = problem
            error(problem)
        if fmt == "jsonl":
            out.write(json.dumps(answer, ensure_ascii=False) + "\n")
        elif fmt == "json":
            answers.append(answer)
        else:
            out.write(f"== {safe(str(q.get('doc', '?')))}\n")
            for r in answer["results"]:
                out.write(_text_fields(r) + "\n")
    if fmt == "json":
        json.dump(answers, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return 1 if failed else 0


def _article(corpus: Corpus, doc: str, where: str = ""):
    article = corpus.article(doc)
    if article is None:
        raise CliError(f"{where}no article with id {doc!r} (see `newsreader articles`)")
    return article


def _text(r) -> str:
    return _text_fields(plain(r))


def _text_fields(r: dict) -> str:
    dups = f" (+{len(r['duplicates'])} near-duplicates)" if r.get("duplicates") else ""
    return (
        f"{safe(r['doc'])} ¶{r['passage'] + 1}\t{r['score']:.2f}\t{safe(r['title'])}{dups}\n"
        f"    {safe(r['reason'])}"
    )
