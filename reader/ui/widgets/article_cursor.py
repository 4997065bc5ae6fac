"""Provides the cursor of the article view: paragraph and mention moves, clicks (a mixin).

The cursor is a paragraph index plus, optionally, one mention (or one text-search
match); every move re-wraps the article's cached strips and scrolls the paragraph into
view. `ArticleView` posts `PassageChanged` when the paragraph changes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from textual import events
from textual.geometry import Region


class ArticleCursor:
    """Cursor movement for `ArticleView` (uses its article, mentions, lines and tops)."""

    def set_cursor(
        self, passage: int, mention: int | None = None, post: bool = True, scroll: bool = True
    ) -> None:
        if self.article is None or not self.article.passages:
            return
        passage = max(0, min(passage, len(self.article.passages) - 1))
        changed = passage != self.passage
        old, row = self.passage, self._row_of(self.passage)
        self.passage = passage
        self.cursor = mention
        slid = self._slide()
        self._rebuild()
        if slid and row is not None and self._row_of(old) is not None:
            # the window slid: what was on screen stays where it was
            y = self._tops[old - self._lo] - row
            self.scroll_to(y=max(0, y), animate=False, immediate=True)
        if scroll:
            self._scroll_to_cursor()
        if changed and post:
            self.post_message(self.PassageChanged(self, self.article.id, passage))

    def set_highlight(self, on: bool) -> None:
        self.highlight = on
        self._restyle()

    def set_focus_actor(self, actor: str | None) -> None:
        self.focus_actor = actor
        self._rebuild()

    def go_to_offset(self, offset: int, post: bool = True) -> None:
        """Put the cursor on the paragraph (and mention) at character `offset`."""
        if self.article is None:
            return
        p = self.article.passage_at(offset)
        j = bisect_left(self._starts, offset)
        mention = j if j < len(self.mentions) and self.mentions[j].start == offset else None
        self.set_cursor(p.index if p else 0, mention, post=post)

    def _row_of(self, passage: int) -> int | None:
        """Where paragraph `passage` starts on screen (None if it is not drawn)."""
        if self._lo <= passage < self._lo + len(self._tops):
            return self._tops[passage - self._lo] - int(self.scroll_y)
        return None

    def _scroll_to_cursor(self) -> None:
        i = self.passage - self._lo
        if 0 <= i < len(self._tops):
            top = self._tops[i]
            end = self._tops[i + 1] if i + 1 < len(self._tops) else self._text_end
            region = Region(0, top, max(1, self._width), max(1, end - top))
            self.scroll_to_region(region, animate=False, immediate=True, top=False)

    def passage_at_line(self, y: int) -> int:
        """The paragraph shown at virtual line `y`."""
        return self._lo + max(0, bisect_right(self._tops, y) - 1)

    def _on_click(self, event: events.Click) -> None:
        if self.article is None:
            return
        meta = event.style.meta if event.style else {}
        passage = meta.get("passage", meta.get("window"))  # a marker: its paragraphs
        if passage is None:
            passage = self.passage_at_line(event.y + int(self.scroll_offset.y))
        self.set_cursor(passage, meta.get("mention"))

    # Top, bottom and page moves take the paragraph cursor along (the Related panel follows).
    def action_scroll_home(self) -> None:
        self.set_cursor(0)
        self.scroll_home(animate=False, immediate=True)

    def action_scroll_end(self) -> None:
        if self.article is not None:
            self.set_cursor(len(self.article.passages) - 1)
        self.scroll_end(animate=False, immediate=True)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)
        self._cursor_to_view()

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)
        self._cursor_to_view()

    def _cursor_to_view(self) -> None:
        """The first paragraph that starts in view (else the one at the top) gets the cursor."""
        top = int(self.scroll_target_y)
        bottom = top + self.scrollable_content_region.height
        starting = [self._lo + i for i, y in enumerate(self._tops) if top <= y < bottom]
        self.set_cursor(starting[0] if starting else self.passage_at_line(top), scroll=False)

    def action_paragraph(self, delta: int) -> None:
        self.set_cursor(self.passage + delta)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`n` is "Next match" while a text search is active, else "Next mention"."""
        if action == "match":
            return bool(self.matches)
        if action == "mention" and parameters == (1,):
            return not self.matches
        return True

    def action_match(self, delta: int) -> None:
        self._step_match(delta)

    def action_mention(self, delta: int) -> None:
        if self.article is None:
            return
        if self.matches:
            self._step_match(delta)
            return
        candidates = [
            i
            for i, m in enumerate(self.mentions)
            if self.focus_actor is None or m.actor == self.focus_actor
        ]
        if not candidates:
            self.notify("No actor mentions in this article.", severity="warning")
            return
        if self.cursor is not None:
            here = self.mentions[self.cursor].start
        else:
            here = self.article.passages[self.passage].start - (1 if delta > 0 else 0)
        if delta > 0:
            after = [i for i in candidates if self.mentions[i].start > here]
            target = after[0] if after else candidates[0]
        else:
            before = [i for i in candidates if self.mentions[i].start < here]
            target = before[-1] if before else candidates[-1]
        p = self.article.passage_at(self.mentions[target].start)
        self.set_cursor(p.index if p else 0, target)

    def _step_match(self, delta: int) -> None:
        n = len(self.matches)
        if self.match_cursor is None:
            start = self.article.passages[self.passage].start
            following = [k for k, (s, _) in enumerate(self.matches) if s >= start]
            k = following[0] if delta > 0 and following else (0 if delta > 0 else n - 1)
        else:
            k = (self.match_cursor + delta) % n
        self.match_cursor = k
        p = self.article.passage_at(self.matches[k][0])
        self.set_cursor(p.index if p else 0, None)

    def action_choose(self) -> None:
        if self.cursor is None:
            self.notify("No actor under the cursor: press n to move to a mention.")
            return
        self.post_message(self.ActorChosen(self, self.mentions[self.cursor].actor))

    def clear_matches(self) -> None:
        if self.matches:
            self.refresh_bindings()  # n: next mention again
        self.matches = []
        self.match_cursor = None
        self._restyle()
