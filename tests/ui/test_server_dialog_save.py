"""The server dialog's Save keeps the password in the keychain on a worker, not on the GUI
thread (the keychain may wait for the user to unlock it), and the dialog stays honest while
it runs: Save and Cancel off, a line saying it is saving, a failure shown in the dialog."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cpdlog.services import connection
from cpdlog.services.connection import ServerChoice
from cpdlog.ui.dialogs.server import ServerDialog
from cpdlog.ui.tasks import TaskRunner
from tests.keychain import MemoryKeyring, memory_keychain

CHOICE = ServerChoice("cpdlog.example.gov.uk", "cpdlog", "sam.patel", 5433)
PASSWORD = "correct horse battery staple"
LIMIT_MS = 30_000  # only bounds a broken run


class HeldKeyring(MemoryKeyring):
    """A keychain that waits, as one does while it asks the user to unlock it."""

    def __init__(self, broken: bool = False) -> None:
        super().__init__(broken)
        self.asked = threading.Event()
        self.release = threading.Event()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.asked.set()
        assert self.release.wait(LIMIT_MS / 1000), "the test never released the keychain"
        super().set_password(service, username, password)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Any:
    import keyring

    before = keyring.get_keyring()
    backend = HeldKeyring()
    keyring.set_keyring(backend)
    yield backend
    backend.release.set()
    keyring.set_keyring(before)


def _dialog(home: Path, qtbot: Any) -> ServerDialog:
    tasks = TaskRunner()
    dialog = ServerDialog(home, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.server_radio.setChecked(True)
    dialog.host.setText(CHOICE.host)
    dialog.port.setValue(CHOICE.port)
    dialog.database.setText(CHOICE.database)
    dialog.user.setText(CHOICE.user)
    dialog.password.setText(PASSWORD)
    return dialog


def _save_button(dialog: ServerDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_save_keeps_the_password_on_a_worker(home: Path, qtbot: Any, held: HeldKeyring) -> None:
    dialog = _dialog(home, qtbot)
    _save_button(dialog).click()
    # The click returned while the keychain is still busy: the GUI thread is free.
    assert held.asked.wait(LIMIT_MS / 1000)
    assert dialog.isVisible() and dialog.saving
    assert not _save_button(dialog).isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
    assert not dialog.server_box.isEnabled()
    assert dialog.save_status.isVisible()
    assert dialog.save_status.text() == "Saving… your keychain may ask you to unlock it."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # no Cancel while the keychain is working
    dialog.reject()
    assert dialog.isVisible()
    assert connection.load_choice(home) is None  # nothing claimed before it is kept

    held.release.set()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=LIMIT_MS)
    assert not dialog.isVisible()
    assert connection.load_choice(home) == CHOICE.checked()
    assert list(held.kept.values()) == [PASSWORD]
    assert held.on_main_thread == []  # the keychain was never used from the GUI thread
    dialog.tasks.wait_for_all(10_000)


def test_a_keychain_that_refuses_leaves_the_dialog_open_and_saying_so(
    home: Path, qtbot: Any
) -> None:
    with memory_keychain(broken=True) as keychain:
        dialog = _dialog(home, qtbot)
        _save_button(dialog).click()
        qtbot.waitUntil(lambda: not dialog.saving, timeout=LIMIT_MS)
        assert dialog.isVisible()
        assert dialog.result() != dialog.DialogCode.Accepted
        assert dialog.error.isVisible()
        assert "no keychain cpdlog can keep your password in" in dialog.error.message
        assert _save_button(dialog).isEnabled() and dialog.server_box.isEnabled()
        assert dialog.password.isEnabled() and dialog.password.text() == PASSWORD  # kept
        assert not dialog.save_status.isVisible()
        assert connection.load_choice(home) is None
        assert keychain.on_main_thread == []
        dialog.tasks.wait_for_all(10_000)


def test_an_incomplete_server_is_refused_at_once(home: Path, qtbot: Any) -> None:
    with memory_keychain() as keychain:
        dialog = _dialog(home, qtbot)
        dialog.host.setText("")
        _save_button(dialog).click()
        assert not dialog.saving and dialog.isVisible()
        assert dialog.error.isVisible() and dialog.error.message
        assert keychain.kept == {}
