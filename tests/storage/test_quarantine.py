"""Start-up check: evidence rows whose id is not a SHA-256 are set aside, listed, never used."""

import json
import shutil
import sqlite3
from pathlib import Path

from cpdlog.services.app import App
from tests.conftest import FIXED_NOW, make_entry, run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
TRAVERSAL = "../../../../../../../../../{victim}"


def _inject_bad_evidence(database: Path, entry_uid: str, bad_id: str) -> None:
    """What an older cpdlog stored when it imported a crafted backup."""
    db = sqlite3.connect(database)
    try:
        (entry_id,) = db.execute("SELECT id FROM entries WHERE uid = ?", (entry_uid,)).fetchone()
        db.execute("INSERT INTO evidence_files (sha256, size) VALUES (?, 1)", (bad_id,))
        db.execute(
            "INSERT INTO entry_evidence (entry_id, sha256, filename, media_type, size, position,"
            " added_at) VALUES (?, ?, 'f.txt', 'text/plain', 1, 5, '2026-03-01 10:00:00.000000')",
            (entry_id, bad_id),
        )
        db.commit()
    finally:
        db.close()


def test_bad_evidence_rows_are_set_aside_listed_and_never_touch_the_victim(tmp_path: Path):
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    home = tmp_path / "home"
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        kept = app.entries.add(make_entry(title="Keeps its words"))
        binned = app.entries.add(make_entry(title="In the trash"))
        app.entries.delete(binned.id)
    finally:
        app.close()
    bad = TRAVERSAL.format(victim=str(victim).lstrip("/"))
    _inject_bad_evidence(home / "cpdlog.sqlite", binned.uid, bad)

    reopened = App.open(home, clock=lambda: FIXED_NOW)
    try:
        (notice,) = reopened.notices
        assert "set aside 1 evidence record" in notice
        notes = list((home / "quarantine").glob("evidence-*.json"))
        assert len(notes) == 1 and str(notes[0]) in notice
        record = json.loads(notes[0].read_text(encoding="utf-8"))
        (row,) = record["entry_evidence"]
        assert row["sha256"] == bad and row["entry_uid"] == binned.uid
        assert row["entry_title"] == "In the trash" and row["filename"] == "f.txt"
        assert record["evidence_files"] == [bad]
        # the entries themselves and their words are untouched; only the bad link is gone
        (trashed,) = reopened.entries.trash()
        assert trashed.evidence == [] and trashed.reflection == binned.reflection
        assert reopened.entries.get(kept.id).title == "Keeps its words"
        assert reopened.entries.empty_trash() == 1
        assert victim.read_text() == "someone else's file"
        out = tmp_path / "leak.zip"
        reopened.transfer.export_json(out)
    finally:
        reopened.close()
    assert victim.exists()
    # told once: the next opening finds nothing more to set aside
    again = App.open(home, clock=lambda: FIXED_NOW)
    try:
        assert again.notices == []
    finally:
        again.close()


def test_the_cli_says_once_on_stderr_what_was_set_aside(tmp_path: Path):
    home = tmp_path / "home"
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        entry = app.entries.add(make_entry(title="Crafted"))
    finally:
        app.close()
    _inject_bad_evidence(home / "cpdlog.sqlite", entry.uid, "../../../../etc/passwd")
    first = run_cli("entry", "list", home=home)
    assert first.returncode == 0, first.stderr
    assert "set aside 1 evidence record" in first.stderr
    assert len(first.stderr.strip().splitlines()) == 1
    assert "Crafted" in first.stdout
    second = run_cli("entry", "list", home=home)
    assert second.returncode == 0 and second.stderr == ""


def test_the_first_revision_database_is_upgraded_then_checked(tmp_path: Path):
    home = tmp_path / "old"
    home.mkdir()
    shutil.copyfile(FIXTURES / "rev_0001.sqlite", home / "cpdlog.sqlite")
    shutil.copytree(FIXTURES / "rev_0001_evidence", home / "evidence")
    db = sqlite3.connect(home / "cpdlog.sqlite")
    (uid,) = db.execute("SELECT uid FROM entries WHERE title LIKE 'Care Act%'").fetchone()
    db.close()
    _inject_bad_evidence(home / "cpdlog.sqlite", uid, "ABCDEF" * 10 + "ABCD")  # upper case
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        assert len(app.notices) == 1 and "set aside 1 evidence record" in app.notices[0]
        care = next(e for e in app.entries.list_entries() if e.title.startswith("Care Act"))
        (ev,) = care.evidence  # the genuine certificate stays
        path = app.entries.evidence_path(ev.sha256)
        assert path is not None and path.read_text().startswith("Certificate")
    finally:
        app.close()


def test_the_cheap_first_query_flags_every_id_the_full_check_would_set_aside(
    tmp_path: Path, journal_url: str | None
):
    """The start-up check runs its full (ORM) pass only when a plain query finds a suspect row:
    that query must flag everything ``is_evidence_id`` rejects, and nothing a real id is."""
    from sqlalchemy import text

    from cpdlog.domain.entry import is_evidence_id
    from cpdlog.storage.quarantine import any_suspect_evidence

    good = "0123456789abcdef" * 4
    bad = [
        good[:-1],  # 63 digits
        good + "0",  # 65
        good.upper(),
        good[:-1] + "g",
        good[:-1] + "\n",
        good[:-1] + "٣",  # an Arabic-Indic digit: \d would match it, hex must not
        "../../../../etc/passwd",
        "",
    ]
    home = tmp_path / "home"
    app = App.open(home, database_url=journal_url, clock=lambda: FIXED_NOW)
    try:
        with app.db.session() as session:
            assert not any_suspect_evidence(session)  # an empty journal
            session.execute(
                text("INSERT INTO evidence_files (sha256, size) VALUES (:s, 1)"), {"s": good}
            )
            assert not any_suspect_evidence(session)  # a real id is not suspect
        for value in bad:
            assert not is_evidence_id(value)
            if journal_url is not None and len(value) > 64:
                continue  # PostgreSQL's varchar(64) refuses it itself
            with app.db.session() as session:
                session.execute(
                    text("INSERT INTO evidence_files (sha256, size) VALUES (:s, 1)"), {"s": value}
                )
                assert any_suspect_evidence(session), repr(value)
                session.rollback()
        if journal_url is not None:
            return  # PostgreSQL's text column cannot hold a blob
        with app.db.session() as session:  # stored as a blob by some other tool
            session.execute(
                text("INSERT INTO evidence_files (sha256, size) VALUES (:s, 1)"),
                {"s": good.encode()},
            )
            assert any_suspect_evidence(session)
            session.rollback()
    finally:
        app.close()
