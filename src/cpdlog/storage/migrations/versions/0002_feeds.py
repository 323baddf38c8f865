"""Feeds: subscriptions, items, remembered purged items, and the items' full-text index.

Revision ID: 0002_feeds
Revises: 0001_journal
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cpdlog.storage.orm import UtcDateTime

revision = "0002_feeds"
down_revision = "0001_journal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("custom_title", sa.Text, nullable=False),
        sa.Column("site_url", sa.Text, nullable=False),
        sa.Column("category", sa.Text, nullable=False, index=True),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("discover_from", sa.Text, nullable=False),
        sa.Column("etag", sa.Text, nullable=False),
        sa.Column("last_modified", sa.Text, nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("last_checked_at", UtcDateTime),
        sa.Column("last_success_at", UtcDateTime),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("degraded", sa.Text, nullable=False),
        sa.Column("consecutive_failures", sa.Integer, nullable=False),
        sa.Column("next_fetch_after", UtcDateTime),
        sa.Column("ttl_seconds", sa.Integer),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "feed_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="SET NULL")),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("guid", sa.Text, nullable=False),
        sa.Column("link", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("published", UtcDateTime),
        sa.Column("updated", UtcDateTime),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("content_html", sa.Text, nullable=False),
        sa.Column("enclosure_url", sa.Text, nullable=False),
        sa.Column("enclosure_type", sa.String(100), nullable=False),
        sa.Column("enclosure_length", sa.Integer),
        sa.Column("duration_seconds", sa.Integer),
        sa.Column("tags", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("read", sa.Boolean, nullable=False),
        sa.Column("starred", sa.Boolean, nullable=False),
        sa.Column("logged_entry_id", sa.Integer),
        sa.Column("fetched_at", UtcDateTime, nullable=False),
        sa.Column("sort_at", UtcDateTime, nullable=False),
        sa.UniqueConstraint("feed_id", "key", name="uq_feed_items_feed_key"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_feed_items_feed_sort", "feed_items", ["feed_id", "sort_at"])
    op.create_index("ix_feed_items_sort", "feed_items", ["sort_at"])
    op.create_index("ix_feed_items_feed_read", "feed_items", ["feed_id", "read"])
    op.create_index("ix_feed_items_feed_link", "feed_items", ["feed_id", "link"])
    op.create_index("ix_feed_items_feed_hash", "feed_items", ["feed_id", "content_hash"])
    op.create_index("ix_feed_items_fetched", "feed_items", ["fetched_at"])
    op.create_table(
        "purged_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "feed_id",
            sa.Integer,
            sa.ForeignKey("feeds.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("guid", sa.Text, nullable=False),
        sa.Column("link", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("purged_at", UtcDateTime, nullable=False),
    )
    op.create_index("ix_purged_items_feed_key", "purged_items", ["feed_id", "key"])
    op.create_index("ix_purged_items_feed_guid", "purged_items", ["feed_id", "guid"])
    op.create_index("ix_purged_items_feed_hash", "purged_items", ["feed_id", "content_hash"])
    if op.get_bind().dialect.name == "sqlite":
        # Full-text index kept in step by the repository (rowid = feed_items.id).
        op.execute(
            "CREATE VIRTUAL TABLE feed_items_fts USING fts5("
            "title, body, author, tokenize = 'unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS feed_items_fts")
    op.drop_table("purged_items")
    op.drop_table("feed_items")
    op.drop_table("feeds")
