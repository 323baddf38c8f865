"""0007_team on PostgreSQL: a one-person database from before teams upgrades with its data,
and its rows can be handed to their practitioner."""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa

from cpdlog.services.app import App
from cpdlog.storage.db import Database
from cpdlog.storage.migrate import current_revision, upgrade
from tests.conftest import run_cli
from tests.pgserver import PostgresServer

PERSON = "solo_" + uuid.uuid4().hex[:6]
SHA = "ab" * 32


def _seed_at_0004(url: str) -> None:
    db = Database(url, "test")
    try:
        upgrade(db, None, target="0004_rules_fields")
        assert current_revision(db) == "0004_rules_fields"
    finally:
        db.dispose()
    engine = sa.create_engine(url)
    with engine.begin() as c:
        c.execute(
            sa.text(
                "INSERT INTO entries (id, uid, title, activity_type, start_date, quarter_hours, "
                "source_url, source_provider, source_author, source_publication, source_notes, "
                "template_id, has_peer, peer_name, peer_role, peer_text, status, created_at, "
                "updated_at, inbox, provider_approval) VALUES (1, 'u-1', 'Old entry', 'course', "
                "'2026-10-01', 8, '', '', '', '', '', 'swe', false, '', '', '', 'complete', "
                "now(), now(), false, '')"
            )
        )
        c.execute(
            sa.text(
                "INSERT INTO entry_sections (entry_id, position, key, text) "
                "VALUES (1, 0, 'learnt', 'Old reflection')"
            )
        )
        c.execute(sa.text(f"INSERT INTO evidence_files (sha256, size) VALUES ('{SHA}', 3)"))
        c.execute(
            sa.text(
                "INSERT INTO entry_evidence (entry_id, sha256, filename, media_type, size, "
                f"position, added_at, kind) VALUES (1, '{SHA}', 'c.pdf', 'application/pdf', 3, "
                "0, now(), 'certificate')"
            )
        )
        c.execute(
            sa.text(
                "INSERT INTO settings (key, value) VALUES ('practitioner', '{\"name\": \"Solo\"}')"
            )
        )
    engine.dispose()


def test_a_one_person_database_upgrades_and_is_handed_to_its_practitioner(
    pg_server: PostgresServer, pg_database: str, tmp_path: Path
) -> None:
    _seed_at_0004(pg_database)
    home = tmp_path / "admin"
    init = run_cli("server", "init", "--database-url", pg_database, home=home)
    assert init.returncode == 0, init.stderr
    assert "from 0004_rules_fields to" in init.stdout and "hand-over" in init.stdout
    password = tmp_path / "pw"
    password.write_text("solo-password-123\n", encoding="utf-8")
    added = run_cli(
        "server",
        "add-user",
        PERSON,
        "--role",
        "practitioner",
        "--password-file",
        str(password),
        "--database-url",
        pg_database,
        home=home,
    )
    assert added.returncode == 0, added.stderr
    url = pg_server.url(pg_database.rsplit("/", 1)[1], PERSON, "solo-password-123")
    before = App.open(tmp_path / "solo", url)
    try:
        assert before.entries.list_entries() == []  # still the administrator's rows
    finally:
        before.close()
    handed = run_cli("server", "hand-over", PERSON, "--database-url", pg_database, home=home)
    assert handed.returncode == 0, handed.stderr
    assert handed.stdout.startswith("1 entry,")
    app = App.open(tmp_path / "solo", url)
    try:
        (entry,) = app.entries.list_entries()
        assert entry.title == "Old entry" and entry.hours == 2
        assert entry.reflection.sections["learnt"] == "Old reflection"
        assert [e.sha256 for e in entry.evidence] == [SHA]
        assert app.profile.get().name == "Solo"
    finally:
        app.close()
    engine = sa.create_engine(pg_database)
    with engine.connect() as c:
        for table in ("entries", "entry_sections", "entry_evidence", "evidence_files", "settings"):
            owners = c.execute(sa.text(f"SELECT DISTINCT owner FROM {table}")).scalars().all()
            assert owners == [PERSON], table
    engine.dispose()
    nobody = run_cli(
        "server", "hand-over", "no_such_person", "--database-url", pg_database, home=home
    )
    assert nobody.returncode == 2 and "not a practitioner" in nobody.stderr


def test_0007_goes_down_and_up_again_on_postgresql(pg_database: str) -> None:
    from alembic import command

    from cpdlog.storage.migrate import alembic_config, head_revision

    db = Database(pg_database, "test")
    try:
        upgrade(db, None)
        with db.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0004_rules_fields")
        assert current_revision(db) == "0004_rules_fields"
        with db.engine.connect() as connection:
            columns = sa.inspect(connection).get_columns("entries")
            assert "owner" not in {c["name"] for c in columns}
            assert "shares" not in sa.inspect(connection).get_table_names()
        upgrade(db, None)
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
