"""Provides the `newsreader` command line: the app by default, scriptable subcommands."""

from __future__ import annotations

import argparse
import difflib
import os
import sqlite3
import sys
from pathlib import Path

from reader.cli import actors, articles, feeds, fix, quotes
from reader.cli.common import CliError, add_paths, error
from reader.cli.usage import UsageParser, commands_epilog, describe

MODULES = (articles, actors, fix, feeds, quotes)


def build_parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """(the app's parser, the subcommands' parser)."""
    app = argparse.ArgumentParser(
        prog="newsreader",
        usage="newsreader [PATH ...]\n       newsreader COMMAND [ARGS ...] [PATH ...]",
        description="A terminal news reader that follows who did what across many stories.\n"
        "Run with no PATH to open the bundled sample corpus.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_paths(app)
    app.add_argument(
        "--sample", action="store_true", help="open the bundled sample corpus (not the feeds)"
    )
    commands = UsageParser(prog="newsreader")
    sub = commands.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=UsageParser
    )
    for module in MODULES:
        module.register(sub)
    try:
        from reader.cli import related
    except ImportError:
        pass
    else:
        related.register(sub)
    describe(sub)
    app.epilog = commands_epilog(sub)
    return app, commands


def main(argv: list[str] | None = None) -> int:
    """Run the command line. A damaged index cache met while indexing is rebuilt there
    (`Corpus.index`); met later, by a query, it is deleted so the next command rebuilds it."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        return _main(argv)
    except sqlite3.DatabaseError as exc:
        from reader.cli.common import discard_damaged
        from reader.core.sqlite import is_corrupt

        if is_corrupt(exc) and discard_damaged():
            error(f"index cache was damaged ({exc}); deleted it: the next command rebuilds it")
            return 1
        return _failed(exc)
    finally:
        from reader.cli.common import close_opened

        close_opened()


def _failed(exc: BaseException) -> int:
    """One line, not a traceback (NEWSREADER_DEBUG=1 shows it)."""
    if os.environ.get("NEWSREADER_DEBUG"):
        raise exc
    from reader.cli.failures import describe

    error(describe(exc) or f"{type(exc).__name__}: {exc}")
    return 1


def _main(argv: list[str]) -> int:
    """Run one command; SQLite errors are left to `main`."""
    app, commands = build_parser()
    known = set(commands._subparsers._group_actions[0].choices)  # noqa: SLF001
    try:
        if argv and argv[0] in known:
            args = commands.parse_args(argv)
            return args.run(args) or 0
        if argv and _looks_like_command(argv[0]):
            close = difflib.get_close_matches(argv[0], sorted(known), n=1)
            hint = f" (did you mean `newsreader {close[0]}`?)" if close else ""
            app.error(f"{argv[0]!r} is neither a command nor a file or folder{hint}")
        args = app.parse_args(argv)
        from reader.cli.launch import launch

        return launch(args)
    except CliError as exc:
        error(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except sqlite3.DatabaseError:
        raise
    except Exception as exc:
        return _failed(exc)


def _looks_like_command(word: str) -> bool:
    """A bare word that names no file: a mistyped subcommand, not a path."""
    return word.isalpha() and not Path(word).exists()
