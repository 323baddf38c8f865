"""What the desktop app says on opening: a read-only journal, evidence records set aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox

from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import FIXED_NOW, make_entry


def _window(app: App, qtbot: Any) -> MainWindow:
    win = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _close(win: MainWindow) -> None:
    win.tasks.cancel_all()
    win.tasks.wait_for_all(10_000)


def test_a_read_only_journal_says_so_in_the_status_bar(home: Path, qtbot: Any) -> None:
    first = App.open(home, clock=lambda: FIXED_NOW)
    first.entries.add(make_entry(title="Kept"))
    first.profile.update(name="Sam Patel", onboarded=True)
    first.close()
    app = App.open(home, clock=lambda: FIXED_NOW, read_only=True)
    try:
        win = _window(app, qtbot)
        label = win.statusBar().findChild(QLabel, "read_only_notice")
        assert label is not None and "changes cannot be saved" in label.text()
        assert win.findChild(QMessageBox, "quarantine_notice") is None
        _close(win)
    finally:
        app.close()


def test_evidence_set_aside_at_start_up_is_reported_once(home: Path, qtbot: Any) -> None:
    first = App.open(home, clock=lambda: FIXED_NOW)
    entry = first.entries.add(make_entry(title="Crafted"))
    first.profile.update(name="Sam Patel", onboarded=True)
    first.close()
    db = sqlite3.connect(home / "cpdlog.sqlite")
    db.execute("INSERT INTO evidence_files (sha256, size) VALUES ('../../etc/passwd', 1)")
    db.execute(
        "INSERT INTO entry_evidence (entry_id, sha256, filename, media_type, size, position,"
        " added_at) VALUES (?, '../../etc/passwd', 'f.txt', 'text/plain', 1, 0,"
        " '2026-03-01 10:00:00.000000')",
        (entry.id,),
    )
    db.commit()
    db.close()
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        assert app.quarantine_report is not None and app.quarantine_report.rows == 1
        win = _window(app, qtbot)
        box = win.findChild(QMessageBox, "quarantine_notice")
        assert box is not None
        qtbot.waitUntil(box.isVisible)
        assert "set aside 1 evidence record" in box.text()
        assert str(app.quarantine_report.note) in box.text()
        assert win.statusBar().findChild(QLabel, "read_only_notice") is None
        box.close()
        _close(win)
    finally:
        app.close()


def test_autosave_files_that_are_pipes_or_nested_too_deeply_are_ignored(tmp_path: Path) -> None:
    import os

    from cpdlog.ui.drafts import DraftStore

    folder = tmp_path / "autosave"
    folder.mkdir()
    os.mkfifo(folder / "pipe.json")  # would block a plain read for ever
    (folder / "deep.json").write_text("[" * 200_000 + "]" * 200_000)
    assert DraftStore(folder).pending() == []
