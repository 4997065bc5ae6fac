"""A related passage needs real evidence: a shared actor or several shared terms (issue 14)."""

from __future__ import annotations

from pathlib import Path

from tests.related.conftest import filler, write

WARSAW = "Zelensky in Warsaw\nVolodymyr Zelensky met Donald Tusk in Warsaw on Monday.\n"
TIANJIN = "Modi in Tianjin\nNarendra Modi met Xi Jinping in Tianjin on Sunday.\n"
KYIV = (
    "Tusk in Kyiv\nDonald Tusk promised Volodymyr Zelensky more air defence in Kyiv.\n"
)


def test_one_shared_common_word_is_no_evidence(tmp_path: Path, open_corpus) -> None:
    corpus = open_corpus(
        write(tmp_path / "c", {"warsaw.txt": WARSAW, "tianjin.txt": TIANJIN, **filler()})
    )
    for passage in range(2):
        found = corpus.related_to_passage("warsaw.txt", passage)
        assert all(r.doc != "tianjin.txt" for r in found), [r.reason for r in found]


def test_a_shared_actor_is_evidence(tmp_path: Path, open_corpus) -> None:
    corpus = open_corpus(
        write(
            tmp_path / "c",
            {"warsaw.txt": WARSAW, "tianjin.txt": TIANJIN, "kyiv.txt": KYIV, **filler()},
        )
    )
    found = corpus.related_to_passage("warsaw.txt", 1)
    assert {r.doc for r in found} == {"kyiv.txt"}
    assert "Zelensky" in found[0].reason or "Tusk" in found[0].reason
