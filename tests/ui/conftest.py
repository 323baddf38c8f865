"""Fixtures for the desktop app's tests: a main window on a fresh journal, no real pop-ups."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from cpdlog.services.app import App
from cpdlog.ui.dialogs import entry_editor
from cpdlog.ui.dialogs.entry_editor import CloseChoice
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A modal question would stall an offscreen test: record it and answer "Discard"
    (the entry editor's close question included)."""
    asked: list[tuple[str, str]] = []

    def question(_parent: Any, title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
        asked.append((title, text))
        return QMessageBox.StandardButton.Discard

    def unsaved_changes(parent: Any) -> CloseChoice:
        asked.append(("Unsaved changes", "This entry has changes that are not saved."))
        return CloseChoice.DISCARD

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(entry_editor, "ask_unsaved_changes", unsaved_changes)
    return asked


@pytest.fixture
def onboarded(app: App) -> App:
    """A journal whose practitioner has already been through the welcome."""
    app.profile.update(name="Sam Patel", onboarded=True)
    return app


@pytest.fixture
def window(onboarded: App, qtbot: Any) -> Iterator[MainWindow]:
    win = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for editor in list(win.editors):
        editor.discard()
    win.tasks.cancel_all()
    win.tasks.wait_for_all(10_000)
