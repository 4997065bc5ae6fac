"""Provides `newsreader [PATH ...]` without a subcommand: open the reader app.

Textual is imported here, at launch, so the scriptable subcommands never load it.
"""

from __future__ import annotations

import argparse

from reader.cli.common import CliError


def launch(args: argparse.Namespace) -> int:
    """Run the reader on `args.paths` (the bundled sample corpus when none)."""
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing and len(missing) == len(args.paths):
        raise CliError(f"no such file or folder: {', '.join(missing)}")
    from reader.ui.app import make_app

    app = make_app(args.paths)
    app.run()
    return app.return_code or 0
