"""Provides the domain objects shared by the core, the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("person", "organization", "place", "group")


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph (or a sentence-bounded piece of a long one) of an article."""

    doc: str
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One article: normalised text plus metadata. Offsets are into `text`."""

    id: str
    title: str
    text: str
    passages: tuple[Passage, ...] = ()
    source: str | None = None
    url: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    language: str = "en"  # ISO 639-1 code of the language assumed when finding actors

    def passage_at(self, offset: int) -> Passage | None:
        """The passage holding character `offset` (or the nearest one before it)."""
        best = None
        for p in self.passages:
            if p.start <= offset:
                best = p
            else:
                break
        return best


@dataclass(frozen=True, slots=True)
class RawMention:
    """A detected actor mention before corpus-wide resolution.

    `role` is a title/role seen before the name ("Prime Minister"), `key` the
    in-article resolution key (the full name this mention links to).
    """

    start: int
    end: int
    text: str
    kind: str
    key: str
    role: str | None = None

    @property
    def role_noun(self) -> bool:
        """The mention is a role standing for the person ("Man" charged with ...): no name."""
        return self.role == self.text


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved mention: the `newsreader mentions` JSON Lines contract."""

    doc: str
    start: int
    end: int
    text: str
    actor: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor with corpus-wide counts."""

    id: str
    name: str
    kind: str
    mentions: int = 0
    articles: int = 0
    aliases: dict[str, int] = field(default_factory=dict)
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LoadWarning:
    """A source that could not be read, with a one-line reason."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
