"""Accessibility: focus that can be seen, 24 px targets, named controls, the chart as a table,
pane dividers moved by keyboard, focus put somewhere sensible, and a whole journey by keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QSplitterHandle,
    QVBoxLayout,
    QWidget,
)

from cpdlog.ui import a11y
from cpdlog.ui.main_window import MainWindow
from tests.conftest import make_entry


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _tab_to(qtbot: Any, target: QWidget, limit: int = 80) -> None:
    """Press Tab until ``target`` has the focus: proves it is reachable by keyboard."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"{target.objectName() or type(target).__name__} is not a Tab stop")


# --- colours ------------------------------------------------------------------------------
def test_contrast_matches_wcag_for_black_on_white() -> None:
    assert a11y.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert a11y.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(
    ("window", "base", "highlight"),
    [
        ("#efefef", "#ffffff", "#308cc6"),  # Fusion light: the highlight alone is ~3.2:1 or less
        ("#efefef", "#ffffff", "#cfe8fc"),  # a pale highlight, near invisible as a ring
        ("#000000", "#000000", "#1aebff"),  # high contrast dark
        ("#2d2d2d", "#1e1e1e", "#2a82da"),  # dark theme
    ],
)
def test_the_focus_colour_stands_out_three_to_one(window: str, base: str, highlight: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Button, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(base))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    colour = a11y.focus_colour(palette)
    assert a11y.contrast(colour, QColor(window)) >= 3.0
    assert a11y.contrast(colour, QColor(base)) >= 3.0
    assert a11y.contrast(colour, QColor(highlight)) >= 3.0  # on a selected row


# --- sizes --------------------------------------------------------------------------------
def test_standards_rows_buttons_and_tick_boxes_are_at_least_24_px(
    window: MainWindow, qtbot: Any
) -> None:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    editor.select_tab(2)
    tree = editor.standards_tree
    qtbot.waitUntil(lambda: tree.model() is not None and tree.model().rowCount() > 0)
    tree.expandAll()
    model = tree.model()
    checked = 0
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        assert tree.visualRect(parent).height() >= 24
        for child in range(model.rowCount(parent)):
            assert tree.visualRect(model.index(child, 0, parent)).height() >= 24
            checked += 1
    assert checked >= 20
    editor.select_tab(0)
    small = [
        b.text() or b.objectName()
        for b in editor.findChildren(QAbstractButton)
        if b.isVisible() and (b.height() < 24 or (isinstance(b, QPushButton) and b.width() < 24))
    ]
    assert small == []


# --- names --------------------------------------------------------------------------------
def test_tick_boxes_are_named_by_their_own_words_and_required_sections_say_so(
    window: MainWindow,
) -> None:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    assert editor.draft_check.accessibleName() in ("", editor.draft_check.text())
    # its description says what ticking it does, not the row's label again
    description = editor.draft_check.accessibleDescription()
    assert "draft" in description and description != "Status"
    assert editor.end_check.accessibleName() in ("", editor.end_check.text())
    required = [e for e in editor._section_editors.values() if e.required]
    assert required, "the default template has required sections"
    for section in required:
        assert section.text.edit.accessibleName().endswith("(required)")
        assert section.text.edit.property("required") is True


def test_the_entry_count_reads_its_text(window: MainWindow, qtbot: Any) -> None:
    window.app.entries.add(make_entry("Reading", day=dt.date(2026, 2, 3)))
    window.entries_changed()
    label = window.journal.count_label
    qtbot.waitUntil(lambda: "entr" in label.text())
    assert label.accessibleName() == ""  # so the accessible name is the text itself
    assert label.accessibleDescription() == "Number of entries shown"


