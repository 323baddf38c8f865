"""A bench's loopback feed server, run in a process of its own.

A bench that serves feeds (``bench/refresh.py``) answers ``--serve`` by listening on loopback
addresses, printing one JSON line that maps each address to its port, and serving until its
standard input is closed. :func:`feed_server` starts that process, hands the ports to the
bench and stops the server when the bench is done, however it ends.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STOP_TIMEOUT_S = 10  # a server that has not stopped by then after its input closed is killed


@contextmanager
def feed_server(script: str | Path) -> Iterator[dict[str, int]]:
    """Run ``python script --serve``; yield its ports by loopback address; stop it after."""
    server = subprocess.Popen(
        [sys.executable, str(script), "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        if not line:
            raise SystemExit(f"the loopback feed server ({script} --serve) did not start")
        ports: dict[str, int] = json.loads(line)
        yield ports
    finally:
        if server.stdin is not None:
            server.stdin.close()  # the server's signal to stop
        try:
            server.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
