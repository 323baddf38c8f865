"""Panes side by side when there is room, one above the other when there is not.

A horizontal ``QSplitter`` needs the sum of its panes' minimum widths: in Welsh, or with large
text, the Progress page's two panes need more than a 1000-pixel window leaves them, and its
scroll area then scrolled sideways, cutting the right-hand pane off. :class:`StackingSplitter`
asks only for its widest pane's width, and puts the panes one above the other (still with a
movable divider) while they do not get the widths they ask for beside each other.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class StackingSplitter(QSplitter):
    """A splitter that is horizontal when its panes fit beside each other, else vertical."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def _panes(self) -> list[QWidget]:
        panes = (self.widget(i) for i in range(self.count()))
        return [pane for pane in panes if pane is not None and not pane.isHidden()]

    def side_by_side_width(self) -> int:
        """The width the panes ask for beside each other (the widths they would like, not
        only the least they can take: a chart squeezed to its minimum can no longer show
        its labels) and the dividers."""
        panes = self._panes()
        widths = [
            max(p.sizeHint().width(), p.minimumSizeHint().width(), p.minimumWidth()) for p in panes
        ]
        return sum(widths) + self.handleWidth() * max(len(panes) - 1, 0)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widest = max(
            (max(p.minimumSizeHint().width(), p.minimumWidth()) for p in self._panes()),
            default=0,
        )
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if event.size().width() >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self.updateGeometry()  # a stack is taller: the scroll area makes room for it
        super().resizeEvent(event)
