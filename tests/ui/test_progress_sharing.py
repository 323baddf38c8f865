"""The progress page reuses the entries the journal has read instead of reading them again."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest

from cpdlog.domain.entry import ActivityType
from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import make_entry


def test_progress_waits_for_the_journal_and_reuses_its_entries(
    onboarded: App, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        onboarded.entries.add(
            make_entry(f"Course part {n}", ActivityType.COURSE, dt.date(2026, 3, 1 + n), 2)
        )
    reads: list[Any] = []
    release = threading.Event()
    list_entries = onboarded.entries.list_entries

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(args)
        release.wait(10)  # hold the journal's read until the progress page exists
        return list_entries(*args, **kwargs)

    monkeypatch.setattr(onboarded.entries, "list_entries", counted)
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    assert window.journal.reading_everything()
    progress = window.show_page("progress")
    assert progress.report is None  # waiting for the journal's entries
    with qtbot.waitSignal(progress.report_ready, timeout=10_000):
        release.set()
    assert len(reads) == 1  # only the journal read them
    assert progress.report is not None and progress.report.total_hours == 6
    assert window.journal.all_entries() is not None

    # A filtered journal does not hold every entry: the report reads them itself.
    window.journal.type_combo.setCurrentIndex(window.journal.type_combo.findData("blog"))
    assert window.journal.all_entries() is None
    with qtbot.waitSignal(progress.report_ready, timeout=10_000):
        progress.reload()
    assert len(reads) == 3  # the filtered journal, then the report
    assert progress.report.total_hours == 6
    window.tasks.wait_for_all()
