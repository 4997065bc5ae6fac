"""Pilot tests for data safety, empty corpora, load warnings, state across restarts,
help and the command palette."""

from __future__ import annotations

import re

from reader.core.userstate import Position, UserState
from reader.ui.screens.help import HelpScreen, binding_groups, help_table, key_names
from tests.ui.conftest import (
    MARKUP_TITLE,
    aio,
    main_screen,
    notified,
    record_notifications,
    running,
)


@aio
async def test_markup_and_escape_sequences_show_literally(markup_corpus):
    async with running([markup_corpus]) as (app, pilot):
        screen = main_screen(app)
        view = screen.view
        assert view.article.title == MARKUP_TITLE
        shown = " ".join(view.rendered_text().split())  # wrapped lines, joined again
        first = view.passage_text(0)
        assert first.plain.startswith("This paragraph has [bold]square brackets[/bold]")
        assert not first.spans, "nothing in the text became a style"
        assert "[bold]square brackets[/bold]" in shown
        assert "[@click=app.quit]a fake link[/]" in shown
        assert "[red on blue]colour tags[/]" in shown
        assert "[2J" not in shown and "\x1b" not in shown  # the whole sequence goes
        head = shown
        assert "[bold]not bold[/bold]" in head
        assert "[@click=app.quit]no click[/]" in head
        assert "[i]Wire[/i]" in head
        # the list row renders the raw title too
        line = screen.article_list.render_line(0)
        assert "[bold]not bold" in line.text
        # and the whole screen still works: nothing was clicked, nothing quit
        await pilot.press("enter", "n", "right_square_bracket")
        for y in range(view._tops[0], len(view._lines)):  # click every line of the text
            for x in (3, 12, 24, 36):
                await pilot.click("#article", offset=(x, y + 1 - int(view.scroll_y)))
        await pilot.click("#articles", offset=(6, 0))
        await pilot.pause()
        assert app.is_running
        svg = app.export_screenshot()
        assert "[bold]" in svg.replace("&#160;", " ")


