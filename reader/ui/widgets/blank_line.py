"""Provides `BlankLine`: the empty line of a line-API widget, in its style, made once."""

from __future__ import annotations

from textual.strip import Strip


class BlankLine:
    """A mixin for a `ScrollView` that draws empty lines (its `rich_style` walks every
    ancestor, so the line is kept until the widget's styles change)."""

    _blank: Strip | None = None

    def notify_style_update(self) -> None:
        super().notify_style_update()  # type: ignore[misc]
        self._blank = None

    def _blank_line(self, width: int) -> Strip:
        blank = self._blank
        if blank is None or blank.cell_length != width:
            blank = self._blank = Strip.blank(width, self.rich_style)  # type: ignore[attr-defined]
        return blank
