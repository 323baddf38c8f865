"""Export a PDF portfolio through the dialog, and cancel one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cpdlog.ui.main_window import MainWindow
from tests.conftest import make_entry


def test_export_through_the_dialog(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    app = window.app
    first = app.entries.add(make_entry("Podcast on adolescent neglect", day=dt.date(2026, 2, 3)))
    app.entries.add(make_entry("Course on the Mental Capacity Act", day=dt.date(2026, 6, 9)))
    app.entries.add(make_entry("Old reading", day=dt.date(2025, 3, 1)))
    window.entries_changed(keep_id=first.id)
    dialog = window.export()
    panel = dialog.panel
    assert "2 entries will be included" in panel.summary_label.text()
    assert panel.included_list.count() == 2
    target = tmp_path / "portfolio.pdf"
    panel.set_output(target)
    with qtbot.waitSignal(panel.exported, timeout=60_000) as done:
        panel.export_button.click()
    assert Path(done.args[0]) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert panel.open_button.isVisibleTo(panel) and panel.folder_button.isVisibleTo(panel)
    assert "2 entries" in panel.result_label.text()
    dialog.close()


def test_only_selected_entries(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    app = window.app
    a = app.entries.add(make_entry("Chosen one", day=dt.date(2026, 2, 3)))
    app.entries.add(make_entry("Not chosen", day=dt.date(2026, 3, 3)))
    window.entries_changed(keep_id=a.id)
    dialog = window.export()
    panel = dialog.panel
    panel.chosen_radio.setChecked(True)
    assert [panel.included_list.item(i).text() for i in range(panel.included_list.count())] == [
        "3 Feb 2026  Chosen one"
    ]
    assert panel.request().entry_ids == (a.id,)
    dialog.close()


def test_cancelling_an_export_writes_nothing(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    for day in range(1, 25):
        window.app.entries.add(make_entry(f"Entry {day}", day=dt.date(2026, 3, day)))
    window.entries_changed()
    dialog = window.export()
    panel = dialog.panel
    target = tmp_path / "cancelled.pdf"
    panel.set_output(target)
    with qtbot.waitSignal(panel.failed, timeout=60_000) as failed:
        panel.export_button.click()
        panel.cancel_export()
    assert "cancelled" in failed.args[0].lower()
    assert not target.exists()
    dialog.close()


def test_snapshots_option_reaches_the_request(window: MainWindow, qtbot: Any) -> None:
    dialog = window.export()
    panel = dialog.panel
    assert not panel.snapshots_check.isChecked()
    assert panel.request().include_snapshots is False
    panel.snapshots_check.click()
    assert panel.snapshots_check.isChecked() and panel.request().include_snapshots is True
    dialog.close()
