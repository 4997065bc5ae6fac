"""Pilot tests for the main view: list, article, related panel, panes and keys."""

from __future__ import annotations

from reader.ui.app import NewsReaderApp
from reader.ui.widgets.article_view import ArticleView
from tests.ui.conftest import aio, main_screen, notified, running


@aio
async def test_opens_with_articles_listed_and_first_article_shown(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        assert [r.id for r in screen.article_list.rows] == [
            "01_summit.txt",
            "02_sanctions.txt",
            "03_weather.txt",
        ]
        assert screen.view.article.id == "01_summit.txt"
        assert app.focused is screen.article_list
        assert "3 articles" in screen.sub_title


@aio
async def test_j_k_g_G_move_the_list_and_preview(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("j")
        assert screen.article_list.current == "02_sanctions.txt"
        assert screen.view.article.id == "02_sanctions.txt"
        await pilot.press("down")
        assert screen.view.article.id == "03_weather.txt"
        await pilot.press("k")
        assert screen.article_list.current == "02_sanctions.txt"
        await pilot.press("G")
        assert screen.article_list.current == "03_weather.txt"
        await pilot.press("g")
        assert screen.article_list.current == "01_summit.txt"
        await pilot.press("space")
        assert screen.article_list.current == "03_weather.txt"
        await pilot.press("b")
        assert screen.article_list.current == "01_summit.txt"


@aio
async def test_enter_opens_marks_read_and_focuses_article(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("j", "enter")
        assert screen.doc == "02_sanctions.txt"
        assert app.focused is screen.view
        assert "02_sanctions.txt" in screen.article_list.read
        assert app.state.is_read("02_sanctions.txt")


@aio
async def test_paragraph_keys_move_the_cursor_and_related_follows(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("enter")
        view = screen.view
        assert view.passage == 0
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert view.passage == 1
        bar = view.render_line(view._tops[1] - int(view.scroll_offset.y)).text
        assert bar.startswith("▌"), "the bar marks the paragraph under the cursor"
        assert not view._lines[view._tops[0]].text.startswith("▌")
        title = str(screen.related.query_one("#related-title").render())
        assert "¶2" in title
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert view.passage == 0
        assert "¶1" in str(screen.related.query_one("#related-title").render())


@aio
async def test_n_N_walk_the_mentions_and_emphasise_the_actor(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("enter")
        view: ArticleView = screen.view
        assert view.mentions, "the test corpus names actors"
        await pilot.press("n")
        assert view.cursor == 0
        first = view.mentions[0]
        await pilot.press("n")
        assert view.cursor == 1
        await pilot.press("N")
        assert view.cursor == 0
        assert view.emphasised_actor() == first.actor
        p = view.article.passage_at(first.start)
        text = view.passage_text(p.index)
        covered = [text.plain[s.start : s.end] for s in text.spans if "underline" in str(s.style)]
        assert first.text in covered


@aio
async def test_enter_on_a_mention_opens_the_actor_view(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("enter", "n")
        actor = screen.view.mentions[0].actor
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "ActorScreen"
        assert app.screen.actor_id == actor
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


@aio
async def test_highlighting_toggles(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        assert screen.view.passage_text(0).spans
        await pilot.press("h")
        assert screen.view.highlight is False
        assert not screen.view.passage_text(0).spans
        await pilot.press("h")
        assert screen.view.passage_text(0).spans


@aio
async def test_tab_cycles_panes_and_escape_backs_out(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        assert app.focused is screen.article_list
        await pilot.press("tab")
        assert app.focused is screen.view
        await pilot.press("tab")
        assert app.focused is screen.related.option_list
        await pilot.press("shift+tab")
        assert app.focused is screen.view
        await pilot.press("escape")
        assert app.focused is screen.article_list
        await pilot.press("q")  # at the top: stays, tells how to quit
        assert app.is_running


@aio
async def test_sidebar_and_related_toggle(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("backslash")
        await pilot.pause()
        assert not screen.query_one("#sidebar").display
        assert app.focused is screen.view
        await pilot.press("backslash")
        await pilot.pause()
        assert screen.query_one("#sidebar").display
        assert screen.query_one("#related-pane").display
        await pilot.press("R")
        await pilot.pause()
        assert not screen.query_one("#related-pane").display
        await pilot.press("R")
        await pilot.pause()
        assert screen.query_one("#related-pane").display


@aio
async def test_small_terminal_collapses_related_and_toggles_it(news):
    async with running([news], size=(80, 24)) as (app, pilot):
        screen = main_screen(app)
        assert screen.has_class("-narrow")
        assert not screen.query_one("#related-pane").display
        assert screen.query_one("#sidebar").display
        await pilot.press("R")
        await pilot.pause()
        assert screen.query_one("#related-pane").display
        await pilot.press("R")
        await pilot.pause()
        assert not screen.query_one("#related-pane").display


@aio
async def test_m_toggles_read_and_r_goes_to_next_unread(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("m")
        assert app.state.is_read("01_summit.txt")
        await pilot.press("m")
        assert not app.state.is_read("01_summit.txt")
        await pilot.press("enter")  # reads 01
        await pilot.press("r")
        assert screen.doc == "02_sanctions.txt"
        await pilot.press("r")
        assert screen.doc == "03_weather.txt"
        await pilot.press("r")  # everything read: stays
        assert screen.doc == "03_weather.txt"
        assert screen.article_list.read == {"01_summit.txt", "02_sanctions.txt", "03_weather.txt"}


@aio
async def test_y_copies_the_paragraph_and_o_opens_the_url(markup_corpus, news):
    async with running([news]) as (app, pilot):
        copied = []
        app.copy_to_clipboard = copied.append
        await pilot.press("enter", "right_square_bracket", "y")
        assert copied and copied[0].startswith("Russian President Vladimir Putin met")
        opened = []
        app.open_url = lambda url, **kw: opened.append(url)
        await pilot.press("o")  # no URL on a .txt article: a notice, nothing opened
        assert opened == []
    async with running([markup_corpus]) as (app, pilot):
        opened = []
        app.open_url = lambda url, **kw: opened.append(url)
        await pilot.press("o")
        assert opened == ["https://example.com/[bold]"]
        assert any("Opening https://example.com/[bold]" in m for m in notified(app))


@aio
async def test_mouse_click_opens_an_article(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.click("#articles", offset=(5, 2))
        await pilot.pause()
        assert screen.doc == "02_sanctions.txt"


@aio
async def test_quit_keys(news):
    async with running([news]) as (app, pilot):
        await pilot.press("Q")
        await pilot.pause()
        assert not app.is_running
    async with running([news]) as (app, pilot):
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


@aio
async def test_related_panel_follows_the_paragraph_and_enter_jumps(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("enter", "right_square_bracket")  # ¶2 of the summit: Putin, Kim
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.related_for == ("01_summit.txt", 1)
        entries = screen.related.entries
        assert entries, "another article names Putin"
        assert all(e.doc != "01_summit.txt" or e.start != 0 for e in entries)
        prompt = screen.related.option_list.get_option_at_index(0).prompt
        assert entries[0].title in prompt.plain
        target = entries[0]
        await pilot.press("tab")
        assert app.focused is screen.related.option_list
        await pilot.press("enter")
        await pilot.pause()
        assert screen.doc == target.doc
        assert screen.view.article.passage_at(target.start).index == screen.view.passage
        assert app.focused is screen.view


LONG = "\n".join(
    f"Paragraph {i}: Vladimir Putin spoke in Moscow about the economy and the weather "
    "for a long while, and the reporters wrote it all down for the evening papers."
    for i in range(40)
)


@aio
async def test_article_scroll_keys(tmp_path):
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text("A long article\n" + LONG + "\n")
    async with running([folder], size=(100, 30)) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("tab")
        view = screen.view
        assert app.focused is view and view.max_scroll_y > 0
        await pilot.press("j", "down")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y > 10
        height = view.scrollable_content_region.height
        assert view.passage > 0  # the paragraph cursor comes along (Related follows it)
        assert view.scroll_y <= view._tops[view.passage] < view.scroll_y + height
        await pilot.press("b")
        assert view.scroll_y <= 1
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        assert view.passage == len(view.article.passages) - 1
        await pilot.press("g")
        assert view.scroll_y == 0 and view.passage == 0
        await pilot.press(*["right_square_bracket"] * 20)
        assert view.passage == 20
        top = view._tops[20]
        assert view.scroll_y <= top < view.scroll_y + view.scrollable_content_region.height


@aio
async def test_clicking_a_paragraph_moves_the_cursor(tmp_path):
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text("A long article\n" + LONG + "\n")
    async with running([folder], size=(100, 30)) as (app, pilot):
        screen = main_screen(app)
        view = screen.view
        line = view._tops[2] - int(view.scroll_y)
        await pilot.click("#article", offset=(5, line + view.styles.padding.top))
        await pilot.pause()
        assert view.passage == 2


@aio
async def test_related_list_keys(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("enter", "right_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        options = screen.related.option_list
        count = options.option_count
        await pilot.press("tab")
        assert app.focused is options and options.highlighted == 0
        await pilot.press("j")
        assert options.highlighted == min(1, count - 1)
        await pilot.press("G")
        assert options.highlighted == count - 1
        await pilot.press("g")
        assert options.highlighted == 0
        await pilot.press("k", "space", "b")
        assert options.highlighted is not None
        await pilot.press("escape")
        assert app.focused is screen.article_list


@aio
async def test_scroll_position_survives_a_restart(tmp_path):
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text("A long article\n" + LONG + "\n")
    async with running([folder], size=(100, 30)) as (app, pilot):
        await pilot.press("tab", "space", "space", "j")
        before = main_screen(app).view.scroll_y
        assert before > 20
        await pilot.press("Q")
    async with running([folder], size=(100, 30)) as (app, pilot):
        await pilot.pause()
        assert main_screen(app).view.scroll_y == before


@aio
async def test_asterisk_bookmarks_and_the_star_survives_a_restart(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("j", "asterisk")
        assert app.state.bookmarks() == ["02_sanctions.txt"]
        assert screen.article_list.render_line(2).text.lstrip().startswith("●★")
        await pilot.press("Q")
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        assert screen.article_list.marked == {"02_sanctions.txt"}
        await pilot.press("asterisk")  # the cursor is back on 02: remove it
        assert app.state.bookmarks() == []


@aio
async def test_text_is_wrapped_to_the_width_it_is_shown_at():
    """Restored on the second seed article, whose scrollbar appears without a resize."""
    from tests.ui.conftest import SEEDS

    async with running([SEEDS]) as (app, pilot):
        await pilot.press("j")
    async with running([SEEDS]) as (app, pilot):
        view = main_screen(app).view
        assert view.article.id == "002_c8764f082d158dae.txt"
        await pilot.pause()
        assert view.max_scroll_y > 0
        width = view.scrollable_content_region.width
        assert view._width == width  # noqa: SLF001
        assert all(strip.cell_length <= width for strip in view._lines)  # noqa: SLF001


def test_dates_read_as_dates_and_other_forms_stay() -> None:
    from reader.ui.safe import when

    assert when("2025-09-01T10:00:00Z") == "2025-09-01"
    assert when("2025-09-01T10:00:00+02:00", with_time=True) == "2025-09-01 10:00"
    assert when("2025-09-01", with_time=True) == "2025-09-01"
    assert when("Mon, 01 Sep 2025 10:00:00 GMT") == "Mon, 01 Sep 2025 10:00:00 GMT"


@aio
async def test_article_meta_shows_the_date_readably(tmp_path) -> None:
    import json

    row = {"id": "d1", "title": "Dated", "text": "Body.", "published": "2025-09-01T10:00:00Z"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    async with running([tmp_path]) as (app, _pilot):
        view = main_screen(app).query_one(ArticleView)
        assert "2025-09-01 10:00" in view.head.plain and "T10" not in view.head.plain


@aio
async def test_the_main_screen_is_born_with_the_class_of_its_width():
    """The class Textual would give it on the first resize: that resize restyles nothing."""
    names = {name for _, name in NewsReaderApp.HORIZONTAL_BREAKPOINTS}
    async with running(size=(80, 24)) as (app, pilot):
        screen = main_screen(app)
        for width in (40, 79, 119, 120, 169, 170, 300):
            await pilot.resize_terminal(width, 24)  # Textual sets the class on a resize
            await pilot.pause()
            given = {name for name in names if screen.has_class(name)}
            assert {app.width_class(width)} == given, width
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        made = app.get_default_screen()  # as at start-up: app.size is the terminal's
        assert made.has_class("-narrow") and not made.has_class("-wide")


@aio
async def test_a_list_longer_than_its_pane_has_no_horizontal_scrollbar(tmp_path):
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(f"Story {i} from Geneva\nEnvoys met again.")
    async with running([tmp_path], size=(80, 24)) as (app, pilot):
        await pilot.pause()
        articles = main_screen(app).article_list
        assert articles.show_vertical_scrollbar
        assert not articles.show_horizontal_scrollbar
