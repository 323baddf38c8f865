"""The desktop app's start with a named pipe in place of its journal or its window settings:
a message box with the one line, never a window frozen on a read that does not end."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from cpdlog.errors import StorageError
from cpdlog.ui import app as ui_app
from cpdlog.ui.language import SETTINGS_FILE

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")

WAIT_MS = 30_000  # a bound on the opening worker, not a claim about its speed


@pytest.mark.parametrize("name", ["cpdlog.sqlite", "cpdlog.sqlite-journal", SETTINGS_FILE])
def test_run_shows_the_one_line_instead_of_hanging(
    name: str, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ui_app, "show_startup_error", shown.append)
    os.mkfifo(tmp_path / name)  # QSettings, like SQLite, would wait on it for ever
    assert ui_app.run(home=tmp_path) == 1
    assert len(shown) == 1
    assert shown[0].startswith("The ") and f" {tmp_path / name} is a named pipe (FIFO)" in shown[0]
    assert shown[0].endswith("Move it away and try again.")
    assert (tmp_path / name).is_fifo()


def test_the_opening_worker_reports_a_pipe_it_finds(qtbot: Any, tmp_path: Path) -> None:
    """A pipe put in place after the start's own look (or by a start that skipped it) is
    refused by App.open on the worker: the window hides and ``failed`` carries the error."""
    startup = ui_app.Startup(tmp_path)
    qtbot.addWidget(startup.window)
    os.mkfifo(tmp_path / "cpdlog.sqlite")
    with qtbot.waitSignal(startup.failed, timeout=WAIT_MS) as failed:
        startup.begin()
    error = failed.args[0]
    assert isinstance(error, StorageError) and "named pipe" in str(error)
    assert not startup.window.isVisible()
    startup.finish()
