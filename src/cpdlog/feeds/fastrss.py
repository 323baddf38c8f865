"""A quicker reading of plain, well-formed RSS 2.0, giving exactly what feedparser gives.

feedparser reads a feed through SAX with a Python call, a stack push and several regular
expressions for every element; for a typical 150 KB WordPress feed of 50 items that is about
37 ms of CPU, more than half of a refresh's parsing. ElementTree (the same expat, building the
tree in C) reads the same document in about 1 ms.

:func:`parse` reads a document only when every part of it is something whose feedparser
result is known exactly, and returns a :class:`feedparser.util.FeedParserDict` with the keys
``cpdlog.feeds.parse`` reads (``feed``, ``entries``, ``version``, ``namespaces``, ``bozo``,
``encoding``), built as feedparser builds them: the same character-encoding rules (its own
``convert_to_utf8``), the same text clean-up (whitespace stripped, the "UTF-8 read as Latin-1"
repair, the windows-1252 mapping, the HTML guess for plain-text RSS titles), its date parser
and its URL joining. For anything else it returns None and the caller uses feedparser: any
XML error, a ``DOCTYPE`` or entity declaration, ``xml:base``, a default namespace, an element
or attribute not on the lists below, an element given twice where feedparser would keep only
one, markup inside a text element, an author with an email address, a character-encoding
complaint. Adding a field that reads a new element from feedparser's entries therefore needs
nothing here: documents holding that element keep going to feedparser.

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

# feedparser's own pieces, some of them private: a feedparser that renames them leaves every
# document to feedparser.parse (and the comparison tests say so) instead of breaking imports.
try:
    from feedparser.datetimes import _parse_date
    from feedparser.encodings import convert_to_utf8
    from feedparser.html import _cp1252
    from feedparser.mixin import _FeedParserMixin
    from feedparser.urls import _urljoin
    from feedparser.util import FeedParserDict

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


def parse(body: bytes, headers: Mapping[str, str]) -> FeedParserDict | None:
    """feedparser's result for ``body``, or None when the document is not one read here.

    ``headers`` are the response headers with lower-case names, as given to feedparser.
    """
    if not AVAILABLE or _refused(body) or "content-location" in headers:
        return None
    result = FeedParserDict(bozo=False, entries=[], feed=FeedParserDict(), headers=dict(headers))
    try:
        data = convert_to_utf8(result["headers"], body, result)
        if result.get("bozo") or not result.get("encoding") or _refused(data):
            return None  # (checked again in UTF-8: a UTF-16 document hides its markup from bytes)
        namespaces, root = _read(data)
        feed, entries = _channel(root)
    except (ET.ParseError, _Unsupported):
        return None
    except Exception:  # anything unforeseen: feedparser, the reference, decides
        log.info("The quick RSS reader gave way to feedparser", exc_info=True)
        return None
    result["feed"] = feed
    result["entries"] = entries
    result["version"] = "rss20"
    result["namespaces"] = namespaces
    return result


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
    """The last steps of feedparser's ``pop``: the Latin-1/UTF-8 repair and windows-1252."""
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        output = output.encode("iso-8859-1").decode("utf-8")
    return output.translate(_cp1252)


def _plain_text(element: ET.Element) -> tuple[str, str]:
    """A nominally plain-text RSS element (a title): its value and feedparser's guessed type."""
    output = _text(element)
    content_type = "text/html" if _FeedParserMixin.looks_like_html(output) else "text/plain"
    return _finish(output), content_type


def _detail(content_type: str, value: str) -> FeedParserDict:
    return FeedParserDict(type=content_type, base="", value=value)


def _children(element: ET.Element) -> Iterator[ET.Element]:
    if (element.text or "").strip():
        raise _Unsupported
    for child in element:
        if (child.tail or "").strip():
            raise _Unsupported
        yield child


def _channel(root: ET.Element) -> tuple[FeedParserDict, list[FeedParserDict]]:
    if root.tag != "rss" or set(root.attrib) != {"version"}:
        raise _Unsupported
    if not root.attrib["version"].startswith("2."):
        raise _Unsupported
    channels = list(_children(root))
    if len(channels) != 1 or channels[0].tag != "channel" or channels[0].attrib:
        raise _Unsupported
    feed = FeedParserDict()
    entries: list[FeedParserDict] = []
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
            value, content_type = _plain_text(child)
            feed["title"] = value
            feed["title_detail"] = _detail(content_type, value)
        elif tag == "link":
            feed["link"] = _LINK_REFERENCE.sub(r"&\g<1>", _finish(_urljoin("", _text(child))))
        elif tag == "description":
            value = _finish(_text(child))
            feed["subtitle"] = value
            feed["subtitle_detail"] = _detail("text/html", value)
        elif tag == "ttl":
            feed["ttl"] = _finish(_text(child))
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
    return feed, entries


