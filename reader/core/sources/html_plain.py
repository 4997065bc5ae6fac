"""Provides the plain side of HTML reading: bytes decoded by their declared charset, and the
text of a fragment or a body, one block per line, with nothing taken away as boilerplate."""

from __future__ import annotations

import codecs
import re

from reader.core.text import BinaryContent, decode

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DROPPED = ("script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object")
_BLOCKS = frozenset(
    ("address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details")
    + ("dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form")
    + ("h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol")
    + ("p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul")
)
_CELLS = frozenset(("td", "th"))


def decode_html(data: bytes) -> str:
    """Text of an HTML page's bytes: a BOM, then the charset the page declares, then a guess;
    "" for binary data."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        match = _DECLARED.search(data[:4096])
        if match:
            name = (match.group(1) or match.group(2)).decode("ascii", "replace")
            try:
                codec = codecs.lookup(name).name
                if codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
                    raise LookupError(name)  # a page readable as ASCII is not UTF-16
                return data.decode(codec)
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return decode(data)
    except BinaryContent:
        return ""


def clean_markup(html: str) -> str:
    """The page without NUL characters or an XML declaration (lxml rejects both in text)."""
    return _XML_DECLARATION.sub("", html.replace("\x00", ""), count=1)


def parse(html: str):  # -> lxml.html.HtmlElement | None
    """The lxml tree of a page or fragment, or None when there is nothing to parse."""
    import lxml.etree
    import lxml.html

    html = clean_markup(html)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def plain_text(html: str) -> str:
    """All the text of a page's body or of a fragment: one block (paragraph, heading, list
    item, table row) per line; scripts, styles and the head left out; nothing else judged."""
    root = parse(html)
    if root is None:
        return ""
    return tree_text(root)


def tree_text(root) -> str:
    import lxml.etree

    lines: list[str] = []
    line: list[str] = []

    def flush() -> None:
        joined = " ".join("".join(line).split())
        if joined:
            lines.append(joined)
        line.clear()

    walk = lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walk:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if event in ("comment", "pi"):
            line.append(el.tail or "")
        elif event == "end":
            if tag in _BLOCKS or tag == "pre":
                flush()
            elif tag in _CELLS:
                line.append(" ")
            if el is not root:
                line.append(el.tail or "")
        elif tag is None or tag in _DROPPED:  # an entity or a script: text left out
            walk.skip_subtree()
        elif tag == "pre":
            flush()
            lines.extend(s.rstrip() for s in el.text_content().strip("\n").split("\n"))
            walk.skip_subtree()
        else:
            if tag in _BLOCKS:
                flush()
                if tag == "li":
                    line.append("- ")
            elif tag in _CELLS and "".join(line).strip():
                line.append(" | ")
            line.append(el.text or "")
    flush()
    return "\n".join(s for s in lines if s.strip() and s != "-")
