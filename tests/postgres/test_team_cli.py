"""``cpdlog server``, ``cpdlog team``, ``cpdlog entry share`` and ``cpdlog review list`` end to
end against a real PostgreSQL server, each person connecting as their own role."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import run_cli
from tests.feeds.httpserver import FeedServer
from tests.pgserver import ADMIN_PASSWORD, PostgresServer

SUFFIX = uuid.uuid4().hex[:6]


def who(name: str) -> str:
    """A role name unique to this run: roles belong to the whole server, not one database."""
    return f"{name}_{SUFFIX}"


ALICE, BOB, SAM, LEE = who("alice"), who("bob"), who("sam"), who("lee")
JO, KERB = who("jo.bloggs"), who("kerb.user")


def _name(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _admin(url: str, home: Path, *args: str) -> object:
    return run_cli("server", *args, "--database-url", url, home=home)


def _scalar(url: str, sql: str, **params: object) -> object:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text(sql), params).scalar()
    finally:
        engine.dispose()


def _add(server: PostgresServer, url: str, home: Path, person: str, role: str) -> str:
    """Add ``person`` with a generated password; returns their own URL."""
    result = _admin(url, home, "add-user", person, "--role", role)
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    lines = [line for line in result.stdout.splitlines() if "password" in line]  # type: ignore[attr-defined]
    assert len(lines) == 1 and "only this once" in lines[0]
    password = lines[0].rsplit(" ", 1)[1]
    return server.url(_name(url), person, password)


@pytest.fixture
def initialised(pg_database: str, tmp_path: Path) -> str:
    result = _admin(pg_database, tmp_path / "admin", "init")
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    return pg_database


def test_init_creates_the_schema_then_is_safe_to_run_again(
    pg_database: str, tmp_path: Path
) -> None:
    home = tmp_path / "admin"
    first = _admin(pg_database, home, "init")
    assert first.returncode == 0, first.stderr  # type: ignore[attr-defined]
    assert "Created cpdlog's schema" in first.stdout  # type: ignore[attr-defined]
    assert ADMIN_PASSWORD not in first.stdout + first.stderr  # type: ignore[attr-defined]
    policies = _scalar(pg_database, "SELECT count(*) FROM pg_policies WHERE schemaname = 'public'")
    again = _admin(pg_database, home, "init")
    assert again.returncode == 0, again.stderr  # type: ignore[attr-defined]
    assert "already up to date" in again.stdout  # type: ignore[attr-defined]
    assert _scalar(pg_database, "SELECT count(*) FROM pg_policies WHERE schemaname = 'public'") == (
        policies
    )
    groups = _scalar(
        pg_database,
        "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
        "WHERE rolname LIKE 'cpdlog\\_%' AND NOT rolcanlogin",
    )
    assert groups == "cpdlog_lead,cpdlog_practitioner,cpdlog_supervisor"


def test_init_by_someone_who_is_not_a_superuser_changes_nothing(
    pg_server: PostgresServer, pg_database: str, tmp_path: Path
) -> None:
    role = "probe_" + uuid.uuid4().hex[:8]
    pg_server.admin_execute(f"CREATE ROLE {role} LOGIN PASSWORD 'probe-password' CREATEDB")
    try:
        url = pg_server.url(_name(pg_database), role, "probe-password")
        result = _admin(url, tmp_path / "admin", "init")
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1  # type: ignore[attr-defined]
        assert "is not a PostgreSQL superuser" in result.stderr  # type: ignore[attr-defined]
        tables = _scalar(pg_database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables == 0
    finally:
        pg_server.admin_execute(f"DROP ROLE {role}")


def test_an_unreachable_server_or_a_bad_url_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://admin:s3cret-pw@127.0.0.1:{port}/cpdlog"
    result = _admin(url, tmp_path, "init")
    assert result.returncode == 1
    assert result.stderr.startswith("cpdlog: cpdlog cannot use the PostgreSQL server at")  # type: ignore[attr-defined]
    assert result.stderr.count("\n") == 1 and "s3cret-pw" not in result.stderr  # type: ignore[attr-defined]
    # a practitioner's own commands never show the password in their URL either
    # (after the "busy, retrying" lines of its bounded retry, one line says why)
    result = run_cli("--database-url", url, "entry", "list", home=tmp_path / "me")
    assert result.returncode == 1 and "s3cret-pw" not in result.stderr
    *retries, last = result.stderr.splitlines()
    assert all("busy, retrying" in line for line in retries)
    assert "127.0.0.1" in last
    result = _admin(f"sqlite:///{tmp_path}/x.sqlite", tmp_path, "init")
    assert result.returncode == 2 and "PostgreSQL server only" in result.stderr  # type: ignore[attr-defined]
    result = run_cli("server", "init", home=tmp_path)
    assert result.returncode == 2 and "--database-url" in result.stderr


@pytest.mark.parametrize(
    "name", ["Robert'); DROP TABLE entries;--", "cpdlog_admin", "pg_monitor", "1abc", "a" * 64, ""]
)
def test_a_bad_user_name_is_refused(initialised: str, tmp_path: Path, name: str) -> None:
    result = _admin(initialised, tmp_path, "add-user", name, "--role", "practitioner")
    assert result.returncode == 2
    assert "cannot be a user name" in result.stderr  # type: ignore[attr-defined]
    assert _scalar(initialised, "SELECT count(*) FROM entries") == 0


def test_add_user_with_a_password_file_or_none(
    pg_server: PostgresServer, initialised: str, tmp_path: Path
) -> None:
    secret = tmp_path / "pw"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    result = _admin(
        initialised,
        tmp_path,
        "add-user",
        JO,
        "--role",
        "supervisor",
        "--password-file",
        str(secret),
    )
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    assert "correct horse" not in result.stdout  # type: ignore[attr-defined]
    stored = _scalar(initialised, f"SELECT rolpassword FROM pg_authid WHERE rolname = '{JO}'")
    assert isinstance(stored, str) and stored.startswith("SCRAM-SHA-256$4096:")
    url = pg_server.url(_name(initialised), JO, "correct horse battery staple")
    assert _scalar(url, "SELECT current_user") == JO
    result = _admin(initialised, tmp_path, "add-user", KERB, "--role", "lead", "--no-password")
    assert result.returncode == 0 and "no password" in result.stdout  # type: ignore[attr-defined]
    assert (
        _scalar(initialised, f"SELECT rolpassword FROM pg_authid WHERE rolname = '{KERB}'") is None
    )
    assert _scalar(
        initialised,
        f"SELECT rolcanlogin AND pg_has_role('{KERB}', 'cpdlog_lead', 'MEMBER') "
        f"FROM pg_roles WHERE rolname = '{KERB}'",
    )
    short = tmp_path / "short"
    short.write_text("abc\n", encoding="utf-8")
    result = _admin(
        initialised,
        tmp_path,
        "add-user",
        who("x.y"),
        "--role",
        "lead",
        "--password-file",
        str(short),
    )
    assert result.returncode == 2 and "at least 12" in result.stderr  # type: ignore[attr-defined]
    again = _admin(initialised, tmp_path, "add-user", JO, "--role", "practitioner")
    assert again.returncode == 2 and "already a PostgreSQL role" in again.stderr  # type: ignore[attr-defined]


def test_sharing_review_list_and_removing_a_user(
    pg_server: PostgresServer, initialised: str, tmp_path: Path
) -> None:
    admin_home = tmp_path / "admin"
    alice = _add(pg_server, initialised, admin_home, ALICE, "practitioner")
    sam = _add(pg_server, initialised, admin_home, SAM, "supervisor")
    bob = _add(pg_server, initialised, admin_home, BOB, "practitioner")
    home = tmp_path / "alice"
    added = run_cli(
        "--database-url",
        alice,
        "entry",
        "add",
        "--title",
        "Court skills",
        "--type",
        "workshop",
        "--date",
        "2026-11-02",
        "--hours",
        "1",
        "--draft",
        home=home,
    )
    assert added.returncode == 0, added.stderr
    entry = added.stdout.split()[0]
    # a practitioner is not a supervisor, and Bob cannot share Alice's entry
    not_supervisor = run_cli(
        "--database-url", alice, "entry", "share", entry, "--with", BOB, home=home
    )
    assert not_supervisor.returncode == 2 and "not a supervisor" in not_supervisor.stderr
    bobs = run_cli(
        "--database-url", bob, "entry", "share", entry, "--with", SAM, home=tmp_path / "bob"
    )
    assert bobs.returncode == 2 and f"no entry {entry}" in bobs.stderr
    shared = run_cli("--database-url", alice, "entry", "share", entry, "--with", SAM, home=home)
    assert shared.returncode == 0 and "now shared with sam" in shared.stdout
    twice = run_cli("--database-url", alice, "entry", "share", entry, "--with", SAM, home=home)
    assert twice.returncode == 0 and "already shared" in twice.stdout
    listed = run_cli("--database-url", sam, "review", "list", "--json", home=tmp_path / "sam")
    assert listed.returncode == 0, listed.stderr
    assert (
        '"title": "Court skills"' in listed.stdout and f'"practitioner": "{ALICE}"' in listed.stdout
    )
    empty = run_cli("--database-url", bob, "review", "list", home=tmp_path / "bob")
    assert empty.returncode == 0 and "Nothing is shared with you." in empty.stdout
    # Alice leaves: she cannot log in, her entry stays (seen by no one), the share is withdrawn
    removed = _admin(initialised, admin_home, "remove-user", ALICE)
    assert removed.returncode == 0, removed.stderr  # type: ignore[attr-defined]
    assert "1 share(s)" in removed.stdout  # type: ignore[attr-defined]
    assert _scalar(initialised, f"SELECT count(*) FROM entries WHERE owner = '{ALICE}'") == 1
    with pytest.raises(sa.exc.OperationalError) as refused:
        _scalar(alice, "SELECT 1")
    assert "password authentication failed" in str(refused.value)
    listed = run_cli("--database-url", sam, "review", "list", home=tmp_path / "sam")
    assert "Nothing is shared with you." in listed.stdout
    # her name cannot be given to somebody else (who would get her journal)
    reuse = _admin(initialised, admin_home, "add-user", ALICE, "--role", "practitioner")
    assert reuse.returncode == 2  # type: ignore[attr-defined]
    unknown = _admin(initialised, admin_home, "remove-user", "nobody")
    assert unknown.returncode == 2 and "no cpdlog user" in unknown.stderr  # type: ignore[attr-defined]
    assert _admin(initialised, admin_home, "remove-user", ALICE).returncode == 2  # type: ignore[attr-defined]


def test_remove_user_touches_only_cpdlog_s_own_users(
    pg_server: PostgresServer, initialised: str, tmp_path: Path
) -> None:
    other = who("dba.colleague")
    pg_server.admin_execute(f"CREATE ROLE \"{other}\" LOGIN PASSWORD 'their-own-password'")
    try:
        result = _admin(initialised, tmp_path, "remove-user", other)
        assert result.returncode == 2 and "no cpdlog user" in result.stderr  # type: ignore[attr-defined]
        url = pg_server.url(_name(initialised), other, "their-own-password")
        assert _scalar(url, "SELECT current_user") == other
    finally:
        pg_server.admin_execute(f'DROP ROLE "{other}"')


def test_sharing_needs_the_server(tmp_path: Path) -> None:
    added = run_cli(
        "entry",
        "add",
        "--title",
        "Mine",
        "--type",
        "blog",
        "--date",
        "2026-11-02",
        "--hours",
        "1",
        home=tmp_path,
    )
    assert added.returncode == 0, added.stderr
    result = run_cli("entry", "share", "1", "--with", SAM, home=tmp_path)
    assert result.returncode == 2 and "organisation's cpdlog server" in result.stderr
    result = run_cli("review", "list", home=tmp_path)
    assert result.returncode == 2 and "organisation's cpdlog server" in result.stderr


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    server = FeedServer().start()
    try:
        yield server
    finally:
        server.stop()


def test_a_lead_publishes_sources_members_follow_them_into_a_team_folder(
    pg_server: PostgresServer, initialised: str, tmp_path: Path, feeds: FeedServer
) -> None:
    admin_home = tmp_path / "admin"
    lee = _add(pg_server, initialised, admin_home, who("lead2"), "lead")
    alice = _add(pg_server, initialised, admin_home, who("ann"), "practitioner")
    bob = _add(pg_server, initialised, admin_home, who("ben"), "practitioner")
    address = feeds.add_file("/feed.xml", "atom10.xml", "application/atom+xml")
    published = run_cli(
        "--database-url",
        lee,
        "team",
        "sources",
        "publish",
        address,
        "--title",
        "Practice notes",
        "--folder",
        "Adults",
        home=tmp_path / "lee",
    )
    assert published.returncode == 0, published.stderr
    # a practitioner may not publish
    refused = run_cli(
        "--database-url",
        alice,
        "team",
        "sources",
        "publish",
        "https://x.example/feed",
        "--title",
        "Mine",
        home=tmp_path / "alice",
    )
    assert refused.returncode == 1 and "may not do this" in refused.stderr
    listed = run_cli(
        "--database-url", alice, "team", "sources", "list", "--json", home=tmp_path / "alice"
    )
    assert listed.returncode == 0, listed.stderr
    assert (
        '"title": "Practice notes"' in listed.stdout
        and f'"published_by": "{who("lead2")}"' in listed.stdout
    )
    source = listed.stdout.split('"id": ')[1].split(",")[0]
    for person, url in (("alice", alice), ("bob", bob)):  # both may follow the same address
        followed = run_cli(
            "--database-url", url, "team", "sources", "follow", source, home=tmp_path / person
        )
        assert followed.returncode == 0, followed.stderr
        assert "Team sources/Adults" in followed.stdout
    assert _scalar(initialised, "SELECT count(DISTINCT owner) FROM feeds") == 2
    feeds_of_alice = run_cli("--database-url", alice, "feeds", "list", home=tmp_path / "alice")
    assert feeds_of_alice.returncode == 0, feeds_of_alice.stderr
    assert "Team sources/Adults" in feeds_of_alice.stdout
    withdrawn = run_cli(
        "--database-url", lee, "team", "sources", "withdraw", source, home=tmp_path / "lee"
    )
    assert withdrawn.returncode == 0, withdrawn.stderr
    empty = run_cli("--database-url", bob, "team", "sources", "list", home=tmp_path / "bob")
    assert "no sources yet" in empty.stdout


def test_two_practitioners_may_import_the_same_export(
    pg_server: PostgresServer, initialised: str, tmp_path: Path
) -> None:
    own = tmp_path / "own-computer"
    added = run_cli(
        "entry",
        "add",
        "--title",
        "Team day",
        "--type",
        "blog",
        "--date",
        "2026-11-02",
        "--hours",
        "1",
        home=own,
    )
    assert added.returncode == 0, added.stderr
    export = tmp_path / "export.json"
    exported = run_cli("export", "json", "-o", str(export), home=own)
    assert exported.returncode == 0, exported.stderr
    for person in ("cat", "dan"):
        url = _add(pg_server, initialised, tmp_path / "admin", who(person), "practitioner")
        home = tmp_path / person
        imported = run_cli("--database-url", url, "import", "json", str(export), home=home)
        assert imported.returncode == 0, imported.stderr
        listed = run_cli("--database-url", url, "entry", "list", home=home)
        assert "Team day" in listed.stdout
        again = run_cli("--database-url", url, "import", "json", str(export), home=home)
        assert again.returncode == 0, again.stderr
        assert (
            _scalar(initialised, "SELECT count(*) FROM entries WHERE owner = :o", o=who(person))
            == 1
        )
