"""HTML extraction: the old selectolax rules against the trafilatura extractor, on real pages.

    python bench/bench_html.py FOLDER GOLD.jsonl
    python bench/bench_html.py trafilatura/tests/cache trafilatura/tests/evaldata.py

GOLD is JSON Lines, one page a line: {"file": NAME, "with": [...], "without": [...]} (snippet
gold, as trafilatura's evaluation: a `with` snippet found is a true positive, a `without`
snippet found a false positive) and/or {"file": NAME, "text": FULL_TEXT} (token-level gold:
bag-of-words precision and recall of the output against the text). Reports F1 for each,
crashes and empty outputs, per extractor. The old extractor is kept here only to compare.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's reader

BOILERPLATE = (
    "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button, "
    '[class*="cookie"], [class*="newsletter"], [class*="share"], [role="navigation"]'
)
BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption"


def old_extract(html: str, url: str | None = None) -> tuple[str | None, str]:
    """The `.html` loader before trafilatura (selectolax and class-substring rules)."""
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
        if len(node.css(BLOCKS)) > 1:
            continue
        text = " ".join(node.text(separator=" ").split())
        if text and text != title:
            paragraphs.append(text)
    if not paragraphs:
        paragraphs = [" ".join(root.text(separator=" ").split())]
    return title, "\n".join(paragraphs)


def new_extract(html: str, url: str | None = None) -> tuple[str | None, str]:
    from reader.core.sources.html import extract

    return extract(html, url)


def decode_html(data: bytes) -> str:
    from reader.core.sources.html_plain import decode_html

    return decode_html(data)


def squash(text: str) -> str:
    return " ".join(text.split())


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def run(folder: Path, gold: list[dict], name: str, extractor) -> dict[str, float]:
    tp = fp = fn = 0
    tok_p = tok_r = tok_n = 0.0
    crashes = empties = 0
    start = time.perf_counter()
    for page in gold:
        html = decode_html((folder / page["file"]).read_bytes())
        try:
            _, text = extractor(html, page.get("url"))
        except Exception as exc:  # noqa: BLE001 - counted, and named
            crashes += 1
            print(f"  {name} crash on {page['file']}: {type(exc).__name__}: {exc}")
            text = ""
        if not text.strip():
            empties += 1
        flat = squash(text)
        for snippet in page.get("with", []):
            if squash(snippet) in flat:
                tp += 1
            else:
                fn += 1
        fp += sum(squash(snippet) in flat for snippet in page.get("without", []))
        if "text" in page:
            got, want = tokens(text), tokens(page["text"])
            common = sum((got & want).values())
            tok_p += common / max(1, sum(got.values()))
            tok_r += common / max(1, sum(want.values()))
            tok_n += 1
    elapsed = time.perf_counter() - start
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    result = {
        "snippet_f1": 2 * precision * recall / max(1e-9, precision + recall),
        "precision": precision,
        "recall": recall,
        "crashes": crashes,
        "empties": empties,
        "seconds": elapsed,
    }
    if tok_n:
        p, r = tok_p / tok_n, tok_r / tok_n
        result["token_f1"] = 2 * p * r / max(1e-9, p + r)
    return result


def main(argv: list[str]) -> None:
    folder, gold_path = Path(argv[0]), Path(argv[1])
    if gold_path.suffix == ".py":  # trafilatura's tests/evaldata.py: EVAL_PAGES = {url: {...}}
        import runpy

        pages = runpy.run_path(str(gold_path))["EVAL_PAGES"]
        gold = [{"url": url, **page} for url, page in pages.items()]
    else:
        gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    gold = [page for page in gold if (folder / page["file"]).exists()]
    print(f"{len(gold)} pages from {folder}")
    new_extract("<html><body><p>warm up</p></body></html>")
    for name, extractor in (("old (selectolax)", old_extract), ("new (trafilatura)", new_extract)):
        r = run(folder, gold, name, extractor)
        figures = ", ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()
        )
        print(f"{name}: {figures}")


if __name__ == "__main__":
    main(sys.argv[1:])
