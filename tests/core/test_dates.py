"""Article dates: any common form becomes ISO 8601; a dateline in the text counts."""

from __future__ import annotations

import pytest

from reader.core.dates import normalise_date, text_date


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("2026-12-03", "2026-12-03"),
        ("2026-12-03T14:00:00+01:00", "2026-12-03T13:00:00Z"),
        ("Tue, 02 Dec 2025 18:26:40 GMT", "2025-12-02T18:26:40Z"),
        ("3 December 2026", "2026-12-03"),
        ("Dec. 3, 2026", "2026-12-03"),
        ("Tuesday", None),
        ("2026-13-45", None),
        ("", None),
    ],
)
def test_normalise_date(given, iso):
    assert normalise_date(given) == iso


def test_dateline_near_the_top_and_not_further_down():
    assert text_date("GENEVA, March 4, 2025 (AP) - Talks resumed.") == "2025-03-04"
    assert text_date("Talks resumed. " * 40 + "On 4 March 2025 they ended.") is None


def test_an_html_page_keeps_its_own_date_and_author(tmp_path):
    from reader.core.sources import discover, load

    body = "".join(
        f"<p>Paragraph {i} of the report on the harbour works in Lyon.</p>" for i in range(8)
    )
    (tmp_path / "page.html").write_text(
        "<html><head><title>Harbour works</title>"
        '<meta property="article:published_time" content="2025-03-04T09:00:00Z">'
        '<meta name="author" content="Maria Lopez"></head>'
        f"<body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    (source,), _ = discover([tmp_path / "page.html"])
    (article,) = load(source)
    assert article.published.startswith("2025-03-04")
    assert article.authors == ("Maria Lopez",)
