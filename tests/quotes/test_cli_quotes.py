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


def test_speaker_quotes_follow_a_merge_fix(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Ana Ruiz, the harbour chief, met traders.\n“We open in May,” Ana Ruiz said.\n",
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        "The port chief spoke to reporters.\n“Parking comes first,” said A. R. Ruiz-Vidal.\n",
        encoding="utf-8",
    )
    before = run("quotes", str(corpus), "--speaker", "ana ruiz", "--format", "jsonl")
    assert [json.loads(x)["text"] for x in before.stdout.splitlines()] == ["We open in May,"]
    merged = run("fix", "merge", "Ana Ruiz", "A. R. Ruiz-Vidal", str(corpus))
    assert merged.returncode == 0, merged.stderr
    after = run("quotes", str(corpus), "--speaker", "ana ruiz", "--format", "jsonl")
    rows = [json.loads(x) for x in after.stdout.splitlines()]
    assert sorted(r["text"] for r in rows) == ["Parking comes first,", "We open in May,"]
    assert len({r["actor"] for r in rows}) == 1
