"""Pilot tests for the article view's drawing: theme changes and very long articles."""

from __future__ import annotations

from tests.ui.conftest import aio, main_screen, running


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
