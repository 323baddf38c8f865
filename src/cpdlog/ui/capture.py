"""The capture endpoint inside the desktop app, and what the user sees when a page arrives.

The endpoint (:mod:`cpdlog.capture.server`) serves on its own thread. Each capture is saved there
by :meth:`CaptureService.receive` (one short session, never on the GUI thread), and the result is
handed to the GUI thread by a queued Qt signal: the journal re-reads its entries and the app shows
"Saved to your CPD inbox" (a tray notification, or the status bar where there is no tray).
Captures that ``cpdlog://`` links queued while the app was closed are saved on a worker at start.

``CPDLOG_CAPTURE_PORT`` picks the port (``0``: any free port; ``off``: no endpoint).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QStatusBar, QSystemTrayIcon, QWidget

from cpdlog.errors import CpdlogError

if TYPE_CHECKING:
    from cpdlog.capture.models import Capture
    from cpdlog.capture.server import CaptureEndpoint
    from cpdlog.services.app import App
    from cpdlog.services.capture import CaptureResult
    from cpdlog.ui.tasks import TaskRunner

PORT_ENV = "CPDLOG_CAPTURE_PORT"
NOTIFICATION_MS = 6000


class CaptureBridge(QObject):
    """Runs the endpoint for the open journal and tells the GUI about each capture."""

    received = Signal(object)  # the endpoint's reply: {"entry_id", "title", "merged", "inbox"}
    drained = Signal(int)  # how many queued captures were saved at start
    message = Signal(str)  # what the app showed the user (for tests and the status bar)

    def __init__(
        self,
        app: App,
        tasks: TaskRunner,
        status_bar: QStatusBar,
        refresh: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.tasks = tasks
        self.status_bar = status_bar
        self.refresh = refresh
        self.endpoint: CaptureEndpoint | None = None
        self.tray: QSystemTrayIcon | None = None
        self.received.connect(self._on_received)  # emitted on the endpoint's thread: queued

    def start(self) -> None:
        self._start_endpoint()
        # Links queued while cpdlog was closed (or opening) arrive even with no endpoint.
        self.tasks.start(self.app.capture.drain_queue, self._on_drained, self._on_drain_failed)

    def _start_endpoint(self) -> None:
        choice = os.environ.get(PORT_ENV, "").strip().lower()
        if choice == "off":
            return
        port = int(choice) if choice.isdigit() and int(choice) < 65536 else None
        try:
            endpoint = self.app.capture.endpoint(port)
            endpoint.receive = self._receive
            endpoint.start()
        except CpdlogError as exc:
            self._show(
                self.tr("Pages from your browser cannot be saved: {error}").format(error=exc)
            )
            return
        self.endpoint = endpoint

    def drain_now(self) -> None:
        """Save what is waiting in the queue now (a link queued while the journal opened)."""
        self.tasks.start(self.app.capture.drain_queue, self._on_drained_live, self._on_drain_failed)

    def show_failure(self, error: BaseException) -> None:
        self._show(
            self.tr("This page could not be saved to your CPD inbox: {error}").format(error=error)
        )

    def stop(self) -> None:
        if self.endpoint is not None:
            self.endpoint.stop()
            self.endpoint = None
        if self.tray is not None:
            self.tray.hide()

    # --- endpoint thread -----------------------------------------------------------------------
    def _receive(self, capture: Capture) -> Mapping[str, Any]:
        reply = self.app.capture.receive_for_client(capture)
        self.received.emit(reply)
        return reply

    # --- GUI thread ----------------------------------------------------------------------------
    @Slot(object)
    def _on_received(self, reply: dict[str, Any]) -> None:
        self.refresh()
        title = str(reply.get("title") or "")
        self._show(self.tr("Saved to your CPD inbox: {title}").format(title=title))

    def _on_drained(self, results: list[CaptureResult]) -> None:
        self.drained.emit(len(results))
        if not results:
            return
        self.refresh()
        if len(results) == 1:
            text = self.tr("Saved to your CPD inbox while cpdlog was closed: {title}").format(
                title=results[0].entry.title
            )
        else:
            text = self.tr("{count} pages were saved to your CPD inbox while cpdlog was closed.")
            text = text.format(count=len(results))
        self._show(text)

    def _on_drained_live(self, results: list[CaptureResult]) -> None:
        for result in results:
            self._on_received({"title": result.entry.title})

    def _on_drain_failed(self, error: BaseException) -> None:
        self._show(
            self.tr("Pages saved while cpdlog was closed could not be added yet: {error}").format(
                error=error
            )
        )

    def _show(self, text: str) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self.tray is None:
                from cpdlog.ui.icons import app_icon

                self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.show()
            self.tray.showMessage(
                self.tr("cpdlog"), text, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS
            )
        self.status_bar.showMessage(text, NOTIFICATION_MS * 2)
        self.message.emit(text)
