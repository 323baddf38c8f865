"""ORM tables for feeds: subscriptions, their items, and the items we purged on purpose.

They share ``Base.metadata`` with the journal tables in :mod:`cpdlog.storage.orm`. Import this
module wherever the whole schema must be known (the repository, the service, the Alembic
environment). Rows never leave the storage package.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from cpdlog.storage.orm import Base, UtcDateTime, owner_column


class FeedRow(Base):
    """A subscription. ``category`` is a folder path such as ``"News and practice/Adults"``."""

    __tablename__ = "feeds"
    __table_args__ = ({"sqlite_autoincrement": True},)
    owner: Mapped[str | None] = owner_column()

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    custom_title: Mapped[str] = mapped_column(Text, default="")
    site_url: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(Text, default="", index=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # A web page to find the feed on (curated sources known only by their home page).
    discover_from: Mapped[str] = mapped_column(Text, default="")
    etag: Mapped[str] = mapped_column(Text, default="")
    last_modified: Mapped[str] = mapped_column(Text, default="")
    body_hash: Mapped[str] = mapped_column(String(64), default="")
    last_checked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_success_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    degraded: Mapped[str] = mapped_column(Text, default="")
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    next_fetch_after: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    ttl_seconds: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Fetch each new item's page after a refresh and keep its readable text (0008).
    full_text: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class FeedItemRow(Base):
    """One item. ``key`` is the feed's identity for it: ``guid:…``, else ``link:…``, else
    ``hash:…``. An item logged as CPD outlives its feed (``feed_id`` becomes NULL)."""

    __tablename__ = "feed_items"
    __table_args__ = (
        UniqueConstraint("feed_id", "key", name="uq_feed_items_feed_key"),
        Index("ix_feed_items_feed_sort", "feed_id", "sort_at"),
        Index("ix_feed_items_sort", "sort_at"),
        Index("ix_feed_items_feed_read", "feed_id", "read"),
        Index("ix_feed_items_feed_link", "feed_id", "link"),
        Index("ix_feed_items_feed_hash", "feed_id", "content_hash"),
        Index("ix_feed_items_fetched", "fetched_at"),
        # Ids are never reused, so an entry's ``feed_item_id`` never points at a stranger.
        {"sqlite_autoincrement": True},
    )
    owner: Mapped[str | None] = owner_column()

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int | None] = mapped_column(ForeignKey("feeds.id", ondelete="SET NULL"))
    key: Mapped[str] = mapped_column(Text)
    guid: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    updated: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    summary: Mapped[str] = mapped_column(Text, default="")
    content_html: Mapped[str] = mapped_column(Text, default="")
    enclosure_url: Mapped[str] = mapped_column(Text, default="")
    enclosure_type: Mapped[str] = mapped_column(String(100), default="")
    enclosure_length: Mapped[int | None] = mapped_column(Integer)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    # A podcast:transcript the episode offers (Podcasting 2.0), fetched when it is logged.
    transcript_url: Mapped[str] = mapped_column(Text, default="", server_default="")
    transcript_type: Mapped[str] = mapped_column(String(100), default="", server_default="")
    tags: Mapped[str] = mapped_column(Text, default="")  # one per line
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    starred: Mapped[bool] = mapped_column(Boolean, default=False)
    logged_entry_id: Mapped[int | None] = mapped_column(Integer)
    fetched_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)  # first seen
    sort_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)  # published, never in the future


class PurgedItemRow(Base):
    """What we remember of an item removed by retention, so the feed cannot bring it back."""

    __tablename__ = "purged_items"
    __table_args__ = (
        Index("ix_purged_items_feed_key", "feed_id", "key"),
        Index("ix_purged_items_feed_guid", "feed_id", "guid"),
        Index("ix_purged_items_feed_hash", "feed_id", "content_hash"),
    )
    owner: Mapped[str | None] = owner_column()

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(Text)
    guid: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    purged_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class FeedItemFullTextRow(Base):
    """An item's page, fetched and reduced to its readable text (sanitised HTML and plain
    paragraphs), kept offline. A row with ``error`` set records a fetch that failed, so a
    background fetch does not try the same page again and again."""

    __tablename__ = "feed_item_full_text"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("feed_items.id", ondelete="CASCADE"), primary_key=True
    )
    url: Mapped[str] = mapped_column(Text, default="", server_default="")
    html: Mapped[str] = mapped_column(Text, default="", server_default="")
    text: Mapped[str] = mapped_column(Text, default="", server_default="")
    title: Mapped[str] = mapped_column(Text, default="", server_default="")
    author: Mapped[str] = mapped_column(Text, default="", server_default="")
    site_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    published: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    truncated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    error: Mapped[str] = mapped_column(Text, default="", server_default="")
    retrieved_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
