"""Provides article extraction from HTML: title and body text, without boilerplate."""

from __future__ import annotations

BOILERPLATE = (
    "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button, "
    '[class*="cookie"], [class*="newsletter"], [class*="share"], [role="navigation"]'
)
BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption"


def extract(html: str) -> tuple[str | None, str]:
    """(title, text) of an HTML page; paragraphs of the main content, one per line."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title = None
    for selector, attr in (('meta[property="og:title"]', "content"), ("title", None), ("h1", None)):
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get(attr) if attr else node.text(strip=True)
            if value and value.strip():
                title = " ".join(value.split())
                break
    for node in tree.css(BOILERPLATE):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return title, ""
    paragraphs = []
    for node in root.css(BLOCKS):
        if len(node.css(BLOCKS)) > 1:  # a container of blocks (css includes itself)
            continue
        text = " ".join(node.text(separator=" ").split())
        if text and text != title:
            paragraphs.append(text)
    if not paragraphs:
        paragraphs = [" ".join(root.text(separator=" ").split())]
    return title, "\n".join(paragraphs)
