"""Capture a web page for ``entry add --from-url``: title, author, date and site.

Reads, in order of trust: JSON-LD (``Article``, ``BlogPosting``, ``SocialMediaPosting``,
``VideoObject``, ``PodcastEpisode``, ``ScholarlyArticle``…), OpenGraph and ``article:`` tags,
Dublin Core and Highwire ``citation_`` tags, ordinary ``<meta>`` tags, then ``<title>``.
A Mastodon or Bluesky post keeps its author's handle, its time and its text. Nothing here
is final: every field lands in an editable draft.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

from cpdlog.domain.entry import MAX_TITLE_LENGTH, ActivityType, Entry, EntryStatus, Source
from cpdlog.domain.suggestion import HoursSuggestion
from cpdlog.feeds.discover import decode_html
from cpdlog.feeds.fetch import Fetcher, FetchOutcome, FetchResult, describe_file_type
from cpdlog.feeds.infer import (
    _with_published,
    is_bluesky_url,
    is_journal_url,
    is_mastodon_url,
    is_video_url,
    site_name,
    suggestion_for,
)
from cpdlog.feeds.parse import parse_duration
from cpdlog.feeds.sanitize import tidy_text
from cpdlog.i18n import tr

MAX_JSON_LD_CHARS = 1_000_000
_SKIP = frozenset(
    {"style", "noscript", "template", "svg", "nav", "footer", "header", "aside", "form"}
)
_HANDLE_IN_TITLE = re.compile(r"\(@([^()\s]+)\)\s*$")

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)


@dataclass(slots=True)
class PageCapture:
    """What a page says about itself. Plain text throughout."""

    url: str
    title: str = ""
    author: str = ""
    author_handle: str = ""
    published: dt.datetime | None = None
    site_name: str = ""
    description: str = ""
    text: str = ""
    platform: str = ""
    activity_type: ActivityType = ActivityType.BLOG
    suggested_hours: float = 0.25
    words: int = 0
    duration_seconds: int | None = None
    hours_suggestion: HoursSuggestion | None = None  # where suggested_hours came from

    @property
    def is_post(self) -> bool:
        return self.platform in ("mastodon", "bluesky")


class _PageScanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.links: dict[str, str] = {}
        self.alternate_types: set[str] = set()
        self.title_parts: list[str] = []
        self.json_ld: list[str] = []
        self.body_words: list[str] = []
        self.time_datetime = ""
        self._in_title = False
        self._json = False
        self._json_buffer: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            key = key.strip().lower()
            content = values.get("content", "")
            if key and content.strip():
                self.meta.setdefault(key, []).append(" ".join(content.split()))
        elif tag == "link":
            rels = values.get("rel", "").lower().split()
            href = values.get("href", "").strip()
            for rel in rels:
                if href and rel not in self.links:
                    self.links[rel] = href
            if "alternate" in rels:
                self.alternate_types.add(values.get("type", "").lower())
        elif tag == "title":
            self._in_title = True
        elif tag == "script":
            if values.get("type", "").lower().strip() == "application/ld+json":
                self._json = True
                self._json_buffer = []
            self._skip += 1
        elif tag == "time" and not self.time_datetime and values.get("datetime"):
            self.time_datetime = values["datetime"]
        elif tag in _SKIP:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "script":
            if self._json:
                self.json_ld.append("".join(self._json_buffer))
                self._json = False
            self._skip = max(0, self._skip - 1)
        elif tag in _SKIP:
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data: str) -> None:
        if self._json:
            if sum(len(p) for p in self._json_buffer) < MAX_JSON_LD_CHARS:
                self._json_buffer.append(data)
            return
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.body_words.extend(data.split())

    def first(self, *keys: str) -> str:
        for key in keys:
            for value in self.meta.get(key, []):
                if value:
                    return value
        return ""


def _json_objects(raw: str) -> Iterator[dict[str, Any]]:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return
    stack: list[Any] = [data]
    count = 0
    while stack and count < 200:
        node = stack.pop(0)
        count += 1
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            yield node
            graph = node.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)


_ARTICLE_TYPES = {
    "article": "article",
    "newsarticle": "article",
    "blogposting": "article",
    "reportagenewsarticle": "article",
    "analysisnewsarticle": "article",
    "opinionnewsarticle": "article",
    "techarticle": "article",
    "webpage": "page",
    "scholarlyarticle": "journal",
    "medicalscholarlyarticle": "journal",
    "socialmediaposting": "post",
    "discussionforumposting": "post",
    "videoobject": "video",
    "podcastepisode": "podcast",
    "audioobject": "podcast",
}


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return [str(v).lower() for v in values if isinstance(v, str)]


def _name(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [_name(v) for v in value[:10]]
        return ", ".join(n for n in names if n)
    return ""


def parse_when(value: str) -> dt.datetime | None:
    """ISO 8601 date or date-time (``2026-03-14``, ``2026-03-14T10:00:00Z``, ``2026/03/14``)."""
    text = value.strip()
    if not text:
        return None
    text = text.replace("Z", "+00:00").replace("/", "-")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if not match:
            return None
        try:
            year, month, day = (int(g) for g in match.groups())
            moment = dt.datetime(year, month, day)
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _plain(value: str, limit: int = 500) -> str:
    return " ".join(value.split())[:limit].rstrip()


def extract_page(html_text: str, url: str) -> PageCapture:
    """Read a page's own description of itself. ``url`` is the address it was fetched from."""
    scanner = _PageScanner()
    try:
        scanner.feed(html_text)
        scanner.close()
    except (ValueError, AssertionError):
        pass
    capture = PageCapture(url=url)
    canonical = scanner.links.get("canonical", "") or scanner.first("og:url")
    if canonical:
        try:
            absolute = urljoin(url, canonical)
            if urlsplit(absolute).scheme in ("http", "https"):
                capture.url = absolute
        except ValueError:
            pass

    # The article (or post, video, episode) describes the page better than a generic
    # WebPage object in the same graph, whichever comes first.
    described: list[tuple[str, dict[str, Any]]] = []
    for raw in scanner.json_ld:
        for obj in _json_objects(raw):
            found = next((_ARTICLE_TYPES[t] for t in _types(obj) if t in _ARTICLE_TYPES), "")
            if found:
                described.append((found, obj))
    described.sort(key=lambda pair: pair[0] == "page")
    kind = described[0][0] if described else ""
    ld_title = ld_author = ld_date = ld_site = ld_duration = ""
    for _, obj in described:
        ld_title = ld_title or _name(obj.get("headline")) or _name(obj.get("name"))
        ld_author = ld_author or _name(obj.get("author")) or _name(obj.get("creator"))
        ld_date = ld_date or _name(obj.get("datePublished")) or _name(obj.get("uploadDate"))
        ld_site = ld_site or _name(obj.get("publisher")) or _name(obj.get("isPartOf"))
        ld_duration = ld_duration or _name(obj.get("duration"))

    og_title = scanner.first("og:title", "twitter:title")
    meta_title = scanner.first("citation_title", "dc.title", "dcterms.title")
    page_title = _plain("".join(scanner.title_parts))
    capture.title = _plain(ld_title or og_title or meta_title or page_title)

    author = ld_author or scanner.first(
        "author", "article:author", "citation_author", "dc.creator", "dcterms.creator"
    )
    if author.startswith(("http://", "https://")):
        author = ""
    capture.author = _plain(author, 200)
    creator = scanner.first("twitter:creator")
    if creator.startswith("@"):
        capture.author_handle = creator

    when = ld_date or scanner.first(
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "citation_publication_date",
        "citation_date",
        "dc.date",
        "dcterms.date",
        "date",
        "pubdate",
    )
    capture.published = parse_when(when) or parse_when(scanner.time_datetime)
    capture.site_name = _plain(
        scanner.first("og:site_name", "citation_journal_title", "application-name")
        or ld_site
        or site_name(capture.url),
        200,
    )
    capture.description = _plain(
        scanner.first("og:description", "description", "twitter:description"), 4000
    )
    capture.words = len(scanner.body_words)

    host = (urlsplit(capture.url).hostname or "").lower()
    mastodon = (
        is_mastodon_url(url)
        or is_mastodon_url(capture.url)
        or ("application/activity+json" in scanner.alternate_types and "(@" in og_title)
    )
    if is_bluesky_url(url) or is_bluesky_url(capture.url):
        _as_post(capture, "bluesky", og_title, scanner, host)
    elif mastodon and (
        "/@" in urlsplit(capture.url).path or "/statuses/" in urlsplit(capture.url).path
    ):
        _as_post(capture, "mastodon", og_title, scanner, host)
    elif kind == "post":
        _as_post(capture, "social", og_title, scanner, host)

    og_type = scanner.first("og:type").lower()
    if capture.is_post or kind == "post":
        capture.activity_type = ActivityType.SOCIAL_POST
    elif kind == "podcast" or og_type.startswith("music.") or scanner.first("og:audio"):
        capture.activity_type = ActivityType.PODCAST
    elif kind == "video" or og_type.startswith("video") or is_video_url(capture.url):
        capture.activity_type = ActivityType.VIDEO
    elif kind == "journal" or scanner.first("citation_journal_title") or is_journal_url(url):
        capture.activity_type = ActivityType.READING
    else:
        capture.activity_type = ActivityType.BLOG
    # YouTube and others give ``<meta itemprop="duration" content="PT12M34S">``; OpenGraph
    # ``video:duration`` is a number of seconds.
    meta_duration = scanner.first("video:duration", "music:duration", "duration")
    capture.duration_seconds = (
        _iso_duration(ld_duration) or _iso_duration(meta_duration) or parse_duration(meta_duration)
    )
    capture.hours_suggestion = suggestion_for(
        activity=capture.activity_type,
        words=capture.words,
        duration_seconds=capture.duration_seconds,
    )
    if capture.hours_suggestion is not None:
        capture.suggested_hours = capture.hours_suggestion.hours
    return capture


