"""The journal's rows arrive sorted from a worker, and search narrows them without Python
calls per row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from cpdlog.domain.entry import ActivityType
from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.entries import (
    Column,
    EntriesFilterProxyModel,
    EntriesTableModel,
    sort_entries,
)
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import make_entry


def _journal(app: App) -> list[Any]:
    added = [
        make_entry("Podcast on kinship care", ActivityType.PODCAST, dt.date(2026, 2, 1), 0.75),
        make_entry("Course on capacity", ActivityType.COURSE, dt.date(2026, 4, 2), 6),
        make_entry("Article on genograms", ActivityType.READING, dt.date(2026, 3, 9), 1),
        make_entry("Blog on supervision", ActivityType.BLOG, dt.date(2026, 3, 9), 0),
    ]
    return [app.entries.add(e) for e in added]


def test_sort_entries_orders_like_the_table(app: App) -> None:
    entries = _journal(app)
    catalogue = app.entries.catalogue()
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model = EntriesTableModel(catalogue)
            model.set_entries(entries)  # ties keep this order in both
            model.sort(column, order)
            assert sort_entries(entries, column, order, catalogue) == model.entries()
    newest = sort_entries(entries, Column.DATE, Qt.SortOrder.DescendingOrder, catalogue)
    assert [e.title for e in newest] == [
        "Course on capacity",
        "Blog on supervision",  # same day: the later id first
        "Article on genograms",
        "Podcast on kinship care",
    ]
    hours = sort_entries(entries, Column.HOURS, Qt.SortOrder.AscendingOrder, catalogue)
    assert [e.hours for e in hours] == [0, 0.75, 1, 6]


def test_search_ids_narrow_the_rows(app: App) -> None:
    entries = _journal(app)
    model = EntriesTableModel(app.entries.catalogue())
    model.set_entries(entries)
    proxy = EntriesFilterProxyModel()
    proxy.setSourceModel(model)
    assert not proxy.searching and proxy.rowCount() == 4
    # Ids that share digits must not match each other's prefixes or suffixes.
    wanted = {entries[1].id, *range(1000, 2500)}
    proxy.set_search_ids(wanted)
    assert proxy.searching
    assert [proxy.entry_at(r).title for r in range(proxy.rowCount())] == ["Course on capacity"]
    proxy.set_search_ids(set())
    assert proxy.searching and proxy.rowCount() == 0
    proxy.set_search_ids(None)
    assert proxy.rowCount() == 4


def test_rows_loaded_in_the_background_follow_the_chosen_order(onboarded: App, qtbot: Any) -> None:
    _journal(onboarded)
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    journal = window.journal
    qtbot.waitUntil(lambda: journal.model.rowCount() == 4)
    titles = [journal.proxy.entry_at(r).title for r in range(4)]
    assert titles[0] == "Course on capacity"  # newest first, as sorted by the worker
    journal.table.sortByColumn(Column.HOURS, Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignal(journal.loaded):
        journal.reload_in_background()
    assert [journal.proxy.entry_at(r).hours for r in range(4)] == [0, 0.75, 1, 6]
    # The order changes while the worker reads: the rows are sorted again when they land.
    with qtbot.waitSignal(journal.loaded):
        journal.reload_in_background()
        journal.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert journal.proxy.entry_at(0).title == "Article on genograms"
    assert journal.tag_combo.itemText(0) == "All tags"
