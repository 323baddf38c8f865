"""A window's first size, no larger than the screen it opens on leaves room for.

A dialog that asks for 720 px on a 700 px screen (a small laptop, or a larger one at 150%
scaling) opens with its Save and Cancel buttons below the bottom edge. The main window already
takes at most 90% of the available screen; dialogs do the same through :func:`resize_within`.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SHARE = 0.9  # of the screen's available width and height: room for a title bar and a panel


def resize_within(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, made smaller where its screen is smaller, and never
    below the widget's own minimum size."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * SHARE))
        height = min(height, int(available.height() * SHARE))
    minimum = widget.minimumSizeHint()
    widget.resize(max(width, minimum.width()), max(height, minimum.height()))
