"""Whose row is whose on a shared PostgreSQL server: an ``owner`` on every per-person table,
entries shared with a supervisor, the lead's team sources and the published progress figures.

On PostgreSQL ``owner`` is the role that wrote the row (default ``current_user``), and the
keys that were unique across the database become unique per owner (two people may each have a
``profile`` setting, follow the same feed and attach the same file). On SQLite (one person's
own journal) ``owner`` is added but stays NULL and unused.

Row-level security and the roles are not made here: ``cpdlog server init`` makes them (it
needs a role that may create roles; a migration must not).

Revision ID: 0007_team
Revises: 0006_pg_search
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cpdlog.storage.orm import UtcDateTime

revision = "0007_team"
down_revision = "0006_pg_search"
branch_labels = None
depends_on = None

# Every table that holds one person's data (children of entries included: their rows are
# checked against the entry's owner as well, by the policies).
OWNED_TABLES = (
    "entries",
    "entry_sections",
    "entry_standards",
    "entry_tags",
    "entry_topics",
    "entry_evidence",
    "evidence_files",
    "settings",
    "feeds",
    "feed_items",
    "purged_items",
)


def _owner_column(postgres: bool) -> sa.Column[str]:
    if postgres:
        return sa.Column("owner", sa.Text, nullable=False, server_default=sa.text("current_user"))
    return sa.Column("owner", sa.Text, nullable=True)


def _per_owner_keys() -> None:
    """PostgreSQL: primary and unique keys that must hold per person, not for everyone."""
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    # entry_evidence.sha256 -> evidence_files.sha256 becomes (owner, sha256) -> (owner, sha256)
    for fk in inspector.get_foreign_keys("entry_evidence"):
        if fk["referred_table"] == "evidence_files" and fk["name"]:
            op.drop_constraint(fk["name"], "entry_evidence", type_="foreignkey")
    for table, columns in (("evidence_files", ["owner", "sha256"]), ("settings", ["owner", "key"])):
        name = inspector.get_pk_constraint(table)["name"]
        if name:
            op.drop_constraint(name, table, type_="primary")
        op.create_primary_key(f"pk_{table}_owner", table, columns)
    op.create_foreign_key(
        "fk_entry_evidence_owner_file",
        "entry_evidence",
        "evidence_files",
        ["owner", "sha256"],
        ["owner", "sha256"],
        onupdate="CASCADE",  # handing a journal over to its person moves the links too
    )
    # two people may import the same export: an entry's uid is unique in one journal
    for table, column in (("feeds", "url"), ("entries", "uid")):
        for unique in inspector.get_unique_constraints(table):
            if unique["column_names"] == [column] and unique["name"]:
                op.drop_constraint(unique["name"], table, type_="unique")
        op.create_unique_constraint(f"uq_{table}_owner_{column}", table, ["owner", column])


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in OWNED_TABLES:
        op.add_column(table, _owner_column(postgres))
        if postgres:
            op.create_index(f"ix_{table}_owner", table, ["owner"])
    if postgres:
        _per_owner_keys()
    owner = _owner_column(postgres)
    op.create_table(
        "shares",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "entry_id",
            sa.Integer,
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        owner,
        sa.Column("supervisor", sa.Text, nullable=False, index=True),
        sa.Column("shared_at", UtcDateTime, nullable=False),
        sa.Column("withdrawn_at", UtcDateTime, nullable=True),
    )
    op.create_table(
        "team_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("folder", sa.Text, nullable=False, server_default=""),
        sa.Column(
            "published_by",
            sa.Text,
            nullable=False,
            server_default=sa.text("current_user") if postgres else sa.text("''"),
        ),
        sa.Column("published_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "progress_figures",
        sa.Column("id", sa.Integer, primary_key=True),
        _owner_column(postgres),
        sa.Column("regulator_id", sa.String(64), nullable=False),
        sa.Column("period_start", sa.Date, nullable=False),
        sa.Column("period_end", sa.Date, nullable=False),
        sa.Column("met", sa.Boolean, nullable=False),
        sa.Column("computed_at", UtcDateTime, nullable=False),
        sa.UniqueConstraint("owner", "regulator_id", name="uq_progress_figures_owner_regulator"),
    )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.drop_table("progress_figures")
    op.drop_table("team_sources")
    op.drop_table("shares")
    if postgres:
        for table, column in (("feeds", "url"), ("entries", "uid")):
            op.drop_constraint(f"uq_{table}_owner_{column}", table, type_="unique")
            op.create_unique_constraint(f"{table}_{column}_key", table, [column])
        op.drop_constraint("fk_entry_evidence_owner_file", "entry_evidence", type_="foreignkey")
        for table, column in (("evidence_files", "sha256"), ("settings", "key")):
            op.drop_constraint(f"pk_{table}_owner", table, type_="primary")
            op.create_primary_key(f"{table}_pkey", table, [column])
        op.create_foreign_key(
            "entry_evidence_sha256_fkey", "entry_evidence", "evidence_files", ["sha256"], ["sha256"]
        )
    for table in reversed(OWNED_TABLES):
        if postgres:
            op.drop_index(f"ix_{table}_owner", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("owner")
