"""Every command opens what the desktop app opens (issue 17): ``--database-url``, then
``CPDLOG_DATABASE_URL``, then the server chosen in the app with its password from the system
keychain. A server that cannot be used is one line, exit 1, never a traceback or the password.

In this process (``end_to_end=False``): the keychain is one in memory, never the real one."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path
from typing import Any

import pytest

from cpdlog.services import connection
from cpdlog.services.connection import ServerChoice
from tests.conftest import run_cli
from tests.keychain import MemoryKeyring

PASSWORD = "practitioner-" + uuid.uuid4().hex


def _cli(home: Path, *args: str) -> Any:
    return run_cli(*args, home=home, end_to_end=False)


@pytest.fixture
def practitioner(tls_pg_server: Any, memory_keyring: MemoryKeyring) -> Any:
    """A database on the TLS server made by ``cpdlog server init``, with a practitioner's own
    role made by the team service; returns (database, role)."""
    from cpdlog.services.team import ServerAdmin

    tls_pg_server.resume()
    database = tls_pg_server.create_database()
    name = f"sam_{uuid.uuid4().hex[:8]}"
    admin = ServerAdmin(tls_pg_server.url(database))
    admin.init()
    admin.add_user(name, "practitioner", PASSWORD)
    try:
        yield database, name
    finally:
        tls_pg_server.drop_database(database)


def _owner_of(server: Any, database: str, title: str) -> object:
    import sqlalchemy as sa

    engine = sa.create_engine(server.url(database))
    try:
        with engine.connect() as db:
            sql = sa.text("SELECT owner FROM entries WHERE title = :title")
            return db.execute(sql, {"title": title}).scalar()
    finally:
        engine.dispose()


def test_commands_use_the_server_chosen_in_the_app_as_its_practitioner(
    home: Path, tls_pg_server: Any, practitioner: Any
) -> None:
    database, name = practitioner
    choice = ServerChoice("127.0.0.1", database, name, tls_pg_server.port, check_certificate=False)
    connection.save_choice(home, choice, PASSWORD)  # as the desktop app's settings do

    added = _cli(
        home,
        "entry",
        "add",
        "--title",
        "Reading on kinship care",
        "--type",
        "reading",
        "--date",
        "2026-11-20",
        "--hours",
        "1",
    )
    assert added.returncode == 0, added.stderr
    listed = _cli(home, "entry", "list")
    assert listed.returncode == 0, listed.stderr
    assert "Reading on kinship care" in listed.stdout
    # on the server, as the practitioner's own role: not the file on this computer
    assert _owner_of(tls_pg_server, database, "Reading on kinship care") == name
    assert not (home / "cpdlog.sqlite").exists()
    for result in (added, listed):
        assert PASSWORD not in result.stdout + result.stderr


def test_a_server_that_cannot_be_reached_is_one_line_with_what_to_do(
    home: Path, memory_keyring: MemoryKeyring
) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    choice = ServerChoice("127.0.0.1", "cpdlog", "sam", port, check_certificate=False)
    connection.save_choice(home, choice, PASSWORD)
    result = _cli(home, "entry", "list")
    assert result.returncode == 1
    *retrying, line = result.stderr.splitlines()  # the error is the one line at the end
    assert all("the database server is busy, retrying" in r for r in retrying)
    assert line.startswith("cpdlog: cpdlog cannot reach the database server at ")
    assert line.endswith("run with --database-url or choose the server again in the app.")
    assert PASSWORD not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr

    # --database-url (or the environment) still wins over the saved choice
    url = f"sqlite:///{home / 'other.sqlite'}"
    given = _cli(home, "--database-url", url, "entry", "list")
    assert given.returncode == 0, given.stderr
    from_env = run_cli(
        "entry", "list", home=home, env={"CPDLOG_DATABASE_URL": url}, end_to_end=False
    )
    assert from_env.returncode == 0, from_env.stderr
    assert (home / "other.sqlite").exists()


def test_a_password_missing_from_the_keychain_is_said_without_trying_the_server(
    home: Path, memory_keyring: MemoryKeyring
) -> None:
    choice = ServerChoice("cpdlog.example.gov.uk", "cpdlog", "sam.patel", check_certificate=True)
    connection.save_choice(home, choice)  # saved, but the keychain has no password for it
    result = _cli(home, "progress")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "cpdlog: Your organisation's cpdlog server is chosen in the app, but this computer's "
        "keychain has no password for sam.patel on cpdlog.example.gov.uk: run with "
        "--database-url or choose the server again in the app."
    ]


def test_encryption_refuses_when_the_journal_is_on_the_chosen_server(
    home: Path, memory_keyring: MemoryKeyring
) -> None:
    choice = ServerChoice("cpdlog.example.gov.uk", "cpdlog", "sam.patel")
    connection.save_choice(home, choice, PASSWORD)
    secret = home.parent / "pass.txt"
    secret.write_text("a long enough passphrase here\n", encoding="utf-8")
    result = _cli(home, "encrypt", "--passphrase-file", str(secret))
    assert result.returncode == 1
    assert "database server is encrypted by your organisation" in result.stderr
    assert not (home / "cpdlog.sqlite").exists()
