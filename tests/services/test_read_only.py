"""A data folder that cannot be written: reading and exporting work; every change is refused.

CI runs as root, which ignores permission bits, so read-only is simulated with the
``read_only`` flag / ``CPDLOG_READ_ONLY=1`` and with a ``mode=ro`` SQLite URL; both open the
database read-only at the SQLite level too, so a write that slipped past the guard would fail.
"""

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from cpdlog.errors import ReadOnlyError, StorageError
from cpdlog.services.app import App
from cpdlog.storage.db import Database
from tests.conftest import FIXED_NOW, make_entry, run_cli

MESSAGE = "Your journal is open read-only"


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        note = tmp_path / "note.txt"
        note.write_text("Certificate of attendance")
        app.entries.add(make_entry(title="Read me"), [note])
        app.profile.update(name="Alex Example")
    finally:
        app.close()
    return home


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_and_exporting_work_and_every_change_is_refused(filled: Path, tmp_path: Path):
    before = _digest(filled / "cpdlog.sqlite")
    app = App.open(filled, clock=lambda: FIXED_NOW, read_only=True)
    try:
        assert app.read_only
        (entry,) = app.entries.list_entries()
        assert entry.title == "Read me"
        assert app.progress.report() is not None
        out = tmp_path / "export.zip"
        assert app.transfer.export_json(out) == 1
        assert out.is_file()
        with pytest.raises(ReadOnlyError, match=MESSAGE) as info:
            app.entries.add(make_entry(title="New"))
        assert "changes cannot be saved" in str(info.value) and info.value.exit_code == 1
        with pytest.raises(ReadOnlyError):
            app.entries.delete(entry.id)
        with pytest.raises(ReadOnlyError):
            app.profile.update(name="Someone else")
        note = tmp_path / "more.txt"
        note.write_text("more")
        with pytest.raises(ReadOnlyError):
            app.entries.update(entry, [note])
        with pytest.raises(ReadOnlyError):
            app.backups.backup()
        with pytest.raises(ReadOnlyError):
            app.transfer.import_json(out)
        assert [e.title for e in app.entries.list_entries()] == ["Read me"]
        # a copy elsewhere is an export, and still works
        copy = app.backups.backup(tmp_path / "copy.sqlite")
        assert sqlite3.connect(copy).execute("select count(*) from entries").fetchone() == (1,)
    finally:
        app.close()
    assert _digest(filled / "cpdlog.sqlite") == before
    assert list((filled / "backups").iterdir()) == []


def test_a_read_only_sqlite_url_is_read_only_at_the_database_too(filled: Path):
    path = filled / "cpdlog.sqlite"
    db = Database(f"sqlite:///file:{path}?mode=ro&uri=true", str(path), home=filled)
    assert db.read_only and db.sqlite_path == path
    try:
        from sqlalchemy import text

        with pytest.raises(ReadOnlyError, match=MESSAGE), db.session() as session:
            session.execute(text("DELETE FROM entries"))  # bypasses the ORM guard
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM entries")).scalar() == 1
    finally:
        db.dispose()


def test_a_read_only_folder_without_a_journal_or_needing_an_upgrade_is_explained(
    tmp_path: Path,
):
    with pytest.raises(StorageError, match="no cpdlog journal"):
        App.open(tmp_path / "empty", read_only=True)
    home = tmp_path / "old"
    home.mkdir()
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "rev_0001.sqlite"
    (home / "cpdlog.sqlite").write_bytes(fixture.read_bytes())
    with pytest.raises(StorageError, match="needs updating"):
        App.open(home, read_only=True)
    assert (home / "cpdlog.sqlite").read_bytes() == fixture.read_bytes()


def test_cli_reads_and_exports_but_writes_exit_1_with_one_line(filled: Path, tmp_path: Path):
    env = {"CPDLOG_READ_ONLY": "1"}
    listed = run_cli("entry", "list", "--json", home=filled, env=env)
    assert listed.returncode == 0, listed.stderr
    assert [e["title"] for e in json.loads(listed.stdout)] == ["Read me"]
    out = tmp_path / "all.json"
    exported = run_cli("export", "json", "-o", str(out), home=filled, env=env)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text())["entries"][0]["title"] == "Read me"
    for args in (
        ("entry", "add", "--title", "x", "--type", "blog", "--date", "2026-01-01"),
        ("profile", "set", "--name", "Z"),
        ("backup",),
    ):
        result = run_cli(*args, home=filled, env=env)
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.startswith(f"cpdlog: {MESSAGE}")
        assert "changes cannot be saved" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_when_mode_ro_cannot_open_the_database_it_is_opened_immutable(
    filled: Path, monkeypatch: pytest.MonkeyPatch
):
    # A WAL database whose -shm file is gone cannot be opened mode=ro in a folder that cannot
    # be written (root cannot reproduce that folder): simulate SQLite's refusal.
    import cpdlog.storage.db as db_module

    real_connect = sqlite3.connect
    opened: list[str] = []

    def connect(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        opened.append(str(database))
        if "mode=ro" in str(database) and "immutable=1" not in str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(db_module.sqlite3, "connect", connect)
    app = App.open(filled, clock=lambda: FIXED_NOW, read_only=True)
    try:
        assert [e.title for e in app.entries.list_entries()] == ["Read me"]
        with pytest.raises(ReadOnlyError):
            app.entries.add(make_entry(title="New"))
    finally:
        app.close()
    assert any("immutable=1" in name for name in opened)
