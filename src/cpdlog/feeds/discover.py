"""Find the feed behind a web page, and build feed addresses for Mastodon hashtags.

Discovery reads ``<link rel="alternate">`` for RSS, Atom and JSON Feed, as Liferea and
Miniflux do. It does not guess paths: a guess that a site redirects to its home page looks
like success and is not (FRB104).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin, urlsplit

from cpdlog.errors import ValidationError
from cpdlog.feeds.fetch import Fetcher, FetchOutcome, FetchResult
from cpdlog.i18n import tr

if TYPE_CHECKING:  # the parser is imported when a body is read (not by the refresh's start)
    from cpdlog.feeds.parse import ParsedFeed

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

FEED_TYPES = {
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "application/feed+json": "json",
    "application/json": "json",
    "application/rdf+xml": "rdf",
    "application/x.atom+xml": "atom",
    "application/x-atom+xml": "atom",
    "text/xml": "rss",
    "application/xml": "rss",
}
MAX_HTML_BYTES = 2 * 1024 * 1024
MAX_CANDIDATES = 4
DEFAULT_INSTANCE = "mastodon.social"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HOST = re.compile(r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63})*$")


@dataclass(frozen=True, slots=True)
class FeedLink:
    url: str
    title: str = ""
    kind: str = "rss"


def decode_html(body: bytes, content_type_header: str = "") -> str:
    """Decode a page using the header's charset, else the ``<meta charset>``, else UTF-8."""
    charset = ""
    match = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", content_type_header, re.I)
    if match:
        charset = match.group(1)
    else:
        meta = _META_CHARSET.search(body[:4096])
        if meta:
            charset = meta.group(1).decode("ascii", "replace")
    data = body[:MAX_HTML_BYTES]
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(candidate, "replace")
        except LookupError:
            continue
    return data.decode("utf-8", "replace")


class _LinkScanner(HTMLParser):
    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = page_url
        self.links: list[FeedLink] = []
        self._seen: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and values.get("href"):
            with contextlib.suppress(ValueError):
                self.base = urljoin(self.base, values["href"].strip())
            return
        if tag not in ("link", "a"):
            return
        rels = values.get("rel", "").lower().split()
        if "alternate" not in rels and "feed" not in rels:
            return
        kind = FEED_TYPES.get(values.get("type", "").split(";")[0].strip().lower())
        href = values.get("href", "").strip()
        if kind is None or not href:
            return
        try:
            url = urljoin(self.base, href)
            parts = urlsplit(url)
        except ValueError:
            return
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return
        if kind == "json" and "/wp-json/" in parts.path:
            return  # WordPress REST API, not a feed
        if url in self._seen:
            return
        self._seen.add(url)
        title = " ".join(values.get("title", "").split())[:200]
        self.links.append(FeedLink(url, title, kind))


def find_feed_links(html_text: str, page_url: str) -> list[FeedLink]:
    """Feed links declared by a page, the site's main feed before comment feeds."""
    scanner = _LinkScanner(page_url)
    try:
        scanner.feed(html_text)
        scanner.close()
    except (ValueError, AssertionError):
        pass
    main = [link for link in scanner.links if "comment" not in link.title.lower()]
    comments = [link for link in scanner.links if "comment" in link.title.lower()]
    return main + comments


def normalise_hashtag(tag: str) -> str:
    cleaned = tag.strip().lstrip("#").strip()
    if not cleaned or not re.fullmatch(r"\w+", cleaned):
        raise ValidationError(
            tr(
                ERRORS,
                "'{tag}' is not a hashtag: use letters, numbers and underscores, "
                "for example socialwork.",
            ).format(tag=tag),
            field="tag",
        )
    return cleaned


def normalise_instance(instance: str) -> str:
    text = instance.strip().lower()
    if "://" in text:
        try:
            text = urlsplit(text).hostname or ""
        except ValueError:
            text = ""
    text = text.strip("/").lstrip("@")
    if "@" in text:
        text = text.rsplit("@", 1)[1]
    if not _HOST.match(text) or "." not in text:
        raise ValidationError(
            tr(
                ERRORS,
                "'{instance}' is not a Mastodon server name (for example mastodon.social).",
            ).format(instance=instance),
            field="instance",
        )
    return text


def hashtag_feed_url(tag: str, instance: str = DEFAULT_INSTANCE) -> str:
    """The RSS feed of a hashtag on a Mastodon server: ``https://HOST/tags/TAG.rss``.

    It holds the posts that have reached that server, which on a large server is most of them.
    """
    return f"https://{normalise_instance(instance)}/tags/{quote(normalise_hashtag(tag))}.rss"


@dataclass(slots=True)
class Discovery:
    """The result of turning a feed or page address into a feed to subscribe to."""

    requested_url: str
    feed_url: str = ""
    parsed: ParsedFeed | None = None
    fetch: FetchResult | None = None
    candidates: list[FeedLink] | None = None
    error: str = ""

    @property
    def found(self) -> bool:
        return bool(self.feed_url) and self.parsed is not None


def discover_feed(fetcher: Fetcher, url: str) -> Discovery:
    """Fetch ``url``: if it is a feed, use it; if a page, follow its feed links."""
    from cpdlog.feeds.parse import looks_like_html, parse_feed

    result = Discovery(url)
    fetched = fetcher.fetch(url)
    result.fetch = fetched
    if fetched.outcome is not FetchOutcome.OK:
        result.error = fetched.error or "The address could not be read."
        return result
    final = fetched.final_url or url
    content_type = fetched.content_type
    if not looks_like_html(fetched.body, content_type):
        parsed = parse_feed(fetched.body, fetched.headers, final)
        if parsed.usable:
            result.feed_url = final
            result.parsed = parsed
            return result
        if not content_type.startswith("text/html"):
            result.error = parsed.problem
            return result
    links = find_feed_links(
        decode_html(fetched.body, fetched.headers.get("content-type", "")), final
    )
    result.candidates = links
    if not links:
        result.error = "No feed was found on this page. Ask the site for its RSS or Atom address."
        return result
    problems: list[str] = []
    for link in links[:MAX_CANDIDATES]:
        attempt = fetcher.fetch(link.url, via=url)
        if attempt.outcome is not FetchOutcome.OK:
            problems.append(attempt.error)
            continue
        parsed = parse_feed(attempt.body, attempt.headers, attempt.final_url or link.url)
        if parsed.usable:
            result.feed_url = attempt.final_url or link.url
            result.parsed = parsed
            result.fetch = attempt
            return result
        problems.append(parsed.problem)
    result.error = "The page names a feed, but it could not be read: " + (
        problems[0] if problems else "no details."
    )
    return result
