"""The desktop app on the organisation's server (issue 17), against a real PostgreSQL that the
tests stop and start: choosing it in settings, the banner when it goes away, entries kept on
this computer while it is away (also across a restart) and saved when it is back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from cpdlog.paths import DATABASE_URL_ENV
from cpdlog.services import connection
from cpdlog.services.app import App
from cpdlog.services.connection import ServerChoice
from cpdlog.ui import app as ui_app
from cpdlog.ui.drafts import DraftStore
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import make_entry
from tests.keychain import MemoryKeyring


@pytest.fixture
def server(tls_pg_server: Any) -> Iterator[Any]:
    """The shared TLS server (``tests/conftest.py``): tests here stop and start it."""
    try:
        yield tls_pg_server
    finally:
        tls_pg_server.resume()


@pytest.fixture
def keychain(monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> MemoryKeyring:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    return memory_keyring


@pytest.fixture
def choice(server: Any) -> Iterator[ServerChoice]:
    from tests.pgserver import ADMIN_USER

    database = server.create_database()
    try:
        yield ServerChoice("127.0.0.1", database, ADMIN_USER, server.port, check_certificate=False)
    finally:
        server.resume()  # if a test failed while it was stopped
        server.drop_database(database)


@pytest.fixture
def on_server(home: Path, choice: ServerChoice, keychain: MemoryKeyring) -> ServerChoice:
    """The data folder set to use the server, whose journal the practitioner has set up."""
    from tests.pgserver import ADMIN_PASSWORD

    connection.save_choice(home, choice, ADMIN_PASSWORD)
    app = App.open(home, connection.database_url(home))
    try:
        app.profile.update(name="Sam Patel", onboarded=True)
        app.entries.add(make_entry("Listed before the outage"))
    finally:
        app.close()
    return choice


def _start(home: Path, qtbot: Any) -> ui_app.Startup:
    startup = ui_app.Startup(home)
    qtbot.addWidget(startup.window)
    return startup


def _stop(startup: ui_app.Startup) -> None:
    window = startup.window
    for editor in list(window.editors):
        editor.discard()
    window.offline.timer.stop()
    window.close()
    startup.finish()


def _everything(home: Path) -> bytes:
    """Every file in the data folder, read: a typed word must not be in it in plain text."""
    return b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())


def _write_offline_entry(window: MainWindow, qtbot: Any, title: str) -> None:
    editor = window.open_editor()
    editor.title_edit.setText(title)
    editor.section_edit("learnt").set_text("Every word typed while the server was away.")
    editor.mark_unsaved()
    with qtbot.waitSignal(editor.kept_waiting, timeout=60_000):
        editor.save()
    assert not editor.isVisible()  # closed: the entry waits on this computer


def test_choosing_the_organisation_server_in_settings(
    onboarded: App, qtbot: Any, choice: ServerChoice, keychain: MemoryKeyring
) -> None:
    from tests.pgserver import ADMIN_PASSWORD

    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    dialog = window.choose_server()
    assert dialog.local_radio.isChecked()  # "My own computer" unless chosen
    assert not dialog.server_box.isEnabled()
    dialog.server_radio.setChecked(True)
    dialog.host.setText(choice.host)
    dialog.port.setValue(choice.port)
    dialog.database.setText(choice.database)
    dialog.user.setText(choice.user)
    dialog.password.setText(ADMIN_PASSWORD)
    assert not dialog.test_server.isChecked()  # the certificate is checked by default
    dialog.test_server.setChecked(True)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30_000)
    assert dialog.test_result.text() == "The server answered: the connection works."
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # kept on a worker
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30_000)
    assert connection.load_choice(onboarded.paths.home) == choice
    assert ADMIN_PASSWORD not in connection.choice_path(onboarded.paths.home).read_text("utf-8")
    assert list(keychain.kept.values()) == [ADMIN_PASSWORD]
    window.tasks.wait_for_all(10_000)
    window.close()
    home = onboarded.paths.home
    onboarded.close()

    startup = _start(home, qtbot)  # the next start uses the server
    try:
        with qtbot.waitSignal(startup.window.journal.loaded, timeout=60_000):
            startup.begin()
        assert startup.window.app.db.engine.dialect.name == "postgresql"
        assert startup.window.app.db.engine.url.database == choice.database
    finally:
        _stop(startup)


def test_switching_back_to_this_computer_in_settings(
    window: MainWindow, keychain: MemoryKeyring, qtbot: Any
) -> None:
    home = window.paths.home
    saved = ServerChoice("cpdlog.example.gov.uk", "cpdlog", "sam.patel", 5433, True, False)
    connection.save_choice(home, saved)
    dialog = window.choose_server()
    assert dialog.server_radio.isChecked()
    assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == (
        "cpdlog.example.gov.uk",
        5433,
        "sam.patel",
    )
    assert dialog.signs_in.isChecked() and not dialog.password.isEnabled()
    assert dialog.test_server.isChecked()
    dialog.local_radio.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # kept on a worker
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30_000)
    assert connection.load_choice(home) is None
    assert keychain.kept == {}  # "my organisation signs me in": no password anywhere


def test_the_banner_while_the_server_is_away_and_saving_when_it_is_back(
    home: Path, qtbot: Any, server: Any, on_server: ServerChoice, keychain: MemoryKeyring
) -> None:
    keychain.on_main_thread.clear()  # what setting the journal up did
    startup = _start(home, qtbot)
    window = startup.window
    try:
        with qtbot.waitSignal(window.journal.loaded, timeout=60_000):
            startup.begin()
        assert window.journal.model.rowCount() == 1
        assert not window.offline.unreachable_shown

        server.pause()
        _write_offline_entry(window, qtbot, "Written during the outage")
        assert window.offline.unreachable_shown
        banner = window.offline.banner.label.text()
        assert banner.startswith(
            "cpdlog cannot reach your organisation's server. Your drafts are kept on this "
            "computer and saved when it is back."
        )
        assert "Waiting to be saved: 1 entry." in banner
        waiting = window.drafts.waiting()
        assert [d.entry.title for d in waiting] == ["Written during the outage"]
        assert waiting[0].entry.reflection.sections["learnt"].startswith("Every word typed")
        # the server's password and the drafts' key came from the keychain on workers only
        assert keychain.on_main_thread == []
        # sealed with the keychain's drafts key: not a typed word in the data folder
        assert window.drafts.key is not None
        assert window.drafts.key == connection.server_draft_key(home)
        assert b"Every word typed" not in _everything(home)
        assert b"Written during the outage" not in _everything(home)
        assert "not encrypted" not in banner
        assert window.journal.model.rowCount() == 1  # what was listed stays visible
        window.entries_changed()  # a refresh while it is away: the list stays as it was
        assert window.journal.model.rowCount() == 1
        assert window.offline.unreachable_shown

        # an entry already listed can still be edited: the edit waits too
        listed_id = window.journal.model.entries()[0].id
        editor = window.open_entry(listed_id)
        assert editor is not None
        assert editor.section_edit("learnt").text() == make_entry().reflection.sections["learnt"]
        editor.title_edit.setText("Listed before the outage, edited while it was away")
        editor.mark_unsaved()
        with qtbot.waitSignal(editor.kept_waiting, timeout=60_000):
            editor.save()
        assert "Waiting to be saved: 2 entries." in window.offline.banner.label.text()

        # Still away: "Try again" says so again and keeps the draft.
        with qtbot.waitSignal(window.offline.banner.try_again.clicked):
            qtbot.mouseClick(window.offline.banner.try_again, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.offline.banner.try_again.isEnabled(), timeout=60_000)
        assert window.offline.unreachable_shown
        assert len(window.drafts.waiting()) == 2

        server.resume()
        with qtbot.waitSignal(window.offline.back, timeout=60_000):
            qtbot.mouseClick(window.offline.banner.try_again, Qt.MouseButton.LeftButton)
        assert not window.offline.unreachable_shown
        assert window.drafts.waiting() == []
        titles = sorted(e.title for e in window.app.entries.list_entries())
        assert titles == [
            "Listed before the outage, edited while it was away",  # unchanged there: saved over
            "Written during the outage",
        ]
        qtbot.waitUntil(lambda: window.journal.model.rowCount() == 2, timeout=10_000)
    finally:
        _stop(startup)


def test_a_restart_while_the_server_is_away_keeps_the_draft(
    home: Path, qtbot: Any, server: Any, on_server: ServerChoice
) -> None:
    startup = _start(home, qtbot)
    try:
        with qtbot.waitSignal(startup.window.journal.loaded, timeout=60_000):
            startup.begin()
        server.pause()
        _write_offline_entry(startup.window, qtbot, "Kept across a restart")
    finally:
        _stop(startup)

    again = _start(home, qtbot)  # the server is still away
    window = again.window
    try:
        again.begin()
        qtbot.waitUntil(lambda: window.offline.unreachable_shown, timeout=60_000)
        assert window.isVisible() and not window.is_attached
        assert again.error is None  # the app stays open, with the banner
        sealed_with = connection.server_draft_key(home)  # the keychain's, made at the first start
        assert sealed_with is not None
        assert DraftStore(home / "autosave").waiting() == []  # sealed: nothing without the key
        assert [d.entry.title for d in DraftStore(home / "autosave", sealed_with).waiting()] == [
            "Kept across a restart"
        ]
        assert b"Every word typed" not in _everything(home)
        assert "Waiting to be saved: 1 entry." in window.offline.banner.label.text()

        server.resume()
        with qtbot.waitSignal(window.offline.back, timeout=60_000):
            qtbot.mouseClick(window.offline.banner.try_again, Qt.MouseButton.LeftButton)
        assert window.is_attached
        assert not window.offline.unreachable_shown
        assert sorted(e.title for e in window.app.entries.list_entries()) == [
            "Kept across a restart",
            "Listed before the outage",
        ]
        assert window.drafts.waiting() == []
    finally:
        _stop(again)


def test_the_first_run_welcome_offers_the_organisation_server(
    app: App, qtbot: Any, keychain: MemoryKeyring
) -> None:
    window = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    welcome = window.show_welcome()
    assert welcome.server_button.isVisible()
    chooser = welcome.choose_server()
    assert chooser.isVisible()
    assert chooser.local_radio.isChecked()  # "My own computer" is what cpdlog does by default
    chooser.reject()
    welcome.skip()
    assert not connection.choice_path(app.paths.home).exists()


def test_an_edit_kept_offline_never_overwrites_a_newer_copy_on_the_server(
    home: Path, qtbot: Any, server: Any, on_server: ServerChoice
) -> None:
    import datetime as dt

    startup = _start(home, qtbot)
    window = startup.window
    try:
        with qtbot.waitSignal(window.journal.loaded, timeout=60_000):
            startup.begin()
        listed_id = window.journal.model.entries()[0].id
        server.pause()
        editor = window.open_entry(listed_id)
        assert editor is not None
        editor.section_edit("learnt").set_text("My version, written on the train.")
        editor.mark_unsaved()
        with qtbot.waitSignal(editor.kept_waiting, timeout=60_000):
            editor.save()
        server.resume()
        # meanwhile the same entry is changed on another computer
        later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
        other = App.open(home, connection.database_url(home), clock=lambda: later)
        try:
            theirs = other.entries.get(listed_id)
            theirs.title = "Changed on the office computer"
            other.entries.update(theirs)
        finally:
            other.close()

        with qtbot.waitSignal(window.offline.back, timeout=60_000) as back:
            qtbot.mouseClick(window.offline.banner.try_again, Qt.MouseButton.LeftButton)
        assert [e.title for e in back.args[0].kept_both] == ["Listed before the outage"]
        entries = {e.title: e for e in window.app.entries.list_entries()}
        assert sorted(entries) == ["Changed on the office computer", "Listed before the outage"]
        mine = entries["Listed before the outage"]
        assert mine.id != listed_id
        assert mine.reflection.sections["learnt"] == "My version, written on the train."
        notice = window.findChild(QMessageBox, "server_back_notice")
        assert notice is not None and "Nothing was overwritten" in notice.text()
    finally:
        _stop(startup)


def test_drafts_written_before_they_were_sealed_are_read_then_sealed(
    home: Path, qtbot: Any, server: Any, on_server: ServerChoice
) -> None:
    import datetime as dt

    from cpdlog.ui.drafts import Draft

    before = DraftStore(home / "autosave")  # as this computer kept them until now: plain JSON
    path = before.save(
        Draft("new-0123456789ab", make_entry("Quokka kept in plain JSON"), waiting=True),
        dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC),
    )
    assert b"Quokka kept" in path.read_bytes()
    server.pause()
    startup = _start(home, qtbot)
    window = startup.window
    try:
        startup.begin()
        qtbot.waitUntil(lambda: window.offline.unreachable_shown, timeout=60_000)
        assert "Waiting to be saved: 1 entry." in window.offline.banner.label.text()
        assert b"Quokka kept" not in _everything(home)  # sealed on its first read
        assert [d.entry.title for d in window.drafts.waiting()] == ["Quokka kept in plain JSON"]

        server.resume()
        with qtbot.waitSignal(window.offline.back, timeout=60_000):
            qtbot.mouseClick(window.offline.banner.try_again, Qt.MouseButton.LeftButton)
        titles = sorted(e.title for e in window.app.entries.list_entries())
        assert titles == ["Listed before the outage", "Quokka kept in plain JSON"]
        assert not path.exists()
    finally:
        _stop(startup)


def test_without_a_keychain_for_the_drafts_key_they_wait_as_private_files_and_it_is_said(
    home: Path, qtbot: Any, server: Any, on_server: ServerChoice, keychain: MemoryKeyring
) -> None:
    keychain.broken = True  # it still gives the server's password, and keeps nothing new
    startup = _start(home, qtbot)
    window = startup.window
    try:
        with qtbot.waitSignal(window.journal.loaded, timeout=60_000):
            startup.begin()
        assert window.drafts.key is None
        server.pause()
        _write_offline_entry(window, qtbot, "Kept without a keychain")
        banner = window.offline.banner.label.text()
        assert (
            "This computer has no keychain cpdlog can use, so they are not encrypted here: "
            "only your user account can open them."
        ) in banner
        [path] = list((home / "autosave").glob("*.json"))
        assert path.stat().st_mode & 0o077 == 0  # this user's alone, as before
        assert b"Kept without a keychain" in path.read_bytes()  # not sealed, and not lost

        server.resume()
        with qtbot.waitSignal(window.offline.back, timeout=60_000):
            qtbot.mouseClick(window.offline.banner.try_again, Qt.MouseButton.LeftButton)
        titles = sorted(e.title for e in window.app.entries.list_entries())
        assert titles == ["Kept without a keychain", "Listed before the outage"]
    finally:
        _stop(startup)


def test_the_editor_opens_at_once_while_the_server_is_away_and_says_what_it_lacks(
    home: Path, qtbot: Any, server: Any, on_server: ServerChoice, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from cpdlog.services.practitioner import PractitionerService

    startup = _start(home, qtbot)
    window = startup.window
    try:
        with qtbot.waitSignal(window.journal.loaded, timeout=60_000):
            startup.begin()
        read_on_gui: list[str] = []
        real_get = PractitionerService.get

        def get(service: PractitionerService) -> Any:
            if threading.current_thread() is threading.main_thread():
                read_on_gui.append("profile")
            return real_get(service)

        monkeypatch.setattr(PractitionerService, "get", get)
        server.pause()
        editor = window.open_editor()
        assert editor.isVisible() and editor.lookups is None  # still being read, elsewhere
        editor.title_edit.setText("Typed while the profile was loading")
        editor.section_edit("learnt").set_text("Quokkas typed before anything loaded.")
        with qtbot.waitSignal(editor.draft_written, timeout=10_000):
            editor.save_draft_if_dirty()  # autosave works meanwhile
        qtbot.waitUntil(lambda: editor.lookups is not None, timeout=60_000)
        assert editor.lookups is not None and editor.lookups.unreachable
        notice = editor.findChild(QLabel, "editor_lookup_notice")
        assert notice is not None and not notice.isHidden()
        assert notice.text().startswith("cpdlog cannot reach your organisation's server")
        assert editor.title_edit.text() == "Typed while the profile was loading"  # untouched
        assert editor.section_edit("learnt").text() == "Quokkas typed before anything loaded."
        assert read_on_gui == []
        assert b"Quokkas typed" not in _everything(home)  # the autosave is sealed too
        [draft] = window.drafts.pending()
        assert draft.entry.title == "Typed while the profile was loading"
    finally:
        _stop(startup)
