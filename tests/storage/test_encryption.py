"""Encryption at rest: converting a journal in place, and what a stolen data folder shows."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from cpdlog.errors import EncryptionUnfinishedError, PassphraseError, StorageError
from cpdlog.services.app import App
from cpdlog.storage import encryption, keys
from cpdlog.storage.entries_repo import EntryRepository
from tests.conftest import FIXED_NOW, SRC, make_entry, run_cli

PASS = "correct horse battery staple"
SECRETS = [b"Quokkatitleword", b"Zebrafishreflection", b"Narwhaltagword", b"Okapievidenceword"]
EVIDENCE = b"%PDF-1.4 notes: Okapievidenceword " * 40_000  # over 1 MiB: several chunks


def _add_secret_entry(app: App) -> None:
    source = app.paths.home.parent / "supervision-notes.pdf"  # outside the data folder
    source.write_bytes(EVIDENCE)
    app.entries.add(
        make_entry(
            title="Quokkatitleword supervision",
            learnt="Zebrafishreflection about a family's case.",
            tags=["Narwhaltagword"],
        ),
        attachments=[source],
    )


def _evidence_ok(app: App) -> None:
    [entry] = [e for e in app.entries.list_entries() if e.title.endswith("supervision")]
    [evidence] = entry.evidence
    assert app.evidence_store.read_bytes(evidence.sha256) == EVIDENCE
    assert app.evidence_store.size_of(evidence.sha256) == len(EVIDENCE)


def _files(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file()]


def _leaks(home: Path) -> list[tuple[str, bytes]]:
    found = []
    for path in _files(home):
        data = path.read_bytes()
        for secret in SECRETS:
            for form in (secret, secret.lower(), secret.decode().encode("utf-16-le")):
                if form in data:
                    found.append((str(path.relative_to(home)), secret))
    return found


def _passfile(tmp_path: Path, text_: str = PASS, name: str = "pass.txt") -> Path:
    path = tmp_path / name
    path.write_text(text_ + "\n", encoding="utf-8")
    return path


def _snapshot(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes() for p in _files(home)}


def test_encrypted_folder_reveals_no_title_reflection_or_tag(home: Path, tmp_path: Path) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    _add_secret_entry(app)
    app.backups.backup()
    app.close()
    assert _leaks(home), "the test's words must be findable in a plain journal"
    new = encryption.encrypt(home, home / "cpdlog.sqlite", PASS)
    assert _leaks(home) == []
    # open it, write more (WAL in use), take a backup, and scan while it is open
    app = App.open(home, clock=lambda: FIXED_NOW, passphrase=PASS)
    assert app.encrypted
    app.entries.add(make_entry(title="Quokkatitleword second", tags=["Narwhaltagword"]))
    app.backups.backup()
    with app.db.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        repo = EntryRepository(session, app.fts)
        assert len(repo.search("zebrafishreflection")) == 1  # the FTS index is inside
    assert (home / "cpdlog.sqlite-wal").exists()
    assert _leaks(home) == []
    assert len(app.entries.list_entries()) == 2
    _evidence_ok(app)  # decrypted on reading, still checked against its SHA-256
    app.close()
    assert _leaks(home) == []
    # the recovery key opens it too
    key = keys.unlock_with_recovery_key(keys.key_file_path(home), new.recovery_key)
    app = App.open(home, data_key=key)
    assert len(app.entries.list_entries()) == 2
    app.close()


def test_decrypt_and_change_passphrase_keep_every_entry(home: Path) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    _add_secret_entry(app)
    app.close()
    database = home / "cpdlog.sqlite"
    encryption.encrypt(home, database, PASS)
    encryption.change_passphrase(home, database, PASS, "another long passphrase")
    with pytest.raises(PassphraseError):
        App.open(home, passphrase=PASS)
    key = keys.unlock_with_passphrase(keys.key_file_path(home), "another long passphrase")
    encryption.decrypt(home, database, key)
    assert not keys.is_encrypted(home)
    assert encryption.database_state(database) == "plain"
    app = App.open(home)
    [entry] = app.entries.list_entries()
    _evidence_ok(app)
    assert entry.title == "Quokkatitleword supervision"
    assert entry.tags == ["narwhaltagword"]  # tags are kept in lower case
    app.close()
    assert sorted(p.name for p in home.iterdir() if p.is_file()) == ["cpdlog.sqlite"]
    assert EVIDENCE[:40] in b"".join(
        p.read_bytes() for p in (home / "evidence").rglob("*") if p.is_file()
    )


def test_cli_wrong_or_missing_passphrase_is_exit_2_and_changes_nothing(
    home: Path, tmp_path: Path
) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    _add_secret_entry(app)
    app.close()
    result = run_cli("encrypt", "--passphrase-file", str(_passfile(tmp_path)), home=home)
    assert result.returncode == 0, result.stderr
    recovery = result.stdout.strip()
    assert len(recovery) == 39 and recovery.count("-") == 7
    before = _snapshot(home)
    missing = run_cli("entry", "list", home=home)
    wrong = run_cli(
        "--passphrase-file",
        str(_passfile(tmp_path, "not the passphrase", "w")),
        "entry",
        "list",
        home=home,
    )
    for result in (missing, wrong):
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "not right" in wrong.stderr
    assert _snapshot(home) == before
    good = run_cli(
        "entry", "list", home=home, env={"CPDLOG_PASSPHRASE_FILE": str(_passfile(tmp_path))}
    )
    assert good.returncode == 0 and "Quokkatitleword" in good.stdout
    # the option is taken after the command, too
    after = run_cli("entry", "list", "--passphrase-file", str(_passfile(tmp_path)), home=home)
    assert after.returncode == 0 and "Quokkatitleword" in after.stdout
    # change the passphrase with the recovery key, then decrypt with the new one
    (tmp_path / "rk").write_text(recovery.lower() + "\n")
    new_pass = _passfile(tmp_path, "a brand new passphrase", "new")
    changed = run_cli(
        "change-passphrase",
        "--recovery-key-file",
        str(tmp_path / "rk"),
        "--new-passphrase-file",
        str(new_pass),
        home=home,
    )
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip() != recovery
    decrypted = run_cli("decrypt", "--passphrase-file", str(new_pass), home=home)
    assert decrypted.returncode == 0, decrypted.stderr
    assert "Quokkatitleword" in run_cli("entry", "list", home=home).stdout


def test_cli_derives_a_passphrase_files_key_once_while_it_loads(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``--passphrase-file`` the key derivation starts before the database layer loads,
    and the journal's opening waits for it: scrypt runs once per command, wrong or right."""
    from typing import Any

    from cryptography.hazmat.primitives.kdf import scrypt

    from cpdlog.services import encryption as encryption_service

    app = App.open(home, clock=lambda: FIXED_NOW)
    _add_secret_entry(app)
    app.close()
    assert (
        run_cli("encrypt", "--passphrase-file", str(_passfile(tmp_path)), home=home).returncode == 0
    )
    calls: list[str] = []
    real_scrypt = scrypt.Scrypt

    class Counting:
        def __init__(self, **kwargs: Any) -> None:
            self._real = real_scrypt(**kwargs)

        def derive(self, key_material: bytes) -> bytes:
            calls.append("scrypt")
            return self._real.derive(key_material)

    real_ahead = encryption_service.derive_key_ahead
    monkeypatch.setattr(scrypt, "Scrypt", Counting)
    monkeypatch.setattr(
        encryption_service,
        "derive_key_ahead",
        lambda *a: (calls.append("ahead"), real_ahead(*a))[1],
    )
    for passphrase, code in ((PASS, 0), ("not the passphrase", 2)):
        keys.forget_session_keys()
        calls.clear()
        result = run_cli(
            "--passphrase-file",
            str(_passfile(tmp_path, passphrase, "p")),
            "search",
            "Quokka",
            home=home,
        )
        assert result.returncode == code, result.stderr
        assert calls == ["ahead", "scrypt"]
    keys.forget_session_keys()


