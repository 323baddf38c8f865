"""The main toolbar keeps every action and its words on show: texts beside the icons while
they fit, under them when they do not (Welsh at 1000 px), never behind the "»" menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from cpdlog.services.app import App
from cpdlog.ui.language import Language, install_translators
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner

BESIDE = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
UNDER = Qt.ToolButtonStyle.ToolButtonTextUnderIcon


@pytest.fixture
def welsh_app(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    install_translators(qapp, Language.WELSH, tmp_path)
    yield
    install_translators(qapp, Language.ENGLISH, tmp_path)


def _window(app: App, qtbot: Any) -> MainWindow:
    window = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _every_action_shown(window: MainWindow) -> bool:
    toolbar = window.toolbar
    for action in toolbar.actions():
        if action.isSeparator():
            continue
        widget = toolbar.widgetForAction(action)
        if widget is None or not widget.isVisible():
            return False
        if not toolbar.rect().contains(widget.geometry()):
            return False
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return extension is None or not extension.isVisible()


def _resize(window: MainWindow, qtbot: Any, width: int, style: Qt.ToolButtonStyle) -> None:
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.toolbar.toolButtonStyle() == style, timeout=5000)
    qtbot.waitUntil(lambda: _every_action_shown(window), timeout=5000)


@pytest.mark.usefixtures("welsh_app")
def test_welsh_words_go_under_the_icons_when_narrow(onboarded: App, qtbot: Any) -> None:
    window = _window(onboarded, qtbot)
    try:
        _resize(window, qtbot, 1000, UNDER)
        _resize(window, qtbot, 1400, BESIDE)
        _resize(window, qtbot, 1000, UNDER)
    finally:
        window.tasks.cancel_all()
        window.tasks.wait_for_all(10_000)


def test_english_words_stay_beside_the_icons_at_1000(onboarded: App, qtbot: Any) -> None:
    window = _window(onboarded, qtbot)
    try:
        _resize(window, qtbot, 1000, BESIDE)
    finally:
        window.tasks.cancel_all()
        window.tasks.wait_for_all(10_000)
