"""`newsreader quotes` and `newsreader timeline` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_quotes_jsonl_offsets_point_at_the_quoted_words(tmp_path: Path):
    text = (
        "Maria Lopez opened the new bridge in Lyon on Monday.\n"
        "“This bridge joins two halves of the city [bold]at last[/bold],” Lopez said.\n"
        "The “historic” ceremony lasted an hour.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = run("quotes", str(tmp_path), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 1
    (q,) = rows
    assert text[q["start"] : q["end"]] == q["text"]
    assert "[bold]at last[/bold]" in q["text"]  # markup is text
    assert q["speaker"] == "Maria Lopez" and q["actor"]
    by_speaker = run("quotes", str(tmp_path), "--speaker", "lopez")
    assert "Maria Lopez: “This bridge" in by_speaker.stdout


def test_unbalanced_quotes_and_unknown_speakers(tmp_path: Path):
    (tmp_path / "b.txt").write_text(
        "“This quote never ends and the mayor said so at length\nTom Berg left.\n",
        encoding="utf-8",
    )
    assert run("quotes", str(tmp_path)).returncode == 0
    missing = run("quotes", str(tmp_path), "--speaker", "zzzqqq")
    assert missing.returncode == 1 and "no actor matches" in missing.stderr


def test_timeline_counts_mentions_per_day(tmp_path: Path):
    lines = [
        json.dumps({"id": "1", "published": "2026-11-30", "text": "Maria Lopez spoke in Lyon."}),
        json.dumps(
            {
                "id": "2",
                "published": "Tue, 01 Dec 2026 10:00:00 GMT",
                "text": "Maria Lopez visited Paris. Lopez met Tom Berg.",
            }
        ),
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run("timeline", "maria lopez", str(tmp_path), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    points = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(p["date"], p["mentions"]) for p in points] == [("2026-11-30", 1), ("2026-12-01", 2)]
    week = run("timeline", "maria lopez", str(tmp_path), "--by", "week", "--format", "jsonl")
    assert [json.loads(x)["date"] for x in week.stdout.splitlines()] == ["2026-11-30"]
