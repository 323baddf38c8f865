"""An encrypted journal asks for its passphrase at start-up (keychain or not)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.errors import KeyringError, NoKeyringError

from cpdlog.services.app import App
from cpdlog.storage import encryption
from cpdlog.ui import app as ui_app
from cpdlog.ui.dialogs import unlock
from tests.conftest import make_entry

PASS = "correct horse battery staple"


def _encrypted_home(home: Path) -> None:
    seeded = App.open(home)
    seeded.profile.update(name="Sam Patel", onboarded=True)
    seeded.entries.add(make_entry("Reading on kinship care"))
    seeded.close()
    encryption.encrypt(home, home / "cpdlog.sqlite", PASS)


def _no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(*_args: Any) -> None:
        raise NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "get_password", unavailable)
    monkeypatch.setattr(keyring, "set_password", unavailable)
    monkeypatch.setattr(keyring, "delete_password", unavailable)


def test_no_keychain_falls_back_to_asking_and_a_wrong_passphrase_asks_again(
    qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _encrypted_home(home)
    _no_keychain(monkeypatch)
    assert unlock.remembered_passphrase(home) is None
    typed = iter(["not the passphrase", PASS])
    shown_wrong: list[bool] = []

    def exec_(dialog: unlock.UnlockDialog) -> int:
        shown_wrong.append(not dialog.error.isHidden())
        dialog.passphrase.setText(next(typed))
        dialog.remember.setChecked(True)  # no keychain: remembering quietly does nothing
        return int(unlock.UnlockDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(unlock.UnlockDialog, "exec", exec_)
    startup = ui_app.Startup(home)
    qtbot.addWidget(startup.window)
    startup.begin()
    qtbot.waitUntil(lambda: startup.window.is_attached, timeout=60_000)
    assert shown_wrong == [False, True]
    assert startup.opened is not None and startup.opened.encrypted
    assert startup.error is None
    startup.window.close()
    startup.finish()


def test_remembered_passphrase_opens_without_asking(
    qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _encrypted_home(home)
    kept: dict[tuple[str, str], str] = {}
    monkeypatch.setattr(keyring, "get_password", lambda s, a: kept.get((s, a)))
    monkeypatch.setattr(keyring, "set_password", lambda s, a, p: kept.__setitem__((s, a), p))
    assert unlock.remember_passphrase(home, PASS)
    assert unlock.remembered_passphrase(home) == PASS

    def never(_dialog: unlock.UnlockDialog) -> int:
        raise AssertionError("asked although the keychain had the passphrase")

    monkeypatch.setattr(unlock.UnlockDialog, "exec", never)
    startup = ui_app.Startup(home)
    qtbot.addWidget(startup.window)
    startup.begin()
    qtbot.waitUntil(lambda: startup.window.is_attached, timeout=60_000)
    startup.window.close()
    startup.finish()


def test_the_keychain_is_asked_off_the_gui_thread_while_the_window_is_shown(
    qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keychain (D-Bus) may take seconds or wait for the user to unlock it: the window is
    shown and answers meanwhile; its passphrase's key is still derived ahead, once."""
    import threading

    from PySide6.QtCore import QTimer

    from cpdlog.services import encryption as encryption_service
    from cpdlog.storage import keys

    _encrypted_home(home)
    keys.forget_session_keys()
    release = threading.Event()
    asked_on: list[bool] = []
    ahead: list[str] = []

    def slow_keychain(service: str, account: str) -> str | None:
        asked_on.append(threading.current_thread() is threading.main_thread())
        assert release.wait(60)  # until the test has seen the window answer
        return PASS if service == unlock.KEYRING_SERVICE else None

    monkeypatch.setattr(keyring, "get_password", slow_keychain)
    real_ahead = encryption_service.derive_key_ahead
    monkeypatch.setattr(
        encryption_service,
        "derive_key_ahead",
        lambda *args: (ahead.append("ahead"), real_ahead(*args))[1],
    )

    def never(_dialog: unlock.UnlockDialog) -> int:
        raise AssertionError("asked although the keychain had the passphrase")

    monkeypatch.setattr(unlock.UnlockDialog, "exec", never)
    startup = ui_app.Startup(home)
    qtbot.addWidget(startup.window)
    try:
        startup.begin()
        assert startup.window.isVisible()
        ticked: list[int] = []
        QTimer.singleShot(0, lambda: ticked.append(1))
        qtbot.waitUntil(lambda: bool(ticked), timeout=10_000)  # the event loop runs meanwhile
        assert not startup.window.is_attached and not release.is_set()
        release.set()
        qtbot.waitUntil(lambda: startup.window.is_attached, timeout=60_000)
        assert asked_on == [False]
        assert ahead == ["ahead"]
        assert startup.opened is not None and startup.opened.encrypted
    finally:
        release.set()
        startup.window.close()
        startup.finish()
        keys.forget_session_keys()


