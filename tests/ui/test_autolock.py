"""Auto-lock of an encrypted journal: idle time, the editor's text kept, memory cleared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from cpdlog.services import encryption
from cpdlog.services.app import App
from cpdlog.ui.autolock import SETTING, AutoLock, saved_minutes
from cpdlog.ui.main_window import MainWindow, Page
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import make_entry

PASS = "correct horse battery staple"
TYPED = "Quokkaunsavedword about a home visit"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def encrypted(home: Path) -> App:
    seeded = App.open(home)
    seeded.profile.update(name="Sam Patel", onboarded=True)
    seeded.entries.add(make_entry("Zebrafishsaved reading on kinship care"))
    seeded.close()
    encryption.encrypt_journal(home, home / "cpdlog.sqlite", PASS)
    return App.open(home, passphrase=PASS)


def _window(app: App, qtbot: Any) -> MainWindow:
    window = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.journal.model.rowCount() == 1, timeout=30_000)
    _settled(window, qtbot)
    return window


def _settled(window: MainWindow, qtbot: Any) -> None:
    """The window's background reads (sign-offs, feed preferences...) have finished: the lock
    waits for running work, which a real idle timer gives time to end."""
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=30_000)


def _lock(window: MainWindow, clock: Clock, opened: list[App]) -> AutoLock:
    home = window.paths.home
    return AutoLock(
        window,
        lambda passphrase: App.open(home, passphrase=passphrase),
        opened.append,
        clock=clock,
        check_interval_ms=60_000,  # the test calls check() itself
        minutes=15,
    )


def test_idle_time_locks_keeps_the_editor_text_sealed_and_unlocking_restores(
    encrypted: App, qtbot: Any, home: Path
) -> None:
    window = _window(encrypted, qtbot)
    clock, opened = Clock(), []
    lock = _lock(window, clock, opened)
    window.page(Page.PROGRESS)  # a page holding journal data, built on use
    editor = window.open_editor()
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, TYPED)
    assert editor.dirty
    clock.now += 14 * 60
    QApplication.sendEvent(  # input resets the idle time
        window,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    clock.now += 14 * 60
    lock.check()
    assert not lock.is_locked and window.is_attached
    clock.now += 60
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=30_000)
    with qtbot.waitSignal(lock.locked):
        lock.check()
    assert lock.is_locked
    assert window.app is None and not window.isVisible()
    assert window.editors == []
    assert window.journal.model.rowCount() == 0
    assert Page.PROGRESS not in window._pages
    assert encrypted.data_key is None and encrypted.db.key is None
    # the unsaved text is on disk, sealed: no plaintext anywhere in the data folder
    drafts = list((home / "autosave").glob("*.json"))
    assert len(drafts) == 1
    everything = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert b"Quokkaunsavedword" not in everything
    assert b"Zebrafishsaved" not in everything
    # a wrong passphrase asks again; the right one restores the window and the journal
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText("not the passphrase at all")
    dialog.accept()
    qtbot.waitUntil(lambda: lock.dialog is not dialog and lock.dialog is not None, timeout=30_000)
    assert not lock.dialog.error.isHidden()
    with qtbot.waitSignal(lock.unlocked, timeout=30_000):
        lock.dialog.passphrase.setText(PASS)
        lock.dialog.accept()
    assert window.isVisible() and window.is_attached and not lock.is_locked
    qtbot.waitUntil(lambda: window.journal.model.rowCount() == 1, timeout=30_000)
    [draft] = window.drafts.pending()
    assert draft.entry.title == TYPED  # not a word lost
    for app in opened:
        app.close()


def test_off_never_locks_and_the_choice_is_kept(encrypted: App, qtbot: Any) -> None:
    window = _window(encrypted, qtbot)
    clock = Clock()
    lock = _lock(window, clock, [])
    lock.set_minutes(0)
    assert window.state.value(SETTING) == "0"
    assert saved_minutes(window) == 0
    clock.now += 24 * 3600
    lock.check()
    assert not lock.is_locked and window.is_attached
    with pytest.raises(ValueError):
        lock.set_minutes(7)
    lock.set_minutes(5)
    clock.now += 5 * 60
    lock.check()
    assert lock.is_locked
    lock.dialog.reject()


def test_an_editor_that_cannot_keep_its_draft_holds_the_lock_off(
    encrypted: App, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(encrypted, qtbot)
    clock = Clock()
    lock = _lock(window, clock, [])
    editor = window.open_editor()
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, TYPED)

    def full_disk(*_args: Any) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.drafts, "save", full_disk)
    _settled(window, qtbot)  # so that only the draft that cannot be kept holds the lock off
    clock.now += 16 * 60
    lock.check()
    assert not lock.is_locked and window.is_attached  # waits rather than lose the text
    assert editor.isVisible() and editor.title_edit.text() == TYPED
    monkeypatch.undo()
    _settled(window, qtbot)
    lock.check()
    assert lock.is_locked
    lock.dialog.reject()
