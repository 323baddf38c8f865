"""What ``cpdlog.feeds.parse`` reads of an XML feed, before it cleans anything.

Two readers fill these records: :mod:`cpdlog.feeds.fastrss` directly (plain RSS 2.0), and
``parse`` from feedparser's result for everything else. Each field is the value feedparser
gives (as ``str``, empty when it gives nothing); turning them into stored items (safe links,
plain text, sanitised HTML, dates) happens once, in ``parse``, for both readers.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class RawContent:
    """The content an entry offers that cpdlog shows (feedparser's ``content`` record)."""

    value: str
    type: str  # lower case
    base: str = ""  # its xml:base, maybe relative, or ""


@dataclass(slots=True)
class RawEnclosure:
    href: str
    type: str = ""  # as given (not lowered)
    length: str = ""  # as given (not stripped)


@dataclass(slots=True)
class RawEntry:
    """One entry: feedparser's ``link``, ``title`` and the others, as plain strings."""

    link: str = ""
    title: str = ""
    title_type: str = "text/plain"  # lower case
    author: str = ""  # the author's name (``author_detail.name``, else ``author``)
    summary: str = ""
    summary_type: str = "text/html"  # lower case
    content: RawContent | None = None
    enclosures: list[RawEnclosure] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # each tag's term (else its label), or ""
    published: time.struct_time | None = None  # ``published_parsed``
    updated: time.struct_time | None = None  # ``updated_parsed`` (only when the entry has it)
    guid: str = ""  # ``id``
    duration: Any = None  # ``itunes_duration`` as given
    transcripts: Any = None  # ``podcast_transcripts`` as collected (a list of mappings)


@dataclass(slots=True)
class RawFeed:
    """A whole document: the channel's fields, its entries, and how it was read."""

    version: str = ""
    bozo: bool = False
    exception: BaseException | None = None
    link: str = ""
    title: str = ""
    title_type: str = "text/plain"  # lower case
    subtitle: str = ""
    subtitle_type: str = "text/plain"  # lower case
    ttl: str = ""
    namespaces: list[str] = field(default_factory=list)  # the namespace URIs declared
    entries: list[RawEntry] = field(default_factory=list)
