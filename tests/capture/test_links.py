"""``cpdlog://capture?...`` links, the queue a closed app empties, and the capture commands."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from cpdlog.capture import queue
from cpdlog.capture.models import Capture, CaptureKind
from cpdlog.capture.pairing import TOKEN_FILE
from cpdlog.capture.scheme import parse_capture_link
from cpdlog.capture.server import CaptureEndpoint, bookmarklet
from cpdlog.errors import CpdlogError, ValidationError
from cpdlog.services.app import App
from tests.conftest import FIXED_NOW, SRC, run_cli


def link(**fields: str) -> str:
    return "cpdlog://capture?" + urlencode(fields, quote_via=quote)


def test_a_link_gives_a_checked_capture():
    capture = parse_capture_link(
        link(url="https://example.org/a", title="  A   page ", selection="Line one\nline two")
    )
    assert capture.url == "https://example.org/a"
    assert capture.title == "A page"
    assert capture.selection == "Line one\nline two"
    assert capture.kind is CaptureKind.SCHEME


@pytest.mark.parametrize(
    "bad",
    [
        "cpdlog://other?url=https://example.org/",
        "cpdlog://capture?title=no-address",
        link(url="javascript:alert(1)"),
        link(url="data:text/html,hi"),
        link(url="https://example.org/" + "a" * 3000),
        "cpdlog://capture?" + "x=1&" * 40,
        "https://example.org/",
    ],
)
def test_bad_links_are_refused(bad: str):
    with pytest.raises(ValidationError):
        parse_capture_link(bad)


def test_the_queue_keeps_captures_until_taken_and_is_private(tmp_path: Path):
    one = Capture("https://example.org/1", "One", "words", {"author": "A"}, FIXED_NOW)
    two = Capture("https://example.org/2", "Two", kind=CaptureKind.SCHEME)
    assert queue.enqueue(tmp_path, one) == 1
    assert queue.enqueue(tmp_path, two) == 2
    mode = stat.S_IMODE((tmp_path / queue.QUEUE_FILE).stat().st_mode)
    assert mode == 0o600
    taken = queue.take_all(tmp_path)
    assert [c.url for c in taken] == [one.url, two.url]
    assert taken[0].selection == "words" and taken[0].captured_at == FIXED_NOW
    assert queue.take_all(tmp_path) == []


def test_the_queue_is_bounded(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(queue, "MAX_QUEUED", 3)
    for n in range(3):
        queue.enqueue(tmp_path, Capture(f"https://example.org/{n}"))
    with pytest.raises(CpdlogError, match="already waiting"):
        queue.enqueue(tmp_path, Capture("https://example.org/more"))
    assert len(queue.pending(tmp_path)) == 3


def test_a_damaged_queue_line_is_skipped_and_the_rest_arrive(tmp_path: Path):
    queue.enqueue(tmp_path, Capture("https://example.org/kept"))
    with (tmp_path / queue.QUEUE_FILE).open("a", encoding="utf-8") as handle:
        handle.write("{broken\n" + json.dumps({"url": "file:///etc/passwd"}) + "\n")
    assert [c.url for c in queue.take_all(tmp_path)] == ["https://example.org/kept"]


def test_a_link_opened_while_the_app_is_closed_waits_and_arrives_at_next_start(home: Path):
    done = run_cli(
        link(url="https://example.org/later", title="Read later", selection="Q"), home=home
    )
    assert done.returncode == 0, done.stderr
    assert "next open" in done.stdout
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        results = app.capture.drain_queue()
        assert [r.entry.title for r in results] == ["Read later"]
        assert results[0].entry.inbox and "Q" in results[0].entry.source.notes
        assert app.capture.drain_queue() == []
    finally:
        app.close()


def test_a_link_opened_while_the_app_runs_is_handed_over_at_once(
    endpoint: CaptureEndpoint, app: App
):
    done = run_cli(
        "--home",
        str(app.paths.home),
        link(url="https://example.org/now", title="Now"),
        home=app.paths.home,
    )
    assert done.returncode == 0, done.stderr
    assert "Saved to your CPD inbox: Now" in done.stdout
    assert [e.title for e in app.capture.inbox()] == ["Now"]
    assert queue.pending(app.paths.home) == []


def test_a_bad_link_on_the_command_line_is_one_line_and_exit_2(home: Path):
    done = run_cli(link(url="javascript:alert(1)"), home=home)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "http://" in done.stderr


def test_capture_token_shows_the_same_token_until_rotated(home: Path):
    first = run_cli("capture", "token", home=home)
    again = run_cli("capture", "token", home=home)
    rotated = run_cli("capture", "token", "--rotate", home=home)
    assert first.returncode == again.returncode == rotated.returncode == 0
    assert first.stdout == again.stdout and len(first.stdout.strip()) >= 40
    assert rotated.stdout != first.stdout
    assert (home / TOKEN_FILE).read_text().strip() == rotated.stdout.strip()


def test_capture_bookmarklet_prints_a_javascript_link_without_the_token(home: Path):
    token = run_cli("capture", "token", home=home).stdout.strip()
    done = run_cli("capture", "bookmarklet", home=home)
    assert done.returncode == 0
    assert done.stdout.startswith("javascript:")
    assert "127.0.0.1:38765/capture" in done.stdout
    assert token not in done.stdout
    assert done.stdout.strip() == bookmarklet(38765)


def test_capture_serve_runs_in_the_foreground_and_saves(home: Path):
    env = {"PYTHONPATH": str(SRC), "CPDLOG_NOW": FIXED_NOW.isoformat()}
    process = subprocess.Popen(
        [sys.executable, "-m", "cpdlog", "--home", str(home), "capture", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**__import__("os").environ, **env},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "Capture endpoint on http://127.0.0.1:" in line
        done = run_cli(link(url="https://example.org/served", title="Served"), home=home)
        assert "Saved to your CPD inbox: Served" in done.stdout
    finally:
        process.terminate()
        process.wait(timeout=30)
    listed = run_cli("capture", "inbox", "--json", home=home)
    assert [e["title"] for e in json.loads(listed.stdout)] == ["Served"]
