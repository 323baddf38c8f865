"""Passphrase protection from the desktop app: on (recovery key shown once), off, failure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from cpdlog.errors import StorageError
from cpdlog.services import encryption
from cpdlog.services.app import App
from cpdlog.ui.dialogs.protect import ProtectDialog, Protection, RecoveryKeyDialog
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import make_entry

PASS = "correct horse battery staple"


@pytest.fixture
def plain(home: Path) -> App:
    app = App.open(home)
    app.profile.update(name="Sam Patel", onboarded=True)
    app.entries.add(make_entry("Reading on kinship care"))
    return app


def _setup(app: App, qtbot: Any) -> tuple[MainWindow, Protection, list[App]]:
    window = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.journal.model.rowCount() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=30_000)
    home = app.paths.home
    opened: list[App] = []
    protection = Protection(
        window, lambda passphrase: App.open(home, passphrase=passphrase), opened.append
    )
    return window, protection, opened


def test_turning_it_on_shows_the_recovery_key_once_and_keeps_every_entry(
    plain: App, qtbot: Any, tmp_path: Path
) -> None:
    window, protection, opened = _setup(plain, qtbot)
    assert protection.turn_on_action.isEnabled() and not protection.turn_off_action.isEnabled()
    dialog = protection.turn_on()
    dialog.first.setText("too short")
    dialog.second.setText("too short")
    dialog.accept()
    assert dialog.isVisible() and not dialog.error.isHidden()  # refused, nothing started
    dialog.first.setText(PASS)
    dialog.second.setText(PASS + " typo")
    dialog.accept()
    assert dialog.isVisible()
    dialog.second.setText(PASS)
    with qtbot.waitSignal(protection.changed, timeout=60_000) as changed:
        dialog.accept()
    assert changed.args == [True]
    assert encryption.is_encrypted(plain.paths.home)
    assert window.is_attached and window.app.encrypted and window.app is opened[-1]
    qtbot.waitUntil(lambda: window.journal.model.rowCount() == 1, timeout=30_000)
    shown = protection.dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    assert encryption.unlock(plain.paths.home, recovery_key=shown.recovery_key)
    assert not shown.done_button.isEnabled()
    shown.reject()
    assert shown.isVisible()  # not closed before the key was kept
    assert shown.save_to(tmp_path / "key.txt")
    assert (tmp_path / "key.txt").read_text(encoding="utf-8").strip() == shown.recovery_key
    shown.kept.setChecked(True)
    assert shown.done_button.isEnabled()
    shown.accept()
    assert protection.change_action.isEnabled() and protection.turn_off_action.isEnabled()
    # off again: a wrong passphrase changes nothing, the right one stores it plain
    failures: list[str] = []
    protection.failed.connect(failures.append)
    window.show_error = lambda error: None  # type: ignore[method-assign]
    off = protection.turn_off()
    off.passphrase.setText("not the passphrase")
    off.accept()
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    assert encryption.is_encrypted(plain.paths.home) and window.is_attached
    off = protection.turn_off()
    off.passphrase.setText(PASS)
    with qtbot.waitSignal(protection.changed, timeout=60_000) as changed:
        off.accept()
    assert changed.args == [False]
    assert not encryption.is_encrypted(plain.paths.home)
    assert [e.title for e in window.app.entries.list_entries()] == ["Reading on kinship care"]
    for app in opened:
        app.close()


def test_a_failed_conversion_leaves_the_old_journal_open_and_says_so(
    plain: App, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, protection, opened = _setup(plain, qtbot)

    def broken(*_args: Any) -> None:
        raise StorageError("The converted copy of your journal failed its check.")

    monkeypatch.setattr(encryption, "encrypt_journal", broken)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    dialog: ProtectDialog = protection.turn_on()
    dialog.first.setText(PASS)
    dialog.second.setText(PASS)
    with qtbot.waitSignal(protection.failed, timeout=60_000) as failed:
        dialog.accept()
    assert "not changed" in failed.args[0]
    assert not encryption.is_encrypted(plain.paths.home)
    assert window.is_attached and not window.app.encrypted
    assert [e.title for e in window.app.entries.list_entries()] == ["Reading on kinship care"]
    for app in opened:
        app.close()


def test_the_first_run_welcome_offers_protection_and_starts_it(
    home: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cpdlog.ui import app as ui_app

    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    startup = ui_app.Startup(home)
    qtbot.addWidget(startup.window)
    startup.begin()
    window = startup.window
    qtbot.waitUntil(lambda: window.welcome_dialog is not None, timeout=60_000)
    welcome = window.welcome_dialog
    assert welcome is not None and welcome.protect_check.isVisible()
    assert not welcome.protect_check.isChecked()  # a choice, never made for the user
    welcome.protect_check.setChecked(True)
    welcome.feeds_check.setChecked(False)
    welcome.ok_button.click()
    assert welcome.wants_protection
    protection = startup.protection
    assert protection is not None
    qtbot.waitUntil(lambda: isinstance(protection.dialog, ProtectDialog), timeout=10_000)
    dialog = protection.dialog
    dialog.first.setText(PASS)
    dialog.second.setText(PASS)
    with qtbot.waitSignal(protection.changed, timeout=60_000):
        dialog.accept()
    assert encryption.is_encrypted(home) and window.app.encrypted
    assert startup.opened is window.app  # closed by Startup.finish at the end
    assert startup.autolock is not None  # an encrypted journal locks itself when left
    protection.dialog.kept.setChecked(True)
    protection.dialog.accept()
    window.close()
    startup.finish()


def test_sealing_failing_after_the_commit_shows_the_recovery_key_before_the_error(
    plain: App, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from cpdlog.storage.evidence import EvidenceStore

    window, protection, opened = _setup(plain, qtbot)
    real = EvidenceStore.convert_all
    calls: list[int] = []

    def full_once(self: EvidenceStore, key: bytes | None) -> None:
        calls.append(1)
        if len(calls) == 1:  # while encrypting; the reopening seals the rest
            raise OSError(28, "No space left on device")
        real(self, key)

    monkeypatch.setattr(EvidenceStore, "convert_all", full_once)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: warnings.append(self.text()))
    dialog: ProtectDialog = protection.turn_on()
    dialog.first.setText(PASS)
    dialog.second.setText(PASS)
    with qtbot.waitSignal(protection.failed, timeout=60_000) as failed:
        dialog.accept()
    assert "No space left" in failed.args[0] and "now encrypted" in failed.args[0]
    assert encryption.is_encrypted(plain.paths.home)
    assert window.is_attached and window.app.encrypted
    shown = protection.dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    assert encryption.unlock(plain.paths.home, recovery_key=shown.recovery_key)
    assert warnings == []  # the error waits until the key was kept
    shown.kept.setChecked(True)
    shown.accept()
    assert warnings == [failed.args[0]]
    assert "finished when your journal was opened again" in warnings[0]
    assert not encryption.needs_sealing(plain.paths.home)
    for app in opened:
        app.close()


def test_an_encrypted_journal_that_cannot_be_reopened_still_shows_its_recovery_key(
    plain: App, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cpdlog.storage.evidence import EvidenceStore

    _window, protection, opened = _setup(plain, qtbot)

    def full(self: EvidenceStore, key: bytes | None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(EvidenceStore, "convert_all", full)  # at every open too
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: warnings.append(self.text()))
    dialog: ProtectDialog = protection.turn_on()
    dialog.first.setText(PASS)
    dialog.second.setText(PASS)
    with qtbot.waitSignal(protection.failed, timeout=60_000) as failed:
        dialog.accept()
    assert "could not be opened again" in failed.args[0]
    assert encryption.is_encrypted(plain.paths.home)
    shown = protection.dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    assert encryption.unlock(plain.paths.home, recovery_key=shown.recovery_key)
    assert warnings == []
    shown.kept.setChecked(True)
    shown.accept()
    assert warnings == [failed.args[0]]
    monkeypatch.undo()
    app = App.open(plain.paths.home, passphrase=PASS)
    assert [e.title for e in app.entries.list_entries()] == ["Reading on kinship care"]
    app.close()
    for app in opened:
        app.close()


def test_the_app_takes_an_encrypted_journals_passphrase_from_a_file(
    plain: App, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``cpdlog --passphrase-file F`` / ``CPDLOG_PASSPHRASE_FILE``: no dialog is asked."""
    from cpdlog.ui import app as ui_app
    from cpdlog.ui.dialogs.unlock import UnlockDialog

    home = plain.paths.home
    plain.close()
    encryption.encrypt_journal(home, home / "cpdlog.sqlite", PASS)
    asked: list[int] = []
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: asked.append(1) or 0)
    startup = ui_app.Startup(home, passphrase_file=lambda: PASS + "\n")
    qtbot.addWidget(startup.window)
    startup.begin()
    window = startup.window
    qtbot.waitUntil(lambda: window.journal.model.rowCount() == 1, timeout=60_000)
    assert window.app.encrypted and asked == []
    window.close()
    startup.finish()
