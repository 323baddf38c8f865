"""A timeline of one refresh, for measuring it: ``CPDLOG_REFRESH_TRACE=path``.

When the environment variable names a file, each step of a refresh (the request sent and
answered, the parse started and ended, the writer's transactions, the command's start-up
and end) is appended to it as one JSON line ``{"t": seconds, "pid": ..., "thread": ...,
"event": ..., ...}``, ``t`` on the system's monotonic clock (the same in the parse
processes, which inherit the variable and append to the same file). Without it
:func:`event` returns at once. The lines hold hosts, feed ids, counts and sizes, never an
item's text. ``bench/refresh_timeline.py`` reads such a file.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import stat
import threading
import time
from pathlib import Path

TRACE_ENV = "CPDLOG_REFRESH_TRACE"

_path = os.environ.get(TRACE_ENV, "")
_lock = threading.Lock()
_fd: int | None = None
_refused = False  # the path named is not an ordinary file we can append to: tracing is off

log = logging.getLogger(__name__)


def enabled() -> bool:
    return bool(_path)


def event(name: str, **values: object) -> None:
    """Append one step to the trace file (nothing when tracing is off)."""
    if not _path or _refused:
        return
    global _fd
    line = json.dumps(
        {
            "t": time.monotonic(),
            "pid": os.getpid(),
            "thread": threading.current_thread().name,
            "event": name,
            **values,
        }
    )
    with _lock:
        if _fd is None:
            _fd = _open(_path)
            if _fd is None:
                return
            _process_started()
            atexit.register(_exiting)
        with contextlib.suppress(OSError):
            os.write(_fd, (line + "\n").encode())


def _open(path: str) -> int | None:
    """The trace file opened for appending, or None (said once in the log) when it cannot be
    used: opened without blocking, so a named pipe with no reader cannot hang the refresh, and
    anything but an ordinary file (a pipe, a device, a folder, a link) is refused."""
    global _refused
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        _refused = True
        log.warning("The refresh trace file %s cannot be opened (%s); no trace is kept", path, exc)
        return None
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        regular = False
    if not regular:
        os.close(fd)
        _refused = True
        log.warning("The refresh trace file %s is not an ordinary file; no trace is kept", path)
        return None
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def thread_ended() -> None:
    """A thread's last line: the CPU seconds it used."""
    if _path:
        event("thread-end", cpu=time.thread_time())


def _exiting() -> None:
    event("exit", cpu=time.process_time(), main_cpu=time.thread_time())


def _process_started() -> None:
    """The first line of each process: when the process itself started (from /proc, to the
    kernel's clock tick), on the same clock."""
    assert _fd is not None
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
        since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
        started = time.monotonic() - (since_boot - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return
    line = {"t": started, "pid": os.getpid(), "thread": "", "event": "process-start"}
    os.write(_fd, (json.dumps(line) + "\n").encode())
