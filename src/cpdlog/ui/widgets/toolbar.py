"""A toolbar whose words stay visible in a narrow window and in a wordier language.

The main toolbar shows each action's text beside its icon. In Welsh the texts are longer
("Copïo ar gyfer ffurflen y rheoleiddiwr"), and at 1000 px the last action fell behind the
toolbar's "»" menu, where nobody finds it. :class:`ToolbarTextFitter` puts the text under the
icons when the texts beside them do not fit the toolbar's width, and back beside them when
they do: every action stays on the toolbar with its words, in either language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QToolBar

BESIDE = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
UNDER = Qt.ToolButtonStyle.ToolButtonTextUnderIcon
_REMEASURE = (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged, QEvent.Type.ActionRemoved)


class ToolbarTextFitter(QObject):
    """Chooses ``toolbar``'s button style from its width (see the module docstring)."""

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self._beside_width: int | None = None  # what the texts beside their icons need
        toolbar.setToolButtonStyle(BESIDE)
        toolbar.installEventFilter(self)

    def beside_width(self) -> int:
        """The width the toolbar needs with every text beside its icon."""
        if self._beside_width is None:
            style = self.toolbar.toolButtonStyle()
            self.toolbar.setToolButtonStyle(BESIDE)
            layout = self.toolbar.layout()
            if layout is not None:
                layout.invalidate()
            self._beside_width = self.toolbar.sizeHint().width()
            self.toolbar.setToolButtonStyle(style)
        return self._beside_width

    def fit(self) -> None:
        style = BESIDE if self.beside_width() <= self.toolbar.width() else UNDER
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toolbar:
            if event.type() in _REMEASURE:
                self._beside_width = None
            elif event.type() == QEvent.Type.Resize:
                self.fit()
        return False
