"""Help → "Copy diagnostic information" and "Open log folder".

The text is built by :func:`cpdlog.services.diagnostics.diagnostic_text` on a worker (it reads
the database and the log file), with the Qt versions and platform plugin added here; it holds
nothing that identifies the practitioner, so it can be pasted into a bug report as it is.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QObject, QUrl, Signal, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu

from cpdlog import logs
from cpdlog.errors import CpdlogError

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def qt_details() -> list[tuple[str, str]]:
    """What only the desktop app knows: its Qt, PySide6 and platform plugin."""
    return [
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Platform plugin", QGuiApplication.platformName() or "unknown"),
    ]


class Diagnostics(QObject):
    """The two Help menu actions of a main window."""

    copied = Signal(str)  # the text put on the clipboard

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.copy_action = QAction(self.tr("Copy &diagnostic information"), window)
        self.copy_action.setStatusTip(
            self.tr(
                "Copy details of cpdlog and your computer to paste into a problem report "
                "(nothing you have written is included)"
            )
        )
        self.copy_action.triggered.connect(self.copy)
        self.open_log_action = QAction(self.tr("Open &log folder"), window)
        self.open_log_action.setStatusTip(
            self.tr("Show the folder where cpdlog keeps its log of problems")
        )
        self.open_log_action.triggered.connect(self.open_log_folder)
        menu.addAction(self.copy_action)
        menu.addAction(self.open_log_action)

    @property
    def home(self) -> Path:
        return Path(self.window.paths.home)

    def copy(self) -> None:
        from cpdlog.services.diagnostics import diagnostic_text

        home = self.home
        app: App | None = self.window.app  # None while the journal is still being opened
        extra = qt_details()  # read here: Qt's details belong to the GUI thread
        self.copy_action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Collecting diagnostic information…"))

        def build() -> str:
            return diagnostic_text(home, app, extra=extra)

        self.window.tasks.start(build, self._copied, self._failed)

    def _copied(self, text: str) -> None:
        self.copy_action.setEnabled(True)
        QGuiApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(
            self.tr("Diagnostic information copied. Paste it into your problem report."), 8000
        )
        self.copied.emit(text)

    def _failed(self, error: BaseException) -> None:
        self.copy_action.setEnabled(True)
        if isinstance(error, CpdlogError):
            message = str(error)
        else:
            message = self.tr("The diagnostic information could not be collected.")
        self.window.statusBar().showMessage(message, 8000)

    def open_log_folder(self) -> None:
        folder = logs.log_file(self.home).parent
        try:
            folder.mkdir(exist_ok=True)  # there is no log yet when nothing went wrong
        except OSError:
            log.info("The log folder could not be created", exc_info=True)
            if not folder.is_dir():
                folder = self.home  # a read-only data folder: show that instead
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
