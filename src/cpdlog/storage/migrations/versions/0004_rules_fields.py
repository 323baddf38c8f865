"""Entry fields the regulators' rules need: delivery, provider approval number, topics, and
which evidence files are certificates.

Revision ID: 0004_rules_fields
Revises: 0003_capture_inbox
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_rules_fields"
down_revision = "0003_capture_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("delivery", sa.String(32), nullable=True))
        batch.add_column(sa.Column("provider_approval", sa.Text, nullable=False, server_default=""))
    with op.batch_alter_table("entry_evidence") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(16), nullable=False, server_default="evidence")
        )
    op.create_table(
        "entry_topics",
        sa.Column(
            "entry_id",
            sa.Integer,
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("topic_id", sa.String(64), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_entry_topics_topic", "entry_topics", ["topic_id"])


def downgrade() -> None:
    op.drop_index("ix_entry_topics_topic", table_name="entry_topics")
    op.drop_table("entry_topics")
    with op.batch_alter_table("entry_evidence") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("provider_approval")
        batch.drop_column("delivery")
