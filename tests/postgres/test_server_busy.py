"""A busy server: cpdlog says "busy, retrying", waits and tries again a few times, then gives
one clear sentence (never a traceback, never the password in the URL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from cpdlog.errors import StorageError
from cpdlog.services.app import App
from cpdlog.storage.db import SERVER_ATTEMPTS
from tests.conftest import FIXED_NOW, make_entry, run_cli
from tests.pgserver import PostgresServer

PASSWORD = "probe-Secret-7"


@pytest.fixture
def one_connection_url(pg_server: PostgresServer, pg_database: str) -> Iterator[str]:
    """The test database owned by a role that may hold one connection at a time."""
    name = pg_database.rsplit("/", 1)[1]
    role = "busy_" + name
    pg_server.admin_execute(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}' CONNECTION LIMIT 1")
    pg_server.admin_execute(f'ALTER DATABASE "{name}" OWNER TO {role}')
    try:
        yield pg_server.url(name, role, PASSWORD)
    finally:
        pg_server.drop_database(name)
        pg_server.admin_execute(f"DROP ROLE {role}")


def _hold_the_connection(url: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))


def test_a_busy_server_is_retried_and_the_entry_is_saved(one_connection_url: str, home: Path):
    app = App.open(home, database_url=one_connection_url, clock=lambda: FIXED_NOW)
    try:
        app.db.engine.dispose()  # cpdlog holds no connection now ...
        blocker = _hold_the_connection(one_connection_url)  # ... someone else holds the only one
        told: list[str] = []

        def busy(message: str) -> None:
            told.append(message)
            blocker.close()  # the other person finishes: the next attempt can connect

        app.report_busy(busy)
        saved = app.entries.add(make_entry(title="Saved once the server was free"))
        assert told and all("busy, retrying" in m for m in told)
        assert [e.id for e in app.entries.list_entries()] == [saved.id]
    finally:
        app.close()


def test_a_server_that_stays_busy_gets_one_clear_sentence(one_connection_url: str, home: Path):
    app = App.open(home, database_url=one_connection_url, clock=lambda: FIXED_NOW)
    app.db.engine.dispose()
    blocker = _hold_the_connection(one_connection_url)
    try:
        told: list[str] = []
        app.report_busy(told.append)
        with pytest.raises(StorageError) as caught:
            app.entries.add(make_entry())
        # each short transaction of the action tries SERVER_ATTEMPTS times, then gives up
        retries = [f"({n} of {SERVER_ATTEMPTS})" for n in range(2, SERVER_ATTEMPTS + 1)]
        assert told and len(told) % len(retries) == 0
        assert told[: len(retries)] == [
            f"the database server is busy, retrying {r}..." for r in retries
        ]
        message = str(caught.value)
        assert "busy or cannot be reached" in message and "Nothing was changed" in message
        assert PASSWORD not in message and "\n" not in message
    finally:
        blocker.close()
        app.close()


def test_the_command_line_prints_the_retries_then_one_sentence(
    one_connection_url: str, home: Path
) -> None:
    app = App.open(home, database_url=one_connection_url, clock=lambda: FIXED_NOW)
    app.close()
    blocker = _hold_the_connection(one_connection_url)
    try:
        result = run_cli("--database-url", one_connection_url, "entry", "list", home=home)
    finally:
        blocker.close()
    assert result.returncode == 1
    *retries, last = result.stderr.strip().splitlines()
    assert retries == [
        f"cpdlog: the database server is busy, retrying ({n} of {SERVER_ATTEMPTS})..."
        for n in range(2, SERVER_ATTEMPTS + 1)
    ]
    assert last.startswith("cpdlog: The database server at ") and "busy" in last
    assert PASSWORD not in result.stderr
    assert "Traceback" not in result.stderr


def test_connections_the_server_dropped_are_replaced(
    pg_server: PostgresServer, pg_database: str, home: Path
) -> None:
    app = App.open(home, database_url=pg_database, clock=lambda: FIXED_NOW)
    try:
        saved = app.entries.add(make_entry())
        name = pg_database.rsplit("/", 1)[1]
        # what a server restart does to every open connection
        pg_server.admin_execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
        assert [e.id for e in app.entries.list_entries()] == [saved.id]
    finally:
        app.close()


def test_backup_on_a_server_points_to_the_organisations_own_tools(
    pg_database: str, home: Path
) -> None:
    result = run_cli("--database-url", pg_database, "backup", home=home)
    assert result.returncode == 1
    assert "use its own backup tools" in result.stderr and "Traceback" not in result.stderr
    assert not (home / "backups").exists() or not any((home / "backups").iterdir())
