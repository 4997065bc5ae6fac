"""Provides `newsreader [PATH ...]` without a subcommand: open the reader app."""

from __future__ import annotations

import argparse

from reader.cli.common import open_corpus


def launch(args: argparse.Namespace) -> int:
    """Until the app lands: print a summary of the corpus."""
    corpus = open_corpus(args.paths)
    print(f"{corpus.name}: {corpus.count()} articles, {len(corpus.actors())} actors")
    for row in corpus.articles():
        print(f"  {row.id}\t{row.title}")
    return 0
