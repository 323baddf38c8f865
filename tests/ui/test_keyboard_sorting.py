"""The journal and the standards coverage table can be sorted without a mouse: from the View
menu and from the tables' context menus (the Menu key, Shift+F10), the same sort as a click
on a heading, with the heading's arrow showing it. Only key presses here."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMenu, QTableView, QWidget

from cpdlog.domain.frameworks import Standard
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.coverage import CoverageColumn, CoverageRow, sort_coverage
from cpdlog.ui.models.entries import Column
from cpdlog.ui.sorting import SortMenu, with_mnemonic
from cpdlog.ui.views.progress import ProgressView
from tests.conftest import make_entry
from tests.ui.mnemonics import mnemonic_key

ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def _popup(qtbot: Any) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def _choose(qtbot: Any, menu: QMenu, text: str) -> None:
    """Press the Alt+letter the menu shows for the item whose words are ``text``."""
    items = {a.text().replace("&", ""): a.text() for a in menu.actions() if a.text()}
    assert text in items, f"{text!r} not in {sorted(items)}"
    key = mnemonic_key(items[text])
    assert key is not None, f"{items[text]!r} has no mnemonic"
    qtbot.keyClick(menu, Qt.Key(key))


def _sorted_by(table: QTableView) -> tuple[int, Qt.SortOrder]:
    header = table.horizontalHeader()
    assert header.isSortIndicatorShown()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def _titles(window: MainWindow) -> list[str]:
    proxy = window.journal.proxy
    return [proxy.index(row, Column.TITLE).data() for row in range(proxy.rowCount())]


def _add_entries(window: MainWindow) -> None:
    for title, day, hours in (
        ("Bravo course", dt.date(2026, 2, 3), 3.0),
        ("Alpha reading", dt.date(2026, 2, 1), 1.0),
        ("Charlie supervision", dt.date(2026, 2, 5), 2.0),
    ):
        window.app.entries.add(make_entry(title, day=day, hours=hours))
    window.entries_changed()


def test_the_journal_sorts_from_its_context_menu_by_keyboard(
    window: MainWindow, qtbot: Any
) -> None:
    _add_entries(window)
    table = window.journal.table
    qtbot.waitUntil(lambda: window.journal.proxy.rowCount() == 3)
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    assert _sorted_by(table) == (Column.DATE, DESCENDING)

    qtbot.keyClick(table, Qt.Key.Key_Menu)
    menu = _popup(qtbot)
    assert menu is window.journal.sort_menu
    checked = [a.text().replace("&", "") for a in menu.actions() if a.isChecked()]
    assert checked == ["Date", "Descending"]  # it shows how the table is sorted now
    _choose(qtbot, menu, "Hours")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert _sorted_by(table) == (Column.HOURS, DESCENDING)
    assert _titles(window) == ["Bravo course", "Charlie supervision", "Alpha reading"]

    qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    _choose(qtbot, _popup(qtbot), "Ascending")
    assert _sorted_by(table) == (Column.HOURS, ASCENDING)
    assert _titles(window) == ["Alpha reading", "Charlie supervision", "Bravo course"]
    assert table.hasFocus()  # back where it was


def test_the_journal_sorts_from_the_view_menu_as_a_heading_click_does(
    window: MainWindow, qtbot: Any
) -> None:
    _add_entries(window)
    qtbot.waitUntil(lambda: window.journal.proxy.rowCount() == 3)
    table = window.journal.table
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    view_menu = _popup(qtbot)
    _choose(qtbot, view_menu, "Sort the journal by")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.journal.sort_menu)
    _choose(qtbot, window.journal.sort_menu, "Title")
    assert _sorted_by(table) == (Column.TITLE, DESCENDING)  # the direction stays
    by_menu = _titles(window)
    assert by_menu == ["Charlie supervision", "Bravo course", "Alpha reading"]

    # the same as Qt's own sort for a click on the heading
    table.horizontalHeader().setSortIndicator(Column.DATE, ASCENDING)
    table.horizontalHeader().setSortIndicator(Column.TITLE, DESCENDING)
    assert _titles(window) == by_menu


def _ids(view: ProgressView) -> list[str]:
    model = view.coverage_model
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())]


def _hours(view: ProgressView) -> list[float]:
    model = view.coverage_model
    texts = [model.index(r, CoverageColumn.HOURS).data() for r in range(model.rowCount())]
    return [0.0 if text in ("", "–") else float(text.split()[0]) for text in texts]


def test_standards_coverage_sorts_from_the_view_menu_and_its_context_menu(
    window: MainWindow, qtbot: Any
) -> None:
    window.resize(1200, 800)
    window.journal.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.journal.table, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    _choose(qtbot, _popup(qtbot), "Sort standards coverage by")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.coverage_sort_menu)
    view = window.page("progress")
    assert isinstance(view, ProgressView)
    assert window.current_page_key() != "progress"  # opening the menu does not change page
    table = view.coverage_table
    assert _sorted_by(table) == (CoverageColumn.STANDARD, ASCENDING)
    qtbot.waitUntil(lambda: view.coverage_model.rowCount() > 3, timeout=10_000)
    in_order = _ids(view)
    # two standards with no sub-standards, neither under the other: each entry counts once
    leaves = [i for i in in_order if not any(o.startswith(i + ".") for o in in_order)]
    first, second = leaves[1], leaves[-1]
    today = window.app.clock().date()
    window.app.entries.add(make_entry("Course", day=today, hours=4.0, standards=[second]))
    window.app.entries.add(make_entry("Talk", day=today, hours=1.0, standards=[first]))
    window.entries_changed()
    qtbot.waitUntil(lambda: window.journal.proxy.rowCount() == 2, timeout=10_000)
    with qtbot.waitSignal(view.report_ready, timeout=10_000):
        view.reload()
    assert first in in_order and second in in_order

    _choose(qtbot, window.coverage_sort_menu, "Hours")
    assert window.current_page_key() == "progress"  # shown, to see the sort
    assert _sorted_by(table) == (CoverageColumn.HOURS, ASCENDING)
    assert _hours(view) == sorted(_hours(view)) and _hours(view)[-1] == 4.0
    assert _ids(view)[-1] == second  # after its own standard, which has the same 4 hours
    assert _ids(view).index(first) < _ids(view).index(second)

    table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    menu = _popup(qtbot)
    assert menu is view.coverage_sort_menu
    _choose(qtbot, menu, "Descending")
    assert _sorted_by(table) == (CoverageColumn.HOURS, DESCENDING)
    descending = _ids(view)
    assert _hours(view) == sorted(_hours(view), reverse=True)
    assert descending.index(second) < descending.index(first)
    # another period's rows keep the sort
    with qtbot.waitSignal(view.report_ready, timeout=10_000):
        view.reload()
    assert _ids(view) == descending

    qtbot.keyClick(table, Qt.Key.Key_Menu)
    _choose(qtbot, _popup(qtbot), "Standard")
    assert _ids(view) == list(reversed(in_order))  # the framework's order, reversed
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    _choose(qtbot, _popup(qtbot), "Ascending")
    assert _ids(view) == in_order


def test_coverage_sorts_keep_the_frameworks_order_for_ties() -> None:
    def row(n: int, entries: int, hours: float) -> CoverageRow:
        standard = Standard(id=f"x:{n}", framework_id="x", local_id=str(n), title=f"S{n}")
        return CoverageRow(standard, entries, hours)

    rows = [row(1, 0, 0.0), row(2, 2, 3.0), row(3, 0, 0.0), row(4, 1, 3.0)]
    ids = [r.standard.local_id for r in sort_coverage(rows, CoverageColumn.HOURS, DESCENDING)]
    assert ids == ["2", "4", "1", "3"]
    ids = [r.standard.local_id for r in sort_coverage(rows, CoverageColumn.COVERED, ASCENDING)]
    assert ids == ["1", "3", "2", "4"]
    ids = [r.standard.local_id for r in sort_coverage(rows, CoverageColumn.ENTRIES, ASCENDING)]
    assert ids == ["1", "3", "4", "2"]
    assert sort_coverage(rows, -1, ASCENDING) == rows


def test_menu_items_made_from_headings_get_letters_of_their_own() -> None:
    taken: set[str] = set()
    texts = [with_mnemonic(t, taken) for t in ("Ascending", "Descending", "Date", "Dates & more")]
    assert texts == ["&Ascending", "&Descending", "Da&te", "Dat&es && more"]
    assert with_mnemonic("ad", taken) == "ad"  # every letter taken: no mnemonic


def test_the_sort_menu_lists_only_shown_columns(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    table = QTableView(host)
    model = QStandardItemModel(0, 3, table)
    model.setHorizontalHeaderLabels(["One", "Two", "Three"])
    table.setModel(model)
    table.setColumnHidden(1, True)
    menu = SortMenu("Sort", table, host)
    menu.refill()
    assert [a.text().replace("&", "") for a in menu.actions() if a.text()] == [
        "One",
        "Three",
        "Ascending",
        "Descending",
    ]
