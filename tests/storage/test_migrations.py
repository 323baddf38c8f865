"""Schema upgrades: an old database file keeps its data; a newer one is refused untouched."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from cpdlog.errors import DatabaseTooNewError, StorageError
from cpdlog.services.app import App
from cpdlog.storage.migrate import current_revision, head_revision

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def old_home(tmp_path: Path) -> Path:
    """A data folder holding the database written by the first schema revision."""
    home = tmp_path / "old"
    home.mkdir()
    shutil.copyfile(FIXTURES / "rev_0001.sqlite", home / "cpdlog.sqlite")
    shutil.copytree(FIXTURES / "rev_0001_evidence", home / "evidence")
    return home


def test_first_revision_database_upgrades_and_keeps_its_data(old_home: Path):
    before = sqlite3.connect(old_home / "cpdlog.sqlite")
    assert before.execute("select version_num from alembic_version").fetchone() == ("0001_journal",)
    before.close()

    app = App.open(old_home)
    try:
        assert current_revision(app.db) == head_revision()
        live = app.entries.list_entries()
        titles = sorted(e.title for e in live)
        assert titles == [
            "Care Act refresher — ŵ ŷ Māori “quotes”",
            "Podcast on trauma-informed practice",
        ]
        care = next(e for e in live if e.title.startswith("Care Act"))
        assert care.peer is not None and care.peer.text == "We discussed eligibility."
        assert care.standards == ["swe:4.4"] and care.tags == ["care act"]
        (ev,) = care.evidence
        assert app.entries.evidence_path(ev.sha256).read_text().startswith("Certificate")
        assert [e.title for e in app.entries.trash()] == ["Deleted entry"]
        assert app.profile.get().name == "Alex Example"
        assert app.entries.search("eligibility")
        if head_revision() != "0001_journal":
            assert app.upgrade_backup is not None
            backup = Path(app.upgrade_backup)
            assert backup.parent == old_home / "backups"
            copy = sqlite3.connect(backup)
            assert copy.execute("select version_num from alembic_version").fetchone() == (
                "0001_journal",
            )
            assert copy.execute("select count(*) from entries").fetchone() == (3,)
            copy.close()
    finally:
        app.close()


def test_capture_inbox_revision_database_upgrades_and_keeps_its_data(tmp_path: Path):
    # Written by cpdlog itself at commit cc6c924, when 0003_capture_inbox was the newest
    # revision (how: tests/fixtures/db/README.md): entries with sections, a peer reflection,
    # standards, tags and evidence, a draft, one in the trash, a followed feed with two items
    # (one logged as CPD) and a page captured into the Inbox.
    home = tmp_path / "old"
    home.mkdir()
    shutil.copyfile(FIXTURES / "rev_0003.sqlite", home / "cpdlog.sqlite")
    shutil.copytree(FIXTURES / "rev_0003_evidence", home / "evidence")

    app = App.open(home)
    try:
        assert current_revision(app.db) == head_revision()
        live = {e.title: e for e in app.entries.list_entries()}
        assert sorted(live) == [
            "A blog post on ASYE",
            "Draft on supervision",
            "MCA workshop — “best interests”",
            "Strengths-based supervision",
        ]
        mca = live["MCA workshop — “best interests”"]
        assert mca.status.value == "complete" and mca.hours == 3
        assert mca.reflection.sections["impact"] == "I now record each decision separately."
        assert mca.peer is not None and mca.peer.text == "We compared recording styles."
        assert mca.standards == ["swe:3.2"] and mca.tags == ["capacity", "law"]
        (ev,) = mca.evidence
        assert app.entries.evidence_path(ev.sha256).read_text().startswith("Certificate")
        # the columns the next revisions added start empty rather than guessed
        assert mca.delivery is None and mca.topics == [] and mca.provider_approval == ""
        assert live["Draft on supervision"].status.value == "draft"
        assert [e.title for e in app.entries.trash()] == ["Entry to delete"]
        assert [e.title for e in app.capture.inbox()] == ["A blog post on ASYE"]
        assert live["Strengths-based supervision"].feed_item_id is not None
        (feed,) = app.feeds.list_feeds()
        assert feed.title == "Practice notes — ŵ" and feed.category == "Practice"
        items = {i.title: i for i in app.feeds.list_items()}
        assert sorted(items) == ["Mental Capacity Act update", "Strengths-based supervision"]
        assert "builds" in items["Strengths-based supervision"].content_html
        assert [hit.entry.title for hit in app.entries.search("decision")] == [mca.title]
        assert app.feeds.search_items("Liberty")
        assert app.profile.get().name == "Sam Example"
        if head_revision() != "0003_capture_inbox":
            assert app.upgrade_backup is not None
            copy = sqlite3.connect(app.upgrade_backup)
            assert copy.execute("select version_num from alembic_version").fetchone() == (
                "0003_capture_inbox",
            )
            assert copy.execute("select count(*) from entries").fetchone() == (5,)
            copy.close()
    finally:
        app.close()


def test_rules_fields_revision_database_upgrades_to_the_team_schema_unchanged(tmp_path: Path):
    # Written by cpdlog itself at commit e9cf180, when 0004_rules_fields was the newest
    # revision (tests/fixtures/db/README.md). 0007_team adds an ``owner`` that stays NULL on
    # SQLite (one person's journal) and the team tables, which stay empty.
    home = tmp_path / "old"
    home.mkdir()
    shutil.copyfile(FIXTURES / "rev_0004.sqlite", home / "cpdlog.sqlite")
    shutil.copytree(FIXTURES / "rev_0004_evidence", home / "evidence")

    app = App.open(home)
    try:
        assert current_revision(app.db) == head_revision()
        live = {e.title: e for e in app.entries.list_entries()}
        assert sorted(live) == ["Draft podcast", "Workshop on the Care Act"]
        workshop = live["Workshop on the Care Act"]
        assert workshop.reflection.sections["learnt"] == "What I learnt about eligibility."
        assert workshop.peer is not None and workshop.peer.name == "Sam Lee"
        assert workshop.tags == ["law", "adults"] and workshop.standards == ["swe:4.6"]
        (ev,) = workshop.evidence
        assert app.entries.evidence_path(ev.sha256).read_text() == "certificate body\n"
        assert app.profile.get().name == "Sam Example"
        # a new entry and a changed profile still work with the per-person keys' columns
        app.profile.update(name="Sam Example-Jones")
        assert app.profile.get().name == "Sam Example-Jones"
        assert app.upgrade_backup is not None
    finally:
        app.close()
    raw = sqlite3.connect(home / "cpdlog.sqlite")
    try:
        for table in ("entries", "entry_sections", "entry_evidence", "evidence_files", "settings"):
            owners = raw.execute(f"select distinct owner from {table}").fetchall()
            assert owners == [(None,)], table
        for table in ("shares", "team_sources", "progress_figures"):
            assert raw.execute(f"select count(*) from {table}").fetchone() == (0,)
    finally:
        raw.close()


def test_new_database_is_created_at_head_without_a_backup(tmp_path: Path):
    app = App.open(tmp_path / "new")
    try:
        assert current_revision(app.db) == head_revision()
        assert app.upgrade_backup is None
        assert list((tmp_path / "new" / "backups").iterdir()) == []
    finally:
        app.close()


def test_database_from_a_newer_cpdlog_is_refused_untouched(tmp_path: Path):
    home = tmp_path / "future"
    home.mkdir()
    db = home / "cpdlog.sqlite"
    shutil.copyfile(FIXTURES / "rev_0001.sqlite", db)
    conn = sqlite3.connect(db)
    conn.execute("update alembic_version set version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    digest = _digest(db)
    with pytest.raises(DatabaseTooNewError, match="newer version of cpdlog"):
        App.open(home)
    assert _digest(db) == digest
    assert not list((home / "backups").iterdir())


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path):
    home = tmp_path / "notdb"
    home.mkdir()
    db = home / "cpdlog.sqlite"
    db.write_text("These are my notes, not a database.\n" * 50)
    digest = _digest(db)
    with pytest.raises(StorageError, match="not a cpdlog database"):
        App.open(home)
    assert _digest(db) == digest


def test_a_corrupt_database_is_refused(tmp_path: Path):
    home = tmp_path / "corrupt"
    home.mkdir()
    db = home / "cpdlog.sqlite"
    data = bytearray((FIXTURES / "rev_0001.sqlite").read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    db.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged"):
        app = App.open(home)
        app.entries.list_entries()


def test_someone_elses_sqlite_database_is_not_touched(tmp_path: Path):
    home = tmp_path / "other"
    home.mkdir()
    db = home / "cpdlog.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("create table recipes (name text)")
    conn.commit()
    conn.close()
    digest = _digest(db)
    with pytest.raises(StorageError, match="not one made by cpdlog"):
        App.open(home)
    assert _digest(db) == digest


def test_quick_head_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from cpdlog.storage.migrate import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {s.revision for s in script.walk_revisions()}
