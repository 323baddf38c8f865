"""The review tables (``review_comments``, ``signoffs``, made by 0005_signoffs) get their
policies from ``cpdlog server init``: a supervisor writes reviews of what is shared with them
only; the practitioner reads the reviews of their own entries. A table init does not know is
closed to everyone."""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from cpdlog.services.team import ServerAdmin
from tests.conftest import run_cli
from tests.pgserver import PostgresServer

SUFFIX = uuid.uuid4().hex[:6]
ANA, BEN, SUE, LEO = (f"{n}_{SUFFIX}" for n in ("ana", "ben", "sue", "leo"))
PASSWORD = "review-tests-" + uuid.uuid4().hex


def _run(engine: sa.Engine, sql: str) -> object:
    with engine.begin() as connection:
        return connection.execute(sa.text(sql))


def _refused(engine: sa.Engine, sql: str) -> str:
    try:
        _run(engine, sql)
    except DBAPIError as error:
        return str(error.orig)
    raise AssertionError(f"allowed: {sql}")


def test_review_tables_are_secured_once_they_exist(
    pg_server: PostgresServer, pg_database: str, tmp_path: Path
) -> None:
    admin = ServerAdmin(pg_database)
    admin_engine = sa.create_engine(pg_database)
    second = admin.init()
    names = sorted(p.name for p in second.policies if p.table in ("review_comments", "signoffs"))
    assert names == sorted(
        f"{t}_{what}"
        for t in ("review_comments", "signoffs")
        for what in (
            "practitioner_read",
            "practitioner_add",
            "supervisor_read",
            "supervisor_add",
            "supervisor_change",
        )
    )
    for name, role in (
        (ANA, "practitioner"),
        (BEN, "practitioner"),
        (SUE, "supervisor"),
        (LEO, "lead"),
    ):
        admin.add_user(name, role, PASSWORD)
    database = pg_database.rsplit("/", 1)[1]
    engines = {
        n: sa.create_engine(pg_server.url(database, n, PASSWORD)) for n in (ANA, BEN, SUE, LEO)
    }
    try:
        home = tmp_path / "ana"
        url = pg_server.url(database, ANA, PASSWORD)
        ids = []
        for title in ("Shared", "Not shared"):
            added = run_cli(
                "--database-url",
                url,
                "entry",
                "add",
                "--title",
                title,
                "--type",
                "blog",
                "--date",
                "2026-11-01",
                "--hours",
                "1",
                home=home,
            )
            assert added.returncode == 0, added.stderr
            ids.append(int(added.stdout.split()[0]))
        shared, private = ids
        share = run_cli(
            "--database-url", url, "entry", "share", str(shared), "--with", SUE, home=home
        )
        assert share.returncode == 0, share.stderr
        sue = engines[SUE]
        rows = {
            "review_comments": (
                "(entry_id, kind, author_name, comment_date, text)",
                "'comment', 'Sue', DATE '2026-11-02', 'Good reflection'",
            ),
            "signoffs": (
                "(entry_id, reviewer_name, signed_at, content_hash, arrival)",
                "'Sue', TIMESTAMP '2026-11-02 10:00', 'abc', 'server'",
            ),
        }
        for table, (columns, values) in rows.items():
            _run(sue, f"INSERT INTO {table} {columns} VALUES ({shared}, {values})")
            assert "row-level security" in _refused(
                sue, f"INSERT INTO {table} {columns} VALUES ({private}, {values})"
            )
            assert "permission denied" in _refused(sue, f"DELETE FROM {table}")
            # Ana reads the review of her entry, and cannot write one herself (only import
            # one from a response file: tests/postgres/test_team_review_files.py)
            count = _run(engines[ANA], f"SELECT count(*) FROM {table}").scalar()  # type: ignore[attr-defined]
            assert count == 1
            assert "row-level security" in _refused(
                engines[ANA], f"INSERT INTO {table} {columns} VALUES ({shared}, {values})"
            )
            change = f"UPDATE {table} SET entry_id = entry_id"
            assert "permission denied" in _refused(engines[ANA], change)
            assert "permission denied" in _refused(engines[ANA], f"DELETE FROM {table}")
            assert _run(engines[BEN], f"SELECT count(*) FROM {table}").scalar() == 0  # type: ignore[attr-defined]
            assert "permission denied" in _refused(engines[LEO], f"SELECT * FROM {table}")
        # withdrawn: the supervisor no longer sees the entry, nor their own review of it
        unshare = run_cli("--database-url", url, "entry", "unshare", str(shared), home=home)
        assert unshare.returncode == 0, unshare.stderr
        assert _run(sue, "SELECT count(*) FROM review_comments").scalar() == 0  # type: ignore[attr-defined]
        assert _run(engines[ANA], "SELECT count(*) FROM review_comments").scalar() == 1  # type: ignore[attr-defined]
    finally:
        for engine in engines.values():
            engine.dispose()
        admin_engine.dispose()


def test_a_table_init_does_not_know_is_closed_to_everyone(pg_database: str) -> None:
    admin = ServerAdmin(pg_database)
    admin.init()
    table = "future_notes"
    engine = sa.create_engine(pg_database)
    _run(engine, f"CREATE TABLE {table} (id serial PRIMARY KEY, note text)")
    engine.dispose()
    report = admin.init()
    assert not [p for p in report.policies if p.table == table]
    engine = sa.create_engine(pg_database)
    forced = _run(
        engine,
        f"SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE relname = '{table}'",
    ).scalar()  # type: ignore[attr-defined]
    engine.dispose()
    assert forced is True
