"""Cards in up to two columns, or in one when two do not fit.

The Progress page showed its requirement cards in a two-column grid, whose minimum width is
that of its two widest cards side by side: in Welsh with large text that was more than the
window, and the page scrolled sideways. :class:`ColumnsLayout` uses as many columns (up to
its maximum) as the cards' minimum widths allow, each column as wide as the others, and the
cards keep their order (left to right, then down), so the keyboard order is unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QWidget

from cpdlog.ui.widgets.item_list_layout import ItemListLayout


class ColumnsLayout(ItemListLayout):
    """Items in rows of up to ``columns``, as many as fit their minimum widths."""

    def __init__(self, parent: QWidget | None = None, columns: int = 2, spacing: int = 10):
        super().__init__(parent)
        self._columns = columns
        self._gap = spacing

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def columns_at(self, width: int) -> int:
        """How many columns fit in ``width``."""
        items = self._shown()
        if not items:
            return 1
        widest = max(item.minimumSize().width() for item in items)
        most = min(self._columns, len(items))
        for columns in range(most, 1, -1):
            if columns * widest + (columns - 1) * self._gap <= width:
                return columns
        return 1

    def _place(self, rect: QRect, test_only: bool) -> int:
        items = self._shown()
        columns = self.columns_at(rect.width())
        column_width = max((rect.width() - (columns - 1) * self._gap) // columns, 0)
        y = rect.y()
        for start in range(0, len(items), columns):
            row = items[start : start + columns]
            height = max(
                item.heightForWidth(column_width)
                if item.hasHeightForWidth()
                else item.sizeHint().height()
                for item in row
            )
            if not test_only:
                for index, item in enumerate(row):
                    x = rect.x() + index * (column_width + self._gap)
                    item.setGeometry(QRect(QPoint(x, y), QSize(column_width, height)))
            y += height + self._gap
        return max(y - self._gap - rect.y(), 0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, test_only=False)

    def minimumSize(self) -> QSize:
        items = self._shown()
        if not items:
            return QSize(0, 0)
        widest = max(item.minimumSize().width() for item in items)
        return QSize(widest, self.heightForWidth(widest))

    def sizeHint(self) -> QSize:
        items = self._shown()
        if not items:
            return QSize(0, 0)
        columns = min(self._columns, len(items))
        width = columns * max(item.sizeHint().width() for item in items)
        width += (columns - 1) * self._gap
        return QSize(width, self.heightForWidth(width))
