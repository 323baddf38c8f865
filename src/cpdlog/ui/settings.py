"""Window, splitter and header state, kept in ``window.ini`` in the data folder.

Per data folder rather than per user so that a demonstration or test folder never disturbs
the practitioner's own layout. Typed application settings live in the database (profile).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

FILE_NAME = "window.ini"


class WindowState:
    """Save and restore geometry-like state by a stable key."""

    def __init__(self, folder: Path) -> None:
        self.settings = QSettings(str(folder / FILE_NAME), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, key: str, window: QMainWindow) -> None:
        self.settings.setValue(f"{key}/geometry", window.saveGeometry())
        self.settings.setValue(f"{key}/state", window.saveState())

    def restore_window(self, key: str, window: QMainWindow) -> bool:
        geometry = self._bytes(f"{key}/geometry")
        state = self._bytes(f"{key}/state")
        if state is not None:
            window.restoreState(state)
        return geometry is not None and window.restoreGeometry(geometry)

    def save_widget(self, key: str, widget: QWidget) -> None:
        self.settings.setValue(f"{key}/geometry", widget.saveGeometry())

    def restore_widget(self, key: str, widget: QWidget) -> bool:
        geometry = self._bytes(f"{key}/geometry")
        return geometry is not None and widget.restoreGeometry(geometry)

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self.settings.setValue(f"{key}/splitter", splitter.saveState())

    def restore_splitter(self, key: str, splitter: QSplitter) -> bool:
        state = self._bytes(f"{key}/splitter")
        return state is not None and splitter.restoreState(state)

    def save_header(self, key: str, header: QHeaderView) -> None:
        self.settings.setValue(f"{key}/header", header.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        state = self._bytes(f"{key}/header")
        return state is not None and header.restoreState(state)

    def value(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default

    def set_value(self, key: str, value: str) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()
