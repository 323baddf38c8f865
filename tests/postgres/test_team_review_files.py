"""File-based review on a team server: ``review_packs``, ``review_responses`` and
``reviewer_keys`` carry an ``owner`` (0011_review_owner) and ``cpdlog server init`` gives them
policies: each person (practitioner or supervisor) reads and writes only their own rows, a lead
nothing. Raw SQL as each role, then ``cpdlog review export``/``respond``/``import`` end to end
as a practitioner and a supervisor, each connecting as their own role."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from cpdlog.services.team import ServerAdmin
from tests.conftest import run_cli
from tests.pgserver import PostgresServer

PASSWORD = "review-file-tests-" + uuid.uuid4().hex
TABLES = ("review_packs", "review_responses", "reviewer_keys")
HASH = "ab" * 32


def _run(engine: sa.Engine, sql: str, **params: object) -> sa.CursorResult[object]:
    with engine.begin() as connection:
        return connection.execute(sa.text(sql), params)


def _count(engine: sa.Engine, table: str) -> int:
    return int(_run(engine, f"SELECT count(*) FROM {table}").scalar_one())  # type: ignore[arg-type]


def _refused(engine: sa.Engine, sql: str) -> str:
    try:
        _run(engine, sql)
    except DBAPIError as error:
        return str(error.orig)
    raise AssertionError(f"allowed: {sql}")


# one row per table, the same key for everyone (per-owner keys: each may hold it)
INSERTS = {
    "review_packs": (
        "INSERT INTO review_packs (pack_hash, created_at, entries_json) "
        f"VALUES ('{HASH}', TIMESTAMP '2026-11-02 10:00', '{{}}')"
    ),
    "review_responses": (
        "INSERT INTO review_responses (response_hash, pack_hash, imported_at) "
        f"VALUES ('{HASH}', '{HASH}', TIMESTAMP '2026-11-02 10:00')"
    ),
    "reviewer_keys": (
        "INSERT INTO reviewer_keys (reviewer, public_key, fingerprint, first_seen) "
        "VALUES ('sam educator', 'key', 'fp', TIMESTAMP '2026-11-02 10:00')"
    ),
}


ANA, BEN, SUE, LEO = "ana", "ben", "sue", "leo"
ROLES = {ANA: "practitioner", BEN: "practitioner", SUE: "supervisor", LEO: "lead"}


@pytest.fixture
def people(pg_server: PostgresServer, pg_database: str) -> Iterator[dict[str, str]]:
    """An initialised server with two practitioners, a supervisor and a lead (role names new
    for each test: roles belong to the whole server); their PostgreSQL role names."""
    admin = ServerAdmin(pg_database)
    report = admin.init()
    names = {p.name for p in report.policies if p.table in TABLES}
    assert names == {f"{t}_{what}" for t in TABLES for what in ("own", "supervisor_own")}
    suffix = uuid.uuid4().hex[:6]
    found = {who: f"r{who}_{suffix}" for who in ROLES}
    for who, role in ROLES.items():
        admin.add_user(found[who], role, PASSWORD)
    yield found


@pytest.fixture
def team(pg_server: PostgresServer, pg_database: str, people: dict[str, str]) -> dict[str, str]:
    """Each person's own URL."""
    database = pg_database.rsplit("/", 1)[1]
    return {who: pg_server.url(database, name, PASSWORD) for who, name in people.items()}


def test_each_person_reads_and_writes_only_their_own_review_file_rows(
    team: dict[str, str], people: dict[str, str], pg_database: str
) -> None:
    engines = {n: sa.create_engine(url) for n, url in team.items()}
    admin = sa.create_engine(pg_database)
    try:
        for table in TABLES:
            for person in (ANA, BEN, SUE):  # the same key for three people: per owner
                _run(engines[person], INSERTS[table])
                assert _count(engines[person], table) == 1
            owners = _run(admin, f"SELECT owner FROM {table} ORDER BY owner").scalars().all()
            assert owners == sorted(people[p] for p in (ANA, BEN, SUE))
            # nobody can give a row to someone else, or touch another's
            assert "row-level security" in _refused(
                engines[ANA], f"UPDATE {table} SET owner = '{people[BEN]}'"
            )
            assert "row-level security" in _refused(
                engines[SUE], f"UPDATE {table} SET owner = '{people[ANA]}'"
            )
            _run(engines[BEN], f"DELETE FROM {table}")
            assert _count(engines[BEN], table) == 0
            assert _count(engines[ANA], table) == 1 and _count(engines[SUE], table) == 1
            # a second row under the same key for the same person is refused
            assert "duplicate key" in _refused(engines[ANA], INSERTS[table])
            # the lead has no right to these tables at all
            assert "permission denied" in _refused(engines[LEO], f"SELECT * FROM {table}")
            assert "permission denied" in _refused(engines[LEO], INSERTS[table])
        # Ana's reviewer key is hers: Sue's and the one Ben deleted are not touched by her
        _run(engines[ANA], "UPDATE reviewer_keys SET fingerprint = 'changed'")
        rows = _run(admin, "SELECT owner, fingerprint FROM reviewer_keys ORDER BY owner").all()
        assert [tuple(r) for r in rows] == sorted([(people[ANA], "changed"), (people[SUE], "fp")])
    finally:
        for engine in (*engines.values(), admin):
            engine.dispose()


