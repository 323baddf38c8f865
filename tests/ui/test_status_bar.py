"""A long status message ends with "…" before the entry count instead of running into it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from cpdlog.ui.widgets.status_bar import ElidingStatusBar

LONG = (
    "Wedi adnewyddu 12 ffrwd: 148 eitem newydd. Ni ellid adnewyddu 3 ffrwd; gweler y manylion "
    "yn y Darllenydd i weld beth aeth o’i le gyda phob un ohonynt heddiw."
)


def test_a_long_message_is_shortened_before_the_count(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = ElidingStatusBar(window)
    window.setStatusBar(bar)
    count = QLabel("5 cofnod")
    bar.addPermanentWidget(count)
    window.resize(500, 200)
    window.show()
    qtbot.waitUntil(lambda: count.isVisible() and count.x() > 0)
    assert bar.message_rect().right() < count.x()
    bar.showMessage("Wedi cadw.")
    assert bar._shown("Wedi cadw.") == "Wedi cadw." and bar.toolTip() == ""
    bar.showMessage(LONG, 8000)
    assert bar.currentMessage() == LONG  # kept whole: the drawing is shortened
    shown = bar._shown(LONG)
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_rect().width()
    assert bar.toolTip() == LONG  # the whole message is there to read
    bar.grab()  # it paints
    bar.clearMessage()
    assert bar.toolTip() == ""


def test_the_main_window_uses_it(window: object) -> None:
    from cpdlog.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    assert isinstance(window.statusBar(), ElidingStatusBar)
