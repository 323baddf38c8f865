"""Full text of feed items kept offline, the per-feed "always fetch full text" setting, and
the podcast transcript an item offers.

Revision ID: 0008_full_text
Revises: 0007_team
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cpdlog.storage.orm import UtcDateTime

revision = "0008_full_text"
down_revision = "0007_team"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of the table): SQLite keeps the tables' AUTOINCREMENT,
    # so ids are still never reused.
    op.add_column(
        "feeds", sa.Column("full_text", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.add_column(
        "feed_items", sa.Column("transcript_url", sa.Text, nullable=False, server_default="")
    )
    op.add_column(
        "feed_items",
        sa.Column("transcript_type", sa.String(100), nullable=False, server_default=""),
    )
    op.create_table(
        "feed_item_full_text",
        sa.Column(
            "item_id",
            sa.Integer,
            sa.ForeignKey("feed_items.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("url", sa.Text, nullable=False, server_default=""),
        sa.Column("html", sa.Text, nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("author", sa.Text, nullable=False, server_default=""),
        sa.Column("site_name", sa.Text, nullable=False, server_default=""),
        sa.Column("published", UtcDateTime, nullable=True),
        sa.Column("truncated", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
        sa.Column("retrieved_at", UtcDateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feed_item_full_text")
    with op.batch_alter_table("feed_items") as batch:
        batch.drop_column("transcript_type")
        batch.drop_column("transcript_url")
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("full_text")
