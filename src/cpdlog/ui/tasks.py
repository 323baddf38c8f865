"""Run blocking work off the GUI thread and deliver the result back on it.

A worker runs a plain function that returns plain data (domain objects, paths, numbers).
It never touches a widget or shares a database session: services open their own short
sessions, which is safe from any thread. The callbacks run on the GUI thread because the
bridge object lives there and Qt queues signals across threads.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from cpdlog.errors import CpdlogError

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
# The niceness given to the app's helper processes while the GUI waits on them (Linux, macOS).
BACKGROUND_NICENESS = 10


def lower_child_processes(lowered: set[int]) -> None:
    """Give this process's helper processes (a refresh's feed parsers) a lower priority.

    On a busy machine they compete with the GUI thread for the cores: at the same priority
    the GUI thread waited tens of milliseconds in the run queue behind them during a large
    refresh. At a lower one the kernel runs the GUI thread first when it wakes; the parsers
    still get every core the app leaves idle. ``lowered`` holds the processes already done
    (the caller keeps it between calls). Nothing happens where there is no ``setpriority``
    (Windows), and a process that has ended meanwhile is skipped."""
    if sys.platform == "win32":
        return
    for child in multiprocessing.active_children():
        pid = child.pid
        if pid is None or pid in lowered:
            continue
        lowered.add(pid)
        try:
            if os.getpriority(os.PRIO_PROCESS, pid) < BACKGROUND_NICENESS:
                os.setpriority(os.PRIO_PROCESS, pid, BACKGROUND_NICENESS)
        except OSError:  # ended, or not ours to change
            continue


class TaskSignals(QObject):
    """Signals a running task emits; they are delivered on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Bridge(QObject):
    """Lives in the GUI thread and calls the Python callbacks there (queued connections).

    ``alive`` says whether the runner (and so the window that owns it) still exists: a task
    that finishes after its window was closed and deleted has nobody left to tell, and its
    callbacks would touch deleted Qt objects ("Signal source has been deleted")."""

    def __init__(
        self,
        on_success: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: ProgressFn | None,
        on_finished: Callable[[], None],
        alive: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_finished = on_finished
        self._alive = alive

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(done, total)

    @Slot(object)
    def succeeded(self, result: object) -> None:
        if self._on_success is not None and self._alive():
            self._on_success(result)

    @Slot(object)
    def failed(self, error: object) -> None:
        if self._on_error is not None and self._alive():
            assert isinstance(error, BaseException)
            self._on_error(error)

    @Slot()
    def finished(self) -> None:
        if self._alive():
            self._on_finished()


class Task(QRunnable):
    """One piece of background work with a cancel flag and a progress callback.

    ``fn`` receives ``progress(done, total)`` and ``cancel`` (a ``threading.Event``) as
    keyword arguments when it asks for them with ``wants_progress``/``wants_cancel``.
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        wants_progress: bool = False,
        wants_cancel: bool = False,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference; Qt must not delete it
        self.fn = fn
        self.signals = TaskSignals()
        self.cancel_event = threading.Event()
        self._wants_progress = wants_progress
        self._wants_cancel = wants_cancel
        self.done = False
        self.bridge: QObject | None = None

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def _progress(self, done: int, total: int) -> None:
        self.signals.progressed.emit(int(done), int(total))

    @Slot()
    def run(self) -> None:
        kwargs: dict[str, Any] = {}
        if self._wants_progress:
            kwargs["progress"] = self._progress
        if self._wants_cancel:
            kwargs["cancel"] = self.cancel_event
        try:
            result = self.fn(**kwargs)
        except BaseException as exc:  # reported to the GUI thread, never swallowed
            if isinstance(exc, CpdlogError):  # a message for the user, not a bug
                log.info("A background task stopped: %s", exc.__class__.__name__)
            else:
                log.exception("A background task failed unexpectedly")
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them alive until they finish."""

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: ProgressFn | None = None,
        *,
        wants_progress: bool = False,
        wants_cancel: bool = False,
    ) -> Task:
        task = Task(fn, wants_progress=wants_progress, wants_cancel=wants_cancel)
        # The bridge lives in this (GUI) thread, so Qt queues the worker's signals to it.
        bridge = _Bridge(
            on_success, on_error, on_progress, lambda: self._forget(task), lambda: isValid(self)
        )
        bridge.moveToThread(self.thread())
        task.bridge = bridge
        task.signals.progressed.connect(bridge.progressed)
        task.signals.succeeded.connect(bridge.succeeded)
        task.signals.failed.connect(bridge.failed)
        task.signals.finished.connect(bridge.finished)
        was_idle = not self._running
        self._running.add(task)
        if was_idle:
            self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def _forget(self, task: Task) -> None:
        task.done = True
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def running(self) -> int:
        return len(self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait_for_all(self, msecs: int = 30_000) -> bool:
        """Cancel-free wait used when the window closes (workers must not outlive the app)."""
        return self.pool.waitForDone(msecs)
