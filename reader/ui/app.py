"""Provides `NewsReaderApp` and `make_app()`, the one factory the CLI and the tests use."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from reader.core.config import load_config, save_config
from reader.core.corpus import Corpus
from reader.core.userstate import UserState
from reader.ui.screens.main import MainScreen


class NoWaitExecutor(ThreadPoolExecutor):
    """The loop's thread pool, whose shutdown never blocks on a busy worker."""

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=False, cancel_futures=True)


class NewsReaderApp(App):
    """The reader: a main view plus actor screens and popups pushed over it."""

    CSS_PATH = "app.tcss"
    TITLE = "newsreader"
    COMMANDS = App.COMMANDS | {lambda: corpus_commands()}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide"), (170, "-huge")]
    BINDINGS = [
        Binding("Q,ctrl+q", "quit", "Quit", id="app.quit", priority=True),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.commands"),
        Binding("tab", "focus_next", "Next pane", show=False, id="app.next-pane"),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False, id="app.prev-pane"),
    ]

    def __init__(self, corpus: Corpus, state: UserState | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.state = state or UserState(corpus.db_path.stem)
        self.config = load_config()
        # the saved theme, unless TEXTUAL_THEME asks for one; a theme gone since: the default
        if self.config.theme in self.available_themes and not os.environ.get("TEXTUAL_THEME"):
            self.theme = self.config.theme

    def watch_theme(self, theme: str) -> None:
        """Remember the theme picked (Ctrl+P → Theme) for the next start."""
        if theme == self.config.theme:
            return
        self.config = replace(self.config, theme=theme)
        try:
            save_config(self.config)
        except OSError as exc:
            self.notify(f"The theme could not be saved: {exc}", severity="warning", markup=False)

    def on_load(self) -> None:
        # Indexing and related-passage threads cannot be interrupted mid-query; do not
        # make quitting wait for them (their uncommitted work is rolled back by SQLite).
        asyncio.get_running_loop().set_default_executor(NoWaitExecutor())

    def get_default_screen(self) -> Screen:
        # Born with the breakpoint class of the terminal's width: the first Resize then
        # changes no class, and the whole screen is not styled a second time.
        return MainScreen(self.corpus, self.state, classes=self.width_class(self.size.width))

    def width_class(self, width: int) -> str:
        """The `HORIZONTAL_BREAKPOINTS` class Textual gives a screen `width` cells wide."""
        return next(
            name
            for minimum, name in sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True)
            if width >= minimum
        )

    @property
    def main(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    # -- navigation used by screens and the command palette ------------------
    def back_to_main(self) -> MainScreen:
        main = self.main
        while self.screen is not main:
            self.pop_screen()
        return main

    def show_actor(self, actor_id: str) -> None:
        from reader.ui.screens.actor import ActorScreen

        current = self.screen
        if isinstance(current, ActorScreen) and current.actor_id == actor_id:
            return
        screen = ActorScreen(self.corpus, actor_id)
        if isinstance(current, ActorScreen):
            # pushed over the one it was opened from (Esc goes back to it), same panes
            for pane in ("-show-others", "-hide-others"):
                screen.set_class(current.has_class(pane), pane)
        self.push_screen(screen)

    def show_actors(self) -> None:
        from reader.ui.screens.actors import ActorsScreen

        self.push_screen(ActorsScreen(self.corpus))

    def jump_to(self, doc: str, offset: int) -> None:
        self.back_to_main().jump_to(doc, offset)

    def filter_by_actor(self, actor_id: str) -> None:
        self.back_to_main().filter_by_actor(actor_id)

    def search_names(self) -> None:
        from reader.ui.dialogs.name_search import NameSearch

        def chosen(actor_id: str | None) -> None:
            if actor_id:
                self.filter_by_actor(actor_id)

        self.push_screen(NameSearch(self.corpus), chosen)

    def search_text(self) -> None:
        from reader.ui.dialogs.text_search import TextSearch

        def chosen(result) -> None:
            if result:
                query, hit = result
                self.back_to_main().search_text(query, hit.doc, hit.passage)

        self.push_screen(TextSearch(self.corpus), chosen)

    def who_said_what(self) -> None:
        from reader.ui.dialogs.quote_search import QuoteSearch

        def chosen(quote) -> None:
            if quote:
                self.jump_to(quote.doc, quote.start)

        self.push_screen(QuoteSearch(self.corpus), chosen)

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        """Open `url` so that the browser never writes over the screen (see `browser`)."""
        if self.is_web:
            super().open_url(url, new_tab=new_tab)
            return
        from reader.ui.browser import open_url

        open_url(self, url)

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        if not all(screen.is_mounted for screen in self.screen_stack):
            # `Q` read before a screen finished mounting: exiting now would tear the
            # screen down under its own on_mount (a traceback left on the terminal).
            self.set_timer(0.02, self.action_quit)
            return
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.save_position()
        self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Go to actor…", "Find an actor by name (/)", self.search_names)
        yield SystemCommand("Open article…", "Search titles and text (s)", self.search_text)
        yield SystemCommand("Actors", "Every actor, sortable (a)", self.show_actors)
        yield SystemCommand("Who said what", "Every quotation, by speaker (w)", self.who_said_what)
        yield SystemCommand("Help", "Every key binding (? or F1)", self.action_help)
        if isinstance(screen, MainScreen):
            for binding in MainScreen.BINDINGS:
                if binding.action in ("back", "search_names", "search_text", "actors", "quotes"):
                    continue
                yield SystemCommand(
                    binding.description,
                    binding.tooltip or f"Key: {binding.key.split(',')[0]}",
                    lambda action=binding.action: screen.run_action(action),
                )


def corpus_commands():
    """The palette provider, imported when the palette first opens (not at start-up)."""
    from reader.ui.commands import CorpusCommands

    return CorpusCommands


def make_app(paths: Iterable[Path] | None = None) -> NewsReaderApp:
    """The reader on the corpus made of `paths` (the bundled sample corpus by default)."""
    corpus = Corpus.open(list(paths) if paths else None)
    return NewsReaderApp(corpus)
