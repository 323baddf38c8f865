"""Owner indexes that row-level security can use (PostgreSQL only; nothing on SQLite).

Every policy says ``owner = current_user``. ``current_user`` is of type ``name``, whose
collation is always "C", while ``owner`` is ``text`` in the database's default collation, so
PostgreSQL would not use 0007_team's ``ix_<table>_owner`` indexes for that comparison: every
query a team member ran read every person's rows and threw the others away (a whole-table scan
per search, list and count, growing with the team). The same indexes are made again on
``owner COLLATE "C"``, which the policies' comparison matches. On ``entries`` the index also
holds what the entry list sorts by and leaves out the trash, so a practitioner's search and
list start from their own live entries only. (A GIN index on (owner, search_vector) would not
help: the text-search match operator is not "leakproof", so PostgreSQL never evaluates it in
an index before the policy's own condition.)

Revision ID: 0009_owner_index
Revises: 0008_full_text
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0009_owner_index"
down_revision = "0008_full_text"
branch_labels = None
depends_on = None

# 0007_team's per-person tables (each has an ``owner`` column and an ``ix_<table>_owner``)
OWNED_TABLES = (
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


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        'CREATE INDEX ix_entries_owner_live ON entries (owner COLLATE "C", start_date DESC, '
        "id DESC) WHERE deleted_at IS NULL"
    )
    op.execute('CREATE INDEX ix_entries_owner_c ON entries (owner COLLATE "C")')
    op.drop_index("ix_entries_owner", table_name="entries")
    for table in OWNED_TABLES:
        op.execute(f'CREATE INDEX ix_{table}_owner_c ON {table} (owner COLLATE "C")')
        op.drop_index(f"ix_{table}_owner", table_name=table)
    for table in ("entries", *OWNED_TABLES):
        op.execute(f"ANALYZE {table}")  # the planner's figures for the new indexes


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in reversed(OWNED_TABLES):
        op.create_index(f"ix_{table}_owner", table, ["owner"])
        op.drop_index(f"ix_{table}_owner_c", table_name=table)
    op.create_index("ix_entries_owner", "entries", ["owner"])
    op.drop_index("ix_entries_owner_c", table_name="entries")
    op.drop_index("ix_entries_owner_live", table_name="entries")
