"""A quicker reading of plain, well-formed RSS 2.0, giving exactly what feedparser gives.

feedparser reads a feed through SAX with a Python call, a stack push and several regular
expressions for every element; for a typical 150 KB WordPress feed of 50 items that is about
37 ms of CPU, more than half of a refresh's parsing. ElementTree (the same expat, building the
tree in C) reads the same document in about 1 ms.

:func:`parse` reads a document only when every part of it is something whose feedparser
result is known exactly, and returns the values ``cpdlog.feeds.parse`` reads of feedparser's
result (a :class:`cpdlog.feeds.raw.RawFeed`: the channel's link, title, description and ttl,
and for each item its link, title, author, summary, content, enclosures, categories, date,
guid and duration), worked out as feedparser works them out: the same character-encoding
rules (its own ``convert_to_utf8``), the same text clean-up (whitespace stripped, the "UTF-8
read as Latin-1" repair, the windows-1252 mapping, the HTML guess for plain-text RSS titles),
its date parser, its URL clean-up and its rules for which element gives a value (a permalink
guid is the link when there is no ``<link>`` before it; ``content:encoded`` is the summary
when there is no ``<description>``). It builds no feedparser dictionaries: reading them back
was a quarter of the parse time. For anything else it returns None and the caller uses
feedparser: any XML error, a ``DOCTYPE`` or entity declaration, ``xml:base``, a default
namespace, an element or attribute not on the lists below, an element given twice where
feedparser would keep only one, markup inside a text element, an author with an email address,
a character-encoding complaint. A new field read from feedparser's entries goes into
``RawEntry`` (filled from feedparser in ``parse``); it needs something here only when an
element this reader takes gives it (documents holding any other element go to feedparser).

``tests/feeds/test_fastrss.py`` runs both over a corpus of real-world shaped feeds and
compares the results exactly.
"""

from __future__ import annotations

import contextlib
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from typing import Any, cast

from cpdlog.feeds.raw import RawContent, RawEnclosure, RawEntry, RawFeed

# feedparser's own pieces, some of them private: a feedparser that renames them leaves every
# document to feedparser.parse (and the comparison tests say so) instead of breaking imports.
try:
    from feedparser.datetimes import _parse_date
    from feedparser.encodings import convert_to_utf8
    from feedparser.html import _cp1252
    from feedparser.mixin import _FeedParserMixin
    from feedparser.urls import _urifixer as _URI_FIXER

    AVAILABLE = True
except ImportError:  # pragma: no cover - depends on the installed feedparser
    AVAILABLE = False

log = logging.getLogger(__name__)

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
_ATOM = "{http://www.w3.org/2005/Atom}"
_WFW = "{http://wellformedweb.org/CommentAPI/}"
_SLASH = "{http://purl.org/rss/1.0/modules/slash/}"
_SY = "{http://purl.org/rss/1.0/modules/syndication/}"

# feedparser's own prefix for each namespace it knows (its ``namespaces`` result).
_PREFIXES = {
    _CONTENT[1:-1]: "content",
    _DC[1:-1]: "dc",
    _ITUNES[1:-1]: "itunes",
    _ATOM[1:-1]: "",
    _WFW[1:-1]: "wfw",
    _SLASH[1:-1]: "slash",
    _SY[1:-1]: "sy",
}

# Channel elements that change nothing feedparser's caller reads (text only, no attributes).
_CHANNEL_IGNORED = frozenset(
    {
        "language",  # only the language of the text, which nobody reads
        "copyright",
        "lastBuildDate",
        "pubDate",
        "generator",
        "docs",
        "managingEditor",
        "webMaster",
        "category",
        f"{_SY}updatePeriod",
        f"{_SY}updateFrequency",
        f"{_SY}updateBase",
        f"{_ITUNES}explicit",
        f"{_ITUNES}author",
        f"{_ITUNES}type",
    }
)
_IMAGE_CHILDREN = frozenset({"url", "title", "link", "width", "height", "description"})
# Item elements read by nobody downstream (text only, no attributes).
_ITEM_IGNORED = frozenset(
    {
        "comments",
        f"{_WFW}commentRss",
        f"{_SLASH}comments",
        f"{_ITUNES}explicit",
        f"{_ITUNES}episode",
        f"{_ITUNES}season",
        f"{_ITUNES}episodeType",
    }
)
_ITEM_ONCE = frozenset(
    {"title", "link", "guid", "pubDate", "description", f"{_CONTENT}encoded", f"{_DC}creator"}
)
# Namespaces whose declaration alone changes what feedparser does.
_REFUSED_NAMESPACES = frozenset(
    {
        "http://www.w3.org/1999/xlink",
        "http://www.w3.org/1998/math/mathml",
        "http://www.w3.org/2000/svg",
    }
)
_LINK_REFERENCE = re.compile("&([A-Za-z0-9_]+);")


