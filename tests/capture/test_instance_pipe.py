"""Single instance on Windows: the second start talks to the app's named pipe.

Qt's QLocalServer is a named pipe on Windows (``\\\\.\\pipe\\NAME``) and the command line reaches
it with the standard library's ``_winapi``. Windows is not here, so these tests put a fake
``_winapi`` in its place: each pipe name is a Unix socket in a temporary folder, and the fake
speaks the same calls (CreateFile, WaitNamedPipe, overlapped WriteFile/ReadFile,
WaitForMultipleObjects, GetOverlappedResult, cancel, CloseHandle) with the Win32 error codes the
real one raises. What they check is cpdlog's side: the pipe's name, the message, the caps, the
deadlines and how each answer is judged.
"""

from __future__ import annotations

import itertools
import select
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cpdlog.capture import queue, scheme
from cpdlog.capture.scheme import (
    MAX_INSTANCE_REPLY,
    decode_instance_message,
    deliver,
    instance_answers,
    instance_pipe_name,
    instance_server_name,
    instance_socket_path,
    parse_capture_link,
    tell_running_app,
)
from cpdlog.errors import CpdlogError, ValidationError

LINK = "cpdlog://capture?url=https%3A%2F%2Fexample.org%2Fa&title=A"


def _winerror(code: int) -> OSError:
    error = OSError(f"[WinError {code}]")
    error.winerror = code  # type: ignore[attr-defined]  # what Windows' OSError carries
    return error


class FakeOverlapped:
    def __init__(self, event: int, run: Callable[[], bytes] | None, written: int = 0) -> None:
        self.event = event
        self._run = run
        self._written = written
        self._data = b""
        self.cancelled = False

    def GetOverlappedResult(self, wait: bool) -> tuple[int, int]:
        assert wait
        if self.cancelled:
            return 0, scheme.ERROR_OPERATION_ABORTED
        if self._run is None:
            return self._written, 0
        self._data = self._run()
        if not self._data:
            raise _winerror(scheme.ERROR_BROKEN_PIPE)  # the server hung up
        return len(self._data), 0

    def cancel(self) -> None:
        self.cancelled = True

    def getbuffer(self) -> bytes:
        return self._data


