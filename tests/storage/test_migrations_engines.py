"""The migrations on both engines: empty to head, down to nothing and up again, and an old
user's journal moved onto PostgreSQL at its own revision and upgraded there."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from cpdlog.services.app import App
from cpdlog.storage.db import Database
from cpdlog.storage.migrate import alembic_config, current_revision, head_revision, upgrade
from tests.conftest import FIXED_NOW, make_entry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names())


@pytest.mark.usefixtures("journal_url")
def test_an_empty_database_is_brought_to_head(app: App) -> None:
    assert current_revision(app.db) == head_revision()
    assert {"entries", "entry_sections", "feeds", "feed_items", "settings"} <= _tables(
        app.db.engine
    )
    columns = {c["name"] for c in sa.inspect(app.db.engine).get_columns("entries")}
    if app.db.is_sqlite:
        assert "search_vector" not in columns  # 0006_pg_search does nothing on SQLite
        assert "entries_fts" in _tables(app.db.engine)
    else:
        assert "search_vector" in columns
        indexes = {i["name"]: i for i in sa.inspect(app.db.engine).get_indexes("entries")}
        assert "ix_entries_search_vector" in indexes
        with app.db.engine.connect() as conn:
            method = conn.execute(
                sa.text(
                    "SELECT am.amname FROM pg_class AS c JOIN pg_am AS am ON am.oid = c.relam "
                    "WHERE c.relname = 'ix_entries_search_vector'"
                )
            ).scalar_one()
        assert method == "gin"
    assert app.upgrade_backup is None and app.notices == []  # nothing to back up or report


@pytest.mark.usefixtures("journal_url")
def test_downgrade_to_nothing_and_upgrade_again(app: App) -> None:
    from alembic import command

    app.entries.add(make_entry(title="Kept until the downgrade"))
    with app.db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert _tables(app.db.engine) <= {"alembic_version"}
    if not app.db.is_sqlite:
        with app.db.engine.connect() as conn:
            leftovers = conn.execute(
                sa.text(
                    "SELECT count(*) FROM pg_ts_config WHERE cfgname LIKE 'cpdlog%' "
                    "UNION ALL SELECT count(*) FROM pg_proc WHERE proname LIKE 'cpdlog%'"
                )
            ).scalars()
            assert list(leftovers) == [0, 0]
    with app.db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    assert current_revision(app.db) == head_revision()
    assert app.entries.list_entries() == []
    saved = app.entries.add(make_entry(title="After the round trip"))
    assert [h.entry.id for h in app.entries.search("round trip")] == [saved.id]


def _copy_sqlite_into(source: Path, engine: sa.Engine) -> None:
    """Copy every row of a cpdlog SQLite file into the same tables on ``engine``, ids and
    all, as an organisation moving a journal onto its server would."""
    meta = sa.MetaData()
    meta.reflect(engine)
    raw = sqlite3.connect(source)
    try:
        with engine.begin() as conn:
            for table in meta.sorted_tables:
                if table.name == "alembic_version":
                    continue
                cursor = raw.execute(f'SELECT * FROM "{table.name}"')
                names = [d[0] for d in cursor.description]
                rows = []
                for values in cursor:
                    row = {}
                    for name, value in zip(names, values, strict=True):
                        kind = table.c[name].type
                        if value is not None and isinstance(kind, sa.Boolean):
                            value = bool(value)
                        elif value is not None and isinstance(kind, sa.DateTime):
                            value = dt.datetime.fromisoformat(value)
                        elif value is not None and isinstance(kind, sa.Date):
                            value = dt.date.fromisoformat(value)
                        row[name] = value
                    rows.append(row)
                if rows:
                    conn.execute(table.insert(), rows)
    finally:
        raw.close()


def test_a_revision_0003_journal_moved_onto_postgresql_upgrades_there(
    pg_database: str, tmp_path: Path
) -> None:
    """The old user's file of test_migrations.py, copied onto a server at its revision."""
    journal_url = pg_database
    home = tmp_path / "home"
    home.mkdir()
    shutil.copytree(FIXTURES / "rev_0003_evidence", home / "evidence")
    server = Database(journal_url, "the server")
    try:
        upgrade(server, None, target="0003_capture_inbox")
        _copy_sqlite_into(FIXTURES / "rev_0003.sqlite", server.engine)
        assert current_revision(server) == "0003_capture_inbox"
    finally:
        server.dispose()

    app = App.open(home, database_url=journal_url, clock=lambda: FIXED_NOW)
    try:
        assert current_revision(app.db) == head_revision()
        assert app.upgrade_backup is None  # a server is not copied by cpdlog ...
        (notice,) = app.notices  # ... and the user is told whose backups cover it
        assert "0003_capture_inbox" in notice and "your organisation's own backups" in notice
        live = {e.title: e for e in app.entries.list_entries()}
        mca = live["MCA workshop — “best interests”"]
        assert mca.reflection.sections["impact"] == "I now record each decision separately."
        assert mca.standards == ["swe:3.2"] and mca.tags == ["capacity", "law"]
        assert mca.created_at.tzinfo is not None
        # the migration filled the search column for the entries already there
        assert [hit.entry.title for hit in app.entries.search("decision")] == [mca.title]
        assert [hit.entry.title for hit in app.entries.search("capacity")] == [mca.title]
        assert [e.title for e in app.entries.trash()] == ["Entry to delete"]
        assert app.feeds.search_items("Liberty")
        # ids were copied in: the next entry still gets a fresh one
        added = app.entries.add(make_entry(title="First entry on the server"))
        assert added.id is not None and added.id > max(e.id or 0 for e in live.values())
    finally:
        app.close()

    again = App.open(home, database_url=journal_url, clock=lambda: FIXED_NOW)
    try:
        assert again.notices == []  # already at head: nothing upgraded, nothing to say
    finally:
        again.close()
