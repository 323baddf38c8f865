import csv
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from cpdlog.domain.entry import EntryStatus, PeerReflection
from cpdlog.domain.serialise import entry_to_dict
from cpdlog.errors import ValidationError
from cpdlog.services.app import App
from tests.conftest import FIXED_NOW, make_entry

pytestmark = pytest.mark.usefixtures("journal_url")  # on SQLite and on PostgreSQL


def _seed(app: App, tmp_path: Path) -> None:
    img = tmp_path / "flyer.png"
    img.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    app.entries.add(
        make_entry(
            title="Workshop: social media and CPD",
            standards=["swe:4.5"],
            tags=["#12thMW"],
            peer=PeerReflection("Sam", "Colleague", dt.date(2026, 3, 20), "Good chat."),
        ),
        [img],
    )
    app.entries.add(make_entry(title="Draft", status=EntryStatus.DRAFT))
    gone = app.entries.add(make_entry(title="Binned"))
    app.entries.delete(gone.id)
    app.profile.update(name="Alex Example", registration_number="SW1")


def _comparable(app: App) -> list[dict]:
    everything = app.entries.list_entries() + app.entries.trash()
    out = []
    for e in sorted(everything, key=lambda x: x.uid):
        d = entry_to_dict(e)
        d.pop("id")
        out.append(d)
    return out


@pytest.mark.parametrize("name", ["journal.json", "journal.zip"])
def test_json_export_import_round_trip_is_lossless(app, tmp_path, name):
    _seed(app, tmp_path)
    out = tmp_path / name
    assert app.transfer.export_json(out) == 3
    other = App.open(tmp_path / "other", clock=lambda: FIXED_NOW)
    try:
        result = other.transfer.import_json(out)
        assert (result.added, result.skipped) == (3, 0)
        assert _comparable(other) == _comparable(app)
        assert other.profile.get().name == "Alex Example"
        ev = other.entries.list_entries()[-1].evidence or other.entries.list_entries()[0].evidence
        assert other.entries.evidence_path(ev[0].sha256).read_bytes().startswith(b"\x89PNG")
        again = other.transfer.import_json(out)
        assert (again.added, again.skipped) == (0, 3)
    finally:
        other.close()


def test_import_refuses_damaged_or_foreign_files_and_changes_nothing(app, tmp_path):
    _seed(app, tmp_path)
    out = tmp_path / "j.json"
    app.transfer.export_json(out)
    doc = json.loads(out.read_text())
    doc["entries"][1]["start_date"] = "2026-02-30"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    other = App.open(tmp_path / "other2", clock=lambda: FIXED_NOW)
    try:
        with pytest.raises(ValidationError, match=r"entries\[1\]\.start_date"):
            other.transfer.import_json(bad)
        assert other.entries.list_entries() == []
        for junk in (b"not json", b"{}", b'{"format": "cpdlog-journal", "version": 99}'):
            f = tmp_path / "junk.json"
            f.write_bytes(junk)
            with pytest.raises(ValidationError):
                other.transfer.import_json(f)
        tampered = json.loads(out.read_text())
        sha = next(iter(tampered["evidence_files"]))
        tampered["evidence_files"][sha] = "AAAA"
        f.write_text(json.dumps(tampered))
        with pytest.raises(ValidationError, match="damaged"):
            other.transfer.import_json(f)
        assert other.entries.list_entries() == []
    finally:
        other.close()


def test_csv_has_bom_iso_dates_and_neutralised_formulas(app, tmp_path):
    _seed(app, tmp_path)
    app.entries.add(make_entry(title='=HYPERLINK("http://evil")', day=dt.date(2026, 1, 2)))
    out = tmp_path / "entries.csv"
    assert app.transfer.export_csv(out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))
    assert [r["start_date"] for r in rows] == ["2026-01-02", "2026-03-14", "2026-03-14"]
    assert rows[0]["title"] == '\'=HYPERLINK("http://evil")'
    workshop = next(r for r in rows if r["title"].startswith("Workshop"))
    assert workshop["peer_name"] == "Sam" and workshop["standards"] == "swe:4.5"
    assert "What you learnt" in workshop["reflection"] or "learnt" in workshop["reflection"].lower()


@pytest.mark.sqlite_only
def test_backup_is_a_working_copy_and_old_ones_are_pruned(app, tmp_path):
    _seed(app, tmp_path)
    made = []
    for minute in range(4):
        app.clock = lambda m=minute: FIXED_NOW + dt.timedelta(minutes=m)
        made.append(app.backups.backup(keep=2))
    kept = app.backups.existing()
    assert kept == made[-2:]
    conn = sqlite3.connect(kept[-1])
    assert conn.execute("select count(*) from entries").fetchone() == (3,)
    conn.close()
    chosen = app.backups.backup(tmp_path / "mine.sqlite")
    assert chosen.exists() and chosen.parent == tmp_path


def test_custom_profile(app):
    app.profile.update(
        regulator_id="custom", custom={"min_entries": 3, "min_hours": 12, "period_start": "04-01"}
    )
    profile = app.profile.requirement_profile()
    assert profile.id == "custom"
    assert [(r.kind.value, r.minimum) for r in profile.rules] == [
        ("min-entries", 3),
        ("min-hours", 12),
    ]
    report = app.progress.report()
    assert (report.period.start, report.period.end) == (dt.date(2026, 4, 1), dt.date(2027, 3, 31))
    with pytest.raises(ValidationError):
        app.profile.update(custom={"period_start": "02-30"})


def test_unknown_regulator_is_refused(app):
    from cpdlog.errors import NotFoundError

    with pytest.raises(NotFoundError, match="Unknown regulator"):
        app.profile.update(regulator_id="hcpc-uk")
    assert app.profile.get().regulator_id == "swe"
