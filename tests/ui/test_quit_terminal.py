"""Quitting restores the terminal: the real `newsreader` on a pseudo-terminal, `Q` at once.

A `Q` read before the first screen finished mounting used to tear that screen down under
its own `on_mount`, and the traceback (plus a half-drawn frame) was left on the terminal.
"""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.paths import seeds_dir

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")


def _run_and_quit(tmp_path: Path, corpus: Path, delay: float) -> tuple[int, bytes]:
    """Start the app on a pty, send `Q` after `delay` s, return (exit code, all output)."""
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    env = {**os.environ, "NEWSREADER_HOME": str(tmp_path / "home"), "TERM": "xterm-256color"}
    env.update(COLUMNS="100", LINES="30")
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", str(corpus)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    out = bytearray()
    sent = False
    start = time.monotonic()
    try:
        while time.monotonic() - start < 60:
            if not sent and time.monotonic() - start >= delay:
                os.write(master, b"Q")
                sent = True
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the child closed the pty
                    break
                if not chunk:
                    break
                out += chunk
            elif sent and proc.poll() is not None:
                break
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    return code, bytes(out)


@pytest.mark.parametrize("delay", [0.0, 0.15])
def test_quit_at_once_leaves_a_clean_terminal(tmp_path: Path, delay: float) -> None:
    corpus = tmp_path / "news"
    shutil.copytree(seeds_dir(), corpus)
    code, out = _run_and_quit(tmp_path, corpus, delay)
    assert code == 0, out[-2000:]
    assert b"Traceback" not in out and b"never awaited" not in out, out[-2000:]
    # The alternate screen is left, and nothing is drawn after leaving it.
    assert b"\x1b[?1049l" in out
    tail = out[out.rindex(b"\x1b[?1049l") :]
    assert b"\xe2\x94" not in tail, tail  # no box-drawing frame after the restore
