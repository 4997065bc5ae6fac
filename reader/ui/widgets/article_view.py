"""Provides `ArticleView`: one article, paragraph by paragraph, actors highlighted.

The text is data: each paragraph is a `rich.text.Text` made from the plain string and
styled by the mentions' character offsets, never parsed as markup. Colours per actor
kind come from the theme through component classes. The view keeps a cursor on a
paragraph (and optionally on one mention) and reports moves with messages.

It is a line-API `ScrollView`: paragraphs are wrapped once per change into cached
strips, so opening an article costs one wrap of its text and no widget layout. A very
long article is drawn a window of paragraphs at a time (`article_window`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.languages import language_name
from reader.core.model import Article, Mention
from reader.ui.safe import count, one_line, plain, styled, when
from reader.ui.widgets.article_cursor import ArticleCursor
from reader.ui.widgets.article_window import BLOCK, above, below, window
from reader.ui.widgets.blank_line import BlankLine

GUTTER = 2  # cells left of the text: a bar marks the paragraph under the cursor


class ArticleView(ArticleCursor, BlankLine, ScrollView, can_focus=True):
    """The open article with its paragraph cursor."""

    BINDINGS = [
        Binding("down,j", "scroll_down", "Down", show=False, id="article.down"),
        Binding("up,k", "scroll_up", "Up", show=False, id="article.up"),
        Binding("home,g", "scroll_home", "Top", show=False, id="article.top"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="article.bottom"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="article.page-down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="article.page-up"),
        Binding(
            "right_square_bracket",
            "paragraph(1)",
            "Next ¶",
            id="article.next-paragraph",
            tooltip="Next paragraph (the Related panel follows)",
        ),
        Binding(
            "left_square_bracket",
            "paragraph(-1)",
            "Prev ¶",
            id="article.prev-paragraph",
            tooltip="Previous paragraph",
        ),
        Binding(
            "n",
            "mention(1)",
            "Next mention",
            id="article.next-mention",
            tooltip="Next actor mention",
        ),
        Binding(
            "n",
            "match(1)",
            "Next match",
            id="article.next-match",
            tooltip="Next match of the text search (while one is active)",
        ),
        Binding(
            "N",
            "mention(-1)",
            "Prev mention",
            show=False,
            id="article.prev-mention",
            tooltip="Previous actor mention (or match)",
        ),
        Binding(
            "enter",
            "choose",
            "Actor view",
            id="article.actor",
            tooltip="Open the actor under the cursor",
        ),
    ]

    COMPONENT_CLASSES = {
        "article--person",
        "article--organization",
        "article--place",
        "article--group",
        "article--focus",
        "article--cursor",
        "article--match",
        "article--title",
        "article--meta",
        "article--current",
        "article--bar",
        "article--quote",
    }

    DEFAULT_CSS = """
    ArticleView { background: $surface; padding: 1 1 0 0; }
    ArticleView > .article--person { color: $text-primary; background: $primary-muted; }
    ArticleView > .article--organization { color: $text-warning; background: $warning-muted; }
    ArticleView > .article--place { color: $text-success; background: $success-muted; }
    ArticleView > .article--group { color: $text-secondary; background: $secondary-muted; }
    ArticleView > .article--focus { text-style: bold underline; }
    ArticleView > .article--cursor { text-style: bold reverse; }
    ArticleView > .article--match {
        color: $text-error; background: $error-muted; text-style: bold;
    }
    ArticleView > .article--title { text-style: bold; }
    ArticleView > .article--meta { color: $text-muted; }
    ArticleView > .article--current { background: $boost; }
    ArticleView > .article--bar { color: $accent; }
    ArticleView > .article--quote { text-style: italic; }
    ArticleView:focus > .article--bar { color: $accent-lighten-1; }
    """

    @dataclass
    class PassageChanged(Message):
        """The paragraph under the cursor changed."""

        view: ArticleView
        doc: str
        passage: int

    @dataclass
    class ActorChosen(Message):
        """Enter on a mention: open the actor view."""

        view: ArticleView
        actor: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.mentions: list[Mention] = []
        self._starts: list[int] = []
        self.passage = 0
        self.cursor: int | None = None  # index into mentions
        self.focus_actor: str | None = None
        self.matches: list[tuple[int, int]] = []
        self.match_cursor: int | None = None
        self.quotes: list = []  # Quote: quoted words styled, their speaker asked with "
        self.highlight = True
        self.head = Text()
        self._note: str | None = None
        self._message: tuple[str, str] | None = None
        self._lines: list[Strip] = []
        self._tops: list[int] = []  # first line of each paragraph drawn (from `_lo`)
        self._lo = self._hi = 0  # the paragraphs drawn: all but in very long articles
        self._text_end = 0  # the line after the last paragraph drawn
        self._width = 0
        self._rewrap_pending = False
        self._par_cache: dict[tuple, list[Strip]] = {}
        self._par_actors: dict[int, frozenset[str]] = {}

    def on_mount(self) -> None:
        # The signal comes once the new theme's CSS is applied; a watch on `App.theme`
        # runs before, and would wrap the text again in the old theme's colours.
        self.app.theme_changed_signal.subscribe(self, lambda _: self._restyle())

    # -- content ------------------------------------------------------------
    def show(
        self,
        article: Article,
        mentions: list[Mention],
        *,
        passage: int = 0,
        focus_actor: str | None = None,
        matches: list[tuple[int, int]] | None = None,
        note: str | None = None,
        post: bool = True,
        quotes: list | None = None,
    ) -> None:
        """Open `article`; the cursor goes to `passage` (announced unless `post` is False)."""
        self.article = article
        self.mentions = mentions
        self.quotes = quotes or []
        self._starts = [m.start for m in mentions]
        self.focus_actor = focus_actor
        had_matches, self.matches = bool(self.matches), matches or []
        if had_matches != bool(self.matches):
            self.refresh_bindings()  # n: next mention, or next match
        self.match_cursor = None
        self.cursor = None
        self.passage = max(0, min(passage, len(article.passages) - 1))
        self._note, self._message = note, None
        self.head = self._head()
        self._par_cache.clear()
        self._par_actors.clear()
        self._lo, self._hi = window(self.passage, len(article.passages))
        self._rebuild()
        self.scroll_to(0, 0, animate=False, immediate=True)
        if self.passage:
            self._scroll_to_cursor()
        if post:
            self.post_message(self.PassageChanged(self, article.id, self.passage))

    def show_message(self, title: str, body: str) -> None:
        """No article: a helpful message instead of a blank pane."""
        self.article = None
        self.mentions = []
        self.quotes = []
        self._starts = []
        self._message = (title, body)
        self._lo = self._hi = 0
        self.head = self._head()
        self._rebuild()

    def _head(self) -> Text:
        """The title lines (or the message shown instead of an article), in theme colours."""
        if self.article is None:
            if self._message is None:
                return Text()
            title, body = self._message
            head = styled(title, self._style("article--title"))
            head.append("\n\n" + plain(body), style=self._full("article--meta"))
            return head
        a, note = self.article, self._note
        head = styled(a.title, self._style("article--title"))
        meta = [one_line(a.source)] if a.source else []
        if a.published:
            meta.append(when(a.published, with_time=True))
        if a.authors:
            meta.append("by " + ", ".join(one_line(x) for x in a.authors))
        actors = len({m.actor for m in self.mentions})
        meta.append(count(actors, "actor"))
        meta.append(count(len(a.passages), "paragraph"))
        if self.quotes:
            meta.append(count(len(self.quotes), "quote"))
        if a.language != "en":
            meta.append(f"read as {language_name(a.language)}")
        head.append("\n" + " · ".join(meta), style=self._full("article--meta"))
        if a.url:
            head.append("\n" + one_line(a.url), style=self._full("article--meta"))
        if not self.mentions:
            note = note or "No actors were found in this article."
        if note:
            head.append("\n" + plain(note), style=self._full("article--meta") + Style(italic=True))
        return head

    # -- drawing ------------------------------------------------------------
    def quotes_here(self) -> list:
        """The quotations of the paragraph under the cursor (or at the mention cursor)."""
        if self.article is None or not self.article.passages:
            return []
        p = self.article.passages[self.passage]
        return [q for q in self.quotes if q.start < p.end and q.end > p.start]

    def emphasised_actor(self) -> str | None:
        if self.cursor is not None:
            return self.mentions[self.cursor].actor
        return self.focus_actor

    def passage_text(self, i: int) -> Text:
        """Paragraph `i` as Text, styled by offsets (public for tests)."""
        p = self.article.passages[i]
        text = Text(plain(self.article.text[p.start : p.end]), end="")
        quote_style = self._style("article--quote")
        for q in self.quotes:
            if q.start < p.end and q.end > p.start:
                text.stylize(
                    quote_style, max(q.start, p.start) - p.start, min(q.end, p.end) - p.start
                )
        if self.highlight:
            emph = self.emphasised_actor()
            focus = self._style("article--focus")
            cursor_style = self._style("article--cursor")
            j = bisect_left(self._starts, p.start)
            while j < len(self.mentions) and self.mentions[j].start < p.end:
                m = self.mentions[j]
                style = self._style(f"article--{m.kind}")
                if m.actor == emph:
                    style += focus
                if j == self.cursor:
                    style += cursor_style
                style += Style(meta={"mention": j})
                text.stylize(style, m.start - p.start, min(m.end, p.end) - p.start)
                j += 1
        match_style = self._style("article--match")
        for k, (s, e) in enumerate(self.matches):
            if s < p.end and e > p.start:
                style = match_style
                if k == self.match_cursor:
                    style += self._style("article--cursor")
                text.stylize(style, max(s, p.start) - p.start, min(e, p.end) - p.start)
        return text

    def _rebuild(self) -> None:
        """Lay the head and every paragraph out as strips at the current width.

        Each paragraph's strips are cached under what changes their look (width, cursor
        here or not, the emphasised actor if it is named here, the mention or match under
        the cursor if it is here), so a cursor move re-wraps only the paragraphs it
        touches. `show()` and style changes empty the cache.

        Text taller than the view makes the vertical scrollbar appear, which narrows the
        view: then the text is wrapped at the narrower width at once, rather than after
        one more layout and paint (which would show it wrapped too wide first).
        """
        region = self.scrollable_content_region
        width = region.width
        if width <= GUTTER + 4:
            self._lines, self._tops, self._text_end = [], [], 0
            self._width = width
            self.virtual_size = Size(width, 0)
            self.refresh()
            return
        bar = self.styles.scrollbar_size_vertical
        narrow = (
            not self.show_vertical_scrollbar
            and self.styles.overflow_y == "auto"
            and width - bar > GUTTER + 4
        )
        if narrow and self._surely_taller(width, region.height):
            width -= bar  # (counted, not wrapped: a wrap costs ~0.15 ms a line)
            narrow = False
        lines, tops, text_end = self._layout(width)
        if narrow and len(lines) > region.height:
            width -= bar
            lines, tops, text_end = self._layout(width)
        self._width = width
        self._lines, self._tops, self._text_end = lines, tops, text_end
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def _surely_taller(self, width: int, height: int) -> bool:
        """True if the paragraphs drawn take more than `height` lines at `width`.

        A lower bound, from the paragraphs' lengths: no line holds more characters than
        the text is wide, and a blank line follows each paragraph.
        """
        if self.article is None:
            return False
        text_width = width - GUTTER
        lines = 2  # the title and the blank line under the head, at least
        for p in self.article.passages[self._lo : self._hi]:
            lines += -(-(p.end - p.start) // text_width) + 1
            if lines > height:
                return True
        return False

    def _layout(self, width: int) -> tuple[list[Strip], list[int], int]:
        """The strips of everything shown at `width`, each paragraph's first line, text end."""
        base = self.rich_style
        lines: list[Strip] = self._wrap(self.head, base, [Segment(" " * GUTTER)], width)
        lines.append(Strip.blank(width, base))
        tops = []
        if self.article is not None:
            # not partial: the translucent highlight is blended over the background
            current = base + self.get_component_rich_style("article--current")
            bar = [Segment("▌ ", self._style("article--bar"))]
            plain_gutter = [Segment(" " * GUTTER)]
            emph = self.emphasised_actor()
            passages = self.article.passages
            if self._lo > 0:
                lines.extend(self._marker(above(self._lo), self._lo - 1, base, width))
            for i in range(self._lo, self._hi):
                p = passages[i]
                tops.append(len(lines))
                key = (
                    i,
                    width,
                    i == self.passage,
                    emph if emph in self._actors_in(i) else None,
                    self.cursor if self._mention_in(self.cursor, p) else None,
                    self.match_cursor if self._match_in(self.match_cursor, p) else None,
                )
                strips = self._par_cache.get(key)
                if strips is None:
                    meta = Style(meta={"passage": i})
                    if i == self.passage:
                        strips = self._wrap(self.passage_text(i), current + meta, bar, width)
                    else:
                        strips = self._wrap(self.passage_text(i), base + meta, plain_gutter, width)
                    self._par_cache[key] = strips
                lines.extend(strips)
                lines.append(Strip.blank(width, base))
        text_end = len(lines)
        if self.article is not None and self._hi < len(self.article.passages):
            total = len(self.article.passages)
            lines.extend(self._marker(below(self._hi, total), self._hi, base, width))
        return lines, tops, text_end

    def _marker(self, note: str, passage: int, base: Style, width: int) -> list[Strip]:
        """The line saying how many paragraphs are not drawn; a click goes to them."""
        style = self._full("article--meta") + Style(italic=True)
        strips = self._wrap(
            Text(note, style=style),
            base + Style(meta={"window": passage}),
            [Segment(" " * GUTTER)],
            width,
        )
        return [*strips, Strip.blank(width, base)]

    def _slide(self) -> bool:
        """Draw the window holding the cursor; True if it changed (its cache is trimmed)."""
        lo, hi = window(self.passage, len(self.article.passages))
        if (lo, hi) == (self._lo, self._hi):
            return False
        self._lo, self._hi = lo, hi
        keep = range(lo - BLOCK, hi + BLOCK)
        self._par_cache = {k: v for k, v in self._par_cache.items() if k[0] in keep}
        return True

    def _wrap(self, text: Text, style: Style, gutter: list[Segment], width: int) -> list[Strip]:
        console = self.app.console
        out = []
        for line in text.wrap(console, width - GUTTER):
            line.end = ""
            strip = Strip(gutter + list(line.render(console))).crop_extend(0, width, None)
            out.append(strip.apply_style(style))
        return out

    def _actors_in(self, i: int) -> frozenset[str]:
        if i not in self._par_actors:
            p = self.article.passages[i]
            j = bisect_left(self._starts, p.start)
            k = bisect_left(self._starts, p.end)
            self._par_actors[i] = frozenset(m.actor for m in self.mentions[j:k])
        return self._par_actors[i]

    def _mention_in(self, index: int | None, p) -> bool:
        return index is not None and p.start <= self.mentions[index].start < p.end

    def _match_in(self, index: int | None, p) -> bool:
        if index is None:
            return False
        s, e = self.matches[index]
        return s < p.end and e > p.start

    def _restyle(self) -> None:
        """Styles changed (theme, highlighting, matches): wrap everything again."""
        self._par_cache.clear()
        self.head = self._head()
        self._rebuild()

    def _rewrap(self) -> None:
        self._rewrap_pending = False
        if self.scrollable_content_region.width != self._width:
            self._rebuild()

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self._rebuild()

    def render_line(self, y: int) -> Strip:
        index = y + int(self.scroll_offset.y)
        width = self.scrollable_content_region.width
        if width != self._width and not self._rewrap_pending:
            # The scrollbar came or went without a resize: wrap again at the new width.
            self._rewrap_pending = True
            self.call_after_refresh(self._rewrap)
        if index < len(self._lines):
            return self._lines[index]
        return self._blank_line(width)

    def rendered_text(self) -> str:
        """Everything the view shows, as plain text (for tests)."""
        return "\n".join(strip.text[GUTTER:].rstrip() for strip in self._lines)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _full(self, name: str) -> Style:
        """Resolved against the background (for "auto" and translucent colours)."""
        return Style(color=self.get_component_rich_style(name).color)
