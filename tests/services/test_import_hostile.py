"""Importing hostile backups: refused before anything is written, with a plain message."""

import hashlib
import json
import os
import sqlite3
import struct
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from cpdlog.errors import StorageError, ValidationError
from cpdlog.services import transfer
from cpdlog.services.app import App
from cpdlog.storage import migrate
from tests.conftest import make_entry

ZEROS = b"\0" * (1024 * 1024)


def _entry(**extra: Any) -> dict[str, Any]:
    return {"title": "t", "type": "reading", "start_date": "2026-03-01", "hours": 1, **extra}


def _doc(*entries: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"format": "cpdlog-journal", "version": 1, "entries": list(entries), **extra}


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _nothing_changed(app: App) -> None:
    assert app.entries.list_entries() == [] and app.entries.trash() == []
    assert not any(p.is_file() for p in app.paths.evidence.rglob("*"))


def test_the_reported_traversal_backup_is_refused_and_no_file_is_touched(app, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    doc = _doc(
        _entry(
            uid="u1",
            evidence=[{"sha256": "../../../../../../../../../etc/passwd", "filename": "f.txt"}],
        ),
        _entry(
            uid="u2",
            deleted_at="2026-05-01T10:00:00+00:00",
            evidence=[{"sha256": f"../../../../../../../../..{victim}", "filename": "f.txt"}],
        ),
    )
    for name in ("crafted.json", "crafted.zip"):
        path = tmp_path / name
        if name.endswith(".zip"):
            with zipfile.ZipFile(path, "w") as zf:
                zf.writestr("journal.json", json.dumps(doc))
                zf.writestr("evidence/../../../victim.txt", b"x")
        else:
            _write(path, doc)
        with pytest.raises(ValidationError, match=r"entries\[0\]\.evidence\[0\]\.sha256"):
            app.transfer.import_json(path)
        _nothing_changed(app)
    app.entries.empty_trash()
    assert victim.read_text() == "keep me"


@pytest.mark.parametrize(
    ("doc", "field"),
    [
        (_doc(version="1"), "version"),
        (_doc(version=None), "version"),
        (_doc(_entry(hours=int("1" + "0" * 400))), r"entries\[0\]\.hours"),
        (_doc(practitioner={"registered_on": 20200101}), "practitioner.registered_on"),
        (_doc(practitioner={"custom": "mine"}), "practitioner.custom"),
        (
            _doc(practitioner={"custom": {"period_years": "ten"}}),
            "practitioner.custom.period_years",
        ),
        (
            _doc(practitioner={"regulator": "custom", "custom": {"period_years": 1_000_000}}),
            "practitioner.custom.period_years",
        ),
        (_doc(practitioner={"regulator": "ofsted"}), "practitioner.regulator"),
        (_doc(_entry(), _entry(), _entry(), _entry(title="")), r"entries\[3\]\.title"),
    ],
)
def test_bad_documents_name_the_first_bad_field(app, tmp_path, doc, field):
    with pytest.raises(ValidationError, match=field):
        app.transfer.import_json(_write(tmp_path / "bad.json", doc))
    _nothing_changed(app)
    app.progress.report()  # the profile was not poisoned


def test_a_custom_profile_the_app_cannot_use_is_refused(app, tmp_path):
    doc = _doc(_entry(), practitioner={"regulator": "custom", "custom": {"min_entries": -1}})
    with pytest.raises(ValidationError, match=r"practitioner\.custom"):
        app.transfer.import_json(_write(tmp_path / "bad.json", doc))
    _nothing_changed(app)


def test_nesting_200000_deep_is_a_message_not_a_recursion_error(app, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(
        '{"format":"cpdlog-journal","version":1,"entries":' + "[" * 200_000 + "]" * 200_000 + "}"
    )
    with pytest.raises(ValidationError, match="more than 32 deep"):
        app.transfer.import_json(path)


def test_entries_without_uid_are_not_duplicated_by_a_second_import(app, tmp_path):
    path = _write(
        tmp_path / "no-uid.json", _doc(_entry(title="A"), _entry(title="A"), _entry(title="B"))
    )
    first = app.transfer.import_json(path)
    assert (first.added, first.skipped) == (3, 0)  # identical twins are both kept
    second = app.transfer.import_json(path)
    assert (second.added, second.skipped) == (0, 3)
    assert sorted(e.title for e in app.entries.list_entries()) == ["A", "A", "B"]


def _zip_with(
    path: Path, member: str, megabytes: int, journal: dict[str, Any] | None = None
) -> None:
    """A ZIP whose ``member`` inflates to ``megabytes`` MiB of zeros (streamed, never held)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if journal is not None:
            zf.writestr("journal.json", json.dumps(journal))
        with zf.open(member, "w") as out:
            for _ in range(megabytes):
                out.write(ZEROS)


def _zeros_sha(megabytes: int) -> str:
    digest = hashlib.sha256()
    for _ in range(megabytes):
        digest.update(ZEROS)
    return digest.hexdigest()


def test_a_journal_json_bomb_is_refused_by_its_declared_size(app, tmp_path, monkeypatch):
    monkeypatch.setattr(transfer, "MAX_JOURNAL_BYTES", 2 * 1024 * 1024)
    bomb = tmp_path / "bomb.zip"
    _zip_with(bomb, "journal.json", 40)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(ValidationError, match=r"journal\.json in bomb\.zip would unpack to"):
        app.transfer.import_json(bomb)
    _nothing_changed(app)


def test_an_evidence_bomb_is_refused_before_anything_is_stored(app, tmp_path):
    app.evidence_store.max_bytes = 2 * 1024 * 1024
    sha = _zeros_sha(40)
    journal = _doc(_entry(evidence=[{"sha256": sha, "filename": "scan.pdf", "size": 1}]))
    bomb = tmp_path / "bomb.zip"
    _zip_with(bomb, f"evidence/{sha}", 40, journal)
    with pytest.raises(ValidationError, match=r"scan\.pdf in bomb\.zip would unpack to"):
        app.transfer.import_json(bomb)
    _nothing_changed(app)


def _lie_about_size(path: Path, member: str, claimed: int) -> None:
    """Rewrite the sizes a ZIP declares for ``member`` (local and central headers)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := data.find(signature, start)) != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, at + offset, claimed)
            start = at + 4
    path.write_bytes(bytes(data))


