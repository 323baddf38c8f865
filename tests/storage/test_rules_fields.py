"""The entry fields regulators' rules need: delivery, approval number, topics, certificates."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from cpdlog.domain.entry import Delivery, EvidenceKind
from cpdlog.domain.search import EntryFilter
from cpdlog.errors import ValidationError
from cpdlog.services.app import App
from cpdlog.storage.migrate import head_revision
from tests.conftest import FIXED_NOW, make_entry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_new_fields_round_trip_through_get_and_list(app, tmp_path):
    cert = tmp_path / "certificate.pdf"
    cert.write_bytes(b"%PDF-1.4 certificate of completion")
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    entry = make_entry(
        delivery=Delivery.SELF_STUDY,
        provider_approval="  NASW-NY 0012  ",
        topics=["professional-boundaries", "ethics", "ethics"],
    )
    saved = app.entries.add(entry, [notes], certificates=[cert])
    for loaded in (app.entries.get(saved.id), app.entries.list_entries()[0]):
        assert loaded.delivery is Delivery.SELF_STUDY
        assert loaded.provider_approval == "NASW-NY 0012"
        assert loaded.topics == ["professional-boundaries", "ethics"]
        kinds = {ev.filename: ev.kind for ev in loaded.evidence}
        assert kinds == {
            "notes.txt": EvidenceKind.EVIDENCE,
            "certificate.pdf": EvidenceKind.CERTIFICATE,
        }
        assert [ev.filename for ev in loaded.certificates] == ["certificate.pdf"]


def test_an_attached_file_given_again_as_certificate_becomes_one(app, tmp_path):
    cert = tmp_path / "cert.pdf"
    cert.write_bytes(b"%PDF-1.4 cert")
    saved = app.entries.add(make_entry(), [cert])
    assert saved.evidence[0].kind is EvidenceKind.EVIDENCE
    again = app.entries.update(saved, certificates=[cert])
    assert len(again.evidence) == 1 and again.evidence[0].is_certificate


def test_unknown_topic_and_bad_delivery_are_refused(app):
    with pytest.raises(ValidationError, match="Unknown topic 'astrology'"):
        app.entries.add(make_entry(topics=["astrology"]))
    with pytest.raises(ValidationError, match="not a topic id"):
        app.entries.add(make_entry(topics=["Ethics & more"]))
    with pytest.raises(ValidationError, match="Unknown delivery"):
        app.entries.add(make_entry(delivery="carrier-pigeon"))
    with pytest.raises(ValidationError, match="approval number is too long"):
        app.entries.add(make_entry(provider_approval="x" * 201))
    assert app.entries.list_entries(EntryFilter()) == []


def test_export_and_import_keep_the_new_fields(app, tmp_path):
    cert = tmp_path / "cert.pdf"
    cert.write_bytes(b"%PDF-1.4 cert")
    app.entries.add(
        make_entry(delivery=Delivery.LIVE, provider_approval="TX-123", topics=["ethics"]),
        certificates=[cert],
    )
    out = tmp_path / "journal.json"
    app.transfer.export_json(out)
    other = App.open(tmp_path / "other", clock=lambda: FIXED_NOW)
    try:
        assert other.transfer.import_json(out).added == 1
        (e,) = other.entries.list_entries()
        assert (e.delivery, e.provider_approval, e.topics) == (Delivery.LIVE, "TX-123", ["ethics"])
        assert e.evidence[0].is_certificate
    finally:
        other.close()


def test_old_database_upgrades_with_empty_new_fields_and_takes_them(tmp_path):
    home = tmp_path / "old"
    home.mkdir()
    shutil.copyfile(FIXTURES / "rev_0001.sqlite", home / "cpdlog.sqlite")
    shutil.copytree(FIXTURES / "rev_0001_evidence", home / "evidence")
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        care = next(e for e in app.entries.list_entries() if e.title.startswith("Care Act"))
        assert care.delivery is None and care.provider_approval == "" and care.topics == []
        assert [ev.kind for ev in care.evidence] == [EvidenceKind.EVIDENCE]
        care.topics = ["laws-and-rules"]
        care.delivery = Delivery.ONLINE_INTERACTIVE
        app.entries.update(care)
        again = app.entries.get(care.id)
        assert again.topics == ["laws-and-rules"]
        assert again.delivery is Delivery.ONLINE_INTERACTIVE
        assert again.peer is not None and again.peer.text == "We discussed eligibility."
    finally:
        app.close()
    db = sqlite3.connect(home / "cpdlog.sqlite")
    try:
        assert db.execute("select version_num from alembic_version").fetchone() == (
            head_revision(),
        )
        assert db.execute("select topic_id from entry_topics").fetchall() == [("laws-and-rules",)]
    finally:
        db.close()


def test_migration_downgrades_cleanly(tmp_path):
    from alembic import command

    from cpdlog.storage.migrate import alembic_config

    home = tmp_path / "h"
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        app.entries.add(make_entry(topics=["ethics"], day=dt.date(2026, 1, 2)))
        with app.db.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003_capture_inbox")
        with app.db.engine.begin() as conn:
            columns = {row[1] for row in conn.exec_driver_sql("pragma table_info(entries)")}
            assert "delivery" not in columns and "provider_approval" not in columns
            assert conn.exec_driver_sql("select count(*) from entries").scalar() == 1
            command.upgrade(alembic_config(conn), "0004_rules_fields")
    finally:
        app.close()