def test_cli_corrupt_key_file_is_one_line(home: Path, tmp_path: Path) -> None:
    App.open(home).close()
    assert (
        run_cli("encrypt", "--passphrase-file", str(_passfile(tmp_path)), home=home).returncode == 0
    )
    keys.key_file_path(home).write_bytes(b'{"format": "cpdlog-key", "version": 1, "passph')
    before = _snapshot(home)
    result = run_cli("--passphrase-file", str(_passfile(tmp_path)), "entry", "list", home=home)
    assert result.returncode == 1
    assert "key file" in result.stderr and result.stderr.count("\n") == 1
    assert _snapshot(home) == before


def test_short_new_passphrase_refused(home: Path, tmp_path: Path) -> None:
    App.open(home).close()
    result = run_cli("encrypt", "--passphrase-file", str(_passfile(tmp_path, "short")), home=home)
    assert result.returncode == 2 and "at least" in result.stderr
    assert not keys.is_encrypted(home)


def test_plain_journal_beside_a_key_file_is_refused_not_guessed(home: Path) -> None:
    App.open(home).close()
    database = home / "cpdlog.sqlite"
    plain = database.read_bytes()
    encryption.encrypt(home, database, PASS)
    database.write_bytes(plain)  # an old plain copy put back
    with pytest.raises(StorageError, match="not encrypted"):
        App.open(home, passphrase=PASS)
    assert keys.is_encrypted(home)


