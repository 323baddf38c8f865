"""Every model of the desktop app passes Qt's model tester."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from cpdlog.domain.entry import ActivityType, PeerReflection
from cpdlog.domain.search import HIGHLIGHT_END, HIGHLIGHT_START
from cpdlog.services.app import App
from cpdlog.ui.models.coverage import CoverageTableModel, coverage_rows
from cpdlog.ui.models.entries import (
    Column,
    EntriesFilterProxyModel,
    EntriesTableModel,
    EntryIdRole,
    SnippetHtmlRole,
)
from cpdlog.ui.models.standards import StandardsFilterProxyModel, StandardsTreeModel
from tests.conftest import make_entry


def _saved(app: App) -> list[Any]:
    peer = PeerReflection("", "Team manager", dt.date(2026, 4, 2), "We agreed to use genograms.")
    entries = [
        make_entry("Podcast on kinship care", ActivityType.PODCAST, dt.date(2026, 2, 1), 0.75),
        make_entry(
            "Team reflective session",
            ActivityType.PEER_REFLECTION,
            dt.date(2026, 4, 2),
            2,
            peer=peer,
            standards=["swe:4.6", "pcf:6"],
        ),
        make_entry("Unfinished webinar notes", ActivityType.VIDEO, dt.date(2026, 5, 9), 1),
    ]
    return [app.entries.add(e) for e in entries]


def test_entries_model_and_proxy_pass_the_model_tester(app: App, qtmodeltester: Any) -> None:
    model = EntriesTableModel(app.entries.catalogue())
    model.set_entries(_saved(app))
    model.set_snippets({1: f"about {HIGHLIGHT_START}kinship{HIGHLIGHT_END} care"})
    qtmodeltester.check(model)
    assert model.data(model.index(1, Column.PEER)) == "Yes"
    assert model.data(model.index(1, Column.STANDARDS)) == "SWE 4.6, PCF 6"
    assert "<b><u>kinship</u></b>" in model.data(model.index(0, Column.MATCH), SnippetHtmlRole)

    proxy = EntriesFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    assert proxy.entry_at(0).title == "Podcast on kinship care"
    proxy.set_search_ids({model.data(model.index(2, 0), EntryIdRole)})
    assert proxy.rowCount() == 1
    assert proxy.entry_at(0).title == "Unfinished webinar notes"
    qtmodeltester.check(proxy)
    proxy.set_search_ids(None)
    assert proxy.rowCount() == 3


def test_hours_sort_by_number_not_text(app: App) -> None:
    model = EntriesTableModel(app.entries.catalogue())
    model.set_entries(_saved(app))
    proxy = EntriesFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.HOURS, Qt.SortOrder.DescendingOrder)
    assert [proxy.entry_at(r).hours for r in range(3)] == [2, 1, 0.75]


def test_standards_tree_is_checkable_and_searchable(app: App, qtmodeltester: Any) -> None:
    model = StandardsTreeModel(app.entries.catalogue())
    qtmodeltester.check(model)
    model.set_checked_ids(["swe:4.6", "pcf:6", "nonsense:1"])
    assert model.checked_ids() == ["swe:4.6", "pcf:6"]
    index = model.index_of_standard("swe:4.2")
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == ["swe:4.2", "swe:4.6", "pcf:6"]
    framework = model.index(0, 0)
    assert not model.setData(framework, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    proxy = StandardsFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("4.6")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() >= 1
    swe = proxy.index(0, 0)
    titles = []
    stack = [swe]
    while stack:
        idx = stack.pop()
        titles.append(proxy.data(idx))
        stack.extend(proxy.index(r, 0, idx) for r in range(proxy.rowCount(idx)))
    assert any(t.startswith("4.6") for t in titles)
    assert not any(t.startswith("1.1") for t in titles)


def test_coverage_counts_parents_and_passes_tester(app: App, qtmodeltester: Any) -> None:
    entries = _saved(app)
    catalogue = app.entries.catalogue()
    swe = catalogue.framework("swe")
    rows = coverage_rows(swe.standards, entries)
    by_id = {r.standard.id: r for r in rows}
    assert by_id["swe:4.6"].entries == 1
    assert by_id["swe:4"].entries == 1  # 4.6 also covers standard 4
    assert by_id["swe:1"].entries == 0
    model = CoverageTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    row = [r.standard.id for r in rows].index("swe:4.6")
    assert model.data(model.index(row, 3)) == "Yes"
    assert model.data(model.index(0, 3)) == "Not yet"
