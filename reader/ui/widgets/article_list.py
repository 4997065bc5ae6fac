"""Provides `ArticleList`: the article list, drawing only the rows on screen.

Each article takes two lines: marks and title, then source · date · actors; a title too
long for its line goes on in the second one, so that rows whose titles start alike can
still be told apart in a narrow list. Like
toolong's log view it is a `ScrollView` whose `render_line` draws just the visible rows,
so a 10,000-article corpus costs nothing more to show than a ten-article one.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.ui.safe import one_line, split_title, when
from reader.ui.widgets.blank_line import BlankLine

ROW = 2  # lines per article
MARKS = 3  # read mark, bookmark, space


class ArticleList(BlankLine, ScrollView, can_focus=True):
    """The articles of the corpus (or of an actor filter), with read marks."""

    BINDINGS = [
        Binding("down,j", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("up,k", "cursor(-1)", "Up", show=False, id="list.up"),
        Binding("home,g", "jump(0)", "Top", show=False, id="list.top"),
        Binding("end,G", "jump(-1)", "Bottom", show=False, id="list.bottom"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="list.page-down"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="list.page-up"),
        Binding("enter", "select", "Open", id="list.open", tooltip="Open the article"),
    ]

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--meta",
        "article-list--read",
    }

    DEFAULT_CSS = """
    ArticleList { background: $surface; overflow-x: hidden; }
    ArticleList > .article-list--cursor { background: $block-cursor-blurred-background; }
    ArticleList:focus > .article-list--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground;
        text-style: bold;
    }
    ArticleList > .article-list--unread { color: $text-accent; }
    ArticleList > .article-list--meta { color: $text-muted; }
    ArticleList > .article-list--read { color: $text-muted; }
    """

    @dataclass
    class Highlighted(Message):
        """The cursor moved onto article `doc`."""

        article_list: ArticleList
        doc: str

    @dataclass
    class Selected(Message):
        """Article `doc` was chosen (Enter or click)."""

        article_list: ArticleList
        doc: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list = []
        self.read: set[str] = set()
        self.marked: set[str] = set()  # bookmarks
        self.cursor = 0
        self._index: dict[str, int] = {}
        self._strips: LRUCache[tuple, Strip] = LRUCache(1024)

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda _: self._strips.clear(), init=False)

    # -- content ------------------------------------------------------------
    def set_rows(self, rows: list, read: set[str], keep: str | None = None) -> None:
        """Show `rows` (ArticleRow), keeping the cursor on `keep` when it is there."""
        self.rows = rows
        self.read = read
        self._index = {row.id: i for i, row in enumerate(rows)}
        self._strips.clear()
        self.cursor = self._index.get(keep, 0) if keep else 0
        self.virtual_size = Size(self.size.width, len(rows) * ROW)
        self._scroll_to_cursor()
        self.refresh()

    def set_bookmarks(self, docs: set[str]) -> None:
        self.marked = docs
        self._strips.clear()
        self.refresh()

    def set_read(self, doc: str, read: bool) -> None:
        (self.read.add if read else self.read.discard)(doc)
        self.refresh()

    @property
    def current(self) -> str | None:
        return self.rows[self.cursor].id if self.rows else None

    def index_of(self, doc: str) -> int | None:
        return self._index.get(doc)

    def move_to(self, index: int, notify: bool = True) -> None:
        if not self.rows:
            return
        index = max(0, min(len(self.rows) - 1, index))
        changed = index != self.cursor
        self.cursor = index
        self._scroll_to_cursor()
        self.refresh()
        if changed and notify:
            # Straight to the screen: no hops through the containers, so the article
            # follows the cursor in the same frame more often.
            self.screen.post_message(self.Highlighted(self, self.rows[index].id))

    def _scroll_to_cursor(self) -> None:
        if self.rows:
            region = Region(0, self.cursor * ROW, max(1, self.size.width), ROW)
            self.scroll_to_region(region, animate=False, immediate=True)

    # -- actions ------------------------------------------------------------
    def action_cursor(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def action_jump(self, index: int) -> None:
        self.move_to(index if index >= 0 else len(self.rows) - 1)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(1, self.scrollable_content_region.height // ROW))

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.rows[self.cursor].id))

    def _on_click(self, event: events.Click) -> None:
        index = (event.y + int(self.scroll_offset.y)) // ROW
        if 0 <= index < len(self.rows):
            self.move_to(index)
            self.post_message(self.Selected(self, self.rows[index].id))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows) * ROW)

    # -- drawing ------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index, sub = divmod(y + int(self.scroll_offset.y), ROW)
        if index >= len(self.rows):
            return self._blank_line(width)
        row = self.rows[index]
        unread = row.id not in self.read
        cursor = index == self.cursor
        marked = row.id in self.marked
        key = (index, sub, width, unread, marked, cursor, cursor and self.has_focus)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = self._draw(row, sub, width, unread, marked, cursor)
        return strip

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def _draw(self, row, sub: int, width: int, unread: bool, marked: bool, cursor: bool) -> Strip:
        base = self.rich_style
        first, rest = split_title(one_line(row.title), width - 1 - MARKS)
        if sub == 0:
            mark = Text.assemble(
                ("●" if unread else " ", self._style("article-list--unread")),
                ("★" if marked else " ", self._style("article-list--unread")),
                " ",
            )
            title = Text(first)
            if not unread:
                title.stylize(self._fg("article-list--read"))
            line = Text.assemble(" ", mark, title)
        else:
            meta = [one_line(row.source)] if row.source else []
            if row.published:
                meta.append(when(row.published))
            meta.append(f"{row.actors} actor" + ("" if row.actors == 1 else "s"))
            line = Text(" " * (1 + MARKS))
            if rest:
                line.append(rest + " · ", style=None if unread else self._fg("article-list--read"))
            line.append(" · ".join(meta), style=self._fg("article-list--meta"))
        line.truncate(width, overflow="ellipsis", pad=True)
        style = base
        if cursor:
            # not partial: the translucent cursor colour is blended over the background
            style = base + self.get_component_rich_style("article-list--cursor")
        segments = [
            Segment(s.text, style + s.style if s.style else style)
            for s in line.render(self.app.console, end="")
        ]
        return Strip(segments, width).crop_extend(0, width, style)

    def _fg(self, name: str) -> Style:
        """Just the colour, resolved against the background ("auto 60%" and such)."""
        return Style(color=self.get_component_rich_style(name).color)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)