def test_a_member_that_inflates_past_what_it_declares_is_refused(app, tmp_path, monkeypatch):
    monkeypatch.setattr(transfer, "MAX_JOURNAL_BYTES", 2 * 1024 * 1024)
    bomb = tmp_path / "liar.zip"
    _zip_with(bomb, "journal.json", 20)
    _lie_about_size(bomb, "journal.json", 1000)
    assert zipfile.ZipFile(bomb).getinfo("journal.json").file_size == 1000
    with pytest.raises(ValidationError, match=r"liar\.zip"):
        app.transfer.import_json(bomb)
    _nothing_changed(app)


def test_damaged_or_missing_zip_evidence_stores_nothing(app, tmp_path):
    sha = hashlib.sha256(b"genuine").hexdigest()
    journal = _doc(_entry(evidence=[{"sha256": sha, "filename": "cert.pdf", "size": 7}]))
    path = tmp_path / "j.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("journal.json", json.dumps(journal))
        zf.writestr(f"evidence/{sha}", b"forged!")
    with pytest.raises(ValidationError, match="damaged"):
        app.transfer.import_json(path)
    _nothing_changed(app)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("journal.json", json.dumps(journal))
    with pytest.raises(ValidationError, match=r"does not contain the evidence file cert\.pdf"):
        app.transfer.import_json(path)
    _nothing_changed(app)


