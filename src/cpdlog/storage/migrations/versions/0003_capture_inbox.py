"""Capture: an ``inbox`` flag on entries (captured from the browser, not reflected on yet).

Revision ID: 0003_capture_inbox
Revises: 0002_feeds
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_capture_inbox"
down_revision = "0002_feeds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ADD COLUMN (no table rebuild): existing entries are not in the Inbox.
    op.add_column(
        "entries", sa.Column("inbox", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.create_index("ix_entries_inbox", "entries", ["inbox"])


def downgrade() -> None:
    op.drop_index("ix_entries_inbox", "entries")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("inbox")