def test_a_practitioner_may_add_only_file_reviews_of_their_own_entries(
    team: dict[str, str], tmp_path: Path
) -> None:
    added = run_cli(
        "--database-url", team[ANA], "entry", "add", "--title", "Mine", "--type", "blog",
        "--date", "2026-11-01", "--hours", "1", home=tmp_path / "ana",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    entry = int(added.stdout.split()[0])
    ana, ben = sa.create_engine(team[ANA]), sa.create_engine(team[BEN])
    columns = "(entry_id, reviewer_name, signed_at, content_hash, arrival, response_id)"
    values = "'Sam', TIMESTAMP '2026-11-02 10:00', 'abc'"
    try:
        _run(ana, f"INSERT INTO signoffs {columns} VALUES ({entry}, {values}, 'file', 'r1')")
        # a "server" sign-off is the supervisor's to give, and Ben cannot sign Ana's entry
        refused = ((ana, "'server', NULL"), (ana, "'file', NULL"), (ben, "'file', 'r'"))
        for engine, arrival in refused:
            assert "row-level security" in _refused(
                engine, f"INSERT INTO signoffs {columns} VALUES ({entry}, {values}, {arrival})"
            )
        assert "row-level security" in _refused(
            ana,
            "INSERT INTO review_comments (entry_id, kind, author_name, comment_date, text) "
            f"VALUES ({entry}, 'comment', 'Sam', DATE '2026-11-02', 'typed in by hand')",
        )
        assert "permission denied" in _refused(ana, "UPDATE signoffs SET content_hash = 'x'")
        assert "permission denied" in _refused(ana, "DELETE FROM signoffs")
        assert _count(ana, "signoffs") == 1 and _count(ben, "signoffs") == 0
    finally:
        ana.dispose()
        ben.dispose()


def test_review_export_respond_and_import_on_the_server(
    team: dict[str, str], people: dict[str, str], pg_database: str, tmp_path: Path
) -> None:
    ana_home, sue_home, ben_home = tmp_path / "ana", tmp_path / "sue", tmp_path / "ben"

    def cli(url: str, home: Path, *args: str) -> str:
        result = run_cli("--database-url", url, *args, home=home)
        assert result.returncode == 0, result.stderr
        return result.stdout

    entry = cli(
        team[ANA], ana_home, "entry", "add", "--title", "Capacity workshop", "--type",
        "workshop", "--date", "2026-11-01", "--hours", "2",
        "--section", "learnt=Assess each decision",
    ).split()[0]  # fmt: skip
    pack, response = tmp_path / "pack.cpdreview", tmp_path / "response.cpdreview"
    cli(team[ANA], ana_home, "review", "export", entry, "-o", str(pack))
    # the supervisor opens and answers it on their own server account
    assert "Capacity workshop" in cli(team[SUE], sue_home, "review", "open", str(pack))
    cli(
        team[SUE], sue_home, "review", "respond", str(pack), "--name", "Sam Educator",
        "--role", "Practice educator", "--comment", "learnt=Well put", "--sign", "1",
        "-o", str(response),
    )  # fmt: skip
    done = cli(team[ANA], ana_home, "review", "import", str(response))
    assert "Sam Educator" in done
    # a replay is refused, and Ben (who never sent the pack) cannot import it
    again = run_cli("--database-url", team[ANA], "review", "import", str(response), home=ana_home)
    assert again.returncode == 2 and "already imported" in again.stderr
    bens = run_cli("--database-url", team[BEN], "review", "import", str(response), home=ben_home)
    assert bens.returncode == 2 and "not sent from this journal" in bens.stderr
    admin = sa.create_engine(pg_database)
    try:
        for table, owner in (
            ("review_packs", ANA),
            ("review_responses", ANA),
            ("reviewer_keys", ANA),
            ("signoffs", None),
        ):
            rows = _run(admin, f"SELECT * FROM {table}").mappings().all()
            assert len(rows) == 1, table
            if owner is not None:
                assert rows[0]["owner"] == people[owner]
        signoff = _run(admin, "SELECT entry_id, arrival FROM signoffs").one()
        assert (signoff[0], signoff[1]) == (int(entry), "file")
        comments = _run(admin, "SELECT text FROM review_comments").scalars().all()
        assert comments == ["Well put"]
    finally:
        admin.dispose()
    progress = cli(team[ANA], ana_home, "progress")
    assert "Signed off by a reviewer: 1 of 1 entry." in progress
    # her backup restores on the server too, as a practitioner (here into Ben's account):
    # the file review comes with it, and the replay protection
    backup = tmp_path / "ana.json"
    cli(team[ANA], ana_home, "export", "json", "-o", str(backup), "--allow-identifiers")
    cli(team[BEN], ben_home, "import", "json", str(backup))
    assert "Signed off by a reviewer: 1 of 1 entry." in cli(team[BEN], ben_home, "progress")
    replay = run_cli("--database-url", team[BEN], "review", "import", str(response), home=ben_home)
    assert replay.returncode == 2 and "already imported" in replay.stderr
    admin = sa.create_engine(pg_database)
    try:
        owners = _run(admin, "SELECT owner FROM review_responses ORDER BY owner").scalars().all()
        assert owners == sorted([people[ANA], people[BEN]])
    finally:
        admin.dispose()