def test_keychain_errors_are_not_fatal(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: Any) -> None:
        raise KeyringError("locked")

    monkeypatch.setattr(keyring, "get_password", broken)
    monkeypatch.setattr(keyring, "set_password", broken)
    assert unlock.remembered_passphrase(home) is None
    assert unlock.remember_passphrase(home, PASS) is False


def test_drafts_are_sealed_when_encrypted_and_still_load(home: Path) -> None:
    import datetime as dt

    from cpdlog.storage import keys
    from cpdlog.ui.drafts import Draft, DraftStore, draft_key

    App.open(home).close()
    plain = DraftStore(home / "autosave")
    now = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    plain.save(Draft("new-1", make_entry("Quokkadraftword before"), []), now)
    encryption.encrypt(home, home / "cpdlog.sqlite", PASS)
    data_key = keys.unlock_with_passphrase(keys.key_file_path(home), PASS)
    store = DraftStore(home / "autosave", draft_key(data_key))
    store.save(Draft("new-2", make_entry("Quokkadraftword after"), []), now)
    for path in (home / "autosave").iterdir():
        assert b"Quokkadraftword" not in path.read_bytes()
    titles = sorted(d.entry.title for d in store.pending())
    assert titles == ["Quokkadraftword after", "Quokkadraftword before"]
    assert DraftStore(home / "autosave").pending() == []  # locked: nothing readable
    encryption.decrypt(home, home / "cpdlog.sqlite", data_key)
    assert len(DraftStore(home / "autosave").pending()) == 2


def test_the_key_is_derived_once_and_while_the_window_is_built(
    qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passphrase from a file (or the keychain) starts the key's derivation before the window
    is built; the journal's opening then waits for that derivation rather than repeating it."""
    from cryptography.hazmat.primitives.kdf import scrypt

    from cpdlog.services import encryption as encryption_service
    from cpdlog.storage import keys
    from cpdlog.ui import main_window

    _encrypted_home(home)
    _no_keychain(monkeypatch)
    keys.forget_session_keys()
    events: list[str] = []
    real_scrypt = scrypt.Scrypt

    class Counting:
        def __init__(self, **kwargs: Any) -> None:
            self._real = real_scrypt(**kwargs)

        def derive(self, key_material: bytes) -> bytes:
            events.append("scrypt")
            return self._real.derive(key_material)

    monkeypatch.setattr(scrypt, "Scrypt", Counting)
    real_ahead = encryption_service.derive_key_ahead
    monkeypatch.setattr(
        encryption_service,
        "derive_key_ahead",
        lambda *args: (events.append("ahead"), real_ahead(*args))[1],
    )
    real_init = main_window.MainWindow.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        events.append("window")
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(main_window.MainWindow, "__init__", init)
    monkeypatch.setattr(unlock.UnlockDialog, "exec", lambda _d: 0)  # never asked
    startup = ui_app.Startup(home, passphrase_file=lambda: PASS)
    qtbot.addWidget(startup.window)
    startup.begin()
    qtbot.waitUntil(lambda: startup.window.is_attached, timeout=60_000)
    assert startup.error is None and startup.opened is not None and startup.opened.encrypted
    assert events.index("ahead") < events.index("window")
    assert events.count("scrypt") == 1
    startup.window.close()
    startup.finish()
    keys.forget_session_keys()


def test_an_unreadable_passphrase_file_is_said_and_nothing_opens(
    qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cpdlog.errors import CpdlogError

    _encrypted_home(home)
    _no_keychain(monkeypatch)

    def unreadable() -> str:
        raise CpdlogError("The passphrase file is empty.")

    startup = ui_app.Startup(home, passphrase_file=unreadable)
    qtbot.addWidget(startup.window)
    failures: list[BaseException] = []
    startup.failed.connect(failures.append)
    startup.begin()
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    assert "empty" in str(failures[0])
    assert startup.opened is None
    startup.finish()
