"""The item bookkeeping cpdlog's own layouts share (FlowLayout, WrapRow, ColumnsLayout)."""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ItemListLayout(QLayout):
    """A QLayout whose items are kept in a list, in the order they were added, with no
    margins; subclasses place them (setGeometry, heightForWidth, the size hints)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)  # (Qt takes a widget added again out of its old place)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None
