"""Automatic feed refresh while the app is open, when the practitioner has turned it on.

Off by default: nothing is fetched until the user refreshes or ticks "Refresh feeds
automatically". An automatic refresh fetches only the feeds whose polite waiting time has
passed (``explicit=False``); the work runs on a worker, like a refresh the user asks for.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from cpdlog.ui.main_window import MainWindow

MINUTE_MS = 60_000


class AutoRefresh(QObject):
    """Owns the menu toggle and the timer; asks the window's reader to refresh when due."""

    preferences_loaded = Signal()
    triggered = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Refresh feeds &automatically"), window)
        self.action.setCheckable(True)
        self.action.setEnabled(False)
        self.action.setStatusTip(self.tr("Fetch new items in the background while cpdlog is open"))
        self.action.toggled.connect(self._toggled)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self._prefs: Any = None

    def start(self) -> None:
        """Read the saved choice (off the GUI thread: the feeds code loads on first use)."""
        feeds = self.window.feeds
        if feeds is None:
            return
        self.window.tasks.start(feeds.preferences, self._loaded, lambda _e: None)

    def _loaded(self, prefs: Any) -> None:
        self._prefs = prefs
        self.action.blockSignals(True)
        self.action.setChecked(bool(prefs.auto_refresh))
        self.action.blockSignals(False)
        self.action.setEnabled(True)
        self._apply()
        self.preferences_loaded.emit()

    def _apply(self) -> None:
        if self._prefs is not None and self._prefs.auto_refresh:
            self.timer.start(int(self._prefs.interval_minutes) * MINUTE_MS)
        else:
            self.timer.stop()

    def _toggled(self, checked: bool) -> None:
        if self._prefs is None:
            return
        self._prefs = self.window.feeds.save_preferences(replace(self._prefs, auto_refresh=checked))
        self._apply()
        if checked:
            self.tick()  # the first automatic refresh happens now, then at each interval

    def tick(self) -> None:
        reader = self.window.reader_page()
        if reader is not None:
            reader.refresh(explicit=False)
            self.triggered.emit()
