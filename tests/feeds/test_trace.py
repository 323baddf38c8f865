"""The refresh timeline (CPDLOG_REFRESH_TRACE): JSON lines when asked, nothing otherwise."""

from __future__ import annotations

import json
import os
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
    return out.stdout.strip()


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
