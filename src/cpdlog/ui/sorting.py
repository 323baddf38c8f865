"""Sorting a table by keyboard: a menu of its columns and of the two directions.

A table sorted by clicking a heading could not be sorted without a mouse. :class:`SortMenu`
lists the table's shown columns (by their headings, as they read now, in the language in
use) and "Ascending" / "Descending"; choosing one sets the heading's sort indicator, which is
what a click on the heading does, so the sort and the arrow shown are the same as a click's.
The same menu is the table's context menu (the Menu key, Shift+F10 or a right click) and a
submenu of the main window's View menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from cpdlog.ui.text import tr

CTX = "cpdlog.sorting"


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with "&" before its first letter or digit not in ``taken`` (which it joins),
    so the items of a menu built from headings each have an Alt+letter of their own in any
    language; without one if every letter is taken. An "&" of the text itself is doubled."""
    for position, char in enumerate(text):
        if char.isalnum() and char.lower() not in taken:
            taken.add(char.lower())
            return _escaped(text[:position]) + "&" + _escaped(text[position:])
    return _escaped(text)


def _escaped(text: str) -> str:
    return text.replace("&", "&&")


TableSource = Callable[[], "QTableView | None"]


def heading_text(table: QTableView, column: int) -> str:
    """A column's heading on one line (the journal's may be broken over two)."""
    model = table.model()
    whole = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    shown = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    text = whole if isinstance(whole, str) and whole else shown
    return " ".join(str(text or "").split())


class SortMenu(QMenu):
    """The choices for sorting a table: one item per shown column, then the two directions;
    filled again each time it opens (columns come and go, headings change language).
    Choosing one sorts as a click on the heading does.

    ``table`` is the table, or how to find it when the menu opens (a page made only when
    first needed); ``before_sorting`` runs first (showing that page, say)."""

    def __init__(
        self,
        title: str,
        table: QTableView | TableSource,
        parent: QWidget | None = None,
        before_sorting: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._table = table
        self._before_sorting = before_sorting
        self.aboutToShow.connect(self.refill)
        if isinstance(table, QTableView):
            self.refill()

    @property
    def table(self) -> QTableView | None:
        return self._table if isinstance(self._table, QTableView) else self._table()

    def refill(self) -> None:
        self.clear()
        table = self.table
        if table is None:
            return
        header = table.horizontalHeader()
        model = table.model()
        taken: set[str] = set()
        ascending_text = with_mnemonic(tr(CTX, "Ascending"), taken)
        descending_text = with_mnemonic(tr(CTX, "Descending"), taken)
        columns = QActionGroup(self)
        current = header.sortIndicatorSection()
        order = header.sortIndicatorOrder()
        for column in range(model.columnCount() if model is not None else 0):
            if header.isSectionHidden(column):
                continue
            action = QAction(with_mnemonic(heading_text(table, column), taken), self)
            action.setCheckable(True)
            action.setChecked(column == current)
            action.setData(column)
            action.triggered.connect(lambda _=False, c=column: self.sort_by(c, None))
            columns.addAction(action)
            self.addAction(action)
        self.addSeparator()
        directions = QActionGroup(self)
        for text, direction in (
            (ascending_text, Qt.SortOrder.AscendingOrder),
            (descending_text, Qt.SortOrder.DescendingOrder),
        ):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(current >= 0 and direction == order)
            action.setData(direction)
            action.triggered.connect(lambda _=False, d=direction: self.sort_by(None, d))
            directions.addAction(action)
            self.addAction(action)

    def sort_by(self, column: int | None, order: Qt.SortOrder | None) -> None:
        """Sort by ``column`` (None: the one sorted by now) in ``order`` (None: as now)."""
        if self._before_sorting is not None:
            self._before_sorting()
        table = self.table
        if table is None:
            return
        header = table.horizontalHeader()
        if column is None:
            column = header.sortIndicatorSection()
            if not 0 <= column < header.count() or header.isSectionHidden(column):
                column = header.logicalIndex(0)
        if order is None:
            order = header.sortIndicatorOrder()
        header.setSortIndicator(column, order)  # as a click: the view sorts on this signal
        if not table.isSortingEnabled():
            table.sortByColumn(column, order)


def is_context_menu_key(event: QKeyEvent) -> bool:
    """The Menu key or Shift+F10, the keys that open a context menu."""
    key, modifiers = event.key(), event.modifiers()
    return key == Qt.Key.Key_Menu or (
        key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier
    )


class SortableTable(QTableView):
    """A table whose context menu (the Menu key, Shift+F10, a right click) is ``menu``,
    opened by the current row when opened by keyboard."""

    sort_menu: SortMenu | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.sort_menu is not None and is_context_menu_key(event):
            self.open_sort_menu(self._keyboard_point())
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.sort_menu is None:
            super().contextMenuEvent(event)
            return
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            point = self._keyboard_point()
        else:
            point = event.globalPos()
        self.open_sort_menu(point)
        event.accept()

    def _keyboard_point(self) -> QPoint:
        rect = self.visualRect(self.currentIndex())
        if not rect.isValid() or not self.viewport().rect().intersects(rect):
            return self.viewport().mapToGlobal(QPoint(8, 8))
        return self.viewport().mapToGlobal(rect.bottomLeft())

    def open_sort_menu(self, point: QPoint) -> None:
        if self.sort_menu is not None:
            self.sort_menu.popup(point)
