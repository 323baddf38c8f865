"""One running app per data folder: a second ``cpdlog`` start hands over to the first.

The first app listens on a :class:`QLocalServer` at
:func:`cpdlog.capture.scheme.instance_socket_path`: a Unix socket named after a hash of the
data folder, in a folder only this user can enter (``UserAccessOption`` makes the socket
itself the user's only). A second start (``cpdlog``, ``cpdlog cpdlog://capture?...`` or
``cpdlog capture link URL``) connects with a plain socket (the command line imports no Qt),
sends one line of JSON and exits; this side raises the window and, for a link, saves the page
to the Inbox on a worker thread and shows it there with the "Saved to your CPD inbox" notice.
Every message is hostile input: at most
:data:`~cpdlog.capture.scheme.MAX_INSTANCE_MESSAGE` bytes, checked by
:func:`~cpdlog.capture.scheme.decode_instance_message`, answered within a few seconds or dropped.

A socket left behind by a crash (nothing answers on it) is removed and listened on again.
On Windows the server is the named pipe :func:`~cpdlog.capture.scheme.instance_pipe_name`
(nothing is left behind by a crash there, but two Qt servers may listen on one pipe name, so a
pipe that answers is never listened on again).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from cpdlog.capture.scheme import (
    MAX_INSTANCE_MESSAGE,
    WINDOWS,
    decode_instance_message,
    encode_instance_reply,
    instance_answers,
    instance_server_name,
    instance_socket_path,
    tell_running_app,
)
from cpdlog.errors import CpdlogError, ValidationError

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.ui.main_window import MainWindow

log = logging.getLogger(__name__)

MESSAGE_TIMEOUT_MS = 5000  # a client that does not finish its line in time is dropped
MAX_CLIENTS = 8


class Request:
    """One message from a second start; :meth:`answer` replies (once) and hangs up."""

    def __init__(self, socket: QLocalSocket, action: str, link: str | None) -> None:
        self.action = action
        self.link = link
        self._socket: QLocalSocket | None = socket
        socket.disconnected.connect(self._gone)

    def _gone(self) -> None:
        self._socket = None

    def answer(self, reply: Mapping[str, object]) -> None:
        socket = self._socket
        if socket is None:
            return  # the second start gave up waiting; what was done stays done
        self._socket = None
        socket.write(encode_instance_reply(dict(reply)))
        socket.flush()
        socket.disconnectFromServer()


class SingleInstance(QObject):
    """The listening side. ``requested`` carries each valid :class:`Request`."""

    requested = Signal(object)
    refused = Signal(str)  # a malformed or oversized message (for tests and the log)

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.path = instance_socket_path(home)  # Linux and macOS
        self.name = instance_server_name(home)  # what the server listens on (the pipe on Windows)
        self.server: QLocalServer | None = None
        self._clients: set[QLocalSocket] = set()

    def hand_over(self) -> bool:
        """True if an app already open on this data folder took over (it shows its window)."""
        try:
            return tell_running_app(self.home, "show") is not None
        except CpdlogError as exc:  # there but not answering: run this one rather than nothing
            log.warning("The cpdlog already open did not answer: %s", exc)
            return False

    def listen(self) -> bool:
        """Listen for later starts; False where there is no single instance, it failed, or
        another app took the socket first (then :meth:`hand_over` to it)."""
        name = self.name
        if name is None:
            return False
        if WINDOWS:
            # Two servers can listen on one pipe name there (connections go to either).
            if instance_answers(self.home):
                return False  # another app began listening meanwhile: hand over to it
        elif self.path is None:
            return False
        # Qt (with UserAccessOption) binds elsewhere and renames onto the name, replacing any
        # socket there, so look first: a live one is another app's, a dead one a crash's.
        elif self.path.exists() or self.path.is_symlink():
            if instance_answers(self.home):
                return False  # another app began listening meanwhile: hand over to it
            QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(MAX_CLIENTS)
        if not server.listen(name):
            log.warning("Single instance is off: %s", server.errorString())
            return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()  # removes the socket file
            self.server = None
        for client in list(self._clients):
            client.abort()
        self._clients.clear()

    def _accept(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            client = server.nextPendingConnection()
            if client is None:
                break
            if len(self._clients) >= MAX_CLIENTS:
                client.abort()
                client.deleteLater()
                continue
            self._clients.add(client)
            buffer = bytearray()
            timer = QTimer(client)
            timer.setSingleShot(True)
            timer.timeout.connect(client.abort)
            timer.start(MESSAGE_TIMEOUT_MS)
            client.readyRead.connect(partial(self._read, client, buffer, timer))
            client.disconnected.connect(partial(self._forget, client))

    def _forget(self, client: QLocalSocket) -> None:
        self._clients.discard(client)
        client.deleteLater()

    def _read(self, client: QLocalSocket, buffer: bytearray, timer: QTimer) -> None:
        if timer.property("done"):
            return
        room = MAX_INSTANCE_MESSAGE + 1 - len(buffer)
        buffer += bytes(client.read(max(room, 1)).data())
        end = buffer.find(b"\n")
        if end < 0 and len(buffer) <= MAX_INSTANCE_MESSAGE:
            return  # more to come (or the timer drops it)
        timer.setProperty("done", True)
        timer.stop()
        try:
            if end < 0:
                raise ValidationError("The message to cpdlog is too long.")
            action, link = decode_instance_message(bytes(buffer[:end]))
        except ValidationError as exc:
            self.refused.emit(str(exc))
            log.warning("A message to cpdlog was refused: %s", exc)
            client.write(encode_instance_reply({"ok": False, "error": str(exc), "code": 2}))
            client.flush()
            client.disconnectFromServer()
            return
        self.requested.emit(Request(client, action, link))


def raise_window(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _save_link(app: App | None, home: Path, link: str) -> dict[str, object]:
    """Worker thread: check the link and save it to the Inbox (queue it while the journal opens)."""
    from cpdlog.capture.queue import enqueue
    from cpdlog.capture.scheme import parse_capture_link
    from cpdlog.services.app import system_clock

    capture = parse_capture_link(link, captured_at=(app.clock if app else system_clock)())
    if app is None:
        return {"ok": True, "queued": enqueue(home, capture)}
    reply = app.capture.receive_for_client(capture)
    return {"ok": True, **reply}


class Dispatcher(QObject):
    """What the open window does with each request."""

    done = Signal(object)  # the reply sent (for tests)

    def __init__(self, instance: SingleInstance, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.home = instance.home
        instance.requested.connect(self.handle, Qt.ConnectionType.QueuedConnection)

    def handle(self, request: Request) -> None:
        raise_window(self.window)
        if request.action == "show" or request.link is None:
            self._reply(request, {"ok": True})
            return
        app = self.window.app
        self.window.tasks.start(
            lambda: _save_link(app, self.home, str(request.link)),
            lambda reply: self._saved(request, reply),
            lambda error: self._failed(request, error),
        )

    def _reply(self, request: Request, reply: Mapping[str, object]) -> None:
        request.answer(reply)
        self.done.emit(dict(reply))

    def _saved(self, request: Request, reply: dict[str, object]) -> None:
        self._reply(request, reply)
        bridge = getattr(self.window, "capture", None)
        if "queued" in reply:
            if bridge is not None:  # attached meanwhile: it emptied the queue before this one
                bridge.drain_now()
            return
        if bridge is not None:
            bridge.received.emit(reply)  # refresh and "Saved to your CPD inbox: …"
        self._show_inbox()

    def _show_inbox(self) -> None:
        from cpdlog.ui.views.journal import INBOX

        journal = self.window.journal
        index = journal.status_combo.findData(INBOX)
        if index >= 0:
            journal.status_combo.setCurrentIndex(index)

    def _failed(self, request: Request, error: BaseException) -> None:
        code = 2 if isinstance(error, ValidationError) else 1
        if not isinstance(error, CpdlogError):
            log.error("A link from a second start could not be saved", exc_info=error)
        self._reply(request, {"ok": False, "error": str(error), "code": code})
        bridge = getattr(self.window, "capture", None)
        if bridge is not None:
            bridge.show_failure(error)