def _item(element: ET.Element) -> FeedParserDict:
    if element.attrib:
        raise _Unsupported
    entry = FeedParserDict()
    links: list[FeedParserDict] = []
    tags: list[FeedParserDict] = []
    seen: set[str] = set()
    has_tags = False
    for child in _children(element):
        tag = child.tag
        if tag in _ITEM_ONCE:
            if tag in seen:
                raise _Unsupported
            seen.add(tag)
        if tag == "title":
            value, content_type = _plain_text(child)
            entry["title"] = value
            entry["title_detail"] = _detail(content_type, value)
        elif tag == "link":
            links.append(FeedParserDict(rel="alternate", type="text/html"))
            value = _finish(_urljoin("", _text(child)))
            value = _LINK_REFERENCE.sub(r"&\g<1>", value.replace("&amp;", "&"))
            entry["link"] = value
            if value:
                links[-1]["href"] = value
        elif tag == "guid":
            _guid(child, entry)
        elif tag == "pubDate":
            value = _finish(_text(child))
            entry["published"] = value
            entry["published_parsed"] = _parse_date(value)
        elif tag == "description":
            value = _finish(_text(child))
            entry["summary"] = value
            entry["summary_detail"] = _detail("text/html", value)
        elif tag == f"{_CONTENT}encoded":
            value = _finish(_text(child))
            entry["content"] = [_detail("text/html", value)]
            entry.setdefault("summary", value)
        elif tag == f"{_DC}creator":
            value = _finish(_text(child))
            if "@" in value:
                raise _Unsupported  # feedparser splits an email address out of it
            entry["author"] = value
            if value:
                entry["authors"] = [FeedParserDict(name=value)]
                entry["author_detail"] = entry["authors"][-1]
            else:
                entry["authors"] = [FeedParserDict()]
        elif tag == "category":
            has_tags = True  # feedparser makes the list even when it stays empty
            _category(child, tags)
        elif tag == "enclosure":
            if len(child) or set(child.attrib) - {"url", "length", "type"}:
                raise _Unsupported
            attrs = dict(child.attrib)
            if "type" in attrs:
                attrs["type"] = attrs["type"].lower()
            if attrs.get("url"):
                attrs["href"] = attrs.pop("url")
            attrs["rel"] = "enclosure"
            links.append(FeedParserDict(attrs))
        elif tag == f"{_ITUNES}duration":
            entry["itunes_duration"] = _finish(_text(child))
        elif tag in _ITEM_IGNORED:
            _text(child)
        else:
            raise _Unsupported
    if links:
        entry["links"] = links
    if has_tags:
        entry["tags"] = tags
    return entry


def _guid(child: ET.Element, entry: FeedParserDict) -> None:
    if len(child) or set(child.attrib) - {"isPermaLink"}:
        raise _Unsupported
    is_link = child.get("isPermaLink", "true") == "true"
    value = (child.text or "").strip()
    if is_link and value:
        value = _urljoin("", value)
    value = _finish(value)
    entry["id"] = value
    entry.setdefault("guidislink", is_link and "link" not in entry)
    if is_link:
        entry.setdefault("link", value)


def _category(child: ET.Element, tags: list[FeedParserDict]) -> None:
    if len(child) or set(child.attrib) - {"domain"}:
        raise _Unsupported
    scheme = child.get("domain")
    if scheme:
        _add_tag(tags, None, scheme)
    value = _finish((child.text or "").strip())
    if not value:
        return
    if tags and not tags[-1]["term"]:
        tags[-1]["term"] = value
    else:
        _add_tag(tags, value, None)


def _add_tag(tags: list[FeedParserDict], term: str | None, scheme: str | None) -> None:
    if not term and not scheme:
        return
    value = FeedParserDict(term=term, scheme=scheme, label=None)
    if value not in tags:
        tags.append(value)
