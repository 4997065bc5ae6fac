"""Pilot tests for the article view's drawing: theme changes and very long articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.widgets.article_window import BLOCK
from tests.ui.conftest import aio, main_screen, notified, running

PARAGRAPHS = 20_000


def drawn_styles(view) -> tuple[dict[int, object], object]:
    """The style each mention is drawn with (by mention index), and a blank line's."""
    mentions = {}
    for strip in view._lines:
        for segment in strip:
            index = segment.style.meta.get("mention") if segment.style else None
            if index is not None:
                mentions.setdefault(index, segment.style)
    blank = view._lines[view._tops[0] - 1]  # the blank line under the head
    return mentions, next(iter(blank)).style


@aio
async def test_a_theme_change_recolours_the_open_article(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("enter", "right_square_bracket")
        view = screen.view
        person = next(i for i, m in enumerate(view.mentions) if m.kind == "person")
        before, blank_before = drawn_styles(view)
        old = view.get_component_rich_style("article--person", partial=True)
        assert before[person].bgcolor == old.bgcolor
        app.theme = "catppuccin-latte"
        await pilot.pause()
        await pilot.pause()
        new = view.get_component_rich_style("article--person", partial=True)
        assert (new.color, new.bgcolor) != (old.color, old.bgcolor)
        after, blank_after = drawn_styles(view)
        assert (after[person].color, after[person].bgcolor) == (new.color, new.bgcolor)
        assert blank_after.bgcolor == view.rich_style.bgcolor != blank_before.bgcolor
        # the head too: its meta line is in the new theme's muted text colour
        meta = view.get_component_rich_style("article--meta").color
        assert any(span.style.color == meta for span in view.head.spans)


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    folder = tmp_path / "long"
    folder.mkdir()
    lines = [f"Paragraph {i + 1} of the transcript." for i in range(PARAGRAPHS)]
    for i in range(0, PARAGRAPHS, 997):
        lines[i] += " Vladimir Putin spoke in Moscow."
    text = "A very long transcript\n" + "\n".join(lines) + "\n"
    (folder / "long.txt").write_text(text, encoding="utf-8")
    return folder


def in_view(view) -> bool:
    top = view._tops[view.passage - view._lo]
    return view.scroll_y <= top < view.scroll_y + view.scrollable_content_region.height


@aio
async def test_a_very_long_article_draws_a_window_that_slides(long_article):
    async with running([long_article]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("enter")
        await pilot.pause()
        view = screen.view
        count = len(view.article.passages)
        assert count > PARAGRAPHS  # the title is a paragraph too
        assert f"{count} paragraphs" in view.rendered_text()
        assert len(view._tops) <= 3 * BLOCK  # not every paragraph
        assert (view._lo, view.passage) == (0, 0) and len(view._tops) == view._hi
        text = view.rendered_text()
        assert f"{count - view._hi:,} more paragraphs not shown" in text
        assert "Paragraph 1 of" in text and f"Paragraph {PARAGRAPHS} of" not in text
        # G: the end, drawn with the paragraphs before it
        await pilot.press("G")
        await pilot.pause()
        assert view.passage == count - 1 and view._hi == count
        assert len(view._tops) <= 3 * BLOCK and in_view(view)
        text = view.rendered_text()
        assert f"Paragraph {PARAGRAPHS} of" in text and "Paragraph 1 of" not in text
        assert f"{view._lo:,} earlier paragraphs not shown" in text
        assert f"¶{count}" in str(screen.related.query_one("#related-title").render())
        # g: back to the top; ] past the window's last paragraph slides it on
        await pilot.press("g")
        await pilot.pause()
        assert view.passage == 0 and view._lo == 0
        end = view._hi
        view.set_cursor(end - 1)
        await pilot.pause()
        row = view._tops[end - 1 - view._lo] - view.scroll_y
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert view.passage == end and view._hi > end and in_view(view)
        assert len(view._tops) == view._hi - view._lo <= 3 * BLOCK
        # nothing jumped: the paragraph left is still on screen, just above the cursor
        assert 0 <= view._tops[end - 1 - view._lo] - view.scroll_y <= row
        assert f"¶{end + 1}" in str(screen.related.query_one("#related-title").render())
        # [ goes back over the start of the window the same way
        start = view._lo
        view.set_cursor(start)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert view.passage == start - 1 and view._lo < start and in_view(view)
        # n: the next mention, wherever it is
        await pilot.press("n")
        await pilot.pause()
        m = view.mentions[view.cursor]
        assert view.article.passage_at(m.start).index == view.passage and in_view(view)
        # Space at the bottom of the window goes on into the next paragraphs
        view.set_cursor(0)
        await pilot.pause()
        view.scroll_end(animate=False, immediate=True)
        end = view._hi
        await pilot.press("space")
        await pilot.pause()
        assert view._hi > end and view.passage >= BLOCK


@aio
async def test_a_position_deep_in_a_very_long_article_survives_a_restart(long_article):
    async with running([long_article]) as (app, pilot):
        view = main_screen(app).view
        await pilot.press("tab")
        view.set_cursor(5 * BLOCK + 7)
        await pilot.press("space", "j")
        await pilot.pause()
        before = (view.passage, view.scroll_y, view._lo)
        assert view._lo > 0 and view.scroll_y > 0
        await pilot.press("Q")
    async with running([long_article]) as (app, pilot):
        await pilot.pause()
        view = main_screen(app).view
        assert (view.passage, view.scroll_y, view._lo) == before


def wrap_widths(monkeypatch) -> list[int]:
    """The widths at which the article view wraps its article from now on."""
    from reader.ui.widgets.article_view import ArticleView

    widths: list[int] = []
    layout = ArticleView._layout

    def counted(self, width):
        widths.append(width)
        return layout(self, width)

    monkeypatch.setattr(ArticleView, "_layout", counted)
    return widths


@aio
async def test_a_long_article_is_wrapped_once_beside_its_scrollbar(monkeypatch):
    """At start-up the first wrap leaves room for the scrollbar the text makes appear."""
    async with running():  # the sample corpus, indexed: the next start paints from the store
        pass
    widths = wrap_widths(monkeypatch)
    async with running(size=(120, 40)) as (app, _pilot):
        view = main_screen(app).view
        assert view.show_vertical_scrollbar
        assert view._width == view.scrollable_content_region.width
        # counted too tall for the view: wrapped beside the scrollbar, and only there
        assert widths == [view._width]


@aio
async def test_a_short_article_is_wrapped_once_at_the_full_width(news, monkeypatch):
    async with running([news]):
        pass
    widths = wrap_widths(monkeypatch)
    async with running([news], size=(120, 40)) as (app, _pilot):
        view = main_screen(app).view
        assert not view.show_vertical_scrollbar
        assert widths == [view.scrollable_content_region.width]


@aio
async def test_the_head_says_which_language_an_article_was_read_as(tmp_path):
    from tests.actors.test_language import ENGLISH, GERMAN

    (tmp_path / "a_de.txt").write_text("Werften in Not\n\n" + GERMAN, encoding="utf-8")
    (tmp_path / "b_en.txt").write_text("Shipyards\n\n" + ENGLISH, encoding="utf-8")
    async with running([tmp_path]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.view.article.title == "Werften in Not"
        assert "read as German" in screen.view.rendered_text()
        assert "Gespräche" not in {m.text for m in screen.view.mentions}
        screen.open_article(next(r.id for r in app.corpus.articles() if r.title == "Shipyards"))
        await pilot.pause()
        assert "read as" not in screen.view.rendered_text()


@aio
async def test_the_app_indexes_with_worker_processes(news, monkeypatch):
    monkeypatch.setenv("NEWSREADER_WORKERS", "2")
    async with running([news]) as (app, pilot):
        assert not [m for m in notified(app) if "failed" in m]
        assert len(app.corpus.articles()) == 3
        assert {m.text for m in main_screen(app).view.mentions} >= {"Vladimir Putin"}