class _Unsupported(Exception):
    """The document holds something only feedparser reads exactly."""


def parse(body: bytes, headers: Mapping[str, str]) -> RawFeed | None:
    """What ``cpdlog.feeds.parse`` reads of feedparser's result for ``body``, or None when the
    document is not one read here.

    ``headers`` are the response headers with lower-case names, as given to feedparser.
    """
    if not AVAILABLE or "content-location" in headers or _refused(body):
        return None
    result: dict[str, Any] = {}
    try:
        data = convert_to_utf8(dict(headers), body, result)
        if result.get("bozo") or not result.get("encoding"):
            return None
        if data != body and _refused(data):
            return None  # (checked again in UTF-8: a UTF-16 document hides its markup from bytes)
        namespaces, root = _read(data)
        feed = _channel(root)
    except (ET.ParseError, _Unsupported):
        return None
    except Exception:  # anything unforeseen: feedparser, the reference, decides
        log.info("The quick RSS reader gave way to feedparser", exc_info=True)
        return None
    feed.version = "rss20"
    feed.namespaces = list(namespaces.values())
    return feed


def _refused(data: bytes) -> bool:
    """A document type (feedparser rewrites it and its entities), or ``xml:base``."""
    return b"<!DOCTYPE" in data or b"<!ENTITY" in data or b"xml:base" in data


def _read(data: bytes) -> tuple[dict[str, str], ET.Element]:
    namespaces: dict[str, str] = {}
    parser: ET.XMLPullParser[Any] = ET.XMLPullParser(events=("start-ns", "start"))
    parser.feed(data)
    parser.close()
    root: ET.Element | None = None
    events: Iterator[tuple[str, Any]] = parser.read_events()  # type: ignore[assignment]
    for event, value in events:
        if event == "start":
            if root is None and isinstance(value, ET.Element):
                root = value
            continue
        prefix, uri = cast(tuple[str, str], value)
        # A default namespace changes which format feedparser takes the document for.
        if not prefix or uri.lower() in _REFUSED_NAMESPACES or "userland.com/rss" in uri.lower():
            raise _Unsupported
        key = _PREFIXES.get(uri, prefix)
        if key in namespaces or uri in namespaces.values():
            raise _Unsupported
        namespaces[key] = uri
    if root is None:
        raise _Unsupported
    return namespaces, root


def _text(element: ET.Element) -> str:
    """The element's text as feedparser's ``pop`` leaves it before storing (no markup in it)."""
    if len(element) or element.attrib:
        raise _Unsupported
    return (element.text or "").strip()


def _finish(output: str) -> str:
    """The last steps of feedparser's ``pop``: the Latin-1/UTF-8 repair and windows-1252
    (neither changes ASCII text)."""
    if output.isascii():
        return output
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        output = output.encode("iso-8859-1").decode("utf-8")
    return output.translate(_cp1252)


def _plain_text(element: ET.Element) -> tuple[str, str]:
    """A nominally plain-text RSS element (a title): its value and feedparser's guessed type."""
    output = _text(element)
    content_type = "text/html" if _FeedParserMixin.looks_like_html(output) else "text/plain"
    return _finish(output), content_type


def _fix_uri(uri: str) -> str:
    """feedparser's ``_urljoin("", uri)``: extra slashes after ``scheme://`` removed (with
    no base, ``urljoin`` gives the address back as it is)."""
    match = _URI_FIXER.match(uri)
    if match is None or not match.group(2):
        return uri
    return str(match.group(1)) + uri[match.end(2) :]


def _link(value: str) -> str:
    """A link's text as feedparser leaves it: its references to undefined entities kept
    without their ``;``."""
    return _LINK_REFERENCE.sub(r"&\g<1>", value) if "&" in value else value


def _children(element: ET.Element) -> Iterator[ET.Element]:
    if (element.text or "").strip():
        raise _Unsupported
    for child in element:
        if (child.tail or "").strip():
            raise _Unsupported
        yield child


