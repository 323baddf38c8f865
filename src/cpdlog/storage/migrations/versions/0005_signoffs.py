"""Review and sign-off: supervisors' sign-offs and comments, the review packs this journal
sent, and the reviewers' keys it has seen (trust on first use).

Sign-offs and comments belong to an entry: moving the entry to the trash keeps them (the
entry row stays); deleting it for good deletes them with it (ON DELETE CASCADE).

Revision ID: 0005_signoffs
Revises: 0004_rules_fields
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_signoffs"
down_revision = "0004_rules_fields"
branch_labels = None
depends_on = None


def _entry_fk() -> sa.Column[int]:
    return sa.Column(
        "entry_id",
        sa.Integer,
        sa.ForeignKey("entries.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "signoffs",
        sa.Column("id", sa.Integer, primary_key=True),
        _entry_fk(),
        sa.Column("reviewer_name", sa.Text, nullable=False),
        sa.Column("reviewer_role", sa.Text, nullable=False, server_default=""),
        sa.Column("signed_at", sa.DateTime, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("statement", sa.Text, nullable=False, server_default=""),
        sa.Column("arrival", sa.String(16), nullable=False),
        sa.Column("reviewer_fingerprint", sa.String(64), nullable=False, server_default=""),
        sa.Column("response_id", sa.String(64), nullable=True),
    )
    op.create_index("ix_signoffs_entry_id", "signoffs", ["entry_id"])
    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer, primary_key=True),
        _entry_fk(),
        sa.Column("section_key", sa.String(64), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("author_name", sa.Text, nullable=False),
        sa.Column("author_role", sa.Text, nullable=False, server_default=""),
        sa.Column("comment_date", sa.Date, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("response_id", sa.String(64), nullable=True),
    )
    op.create_index("ix_review_comments_entry_id", "review_comments", ["entry_id"])
    op.create_table(
        "review_packs",
        sa.Column("pack_hash", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("entries_json", sa.Text, nullable=False),
    )
    op.create_table(
        "review_responses",
        sa.Column("response_hash", sa.String(64), primary_key=True),
        sa.Column("pack_hash", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "reviewer_keys",
        sa.Column("reviewer", sa.String(2000), primary_key=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("reviewer_keys")
    op.drop_table("review_responses")
    op.drop_table("review_packs")
    op.drop_index("ix_review_comments_entry_id", table_name="review_comments")
    op.drop_table("review_comments")
    op.drop_index("ix_signoffs_entry_id", table_name="signoffs")
    op.drop_table("signoffs")
