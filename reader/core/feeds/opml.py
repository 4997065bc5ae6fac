"""Provides OPML import (listparser) and export (OPML 2.0, tags as nested folders)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from reader.core.feeds.store import Feed


@dataclass(frozen=True, slots=True)
class Outline:
    """A feed met in an OPML file, with its folder paths as tags ("News/World")."""

    url: str
    title: str | None
    tags: tuple[str, ...]


def read_opml(data: bytes) -> list[Outline]:
    """The feeds of an OPML document; raises ValueError when it holds none."""
    import listparser

    parsed = listparser.parse(data)
    found: dict[str, Outline] = {}
    for feed in parsed.feeds:
        url = (feed.get("url") or "").strip()
        if not url:
            continue
        tags = {"/".join(c for c in path if c) for path in feed.get("categories") or []}
        old = found.get(url)
        title = (feed.get("title") or "").strip() or None
        merged = tuple(sorted((set(old.tags) if old else set()) | {t for t in tags if t}))
        found[url] = Outline(url, (old and old.title) or title, merged)
    if not found:
        reason = parsed.get("bozo_exception")
        raise ValueError(f"no feeds in this OPML file{': ' + str(reason) if reason else ''}")
    return list(found.values())


def write_opml(feeds: list[Feed]) -> str:
    """OPML 2.0 of `feeds`: each tag path a nested folder, untagged feeds at the top."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "newsreader subscriptions"
    ET.SubElement(head, "dateCreated").text = time.strftime(
        "%a, %d %b %Y %H:%M:%S GMT", time.gmtime()
    )
    body = ET.SubElement(root, "body")
    folders: dict[str, ET.Element] = {}

    def folder(path: str) -> ET.Element:
        if path not in folders:
            parent_path, _, name = path.rpartition("/")
            parent = folder(parent_path) if parent_path else body
            folders[path] = ET.SubElement(
                parent, "outline", text=_xml_safe(name), title=_xml_safe(name)
            )
        return folders[path]

    for feed in feeds:
        name = _xml_safe(feed.name)
        attrs = {"type": "rss", "text": name, "title": name, "xmlUrl": _xml_safe(feed.url)}
        if feed.site:
            attrs["htmlUrl"] = _xml_safe(feed.site)
        if feed.tags:
            attrs["category"] = _xml_safe(",".join("/" + t for t in feed.tags))
        for parent in [folder(t) for t in feed.tags] or [body]:
            ET.SubElement(parent, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _xml_safe(value: str) -> str:
    """`value` without the control characters XML 1.0 cannot hold."""
    return "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 0x20)
