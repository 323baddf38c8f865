"""The confidentiality check of many entries at once (a big export, ``cpdlog check``), on
every core: this process scans entries while helper processes scan others (issue 14).

A helper is a fresh process (``spawn``, as the feed parsers are: safe beside Qt's threads)
that imports the check and, when the names model is in use here, loads it (about three
seconds). So helpers are started only for a batch big enough to pay for that
(:data:`POOL_FROM` entries still to scan); a smaller one is scanned here as before. This
process does not wait for them: it scans the first chunks itself while they start, and the
chunks left are shared out as each side finishes one, so the result is never slower than
by a chunk's time than scanning alone.

The findings are those of :func:`cpdlog.domain.confidentiality.scan_entries`, entry for entry
(the same rules and model on the same texts; ``tests/services/test_confidentiality_batch.py``
checks it). At most two chunks per helper are in flight (bounded memory), and ``cancel`` is
looked at between chunks: the helpers are stopped and :class:`ScanCancelled` raised.

Helpers never see Ctrl+C (SIGINT is held back while they are started, so they start with it
blocked, and they ignore it): an interrupt is this process's to handle, and it counts as a
cancel. A Ctrl+C while they start is not lost: it waits until they have started and is then
handled here. A cancelled or interrupted scan terminates its helpers rather than waiting for
them (one may be seconds into loading the model), so nothing is left running and nothing
waits for them at exit.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import resource_tracker

from cpdlog.domain.confidentiality import Finding, ScanContext, model, scanner
from cpdlog.domain.confidentiality.scanner import Pending, ScanCancelled
from cpdlog.domain.entry import Entry

log = logging.getLogger(__name__)

POOL_FROM = 2_000  # entries still to scan from which helper processes are started
CHUNK = 200  # entries a helper (or this process) scans in one go
MAX_HELPERS = 3

Batch = list[tuple[list[tuple[str, str]], ScanContext]]


def helpers_for(count: int) -> int:
    """How many helper processes a batch of ``count`` entries still to scan gets: none below
    :data:`POOL_FROM`, else one per core beyond this process's (at most :data:`MAX_HELPERS`).
    ``CPDLOG_CHECK_HELPERS`` sets it (0: never; for tests and benches)."""
    wanted = os.environ.get("CPDLOG_CHECK_HELPERS", "").strip()
    if wanted.isdigit():
        return min(int(wanted), MAX_HELPERS) if count > CHUNK else 0
    if count < POOL_FROM:
        return 0
    return max(0, min((os.cpu_count() or 1) - 1, MAX_HELPERS))


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl+C held back for the block, then handled as it would have been.

    SIGINT is blocked in this thread (a new process keeps the mask of the thread that starts
    it) and, on the main thread, Python's handler is replaced by one that only notes the
    interrupt: another thread of the process may receive the signal, and Python runs the
    handler on the main thread at once, wherever it is. Afterwards the mask and the handler
    are restored, and a noted Ctrl+C is handed to the handler (KeyboardInterrupt).

    multiprocessing's resource tracker is started first: its own start blocks and then
    unblocks SIGINT, which inside the block would let the Ctrl+C through half-way through
    starting the helpers."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    resource_tracker.ensure_running()
    noted: list[int] = []
    handler = None
    # (getsignal is None for a handler set outside Python: it could not be put back, so it
    # is left in place, with the mask alone)
    if (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is not None
    ):
        handler = signal.signal(signal.SIGINT, lambda signum, _frame: noted.append(signum))
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one held back is noted now
        if handler is not None:
            signal.signal(signal.SIGINT, handler)
            if noted and callable(handler):
                handler(signal.SIGINT, None)  # Python's own raises KeyboardInterrupt
            elif noted and handler == signal.SIG_DFL:
                signal.raise_signal(signal.SIGINT)


def _start_helper(use_model: bool) -> None:
    """In a helper: Ctrl+C ignored (the main process handles it and stops the helpers), the
    model on or off as in the process that started it, and loaded now."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    model.set_enabled(use_model)
    if use_model:
        model.available()


def _scan_chunk(batch: Batch) -> tuple[list[list[Finding]], bool]:
    """In a helper: one chunk's findings (see ``scanner.scan_fields_batch``)."""
    return scanner.scan_fields_batch(batch)


def _ready() -> None:
    """In a helper: nothing (its start, model included, is what was wanted)."""


