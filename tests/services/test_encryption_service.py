"""The encryption service the command line and the desktop app use (no storage imports)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cpdlog.errors import EncryptionUnfinishedError, PassphraseError, StorageError
from cpdlog.services import encryption
from cpdlog.services.app import App
from tests.conftest import FIXED_NOW, make_entry

PASS = "correct horse battery staple"
SECRET = b"Wombatdraftword"


def _all_bytes(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())


def test_on_change_off_through_the_service(home: Path) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    app.entries.add(make_entry(title="Kept through it all"))
    app.close()
    with pytest.raises(PassphraseError):
        encryption.encrypt_journal(home, home / "cpdlog.sqlite", "short")
    assert not encryption.is_encrypted(home)
    recovery = encryption.encrypt_journal(home, home / "cpdlog.sqlite", PASS)
    assert encryption.is_encrypted(home)
    with pytest.raises(StorageError, match="already encrypted"):
        encryption.encrypt_journal(home, home / "cpdlog.sqlite", PASS)
    data_key = encryption.unlock(home, passphrase=PASS)
    assert encryption.unlock(home, recovery_key=recovery.recovery_key) == data_key
    with pytest.raises(PassphraseError):
        encryption.unlock(home, passphrase=PASS + "!")
    fresh = encryption.change_passphrase(home, data_key, "a new passphrase for it")
    assert fresh.recovery_key != recovery.recovery_key
    with pytest.raises(PassphraseError):
        encryption.unlock(home, passphrase=PASS)  # the old one no longer works
    with pytest.raises(PassphraseError):
        encryption.unlock(home, recovery_key=recovery.recovery_key)
    assert encryption.unlock(home, passphrase="a new passphrase for it") == data_key
    encryption.decrypt_journal(home, home / "cpdlog.sqlite", data_key)
    assert not encryption.is_encrypted(home)
    app = App.open(home)
    assert [e.title for e in app.entries.list_entries()] == ["Kept through it all"]
    app.close()


def test_sealed_drafts_hold_no_plaintext_and_need_their_key(home: Path) -> None:
    from cpdlog.ui.drafts import Draft, DraftStore

    App.open(home).close()
    recovery = encryption.encrypt_journal(home, home / "cpdlog.sqlite", PASS)
    data_key = encryption.unlock(home, recovery_key=recovery.recovery_key)
    store = DraftStore(home / "autosave", encryption.draft_key(data_key))
    store.save(Draft("new-abc", make_entry(title=SECRET.decode())), dt.datetime.now(dt.UTC))
    assert SECRET not in _all_bytes(home)
    [draft] = store.pending()
    assert draft.entry.title == SECRET.decode()
    assert DraftStore(home / "autosave").pending() == []  # locked: not offered, not lost
    assert (home / "autosave" / "new-abc.json").exists()
    other = encryption.draft_key(bytes(32))
    assert other is not None
    with pytest.raises(StorageError):
        encryption.unseal_draft(other, (home / "autosave" / "new-abc.json").read_bytes())


def test_a_failure_while_sealing_evidence_still_gives_the_recovery_key(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    source = tmp_path / "notes.pdf"
    source.write_bytes(b"%PDF-1.4 " + SECRET * 100)
    app.entries.add(make_entry("Supervision notes"), attachments=[source])
    app.close()

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("cpdlog.storage.evidence.EvidenceStore.convert_all", full)
    with pytest.raises(EncryptionUnfinishedError) as failed:
        encryption.encrypt_journal(home, home / "cpdlog.sqlite", PASS)
    assert "now encrypted" in str(failed.value) and "No space left" in failed.value.problem
    assert encryption.is_encrypted(home) and encryption.needs_sealing(home)
    data_key = encryption.unlock(home, recovery_key=failed.value.recovery_key)
    assert data_key == encryption.unlock(home, passphrase=PASS)
    monkeypatch.undo()
    app = App.open(home, passphrase=PASS)
    [entry] = app.entries.list_entries()
    assert app.evidence_store.read_bytes(entry.evidence[0].sha256).startswith(b"%PDF-1.4 ")
    app.close()
    assert not encryption.needs_sealing(home) and SECRET not in _all_bytes(home)
