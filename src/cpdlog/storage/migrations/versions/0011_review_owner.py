"""Whose file-review rows are whose on a shared PostgreSQL server: an ``owner`` on the review
packs sent, the responses imported and the reviewers' keys seen.

0005_signoffs made these three tables for one person's journal, and 0007_team gave them no
``owner``, so on a team server row-level security closed them to everyone and
``cpdlog review export/import`` only worked on a journal on a computer. On PostgreSQL ``owner``
is the role that wrote the row (default ``current_user``, as 0007_team does for the journal
tables) and each key becomes per owner: a reviewer's key is trusted per practitioner, not per
server, and one person's pack or response never blocks (or reveals) another's. On SQLite (one
person's own journal) ``owner`` is added but stays NULL and unused.

The policies come from ``cpdlog server init`` (``storage/team.py``), as for the other tables.

Revision ID: 0011_review_owner
Revises: 0010_pg_feed_search
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_review_owner"
down_revision = "0010_pg_feed_search"
branch_labels = None
depends_on = None

# each table and the key that becomes (owner, key) on PostgreSQL
REVIEW_FILE_TABLES = (
    ("review_packs", "pack_hash"),
    ("review_responses", "response_hash"),
    ("reviewer_keys", "reviewer"),
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, key in REVIEW_FILE_TABLES:
        if not postgres:
            op.add_column(table, sa.Column("owner", sa.Text, nullable=True))
            continue
        op.add_column(
            table,
            sa.Column("owner", sa.Text, nullable=False, server_default=sa.text("current_user")),
        )
        name = sa.inspect(op.get_bind()).get_pk_constraint(table)["name"]
        if name:
            op.drop_constraint(name, table, type_="primary")
        op.create_primary_key(f"pk_{table}_owner", table, ["owner", key])
        # what the policies' ``owner = current_user`` can use (see 0009_owner_index)
        op.execute(f'CREATE INDEX ix_{table}_owner_c ON {table} (owner COLLATE "C")')


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, key in reversed(REVIEW_FILE_TABLES):
        if postgres:
            op.drop_index(f"ix_{table}_owner_c", table_name=table)
            op.drop_constraint(f"pk_{table}_owner", table, type_="primary")
            # one person's database again: refused (nothing deleted) while two people hold
            # the same key, e.g. both trust the same reviewer
            shared = (
                op.get_bind()
                .execute(
                    sa.text(
                        f"SELECT count(*) FROM (SELECT 1 FROM {table} GROUP BY {key} "
                        "HAVING count(*) > 1) d"
                    )
                )
                .scalar_one()
            )
            if shared:
                raise RuntimeError(
                    f"{table} holds {shared} key(s) that more than one person has; a "
                    "one-person database cannot keep them. Nothing was changed."
                )
            op.create_primary_key(f"{table}_pkey", table, [key])
        with op.batch_alter_table(table) as batch:
            batch.drop_column("owner")