def _break_evidence_sealing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Evidence sealing, a step after the commit point, fails as a full disk would."""
    from cpdlog.storage.evidence import EvidenceStore

    def full(self: EvidenceStore, key: bytes | None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(EvidenceStore, "convert_all", full)


def test_a_failure_after_the_commit_point_still_gives_the_recovery_key(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    _add_secret_entry(app)
    app.close()
    database = home / "cpdlog.sqlite"
    with monkeypatch.context() as patch:
        _break_evidence_sealing(patch)
        with pytest.raises(EncryptionUnfinishedError, match="No space left") as failed:
            encryption.encrypt(home, database, PASS)
    assert failed.value.recovery_key not in str(failed.value)  # shown apart, never logged
    assert encryption.database_state(database) == "encrypted" and keys.is_encrypted(home)
    assert not (home / encryption.PENDING_KEY_NAME).exists()
    data_key = keys.unlock_with_recovery_key(keys.key_file_path(home), failed.value.recovery_key)
    assert data_key == keys.unlock_with_passphrase(keys.key_file_path(home), PASS)
    assert encryption.needs_sealing(home)
    assert EVIDENCE[:40] in b"".join(p.read_bytes() for p in _files(home / "evidence"))
    app = App.open(home, passphrase=PASS)  # the next open seals the rest
    _evidence_ok(app)
    app.close()
    assert not encryption.needs_sealing(home) and _leaks(home) == []


def test_a_failure_just_after_the_database_commit_keeps_its_key(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder flush after the rename fails: the journal is encrypted, so the key stays."""
    App.open(home).close()
    database = home / "cpdlog.sqlite"
    real = encryption.safefile.fsync_folder
    calls: list[Path] = []

    def flaky(path: Path) -> None:
        if encryption.database_state(database) == "encrypted" and not calls:
            calls.append(path)
            raise OSError(5, "Input/output error")
        real(path)

    monkeypatch.setattr(encryption.safefile, "fsync_folder", flaky)
    with pytest.raises(EncryptionUnfinishedError, match="Input/output error") as failed:
        encryption.encrypt(home, database, PASS)
    assert calls and keys.is_encrypted(home)
    keys.unlock_with_recovery_key(keys.key_file_path(home), failed.value.recovery_key)
    App.open(home, passphrase=PASS).close()