def _iso_duration(value: str) -> int | None:
    """``PT1H2M3S`` → 3723."""
    match = re.fullmatch(
        r"P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?", value.strip()
    )
    if not match or not any(match.groups()):
        return None
    days, hours, minutes, seconds = match.groups()
    total = (
        int(days or 0) * 86400
        + int(hours or 0) * 3600
        + int(minutes or 0) * 60
        + int(float(seconds or 0))
    )
    return total or None


def _as_post(
    capture: PageCapture, platform: str, og_title: str, scanner: _PageScanner, host: str
) -> None:
    capture.platform = platform
    handle = ""
    match = _HANDLE_IN_TITLE.search(og_title)
    if match:
        handle = "@" + match.group(1)
    path = urlsplit(capture.url).path
    if not handle and platform == "bluesky":
        parts = path.split("/")
        if len(parts) > 2 and parts[1] == "profile":
            handle = "@" + parts[2]
    if not handle and platform == "mastodon":
        user = re.match(r"^/@([^/]+)", path) or re.match(r"^/users/([^/]+)", path)
        if user:
            handle = f"@{user.group(1)}@{host}"
    username = scanner.first("profile:username")
    if not handle and username:
        handle = "@" + username.lstrip("@")
    capture.author_handle = handle or capture.author_handle
    name = _HANDLE_IN_TITLE.sub("", og_title).strip() if og_title else ""
    capture.author = name or capture.author or handle
    capture.text = tidy_text(scanner.first("og:description", "description"))
    who = capture.author or handle or "someone"
    words = capture.text.split()
    snippet = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    capture.title = f"Post by {who}: {snippet}" if snippet else f"Post by {who}"
    capture.site_name = capture.site_name or host


