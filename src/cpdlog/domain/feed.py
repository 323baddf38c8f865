"""Feeds a practitioner follows and the items they bring in.

Plain dataclasses with no I/O. Titles, authors and summaries are plain text and must never be
rendered as HTML; ``FeedItem.content_html`` is the only HTML field and is always sanitised
before it reaches one of these objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from cpdlog.domain.text import LINK_SCHEMES, clean_line, is_safe_link

CATEGORY_SEPARATOR = "/"
OPENABLE_SCHEMES = LINK_SCHEMES


def normalise_category(path: str) -> str:
    """Tidy a category path such as ``" News / Practice "`` into ``"News/Practice"``."""
    parts = [" ".join(clean_line(p).split()) for p in path.split(CATEGORY_SEPARATOR)]
    return CATEGORY_SEPARATOR.join(p for p in parts if p)


def category_parts(path: str) -> list[str]:
    """The folder names of a category path, outermost first."""
    return [p for p in normalise_category(path).split(CATEGORY_SEPARATOR) if p]


def is_openable_link(url: str) -> bool:
    """Only http(s) links with a host and mailto links may be opened (see ``domain.text``)."""
    return is_safe_link(url.strip())


@dataclass(slots=True)
class Feed:
    """A subscription and what we remember about fetching it."""

    url: str
    title: str = ""
    site_url: str = ""
    category: str = ""
    enabled: bool = True
    custom_title: str = ""
    discover_from: str = ""
    etag: str = ""
    last_modified: str = ""
    body_hash: str = ""
    last_checked_at: dt.datetime | None = None
    last_success_at: dt.datetime | None = None
    last_error: str = ""
    degraded: str = ""
    consecutive_failures: int = 0
    next_fetch_after: dt.datetime | None = None
    ttl_seconds: int | None = None
    created_at: dt.datetime | None = None
    id: int | None = None
    full_text: bool = False  # fetch new items' pages after a refresh and keep their text

    @property
    def display_title(self) -> str:
        """The user's own name for the feed, else the feed's title, else its address."""
        return self.custom_title or self.title or self.url

    @property
    def host(self) -> str:
        try:
            return (urlsplit(self.url).hostname or "").lower()
        except ValueError:
            return ""

    @property
    def has_error(self) -> bool:
        return bool(self.last_error) and self.consecutive_failures > 0


@dataclass(slots=True)
class Enclosure:
    """A media file attached to an item (a podcast episode's audio, for example)."""

    url: str
    media_type: str = ""
    length: int | None = None


@dataclass(slots=True)
class FeedItem:
    """One article, post or episode from a feed."""

    feed_id: int
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
    transcript_url: str = ""  # a podcast:transcript the episode offers
    transcript_type: str = ""
    read: bool = False
    starred: bool = False
    logged_entry_id: int | None = None
    fetched_at: dt.datetime | None = None
    id: int | None = None

    @property
    def is_logged(self) -> bool:
        return self.logged_entry_id is not None

    @property
    def openable_link(self) -> str:
        """The item's link if it is safe to open, else an empty string."""
        return self.link if self.link and is_openable_link(self.link) else ""


@dataclass(frozen=True, slots=True)
class ItemFullText:
    """An item's page reduced to its readable text, as kept offline.

    ``html`` is sanitised (only http, https and mailto links; pictures stay remote until
    the user asks for them); ``text`` is the same text as plain paragraphs separated by a
    blank line. ``error`` is set (and the text empty) when the page could not be read.
    """

    item_id: int
    url: str
    retrieved_at: dt.datetime
    html: str = ""
    text: str = ""
    title: str = ""
    author: str = ""
    site_name: str = ""
    published: dt.datetime | None = None
    truncated: bool = False
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and bool(self.text)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(p for p in self.text.split("\n\n") if p)