@aio
async def test_empty_corpus_says_so(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    async with running([empty]) as (app, pilot):
        screen = main_screen(app)
        assert screen.article_list.rows == []
        assert "This corpus is empty" in screen.view.rendered_text()
        await pilot.press("j", "enter", "n", "m", "r", "y", "o", "right_square_bracket")
        assert app.is_running


@aio
async def test_nothing_readable_shows_a_message_and_warnings_name_the_file(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (bad / "empty.txt").write_text("")
    async with running([bad]) as (app, pilot):
        screen = main_screen(app)
        assert "Nothing could be read" in screen.view.rendered_text()
        messages = notified(app)
        assert any("binary.txt" in m for m in messages)
        assert any("empty.txt" in m for m in messages)


@aio
async def test_article_without_actors_says_so(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "quiet.txt").write_text("nothing here but lower case words.\nand more of them.\n")
    async with running([folder]) as (app, pilot):
        screen = main_screen(app)
        assert screen.view.mentions == []
        assert "No actors were found" in screen.view.rendered_text()
        await pilot.press("tab", "n", "enter")
        assert app.is_running


@aio
async def test_read_marks_and_position_survive_a_restart(news):
    async with running([news]) as (app, pilot):
        await pilot.press("j", "enter", "right_square_bracket", "right_square_bracket")
        await pilot.press("Q")
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        assert screen.doc == "02_sanctions.txt"
        assert screen.view.passage == 2
        assert screen.article_list.current == "02_sanctions.txt"
        assert screen.article_list.read == {"02_sanctions.txt"}


@aio
async def test_second_launch_paints_from_the_store_before_indexing(news):
    async with running([news]):
        pass
    from reader.ui.app import make_app

    app = make_app([news])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = main_screen(app)  # first frame: rows are there already
        assert len(screen.article_list.rows) == 3
        assert screen.view.article is not None
        await app.workers.wait_for_complete()
        await pilot.pause()


def test_user_state_round_trip_and_corruption(tmp_path):
    path = tmp_path / "state.sqlite"
    state = UserState("c1", path)
    state.set_read("a")
    assert state.toggle_read("b") is True
    assert state.toggle_read("b") is False
    assert state.toggle_bookmark("a") is True
    state.set_last(Position("a", 3, 40))
    state.close()
    again = UserState("c1", path)
    assert again.read_docs() == {"a"}
    assert again.bookmarks() == ["a"]
    assert again.last() == Position("a", 3, 40)
    assert UserState("other", path).read_docs() == set()
    again.close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"state.sqlite{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"not a database at all" * 100)
    broken = UserState("c1", path)
    assert broken.notice and "kept it as" in broken.notice
    assert broken.read_docs() == set()
    assert list(tmp_path.glob("state.sqlite.broken-*"))


@aio
async def test_help_lists_every_binding(news):
    async with running([news], size=(100, 60)) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        main_screen(app)


@aio
async def test_help_scrolls_with_the_list_keys(news):
    async with running([news], size=(100, 20)) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        body = app.screen.body
        assert body.max_scroll_y > 5
        await pilot.press("j", "j")
        assert body.scroll_y == 2
        await pilot.press("k")
        assert body.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("space")
        assert body.scroll_y > 5


def test_every_binding_has_an_id_and_help_shows_it():
    from rich.console import Console

    ids = [b.id for _, group in binding_groups() for b in group]
    assert all(ids), "every binding has an id"
    assert len(ids) == len(set(ids))
    console = Console(width=140, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(help_table())
    shown = console.export_text()
    for _, group in binding_groups():
        for b in group:
            assert (b.tooltip or b.description) in shown
            assert key_names(b) in shown
            assert "_" not in key_names(b), "a key is shown as it is typed, not by its name"


def test_help_keeps_its_descriptions_readable_at_80_columns():
    """The help body is about 68 columns wide in an 80-column terminal: a long group
    heading must not widen the key column, so each description's first words stay on
    one line (they were wrapped into a column of 13 before)."""
    from rich.console import Console

    console = Console(width=68, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(help_table())
    lines = console.export_text().splitlines()
    for _, group in binding_groups():
        for b in group:
            words = (b.tooltip or b.description)[:30]
            assert any(words in line for line in lines), words


@aio
async def test_command_palette_goes_to_actors_and_articles(news):
    from textual.command import CommandPalette

    from reader.ui.commands import CorpusCommands
    from reader.ui.screens.actor import ActorScreen

    async with running([news]) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        await pilot.pause()
        provider = CorpusCommands(main_screen(app))
        actor = app.corpus.actors()[0]
        hits = [h async for h in provider.search(actor.name)]
        actor_hit = next(h for h in hits if h.text == f"Go to actor: {actor.name}")
        rows = app.corpus.articles()
        hits = [h async for h in provider.search("sanctions")]
        article_hit = next(h for h in hits if h.text.startswith("Open article:"))
        assert rows[1].title in article_hit.text
        actor_hit.command()
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen)
        article_hit.command()
        await pilot.pause()
        assert main_screen(app).doc == "02_sanctions.txt"
        commands = [c.title for c in app.get_system_commands(main_screen(app))]
        for title in ("Go to actor…", "Open article…", "Actors", "Related", "Next unread"):
            assert title in commands


@aio
async def test_palette_hits_never_parse_names_as_markup(markup_corpus):
    from reader.ui.commands import CorpusCommands

    async with running([markup_corpus]) as (app, pilot):
        provider = CorpusCommands(main_screen(app))
        hits = [h async for h in provider.search("markup")]
        assert hits
        assert "[bold]not bold[/bold]" in hits[-1].match_display.plain


@aio
async def test_indexing_progress_shows_and_goes(news):
    from textual.widgets import ProgressBar

    from reader.core.indexer import Progress
    from reader.ui.messages import Indexing

    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.pause(0.4)  # past the delay before the bar would show
        assert not screen.query_one("#indexing").display
        screen.indexing = True
        screen._show_progress()
        screen.post_message(Indexing(Progress(1, 3, 100, 300, 5)))
        await pilot.pause()
        assert screen.query_one("#indexing").display
        assert "1 of 3 files · 5 articles" in str(screen.query_one("#indexing-label").render())
        bar = screen.query_one("#indexing-bar", ProgressBar)
        assert (bar.progress, bar.total) == (1, 3)  # files, as the label counts
        screen.post_message(Indexing(Progress(3, 3, 300, 300, 3, phase="done")))
        await pilot.pause()
        await pilot.pause()
        assert not screen.query_one("#indexing").display
        # the real count, not the 3 of the progress message (13 would contain "3 actors")
        assert not re.search(r"(?<!\d)3 actors", screen.sub_title)
        assert "actors" in screen.sub_title


@aio
async def test_progress_timer_firing_while_the_app_quits_shows_nothing(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        screen.indexing = True
        app.exit()
        screen._show_progress()  # the 0.3 s timer, late: no MountError, no bar shown
        assert not screen.query_one("#indexing").has_class("-active")


def test_progress_steps_replace_each_other_but_warnings_never():
    from reader.core.indexer import Progress
    from reader.core.model import LoadWarning
    from reader.ui.messages import Indexing

    a, b = Indexing(Progress(1, 3, 1, 3, 1)), Indexing(Progress(2, 3, 2, 3, 2))
    warned = Indexing(Progress(2, 3, 2, 3, 2, warning=LoadWarning("x.txt", "empty")))
    assert b.can_replace(a)
    assert not warned.can_replace(a) and not b.can_replace(warned)


def reports(tmp_path, n: int):
    """A folder of `n` one-line reports, 00.txt, 01.txt, ..."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(f"Report {i}\nMaria Lind wrote report {i}.\n")
    return folder


@aio
async def test_a_big_list_paints_its_first_page_then_the_whole_list(tmp_path, monkeypatch):
    from reader.ui.app import make_app
    from reader.ui.screens import main

    folder = reports(tmp_path, 12)
    monkeypatch.setattr(main, "FIRST_PAGE", 5)
    async with running([folder]) as (app, pilot):  # indexed; remember the tenth article
        screen = main_screen(app)
        screen.open_article("09.txt")
        screen.save_position()
    app = make_app([folder])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = main_screen(app)  # first frame: five rows, the article left off open
        assert len(screen.article_list.rows) == 5 and screen.partial
        assert screen.doc == "09.txt"
        assert "Articles 12" in str(screen.query_one("#sidebar-title").render())
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(screen.article_list.rows) == 12 and not screen.partial
        assert screen.article_list.current == "09.txt"


@aio
async def test_a_failed_index_still_lists_every_stored_article(tmp_path, monkeypatch):
    from reader.core.corpus import Corpus
    from reader.ui.app import make_app
    from reader.ui.screens import main

    folder = reports(tmp_path, 8)
    async with running([folder]):
        pass
    monkeypatch.setattr(main, "FIRST_PAGE", 3)

    def broken(self):
        raise OSError("disk full")
        yield

    monkeypatch.setattr(Corpus, "index", broken)
    app = make_app([folder])
    record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = main_screen(app)
        assert len(screen.article_list.rows) == 8 and not screen.partial
        assert any("Indexing failed: disk full" in n for n in notified(app))
