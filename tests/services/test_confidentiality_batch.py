"""The check of a big batch shared with helper processes: the same findings, entry for entry,
as the check in this process; and Cancel stops it."""

from __future__ import annotations

import os
import signal
import threading
from typing import Any

import pytest

from cpdlog.domain.confidentiality import ScanCancelled, model, scanner
from cpdlog.domain.entry import Entry
from cpdlog.services import confidentiality_batch
from tests.confidentiality.eval_support import NATURAL_SET, load_records, record_to_entry


def _journal(size: int, tag: str) -> list[Entry]:
    records = load_records(NATURAL_SET)
    entries = []
    for i in range(size):
        entry = record_to_entry(records[i % len(records)])
        entry.reflection.sections = {
            k: f"{v} ({tag}{i})" for k, v in entry.reflection.sections.items()
        }
        entries.append(entry)
    return entries


def _fresh() -> None:
    with scanner._chunk_lock:
        scanner._entry_cache.clear()
        scanner._chunk_cache.clear()


def test_helpers_start_only_for_a_batch_that_pays_for_them(monkeypatch: Any) -> None:
    monkeypatch.delenv("CPDLOG_CHECK_HELPERS", raising=False)
    monkeypatch.setattr(confidentiality_batch.os, "cpu_count", lambda: 2)
    assert confidentiality_batch.helpers_for(confidentiality_batch.POOL_FROM - 1) == 0
    assert confidentiality_batch.helpers_for(confidentiality_batch.POOL_FROM) == 1
    monkeypatch.setattr(confidentiality_batch.os, "cpu_count", lambda: 1)
    assert confidentiality_batch.helpers_for(50_000) == 0  # one core: nobody to share with
    monkeypatch.setattr(confidentiality_batch.os, "cpu_count", lambda: 16)
    assert confidentiality_batch.helpers_for(50_000) == confidentiality_batch.MAX_HELPERS
    monkeypatch.setenv("CPDLOG_CHECK_HELPERS", "0")
    assert confidentiality_batch.helpers_for(50_000) == 0


def test_a_batch_shared_with_a_helper_finds_what_one_process_finds(monkeypatch: Any) -> None:
    entries = _journal(3 * confidentiality_batch.CHUNK + 17, "b")
    with model.rules_only():  # the helper then loads no model (the model's own test is below)
        _fresh()
        alone = scanner.scan_entries(entries, "Jo Bloggs")
        _fresh()
        monkeypatch.setenv("CPDLOG_CHECK_HELPERS", "1")
        shared = confidentiality_batch.scan_entries(entries, "Jo Bloggs")
    assert sum(len(f) for f in alone) > 100  # the set names people: something to compare
    assert shared == alone
    # what the helper found is kept here too: checking again reads nothing
    with model.rules_only():
        _, todo = scanner.pending(entries, "Jo Bloggs")
    assert todo == []


@pytest.mark.skipif(not model.installed(), reason="the names model is not installed")
def test_with_the_model_a_shared_batch_finds_the_same(monkeypatch: Any) -> None:
    entries = _journal(confidentiality_batch.CHUNK + 40, "m")
    model.reset()
    alone = scanner.scan_entries(entries, "Jo Bloggs")
    model.reset()
    monkeypatch.setenv("CPDLOG_CHECK_HELPERS", "1")
    shared = confidentiality_batch.scan_entries(entries, "Jo Bloggs")
    assert shared == alone