def test_evidence_streamed_in_is_taken_out_again_if_the_entries_cannot_be_written(
    app, tmp_path, monkeypatch
):
    sha = hashlib.sha256(b"genuine").hexdigest()
    journal = _doc(_entry(evidence=[{"sha256": sha, "filename": "cert.pdf", "size": 7}]))
    path = tmp_path / "j.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("journal.json", json.dumps(journal))
        zf.writestr(f"evidence/{sha}", b"genuine")

    def fail(*_args: object) -> None:
        raise StorageError("disk trouble")

    monkeypatch.setattr(transfer.TransferService, "_write_entries", fail)
    with pytest.raises(StorageError, match="disk trouble"):
        app.transfer.import_json(path)
    _nothing_changed(app)
    monkeypatch.undo()
    assert app.transfer.import_json(path).added == 1
    assert app.evidence_store.read_bytes(sha) == b"genuine"


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_backup_that_is_a_fifo_or_a_folder_says_so(app, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match=r"named pipe \(FIFO\)"):
        app.transfer.import_json(fifo)
    with pytest.raises(ValidationError, match="is a folder"):
        app.transfer.import_json(tmp_path)


def test_a_failed_backup_leaves_no_file_that_looks_like_a_backup(app, monkeypatch):
    app.entries.add(make_entry())
    real_connect = sqlite3.connect

    class HalfWay:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def backup(self, target: sqlite3.Connection, **_kw: object) -> None:
            self.conn.backup(target, pages=1)  # some pages are written...
            raise sqlite3.OperationalError("database or disk is full")  # ...then the disk fills

        def close(self) -> None:
            self.conn.close()

    def connect(database: Any, *args: Any, **kwargs: Any) -> Any:
        conn = real_connect(database, *args, **kwargs)
        return HalfWay(conn) if str(database).startswith("file:") else conn

    monkeypatch.setattr(migrate.sqlite3, "connect", connect)
    with pytest.raises(StorageError, match="disk is full"):
        app.backups.backup()
    monkeypatch.undo()
    assert list(app.paths.backups.iterdir()) == []
    made = app.backups.backup()
    assert made.is_file() and list(app.paths.backups.iterdir()) == [made]


def test_a_zip_whose_member_list_alone_is_huge_is_refused_before_it_is_loaded(
    app, tmp_path, monkeypatch
):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("journal.json", json.dumps(_doc()))
    with path.open("rb") as fh:
        assert transfer._central_directory_size(fh) == 46 + len("journal.json")
    assert app.transfer.import_json(path).added == 0
    with zipfile.ZipFile(path, "a") as zf:
        for i in range(50):
            zf.writestr(f"junk/{i:04d}", b"")
    monkeypatch.setattr(transfer, "MAX_ZIP_DIRECTORY_BYTES", 1000)
    with pytest.raises(ValidationError, match="its list of files alone is"):
        app.transfer.import_json(path)


def test_a_one_file_backup_over_the_cap_is_refused_by_its_size(app, tmp_path, monkeypatch):
    monkeypatch.setattr(transfer, "MAX_JSON_BYTES", 1000)
    path = _write(tmp_path / "big.json", _doc(_entry(title="x" * 400), _entry(title="y" * 400)))
    assert path.stat().st_size > 1000
    with pytest.raises(ValidationError, match="larger than 1000 bytes"):
        app.transfer.import_json(path)
    _nothing_changed(app)


def test_the_size_recorded_is_the_files_not_what_the_backup_claims(app, tmp_path):
    sha = hashlib.sha256(b"genuine").hexdigest()
    journal = _doc(_entry(evidence=[{"sha256": sha, "filename": "cert.pdf", "size": 999_999}]))
    path = tmp_path / "j.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("journal.json", json.dumps(journal))
        zf.writestr(f"evidence/{sha}", b"genuine")
    app.transfer.import_json(path)
    (entry,) = app.entries.list_entries()
    assert entry.evidence[0].size == 7
