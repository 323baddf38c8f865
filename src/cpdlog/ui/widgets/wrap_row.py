"""Two groups of controls side by side, or one above the other when the row is too narrow.

The Reader's top row (Refresh, Cancel, Feeds | Unread only, Search) needs more width than a
1000-pixel window leaves it when the text is twice as large (in Welsh above all). In a plain
``QHBoxLayout`` its minimum width forces the window wider; here the minimum width is that of
the wider group, and when both do not fit beside each other the second goes under the first.
Its last group stretches to fill its line (the search box grows), and every control stays in
the window, in the same keyboard order.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayoutItem, QSizePolicy, QWidget

from cpdlog.ui.widgets.item_list_layout import ItemListLayout


class WrapRow(ItemListLayout):
    """Its items on one line when they fit, else one under another, each as wide as the line
    allows; the last one always takes what is left of its line."""

    def __init__(self, parent: QWidget | None = None, across: int = 16, down: int = 6) -> None:
        super().__init__(parent)
        self._across = across
        self._down = down

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def one_line(self, width: int) -> bool:
        """Whether every item fits beside the others in ``width`` (the last at its minimum)."""
        shown = self._shown()
        if not shown:
            return True
        margins = self.contentsMargins()
        needed = sum(item.sizeHint().width() for item in shown[:-1])
        needed += shown[-1].minimumSize().width() + self._across * (len(shown) - 1)
        return needed <= width - margins.left() - margins.right()

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        shown = self._shown()
        if not shown:
            return margins.top() + margins.bottom()
        if self.one_line(width):
            inner = max(item.sizeHint().height() for item in shown)
        else:
            inner = sum(item.sizeHint().height() for item in shown)
            inner += self._down * (len(shown) - 1)
        return inner + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._across * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(width, height) + extra

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        shown = self._shown()
        if not shown:
            return
        if self.one_line(rect.width()):
            height = max(item.sizeHint().height() for item in shown)
            x = area.x()
            for item in shown[:-1]:
                width = item.sizeHint().width()
                item.setGeometry(QRect(x, area.y(), width, height))
                x += width + self._across
            item = shown[-1]
            item.setGeometry(QRect(x, area.y(), max(0, area.right() + 1 - x), height))
            return
        y = area.y()
        for item in shown:
            height = item.sizeHint().height()
            last = item is shown[-1]
            width = area.width() if last else min(item.sizeHint().width(), area.width())
            item.setGeometry(QRect(area.x(), y, max(width, 0), height))
            y += height + self._down


def wrap_row(parent: QWidget, groups: list[list[QWidget]]) -> QWidget:
    """A widget holding ``groups`` (each a row of widgets) in a :class:`WrapRow`; the last
    widget of the last group stretches. The widgets are added in order, so the keyboard
    order is theirs."""
    host = QWidget(parent)
    row = WrapRow(host)
    for index, widgets in enumerate(groups):
        group = QWidget(host)
        line = QHBoxLayout(group)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            stretch = 1 if index == len(groups) - 1 and widget is widgets[-1] else 0
            line.addWidget(widget, stretch)
        row.addWidget(group)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    host.setSizePolicy(policy)
    return host
