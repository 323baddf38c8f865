"""OPML import and export, with folders as nested outlines that survive a round trip.

The parser is expat with every door shut: a document type declaration, an entity
declaration or an external entity is refused outright (no billion laughs, no XXE), and the
size, depth and number of outlines are capped. defusedxml would do the same; we do not
depend on it.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit
from xml.parsers import expat
from xml.sax.saxutils import quoteattr

from cpdlog import safefile
from cpdlog.domain.feed import CATEGORY_SEPARATOR, category_parts, normalise_category
from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

MAX_OPML_BYTES = 10 * 1024 * 1024
MAX_OUTLINES = 20_000
MAX_DEPTH = 32
CPDLOG_NS = "https://github.com/cpdlog/cpdlog/ns/opml"


@dataclass(slots=True)
class OpmlFeed:
    """One subscription from an OPML file.

    ``url`` is the feed address; when only a web page is known (``discover`` is true),
    ``url`` is empty and ``site_url`` is the page to discover a feed from.
    """

    url: str
    title: str = ""
    site_url: str = ""
    category: str = ""
    confidence: str = ""
    discover: bool = False
    note: str = ""


@dataclass(slots=True)
class OpmlDocument:
    title: str = ""
    feeds: list[OpmlFeed] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    skipped: int = 0


@dataclass(slots=True)
class _State:
    outlines: int = 0
    in_title: bool = False
    in_body: bool = False
    root: str = ""


class _Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _refuse(message: str) -> NoReturn:
    raise _Refused(message)


def _clean_folder(name: str) -> str:
    # A "/" inside one folder's name would read as nesting; keep it as a look-alike.
    return " ".join(name.replace(CATEGORY_SEPARATOR, "\u2215").split())


def _http_url(value: str) -> str:
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return text
    if parts.scheme.lower() == "feed" and text.lower().startswith("feed:http"):
        return text[5:]
    if parts.scheme.lower() == "feed" and parts.netloc:
        return "https:" + text[5:]
    return ""


def parse_opml(data: bytes) -> OpmlDocument:
    """Read OPML bytes; raise :class:`ValidationError` with a plain message if we cannot."""
    if len(data) > MAX_OPML_BYTES:
        raise ValidationError(
            tr(ERRORS, "The OPML file is larger than {max_opml_bytes} MiB.").format(
                max_opml_bytes=MAX_OPML_BYTES // (1024 * 1024)
            ),
            field="file",
        )
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise ValidationError(
            tr(ERRORS, "This is a web page, not an OPML subscription list."), field="file"
        )
    document = OpmlDocument()
    folders: list[str | None] = []
    seen_categories: dict[str, None] = {}
    seen_urls: set[str] = set()
    state = _State()
    title_parts: list[str] = []

    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def on_doctype(*_: object) -> None:
        _refuse("The OPML file declares a document type, which cpdlog refuses for safety.")

    def on_entity(*_: object) -> None:
        _refuse("The OPML file declares entities, which cpdlog refuses for safety.")

    def on_external(*_: object) -> int:
        _refuse("The OPML file refers to external entities, which cpdlog refuses for safety.")

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(":", 1)[-1].lower()
        if not state.root:
            state.root = local
            if local != "opml":
                _refuse("This is XML, but not an OPML subscription list.")
        if local == "title" and not state.in_body:
            state.in_title = True
        elif local == "body":
            state.in_body = True
        elif local == "outline" and state.in_body:
            state.outlines += 1
            if state.outlines > MAX_OUTLINES:
                _refuse(f"The OPML file has more than {MAX_OUTLINES} entries.")
            if len(folders) >= MAX_DEPTH:
                _refuse(f"The OPML file nests folders more than {MAX_DEPTH} deep.")
            lowered = {k.lower(): v for k, v in attrs.items()}
            text = " ".join((lowered.get("text") or lowered.get("title") or "").split())
            feed_url = _http_url(lowered.get("xmlurl", ""))
            site_url = _http_url(lowered.get("htmlurl", ""))
            discover = lowered.get("cpdlog:discover", "").lower() in ("true", "1", "yes")
            is_feed = bool(feed_url) or (discover and bool(site_url))
            if not is_feed:
                if lowered.get("xmlurl"):
                    document.skipped += 1
                    folders.append(None)
                    return
                # A folder: its outlines belong to it.
                folders.append(_clean_folder(text) or None)
                category = CATEGORY_SEPARATOR.join(f for f in folders if f)
                if category:
                    seen_categories.setdefault(category, None)
                return
            category = CATEGORY_SEPARATOR.join(f for f in folders if f)
            if not category and lowered.get("category", "").strip():
                first = lowered["category"].split(",")[0]
                category = normalise_category(first.strip().strip("/"))
            key = feed_url or site_url
            if key not in seen_urls:
                seen_urls.add(key)
                document.feeds.append(
                    OpmlFeed(
                        url=feed_url,
                        title=text[:500],
                        site_url=site_url,
                        category=category,
                        confidence=lowered.get("cpdlog:confidence", "").strip().lower(),
                        discover=discover and not feed_url,
                        note=" ".join(lowered.get("cpdlog:note", "").split())[:500],
                    )
                )
            folders.append(None)

    def end(name: str) -> None:
        local = name.rsplit(":", 1)[-1].lower()
        if local == "title":
            state.in_title = False
        elif local == "body":
            state.in_body = False
        elif local == "outline" and state.in_body and folders:
            folders.pop()

    def text(data: str) -> None:
        if state.in_title:
            title_parts.append(data)

    parser.StartDoctypeDeclHandler = on_doctype
    parser.EntityDeclHandler = on_entity
    parser.UnparsedEntityDeclHandler = on_entity
    parser.ExternalEntityRefHandler = on_external
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        raise ValidationError(refused.message, field="file") from None
    except expat.ExpatError as error:
        raise ValidationError(
            tr(ERRORS, "The OPML file is not well-formed XML (line {lineno}): {reason}.").format(
                lineno=error.lineno, reason=expat.ErrorString(error.code)
            ),
            field="file",
        ) from None
    if state.root != "opml":
        raise ValidationError(tr(ERRORS, "This is not an OPML subscription list."), field="file")
    document.title = " ".join("".join(title_parts).split())[:500]
    for feed in document.feeds:
        # A category given as an attribute ("News/Daily") brings its parent folders with it.
        parts = category_parts(feed.category)
        for depth in range(1, len(parts) + 1):
            seen_categories.setdefault(CATEGORY_SEPARATOR.join(parts[:depth]), None)
    document.categories = list(seen_categories)
    return document


def read_opml(path: Path) -> OpmlDocument:
    """Read an OPML file the user named: a regular file of at most ``MAX_OPML_BYTES``."""
    return parse_opml(safefile.read_bytes(path, MAX_OPML_BYTES, tr(ERRORS, "OPML file")))


@dataclass(slots=True)
class _Folder:
    name: str
    feeds: list[OpmlFeed] = field(default_factory=list)
    children: dict[str, _Folder] = field(default_factory=dict)


def export_opml(
    feeds: list[OpmlFeed],
    title: str = "cpdlog subscriptions",
    now: dt.datetime | None = None,
    categories: list[str] | None = None,
) -> str:
    """OPML 2.0 text with one nested outline per folder of each category path."""
    root = _Folder("")
    for category in categories or []:
        node = root
        for part in category_parts(category):
            node = node.children.setdefault(part, _Folder(part))
    for feed in feeds:
        node = root
        for part in category_parts(feed.category):
            node = node.children.setdefault(part, _Folder(part))
        node.feeds.append(feed)
    stamp = email.utils.format_datetime(now or dt.datetime.now(dt.UTC), usegmt=True)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<opml version="2.0" xmlns:cpdlog="{CPDLOG_NS}">',
        "  <head>",
        f"    <title>{_text(title)}</title>",
        f"    <dateCreated>{stamp}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    _write(root, lines, 2)
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _write(folder: _Folder, lines: list[str], depth: int) -> None:
    pad = "  " * depth
    for feed in folder.feeds:
        attrs = [f"text={quoteattr(feed.title or feed.url or feed.site_url)}"]
        if feed.title:
            attrs.append(f"title={quoteattr(feed.title)}")
        if feed.url:
            attrs.append('type="rss"')
            attrs.append(f"xmlUrl={quoteattr(feed.url)}")
        else:
            attrs.append('type="link"')
        if feed.site_url:
            attrs.append(f"htmlUrl={quoteattr(feed.site_url)}")
        if feed.discover and not feed.url:
            attrs.append('cpdlog:discover="true"')
        if feed.confidence:
            attrs.append(f"cpdlog:confidence={quoteattr(feed.confidence)}")
        if feed.note:
            attrs.append(f"cpdlog:note={quoteattr(feed.note)}")
        lines.append(f"{pad}<outline {' '.join(attrs)}/>")
    for child in folder.children.values():
        name = quoteattr(child.name)
        lines.append(f"{pad}<outline text={name} title={name}>")
        _write(child, lines, depth + 1)
        lines.append(f"{pad}</outline>")
