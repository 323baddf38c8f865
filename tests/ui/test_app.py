"""Start-up: application set-up, first-run welcome, errors shown in a box, background tasks."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from cpdlog import APP_ID
from cpdlog.errors import StorageError, ValidationError
from cpdlog.services.app import App
from cpdlog.ui import app as ui_app
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner


def test_application_identity(qapp: QApplication) -> None:
    application = ui_app.configure_application()
    assert application is qapp
    assert application.desktopFileName() == APP_ID
    assert application.applicationName() == "cpdlog"
    assert not application.windowIcon().isNull()


def test_run_shows_a_storage_error_instead_of_a_traceback(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ui_app, "show_startup_error", shown.append)

    def refuse(_home: Any, _url: Any) -> App:
        raise StorageError("The journal was written by a newer cpdlog.")

    monkeypatch.setattr(ui_app, "open_app", refuse)
    assert ui_app.run(home=tmp_path) == 1
    assert shown == ["The journal was written by a newer cpdlog."]


def test_first_run_welcome_sets_the_profile(app: App, qtbot: Any) -> None:
    window = MainWindow(app, tasks=TaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.welcome_dialog is not None)
    dialog = window.welcome_dialog
    qtbot.keyClicks(dialog.name_edit, "Alex Morgan")
    dialog.regulator_combo.setCurrentIndex(dialog.regulator_combo.findData("niscc"))
    dialog.registered.check.setChecked(True)
    with qtbot.waitSignal(window.startup_finished):
        dialog.ok_button.click()
    profile = app.profile.get()
    assert (profile.name, profile.regulator_id, profile.onboarded) == ("Alex Morgan", "niscc", True)
    assert profile.registered_on is not None


def test_skipping_the_welcome_is_remembered(app: App, qtbot: Any) -> None:
    window = MainWindow(app, tasks=TaskRunner())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.welcome_dialog is not None)
    window.welcome_dialog.skip_button.click()
    assert app.profile.get().onboarded
    again = MainWindow(app, tasks=TaskRunner())
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.startup_finished):
        pass
    assert again.welcome_dialog is None


def test_window_geometry_and_splitter_are_remembered(onboarded: App, qtbot: Any) -> None:
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    window.journal.splitter.setSizes([600, 300])
    sizes = window.journal.splitter.sizes()
    window.journal.table.setColumnWidth(1, 133)
    window.close()
    again = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(again)
    again.show()
    assert again.journal.splitter.sizes() == sizes
    assert again.journal.table.columnWidth(1) == 133
    assert again.state.settings.value("main/geometry") is not None


def test_tasks_report_back_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(progress: Any, cancel: threading.Event) -> int:
        seen["worker"] = threading.get_ident()
        progress(1, 2)
        return 42

    def done(value: int) -> None:
        seen["result"] = (value, threading.get_ident())

    def progressed(done_: int, total: int) -> None:
        seen["progress"] = (done_, total, threading.get_ident())

    task = runner.start(work, done, on_progress=progressed, wants_progress=True, wants_cancel=True)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["worker"] != gui
    assert seen["result"] == (42, gui)
    assert seen["progress"] == (1, 2, gui)
    assert task.done and runner.running == 0

    errors: list[BaseException] = []

    def fail() -> None:
        raise ValidationError("No.")

    runner.start(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "No."
