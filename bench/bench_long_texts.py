"""Analysis time of one long text as it grows: linear, or worse (huge files, issue 15).

usage: python bench/bench_long_texts.py [--lines N]
`analyse()` (actors, quotations, language: what indexing runs per article) of five
shapes of one article, N lines and 4N lines long: ECB+ dev articles joined into one
text (distinct, tokenised news), the same on one line, a sports story naming a team and
its city on every line, tokenised text with spaced hyphens, and one run of capitalised
words (a shouted list). A ratio near 4 is linear; 16 is quadratic.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ECB = Path(__file__).resolve().parents[2] / "shared" / "eval" / "data" / "ecbplus_dev.jsonl"


def _news(n: int) -> str:
    lines: list[str] = []
    with ECB.open(encoding="utf-8") as f:
        for row in f:
            lines += json.loads(row)["text"].splitlines()
            if len(lines) >= n:
                break
    return "\n".join(lines[:n])


def _one_line(n: int) -> str:
    return _news(n).replace("\n", " ")


def _sports(n: int) -> str:
    return "\n".join(
        f"The Boston Harriers coach said game {i} of the season was long. Boston won "
        f"{i % 7}-{i % 5} in the league playoff, {i % 90} minutes after the kick-off."
        for i in range(n)
    )


def _tokenised(n: int) -> str:
    return "\n".join(
        f"Some co - workers of Hewlett - Packard said , \" we are fine , \" on day {i} ."
        for i in range(n)
    )


def _capitals(n: int) -> str:
    """One run of capitalised words, ten a line's worth, and no stop: a shouted list."""
    return " ".join(f"Abc{i} Def{i % 97}" for i in range(5 * n)) + "."


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1000)
    n = ap.parse_args().lines
    from reader.core.actors import gazetteer
    from reader.core.analysis import analyse

    gazetteer.warm()
    for name, make in (("news (ECB+ dev)", _news), ("news, one line", _one_line),
                       ("sports", _sports), ("tokenised", _tokenised),
                       ("shouted list", _capitals)):
        secs = []
        for lines in (n, 4 * n):
            text = make(lines)
            t0 = time.perf_counter()
            analyse("long", text)
            secs.append(time.perf_counter() - t0)
            print(f"{name:16} {lines:6} lines {len(text) / 1e3:8.0f} KB {secs[-1]:7.2f} s")
        print(f"{name:16} 4x the lines: {secs[1] / secs[0]:.1f}x the time (linear: 4)")


if __name__ == "__main__":
    main()