# --- the chart's text alternative -------------------------------------------------------
def test_the_chart_can_be_shown_as_a_table_of_months_and_hours(
    window: MainWindow, qtbot: Any
) -> None:
    today = window.app.clock().date()
    window.app.entries.add(make_entry("Course", day=today.replace(day=1), hours=2.5))
    window.entries_changed()
    progress: Any = window.show_page("progress")
    qtbot.waitUntil(lambda: progress.report is not None and progress.month_model.rowCount() > 0)
    model = progress.month_model
    rows = {model.item(r, 0).text(): model.item(r, 1).text() for r in range(model.rowCount())}
    assert rows[f"{today.replace(day=1):%B %Y}"] == "2.5"
    assert f"{today:%B %Y}: 2.5 hours" in progress.month_table.accessibleDescription()
    assert progress._chart_view.focusPolicy() == Qt.FocusPolicy.NoFocus
    progress.chart_table_button.setFocus()
    qtbot.keyClick(progress.chart_table_button, Qt.Key.Key_Space)
    assert progress.month_table.isVisible() and not progress._chart_view.isVisible()


def test_progress_tab_order_follows_the_page(window: MainWindow, qtbot: Any) -> None:
    progress: Any = window.show_page("progress")
    qtbot.waitUntil(lambda: progress._chart_view is not None)
    progress.regulator_combo.setFocus()
    seen: list[QWidget] = []
    for _ in range(12):
        seen.append(_focused())
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    wanted = [
        progress.regulator_combo,
        progress.period_combo,
        progress.warnings_list,
        progress.chart_table_button,
        progress.splitter.handle(1),
        progress.coverage_table,
    ]
    positions = [seen.index(w) for w in wanted]
    assert positions == sorted(positions)


# --- pane dividers ------------------------------------------------------------------------
def test_pane_dividers_are_named_and_move_with_the_arrow_keys(
    window: MainWindow, qtbot: Any
) -> None:
    window.resize(1100, 700)
    splitter = window.journal.splitter
    handle = splitter.handle(1)
    assert isinstance(handle, QSplitterHandle)
    qtbot.waitUntil(lambda: handle.accessibleName() == "Pane divider")
    assert "arrow" in handle.accessibleDescription()
    handle.setFocus()
    assert handle.hasFocus()
    before = splitter.sizes()[0]
    qtbot.keyClick(handle, Qt.Key.Key_Left)
    assert splitter.sizes()[0] < before
    moved = splitter.sizes()[0]
    qtbot.keyClick(handle, Qt.Key.Key_Right)
    assert splitter.sizes()[0] > moved