def test_cancel_stops_a_shared_batch(monkeypatch: Any) -> None:
    entries = _journal(4 * confidentiality_batch.CHUNK, "c")
    cancel = threading.Event()
    calls = 0
    real = scanner.scan_pending

    def scan_pending(*args: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        cancel.set()  # the user presses Cancel while the first chunk is scanned here
        real(*args, **kwargs)

    monkeypatch.setattr(scanner, "scan_pending", scan_pending)
    monkeypatch.setenv("CPDLOG_CHECK_HELPERS", "1")
    _fresh()
    with model.rules_only(), pytest.raises(ScanCancelled):
        confidentiality_batch.scan_entries(entries, "Jo Bloggs", cancel)
    assert calls == 1


def test_a_cancelled_check_terminates_its_helpers(monkeypatch: Any) -> None:
    """Review s7 finding 11: a cancelled check (the export page's, when the choices change)
    stops its helper processes instead of leaving them to load the model and scan."""
    entries = _journal(4 * confidentiality_batch.CHUNK, "t")
    cancel = threading.Event()
    made: list[confidentiality_batch.Helpers] = []
    pids: list[int] = []
    real_init = confidentiality_batch.Helpers.__init__
    real_scan = scanner.scan_pending

    def init(self: confidentiality_batch.Helpers, count: int) -> None:
        real_init(self, count)
        made.append(self)

    def scan_pending(*args: Any, **kwargs: Any) -> None:
        pids.extend(made[0].pids())  # the helpers, started and still loading or scanning
        cancel.set()
        real_scan(*args, **kwargs)

    monkeypatch.setattr(confidentiality_batch.Helpers, "__init__", init)
    monkeypatch.setattr(scanner, "scan_pending", scan_pending)
    monkeypatch.setenv("CPDLOG_CHECK_HELPERS", "2")
    _fresh()
    with model.rules_only(), pytest.raises(ScanCancelled):
        confidentiality_batch.scan_entries(entries, "Jo Bloggs", cancel)
    assert len(pids) == 2
    for pid in pids:  # terminated and reaped by close(): no such process any more
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_helpers_started_ahead_are_used_then_closed(monkeypatch: Any) -> None:
    entries = _journal(2 * confidentiality_batch.CHUNK + 5, "h")
    monkeypatch.setenv("CPDLOG_CHECK_HELPERS", "1")
    with model.rules_only():
        _fresh()
        alone = scanner.scan_entries(entries, "Jo Bloggs")
        _fresh()
        helpers = confidentiality_batch.start_helpers(len(entries))
        assert helpers is not None and helpers.pool is not None
        shared = confidentiality_batch.scan_entries(entries, "Jo Bloggs", helpers=helpers)
    assert shared == alone
    assert helpers.pool is None  # the scan closed them
    assert confidentiality_batch.start_helpers(confidentiality_batch.CHUNK) is None  # too few


def test_a_ctrl_c_while_helpers_start_is_not_lost(monkeypatch: Any) -> None:
    """A Ctrl+C that comes while the helpers are being started is handled once they have all
    started (KeyboardInterrupt, the helpers stopped at once), not dropped nor raised half-way
    through their start, and no helper can see it (SIGINT is blocked in each from its start).
    Another thread is running, as in a real process: the signal may reach that thread, and
    Python then runs its handler on the main thread wherever it is."""
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("Ctrl+C is handled on the main thread")
    started: list[Any] = []
    submitted: list[int] = []
    submit = confidentiality_batch.ProcessPoolExecutor.submit

    def submit_then_ctrl_c(self: Any, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        future = submit(self, fn, *args, **kwargs)
        started.extend(p for p in self._processes.values() if p not in started)
        os.kill(os.getpid(), signal.SIGINT)  # as a Ctrl+C between two helpers' starts
        for _ in range(1000):  # time for the handler to run here, if it was not held back
            pass
        submitted.append(1)
        return future

    monkeypatch.setattr(confidentiality_batch.ProcessPoolExecutor, "submit", submit_then_ctrl_c)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)  # SIGINT not blocked there
    other.start()
    try:
        with model.rules_only(), pytest.raises(KeyboardInterrupt):
            helpers = confidentiality_batch.Helpers(2)
            helpers.close(terminate=True)  # only when the Ctrl+C was lost
    finally:
        stop.set()
        other.join()
    assert len(submitted) == 2, "the Ctrl+C cut the helpers' start short"
    assert len(started) == 2
    for process in started:
        process.join(timeout=10)
        assert not process.is_alive(), "a helper was left running"
