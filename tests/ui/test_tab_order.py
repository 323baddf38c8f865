"""Tab follows the reading order in every page and in every tab of the entry editor: pressing
Tab visits the controls top to bottom and, along a row, left to right (WCAG 2.4.3), judged by
where each control is drawn on screen."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cpdlog.services.app import App
from cpdlog.ui import a11y
from cpdlog.ui.main_window import MainWindow
from tests.conftest import make_entry

ROW = 12  # controls whose tops are this close (in px) are on one row


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _describe(widget: QWidget) -> str:
    top = widget.mapToGlobal(QPoint(0, 0))
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    return f"{type(widget).__name__}({name!r}) at ({top.x()}, {top.y()})"


def _tab_chain(qtbot: Any, container: QWidget, first: QWidget) -> list[QWidget]:
    """The controls inside ``container`` that Tab visits from ``first``, once round."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    seen: list[QWidget] = []
    for _ in range(120):
        widget = _focused()
        if widget in seen:
            break
        if container.isAncestorOf(widget):
            seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def _out_of_order(chain: list[QWidget]) -> list[str]:
    """Each step of ``chain`` that goes back up the screen, or leftwards along a row."""
    wrong = []
    for before, after in itertools.pairwise(chain):
        a, b = before.mapToGlobal(QPoint(0, 0)), after.mapToGlobal(QPoint(0, 0))
        same_row = abs(a.y() - b.y()) <= ROW
        # along the row to its right, or further down (a thin divider just above a pane counts
        # as on its row), or in a pane to its right that starts higher up
        ahead = (
            b.x() > a.x() or b.y() > a.y()
            if same_row
            else b.y() > a.y() or b.x() >= a.x() + before.width()
        )
        if not ahead:
            wrong.append(f"{_describe(before)} -> {_describe(after)}")
    return wrong


@pytest.fixture
def filled(window: MainWindow, onboarded: App) -> MainWindow:
    onboarded.entries.add(make_entry("Supervision on case recording", day=dt.date(2026, 3, 10)))
    gone = onboarded.entries.add(make_entry("Notes from a webinar I deleted"))
    assert gone.id is not None
    onboarded.entries.delete(gone.id)
    window.entries_changed()
    window.resize(1200, 800)
    return window


@pytest.mark.parametrize("key", ["journal", "reader", "progress", "export", "trash"])
def test_tab_visits_every_page_in_reading_order(filled: MainWindow, qtbot: Any, key: str) -> None:
    filled.activateWindow()
    qtbot.waitUntil(filled.isActiveWindow)
    page = filled.show_page(key)
    qtbot.waitUntil(lambda: page.isVisible())
    if key == "trash":  # read in a worker; its buttons are enabled once it has an entry
        qtbot.waitUntil(lambda: len(page.entries()) == 1)  # type: ignore[attr-defined]
        # Its list and details are shown when the worker's answer arrives, and laid out by a
        # posted layout request: under load that request could still be waiting when the
        # positions were read (both panes at the list's corner), so deliver it first.
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        detail, tree = page.detail, page.tree  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: detail.mapTo(page, QPoint(0, 0)) != tree.mapTo(page, QPoint(0, 0)))
    first = a11y.focus_first(page)
    assert first is not None, f"nothing to focus on the {key} page"
    chain = _tab_chain(qtbot, page, first)
    assert len(chain) >= 2, [_describe(w) for w in chain]
    assert _out_of_order(chain) == [], "\n".join(_describe(w) for w in chain)


def test_tab_visits_every_tab_of_the_editor_in_reading_order(
    filled: MainWindow, qtbot: Any
) -> None:
    editor = filled.open_editor()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        tab = editor.tabs.currentWidget()
        qtbot.waitUntil(tab.isVisible)
        first = a11y.focus_first(tab)
        assert first is not None, editor.tabs.tabText(index)
        chain = _tab_chain(qtbot, tab, first)
        assert _out_of_order(chain) == [], (
            editor.tabs.tabText(index),
            [_describe(w) for w in chain],
        )