def _channel(root: ET.Element) -> RawFeed:
    if root.tag != "rss" or set(root.attrib) != {"version"}:
        raise _Unsupported
    if not root.attrib["version"].startswith("2."):
        raise _Unsupported
    channels = list(_children(root))
    if len(channels) != 1 or channels[0].tag != "channel" or channels[0].attrib:
        raise _Unsupported
    feed = RawFeed()
    entries = feed.entries
    seen: set[str] = set()
    for child in _children(channels[0]):
        tag = child.tag
        if tag == "item":
            entries.append(_item(child))
            continue
        if tag in ("title", "link", "description", "ttl", "image"):
            if tag in seen or entries:
                # Twice, or after the items: feedparser's choice depends on its depth rules.
                raise _Unsupported
            if tag == "image" and "title" not in seen:
                raise _Unsupported
            seen.add(tag)
        if tag == "title":
            feed.title, feed.title_type = _plain_text(child)
        elif tag == "link":
            feed.link = _link(_finish(_fix_uri(_text(child))))
        elif tag == "description":
            feed.subtitle = _finish(_text(child))
            feed.subtitle_type = "text/html"
        elif tag == "ttl":
            feed.ttl = _finish(_text(child))
        elif tag == "image":
            if child.attrib:
                raise _Unsupported
            for part in _children(child):
                if part.tag not in _IMAGE_CHILDREN:
                    raise _Unsupported
                _text(part)
        elif tag == f"{_ATOM}link":
            if len(child) or (child.text or "").strip() or not child.get("href"):
                raise _Unsupported
            if child.get("rel", "alternate").lower() == "alternate":
                raise _Unsupported
        elif tag == f"{_ITUNES}image":
            if len(child) or (child.text or "").strip() or set(child.attrib) - {"href"}:
                raise _Unsupported
        elif tag in _CHANNEL_IGNORED:
            _text(child)
        else:
            raise _Unsupported
    return feed


def _item(element: ET.Element) -> RawEntry:
    """One ``<item>``, with what feedparser would make of it (its ``link``, ``summary`` and
    the others, and the rules that decide which element gives them)."""
    if element.attrib:
        raise _Unsupported
    entry = RawEntry()
    tags: list[list[str | None]] = []  # feedparser's tag records: [term, scheme]
    seen: set[str] = set()
    has_link = False  # feedparser's entry has a ``link`` key (a permalink guid sets it too)
    has_summary = False
    for child in _children(element):
        tag = child.tag
        if tag in _ITEM_ONCE:
            if tag in seen:
                raise _Unsupported
            seen.add(tag)
        if tag == "title":
            entry.title, entry.title_type = _plain_text(child)
        elif tag == "link":
            entry.link = _link(_finish(_fix_uri(_text(child))).replace("&amp;", "&"))
            has_link = True
        elif tag == "guid":
            if len(child) or set(child.attrib) - {"isPermaLink"}:
                raise _Unsupported
            is_link = child.get("isPermaLink", "true") == "true"
            value = (child.text or "").strip()
            if is_link and value:
                value = _fix_uri(value)
            value = _finish(value)
            entry.guid = value
            if is_link and not has_link:
                entry.link = value
                has_link = True
        elif tag == "pubDate":
            entry.published = _parse_date(_finish(_text(child)))
        elif tag == "description":
            entry.summary = _finish(_text(child))
            has_summary = True
        elif tag == f"{_CONTENT}encoded":
            value = _finish(_text(child))
            entry.content = RawContent(value, "text/html")
            if not has_summary:  # feedparser copies the content into the summary
                entry.summary = value
                has_summary = True
        elif tag == f"{_DC}creator":
            value = _finish(_text(child))
            if "@" in value:
                raise _Unsupported  # feedparser splits an email address out of it
            entry.author = value
        elif tag == "category":
            _category(child, tags)
        elif tag == "enclosure":
            if len(child) or set(child.attrib) - {"url", "length", "type"}:
                raise _Unsupported
            entry.enclosures.append(
                RawEnclosure(
                    child.get("url") or "",
                    (child.get("type") or "").lower(),
                    child.get("length") or "",
                )
            )
        elif tag == f"{_ITUNES}duration":
            entry.duration = _finish(_text(child))
        elif tag in _ITEM_IGNORED:
            _text(child)
        else:
            raise _Unsupported
    if tags:
        entry.tags = [term or "" for term, _ in tags]
    return entry


def _category(child: ET.Element, tags: list[list[str | None]]) -> None:
    if len(child) or set(child.attrib) - {"domain"}:
        raise _Unsupported
    scheme = child.get("domain")
    if scheme:
        _add_tag(tags, None, scheme)
    value = _finish((child.text or "").strip())
    if not value:
        return
    if tags and not tags[-1][0]:
        tags[-1][0] = value
    else:
        _add_tag(tags, value, None)


def _add_tag(tags: list[list[str | None]], term: str | None, scheme: str | None) -> None:
    if not term and not scheme:
        return
    value: list[str | None] = [term, scheme]
    if value not in tags:
        tags.append(value)
