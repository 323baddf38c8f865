"""The journal: entries, reflection sections, standards, tags, evidence, settings, search.

Revision ID: 0001_journal
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cpdlog.storage.orm import UtcDateTime

revision = "0001_journal"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("activity_type", sa.String(32), nullable=False),
        sa.Column("start_date", sa.Date, nullable=False, index=True),
        sa.Column("end_date", sa.Date),
        sa.Column("quarter_hours", sa.Integer, nullable=False),
        sa.Column("source_url", sa.Text, nullable=False),
        sa.Column("source_provider", sa.Text, nullable=False),
        sa.Column("source_author", sa.Text, nullable=False),
        sa.Column("source_publication", sa.Text, nullable=False),
        sa.Column("source_notes", sa.Text, nullable=False),
        sa.Column("template_id", sa.String(64), nullable=False),
        sa.Column("has_peer", sa.Boolean, nullable=False),
        sa.Column("peer_name", sa.Text, nullable=False),
        sa.Column("peer_role", sa.Text, nullable=False),
        sa.Column("peer_date", sa.Date),
        sa.Column("peer_text", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.Column("deleted_at", UtcDateTime, index=True),
        sa.Column("feed_item_id", sa.Integer),
    )
    op.create_table(
        "entry_sections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "entry_id",
            sa.Integer,
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "entry_standards",
        sa.Column(
            "entry_id",
            sa.Integer,
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("standard_id", sa.String(64), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "entry_tags",
        sa.Column(
            "entry_id",
            sa.Integer,
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("tag", sa.String(200), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_entry_tags_tag", "entry_tags", ["tag"])
    op.create_table(
        "evidence_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
    )
    op.create_table(
        "entry_evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "entry_id",
            sa.Integer,
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("evidence_files.sha256"), nullable=False),
        sa.Column("filename", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(200), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("added_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        # Full-text index kept in step by the repository (rowid = entries.id).
        op.execute(
            "CREATE VIRTUAL TABLE entries_fts USING fts5("
            "title, body, tags, source, tokenize = 'unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS entries_fts")
    for table in (
        "settings",
        "entry_evidence",
        "evidence_files",
        "entry_tags",
        "entry_standards",
        "entry_sections",
        "entries",
    ):
        op.drop_table(table)
