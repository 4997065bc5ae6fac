"""Small hand-made corpora for the related-passages tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.corpus import Corpus

FILLER = [
    "The government said on Tuesday that new rules for {x} would take effect next month.\n"
    "Officials expect the change to affect thousands of households across the country.",
    "On Tuesday the government published figures on {x} that were broadly in line with "
    "forecasts.\nAnalysts said the numbers offered little reason for concern.",
]
TOPICS = ["fishing boats", "school meals", "rail fares", "water bills", "parking fines", "tax"]


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def filler() -> dict[str, str]:
    """Articles that make "government" and "Tuesday" common words."""
    return {f"filler{i}.txt": FILLER[i % 2].format(x=topic) for i, topic in enumerate(TOPICS)}


@pytest.fixture
def open_corpus():
    opened: list[Corpus] = []

    def make(folder: Path) -> Corpus:
        corpus = Corpus.open([folder])
        corpus.update()
        opened.append(corpus)
        return corpus

    yield make
    for corpus in opened:
        corpus.close()
