"""A status bar whose messages end with "…" instead of running into its permanent widgets."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QWidget

GAP = 8  # px between a shortened message and the first permanent widget


class ElidingStatusBar(QStatusBar):
    """Qt clips a long message at the first permanent widget, mid-word and hard against it
    (a long Welsh message ran into "5 cofnod"). Here a message too long for the room is drawn
    shortened with "…"; ``currentMessage()`` keeps it whole, and so does the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self._message_changed)

    def _message_changed(self, text: str) -> None:
        self.setToolTip(text if text and self._shown(text) != text else "")

    def message_rect(self) -> QRect:
        """Where the message is drawn: left of the first visible permanent widget."""
        right = self.width() - 12
        for child in self._items():
            right = min(right, child.x() - GAP)
        return QRect(6, 0, max(0, right - 6), self.height())

    def _items(self) -> list[QWidget]:
        return [
            child
            for child in self.findChildren(QWidget)
            if child.parentWidget() is self
            and child.isVisible()
            and not isinstance(child, QSizeGrip)
        ]

    def _shown(self, text: str) -> str:
        room = self.message_rect().width()
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.currentMessage()
        if not text or self._shown(text) == text:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for child in self._items():  # with a message shown, only permanent widgets are
            option.rect = child.geometry().adjusted(-1, -1, 1, 1)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameStatusBarItem, option, painter, self
            )
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self.message_rect(),
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
            self._shown(text),
        )
        painter.end()
