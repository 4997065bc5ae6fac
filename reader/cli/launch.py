"""Provides `newsreader [PATH ...]` without a subcommand: open the reader app.

Textual is imported here, at launch, so the scriptable subcommands never load it.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading

from reader.cli.common import CliError


def launch(args: argparse.Namespace) -> int:
    """Run the reader on `args.paths` (the bundled sample corpus when none)."""
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing and len(missing) == len(args.paths):
        raise CliError(f"no such file or folder: {', '.join(missing)}")
    from reader.ui.app import make_app

    if getattr(args, "sample", False):
        from reader.paths import seeds_dir

        args.paths = [seeds_dir(), *args.paths]
    app = make_app(args.paths)
    app.run()
    code = app.return_code or 0
    if any(t is not threading.main_thread() and t.is_alive() for t in threading.enumerate()):
        # An indexing or related-passages thread is still busy and cannot be interrupted;
        # its transaction is simply not committed (SQLite rolls it back on next open).
        # Reading state was saved before the app closed, so leave now instead of waiting.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
