"""Row-level security on the team server, proved by connecting as each role.

Practitioners Alice and Bob, supervisor Sam and lead Lee each log in with their own password
(SCRAM over TCP) and try raw SQL against every table: what the policies refuse is refused by
PostgreSQL itself, whatever cpdlog's Python code would have done.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from cpdlog.errors import NotFoundError
from cpdlog.services.app import App
from cpdlog.services.team import ServerAdmin
from cpdlog.storage.team import LEAD, PRACTITIONER, PROGRESS_FUNCTION, SUPERVISOR
from tests.conftest import run_cli
from tests.pgserver import PostgresServer

PASSWORDS = {
    "alice": "alice-" + uuid.uuid4().hex,
    "bob": "bob-" + uuid.uuid4().hex,
    "sam": "sam-" + uuid.uuid4().hex,
    "lee": "lee-" + uuid.uuid4().hex,
}
ROLES = {"alice": "practitioner", "bob": "practitioner", "sam": "supervisor", "lee": "lead"}
# Roles belong to the whole server (every test's database): names unique to this run.
SUFFIX = uuid.uuid4().hex[:6]
NAME = {who: f"{who}_{SUFFIX}" for who in ROLES}
ALICE, BOB, SAM, LEE = NAME["alice"], NAME["bob"], NAME["sam"], NAME["lee"]
SECRET = "Zanzibarquokka"  # a word only in Alice's reflection


@dataclass
class Team:
    server: PostgresServer
    database: str
    admin_url: str
    homes: dict[str, Path]
    alice_shared: int  # Alice's entry she shares with Sam
    alice_private: int  # Alice's entry shared with nobody
    bob_entry: int

    def url(self, who: str) -> str:
        return self.server.url(self.database, NAME[who], PASSWORDS[who])

    def cli(self, who: str, *args: str) -> object:
        return run_cli("--database-url", self.url(who), *args, home=self.homes[who])


def _admin_engine(team: Team) -> sa.Engine:
    return sa.create_engine(team.admin_url)


def _add_entry(team: Team, who: str, title: str, reflection: str, attach: Path) -> int:
    result = team.cli(
        who,
        "entry",
        "add",
        "--title",
        title,
        "--type",
        "workshop",
        "--date",
        "2026-11-10",
        "--hours",
        "2",
        "--section",
        f"description={reflection}",
        "--section",
        "learnt=What I learnt.",
        "--section",
        "impact=What I will change.",
        "--tag",
        "law",
        "--standard",
        "swe:4.6",
        "--certificate",
        str(attach),
        "--complete",
    )
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    return int(result.stdout.split()[0])  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def team(pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    database = pg_server.create_database()
    admin_url = pg_server.url(database)
    admin = ServerAdmin(admin_url)
    admin.init()
    root = tmp_path_factory.mktemp("team")
    for who, role in ROLES.items():
        password_file = root / f"{who}.pw"
        password_file.write_text(PASSWORDS[who] + "\n", encoding="utf-8")
        result = run_cli(
            "server",
            "add-user",
            NAME[who],
            "--role",
            role,
            "--password-file",
            str(password_file),
            "--database-url",
            admin_url,
            home=root / "admin",
        )
        assert result.returncode == 0, result.stderr
    homes = {who: root / who for who in ROLES}
    certificate = root / "certificate.txt"
    certificate.write_text("Certificate of attendance\n", encoding="utf-8")
    team = Team(pg_server, database, admin_url, homes, 0, 0, 0)
    team.alice_shared = _add_entry(
        team, "alice", "Care Act workshop", f"About {SECRET}.", certificate
    )
    team.alice_private = _add_entry(team, "alice", "Private thoughts", "Very private.", certificate)
    team.bob_entry = _add_entry(team, "bob", "Bob's course", "Bob's reflection.", certificate)
    for who in ("alice", "bob"):
        assert team.cli(who, "profile", "set", "--name", who.title()).returncode == 0  # type: ignore[attr-defined]
    shared = team.cli("alice", "entry", "share", str(team.alice_shared), "--with", SAM)
    assert shared.returncode == 0, shared.stderr  # type: ignore[attr-defined]
    try:
        yield team
    finally:
        pg_server.drop_database(database)


@pytest.fixture
def connect(team: Team) -> Iterator[object]:
    engines: list[sa.Engine] = []

    def open_as(who: str) -> sa.Connection:
        engine = sa.create_engine(team.url(who), isolation_level="AUTOCOMMIT")
        engines.append(engine)
        return engine.connect()

    yield open_as
    for engine in engines:
        engine.dispose()


def _tables(team: Team) -> dict[str, set[str]]:
    engine = _admin_engine(team)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT c.table_name, c.column_name FROM information_schema.columns c "
                    "JOIN pg_tables t ON t.tablename = c.table_name AND t.schemaname = "
                    "c.table_schema WHERE c.table_schema = 'public'"
                )
            ).all()
    finally:
        engine.dispose()
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    return found


def _refused(connection: sa.Connection, sql: str, params: dict[str, object] | None = None) -> str:
    """The error PostgreSQL gave for ``sql`` (the test fails if it was allowed)."""
    try:
        connection.execute(sa.text(sql), params or {})
    except DBAPIError as error:
        return str(error.orig)
    raise AssertionError(f"allowed: {sql}")


def _count(connection: sa.Connection, sql: str, params: dict[str, object] | None = None) -> int:
    return int(connection.execute(sa.text(sql), params or {}).scalar_one())


def test_every_table_has_row_level_security_forced(team: Team) -> None:
    engine = _admin_engine(team)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind = 'r'"
                )
            ).all()
    finally:
        engine.dispose()
    assert len(rows) >= 14
    assert [name for name, enabled, forced in rows if not (enabled and forced)] == []


def test_a_practitioner_sees_and_changes_only_their_own_rows_in_every_table(
    team: Team, connect: object
) -> None:
    tables = _tables(team)
    owned = sorted(t for t, columns in tables.items() if "owner" in columns)
    assert {"entries", "entry_sections", "settings", "feeds", "shares", "evidence_files"} <= set(
        owned
    )
    engine = _admin_engine(team)
    with engine.connect() as admin:
        alice_rows = {
            t: _count(admin, f"SELECT count(*) FROM \"{t}\" WHERE owner = '{ALICE}'") for t in owned
        }
        bob_rows = {
            t: _count(admin, f"SELECT count(*) FROM \"{t}\" WHERE owner = '{BOB}'") for t in owned
        }
    engine.dispose()
    # Alice really has rows in the journal tables (so "Bob sees none" means something)
    for table in (
        "entries",
        "entry_sections",
        "entry_tags",
        "entry_standards",
        "entry_evidence",
        "evidence_files",
        "settings",
        "shares",
    ):
        assert alice_rows[table] > 0, table
    bob = connect("bob")  # type: ignore[operator]
    for table in owned:
        assert _count(bob, f'SELECT count(*) FROM "{table}"') == bob_rows[table], table
        assert _count(bob, f'SELECT count(*) FROM "{table}" WHERE owner <> current_user') == 0
        assert (
            bob.execute(
                sa.text(f"UPDATE \"{table}\" SET owner = owner WHERE owner = '{ALICE}'")
            ).rowcount
            == 0
        )
        assert (
            bob.execute(sa.text(f"DELETE FROM \"{table}\" WHERE owner = '{ALICE}'")).rowcount == 0
        )
    engine = _admin_engine(team)
    with engine.connect() as admin:
        after = {
            t: _count(admin, f"SELECT count(*) FROM \"{t}\" WHERE owner = '{ALICE}'") for t in owned
        }
    engine.dispose()
    assert after == alice_rows


def test_a_practitioner_cannot_forge_an_owner_or_hang_rows_off_someone_elses_entry(
    team: Team, connect: object
) -> None:
    bob = connect("bob")  # type: ignore[operator]
    alice_entry = team.alice_private
    forged = {
        "entries": "INSERT INTO entries (uid, title, activity_type, start_date, quarter_hours, "
        "source_url, source_provider, source_author, source_publication, source_notes, "
        "template_id, has_peer, peer_name, peer_role, peer_text, status, created_at, updated_at, "
        "inbox, provider_approval, owner) VALUES ('forged-uid', 't', 'workshop', '2026-11-01', 1, "
        "'', '', '', '', '', 'swe', false, '', '', '', 'complete', now(), now(), false, '', "
        f"'{ALICE}')",
        "settings": "INSERT INTO settings (key, value, owner) "
        f"VALUES ('practitioner', '{{}}', '{ALICE}')",
        "feeds": "INSERT INTO feeds (url, title, custom_title, site_url, category, enabled, "
        "discover_from, etag, last_modified, body_hash, last_error, degraded, "
        "consecutive_failures, created_at, owner) VALUES ('https://f.example/', '', '', '', '', "
        f"true, '', '', '', '', '', '', 0, now(), '{ALICE}')",
        "evidence_files": "INSERT INTO evidence_files (sha256, size, owner) VALUES "
        f"(repeat('a', 64), 1, '{ALICE}')",
        "progress_figures": "INSERT INTO progress_figures (regulator_id, period_start, "
        "period_end, met, computed_at, owner) VALUES ('swe', '2025-12-01', '2026-11-30', true, "
        f"now(), '{ALICE}')",
        "shares": f"INSERT INTO shares (entry_id, supervisor, shared_at, owner) VALUES "
        f"({alice_entry}, '{SAM}', now(), '{ALICE}')",
        # file-based review (0011_review_owner): a pack, a replay record, a trusted key
        "review_packs": "INSERT INTO review_packs (pack_hash, created_at, entries_json, owner) "
        f"VALUES (repeat('b', 64), now(), '{{}}', '{ALICE}')",
        "review_responses": "INSERT INTO review_responses (response_hash, pack_hash, "
        f"imported_at, owner) VALUES (repeat('c', 64), repeat('b', 64), now(), '{ALICE}')",
        "reviewer_keys": "INSERT INTO reviewer_keys (reviewer, public_key, fingerprint, "
        f"first_seen, owner) VALUES ('mallory', 'k', 'f', now(), '{ALICE}')",
    }
    for table, sql in forged.items():
        assert "row-level security" in _refused(bob, sql), table
    # rows of his own, but hanging off Alice's entry
    children = {
        "entry_sections": "INSERT INTO entry_sections (entry_id, position, key, text) VALUES "
        f"({alice_entry}, 9, 'learnt', 'graffiti')",
        "entry_tags": f"INSERT INTO entry_tags (entry_id, tag, position) VALUES ({alice_entry}, "
        "'graffiti', 9)",
        "entry_standards": "INSERT INTO entry_standards (entry_id, standard_id, position) VALUES "
        f"({alice_entry}, 'swe:1.1', 9)",
        "entry_topics": "INSERT INTO entry_topics (entry_id, topic_id, position) VALUES "
        f"({alice_entry}, 'law', 9)",
        # sharing Alice's entry with a supervisor of his choosing
        "shares": f"INSERT INTO shares (entry_id, supervisor, shared_at) VALUES ({alice_entry}, "
        f"'{SAM}', now())",
    }
    for table, sql in children.items():
        assert "row-level security" in _refused(bob, sql), table
    # giving his own entry away, or sharing it with someone who is not a supervisor
    assert "row-level security" in _refused(
        bob, f"UPDATE entries SET owner = '{ALICE}' WHERE id = :id", {"id": team.bob_entry}
    )
    assert "row-level security" in _refused(
        bob,
        f"INSERT INTO shares (entry_id, supervisor, shared_at) VALUES (:id, '{ALICE}', now())",
        {"id": team.bob_entry},
    )
    # every owned table is covered above, so a new per-person table needs a test here
    owned = {t for t, columns in _tables(team).items() if "owner" in columns}
    covered = set(forged) | set(children) | {"entry_evidence", "feed_items", "purged_items"}
    assert owned <= covered, owned - covered


def test_nobody_can_become_someone_else(team: Team, connect: object) -> None:
    bob = connect("bob")  # type: ignore[operator]
    for role in (ALICE, SAM, LEE, SUPERVISOR, LEAD, "cpdlog_admin"):
        assert "permission denied" in _refused(bob, f'SET ROLE "{role}"'), role
    sam = connect("sam")  # type: ignore[operator]
    assert "permission denied" in _refused(sam, f'SET ROLE "{ALICE}"')
    assert "permission denied" in _refused(sam, f'SET ROLE "{PRACTITIONER}"')
    # a practitioner who becomes their own group gets nothing more (rows owned by the group)
    bob.execute(sa.text(f'SET ROLE "{PRACTITIONER}"'))
    assert _count(bob, "SELECT count(*) FROM entries") == 0
    bob.execute(sa.text("RESET ROLE"))
    # and no one may make tables, functions or roles of their own to get round the policies
    assert "permission denied" in _refused(bob, "CREATE TABLE mine (x int)")
    assert "permission denied" in _refused(bob, "CREATE ROLE sneaky")
    assert "must be owner" in _refused(bob, "ALTER TABLE entries DISABLE ROW LEVEL SECURITY")


def test_search_never_reaches_someone_elses_text(team: Team, connect: object) -> None:
    bob = connect("bob")  # type: ignore[operator]
    sam = connect("sam")  # type: ignore[operator]
    alice = connect("alice")  # type: ignore[operator]
    like = "SELECT count(*) FROM entry_sections WHERE text ILIKE :q"
    assert _count(alice, like, {"q": f"%{SECRET}%"}) == 1
    assert _count(bob, like, {"q": f"%{SECRET}%"}) == 0
    # any tsvector (full-text) column, wherever it is, gives nothing away either
    for table, column in _vector_columns(team):
        sql = f'SELECT count(*) FROM "{table}" WHERE "{column}" @@ plainto_tsquery(\'simple\', :q)'
        assert _count(bob, sql, {"q": SECRET}) == 0, (table, column)
        if table == "entries":  # where alice wrote it (no feed item of hers holds it)
            assert _count(alice, sql, {"q": SECRET}) >= 1, (table, column)
    # the services' own search, as each of them
    alice_app = App.open(team.homes["alice"], team.url("alice"))
    bob_app = App.open(team.homes["bob"], team.url("bob"))
    try:
        assert [h.entry.title for h in alice_app.entries.search(SECRET)] == ["Care Act workshop"]
        assert bob_app.entries.search(SECRET) == []
        assert [e.title for e in bob_app.entries.list_entries()] == ["Bob's course"]
        assert sorted(e.title for e in alice_app.entries.list_entries()) == [
            "Care Act workshop",
            "Private thoughts",
        ]
    finally:
        alice_app.close()
        bob_app.close()
    # the supervisor's search sees the shared entry only
    assert _count(sam, like, {"q": f"%{SECRET}%"}) == 1
    assert _count(sam, like, {"q": "%Very private%"}) == 0


def _vector_columns(team: Team) -> list[tuple[str, str]]:
    engine = _admin_engine(team)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT table_name, column_name FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND udt_name = 'tsvector'"
                )
            ).all()
    finally:
        engine.dispose()
    return [(str(t), str(c)) for t, c in rows]


def test_a_supervisor_reads_only_what_is_shared_with_them_and_changes_nothing(
    team: Team, connect: object
) -> None:
    sam = connect("sam")  # type: ignore[operator]
    ids = [r[0] for r in sam.execute(sa.text("SELECT id FROM entries ORDER BY id"))]
    assert ids == [team.alice_shared]
    for table in ("entry_sections", "entry_tags", "entry_standards", "entry_evidence"):
        entries = {r[0] for r in sam.execute(sa.text(f"SELECT entry_id FROM {table}"))}
        assert entries == {team.alice_shared}, table
    assert _count(sam, "SELECT count(*) FROM evidence_files") == 1
    assert _count(sam, "SELECT count(*) FROM shares") == 1
    for table in ("feeds", "feed_items", "purged_items", "progress_figures"):
        assert "permission denied" in _refused(sam, f"SELECT * FROM {table}"), table
    # settings: only their own review signing key, to answer review packs on their account
    # (tests/postgres/test_team_review_files.py)
    assert _count(sam, "SELECT count(*) FROM settings") == 0
    assert "row-level security" in _refused(
        sam, "INSERT INTO settings (key, value) VALUES ('profile', '{}')"
    )
    assert "row-level security" in _refused(
        sam,
        f"INSERT INTO settings (key, value, owner) VALUES ('review.signing_key', '{{}}', "
        f"'{ALICE}')",
    )
    for sql in (
        "DELETE FROM settings",
        "UPDATE entries SET title = 'changed'",
        "DELETE FROM entries",
        "UPDATE entry_sections SET text = 'changed'",
        "DELETE FROM entry_sections",
        "INSERT INTO entry_tags (entry_id, tag, position) VALUES (1, 'x', 9)",
        "UPDATE shares SET withdrawn_at = NULL",
        "DELETE FROM shares",
        "INSERT INTO team_sources (title, url, folder, published_at) VALUES ('x', 'https://x/', "
        "'', now())",
        f"SELECT * FROM {PROGRESS_FUNCTION}()",
    ):
        assert "permission denied" in _refused(sam, sql), sql


def test_a_share_withdrawn_hides_the_entry_again(team: Team, connect: object) -> None:
    sam = connect("sam")  # type: ignore[operator]
    shared = team.cli("alice", "entry", "share", str(team.alice_private), "--with", SAM)
    assert shared.returncode == 0, shared.stderr  # type: ignore[attr-defined]
    assert _count(sam, "SELECT count(*) FROM entries") == 2
    listed = run_cli("--database-url", team.url("sam"), "review", "list", home=team.homes["sam"])
    assert listed.returncode == 0, listed.stderr
    assert "Private thoughts" in listed.stdout and ALICE in listed.stdout
    # in the trash, a shared entry is hidden from the supervisor, its details too
    assert team.cli("alice", "entry", "delete", str(team.alice_private)).returncode == 0  # type: ignore[attr-defined]
    assert [r[0] for r in sam.execute(sa.text("SELECT id FROM entries"))] == [team.alice_shared]
    for table in ("entry_sections", "entry_tags", "entry_standards", "entry_evidence"):
        rows = {r[0] for r in sam.execute(sa.text(f"SELECT entry_id FROM {table}"))}
        assert rows == {team.alice_shared}, table
    assert _count(sam, "SELECT count(*) FROM evidence_files") == 1
    assert team.cli("alice", "entry", "restore", str(team.alice_private)).returncode == 0  # type: ignore[attr-defined]
    assert _count(sam, "SELECT count(*) FROM entries") == 2
    gone = team.cli("alice", "entry", "unshare", str(team.alice_private))
    assert gone.returncode == 0, gone.stderr  # type: ignore[attr-defined]
    assert "no longer shared" in gone.stdout  # type: ignore[attr-defined]
    assert [r[0] for r in sam.execute(sa.text("SELECT id FROM entries"))] == [team.alice_shared]
    assert _count(sam, "SELECT count(*) FROM entry_sections WHERE text LIKE 'Very private%'") == 0
    listed = run_cli("--database-url", team.url("sam"), "review", "list", home=team.homes["sam"])
    assert "Private thoughts" not in listed.stdout and "Care Act workshop" in listed.stdout


def test_the_lead_sees_figures_and_never_a_word_of_anyone_s_journal(
    team: Team, connect: object
) -> None:
    lee = connect("lee")  # type: ignore[operator]
    journal = [
        t for t, columns in _tables(team).items() if t not in ("alembic_version", "team_sources")
    ]
    assert "entries" in journal and "entry_sections" in journal
    for table in journal:
        assert "permission denied" in _refused(lee, f'SELECT * FROM "{table}"'), table
        assert "permission denied" in _refused(lee, f'DELETE FROM "{table}"'), table
    published = team.cli("alice", "team", "publish-progress")
    assert published.returncode == 0, published.stderr  # type: ignore[attr-defined]
    result = lee.execute(sa.text(f"SELECT * FROM {PROGRESS_FUNCTION}()"))
    assert list(result.keys()) == [
        "person",
        "entries",
        "complete_entries",
        "hours",
        "regulator_id",
        "period_end",
        "met",
        "days_left",
        "figures_at",
    ]
    rows = {r.person: r for r in result}
    # every practitioner on the server (other tests' too), and nobody else
    assert {ALICE, BOB} <= set(rows) and not {SAM, LEE} & set(rows)
    assert rows[ALICE].complete_entries == 2 and float(rows[ALICE].hours) == 4.0
    assert rows[ALICE].regulator_id == "swe" and rows[ALICE].met is False
    assert rows[ALICE].days_left is not None
    assert rows[BOB].met is None and rows[BOB].complete_entries == 1
    text = " ".join(str(value) for row in rows.values() for value in row)
    assert SECRET not in text and "Care Act" not in text
    # practitioners and supervisors cannot call it
    for who in ("alice", "sam"):
        assert "permission denied" in _refused(
            connect(who),  # type: ignore[operator]
            f"SELECT * FROM {PROGRESS_FUNCTION}()",
        )
    # looking at their progress on the server publishes it too
    looked = team.cli("bob", "progress")
    assert looked.returncode == 0, looked.stderr  # type: ignore[attr-defined]
    bob_row = lee.execute(
        sa.text(f"SELECT met, regulator_id FROM {PROGRESS_FUNCTION}() WHERE person = :p"),
        {"p": BOB},
    ).one()
    assert bob_row.met is False and bob_row.regulator_id == "swe"
    # the same through the command line
    figures = run_cli("--database-url", team.url("lee"), "team", "progress", home=team.homes["lee"])
    assert figures.returncode == 0, figures.stderr
    assert ALICE in figures.stdout and "not yet" in figures.stdout


def test_each_role_in_cpdlog_itself(team: Team) -> None:
    sam = App.open(team.homes["sam"], team.url("sam"))
    try:
        entry = sam.entries.get(team.alice_shared)
        assert entry.title == "Care Act workshop"
        assert SECRET in entry.reflection.sections["description"]
        with pytest.raises(NotFoundError):
            sam.entries.get(team.alice_private)
    finally:
        sam.close()
    edit = run_cli(
        "--database-url",
        team.url("sam"),
        "entry",
        "delete",
        str(team.alice_shared),
        home=team.homes["sam"],
    )
    assert edit.returncode == 1 and "may not do this" in edit.stderr
    assert edit.stderr.count("\n") == 1 and PASSWORDS["sam"] not in edit.stderr
    bob = run_cli(
        "--database-url",
        team.url("bob"),
        "entry",
        "show",
        str(team.alice_shared),
        home=team.homes["bob"],
    )
    assert bob.returncode == 2 and "Care Act" not in bob.stdout + bob.stderr
    lee = run_cli("--database-url", team.url("lee"), "entry", "list", home=team.homes["lee"])
    assert lee.returncode == 1 and "may not do this" in lee.stderr and "Care Act" not in lee.stdout
