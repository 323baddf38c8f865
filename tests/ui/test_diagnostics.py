"""Help → "Copy diagnostic information" and "Open log folder"; workers' errors reach the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from cpdlog import logs
from cpdlog.errors import ValidationError
from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import make_entry

TITLE = "Supervision notes on the Fairweather-Ngata referral"


@pytest.fixture(autouse=True)
def _logging(home: Path) -> Iterator[None]:
    logs.setup(home)
    yield
    logs.shutdown()


def _help_texts(window: MainWindow) -> list[str]:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    help_menu = menus[-1]
    return [action.text() for action in help_menu.actions()]


def test_the_help_menu_has_both_items(window: MainWindow) -> None:
    texts = _help_texts(window)
    assert "Copy &diagnostic information" in texts
    assert "Open &log folder" in texts


def test_copy_puts_the_diagnostic_text_on_the_clipboard(
    window: MainWindow, onboarded: App, home: Path, qtbot: Any
) -> None:
    onboarded.entries.add(make_entry(title=TITLE, tags=["heron-tag"]))
    logging.getLogger("cpdlog.tests").warning("Something about entry %d", 1)
    QGuiApplication.clipboard().setText("")

    with qtbot.waitSignal(window.diagnostics.copied, timeout=20_000) as blocker:
        window.diagnostics.copy_action.trigger()

    text = QGuiApplication.clipboard().text()
    assert text == blocker.args[0]
    assert text.startswith("cpdlog diagnostic information\n")
    assert "Platform plugin: offscreen" in text
    assert "PySide6: " in text
    assert "Entries: 1 (and 0 in the trash)" in text
    assert "Something about entry 1" in text
    for secret in (TITLE, "Fairweather", "heron-tag", str(home), "Sam Patel"):
        assert secret not in text
    assert window.diagnostics.copy_action.isEnabled()
    assert "copied" in window.statusBar().currentMessage()


def test_open_log_folder_opens_the_logs_folder(
    window: MainWindow, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))

    window.diagnostics.open_log_action.trigger()

    assert [url.toLocalFile() for url in opened] == [str(home / "logs")]
    assert (home / "logs").is_dir()


def test_open_log_folder_falls_back_to_the_data_folder(
    window: MainWindow, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "logs").write_text("")  # no logs folder can be made here
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))

    window.diagnostics.open_log_action.trigger()

    assert [url.toLocalFile() for url in opened] == [str(home)]


def test_a_worker_that_fails_logs_its_traceback_without_the_message(home: Path, qtbot: Any) -> None:
    home.mkdir()  # the log goes into an existing data folder only
    runner = TaskRunner()
    errors: list[BaseException] = []

    def broken() -> None:
        {}[TITLE]  # the KeyError is the point

    def refused() -> None:
        raise ValidationError(f"{TITLE} is not a date")

    for fn in (broken, refused):
        with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
            runner.start(fn, on_error=errors.append)
    logs.shutdown()

    assert [type(error) for error in errors] == [KeyError, ValidationError]
    text = (home / "logs" / "cpdlog.log").read_text("utf-8")
    assert "ERROR cpdlog.ui.tasks" in text
    assert "KeyError (message not logged)" in text
    assert "in broken" in text
    assert "A background task stopped: ValidationError" in text
    assert TITLE not in text
