"""Choosing the organisation's server (issue 17): the saved choice, the keychain, the URL, the
connection test against a real PostgreSQL with TLS, and saving entries that waited offline."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from cpdlog.errors import ServerUnreachableError, ValidationError
from cpdlog.paths import DATABASE_URL_ENV
from cpdlog.services import connection
from cpdlog.services.app import App
from cpdlog.services.connection import ServerChoice
from tests.conftest import make_entry
from tests.keychain import MemoryKeyring


@pytest.fixture
def no_env_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)


CHOICE = ServerChoice(host="cpdlog.example.gov.uk", database="cpdlog", user="sam.patel")


def test_the_url_checks_the_certificate_unless_it_is_a_test_server() -> None:
    url = make_url(CHOICE.url("pa:ss@word"))
    assert url.query["sslmode"] == "verify-full"
    assert url.password == "pa:ss@word"
    assert (url.host, url.port, url.database, url.username) == (
        "cpdlog.example.gov.uk",
        5432,
        "cpdlog",
        "sam.patel",
    )
    relaxed = ServerChoice(CHOICE.host, CHOICE.database, CHOICE.user, check_certificate=False)
    assert make_url(relaxed.url(None)).query["sslmode"] == "require"
    signed_in = ServerChoice(CHOICE.host, CHOICE.database, CHOICE.user, organisation_signs_in=True)
    assert make_url(signed_in.url("ignored")).password is None


@pytest.mark.parametrize(
    ("choice", "field"),
    [
        (ServerChoice(" ", "cpdlog", "sam"), "host"),
        (ServerChoice("db.example", "", "sam"), "database"),
        (ServerChoice("db.example", "cpdlog", "sam@evil"), "user"),
        (ServerChoice("db.example/x", "cpdlog", "sam"), "host"),
        (ServerChoice("db.example", "cpdlog", "sam", port=70000), "port"),
    ],
)
def test_an_incomplete_or_odd_choice_is_refused(choice: ServerChoice, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        choice.checked()
    assert raised.value.field == field


def test_the_password_goes_to_the_keychain_never_the_file(
    tmp_path: Path, memory_keyring: MemoryKeyring, no_env_url: None
) -> None:
    connection.save_choice(tmp_path, CHOICE, "correct horse battery")
    stored = connection.choice_path(tmp_path).read_text(encoding="utf-8")
    assert "correct horse" not in stored
    assert json.loads(stored)["server"]["host"] == "cpdlog.example.gov.uk"
    assert connection.choice_path(tmp_path).stat().st_mode & 0o077 == 0
    assert memory_keyring.kept == {
        ("cpdlog-server", "sam.patel@cpdlog.example.gov.uk:5432/cpdlog"): "correct horse battery"
    }
    assert connection.load_choice(tmp_path) == CHOICE
    url = make_url(str(connection.database_url(tmp_path)))
    assert url.password == "correct horse battery"
    assert connection.uses_server(tmp_path)


def test_the_command_line_url_wins_then_the_environment_then_the_choice(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    assert connection.database_url(tmp_path) is None  # "My own computer" by default
    connection.save_choice(tmp_path, CHOICE, "pw")
    monkeypatch.setenv(DATABASE_URL_ENV, "sqlite:////tmp/other.sqlite")
    assert connection.database_url(tmp_path) == "sqlite:////tmp/other.sqlite"
    assert connection.database_url(tmp_path, "sqlite:////tmp/given.sqlite") == (
        "sqlite:////tmp/given.sqlite"
    )
    monkeypatch.delenv(DATABASE_URL_ENV)
    connection.save_choice(tmp_path, None)  # back to this computer
    assert not connection.choice_path(tmp_path).exists()
    assert connection.database_url(tmp_path) is None


def test_without_a_keychain_nothing_is_saved(tmp_path: Path) -> None:
    import keyring

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring(broken=True))
    try:
        with pytest.raises(ValidationError, match="keychain"):
            connection.save_choice(tmp_path, CHOICE, "pw")
    finally:
        keyring.set_keyring(before)
    assert not connection.choice_path(tmp_path).exists()


def test_a_password_the_keychain_lacks_is_said_when_required(
    tmp_path: Path, memory_keyring: MemoryKeyring, no_env_url: None
) -> None:
    connection.save_choice(tmp_path, CHOICE)  # saved without a password (none in the keychain)
    assert make_url(str(connection.database_url(tmp_path))).password is None
    with pytest.raises(connection.ServerPasswordMissingError) as raised:
        connection.database_url(tmp_path, require_password=True)
    assert "choose the server again in the app" in str(raised.value)
    assert raised.value.exit_code == 1
    signed_in = ServerChoice(CHOICE.host, CHOICE.database, CHOICE.user, organisation_signs_in=True)
    connection.save_choice(tmp_path, signed_in)
    assert connection.database_url(tmp_path, require_password=True) is not None
    assert connection.from_saved_choice(tmp_path)
    assert not connection.from_saved_choice(tmp_path, "sqlite:////tmp/given.sqlite")


def test_the_drafts_key_is_made_once_per_data_folder_and_kept_in_the_keychain(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    key = connection.server_draft_key(tmp_path / "a")
    assert key is not None and len(key) == 32
    assert connection.server_draft_key(tmp_path / "a") == key  # the same one next time
    other = connection.server_draft_key(tmp_path / "b")
    assert other is not None and other != key
    services = {service for service, _account in memory_keyring.kept}
    assert services == {"cpdlog-drafts"}
    assert all(str(tmp_path) not in account for _service, account in memory_keyring.kept)


def test_no_keychain_or_a_damaged_drafts_key_means_no_key_and_nothing_replaced(
    tmp_path: Path,
) -> None:
    from tests.keychain import memory_keychain

    with memory_keychain(broken=True):
        assert connection.server_draft_key(tmp_path) is None
    with memory_keychain() as keychain:
        assert connection.server_draft_key(tmp_path) is not None
        [account] = list(keychain.kept)
        keychain.kept[account] = "not base64 at all!"
        assert connection.server_draft_key(tmp_path) is None
        assert keychain.kept[account] == "not base64 at all!"  # left for a person to look at


@pytest.mark.parametrize(
    "content",
    [b"not json", b"[]", b'{"format": "cpdlog-server-choice", "server": {"host": 3}}', b"\xff"],
)
def test_a_damaged_setting_means_this_computer(
    tmp_path: Path, content: bytes, no_env_url: None
) -> None:
    connection.choice_path(tmp_path).write_bytes(content)
    assert connection.load_choice(tmp_path) is None
    assert connection.database_url(tmp_path) is None


# -- a real server, with TLS ---------------------------------------------------------------------


@pytest.fixture
def tls_server(tls_pg_server: Any) -> Iterator[Any]:
    """The shared TLS server (``tests/conftest.py``), running again after each test."""
    try:
        yield tls_pg_server
    finally:
        tls_pg_server.resume()


def _choice(server: Any, database: str, check: bool = False) -> ServerChoice:
    from tests.pgserver import ADMIN_USER

    return ServerChoice("127.0.0.1", database, ADMIN_USER, server.port, check_certificate=check)


def test_the_connection_test_against_a_real_server(tls_server: Any) -> None:
    from tests.pgserver import ADMIN_PASSWORD

    database = tls_server.create_database()
    try:
        assert connection.test_connection(_choice(tls_server, database), ADMIN_PASSWORD) is None
        # verify-full: a self-signed certificate nobody told this computer to trust is refused
        refused = connection.test_connection(
            _choice(tls_server, database, check=True), ADMIN_PASSWORD
        )
        assert refused is not None
        assert ADMIN_PASSWORD not in refused
        wrong = connection.test_connection(_choice(tls_server, database), "not-the-password")
        assert wrong is not None
        assert "not-the-password" not in wrong
    finally:
        tls_server.drop_database(database)


def test_a_stopped_server_is_said_to_be_unreachable(tls_server: Any, home: Path) -> None:
    from tests.pgserver import ADMIN_PASSWORD

    database = tls_server.create_database()
    choice = _choice(tls_server, database)
    tls_server.pause()
    try:
        problem = connection.test_connection(choice, ADMIN_PASSWORD)
        assert problem is not None
        assert "cannot reach" in problem
        with pytest.raises(ServerUnreachableError):
            App.open(home, choice.url(ADMIN_PASSWORD))
    finally:
        tls_server.resume()
        tls_server.drop_database(database)


# -- entries that waited for the server ----------------------------------------------------------


def test_a_waiting_edit_never_overwrites_a_newer_server_copy(app: App) -> None:
    start = app.clock()
    ticks = iter(range(1, 100))
    app.clock = lambda: start + dt.timedelta(minutes=next(ticks))
    saved = app.entries.add(make_entry(title="Court skills day"))
    assert saved.id is not None
    offline_copy = app.entries.get(saved.id)
    offline_copy.reflection.sections["learnt"] = "Typed while the server was away."
    changed = app.entries.get(saved.id)
    changed.title = "Court skills day (edited on the other computer)"
    app.entries.update(changed)

    result = connection.save_waiting(app, offline_copy)
    assert result.kept_both
    titles = sorted(e.title for e in app.entries.list_entries())
    assert titles == ["Court skills day", "Court skills day (edited on the other computer)"]
    assert result.entry.id != saved.id
    assert result.entry.reflection.sections["learnt"] == "Typed while the server was away."


def test_a_waiting_edit_of_an_unchanged_entry_is_saved_over_it(app: App) -> None:
    saved = app.entries.add(make_entry(title="Supervision notes"))
    assert saved.id is not None
    offline_copy = app.entries.get(saved.id)
    offline_copy.title = "Supervision notes, with the follow-up"
    result = connection.save_waiting(app, offline_copy)
    assert not result.kept_both
    assert [e.title for e in app.entries.list_entries()] == [
        "Supervision notes, with the follow-up"
    ]
