"""Article extraction from HTML pages: the failure classes seen on real pages, hostile input,
literal text, metadata and charsets."""

from __future__ import annotations

import pytest

from reader.core.sources.html import Page, extract, extract_page
from reader.core.sources.html_plain import plain_text

STORY = [
    "The city council voted on Tuesday to reopen the old harbour bridge to cyclists after "
    "two years of repairs, ending a dispute that had divided residents since 2022.",
    "Engineers said the steel deck had been replaced and the piers reinforced, and that the "
    "bridge could now carry twice the load it was built for in the nineteenth century.",
    "Shopkeepers on both banks welcomed the decision, saying the closure had cut their trade "
    "by a third, while a residents' group asked for speed limits on the new cycle lanes.",
]
CHROME = (
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
    "<li><a href='/sport'>Sport</a></li></ul></nav>"
)
FOOTER = "<footer><p>Copyright 2024 Harbour Daily Media Group. All rights reserved.</p></footer>"


def page(body: str, *, body_class: str = "", html_class: str = "", head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html class="{html_class}"><head><title>Bridge reopens</title>{head}'
        f'</head><body class="{body_class}">{CHROME}{body}{FOOTER}</body></html>'
    )


def paragraphs(lines: list[str] = STORY) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def assert_story(text: str) -> None:
    assert text.split("\n") == STORY


def test_a_plain_article_page_keeps_the_story_and_drops_menus_and_footer() -> None:
    title, text = extract(page(f"<article><h1>Bridge reopens</h1>{paragraphs()}</article>"))
    assert title == "Bridge reopens"
    assert_story(text)


@pytest.mark.parametrize(
    "body_class", ["home page cookies-not-set", "post category-no-newsletter-rss single"]
)
def test_a_body_class_naming_cookies_or_newsletters_keeps_the_body(body_class: str) -> None:
    _, text = extract(page(f"<main>{paragraphs()}</main>", body_class=body_class))
    assert_story(text)


def test_an_entry_content_marked_no_share_is_the_content() -> None:
    html = page(
        f'<div class="entry-content no-share">{paragraphs()}</div>'
        '<div class="share-buttons"><a>Share on Facebook</a><a>Share by e-mail</a></div>'
    )
    _, text = extract(html)
    assert_story(text)


def test_an_html_class_naming_cookies_neither_crashes_nor_empties() -> None:
    _, text = extract(page(f"<article>{paragraphs()}</article>", html_class="av-cookies-session"))
    assert_story(text)


def test_text_directly_inside_a_div_is_read() -> None:
    _, text = extract(page(f'<div class="story">{"<br><br>".join(STORY)}</div>'))
    assert_story(text)


def test_a_teaser_article_before_the_story_is_not_taken_for_it() -> None:
    teaser = (
        '<article class="teaser"><h2><a href="/other">Ferry fares to rise</a></h2>'
        "<p>Read more</p></article>"
    )
    _, text = extract(page(f'{teaser}<div class="article-body">{paragraphs()}</div>'))
    assert STORY[0] in text and STORY[2] in text
    assert "Read more" not in text


def test_tables_and_lists_come_out_one_row_or_item_a_line() -> None:
    table = (
        "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>12</td></tr>"
        "</table><ul><li>Turnout rose</li><li>Two seats changed hands</li></ul>"
    )
    _, text = extract(page(f"<article>{paragraphs()}{table}</article>"))
    lines = text.split("\n")
    assert lines[:3] == STORY
    assert "Party | Seats" in lines and "Greens | 12" in lines
    assert "- Turnout rose" in lines and not any(set(line) <= set("|- ") for line in lines)


def test_markup_looking_text_stays_literal() -> None:
    literal = "In HTML, <b> starts a bold phrase; [bold]this[/bold] is not markup either & so on."
    escaped = literal.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    _, text = extract(page(f"<article>{paragraphs()}<p>{escaped}</p></article>"))
    assert text.split("\n")[-1] == literal


@pytest.mark.parametrize(
    "data",
    [
        "",
        "   \n ",
        "\x00" * 64,
        "<<<>>>&&&;;<!--",
        "<html><body></body></html>",
        "<?xml version='1.0' encoding='utf-8'?>",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20,
        bytes(range(256)) * 8,
        b"",
        "<div>" * 5000 + "deep" + "</div>" * 5000,
    ],
)
def test_hostile_input_never_raises(data: str | bytes) -> None:
    result = extract_page(data)
    assert isinstance(result, Page) and isinstance(result.text, str)
    assert "<" not in result.text or data == "<<<>>>&&&;;<!--"


def test_empty_only_when_there_is_no_text() -> None:
    assert extract("<html><head><title>Nothing</title></head><body> </body></html>")[1] == ""
    words = "Just one line of words"
    assert extract(f"<html><body>{words}</body></html>")[1] == words


def test_an_xml_declaration_in_text_input_is_fine() -> None:
    html = "<?xml version='1.0' encoding='utf-8'?>" + page(f"<article>{paragraphs()}</article>")
    assert_story(extract(html)[1])


def test_metadata_comes_from_the_meta_tags() -> None:
    head = (
        '<meta property="og:title" content="Harbour bridge reopens to cyclists">'
        '<meta name="author" content="Ana Lima; Tom Berg">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00+00:00">'
    )
    got = extract_page(page(f"<article>{paragraphs()}</article>", head=head), "https://e.test/b")
    assert got.title == "Harbour bridge reopens to cyclists"
    assert got.published == "2024-03-05"
    assert got.authors == ("Ana Lima", "Tom Berg")
    assert_story(got.text)


def test_bytes_are_decoded_by_the_declared_charset() -> None:
    story = ["Le conseil municipal a voté mardi la réouverture du pont à Genève. " * 3]
    html = page(paragraphs(story), head='<meta charset="iso-8859-1">')
    got = extract_page(html.encode("latin-1"))
    assert got.text == story[0].strip()
    cyrillic = "Мэрия Москвы сообщила во вторник, что мост откроется после ремонта. " * 3
    html = page(
        f"<p>{cyrillic}</p>",
        head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    )
    assert extract_page(html.encode("cp1251")).text == cyrillic.strip()


def test_undeclared_utf8_bytes_and_a_bom_decode() -> None:
    html = page(paragraphs(["Zürich, São Paulo and Kraków all said yes. " * 3]))
    assert "Kraków" in extract_page(html.encode()).text
    assert "Kraków" in extract_page(b"\xef\xbb\xbf" + html.encode()).text


def test_plain_text_keeps_every_block_of_a_feed_fragment() -> None:
    fragment = (
        "<p>Leaders met in Hanoi.</p>Direct text<br>after a break<ul><li>one</li></ul>"
        "<script>var x = 1;</script><pre>a  = 1\nb = 2</pre>&lt;b&gt; stays"
    )
    assert plain_text(fragment) == (
        "Leaders met in Hanoi.\nDirect text\nafter a break\n- one\na  = 1\nb = 2\n<b> stays"
    )
