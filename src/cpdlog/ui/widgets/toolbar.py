"""A toolbar whose words stay visible in a narrow window and in a wordier language.

The main toolbar shows each action's text beside its icon. In Welsh the texts are longer
("Copïo ar gyfer ffurflen y rheoleiddiwr"), and at 1000 px the last action fell behind the
toolbar's "»" menu, where nobody finds it. :class:`ToolbarTextFitter` puts the text under the
icons when the texts beside them do not fit the toolbar's width, and back beside them when
they do: every action stays on the toolbar with its words, in either language. With large
text (the desktop's text scaling at 200%) even the texts under the icons can be wider than the
window: then the buttons show their icons only, each with its words in its tooltip and
accessible name, rather than hiding actions behind the "»" menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QToolBar

BESIDE = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
UNDER = Qt.ToolButtonStyle.ToolButtonTextUnderIcon
ICONS = Qt.ToolButtonStyle.ToolButtonIconOnly
_REMEASURE = (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged, QEvent.Type.ActionRemoved)


class ToolbarTextFitter(QObject):
    """Chooses ``toolbar``'s button style from its width (see the module docstring)."""

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self._widths: dict[Qt.ToolButtonStyle, int] = {}  # what the texts need in each style
        toolbar.setToolButtonStyle(BESIDE)
        toolbar.installEventFilter(self)

    def width_for(self, style: Qt.ToolButtonStyle) -> int:
        """The width the toolbar needs with every button in ``style``."""
        if style not in self._widths:
            current = self.toolbar.toolButtonStyle()
            self.toolbar.setToolButtonStyle(style)
            layout = self.toolbar.layout()
            if layout is not None:
                layout.invalidate()
            self._widths[style] = self.toolbar.sizeHint().width()
            self.toolbar.setToolButtonStyle(current)
        return self._widths[style]

    def beside_width(self) -> int:
        """The width the toolbar needs with every text beside its icon."""
        return self.width_for(BESIDE)

    def fit(self) -> None:
        width = self.toolbar.width()
        style = next((s for s in (BESIDE, UNDER) if self.width_for(s) <= width), ICONS)
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toolbar:
            if event.type() in _REMEASURE:
                self._widths.clear()
            elif event.type() == QEvent.Type.Resize:
                self.fit()
        return False
