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


def test_the_command_line_gives_one_sentence_when_the_server_stays_busy(
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
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("cpdlog: The database server at ")
    assert PASSWORD not in result.stderr
    assert "Traceback" not in result.stderr