def test_cli_prints_the_recovery_key_when_sealing_fails_after_the_commit(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    _add_secret_entry(app)
    app.close()
    _break_evidence_sealing(monkeypatch)
    result = run_cli("encrypt", "--passphrase-file", str(_passfile(tmp_path)), home=home)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "recovery key" in result.stderr and "No space left" in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("cpdlog: Your journal is now encrypted")
    recovery = result.stdout.strip()
    assert keys.is_encrypted(home)
    assert keys.unlock_with_recovery_key(keys.key_file_path(home), recovery)
    monkeypatch.undo()
    listed = run_cli("--passphrase-file", str(_passfile(tmp_path)), "entry", "list", home=home)
    assert listed.returncode == 0 and "Quokkatitleword" in listed.stdout
    assert _leaks(home) == []


# --- kill -9 while converting ------------------------------------------------------------------

_CONVERT = """
import sys
from pathlib import Path
from cpdlog.storage import encryption, keys
home = Path(sys.argv[1]); db = home / "cpdlog.sqlite"
print("go", flush=True)
if sys.argv[2] == "encrypt":
    encryption.encrypt(home, db, sys.argv[3])
else:
    encryption.decrypt(home, db, keys.unlock_with_passphrase(keys.key_file_path(home), sys.argv[3]))
"""

N_ENTRIES = 10_000


def _build_journal(home: Path) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    with app.db.session() as session:
        repo = EntryRepository(session, app.fts)
        for i in range(N_ENTRIES):
            repo.add(
                make_entry(title=f"Entry {i}", learnt=f"Learnt {i}", tags=[f"t{i % 7}"]), FIXED_NOW
            )
    app.close()


def _count(home: Path) -> int:
    app = App.open(home, passphrase=PASS)
    try:
        with app.db.session() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            return int(session.execute(text("SELECT count(*) FROM entries")).scalar_one())
    finally:
        app.close()


def _run(home: Path, mode: str, delay: float | None) -> int | None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    child = subprocess.Popen(
        [sys.executable, "-c", _CONVERT, str(home), mode, PASS],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    child.stdout.readline()  # imports done: the conversion starts now
    if delay is None:
        return child.wait(timeout=300)
    time.sleep(delay)  # where to kill, not an assertion about time
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    return None


@pytest.mark.slow
def test_kill_9_while_converting_leaves_a_whole_journal(home: Path) -> None:
    _build_journal(home)
    start = time.monotonic()
    assert _run(home, "encrypt", None) == 0
    took = time.monotonic() - start
    assert _run(home, "decrypt", None) == 0
    assert _count(home) == N_ENTRIES
    rng = random.Random(19)
    outcomes = set()
    for _ in range(6):
        mode = "decrypt" if keys.is_encrypted(home) else "encrypt"
        _run(home, mode, rng.uniform(0, took * 1.2))
        # whatever was interrupted, the next open finds one whole journal
        assert _count(home) == N_ENTRIES
        state = encryption.database_state(home / "cpdlog.sqlite")
        assert (state == "encrypted") == keys.is_encrypted(home)
        outcomes.add(state)
        leftovers = [
            p.name for p in home.iterdir() if ".converting" in p.name or p.suffix == ".old"
        ]
        assert leftovers == []
    if keys.is_encrypted(home):
        assert _leaks(home) == []


def test_tampered_or_swapped_evidence_is_refused(home: Path) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    _add_secret_entry(app)
    app.close()
    encryption.encrypt(home, home / "cpdlog.sqlite", PASS)
    app = App.open(home, passphrase=PASS)
    [entry] = app.entries.list_entries()
    path = app.evidence_store.stored_path(entry.evidence[0].sha256)
    assert path is not None
    data = bytearray(path.read_bytes())
    data[-5] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged"):
        app.evidence_store.read_bytes(entry.evidence[0].sha256)
    path.write_bytes(bytes(data[: len(data) // 2]))  # cut short
    with pytest.raises(StorageError, match="damaged"):
        app.evidence_store.read_bytes(entry.evidence[0].sha256)
    app.close()


@pytest.mark.parametrize("name", ["journal.json", "journal.zip"])
def test_encrypted_journal_exports_encrypted_and_imports_with_the_passphrase(
    home: Path, tmp_path: Path, name: str
) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    _add_secret_entry(app)
    app.close()
    assert (
        run_cli("encrypt", "--passphrase-file", str(_passfile(tmp_path)), home=home).returncode == 0
    )
    out = tmp_path / name
    pw = ["--passphrase-file", str(_passfile(tmp_path))]
    exported = run_cli(*pw, "export", "json", "-o", str(out), "--allow-identifiers", home=home)
    assert exported.returncode == 0, exported.stderr
    data = out.read_bytes()
    assert not any(secret in data or secret.lower() in data for secret in SECRETS)
    other = tmp_path / "other-home"
    refused = run_cli("import", "json", str(out), home=other)
    assert refused.returncode == 2 and "encrypted cpdlog export" in refused.stderr
    imported = run_cli(*pw, "import", "json", str(out), home=other)
    assert imported.returncode == 0, imported.stderr
    app = App.open(other)
    _evidence_ok(app)
    app.close()
    plain = tmp_path / ("plain-" + name)
    result = run_cli(
        *pw, "export", "json", "-o", str(plain), "--unencrypted", "--allow-identifiers", home=home
    )
    assert result.returncode == 0 and "NOT encrypted" in result.stderr
    if name.endswith(".json"):
        assert b"Quokkatitleword" in plain.read_bytes()


def test_encrypted_evidence_is_embedded_in_the_pdf_and_viewer_copies_go_away(
    home: Path, tmp_path: Path
) -> None:
    """The PDF and the system viewer need plain files: decrypted copies exist only while used."""
    from PIL import Image

    from cpdlog.services.portfolio import PortfolioRequest, PortfolioService

    picture = tmp_path / "whiteboard.png"
    Image.new("RGB", (40, 30), (200, 30, 30)).save(picture)
    app = App.open(home, clock=lambda: FIXED_NOW)
    stored = app.entries.add(make_entry(title="Okapievidenceword board"), attachments=[picture])
    app.close()
    encryption.encrypt(home, home / "cpdlog.sqlite", PASS)
    app = App.open(home, clock=lambda: FIXED_NOW, passphrase=PASS)
    try:
        out = tmp_path / "portfolio.pdf"
        result = PortfolioService(app).export(
            PortfolioRequest(out, entry_ids=(stored.id,), include_drafts=True)
        )
        assert not [w for w in result.warnings if "not embedded" in w], result.warnings
        assert b"/Subtype /Image" in out.read_bytes() or b"/Subtype/Image" in out.read_bytes()
        assert not list((home / "tmp").rglob("*")) if (home / "tmp").exists() else True
        [evidence] = app.entries.get(stored.id).evidence
        viewing = app.entries.evidence_path(evidence.sha256, "whiteboard.png")
        assert viewing is not None and viewing.suffix == ".png"
        assert viewing.read_bytes() == picture.read_bytes()
        sealed = app.evidence_store.stored_path(evidence.sha256)
        assert sealed is not None and sealed.read_bytes() != picture.read_bytes()
    finally:
        app.close()
    assert not viewing.exists()  # removed when the journal closed


def test_an_interrupted_sealing_is_finished_at_the_next_open(home: Path) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    _add_secret_entry(app)
    app.backups.backup()
    app.close()
    plain_backups = sorted((home / "backups").glob("*.sqlite"))
    kept = {p: p.read_bytes() for p in plain_backups}
    encryption.encrypt(home, home / "cpdlog.sqlite", PASS)
    assert not encryption.needs_sealing(home)  # a finished conversion leaves no marker
    # as if killed after the commit, before the backups were sealed: plain files are back
    for path, data in kept.items():
        path.write_bytes(data)
    (home / encryption.SEALING_MARKER).write_bytes(b"")
    assert _leaks(home)
    app = App.open(home, passphrase=PASS)
    app.close()
    assert not encryption.needs_sealing(home)
    assert _leaks(home) == []
    assert all(encryption.database_state(p) == "encrypted" for p in plain_backups)


def test_a_sealing_marker_beside_a_plain_journal_is_dropped(home: Path) -> None:
    App.open(home).close()
    (home / encryption.SEALING_MARKER).write_bytes(b"")  # encryption killed before its commit
    App.open(home).close()
    assert not encryption.needs_sealing(home)