def test_widgets_made_later_get_the_treatment_and_other_widgets_events_stay_in_qt(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The filter is on splitters, their handles and scroll areas only (put there as the
    style polishes them), not on the whole application, where every event of every object
    (timers, paints, a refresh's signals) ran Python."""
    seen: list[QObject] = []

    class Spy(a11y.AccessibilityFilter):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(watched)
            return super().eventFilter(watched, event)

    style = QApplication.style()
    assert isinstance(style, a11y.AccessibleStyle)
    monkeypatch.setattr(style, "filter", Spy())
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    splitter = QSplitter(Qt.Orientation.Horizontal, dialog)
    splitter.addWidget(QLineEdit(splitter))
    splitter.addWidget(QLineEdit(splitter))
    area = QScrollArea(dialog)
    content = QWidget()
    QVBoxLayout(content).addWidget(QLineEdit(content))
    area.setWidget(content)
    plain = QPushButton("Plain", dialog)
    for widget in (splitter, area, plain):
        layout.addWidget(widget)
    dialog.resize(500, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    handle = splitter.handle(1)
    assert handle.accessibleName() == "Pane divider"
    assert handle.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus  # its content has the Tab stops
    handle.setFocus()
    qtbot.waitUntil(handle.hasFocus)
    before = splitter.sizes()[0]
    qtbot.keyClick(handle, Qt.Key.Key_Right)
    assert splitter.sizes()[0] > before
    assert handle in seen and area in seen
    seen.clear()
    QApplication.sendEvent(plain, QEvent(QEvent.Type.User))
    plain.repaint()
    qtbot.keyClick(plain, Qt.Key.Key_Space)
    assert plain not in seen  # nothing of the button's went through Python
    assert all(isinstance(w, (QSplitter, QSplitterHandle, QScrollArea)) for w in seen)


# --- focus after the app moves it ---------------------------------------------------------
@pytest.mark.parametrize(
    ("key", "page", "start"),
    [
        (Qt.Key.Key_2, "reader", "journal"),
        (Qt.Key.Key_3, "progress", "journal"),
        (Qt.Key.Key_4, "export", "journal"),
        (Qt.Key.Key_5, "trash", "journal"),
        (Qt.Key.Key_1, "journal", "progress"),
    ],
)
def test_switching_page_by_shortcut_puts_the_focus_in_that_page(
    window: MainWindow, qtbot: Any, key: Qt.Key, page: str, start: str
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.journal.search_edit.setFocus()
    assert window.journal.search_edit.hasFocus()
    if start != "journal":
        qtbot.keyClick(_focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.page(start).isAncestorOf(_focused()))
    before = _focused()
    qtbot.keyClick(before, key, Qt.KeyboardModifier.ControlModifier)
    shown = window.page(page)
    qtbot.waitUntil(lambda: shown.isAncestorOf(_focused()))
    assert window.stack.currentWidget() is shown
    # the focus is on a control the user can see (never left on the page that was hidden)
    assert _focused().isVisible() and _focused().isEnabled()
    assert not window.page(start).isAncestorOf(_focused())


# --- a whole journey by keyboard alone ---------------------------------------------------
def test_new_entry_reflection_save_and_export_by_keyboard_alone(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.journal.table.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.editors) == 1)
    editor = window.editors[0]
    editor.activateWindow()  # the window manager's part: a new window is made active
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title_edit)
    qtbot.keyClicks(_focused(), "Keyboard course")
    qtbot.keyClick(_focused(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Reflection tab
    assert editor.tabs.currentIndex() == 1
    first = next(iter(editor._section_editors.values())).text.edit
    _tab_to(qtbot, first)
    qtbot.keyClicks(first, "I learnt to use the keyboard for everything.")
    with qtbot.waitSignal(window.entry_saved, timeout=30_000) as saved:
        qtbot.keyClick(_focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    entry = saved.args[0]
    assert entry.title == "Keyboard course"
    assert "keyboard for everything" in " ".join(entry.reflection.sections.values())
    qtbot.waitUntil(lambda: not window.editors)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.journal.table)

    qtbot.keyClick(_focused(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None)
    dialog = window.export_dialog
    panel = dialog.panel
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    output: QLineEdit = panel.output_edit
    _tab_to(qtbot, output)
    qtbot.keyClick(output, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    target = tmp_path / "keyboard.pdf"
    qtbot.keyClicks(output, str(target))
    # Choose, by keyboard, the period that holds the new entry.
    _tab_to(qtbot, panel.period_combo)
    qtbot.keyClick(panel.period_combo, Qt.Key.Key_Home)
    for _ in range(panel.period_combo.count()):
        if panel.period_combo.currentData() == "current":
            break
        qtbot.keyClick(panel.period_combo, Qt.Key.Key_Down)
    if entry.is_draft:  # required sections left empty: kept as a draft, included on request
        _tab_to(qtbot, panel.drafts_check)
        qtbot.keyClick(panel.drafts_check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "1 entry will be included" in panel.summary_label.text())
    # The privacy check runs on a worker: either it found nothing or it asks to confirm.
    qtbot.waitUntil(lambda: panel.export_button.isEnabled() or panel.confirm_check.isVisible())
    if panel.confirm_check.isVisible():
        _tab_to(qtbot, panel.confirm_check)
        qtbot.keyClick(panel.confirm_check, Qt.Key.Key_Space)
    _tab_to(qtbot, panel.export_button)
    with qtbot.waitSignal(panel.exported, timeout=60_000) as done:
        qtbot.keyClick(panel.export_button, Qt.Key.Key_Space)
    assert Path(done.args[0]) == target
    assert target.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.open_button)
    dialog.close()


def test_the_clipping_check_finds_words_cut_off(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from tests.ui.layout_probe import clipped_text

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    narrow = QLabel("Hours by month for the whole registration period", host)
    narrow.setFixedWidth(40)
    fits = QLabel("OK", host)
    layout.addWidget(narrow)
    layout.addWidget(fits)
    host.show()
    qtbot.waitExposed(host)
    cut = clipped_text(host)
    assert len(cut) == 1 and "Hours by month" in cut[0]
