"""File ▸ Language by keyboard alone: choosing Cymraeg keeps the choice in the data folder's
window.ini, and the app then speaks Welsh (its menus, its actions, the domain's wording);
choosing English brings it back. The choice applies when the app starts (the menu says so),
so each step starts the window again the way cpdlog.ui.app.run does: translators installed
from the saved setting, then a new main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from cpdlog import i18n
from cpdlog.services.app import App
from cpdlog.ui import language
from cpdlog.ui.language import Language, install_translators, read_language
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The menu's "next time it starts" message, recorded instead of shown (it is modal)."""
    said: list[str] = []

    def information(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    return said


@pytest.fixture
def start(onboarded: App, qtbot: Any, qapp: QApplication) -> Iterator[Any]:
    """Start the window as the app does: the saved language's translators, then the window."""
    if language.lrelease_program() is None:
        pytest.fail("PySide6's lrelease is missing")
    windows: list[MainWindow] = []

    def started() -> MainWindow:
        for old in windows:
            old.close()
        home = onboarded.paths.home
        install_translators(qapp, read_language(home), home)
        win = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        windows.append(win)
        return win

    yield started
    for win in windows:
        win.tasks.cancel_all()
        win.tasks.wait_for_all(10_000)
    install_translators(qapp, Language.ENGLISH, onboarded.paths.home)


def menu_titles(win: MainWindow) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def choose_by_keyboard(win: MainWindow, qtbot: Any, choice: str) -> None:
    """Alt+F opens File, its Language item's mnemonic opens the submenu, then the arrow keys
    go down to ``choice`` and Return chooses it: no mouse."""
    file_title = menu_titles(win)[0]
    focused = QApplication.focusWidget() or win
    qtbot.keyClick(focused, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    file_menu = QApplication.activePopupWidget()
    assert isinstance(file_menu, QMenu) and file_menu.title() == file_title
    submenu_item = next(a for a in file_menu.actions() if a.menu() is not None)
    key = submenu_item.text().split("&", 1)[1][0].upper()
    qtbot.keyClick(file_menu, getattr(Qt.Key, f"Key_{key}"))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not file_menu)
    submenu = QApplication.activePopupWidget()
    assert isinstance(submenu, QMenu) and submenu is submenu_item.menu()
    labels = [a.text() for a in submenu.actions()]
    for _ in range(labels.index(choice) + 1):
        qtbot.keyClick(submenu, Qt.Key.Key_Down)
        if submenu.activeAction() is not None and submenu.activeAction().text() == choice:
            break
    assert submenu.activeAction() is not None and submenu.activeAction().text() == choice
    qtbot.keyClick(submenu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_choosing_cymraeg_by_keyboard_and_back(
    start: Any, qtbot: Any, told: list[str], onboarded: App
) -> None:
    home: Path = onboarded.paths.home
    win = start()
    assert menu_titles(win)[:2] == ["&File", "&Edit"]
    choose_by_keyboard(win, qtbot, "Cymraeg")
    assert read_language(home) is Language.WELSH
    assert "language=cy" in (home / "window.ini").read_text(encoding="utf-8")
    assert told == ["cpdlog will use this language the next time it starts."]

    win = start()
    assert menu_titles(win)[:2] == ["&Ffeil", "&Golygu"], menu_titles(win)
    assert win.window_actions.new_entry.text() != "&New entry…"
    assert i18n.language() == i18n.WELSH  # the domain's sentences and the PDF follow it
    file_menu = win.menuBar().actions()[0].menu()
    submenu = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
    assert [a.text() for a in submenu.actions() if a.isChecked()] == ["Cymraeg"]

    choose_by_keyboard(win, qtbot, "English")
    assert read_language(home) is Language.ENGLISH
    win = start()
    assert menu_titles(win)[:2] == ["&File", "&Edit"]
    assert i18n.language() == i18n.ENGLISH
