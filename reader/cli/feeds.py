"""Provides `feeds add|remove|list|set|import|export`, `update` and `export`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reader.cli.common import CliError, add_paths, count, emit, open_corpus, safe, warn


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("feeds", help="subscriptions: add, remove, list, set, import, export")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="VERB")
    v = verbs.add_parser("add", help="subscribe to a feed (a web page's own feed is found)")
    v.add_argument("url")
    v.add_argument("--title", help="a title of your own for the feed")
    v.add_argument("--tag", action="append", default=[], help="a tag (repeatable): News/World")
    v.add_argument("--full-text", action="store_true", help="fetch each item's web page text")
    v.add_argument("--no-check", action="store_true", help="subscribe without fetching now")
    v.set_defaults(run=run_add)
    v = verbs.add_parser("remove", help="unsubscribe (URL, title or key)")
    v.add_argument("feed")
    v.set_defaults(run=run_remove)
    v = verbs.add_parser("list", help="subscriptions with their items and last fetch")
    v.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    v.set_defaults(run=run_list)
    v = verbs.add_parser("set", help="change a subscription's title, tags or full text")
    v.add_argument("feed", help="URL, title, key or tag")
    v.add_argument("--title")
    v.add_argument("--tag", action="append", help="replace the tags (repeatable)")
    v.add_argument("--full-text", action=argparse.BooleanOptionalAction, default=None)
    v.set_defaults(run=run_set)
    v = verbs.add_parser("import", help="subscribe to every feed of an OPML file")
    v.add_argument("file", type=Path)
    v.set_defaults(run=run_import)
    v = verbs.add_parser("export", help="print the subscriptions as OPML 2.0")
    v.set_defaults(run=run_export_opml)

    p = sub.add_parser("update", help="fetch every subscribed feed (new items are kept)")
    p.add_argument("--feed", help="only this feed (URL, title or key) or tag")
    p.add_argument("--force", action="store_true", help="ignore the servers' Cache-Control")
    p.add_argument("--index", action="store_true", help="index the new items too")
    p.add_argument("--timeout", type=float, default=15.0, help="seconds per feed (default 15)")
    p.set_defaults(run=run_update)

    p = sub.add_parser("export", help="print every article as JSON Lines")
    add_paths(p)
    p.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    p.set_defaults(run=run_export)


def _store():
    from reader.core.feeds.store import FeedStore

    return FeedStore.open()


def _one(store, selector: str):
    found = store.find(selector)
    if not found:
        raise CliError(f"no subscription matches {selector!r} (see `newsreader feeds list`)")
    if len(found) > 1:
        names = ", ".join(f.name for f in found[:5])
        raise CliError(f"{selector!r} matches {len(found)} subscriptions ({names}): give a URL")
    return found[0]


def run_add(args: argparse.Namespace) -> int:
    from reader.core.feeds.store import SubscriptionError
    from reader.core.feeds.subscribe import subscribe

    try:
        feed, parsed, note = subscribe(
            _store(),
            args.url,
            title=args.title,
            tags=args.tag,
            full_text=args.full_text,
            check=not args.no_check,
        )
    except SubscriptionError as exc:
        raise CliError(str(exc)) from None
    if note:
        print(note, file=sys.stderr)
    items = f", {count(len(parsed.entries), 'item')}" if parsed else ""
    print(f"subscribed: {safe(feed.name)} <{feed.url}>{items}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    store = _store()
    feed = _one(store, args.feed)
    store.remove(feed)
    print(f"unsubscribed: {safe(feed.name)} <{feed.url}> ({count(feed.items, 'item')} removed)")
    return 0


def run_list(args: argparse.Namespace) -> int:
    feeds = _store().feeds()

    def row(f) -> dict:
        return {
            "key": f.key,
            "url": f.url,
            "title": f.name,
            "tags": list(f.tags),
            "full_text": f.full_text,
            "items": f.items,
            "last_success": _iso(f.last_success),
            "last_error": f.last_error,
        }

    def text(r: dict) -> str:
        state = (
            f"error: {r['last_error']}"
            if r["last_error"]
            else (f"updated {r['last_success']}" if r["last_success"] else "never updated")
        )
        tags = f" [{', '.join(r['tags'])}]" if r["tags"] else ""
        full = " (full text)" if r["full_text"] else ""
        return (
            f"{r['key']}  {safe(r['title'])}{tags}{full}\n    {safe(r['url'])}  "
            f"{count(r['items'], 'item')}, {safe(state)}"
        )

    if not feeds and args.format == "text":
        print("no subscriptions (add one with `newsreader feeds add URL`)", file=sys.stderr)
    emit([row(f) for f in feeds], args.format, text)
    return 0


def run_set(args: argparse.Namespace) -> int:
    store = _store()
    changed = 0
    for feed in store.find(args.feed) or [_one(store, args.feed)]:
        fields = {}
        if args.title is not None:
            fields["user_title"] = args.title or None
        if args.tag is not None:
            fields["tags"] = [t for t in args.tag if t]
        if args.full_text is not None:
            fields["full_text"] = int(args.full_text)
        if not fields:
            raise CliError("nothing to set: give --title, --tag or --[no-]full-text")
        store.set(feed, **fields)
        changed += 1
    print(f"changed: {count(changed, 'subscription')}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from reader.core.feeds.opml import read_opml

    try:
        outlines = read_opml(args.file.read_bytes())
    except OSError as exc:
        raise CliError(f"{args.file}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    store = _store()
    added = merged = 0
    for o in outlines:
        old = store.find(o.url)
        if old:
            store.set(old[0], tags=set(old[0].tags) | set(o.tags))
            merged += 1
        else:
            store.add(o.url, title=o.title, tags=o.tags)
            added += 1
    print(
        f"imported: {count(added, 'new subscription')}, {merged} already subscribed"
        " (run `newsreader update` to fetch them)"
    )
    return 0


def run_export_opml(args: argparse.Namespace) -> int:
    from reader.core.feeds.opml import write_opml

    sys.stdout.write(write_opml(_store().feeds()) + "\n")
    return 0


def run_update(args: argparse.Namespace) -> int:
    from reader.core.feeds.update import update

    store = _store()
    feeds = store.find(args.feed) if args.feed else store.feeds()
    if not feeds:
        if args.feed:
            raise CliError(f"no subscription matches {args.feed!r} (see `newsreader feeds list`)")
        raise CliError("no subscriptions (add one with `newsreader feeds add URL`)")
    tty = sys.stderr.isatty()
    totals = {"new": 0, "updated": 0, "error": 0, "skipped": 0}
    for step in update(store, feeds, timeout=args.timeout, force=args.force):
        totals["new"] += step.new
        totals["updated"] += step.updated
        if step.status in ("error", "skipped"):
            totals[step.status] += 1
        if tty:
            sys.stderr.write("\r\x1b[K")
        if step.status == "error" or "asked to wait" in (step.message or ""):
            warn(f"{safe(step.feed)} <{step.url}>: {safe(step.message or 'failed')}")
        elif tty:
            sys.stderr.write(f"{step.done}/{step.total} feeds, {totals['new']} new items")
            sys.stderr.flush()
    if tty:
        sys.stderr.write("\r\x1b[K")
    print(
        f"updated {count(len(feeds), 'feed')}: {count(totals['new'], 'new item')}, "
        f"{totals['updated']} changed, {totals['error']} failed, {totals['skipped']} skipped"
        + (" (not due yet; --force fetches them)" if totals["skipped"] else ""),
        file=sys.stderr,
    )
    if args.index:
        from reader.core.feeds.store import feeds_dir

        open_corpus([feeds_dir()], progress=True)
    return 1 if totals["error"] == len(feeds) - totals["skipped"] > 0 else 0


def run_export(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.paths)
    rows = (corpus.article(row.id) for row in corpus.articles())
    fields = ("id", "title", "source", "url", "published", "text")
    emit(({k: getattr(a, k) for k in fields} for a in rows), args.format, str)
    return 0


def _iso(stamp: float | None) -> str | None:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp)) if stamp else None
