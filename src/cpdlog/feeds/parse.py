"""Turn fetched bytes into feed items: RSS 0.9x/1.0/2.0 and Atom via feedparser, JSON Feed here.

feedparser only ever sees bytes we fetched ourselves (never a URL or a path), with the
response headers tidied: ``content-encoding`` removed because the body is already decoded,
``content-location`` set to the final URL when the document uses ``xml:base``. Relative links
resolve against the final URL, or the ``xml:base`` in force, as feedparser defines it. A
document without ``xml:base`` is parsed without ``content-location`` and its links resolved
here instead, with the same result: given a base URL feedparser re-joins it on every start
tag, which measured 45 ms instead of 27 ms for a 136 KB feed of 50 items, the largest single
cost of a refresh. Its ``bozo`` flag is a graded signal, not a verdict:

* ``ok``: well-formed, or only a survivable complaint (declared charset overridden, a feed
  served as ``text/html``);
* ``degraded``: other XML errors but feedparser's loose parser still found the feed or items;
* ``failed``: nothing recognisable as a feed.

Character encodings follow feedparser's rules (RFC 3023: the HTTP charset, then the XML
declaration, then a byte-order mark). When the document *declares* an encoding and its bytes
are not valid in it (one stray byte in a UTF-8 feed), feedparser falls back to guessing
(windows-1252), which turns every accented letter into mojibake such as ``CafÃ©``. When most
of its non-ASCII text does read in the declared encoding (damaged bytes, not a wrong label),
the document is decoded here with the declared encoding, the invalid bytes becoming U+FFFD,
and parsed again (:func:`_repair_encoding`). A document that declares nothing, or whose
declaration is plainly wrong (a Latin-1 file served as UTF-8: none of its accented letters
read as UTF-8), keeps feedparser's guess: that is its rule, and old feeds rely on it.

Every function here returns a result; none raises for bad input.
"""

from __future__ import annotations

import calendar
import codecs
import datetime as dt
import hashlib
import io
import json
import logging
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from cpdlog.domain.feed import Enclosure
from cpdlog.domain.text import clean_line, clean_text, is_safe_link, squeeze
from cpdlog.feeds import fastrss, trace
from cpdlog.feeds.raw import RawContent, RawEnclosure, RawEntry, RawFeed
from cpdlog.feeds.sanitize import html_to_text, plain_text_to_html, sanitize_html
from cpdlog.i18n import tr

# A feed's problem is shown in the reader and ``cpdlog feeds list`` and stored as the feed's
# last problem. A parse process does not know the app's language (starting it in the language
# slowed its start: feeds.refresh), so a ParsedFeed carries the problem as a code and its plain
# values, and ``ParsedFeed.problem`` builds the sentence through cpdlog.i18n in the process that
# reads it: the main process, where the problem is recorded and shown (problem_text).
ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

log = logging.getLogger(__name__)

