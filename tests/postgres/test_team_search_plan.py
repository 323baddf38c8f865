"""0009_owner_index: a practitioner's queries start from their own rows, through an index
the row-level security policy (``owner = current_user``) can use, and search still finds only
their own entries."""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa

from cpdlog.services.app import App
from cpdlog.services.team import ServerAdmin
from tests.conftest import make_entry
from tests.pgserver import PostgresServer

PEOPLE = ("plan_a_" + uuid.uuid4().hex[:6], "plan_b_" + uuid.uuid4().hex[:6])


def _plan(engine: sa.Engine, sql: str) -> str:
    with engine.begin() as connection:
        # as good as forbidding the whole-table scan: only a usable index avoids it
        connection.execute(sa.text("SET LOCAL enable_seqscan = off"))
        return "\n".join(connection.execute(sa.text("EXPLAIN " + sql)).scalars())


def test_a_practitioners_search_and_list_use_the_owner_index(
    pg_server: PostgresServer, pg_database: str, tmp_path: Path
) -> None:
    admin = ServerAdmin(pg_database)
    admin.init()
    database = pg_database.rsplit("/", 1)[1]
    urls = {}
    for name in PEOPLE:
        made = admin.add_user(name, "practitioner")
        assert made.password
        urls[name] = pg_server.url(database, name, made.password)
    for n, name in enumerate(PEOPLE):
        app = App.open(tmp_path / name, urls[name])
        try:
            for i in range(30):
                app.entries.add(make_entry(title=f"Kinship care {n}.{i}", learnt=f"Note {name}"))
        finally:
            app.close()
    admin.init()  # ANALYZE: the planner's figures now count both journals

    mine = sa.create_engine(urls[PEOPLE[0]])
    try:
        listing = _plan(mine, "SELECT id FROM entries WHERE deleted_at IS NULL")
        # ix_entries_owner_live or ix_entries_owner_c: either starts from the owner's rows
        assert "on ix_entries_owner_" in listing, listing
        assert "Index Cond: (owner = CURRENT_USER)" in listing, listing
        search = _plan(
            mine,
            "SELECT id FROM entries WHERE deleted_at IS NULL AND "
            "search_vector @@ to_tsquery('cpdlog_simple', 'kinship:*')",
        )
        assert "on ix_entries_owner_" in search, search
        assert "Index Cond: (owner = CURRENT_USER)" in search, search
        sections = _plan(mine, "SELECT count(*) FROM entry_sections")
        assert "ix_entry_sections_owner_c" in sections, sections
    finally:
        mine.dispose()

    app = App.open(tmp_path / PEOPLE[0], urls[PEOPLE[0]])
    try:
        hits = app.entries.search("kinship care", 50)
        assert len(hits) == 30
        assert {h.entry.title.split()[-1].split(".")[0] for h in hits} == {"0"}
        assert all("Kinship" in h.snippet or "kinship" in h.snippet for h in hits)
    finally:
        app.close()