class FakeWinapi:
    """Named pipes made of Unix sockets, behind the calls cpdlog makes to ``_winapi``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pipes: dict[str, Path] = {}
        self.handles: dict[int, socket.socket] = {}
        self.ids = itertools.count(1)
        self.busy = 0  # how many opens answer ERROR_PIPE_BUSY first
        self.opened: list[tuple[Any, ...]] = []
        self.reads: list[FakeOverlapped] = []
        self.bytes_read = 0

    def listen(self, name: str) -> socket.socket:
        path = self.folder / f"pipe{next(self.ids)}"
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(path))
        server.listen(4)
        self.pipes[name] = path
        return server

    def CreateFile(self, name: str, *args: Any) -> int:
        self.opened.append((name, *args))
        if self.busy:
            self.busy -= 1
            raise _winerror(scheme.ERROR_PIPE_BUSY)
        path = self.pipes.get(name)
        if path is None:
            raise _winerror(scheme.ERROR_FILE_NOT_FOUND)
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            client.connect(str(path))
        except OSError:
            client.close()
            raise _winerror(scheme.ERROR_FILE_NOT_FOUND) from None
        handle = next(self.ids)
        self.handles[handle] = client
        return handle

    def WaitNamedPipe(self, name: str, milliseconds: int) -> None:
        assert 0 < milliseconds <= 1000
        if name not in self.pipes:
            raise _winerror(scheme.ERROR_FILE_NOT_FOUND)

    def WriteFile(self, handle: int, data: bytes, overlapped: bool) -> tuple[FakeOverlapped, int]:
        assert overlapped
        self.handles[handle].sendall(data)
        return FakeOverlapped(handle, None, len(data)), 0

    def ReadFile(self, handle: int, size: int, overlapped: bool) -> tuple[FakeOverlapped, int]:
        assert overlapped and size <= 64 * 1024

        def run() -> bytes:
            data = self.handles[handle].recv(size)
            self.bytes_read += len(data)
            return data

        read = FakeOverlapped(handle, run)
        self.reads.append(read)
        return read, scheme.ERROR_IO_PENDING

    def WaitForMultipleObjects(self, events: list[int], wait_all: bool, milliseconds: int) -> int:
        [event] = events
        ready, _, _ = select.select([self.handles[event]], [], [], milliseconds / 1000)
        return scheme.WAIT_OBJECT_0 if ready else 258  # WAIT_TIMEOUT

    def CloseHandle(self, handle: int) -> None:
        self.handles.pop(handle).close()


@pytest.fixture
def home() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="cpd"))
    folder.chmod(0o700)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def winapi(monkeypatch: pytest.MonkeyPatch, home: Path) -> Iterator[FakeWinapi]:
    pipes = Path(tempfile.mkdtemp(prefix="cpp"))
    fake = FakeWinapi(pipes)
    monkeypatch.setattr(scheme, "WINDOWS", True)
    monkeypatch.setattr(scheme, "_winapi", lambda: fake)
    yield fake
    shutil.rmtree(pipes, ignore_errors=True)


def _serve_once(
    server: socket.socket, *answer: bytes, hold: threading.Event | None = None
) -> tuple[threading.Thread, list[bytes]]:
    """The app's side: read one line, send ``answer`` (in pieces), or say nothing until
    ``hold`` is set."""
    got: list[bytes] = []

    def run() -> None:
        with server:
            conn, _ = server.accept()
            with conn:
                raw = b""
                while b"\n" not in raw:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    raw += chunk
                got.append(raw)
                if hold is not None:
                    hold.wait(10)
                for piece in answer:
                    try:
                        conn.sendall(piece)
                    except BrokenPipeError:
                        break  # the second start stopped reading (the cap) and hung up

    thread = threading.Thread(target=run)
    thread.start()
    return thread, got


def test_the_pipe_is_named_after_the_data_folder_as_the_socket_is(
    home: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    socket_path = instance_socket_path(home)  # Linux: the socket, named with the same hash
    assert socket_path is not None
    digest = socket_path.name.removeprefix("cpdlog-").removesuffix(".sock")
    monkeypatch.setattr(scheme, "WINDOWS", True)
    assert instance_pipe_name(home) == "\\\\.\\pipe\\cpdlog-" + digest
    # Qt listens on the name under \\.\pipe\; the second start opens the whole path
    assert instance_server_name(home) == "cpdlog-" + digest
    assert instance_socket_path(home) is None  # no Unix socket on Windows
    other = home / "other"
    other.mkdir()
    assert instance_pipe_name(other) != instance_pipe_name(home)


def test_no_pipe_means_no_app_and_the_link_is_queued(home: Path, winapi: FakeWinapi):
    assert tell_running_app(home, "show") is None
    assert not instance_answers(home)
    assert deliver(home, parse_capture_link(LINK), LINK) == ("queued", 1)
    assert [c.url for c in queue.pending(home)] == ["https://example.org/a"]


def test_the_app_on_the_pipe_gets_the_link_and_its_reply_decides(home: Path, winapi: FakeWinapi):
    name = instance_pipe_name(home)
    thread, got = _serve_once(winapi.listen(name), b'{"ok": true, "title": "A"}\n')
    outcome = deliver(home, parse_capture_link(LINK), LINK)
    thread.join(10)
    assert outcome == ("delivered", {"ok": True, "title": "A"})
    assert decode_instance_message(got[0].strip()) == ("capture", LINK)
    assert queue.pending(home) == []
    opened_name, access, share, _, disposition, flags, _ = winapi.opened[0]
    assert opened_name == name
    assert access == scheme.GENERIC_READ | scheme.GENERIC_WRITE and share == 0
    assert disposition == scheme.OPEN_EXISTING and flags == scheme.FILE_FLAG_OVERLAPPED
    assert winapi.handles == {}  # the handle was closed

    thread, _ = _serve_once(winapi.listen(name), b'{"ok": false, "error": "No.", "code": 2}\n')
    with pytest.raises(ValidationError, match=r"No\."):
        tell_running_app(home, "capture", LINK)
    thread.join(10)

    thread, _ = _serve_once(winapi.listen(name), b'{"ok": false, "error": "Locked."}\n')
    with pytest.raises(CpdlogError, match=r"Locked\."):
        tell_running_app(home, "show")
    thread.join(10)

    thread, _ = _serve_once(winapi.listen(name), b"garbage")  # then hangs up
    with pytest.raises(CpdlogError, match="did not answer"):
        tell_running_app(home, "show")
    thread.join(10)


def test_a_reply_in_pieces_is_put_together(home: Path, winapi: FakeWinapi):
    thread, _ = _serve_once(winapi.listen(instance_pipe_name(home)), b'{"ok": tr', b"ue}\n")
    assert tell_running_app(home, "show") == {"ok": True}
    thread.join(10)
    assert len(winapi.reads) >= 1


def test_a_busy_pipe_is_waited_for(home: Path, winapi: FakeWinapi):
    winapi.busy = 2  # another second start holds the pipe for a moment
    thread, _ = _serve_once(winapi.listen(instance_pipe_name(home)), b'{"ok": true}\n')
    assert tell_running_app(home, "show") == {"ok": True}
    thread.join(10)
    assert len(winapi.opened) == 3


def test_an_app_that_stays_busy_is_not_waited_for_past_the_deadline(home: Path, winapi: FakeWinapi):
    winapi.busy = 10**6
    winapi.listen(instance_pipe_name(home)).close()
    with pytest.raises(CpdlogError, match="did not answer"):
        tell_running_app(home, "show", timeout=0.2)


def test_an_app_that_never_answers_is_given_up_at_the_deadline(home: Path, winapi: FakeWinapi):
    hold = threading.Event()
    thread, got = _serve_once(winapi.listen(instance_pipe_name(home)), hold=hold)
    try:
        with pytest.raises(CpdlogError, match="did not answer"):
            tell_running_app(home, "capture", LINK, timeout=0.3)
    finally:
        hold.set()
        thread.join(10)
    assert decode_instance_message(got[0].strip()) == ("capture", LINK)
    assert winapi.reads[-1].cancelled  # the pending read was cancelled, not left running
    assert winapi.handles == {}


def test_an_endless_reply_is_cut_off_at_the_cap(home: Path, winapi: FakeWinapi):
    flood = b"x" * (MAX_INSTANCE_REPLY * 4)
    thread, _ = _serve_once(winapi.listen(instance_pipe_name(home)), flood)
    with pytest.raises(CpdlogError, match="did not answer"):
        tell_running_app(home, "show")
    thread.join(10)
    assert winapi.bytes_read <= MAX_INSTANCE_REPLY + 4096


def test_a_listening_app_is_seen_and_a_second_window_never_listens(
    home: Path, winapi: FakeWinapi, monkeypatch: pytest.MonkeyPatch
):
    from cpdlog.ui import single_instance

    server = winapi.listen(instance_pipe_name(home))
    try:
        assert instance_answers(home)
        monkeypatch.setattr(single_instance, "WINDOWS", True)
        second = single_instance.SingleInstance(home)
        assert second.path is None and second.name is not None
        assert scheme.PIPE_PREFIX + second.name == instance_pipe_name(home)
        # Two Qt servers could share the pipe name on Windows: the second start hands over.
        assert not second.listen()
        assert second.server is None
    finally:
        server.close()
