"""Provides `ActorScreen`: one actor — name, kind, aliases, every mention, co-occurring."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events, on
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.core.corpus import Corpus
from reader.ui.keys import list_keys
from reader.ui.safe import count, one_line, snippet, styled, when
from reader.ui.theme import kind_style
from reader.ui.widgets.footer import KeyFooter

MAX_MENTIONS = 500


BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[int], width: int = 40) -> str:
    """Values as block characters (the last `width` of them), tallest = most."""
    values = values[-width:]
    top = max(values, default=0) or 1
    return "".join(BLOCKS[min(7, (v * 8 - 1) // top)] if v else " " for v in values)


class ActorLists(OptionList):
    BINDINGS = list_keys("actor")


class ActorScreen(Screen):
    """The actor view."""

    DEFAULT_CSS = """
    ActorScreen #actor-head {
        padding: 1 2;
        height: auto;
        max-height: 12;
        border-bottom: hkey $foreground 15%;
    }
    ActorScreen #actor-body { height: 1fr; }
    ActorScreen #actor-mentions-pane { width: 2fr; }
    ActorScreen #actor-others-pane { width: 1fr; border-left: vkey $foreground 15%; }
    ActorScreen #actor-mentions, ActorScreen #actor-others { height: 1fr; border: none; }
    ActorScreen #actor-quotes { height: auto; max-height: 40%; border: none; }
    ActorScreen #actor-quotes-title.-none, ActorScreen #actor-quotes.-none { display: none; }
    ActorScreen.-narrow #actor-body { layout: vertical; }
    ActorScreen.-narrow #actor-mentions-pane { width: 1fr; }
    ActorScreen.-narrow #actor-others-pane {
        display: none;
        width: 1fr;
        height: 45%;
        border-left: none;
        border-top: hkey $foreground 15%;
    }
    ActorScreen.-narrow.-show-others #actor-others-pane { display: block; }
    ActorScreen.-hide-others #actor-others-pane { display: none; }
    """

    BINDINGS = [
        Binding("escape,q", "back", "Back", id="actor.back"),
        Binding(
            "f",
            "filter",
            "Filter articles",
            id="actor.filter",
            tooltip="Show only the articles naming this actor",
        ),
        Binding(
            "R",
            "toggle_others",
            "Named with",
            id="actor.toggle-others",
            tooltip="Show or hide the actors named in the same articles (folded when narrow)",
        ),
    ]

    def __init__(self, corpus: Corpus, actor_id: str) -> None:
        super().__init__(classes="actor-view")
        self.corpus = corpus
        self.actor_id = actor_id
        self.mentions: list = []
        self.others: list = []
        self.quotes: list = []

    def compose(self):
        yield Header()
        yield Static(id="actor-head")
        with Horizontal(id="actor-body"):
            with Vertical(id="actor-mentions-pane"):
                yield Label(Text("Mentions"), id="actor-mentions-title", classes="pane-title")
                yield ActorLists(id="actor-mentions")
                yield Label(Text("Quotes"), id="actor-quotes-title", classes="pane-title")
                yield ActorLists(id="actor-quotes")
            with Vertical(id="actor-others-pane"):
                yield Label(Text("Named with"), classes="pane-title")
                yield ActorLists(id="actor-others")
        yield KeyFooter()

    def on_mount(self) -> None:
        actor = self.corpus.actor(self.actor_id)
        if actor is None:
            self.query_one("#actor-head", Static).update(Text("This actor is no longer known."))
            return
        self.actor = actor
        self.sub_title = one_line(actor.name)
        style = kind_style(self.app, actor.kind)
        head = styled(actor.name, "bold")
        head.append("  ")
        head.append(f" {actor.kind} ", style=style)
        head.append(
            f"  {count(actor.mentions, 'mention')} in {count(actor.articles, 'article')}",
            style="dim",
        )
        if actor.roles:
            head.append("\nRoles: " + ", ".join(one_line(r) for r in actor.roles), style="dim")
        aliases = sorted(actor.aliases.items(), key=lambda kv: (-kv[1], kv[0]))
        head.append("\nWritten as: ", style="dim")
        for i, (alias, n) in enumerate(aliases):
            head.append(", " if i else "")
            head.append(one_line(alias), style=style)
            head.append(f" ×{n}", style="dim")
        points = self.corpus.timeline(self.actor_id)
        if points:
            head.append("\nTimeline: ", style="dim")
            from reader.core.quotes.timeline import daily_counts

            head.append(sparkline(daily_counts(points)), style=style)
            span = points[0].date + (f" … {points[-1].date}" if len(points) > 1 else "")
            head.append(f"  {span} · {count(len(points), 'day')}", style="dim")
        self.query_one("#actor-head", Static).update(head)
        self._fill_quotes()
        self._fill_mentions(style)
        self._fill_others()
        self.query_one("#actor-mentions", ActorLists).focus()

    def _fill_mentions(self, style) -> None:
        """One row per paragraph naming the actor (its mentions there counted)."""
        found = self.corpus.mentions(actor=self.actor_id)
        articles: dict = {}
        groups: dict[tuple[str, int], list] = {}
        for m in found[:MAX_MENTIONS]:
            if m.doc not in articles:
                articles[m.doc] = self.corpus.article(m.doc)
            article = articles[m.doc]
            if article is not None:
                p = article.passage_at(m.start)
                groups.setdefault((m.doc, p.index if p else -1), []).append(m)
        options = []
        self.mentions = []
        for (doc, _), ms in groups.items():
            options.append(Option(self._row(articles[doc], ms, style)))
            self.mentions.append(ms[0])
        lists = self.query_one("#actor-mentions", ActorLists)
        lists.add_options(options)
        if options:
            lists.highlighted = 0
        more = f", first {MAX_MENTIONS}" if len(found) > MAX_MENTIONS else ""
        where = f" in {count(len(groups), 'paragraph')}" if len(groups) != len(found) else ""
        self.query_one("#actor-mentions-title", Label).update(
            Text(f"Mentions ({len(found)}{more}{where}) · Enter opens the article")
        )

    @staticmethod
    def _row(article, ms: list, style) -> Text:
        """The article's title, ¶ and mention count, then the paragraph around them."""
        p = article.passage_at(ms[0].start)
        body = article.text[p.start : p.end] if p else article.text
        base = p.start if p else 0
        window, shift = snippet(body, ms[0].start - base, ms[-1].end - base, 200)
        prompt = styled(article.title, "bold")
        times = f" · {count(len(ms), 'mention')}" if len(ms) > 1 else ""
        prompt.append(f"  ¶{(p.index if p else 0) + 1}{times}\n", style="dim")
        line = Text(window)
        for m in ms:
            start, end = m.start - base + shift, m.end - base + shift
            if start >= 0 and end <= len(window):
                line.stylize(style + Style(bold=True), start, end)
        prompt.append_text(line)
        return prompt

    def _fill_quotes(self) -> None:
        """What the actor said, newest articles first, with date and source."""
        quotes = self.corpus.quotes(actor=self.actor_id)
        articles = {q.doc: self.corpus.article(q.doc) for q in quotes}
        found = [q for q in quotes if articles.get(q.doc)]
        found.sort(key=lambda q: (articles[q.doc].published or "", q.doc, -q.start), reverse=True)
        self.quotes = found
        lists = self.query_one("#actor-quotes", ActorLists)
        title = self.query_one("#actor-quotes-title", Label)
        for widget in (lists, title):
            widget.set_class(not found, "-none")
        title.update(Text(f"Quotes ({len(found)}) · Enter opens the article at the quote"))
        for q in found:
            a = articles[q.doc]
            prompt = Text("“" + one_line(q.text) + "”")
            meta = [one_line(x) for x in (a.source, a.published and when(a.published)) if x]
            meta.append(one_line(a.title))
            prompt.append("\n" + " · ".join(meta), style="dim")
            lists.add_option(Option(prompt))
        if found:
            lists.highlighted = 0

    @on(OptionList.OptionSelected, "#actor-quotes")
    def _quote(self, event: OptionList.OptionSelected) -> None:
        q = self.quotes[event.option_index]
        self.app.jump_to(q.doc, q.start)

    def _fill_others(self) -> None:
        self.others = self.corpus.cooccurring(self.actor_id, limit=30)
        lists = self.query_one("#actor-others", ActorLists)
        if not self.others:
            lists.add_option(
                Option(Text("No other actor shares an article.", style="italic"), disabled=True)
            )
            return
        for other, n in self.others:
            prompt = Text(one_line(other.name))
            prompt.append(f"  {other.kind}", style=kind_style(self.app, other.kind))
            prompt.append(f"  {n} article" + ("" if n == 1 else "s"), style="dim")
            lists.add_option(Option(prompt))
        lists.highlighted = 0

    @on(OptionList.OptionSelected, "#actor-mentions")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        m = self.mentions[event.option_index]
        self.app.jump_to(m.doc, m.start)

    @on(OptionList.OptionSelected, "#actor-others")
    def _other(self, event: OptionList.OptionSelected) -> None:
        if self.others:
            self.app.show_actor(self.others[event.option_index][0].id)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Light the title of the pane holding the focus."""
        for pane in self.query("#actor-body > Vertical"):
            pane.set_class(event.widget in pane.query(ActorLists), "-focused")

    def action_back(self) -> None:
        self.dismiss()

    def others_visible(self) -> bool:
        if self.has_class("-hide-others"):
            return False
        return self.has_class("-show-others") or not self.has_class("-narrow")

    def action_toggle_others(self) -> None:
        """Show or hide the "Named with" pane (the focus stays); narrow screens fold it."""
        show = not self.others_visible()
        self.set_class(not show, "-hide-others")
        self.set_class(show, "-show-others")
        others = self.query_one("#actor-others", ActorLists)
        if not show and others.has_focus:
            self.query_one("#actor-mentions", ActorLists).focus()

    def action_filter(self) -> None:
        self.app.filter_by_actor(self.actor_id)
