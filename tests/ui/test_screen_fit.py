"""Dialogs open no larger than the screen leaves room for: on a 1000×700 screen the entry
editor's Save and Cancel are on the screen (it asked for 720 px, and in Welsh could not
shrink below it without a window manager doing so)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialogButtonBox

from cpdlog.ui.main_window import MainWindow

SMALL = QRect(0, 0, 1000, 700)


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(SMALL))


@pytest.mark.usefixtures("small_screen")
def test_the_entry_editor_fits_a_small_screen(window: MainWindow, qtbot: Any) -> None:
    editor = window.open_editor()
    qtbot.waitUntil(editor.isVisible)
    assert editor.height() <= SMALL.height() * 0.9
    assert editor.width() <= SMALL.width() * 0.9
    buttons = editor.findChild(QDialogButtonBox)
    assert buttons is not None
    bottom = buttons.mapTo(editor, buttons.rect().bottomLeft()).y()
    assert bottom <= editor.height()
    editor.discard()


def test_on_a_large_screen_the_editor_keeps_its_size(window: MainWindow, qtbot: Any) -> None:
    editor = window.open_editor()
    qtbot.waitUntil(editor.isVisible)
    available = editor.screen().availableGeometry()
    assert editor.height() == min(720, int(available.height() * 0.9))
    editor.discard()
