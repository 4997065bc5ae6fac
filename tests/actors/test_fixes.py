"""User fixes: merge, split, rename, not-an-actor; JSON round trip in the data dir."""

from __future__ import annotations

import json

from reader.core.actors import Fixes, extract, resolve

DOCS = {
    "a": "Chinese Premier Li Qiang met Robert Fico in Beijing. Fico smiled.",
    "b": "Premier Li returned to Beijing. The Kremlin said Putin agreed.",
}


def _resolve(fixes=None):
    raw = {d: extract(t) for d, t in DOCS.items()}
    return raw, resolve(raw, fixes)


def _actor(res, raw, doc, text):
    for m, a in zip(raw[doc], res.assign[doc], strict=True):
        if m.text == text:
            return a
    raise KeyError(text)


def test_not_actor_drops_mentions():
    f = Fixes()
    f.not_actor("Kremlin")
    raw, res = _resolve(f)
    assert _actor(res, raw, "b", "Kremlin") is None
    assert all(a.name != "Kremlin" for a in res.actors.values())


def test_merge_and_rename():
    f = Fixes()
    f.merge("Putin", "Robert Fico")
    f.rename("Putin", "Two People")
    raw, res = _resolve(f)
    a = _actor(res, raw, "b", "Putin")
    assert a == _actor(res, raw, "a", "Robert Fico")
    assert res.actors[a].name == "Two People"


def test_split_alias_out_of_actor():
    f = Fixes()
    f.split("Fico", "Robert Fico")
    raw, res = _resolve(f)
    assert _actor(res, raw, "a", "Fico") != _actor(res, raw, "a", "Robert Fico")
    assert res.actors[_actor(res, raw, "a", "Fico")].name == "Fico"


def test_round_trip_and_atomic_save(tmp_path):
    f = Fixes()
    f.merge("A", "B")
    f.split("Kim", "Kim Jong-un")
    f.rename("Vucic", "Aleksandar Vučić")
    f.not_actor("READ ALSO")
    path = f.save()
    assert path.name == "alias_fixes.json"
    assert Fixes.load() == f
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".alias_fixes")]
    assert json.loads(path.read_text(encoding="utf-8"))["fixes"][0] == ["merge", "A", "B"]


def test_corrupt_file_loads_as_no_fixes(tmp_path):
    p = tmp_path / "fixes.json"
    p.write_text("{not json", encoding="utf-8")
    assert Fixes.load(p) == Fixes()
    p.write_text(json.dumps({"fixes": [["merge", "x"], ["bogus", "y"]]}), encoding="utf-8")
    assert Fixes.load(p) == Fixes()
