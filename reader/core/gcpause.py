"""Provides `paused_gc`: the cyclic garbage collector held off during one bulk step."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off the cyclic collector while a bounded step (corpus-wide resolution)
    builds many objects that live until it ends: each full collection would walk them
    all again. Reference counting still frees what the step drops; the collector runs
    again after it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