@dataclass(slots=True)
class PageFetch:
    """A fetched page: its capture, or why there is none (``error``, plain English)."""

    fetched: FetchResult
    capture: PageCapture | None = None
    error: str = ""


def fetch_page(fetcher: Fetcher, url: str, cancel: threading.Event | None = None) -> PageFetch:
    """Fetch and read a page; the fetch result stays available (its body, for a snapshot).
    Setting ``cancel`` stops the fetch promptly (a cancelled result)."""
    fetched = fetcher.fetch(url, kind="page", cancel=cancel)
    if fetched.outcome is not FetchOutcome.OK:
        return PageFetch(fetched, error=fetched.error or tr(ERRORS, "The page could not be read."))
    content_type = fetched.content_type
    if content_type and not (
        content_type.startswith("text/") or "html" in content_type or "xml" in content_type
    ):
        return PageFetch(
            fetched,
            error=tr(ERRORS, "This address gives {kind}, not a web page.").format(
                kind=describe_file_type(content_type)
            ),
        )
    text = decode_html(fetched.body, fetched.headers.get("content-type", ""))
    return PageFetch(fetched, extract_page(text, fetched.final_url or url))


def entry_from_page(capture: PageCapture, today: dt.date | None = None) -> Entry:
    """A draft entry prefilled from a captured page; the page's text goes to source notes.

    The entry is dated ``today``, the day the learning is logged (as a feed item's is), so it
    falls in the period that is open now; when the page was published or posted stays in the
    source notes.
    """
    day = today or dt.date.today()
    notes = (capture.text if capture.is_post else capture.description)[:4000]
    if capture.is_post and capture.published:
        notes = f"{notes}\n\nPosted {capture.published.isoformat(timespec='minutes')}".strip()
    elif not capture.is_post:
        notes = _with_published(notes, capture.published, day)
    author = capture.author
    if capture.author_handle and capture.author_handle not in author:
        author = f"{author} ({capture.author_handle})" if author else capture.author_handle
    return Entry(
        title=(capture.title or capture.site_name or capture.url)[:MAX_TITLE_LENGTH],
        activity_type=capture.activity_type,
        start_date=day,
        hours=capture.suggested_hours,
        source=Source(
            url=capture.url,
            provider=capture.site_name,
            author=author,
            publication=capture.site_name,
            notes=notes,
        ),
        status=EntryStatus.DRAFT,
        hours_suggestion=capture.hours_suggestion,
    )