MAX_ITEMS = 1000
MAX_SUMMARY_CHARS = 4000
_SURVIVABLE = ("CharacterEncodingOverride", "NonXMLContentType")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_XML_BASE = tuple("xml:base".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


class ParseStatus(StrEnum):
    OK = "ok"
    DEGRADED = "degraded"
    FAILED = "failed"


@dataclass(slots=True)
class ParsedItem:
    """One entry as read from the feed: plain-text fields plus sanitised HTML content."""

    key: str
    guid: str = ""
    link: str = ""
    title: str = ""
    author: str = ""
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    summary: str = ""
    content_html: str = ""
    enclosure: Enclosure | None = None
    duration_seconds: int | None = None
    tags: list[str] = field(default_factory=list)
    content_hash: str = ""
    transcript_url: str = ""  # podcast:transcript (Podcasting 2.0), the best one offered
    transcript_type: str = ""


@dataclass(slots=True)
class ParsedFeed:
    status: ParseStatus
    url: str
    version: str = ""
    title: str = ""
    site_url: str = ""
    description: str = ""
    ttl_seconds: int | None = None
    is_podcast: bool = False
    items: list[ParsedItem] = field(default_factory=list)
    problem_code: str = ""  # a Problem value, "" when none
    problem_values: dict[str, str | int] = field(default_factory=dict)
    parse_seconds: float = 0.0

    @property
    def usable(self) -> bool:
        return self.status is not ParseStatus.FAILED

    @property
    def problem(self) -> str:
        """The problem as a sentence in this process's language ("" when none)."""
        return problem_text(self.problem_code, self.problem_values)


class Problem(StrEnum):
    """What can be wrong with a fetched feed (ParsedFeed.problem_code)."""

    CRASHED = "crashed"  # values: kind (the exception's class name)
    WEB_PAGE = "web_page"
    UNREADABLE = "unreadable"  # values: detail, line (the parser's own words, its line)
    NOT_A_FEED = "not_a_feed"
    ERRORS = "errors"  # values: detail, line
    BAD_JSON = "bad_json"
    NOT_JSON_FEED = "not_json_feed"
    NO_ITEMS = "no_items"
    BAD_ITEMS = "bad_items"  # values: count


def problem_text(code: str, values: Mapping[str, str | int]) -> str:
    """The sentence for a problem ``code`` and its ``values``, in the chosen language.

    The parser's own words (an XML error such as "mismatched tag") stay as it gave them.
    An unknown code (never made here) reads as a general failure, not as nothing.
    """
    if not code:
        return ""
    if code in (Problem.UNREADABLE, Problem.ERRORS):
        line = values.get("line")
        where = tr(ERRORS, " (line {line})").format(line=line) if line not in (None, "") else ""
        detail = f"{values.get('detail', '')}{where}."
        if code == Problem.UNREADABLE:
            return tr(ERRORS, "This is not a feed cpdlog can read: {detail}").format(detail=detail)
        return tr(ERRORS, "The feed has errors, so some of it may be missing: {detail}").format(
            detail=detail
        )
    if code == Problem.WEB_PAGE:
        return tr(ERRORS, "This address gives a web page, not a feed.")
    if code == Problem.NOT_A_FEED:
        return tr(ERRORS, "This is not an RSS, Atom or JSON feed.")
    if code == Problem.BAD_JSON:
        return tr(ERRORS, "This is not valid JSON, so not a feed.")
    if code == Problem.NOT_JSON_FEED:
        return tr(ERRORS, "This is JSON but not a JSON Feed cpdlog can read.")
    if code == Problem.NO_ITEMS:
        return tr(ERRORS, "The JSON Feed has no list of items.")
    if code == Problem.BAD_ITEMS:
        return tr(
            ERRORS, "The feed has errors, so some of it may be missing: {count} bad items."
        ).format(count=values.get("count", ""))
    return tr(ERRORS, "cpdlog could not read this feed ({kind}).").format(
        kind=values.get("kind", code)
    )


def _plain(value: str, content_type: str = "text/plain", limit: int = 500) -> str:
    return squeeze(html_to_text(value) if content_type in _HTML_TYPES else value, limit)


def _safe_link(value: str, base: str) -> str:
    if not value:
        return ""
    try:
        absolute = urljoin(base, value.strip())
        parts = urlsplit(absolute)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    absolute = absolute.replace(" ", "%20")
    # The same rule as every stored link (no control or invisible characters, a host).
    return absolute if is_safe_link(absolute) else ""


def _from_struct(value: Any) -> dt.datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _from_iso(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def parse_duration(value: Any) -> int | None:
    """``itunes:duration`` as seconds: ``"3600"``, ``"59:30"`` or ``"1:02:03"``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value) if 0 < value < 10**7 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not re.fullmatch(r"\d{1,7}(?::\d{1,2}){0,2}(?:\.\d+)?", text):
        return None
    text = text.split(".", 1)[0]
    total = 0
    for part in text.split(":"):
        total = total * 60 + int(part)
    return total or None


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()


def _finish(items: list[ParsedItem]) -> list[ParsedItem]:
    """Give each item a unique key: guid, else link, else a hash of its content.

    A feed that reuses one guid for several items (it happens) gets ``guid|link`` keys for
    the repeats, as Miniflux does; exact repeats are dropped.
    """
    seen: set[str] = set()
    out: list[ParsedItem] = []
    for item in items:
        item.content_hash = _hash(item.title, item.link, item.summary, item.content_html)
        if item.guid:
            key = f"guid:{item.guid}"
            if key in seen:
                key = f"guid:{item.guid}|{item.link or item.content_hash}"
        elif item.link:
            key = f"link:{item.link}"
        else:
            stamp = item.published.isoformat() if item.published else ""
            key = "hash:" + _hash(item.title, stamp, item.summary[:500])
        if key in seen:
            continue
        seen.add(key)
        item.key = key
        out.append(item)
        if len(out) >= MAX_ITEMS:
            break
    return out


def warm_up() -> int:
    """A parse process's first task. It lives here, not in ``cpdlog.feeds.refresh``, so that a
    parse process imports only what parsing needs (not httpx and the fetcher)."""
    trace.event("parse-ready")
    return os.getpid()


def looks_like_json(body: bytes, content_type: str) -> bool:
    if "json" in content_type:
        return True
    head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def looks_like_html(body: bytes, content_type: str) -> bool:
    if content_type in _HTML_TYPES:
        head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return not head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def parse_feed(body: bytes, headers: Mapping[str, str], url: str) -> ParsedFeed:
    """Parse one fetched body. ``headers`` are the response headers; ``url`` the final URL."""
    started = time.perf_counter()
    trace.event("parse-start", bytes=len(body))
    lowered = {k.lower(): v for k, v in headers.items()}
    content_type = lowered.get("content-type", "").split(";", 1)[0].strip().lower()
    try:
        if looks_like_json(body, content_type):
            result = parse_json_feed(body, url)
        else:
            result = _parse_xml(body, lowered, url, content_type)
        _remove_controls(result)
    except Exception as error:  # feedparser and json have many ways to fail on hostile input
        log.info("A feed could not be read", exc_info=True)
        result = ParsedFeed(
            ParseStatus.FAILED,
            url,
            problem_code=Problem.CRASHED,
            problem_values={"kind": type(error).__name__},
        )
    result.parse_seconds = time.perf_counter() - started
    trace.event("parse-end", items=len(result.items), cpu=time.process_time())
    return result


def _remove_controls(feed: ParsedFeed) -> None:
    """No control characters (terminal escapes such as ESC [2J, bells) in anything we show."""
    feed.title = clean_line(feed.title)
    feed.description = clean_text(feed.description)
    for item in feed.items:
        item.title = clean_line(item.title)
        item.author = clean_line(item.author)
        item.summary = clean_text(item.summary)
        item.content_html = clean_text(item.content_html)
        item.tags = [tag for tag in (clean_line(t) for t in item.tags) if tag]


def _parse_xml(body: bytes, headers: dict[str, str], url: str, content_type: str) -> ParsedFeed:
    headers.pop("content-encoding", None)
    headers.pop("content-length", None)
    if any(marker in body for marker in _XML_BASE):
        headers["content-location"] = url
    else:
        # No xml:base: links are resolved against ``url`` below (see the module docstring).
        headers.pop("content-location", None)
    # Plain, well-formed RSS 2.0 (most feeds) is read about 30 times faster by fastrss, with
    # the same result; everything else goes to feedparser.
    raw = fastrss.parse(body, headers)
    if raw is None:
        # Sanitising and relative-URI resolution are done by nh3 below (allowlist), so
        # feedparser's slower, weaker versions are switched off.
        data = feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
        repaired = _repair_encoding(body, headers, data)
        if repaired is not None:
            body, headers = repaired
            data = feedparser.parse(
                io.BytesIO(body),
                response_headers=headers,
                sanitize_html=False,
                resolve_relative_uris=False,
            )
        raw = _from_feedparser(data)
    entries = raw.entries
    version = raw.version
    bozo = raw.bozo
    exception = raw.exception
    exception_name = type(exception).__name__ if exception is not None else ""
    if not version and not entries:
        if looks_like_html(body, content_type):
            return ParsedFeed(ParseStatus.FAILED, url, problem_code=Problem.WEB_PAGE)
        if bozo and exception is not None:
            return ParsedFeed(
                ParseStatus.FAILED,
                url,
                problem_code=Problem.UNREADABLE,
                problem_values=_describe(exception),
            )
        return ParsedFeed(ParseStatus.FAILED, url, problem_code=Problem.NOT_A_FEED)
    status = ParseStatus.OK
    problem_code = ""
    problem_values: dict[str, str | int] = {}
    if bozo and exception_name not in _SURVIVABLE:
        status = ParseStatus.DEGRADED
        problem_code, problem_values = Problem.ERRORS, _describe(exception)
    site = _safe_link(raw.link, url)
    feed = ParsedFeed(
        status,
        url,
        version=version,
        title=_plain(raw.title, raw.title_type),
        site_url=site,
        description=_plain(raw.subtitle, raw.subtitle_type, limit=2000),
        problem_code=problem_code,
        problem_values=problem_values,
    )
    ttl = raw.ttl.strip()
    if ttl.isdigit():
        feed.ttl_seconds = int(ttl) * 60
    podcast_ns = any("itunes" in ns or "podcast" in ns for ns in raw.namespaces)
    items = [_xml_item(entry, url) for entry in entries[: MAX_ITEMS * 2]]
    feed.items = _finish(items)
    feed.is_podcast = podcast_ns and any(
        i.enclosure and i.enclosure.media_type.startswith("audio/") for i in feed.items
    )
    return feed


_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_XML_ENCODING_TEXT = re.compile(r"""^(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        return ""


def declared_encodings(body: bytes, headers: Mapping[str, str]) -> list[str]:
    """The encodings the document declares, strongest first: HTTP charset, XML, BOM."""
    found: list[str] = []
    content_type = headers.get("content-type", "")
    match = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", content_type, re.I)
    if match:
        found.append(_codec(match.group(1)))
    bom = next((name for mark, name in _BOMS if body.startswith(mark)), "")
    head = body[len(codecs.BOM_UTF8) :] if bom == "utf-8" else body
    if not bom or bom == "utf-8":
        declared = _XML_ENCODING.match(head[:500])
        if declared:
            found.append(_codec(declared.group(1).decode("ascii")))
    if bom:
        found.append(_codec(bom))
    return [name for name in dict.fromkeys(found) if name]


def _repair_encoding(
    body: bytes, headers: dict[str, str], parsed: Mapping[str, Any]
) -> tuple[bytes, dict[str, str]] | None:
    """When feedparser fell back from every declared encoding to a guess, the body decoded with
    the strongest declared encoding (invalid bytes as U+FFFD) as UTF-8, else None."""
    exception = parsed.get("bozo_exception")
    if type(exception).__name__ != "CharacterEncodingOverride":
        return None
    declared = declared_encodings(body, headers)
    used = _codec(str(parsed.get("encoding") or ""))
    if not declared or used in declared:
        return None
    text = body.decode(declared[0], errors="replace").removeprefix("\ufeff")
    damaged = text.count("\ufffd")
    readable = sum(1 for ch in text if ord(ch) > 127) - damaged
    if readable <= damaged:
        # Hardly anything beyond ASCII reads in the declared encoding: the declaration is
        # wrong (a Latin-1 file served as UTF-8), not the bytes, and feedparser's guess stands.
        return None
    text = _XML_ENCODING_TEXT.sub(r"\1\2utf-8\2", text, count=1)
    fixed = dict(headers)
    content_type = headers.get("content-type", "").split(";", 1)[0].strip() or "application/xml"
    fixed["content-type"] = f"{content_type}; charset=utf-8"
    return text.encode("utf-8"), fixed


def _describe(exception: object) -> dict[str, str | int]:
    """The parser's words for ``exception`` and its line, as plain values (problem_text)."""
    message = str(exception) or type(exception).__name__
    text = message.split(":")[-1].strip() if ":" in message else message
    values: dict[str, str | int] = {"detail": text}
    line = getattr(exception, "getLineNumber", None)
    if callable(line):
        try:
            number = line()
        except Exception:
            log.debug("The line of a feed's XML error is not known", exc_info=True)
        else:
            if isinstance(number, int) and not isinstance(number, bool):
                values["line"] = number
    return values


def _type_of(container: Mapping[str, Any], detail: str) -> str:
    info = container.get(detail)
    if isinstance(info, Mapping):
        return str(info.get("type") or "text/plain").lower()
    return "text/plain"


def _from_feedparser(data: Mapping[str, Any]) -> RawFeed:
    """What is read of feedparser's result (its first ``2 * MAX_ITEMS`` entries)."""
    meta = data.get("feed") or {}
    namespaces = data.get("namespaces") or {}
    entries = list(data.get("entries") or [])
    return RawFeed(
        version=str(data.get("version") or ""),
        bozo=bool(data.get("bozo")),
        exception=data.get("bozo_exception"),
        link=str(meta.get("link") or ""),
        title=str(meta.get("title") or ""),
        title_type=_type_of(meta, "title_detail"),
        subtitle=str(meta.get("subtitle") or ""),
        subtitle_type=_type_of(meta, "subtitle_detail"),
        ttl=str(meta.get("ttl") or ""),
        namespaces=[str(ns) for ns in namespaces.values()],
        entries=[_entry_from_feedparser(entry) for entry in entries[: MAX_ITEMS * 2]],
    )


def _entry_from_feedparser(entry: Mapping[str, Any]) -> RawEntry:
    author_detail = entry.get("author_detail")
    author = ""
    if isinstance(author_detail, Mapping):
        author = str(author_detail.get("name") or "")
    contents = entry.get("content") or []
    if isinstance(entry.get("summary_detail"), Mapping):
        summary_type = _type_of(entry, "summary_detail")
    elif contents and isinstance(contents[0], Mapping):
        # feedparser copies the content into ``summary`` without a detail record.
        summary_type = str(contents[0].get("type") or "text/html").lower()
    else:
        summary_type = "text/html"
    chosen: Mapping[str, Any] | None = None
    for candidate in contents:
        if isinstance(candidate, Mapping) and (
            chosen is None or str(candidate.get("type", "")).lower() in _HTML_TYPES
        ):
            chosen = candidate
    content = None
    if chosen is not None:
        content = RawContent(
            str(chosen.get("value") or ""),
            str(chosen.get("type") or "text/html").lower(),
            str(chosen.get("base") or ""),
        )
    enclosures = [
        RawEnclosure(
            str(enc.get("href") or enc.get("url") or ""),
            str(enc.get("type") or ""),
            str(enc.get("length") or ""),
        )
        for enc in entry.get("enclosures") or []
        if isinstance(enc, Mapping)
    ]
    tags = [
        str(tag.get("term") or tag.get("label") or "")
        for tag in entry.get("tags") or []
        if isinstance(tag, Mapping)
    ]
    return RawEntry(
        link=str(entry.get("link") or ""),
        title=str(entry.get("title") or ""),
        title_type=_type_of(entry, "title_detail"),
        author=author or str(entry.get("author") or ""),
        summary=str(entry.get("summary") or ""),
        summary_type=summary_type,
        content=content,
        enclosures=enclosures,
        tags=tags,
        published=entry.get("published_parsed"),
        # (feedparser's ``get`` gives ``published_parsed`` for a missing ``updated_parsed``)
        updated=entry["updated_parsed"] if "updated_parsed" in entry else None,  # noqa: SIM401
        guid=str(entry.get("id") or ""),
        duration=entry.get("itunes_duration"),
        transcripts=entry.get("podcast_transcripts"),
    )


def _xml_item(entry: RawEntry, feed_url: str) -> ParsedItem:
    link = _safe_link(entry.link, feed_url)
    base = link or feed_url
    title = _plain(entry.title, entry.title_type)
    author = _plain(entry.author, "text/html", limit=200)
    summary_raw = entry.summary
    summary_type = entry.summary_type
    summary = _plain_paragraphs(summary_raw, summary_type)
    content_html = ""
    chosen = entry.content
    if chosen is not None:
        content_html = _to_safe_html(chosen.value, chosen.type, _base(chosen.base, feed_url))
    if not content_html and summary_raw:
        content_html = _to_safe_html(summary_raw, summary_type, base)
    if not summary and content_html:
        summary = html_to_text(content_html)[:MAX_SUMMARY_CHARS]
    enclosure = None
    for enc in entry.enclosures:
        href = _safe_link(enc.href, feed_url)
        if not href:
            continue
        length_text = enc.length.strip()
        enclosure = Enclosure(
            url=href,
            media_type=enc.type.lower()[:100],
            length=int(length_text) if length_text.isdigit() and len(length_text) < 15 else None,
        )
        if enclosure.media_type.startswith(("audio/", "video/")):
            break
    tags = []
    for term in entry.tags:
        plain = _plain(term, limit=100)
        if plain:
            tags.append(plain)
    published = _from_struct(entry.published) or _from_struct(entry.updated)
    updated = _from_struct(entry.updated)
    transcript_url, transcript_type = _transcript(entry.transcripts, feed_url)
    return ParsedItem(
        key="",
        guid=entry.guid.strip()[:1000],
        link=link,
        title=title,
        author=author,
        published=published,
        updated=updated,
        summary=summary,
        content_html=content_html,
        enclosure=enclosure,
        duration_seconds=parse_duration(entry.duration),
        tags=tags[:30],
        transcript_url=transcript_url,
        transcript_type=transcript_type,
    )


# --- podcast:transcript (https://podcastindex.org/namespace/1.0) ------------------------------
PODCAST_NAMESPACE = "https://podcastindex.org/namespace/1.0"
# The transcript formats cpdlog can read, the most useful first (cues keep who spoke when).
TRANSCRIPT_TYPES = (
    "application/json",
    "text/vtt",
    "application/x-subrip",
    "application/srt",
    "text/html",
    "text/plain",
)
MAX_TRANSCRIPTS_PER_ITEM = 20


def _start_podcast_transcript(parser: Any, attrs: Mapping[str, str]) -> None:
    """feedparser keeps only the last of repeated unknown elements; keep each offer."""
    context = parser._get_context()
    offers = context.setdefault("podcast_transcripts", [])
    if isinstance(offers, list) and len(offers) < MAX_TRANSCRIPTS_PER_ITEM:
        offers.append({str(k).lower(): str(v) for k, v in dict(attrs).items()})


def _teach_feedparser_transcripts() -> None:
    """The Podcasting 2.0 namespace under one prefix whatever a feed calls it, and a
    handler that collects every ``podcast:transcript`` of an item (additive: feedparser
    knows neither)."""
    mixin: Any = feedparser.mixin._FeedParserMixin
    mixin.namespaces.setdefault(PODCAST_NAMESPACE, "podcast")
    if mixin._matchnamespaces:  # filled on first use; keep it in step
        mixin._matchnamespaces.setdefault(PODCAST_NAMESPACE.lower(), "podcast")
    if not hasattr(mixin, "_start_podcast_transcript"):
        mixin._start_podcast_transcript = _start_podcast_transcript


_teach_feedparser_transcripts()


def _transcript(offers: Any, base: str) -> tuple[str, str]:
    """The best transcript an item offers that cpdlog can read: (address, media type)."""
    found: list[tuple[int, str, str]] = []
    for offer in offers if isinstance(offers, list) else []:
        if not isinstance(offer, Mapping):
            continue
        media = str(offer.get("type") or "").split(";", 1)[0].strip().lower()
        url = _safe_link(str(offer.get("url") or ""), base)
        if url and media in TRANSCRIPT_TYPES:
            found.append((TRANSCRIPT_TYPES.index(media), url, media))
    if not found:
        return "", ""
    _, url, media = min(found)
    return url, media


def _base(xml_base: str, document_url: str) -> str:
    """The base for a piece of content: its ``xml:base`` (maybe relative) on the document's URL."""
    if not xml_base:
        return document_url
    try:
        return urljoin(document_url, xml_base)
    except ValueError:
        return document_url


def _plain_paragraphs(value: str, content_type: str) -> str:
    text = html_to_text(value) if content_type in _HTML_TYPES else value.strip()
    return text[:MAX_SUMMARY_CHARS]


def _to_safe_html(value: str, content_type: str, base: str) -> str:
    if content_type in _HTML_TYPES:
        return sanitize_html(value, base)
    return plain_text_to_html(value)


def parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    """JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/)."""
    try:
        data = json.loads(body.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError):
        return ParsedFeed(ParseStatus.FAILED, url, problem_code=Problem.BAD_JSON)
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
    ):
        return ParsedFeed(ParseStatus.FAILED, url, problem_code=Problem.NOT_JSON_FEED)
    version = "json" + str(data["version"]).rstrip("/").rsplit("/", 1)[-1].replace(".", "")
    feed = ParsedFeed(
        ParseStatus.OK,
        url,
        version=version,
        title=_plain(_str(data.get("title"))),
        site_url=_safe_link(_str(data.get("home_page_url")), url),
        description=_plain(_str(data.get("description")), limit=2000),
    )
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        feed.status = ParseStatus.DEGRADED
        feed.problem_code = Problem.NO_ITEMS
        return feed
    feed_authors = _json_authors(data)
    items = []
    skipped = 0
    for raw in raw_items[: MAX_ITEMS * 2]:
        if not isinstance(raw, dict):
            skipped += 1
            continue
        items.append(_json_item(raw, url, feed_authors))
    if skipped:
        feed.status = ParseStatus.DEGRADED
        feed.problem_code, feed.problem_values = Problem.BAD_ITEMS, {"count": skipped}
    feed.items = _finish(items)
    feed.is_podcast = any(
        i.enclosure and i.enclosure.media_type.startswith("audio/") for i in feed.items
    )
    return feed


def _str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _json_authors(obj: Mapping[str, Any]) -> str:
    names: list[str] = []
    authors = obj.get("authors")
    if isinstance(authors, list):
        for author in authors:
            if isinstance(author, dict) and _str(author.get("name")):
                names.append(_str(author.get("name")))
    author = obj.get("author")
    if not names and isinstance(author, dict) and _str(author.get("name")):
        names.append(_str(author.get("name")))
    return _plain(", ".join(names), limit=200)


def _json_item(raw: Mapping[str, Any], feed_url: str, feed_authors: str) -> ParsedItem:
    link = _safe_link(_str(raw.get("url")) or _str(raw.get("external_url")), feed_url)
    base = link or feed_url
    content_html = ""
    if _str(raw.get("content_html")):
        content_html = sanitize_html(_str(raw.get("content_html")), base)
    elif _str(raw.get("content_text")):
        content_html = plain_text_to_html(_str(raw.get("content_text")))
    summary = _str(raw.get("summary")).strip() or _str(raw.get("content_text")).strip()
    if not summary and content_html:
        summary = html_to_text(content_html)
    enclosure = None
    duration = None
    attachments = raw.get("attachments")
    if isinstance(attachments, list):
        for attachment in attachments:
            if not isinstance(attachment, dict):
                continue
            href = _safe_link(_str(attachment.get("url")), base)
            if not href:
                continue
            size = attachment.get("size_in_bytes")
            enclosure = Enclosure(
                url=href,
                media_type=_str(attachment.get("mime_type")).lower()[:100],
                length=size if isinstance(size, int) and size >= 0 else None,
            )
            duration = parse_duration(attachment.get("duration_in_seconds"))
            break
    tags_raw = raw.get("tags")
    tags = (
        [_plain(_str(t), limit=100) for t in tags_raw if _str(t)][:30]
        if isinstance(tags_raw, list)
        else []
    )
    published = _from_iso(raw.get("date_published"))
    updated = _from_iso(raw.get("date_modified"))
    return ParsedItem(
        key="",
        guid=_str(raw.get("id")).strip()[:1000],
        link=link,
        title=_plain(_str(raw.get("title"))),
        author=_json_authors(raw) or feed_authors,
        published=published or updated,
        updated=updated,
        summary=summary[:MAX_SUMMARY_CHARS],
        content_html=content_html,
        enclosure=enclosure,
        duration_seconds=duration,
        tags=tags,
    )
