"""Loaders for every format, and every kind of bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.sources import LoadError, discover, load


def articles(path: Path) -> list:
    sources, warnings = discover([path])
    assert not warnings
    out = []
    for s in sources:
        out.extend(load(s))
    return out


def test_txt_seed_has_title_and_passages(seeds: Path) -> None:
    (a,) = articles(seeds / "000_0636bf8797a3fd21.txt")
    assert a.id == "000_0636bf8797a3fd21.txt"
    assert a.title.startswith("North Korean leader Kim Jong-un is set to attend")
    assert len(a.passages) == 6
    assert a.text[a.passages[0].start :].startswith("North Korean leader")


def test_folder_ids_are_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "world" / "asia").mkdir(parents=True)
    (tmp_path / "world" / "asia" / "a.txt").write_text("Seoul said on Monday it would talk.")
    (tmp_path / "b.md").write_text(
        "# Markets rally\n\nShares in **Tokyo** rose, [Reuters](http://x) said."
    )
    (tmp_path / "notes.bin").write_bytes(b"ignored: unknown suffix")
    got = {a.id: a for a in articles(tmp_path)}
    assert set(got) == {"b.md", "world/asia/a.txt"}
    md = got["b.md"]
    assert md.title == "Markets rally"
    assert md.text == "Shares in Tokyo rose, Reuters said."


def test_html_drops_boilerplate(tmp_path: Path) -> None:
    # real articles are longer than a line: on a page of a few words, every word is the page
    one = "Envoys from both sides met in Geneva on Monday, the first talks since the spring."
    two = "They agreed to meet again next month and to exchange prisoners before the winter."
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Talks resume in Geneva</title><script>var x=1;</script></head>"
        "<body><nav><a>Home</a><a>World</a></nav><article><h1>Talks resume in Geneva</h1>"
        f"<p>{one}</p><p>{two}</p></article>"
        "<footer>© News Corp</footer></body></html>"
    )
    (a,) = articles(page)
    assert a.title == "Talks resume in Geneva"
    assert a.text == f"{one}\n{two}"


def test_json_and_jsonl_metadata(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(
        json.dumps(
            {
                "id": "x1",
                "text": "Body one.",
                "title": "T1",
                "url": "http://e/1",
                "published": "2025-09-01",
                "source": "Wire",
                "authors": ["A B"],
            }
        )
    )
    (tmp_path / "many.jsonl").write_text(
        json.dumps({"id": "y1", "text": "Body two.", "extra": [1, 2]})
        + "\n\n"
        + json.dumps({"id": "y2", "text": "Body three."})
        + "\n"
    )
    got = {a.id: a for a in articles(tmp_path)}
    assert set(got) == {"x1", "y1", "y2"}
    assert got["x1"].url == "http://e/1" and got["x1"].authors == ("A B",)
    assert got["x1"].source == "Wire" and got["x1"].published == "2025-09-01"
    assert got["y1"].title == "Body two"


def test_feed_entries_become_articles(tmp_path: Path) -> None:
    feed = tmp_path / "news.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Summit opens</title><link>http://e/s</link><guid>s1</guid>"
        "<description>&lt;p&gt;Leaders met in Hanoi.&lt;/p&gt;</description></item>"
        "</channel></rss>"
    )
    (a,) = articles(feed)
    assert a.id.startswith("news.rss#")  # scoped to its feed file
    assert (a.title, a.url, a.source) == ("Summit opens", "http://e/s", "Wire")
    assert a.text == "Leaders met in Hanoi."


def test_mis_encoded_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Le ministre a déclaré à Genève que les négociations continuent.".encode("latin-1")
    )
    (a,) = articles(path)
    assert "Genève" in a.text


BAD = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n ",
    "zero.json": b"",
    "broken.json": b'{"id": "a", "text": ',
    "notext.json": b'{"id": "a"}',
    "binary.txt": bytes(range(256)) * 4,
    "image.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20,
    "bad.rss": b"<rss><channel><item>",
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_raises_one_clear_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD[name])
    (source,), _ = discover([path])
    with pytest.raises(LoadError) as info:
        list(load(source))
    message = str(info.value)
    assert message and "\n" not in message and "Traceback" not in message


def test_huge_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB
    (source,), _ = discover([path])
    with pytest.raises(LoadError, match="too large"):
        list(load(source))


def test_jsonl_bad_lines_skipped_good_kept(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "Fine."}\nnot json\n\xff\xfe\x00junk\n')
    (source,), _ = discover([path])
    got = []
    with pytest.raises(LoadError, match="2 bad line"):
        for article in load(source):
            got.append(article.id)
    assert got == ["ok"]


def test_broken_symlink_and_missing_path_warn(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Fine text.")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    sources, warnings = discover([tmp_path, tmp_path / "missing"])
    assert [s.rel for s in sources] == [f"{tmp_path.name}/good.txt"]
    assert {w.message for w in warnings} == {"broken symlink", "no such file or folder"}


def test_permission_denied_is_a_load_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Classified.")
    os.chmod(path, 0)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    if os.geteuid() == 0:  # root reads anything: simulate what a user meets
        monkeypatch.setattr(Path, "read_bytes", refuse)
    (source,), _ = discover([path])
    with pytest.raises(LoadError, match="permission denied"):
        list(load(source))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".json", ".jsonl", ".md"]))
def test_any_bytes_never_crash(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    (source,), _ = discover([path])
    try:
        for article in load(source):
            assert article.text.strip()
            for p in article.passages:
                assert 0 <= p.start < p.end <= len(article.text)
    except LoadError as exc:
        assert str(exc)


def test_several_folders_keep_files_with_the_same_name(tmp_path: Path) -> None:
    for name, text in (
        ("dupA", "Angela Merkel visited Paris."),
        ("dupB", "Joe Biden visited Tokyo."),
    ):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(text)
    sources, warnings = discover([tmp_path / "dupA", tmp_path / "dupB"])
    assert [s.rel for s in sources] == ["dupA/a.txt", "dupB/a.txt"] and not warnings
    (tmp_path / "c.txt").write_text("Other.")
    (tmp_path / "dupB" / "c.txt").write_text("Same name, other file.")
    _, warnings = discover([tmp_path / "c.txt", tmp_path / "dupB" / "c.txt"])
    assert len(warnings) == 1 and "same id 'c.txt'" in warnings[0].message
