"""Pilot tests of what a new user meets first: list rows, footer, marks (issue 14)."""

from __future__ import annotations

from reader.ui.widgets.footer import FooterKey, KeyFooter
from tests.ui.conftest import aio, main_screen, notified, running


def row_text(article_list, index: int) -> str:
    """The two lines of the `index`th row, as shown."""
    return " / ".join(article_list.render_line(index * 2 + sub).text for sub in (0, 1))


@aio
async def test_at_80x24_rows_whose_titles_start_alike_can_be_told_apart():
    async with running(None, size=(80, 24)) as (app, pilot):
        rows = main_screen(app).article_list
        assert rows.rows[0].title[:24] == rows.rows[1].title[:24]
        first, second = row_text(rows, 0), row_text(rows, 1)
        assert first != second
        assert "Jong-un is set" in first and "Jong Un welcomed" in second


@aio
async def test_at_80_columns_the_footer_keeps_help_and_quit_and_drops_whole_keys():
    async with running(None, size=(80, 24)) as (app, pilot):
        footer = app.screen.query_one(KeyFooter)
        for keys in ((), ("enter",), ("a",)):
            await pilot.press(*keys)
            await pilot.pause()
            await pilot.pause()
            footer = app.screen.query_one(KeyFooter)
            shown = [k for k in footer.query(FooterKey) if not k.has_class("-command-palette")]
            assert {"Help", "Quit"} <= {k.description for k in shown}, keys
            palette = footer.query_one(".-command-palette", FooterKey)
            assert all(k.region.right <= palette.region.x for k in shown), keys


@aio
async def test_a_bookmarked_unread_article_shows_both_marks(news):
    async with running([news], size=(120, 30)) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("asterisk")
        await pilot.pause()
        rows = screen.article_list
        assert rows.current in rows.marked and rows.current not in rows.read
        line = rows.render_line(0).text
        assert "●" in line and "★" in line


@aio
async def test_indexing_shows_one_honest_percentage_and_warnings_go_to_a_notification(news):
    from textual.widgets import ProgressBar

    from reader.core.indexer import Progress
    from reader.core.model import LoadWarning
    from reader.ui.messages import Indexing

    long_name = "/data/" + "very-long-folder-name/" * 5 + "bad.jsonl"
    async with running([news], size=(80, 24)) as (app, pilot):
        screen = main_screen(app)
        screen.indexing = True
        screen._show_progress()
        warning = LoadWarning(long_name, "2 bad lines skipped")
        screen.post_message(Indexing(Progress(27, 313, 31, 100, 40, warning=warning)))
        await pilot.pause()
        label = str(screen.query_one("#indexing-label").render())
        bar = screen.query_one("#indexing-bar", ProgressBar)
        assert "27 of 313 files" in label and "bad" not in label
        assert round(bar.percentage * 100) == round(27 / 313 * 100)  # 9 %, not 31 %
        toasts = notified(app)
        assert any(long_name in t and "2 bad lines skipped" in t for t in toasts)


@aio
async def test_while_indexing_an_article_says_its_actors_are_still_being_found(tmp_path):
    folder = tmp_path / "quiet"
    folder.mkdir()
    (folder / "a.txt").write_text("Rain expected\nit will rain and then stay mild.\n")
    async with running([folder]) as (app, pilot):
        screen = main_screen(app)

        def head() -> str:
            return "".join(screen.view.render_line(y).text for y in range(6))

        screen.indexing = True  # as before the actors are resolved
        screen.open_article("a.txt")
        await pilot.pause()
        assert "still being found" in head() and "No actors" not in head()
        screen.indexing = False
        screen.open_article("a.txt")
        await pilot.pause()
        assert "No actors were found" in head()
