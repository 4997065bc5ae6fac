"""Decoding, normalisation, passages and titles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.text import BinaryContent, decode, derive_title, normalise, split_passages


def test_decode_utf8_cut_inside_its_last_character() -> None:
    data = "Histoire à Genève, côté".encode()
    assert decode(data[:-1]) == "Histoire à Genève, côt"
    cut = "Pourparlers à Genève —".encode()[:-1]  # two of the dash's three bytes
    assert decode(cut) == "Pourparlers à Genève "


def test_decode_utf8_bom_and_legacy_encodings() -> None:
    assert decode("Vučić".encode()) == "Vučić"
    assert decode(b"\xef\xbb\xbfhello") == "hello"
    assert decode("Zürich said".encode("utf-16")) == "Zürich said"
    latin = "Le président a déclaré à la presse que la réunion était terminée.".encode("cp1252")
    assert "président" in decode(latin)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le président François Hollande a visité Montréal. Ça coûte cher.", "latin-1"),
        ("Der Präsident sagte, die Straße müsse geändert werden.", "cp1252"),
        ("Zażółć gęślą jaźń, powiedział minister w Warszawie.", "cp1250"),
        ("Привет, как дела? Москва сегодня.", "cp1251"),
    ],
)
def test_short_legacy_encodings(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_decode_rejects_binary() -> None:
    with pytest.raises(BinaryContent):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_normalise_newlines_and_control_characters() -> None:
    assert normalise("a\r\nb\rc\x1b[2J\x07d\u200b") == "a\nb\ncd"  # a whole escape sequence goes
    assert normalise("\n\n  text  \n") == "text"


def test_passages_are_lines_with_offsets() -> None:
    text = "First para.\n\n  Second para.  \nThird."
    ps = split_passages("d", text)
    assert [text[p.start : p.end] for p in ps] == ["First para.", "Second para.", "Third."]
    assert [p.index for p in ps] == [0, 1, 2]


def test_long_paragraph_split_at_sentence_ends() -> None:
    sentence = "The minister said the talks in Geneva would resume on Monday. "
    text = (sentence * 60).strip()
    ps = split_passages("d", text, limit=300)
    assert len(ps) > 5
    for p in ps:
        piece = text[p.start : p.end]
        assert piece.endswith(".") and piece.startswith("The")
        assert len(piece) <= 300


def test_title_from_first_sentence() -> None:
    assert derive_title("U.S. envoy meets Kim. He said more.") == "U.S. envoy meets Kim"
    long = "word " * 40
    title = derive_title(long)
    assert len(title) <= 80 and title.endswith("…")


@given(st.text())
def test_passages_cover_text_in_order(text: str) -> None:
    clean = normalise(text)
    ps = split_passages("d", clean, limit=50)
    last = 0
    for p in ps:
        assert last <= p.start < p.end <= len(clean)
        assert clean[p.start : p.end].strip()
        last = p.end


def test_whitespace_only_lines_are_not_passages() -> None:
    text = "First.\n\u00a0\u2003\nSecond."
    assert [text[p.start : p.end] for p in split_passages("d", text)] == ["First.", "Second."]
