"""Targets at least 24 px tall (WCAG 2.2, 2.5.8): every field (line edit, spin box, date edit,
combo box), every list, table and tree row, and every check box and radio button (the whole
widget is where a click ticks it), on each page of the main window, each tab of the entry
editor and the dialogs the main window opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QTableView,
    QWidget,
)

from cpdlog.ui import a11y
from cpdlog.ui.main_window import MainWindow, Page
from tests.conftest import make_entry
from tests.ui.mnemonics import main_window_dialogs, opened_dialog


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or text!r}"


def _rows(view: QAbstractItemView, limit: int = 60) -> list[tuple[str, int]]:
    """The shown rows' heights (the first ``limit``, walking into expanded branches)."""
    model = view.model()
    if model is None:
        return []
    heights: list[tuple[str, int]] = []
    if isinstance(view, QTableView):
        for row in range(min(model.rowCount(), limit)):
            if not view.isRowHidden(row):
                heights.append((str(model.index(row, 0).data()), view.rowHeight(row)))
        return heights
    pending = [QModelIndex()]
    while pending and len(heights) < limit:
        parent = pending.pop(0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rect = view.visualRect(index)
            if rect.isValid():
                heights.append((str(index.data()), rect.height()))
                pending.append(index)
    return heights


def small_targets(window: QWidget) -> list[str]:
    """The shown fields, rows, check boxes and radio buttons of ``window`` under 24 px."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), (QAbstractSpinBox, QComboBox)
        ):
            continue  # measured as its spin box or combo box
        if isinstance(widget, (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox, QRadioButton)):
            if widget.height() < a11y.MIN_TARGET:
                problems.append(f"{_name(widget)}: {widget.height()} px tall")
        elif isinstance(widget, QAbstractItemView):
            for text, height in _rows(widget):
                if height < a11y.MIN_TARGET:
                    problems.append(f"{_name(widget)} row {text!r}: {height} px tall")
    return problems


def _settle(qtbot: Any) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def test_the_main_windows_pages_have_24_px_targets(window: MainWindow, qtbot: Any) -> None:
    window.app.entries.add(make_entry("Reading on strengths"))
    window.entries_changed()
    qtbot.waitUntil(lambda: window.journal.proxy.rowCount() == 1)
    problems = []
    for page in (Page.JOURNAL, Page.READER, Page.PROGRESS, Page.EXPORT, Page.TRASH):
        window.show_page(page)
        _settle(qtbot)
        problems += [f"{page}: {p}" for p in small_targets(window)]
    assert problems == [], "\n".join(problems)


def test_the_entry_editors_tabs_have_24_px_targets(window: MainWindow, qtbot: Any) -> None:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    editor.peer_group.setChecked(True)
    editor.peer_date_check.setChecked(True)
    editor.end_check.setChecked(True)
    problems = []
    tree = editor.standards_tree
    for tab in range(editor.tabs.count()):
        editor.select_tab(tab)
        if tab == 2:
            qtbot.waitUntil(lambda: tree.model() is not None and tree.model().rowCount() > 0)
            tree.expandAll()
        _settle(qtbot)
        problems += [f"tab {tab}: {p}" for p in small_targets(editor)]
    assert problems == [], "\n".join(problems)


def test_the_dialogs_have_24_px_targets(window: MainWindow, qtbot: Any) -> None:
    problems: list[str] = []
    for name, open_it in main_window_dialogs(window).items():
        dialog = opened_dialog(open_it)
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        problems += [f"{name}: {p}" for p in small_targets(dialog)]
        dialog.reject()
    assert problems == [], "\n".join(problems)


def test_the_check_finds_a_short_row_and_a_short_field(qtbot: Any) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    listing = QListWidget(host)
    item = QListWidgetItem("Standard 1.1", listing)
    item.setSizeHint(QSize(100, 14))  # the 14 px standards rows issue 18 measured
    field = QLineEdit(host)
    field.setObjectName("short")
    field.setFixedHeight(20)
    layout.addWidget(listing)
    layout.addWidget(field)
    host.show()
    qtbot.waitExposed(host)
    assert small_targets(host) == [
        "QListWidget '' row 'Standard 1.1': 14 px tall",
        "QLineEdit 'short': 20 px tall",
    ]