class Helpers:
    """Helper processes started ahead of a batch: they take seconds to start (imports, the
    model), so a caller that knows a big batch is coming starts them before it reads the
    entries (``ConfidentialityService.check``). Closed by the scan that uses them, or by
    :meth:`close`."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.use_model = model.enabled()
        self.pool: ProcessPoolExecutor | None = None
        # Ctrl+C held back while the helpers start: no helper ever sees one (each starts
        # with SIGINT blocked), even during its imports, and one that comes meanwhile waits
        # instead of being lost: it is raised here once they have started (KeyboardInterrupt),
        # and they are stopped at once.
        try:
            with _interrupts_held():
                pool = ProcessPoolExecutor(
                    max_workers=count,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_helper,
                    initargs=(self.use_model,),
                )
                self.pool = pool
                for _ in range(count):
                    pool.submit(_ready)  # each submit starts one process, at once
        except (OSError, RuntimeError, ValueError, BrokenProcessPool):
            log.warning("The check's helper processes could not start", exc_info=True)
            self.close()
        except BaseException:  # Ctrl+C (held back until now): nobody will use them
            self.close(terminate=True)
            raise

    def pids(self) -> list[int]:
        """The helper processes' ids (for logs and tests)."""
        pool = self.pool
        processes = getattr(pool, "_processes", None) or {}
        return [int(pid) for pid in processes]

    def close(self, wait: bool = True, terminate: bool = False) -> None:
        """Stop the helpers: after the work handed to them (``wait``), or at once
        (``terminate``: a cancelled or interrupted scan, or helpers nobody will use)."""
        pool, self.pool = self.pool, None
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        if terminate:
            for process in processes:
                with contextlib.suppress(OSError, ValueError, AttributeError):  # ended
                    process.terminate()
        pool.shutdown(wait=wait and not terminate, cancel_futures=True)
        if terminate:
            for process in processes:
                with contextlib.suppress(OSError, ValueError, AssertionError, AttributeError):
                    process.join(timeout=2)


def start_helpers(expected: int) -> Helpers | None:
    """Helpers for a batch of about ``expected`` entries, or None when it would get none."""
    count = helpers_for(expected)
    return Helpers(count) if count else None


def scan_entries(
    entries: Sequence[Entry],
    practitioner_name: str = "",
    cancel: threading.Event | None = None,
    helpers: Helpers | None = None,
) -> list[list[Finding]]:
    """Every entry's findings, as ``confidentiality.scan_entries`` gives them; helper
    processes share a big batch (see the module's notes). ``helpers`` started ahead are
    used (when the batch still needs them) and closed."""
    results, todo = scanner.pending(entries, practitioner_name)
    wanted = helpers_for(len(todo))
    if wanted == 0:
        if helpers is not None:
            helpers.close(terminate=True)  # not needed after all
        scanner.scan_pending(results, todo, cancel=cancel)
        return results
    if helpers is None or helpers.pool is None or helpers.use_model != model.enabled():
        if helpers is not None:
            helpers.close(terminate=True)
        helpers = Helpers(wanted)
    _scan_shared(results, todo, helpers, cancel)
    return results


def _scan_shared(
    results: list[list[Finding]],
    todo: list[Pending],
    team: Helpers,
    cancel: threading.Event | None,
) -> None:
    chunks: deque[list[Pending]] = deque(todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK))
    helpers = team.count
    log.info("Checking %s entries with %s helper processes", len(todo), helpers)
    pool = team.pool
    if pool is None:  # they could not start: all of it here
        scanner.scan_pending(results, todo, cancel=cancel)
        return
    running: dict[Future[tuple[list[list[Finding]], bool]], list[Pending]] = {}

    def take(chunk: list[Pending], found: list[list[Finding]], final: bool) -> None:
        for (i, _, _, key), findings in zip(chunk, found, strict=True):
            results[i] = findings
            if final:
                scanner.remember(key, findings)

    def collect(done: set[Future[tuple[list[list[Finding]], bool]]]) -> None:
        for future in done:
            chunk = running.pop(future)
            try:
                found, final = future.result()
            except Exception:  # a helper that died (killed, out of memory): scan it here
                log.warning("A helper process of the check failed", exc_info=True)
                scanner.scan_pending(results, chunk, cancel=cancel)
            else:
                take(chunk, found, final)

    stopped = broken = False
    try:
        while chunks or running:
            if cancel is not None and cancel.is_set():
                stopped = True
                raise ScanCancelled
            while chunks and not broken and len(running) < 2 * helpers:
                chunk = chunks.pop()  # from the end: this process takes from the front
                batch: Batch = [(fields, context) for _, fields, context, _ in chunk]
                try:
                    running[pool.submit(_scan_chunk, batch)] = chunk
                except (BrokenProcessPool, OSError, RuntimeError):  # no helper can start
                    log.warning("The check's helper processes stopped", exc_info=True)
                    chunks.append(chunk)
                    broken = True
            if chunks:
                chunk = chunks.popleft()
                scanner.scan_pending(results, chunk, cancel=cancel)
            elif running:
                # Nothing left to share out: take back a chunk no helper has started (they
                # may still be starting), else wait for one to finish.
                waiting = next((f for f in running if f.cancel()), None)
                if waiting is not None:
                    scanner.scan_pending(results, running.pop(waiting), cancel=cancel)
                    continue
                done, _ = wait(running, timeout=0.5, return_when=FIRST_COMPLETED)
                collect(done)
                continue
            collect({f for f in running if f.done()})
    except BaseException:  # cancelled, Ctrl+C (KeyboardInterrupt), or a failure here
        stopped = True
        raise
    finally:
        team.close(wait=not stopped, terminate=stopped)
