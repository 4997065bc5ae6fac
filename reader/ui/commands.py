"""Provides the command palette's corpus commands: "Go to actor: …", "Open article: …".

Names and titles are data, so hits are built as `Content` from the plain string and
the fuzzy-match positions are styled by offset (Textual's own `Matcher.highlight`
would read them as markup).
"""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Matcher, Provider
from textual.content import Content

from reader.ui.safe import one_line

MAX_ARTICLES = 20


def highlight(matcher: Matcher, label: str, candidate: str) -> Content:
    """`label` + `candidate` as plain Content with the matched characters styled."""
    content = Content(label + candidate)
    _, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    for offset in offsets:
        content = content.stylize(matcher.match_style, len(label) + offset, len(label) + offset + 1)
    return content


class CorpusCommands(Provider):
    """Actors and articles of the open corpus."""

    async def search(self, query: str) -> Hits:
        app = self.app
        corpus = getattr(app, "corpus", None)
        if corpus is None or not query.strip():
            return
        matcher = self.matcher(query)
        for actor, score in corpus.search_actors(query, 5):
            name = one_line(actor.name)
            yield Hit(
                min(1.0, score / 100) if score > 1 else score,
                highlight(matcher, "Go to actor: ", name),
                partial(app.show_actor, actor.id),
                text=f"Go to actor: {name}",
            )
        scored = []
        for row in corpus.articles():
            title = one_line(row.title)
            score = matcher.match(title)
            if score > 0:
                scored.append((score, row.id, title))
        scored.sort(key=lambda t: -t[0])
        for score, doc, title in scored[:MAX_ARTICLES]:
            yield Hit(
                score,
                highlight(matcher, "Open article: ", title),
                partial(app.jump_to, doc, 0),
                text=f"Open article: {title}",
            )
