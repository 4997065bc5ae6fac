"""Provides text decoding, normalisation, passage splitting and title derivation."""

from __future__ import annotations

import re
import unicodedata

from reader.core.boilerplate import is_boilerplate
from reader.core.model import Passage

MAX_PASSAGE = 1200  # characters; longer paragraphs are split at sentence boundaries
# Bump when articles are read differently (passages, paragraphs, titles): every file of
# an index made by an older version is then read again.
PARSE_VERSION = "2"
# Bump when actor extraction finds other mentions in the same text (new detection rules,
# language handling, a retrained model): files are then read and their actors found again.
ACTORS_VERSION = "40"
READ_VERSION = f"{PARSE_VERSION}+actors{ACTORS_VERSION}"
# Bump when corpus-wide resolution groups the same mentions otherwise (new merge rules):
# an index is then resolved again whole, without reading its files again.
RESOLVE_VERSION = "2"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_PARA = re.compile(r"[^\n]+")
# Whole terminal escape sequences: OSC (to BEL or ST), CSI, and two-byte ones.
_ESCAPE = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")
WRAP_WIDTH = 100  # a text whose lines are all at most this long may be hard-wrapped
# A sentence end: terminal punctuation (not after an initial or Mr/Dr/St) before a capital.
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!Mr|Dr|Ms|St)(?<!Mrs)[.!?…][\"'”’)\]]?(?=\s+[\"'“‘(\[]?[A-Z0-9])"
)


class BinaryContent(ValueError):
    """Raised when bytes do not look like text."""


def decode(data: bytes) -> str:
    """Decode bytes robustly: BOMs, UTF-8, then a detected encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:8192]:
        raise BinaryContent("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # cut inside the last character
            try:
                return data[: exc.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
    western = _as_western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise BinaryContent("not text in any known encoding")
    return data.decode(best.encoding, errors="replace")


_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")


def _as_western(data: bytes) -> str | None:
    """Windows-1252 text (a superset of Latin-1), if the bytes read as such.

    Detectors guess poorly on short texts; in Western text the accented letters sit
    inside mostly-ASCII words ("président"), while another script read as cp1252
    turns whole words into accented letters, so the share of those decides.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if ch > "\x7f")
    if not letters or accented / len(letters) > 0.25:
        return None
    if any(ch < " " and ch not in "\n\r\t\f" for ch in text):
        return None
    if any(not ch.isalpha() and ch not in "’‘·" for ch in _INSIDE_WORD.findall(text)):
        return None  # "powiedzia³": a symbol inside a word is another code page
    return text


def normalise(text: str) -> str:
    """Newlines to "\\n", NFC, tabs to spaces, escape sequences and controls removed."""
    text = _ESCAPE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text).strip("\n ")


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly replacement or control characters."""
    sample = text[:4096]
    return bool(sample) and len(_UNPRINTABLE.findall(sample)) / len(sample) > 0.1


def split_passages(doc: str, text: str, limit: int = MAX_PASSAGE) -> tuple[Passage, ...]:
    """Paragraphs (non-empty lines) of `text`; long ones split at sentence ends.

    Teaser and page-furniture lines ("READ ALSO: …", share, copyright) are no passage.
    """
    spans: list[tuple[int, int]] = []
    for m in _PARA.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and not is_boilerplate(text[start:end]):
            spans.extend(_split_long(text, start, end, limit))
    return tuple(Passage(doc, i, s, e) for i, (s, e) in enumerate(spans))


def _split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    if end - start <= limit:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cur = start
    last_cut = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.start() - cur > limit and last_cut > cur:
            pieces.append((cur, last_cut))
            cur = _skip_space(text, last_cut, end)
        last_cut = m.end()
    if end - cur > limit and last_cut > cur:
        pieces.append((cur, last_cut))
        cur = _skip_space(text, last_cut, end)
    while end - cur > limit * 2:  # no sentence ends at all: cut at a space
        cut = text.rfind(" ", cur, cur + limit)
        cut = cut if cut > cur else cur + limit
        pieces.append((cur, cut))
        cur = _skip_space(text, cut, end)
    pieces.append((cur, end))
    return [(s, e) for s, e in pieces if s < e]


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def unwrap(text: str) -> str:
    """Plain text hard-wrapped at a fixed width, one paragraph per line.

    Only when the text is made of blank-line-separated blocks, some of several lines, and
    no line is longer than `WRAP_WIDTH`: then the lines of a block are one paragraph. Text
    written one paragraph per line (most news files) is returned as it is.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    lines = [line for b in blocks for line in b.strip("\n").split("\n")]
    if len(blocks) < 2 or len(lines) == len(blocks):
        return text
    if max(len(line.rstrip()) for line in lines) > WRAP_WIDTH:
        return text
    return "\n".join(" ".join(x.strip() for x in b.strip("\n").split("\n")) for b in blocks)


def derive_title(text: str, limit: int = 80) -> str:
    """A short title from the first sentence of `text`."""
    first = text.strip().split("\n", 1)[0]
    m = _SENTENCE_END.search(first)
    sentence = first[: m.end()] if m else first
    sentence = sentence.strip().rstrip(".")
    if len(sentence) <= limit:
        return sentence or "(untitled)"
    cut = sentence.rfind(" ", 0, limit - 1)
    return sentence[: cut if cut > 20 else limit - 1].rstrip(",;: ") + "…"
