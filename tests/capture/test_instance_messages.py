"""The single-instance messages and socket place (no Qt: what the command line side does)."""

from __future__ import annotations

import json
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog.capture import queue
from cpdlog.capture.scheme import (
    MAX_INSTANCE_MESSAGE,
    decode_instance_message,
    deliver,
    encode_instance_message,
    instance_socket_path,
    parse_capture_link,
    tell_running_app,
)
from cpdlog.errors import CpdlogError, ValidationError

LINK = "cpdlog://capture?url=https%3A%2F%2Fexample.org%2Fa&title=A"


@pytest.fixture
def short_home(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder with a short path (the socket falls back to it without XDG_RUNTIME_DIR)."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    folder = Path(tempfile.mkdtemp(prefix="cpd"))
    folder.chmod(0o700)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_messages_round_trip():
    assert decode_instance_message(encode_instance_message("show").strip()) == ("show", None)
    assert decode_instance_message(encode_instance_message("capture", LINK).strip()) == (
        "capture",
        LINK,
    )


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"[]",
        b"\xff",
        b'{"action": "show"}',
        b'{"cpdlog": 2, "action": "show"}',
        b'{"cpdlog": 1, "action": "quit"}',
        b'{"cpdlog": 1, "action": "show", "link": "cpdlog://capture?url=x"}',
        b'{"cpdlog": 1, "action": "show", "extra": 1}',
        b'{"cpdlog": 1, "action": "capture"}',
        b'{"cpdlog": 1, "action": "capture", "link": 5}',
        b'{"cpdlog": 1, "action": "capture", "link": "file:///etc/passwd"}',
        b"[" * 100_000,
        json.dumps({"cpdlog": 1, "action": "capture", "link": "cpdlog:" + "x" * 70_000}).encode(),
    ],
)
def test_bad_messages_are_refused(raw: bytes):
    with pytest.raises(ValidationError):
        decode_instance_message(raw)


def test_an_oversized_message_is_refused_before_decoding():
    with pytest.raises(ValidationError, match="too long"):
        decode_instance_message(b" " * (MAX_INSTANCE_MESSAGE + 1))


def test_the_socket_is_never_in_a_folder_others_can_write(short_home: Path):
    path = instance_socket_path(short_home)
    assert path is not None and path.parent == short_home
    short_home.chmod(0o777)
    try:
        assert instance_socket_path(short_home) is None
    finally:
        short_home.chmod(0o700)


def test_nothing_listening_means_queue(short_home: Path):
    capture = parse_capture_link(LINK)
    assert tell_running_app(short_home, "show") is None
    assert deliver(short_home, capture, LINK) == ("queued", 1)
    assert [c.url for c in queue.pending(short_home)] == ["https://example.org/a"]


def _serve_once(path: Path, answer: bytes) -> tuple[threading.Thread, list[bytes]]:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    got: list[bytes] = []

    def run() -> None:
        with server:
            conn, _ = server.accept()
            with conn:
                got.append(conn.recv(MAX_INSTANCE_MESSAGE + 2))
                conn.sendall(answer)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, got


def test_a_listener_gets_the_link_and_its_reply_decides(short_home: Path):
    path = instance_socket_path(short_home)
    assert path is not None
    thread, got = _serve_once(path, b'{"ok": true, "title": "A"}\n')
    outcome = deliver(short_home, parse_capture_link(LINK), LINK)
    thread.join(10)
    assert outcome == ("delivered", {"ok": True, "title": "A"})
    assert decode_instance_message(got[0].strip()) == ("capture", LINK)
    assert queue.pending(short_home) == []

    path.unlink()
    thread, _ = _serve_once(path, b'{"ok": false, "error": "No.", "code": 2}\n')
    with pytest.raises(ValidationError, match=r"No\."):
        tell_running_app(short_home, "capture", LINK)
    thread.join(10)

    path.unlink()
    thread, _ = _serve_once(path, b"garbage")
    with pytest.raises(CpdlogError, match="did not answer"):
        tell_running_app(short_home, "show")
    thread.join(10)
