"""The refresh timeline (CPDLOG_REFRESH_TRACE): JSON lines when asked, nothing otherwise."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

CODE = (
    "import threading\n"
    "from cpdlog.feeds import trace\n"
    "trace.event('request', host='a.example')\n"
    "t = threading.Thread(target=trace.thread_ended, name='cpdlog-fetch-0')\n"
    "t.start(); t.join()\n"
    "print(trace.enabled())\n"
)


def _run(tmp_path: Path, trace_file: str | None) -> str:
    return _process(tmp_path, trace_file).stdout.strip()


def _process(tmp_path: Path, trace_file: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CPDLOG_REFRESH_TRACE"}
    if trace_file is not None:
        env["CPDLOG_REFRESH_TRACE"] = trace_file
    out = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    return out


def test_the_trace_holds_one_json_line_per_step_with_the_process_start_and_exit(
    tmp_path: Path,
) -> None:
    path = tmp_path / "trace.jsonl"
    assert _run(tmp_path, str(path)) == "True"
    events = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [e["event"] for e in events] == ["process-start", "request", "thread-end", "exit"]
    start, request, ended, exiting = events
    assert request["host"] == "a.example" and request["thread"] == "MainThread"
    assert start["t"] <= request["t"] <= ended["t"] <= exiting["t"]
    assert len({e["pid"] for e in events}) == 1
    assert ended["thread"] == "cpdlog-fetch-0" and ended["cpu"] >= 0
    assert exiting["cpu"] >= exiting["main_cpu"] >= 0


def test_without_the_variable_nothing_is_written(tmp_path: Path) -> None:
    assert _run(tmp_path, None) == "False"
    assert list(tmp_path.iterdir()) == []


def test_a_named_pipe_as_the_trace_file_is_ignored_with_one_logged_line(tmp_path: Path) -> None:
    # review 7, finding 8: opening a FIFO with no reader for writing waited for ever
    pipe = tmp_path / "trace-pipe"
    os.mkfifo(pipe)
    done = _process(tmp_path, str(pipe))  # times out (and fails) if the open blocks
    assert done.stdout.strip() == "True"
    assert done.stderr.count("refresh trace file") == 1, done.stderr  # one line, no hang
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


def test_a_folder_or_a_link_as_the_trace_file_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    real = tmp_path / "real.txt"
    real.write_text("keep")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    for target in (folder, link):
        done = _process(tmp_path, str(target))
        assert done.stdout.strip() == "True"
        assert done.stderr.count("refresh trace file") == 1, done.stderr
    assert list(folder.iterdir()) == [] and real.read_text() == "keep"
