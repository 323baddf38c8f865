"""One running app per data folder: a second start hands "show" or a link to the first."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest

from cpdlog.capture.scheme import (
    MAX_INSTANCE_MESSAGE,
    instance_socket_path,
    tell_running_app,
)
from cpdlog.errors import ValidationError
from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.single_instance import Dispatcher, SingleInstance
from cpdlog.ui.views.journal import INBOX
from tests.conftest import _cli_environment, run_cli_process


def link(**fields: str) -> str:
    return "cpdlog://capture?" + urlencode(fields, quote_via=quote)


@pytest.fixture(autouse=True)
def runtime_folder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private, short runtime folder (a Unix socket path must stay under ~100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="cpd"))
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def listening(window: MainWindow) -> Iterator[tuple[SingleInstance, Dispatcher]]:
    assert window.app is not None
    instance = SingleInstance(window.app.paths.home)
    assert instance.listen()
    dispatcher = Dispatcher(instance, window)
    yield instance, dispatcher
    instance.close()


def in_thread(qtbot: Any, call: Callable[[], Any]) -> Any:
    """Run a blocking client call on a thread while this (GUI) thread serves it."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # handed back to the test below
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30_000)
    if "error" in box:
        raise box["error"]
    return box["value"]


def raw_exchange(path: Path, data: bytes) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(20)
        client.connect(str(path))
        with contextlib.suppress(OSError):  # it may hang up before all of a huge message is sent
            client.sendall(data)
        out = b""
        while True:
            try:
                chunk = client.recv(4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        return out


def test_the_socket_is_private_and_named_after_the_data_folder(
    listening: tuple[SingleInstance, Dispatcher], runtime_folder: Path, tmp_path: Path
):
    instance, _ = listening
    assert instance.path is not None and instance.path.parent == runtime_folder
    assert stat.S_ISSOCK(instance.path.stat().st_mode)
    assert not stat.S_IMODE(instance.path.stat().st_mode) & 0o077
    other = tmp_path / "another-journal"
    other.mkdir()
    assert instance_socket_path(other) not in (None, instance.path)


def test_show_raises_the_window_and_a_link_lands_in_the_inbox(
    window: MainWindow, listening: tuple[SingleInstance, Dispatcher], qtbot: Any
):
    _instance, dispatcher = listening
    assert window.app is not None
    home = window.app.paths.home
    messages: list[str] = []
    window.capture.message.connect(messages.append)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    with qtbot.waitSignal(dispatcher.done, timeout=20_000):
        reply = in_thread(qtbot, lambda: tell_running_app(home, "show"))
    assert reply == {"ok": True}
    qtbot.waitUntil(lambda: not window.isMinimized())

    page = link(url="https://example.org/think", title="Thinking about practice")
    reply = in_thread(qtbot, lambda: tell_running_app(home, "capture", page))
    assert reply["ok"] is True and reply["title"] == "Thinking about practice"
    assert window.app.capture.inbox()[0].source.url == "https://example.org/think"
    journal = window.journal
    qtbot.waitUntil(lambda: journal.status_combo.currentData() == INBOX)
    qtbot.waitUntil(lambda: journal.inbox_count == 1)
    qtbot.waitUntil(lambda: "Saved to your CPD inbox: Thinking about practice" in messages)


def test_malformed_and_huge_messages_are_refused_without_harm(
    window: MainWindow, listening: tuple[SingleInstance, Dispatcher], qtbot: Any
):
    instance, _ = listening
    assert window.app is not None and instance.path is not None
    path = instance.path
    refused: list[str] = []
    instance.refused.connect(refused.append)
    messages: list[str] = []
    window.capture.message.connect(messages.append)

    for bad in (
        b"not json\n",
        b'{"cpdlog": 1, "action": "delete-everything"}\n',
        b'{"cpdlog": 1, "action": "capture", "link": "https://example.org/"}\n',
        b"\xff\xfe\n",
    ):
        reply = in_thread(qtbot, lambda bad=bad: raw_exchange(path, bad))
        assert b'"ok": false' in reply and b'"code": 2' in reply, bad
    huge = b"{" + b" " * (MAX_INSTANCE_MESSAGE + 10)
    reply = in_thread(qtbot, lambda: raw_exchange(path, huge))
    assert b"too long" in reply
    assert len(refused) == 5

    with pytest.raises(ValidationError):  # a link the app refuses: the client says why
        in_thread(
            qtbot,
            lambda: tell_running_app(
                window.app.paths.home, "capture", link(url="javascript:alert(1)")
            ),
        )
    assert window.app.capture.inbox() == []
    qtbot.waitUntil(
        lambda: any(m.startswith("This page could not be saved to your CPD") for m in messages)
    )
    assert in_thread(qtbot, lambda: tell_running_app(window.app.paths.home, "show")) == {"ok": True}


def test_a_stale_socket_left_by_a_crash_is_replaced(app: App, qtbot: Any):
    path = instance_socket_path(app.paths.home)
    assert path is not None
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))
    dead.close()  # the file stays; nobody listens on it
    assert path.exists()
    assert tell_running_app(app.paths.home, "show") is None
    instance = SingleInstance(app.paths.home)
    assert not instance.hand_over()
    assert instance.listen()
    try:
        requests: list[Any] = []
        instance.requested.connect(
            lambda request: (requests.append(request), request.answer({"ok": True}))
        )
        assert in_thread(qtbot, lambda: tell_running_app(app.paths.home, "show")) == {"ok": True}
        assert [r.action for r in requests] == ["show"]
    finally:
        instance.close()
    assert not path.exists()


