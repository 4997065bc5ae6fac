"""What a new user's files become (issue 14): teasers, Markdown, wrapped text, escapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.boilerplate import is_boilerplate
from reader.core.corpus import Corpus
from reader.core.text import split_passages

SUMMIT = (
    "Kim Jong Un arrives in Beijing for the parade\n"
    "North Korean leader Kim Jong Un arrived in Beijing by armoured train on Tuesday "
    "ahead of the military parade marking the end of the Second World War.\n"
    "Chinese President Xi Jinping will host Kim Jong Un and Vladimir Putin at the parade.\n"
)
PARADE = (
    "Beijing prepares a military parade\n"
    "Soldiers rehearsed in Tiananmen Square on Monday before the parade.\n"
    "READ ALSO: Kim Jong Un arrives in Beijing for the parade with Xi Jinping and Putin\n"
    "Follow us on Twitter for more on Kim Jong Un, Xi Jinping and Vladimir Putin\n"
    "© 2025 Example News. All rights reserved.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "READ ALSO: Kim Jong-un to join Xi, Putin at Beijing military parade",
        "Read more: the parade in pictures",
        "Related: Putin lands in Beijing",
        "Related articles: Putin lands in Beijing",
        "Subscribe to our newsletter",
        "Follow us on Facebook and X",
        "Share this article",
        "© 2025 Example News",
        "Copyright 2025 Reuters. All rights reserved.",
        "Also read - Moscow answers",
    ],
)
def test_teaser_and_furniture_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers to the service rose by a third, the company said.",
        "Related talks in Geneva ended without a deal.",
        "Read the full statement, he told reporters, and judge for yourselves.",
        "Sharing the stage with Xi, Putin said relations were at their best.",
    ],
)
def test_article_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_teaser_line_is_no_passage() -> None:
    text = "Soldiers rehearsed.\nREAD ALSO: Kim arrives\nThe parade starts at ten.\n"
    bodies = [text[p.start : p.end] for p in split_passages("d", text)]
    assert bodies == ["Soldiers rehearsed.", "The parade starts at ten."]


def test_a_teaser_is_never_a_related_passage(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(SUMMIT, encoding="utf-8")
    (folder / "b.txt").write_text(PARADE, encoding="utf-8")
    corpus = Corpus.open([folder])
    for _ in corpus.index():
        pass
    corpus.prepare_related()
    article = corpus.article("b.txt")
    assert article is not None
    assert not any("READ ALSO" in article.text[p.start : p.end] for p in article.passages)
    for passage in range(2):
        for hit in corpus.related_to_passage("a.txt", passage):
            text = corpus.article(hit.doc).text[hit.start : hit.end]
            assert not is_boilerplate(text), text


def test_an_index_made_by_an_older_reader_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "b.txt").write_text(PARADE, encoding="utf-8")
    corpus = Corpus.open([folder])
    for _ in corpus.index():
        pass
    corpus.store.set_meta("parse", "0")  # as if an older reader had read the files
    corpus.store.db.commit()
    steps = list(Corpus.open([folder]).index())
    assert steps[-1].files_total == 1, "every file read again"


def load_all(*paths: Path) -> tuple[list, list[str]]:
    """(articles, load errors as "rel: message") of `paths` opened together."""
    from reader.core.sources import LoadError, discover, load

    sources, _ = discover(list(paths))
    got, errors = [], []
    for s in sources:
        try:
            got.extend(load(s))
        except LoadError as exc:
            errors.append(f"{s.rel}: {exc}")
    return got, errors


def bodies(article) -> list[str]:
    return [article.text[p.start : p.end] for p in article.passages]


def test_markdown_is_parsed_into_paragraphs_and_headings(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "[![Build Status](https://ci/badge.svg)](https://ci)\n"
        "![logo](logo.png)\n\n"
        "Summit in Beijing\n"
        "=================\n\n"
        "Leaders met in Beijing on Wednesday\n"
        "for a **military** parade, [the agency](http://x) said.\n\n"
        "Background\n"
        "----------\n\n"
        "- Kim Jong Un travelled by train.\n"
        "- Xi Jinping hosted.\n",
        encoding="utf-8",
    )
    (a,), _ = load_all(tmp_path / "README.md")
    assert a.title == "Summit in Beijing"
    assert bodies(a) == [
        "Leaders met in Beijing on Wednesday for a military parade, the agency said.",
        "Background",
        "Kim Jong Un travelled by train.",
        "Xi Jinping hosted.",
    ]
    assert "Build Status" not in a.text and "logo" not in a.text


def test_hard_wrapped_plain_text_joins_the_lines_of_a_paragraph(tmp_path: Path) -> None:
    wrapped = (
        "Talks resume in Geneva\n\n"
        "Envoys from both sides met in Geneva on Monday to resume the talks\n"
        "that broke down in spring, officials said, and agreed to meet again\n"
        "next week.\n\n"
        "The next round will be held in Vienna, where the two delegations\n"
        "are expected to discuss a ceasefire.\n"
    )
    (tmp_path / "wrapped.txt").write_text(wrapped, encoding="utf-8")
    (a,), _ = load_all(tmp_path / "wrapped.txt")
    assert a.title == "Talks resume in Geneva"
    assert bodies(a)[1:] == [
        "Envoys from both sides met in Geneva on Monday to resume the talks that broke down "
        "in spring, officials said, and agreed to meet again next week.",
        "The next round will be held in Vienna, where the two delegations are expected to "
        "discuss a ceasefire.",
    ]


def test_one_paragraph_per_line_text_is_kept_as_it_is(seeds: Path) -> None:
    (a,), _ = load_all(seeds / "000_0636bf8797a3fd21.txt")
    assert len(a.passages) == 6


def test_terminal_escape_sequences_are_removed_whole(tmp_path: Path) -> None:
    (tmp_path / "log.txt").write_text(
        "Build report\n\x1b[31mError:\x1b[0m the \x1b]8;;http://x\x07link\x1b]8;;\x07 failed.\n",
        encoding="utf-8",
    )
    (a,), _ = load_all(tmp_path / "log.txt")
    assert bodies(a)[-1] == "Error: the link failed."
    assert "[31m" not in a.text and "8;;" not in a.text


def test_jsonl_repeated_id_is_kept_under_a_derived_id_and_said(tmp_path: Path) -> None:
    lines = [
        {"id": "x", "text": "First story."},
        {"id": "y", "text": "Second story."},
        {"id": "x", "text": "Third story, same id."},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    got, errors = load_all(tmp_path / "a.jsonl")
    assert [a.id for a in got] == ["x", "y", "x:3"]
    assert errors == ["a.jsonl: line 3: id 'x' repeats line 1, kept as 'x:3'"]


def test_ids_from_inside_files_start_with_the_folder_when_several_are_opened(
    tmp_path: Path,
) -> None:
    for name in ("left", "right"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "feed.jsonl").write_text(
            json.dumps({"id": "same", "text": f"A story from {name}."}) + "\n"
        )
    got, errors = load_all(tmp_path / "left", tmp_path / "right")
    assert sorted(a.id for a in got) == ["left/same", "right/same"] and not errors
    alone, _ = load_all(tmp_path / "left")
    assert [a.id for a in alone] == ["same"]


def test_jsonl_bad_lines_are_counted_honestly(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_text(
        '{"id": "a", "text": "Fine."}\n{"id": "b", "text": "Fine too."}\n'
        '{"id": "c", "title": "no text"}\nnot json\n'
    )
    got, errors = load_all(tmp_path / "b.jsonl")
    assert len(got) == 2
    assert errors == ['b.jsonl: 2 bad lines skipped (first at line 3: no "text" string)']