def test_a_second_listener_never_takes_a_live_socket(
    window: MainWindow, listening: tuple[SingleInstance, Dispatcher], qtbot: Any
):
    assert window.app is not None
    home = window.app.paths.home
    second = SingleInstance(home)
    try:
        assert not second.listen()  # the first still answers: it is not "stale"
        assert second.server is None
    finally:
        second.close()
    with qtbot.waitSignal(listening[1].done, timeout=20_000):
        assert in_thread(qtbot, lambda: second.hand_over())
    assert listening[0].path is not None and listening[0].path.exists()


def test_a_world_writable_runtime_folder_is_not_used(
    app: App, runtime_folder: Path, monkeypatch: pytest.MonkeyPatch
):
    runtime_folder.chmod(0o777)
    path = instance_socket_path(app.paths.home)
    assert path is None or path.parent != runtime_folder
    runtime_folder.chmod(0o700)
    assert instance_socket_path(app.paths.home) is not None


@pytest.mark.end_to_end
def test_the_command_line_delivers_to_the_running_app(
    window: MainWindow, listening: tuple[SingleInstance, Dispatcher], qtbot: Any
):
    assert window.app is not None
    home = window.app.paths.home
    environment = _cli_environment(home, None)
    assert environment["XDG_RUNTIME_DIR"] == os.environ["XDG_RUNTIME_DIR"]
    page = link(url="https://example.org/from-the-browser", title="From the browser")

    result = in_thread(qtbot, lambda: run_cli_process(["--home", str(home), page], environment))
    assert result.returncode == 0, result.stderr
    assert "Saved to your CPD inbox: From the browser" in result.stdout
    assert [e.title for e in window.app.capture.inbox()] == ["From the browser"]

    shown: list[object] = []
    dispatcher = listening[1]
    dispatcher.done.connect(shown.append)
    environment["CPDLOG_QUIT_AFTER_MS"] = "3000"  # were it to open a second window after all
    started = in_thread(qtbot, lambda: run_cli_process(["--home", str(home)], environment))
    assert started.returncode == 0, started.stderr
    assert shown == [{"ok": True}]  # it handed over to this app rather than opening a window


def test_a_link_while_the_journal_opens_is_queued_then_saved(onboarded: App, qtbot: Any):
    from cpdlog.capture import queue
    from cpdlog.ui.tasks import TaskRunner

    home = onboarded.paths.home
    window = MainWindow(paths=onboarded.paths, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    instance = SingleInstance(home)
    assert instance.listen()
    Dispatcher(instance, window)
    try:
        page = link(url="https://example.org/early", title="Early")
        reply = in_thread(qtbot, lambda: tell_running_app(home, "capture", page))
        assert reply == {"ok": True, "queued": 1}
        assert [c.url for c in queue.pending(home)] == ["https://example.org/early"]
        window.attach(onboarded)  # the journal is open: the queue is emptied into the Inbox
        qtbot.waitUntil(lambda: [e.title for e in onboarded.capture.inbox()] == ["Early"])
        assert queue.pending(home) == []
    finally:
        instance.close()
        window.tasks.cancel_all()
        window.tasks.wait_for_all(10_000)


@pytest.mark.end_to_end
def test_the_real_app_listens_and_a_second_start_hands_over(onboarded: App, tmp_path: Path):
    import subprocess
    import sys
    import time

    from cpdlog.capture import queue

    home = onboarded.paths.home
    onboarded.close()
    environment = _cli_environment(home, {"CPDLOG_QUIT_AFTER_MS": "60000"})
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(Path(__file__).parents[2] / "src"), environment.get("PYTHONPATH", "")) if p
    )
    first = subprocess.Popen(
        [sys.executable, "-m", "cpdlog", "--home", str(home)],
        env=environment,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        path = instance_socket_path(home)
        assert path is not None
        deadline = time.monotonic() + 60  # a bound on waiting for a slow machine, not a check
        while not path.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert path.exists(), first.stderr.read() if first.poll() is not None else "no socket"
        assert tell_running_app(home, "show") == {"ok": True}
        page = link(url="https://example.org/real", title="The real app")
        reply = tell_running_app(home, "capture", page)
        # Saved at once, or queued if the journal is still opening (then saved when it is).
        assert reply is not None and (reply.get("title") == "The real app" or "queued" in reply)
        while queue.pending(home) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert queue.pending(home) == []
        second = run_cli_process(["--home", str(home)], environment)
        assert second.returncode == 0, second.stderr
    finally:
        first.terminate()
        first.wait(30)
    reopened = App.open(home)
    try:
        assert [e.title for e in reopened.capture.inbox()] == ["The real app"]
    finally:
        reopened.close()
