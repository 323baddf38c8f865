"""The journal's empty state, Esc in the search box and columns that give way to the title."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.entries import Column
from cpdlog.ui.views.journal import COLUMN_WIDTHS, fit_widths
from tests.conftest import make_entry


def test_an_empty_journal_says_how_to_start(window: MainWindow, qtbot: Any) -> None:
    journal = window.journal
    qtbot.waitUntil(journal.is_empty_journal)  # once the first reading has landed
    assert journal.table_stack.currentWidget() is journal.empty_state
    assert journal.first_entry_button.isVisible()
    with qtbot.waitSignal(window.editor_opened):
        qtbot.mouseClick(journal.first_entry_button, Qt.MouseButton.LeftButton)
    assert len(window.editors) == 1 and window.editors[0].entry_id is None

    window.app.entries.add(make_entry("First entry"))
    window.entries_changed()
    assert journal.table_stack.currentWidget() is journal.table


def test_a_search_with_no_matches_is_not_mistaken_for_an_empty_journal(
    window: MainWindow, qtbot: Any
) -> None:
    window.app.entries.add(make_entry("Reading on kinship care"))
    window.entries_changed()
    journal = window.journal
    qtbot.keyClicks(journal.search_edit, "zebra")
    journal.apply_search()
    assert journal.proxy.rowCount() == 0
    assert journal.table_stack.currentWidget() is journal.table


def test_escape_clears_the_search_box(window: MainWindow, qtbot: Any) -> None:
    window.app.entries.add(make_entry("Reading on kinship care"))
    window.app.entries.add(make_entry("Podcast on adoption"))
    window.entries_changed()
    journal = window.journal
    journal.focus_search()
    qtbot.keyClicks(journal.search_edit, "kinship")
    journal.apply_search()
    assert journal.proxy.rowCount() == 1
    qtbot.keyClick(journal.search_edit, Qt.Key.Key_Escape)
    assert journal.search_edit.text() == ""
    assert journal.proxy.rowCount() == 2
    assert journal.table.isColumnHidden(Column.MATCH)


def test_fit_widths_keeps_the_title_widest_and_never_below_compact() -> None:
    columns = {int(c): widths for c, widths in COLUMN_WIDTHS.items() if c != Column.MATCH}
    roomy = fit_widths(1200, columns)
    assert roomy == {c: wanted for c, (wanted, _) in columns.items()}  # room: nothing shrinks
    compact_total = sum(compact for _, compact in columns.values())
    for available in (compact_total + 160, 640, 700, 800, 900):
        widths = fit_widths(available, columns)
        title = available - sum(widths.values())
        assert all(widths[c] >= compact for c, (_, compact) in columns.items())
        assert title >= max(160, *widths.values()), available
        if available >= 800:  # shrunk only as far as needed
            assert any(widths[c] > compact for c, (_, compact) in columns.items())
    cramped = fit_widths(300, columns)  # no room at all: everything at its compact width
    assert cramped == {c: compact for c, (_, compact) in columns.items()}


def test_in_a_narrow_window_the_title_is_the_widest_column(window: MainWindow, qtbot: Any) -> None:
    window.app.entries.add(make_entry("Episode 12: working with families under pressure"))
    window.entries_changed()
    window.resize(1000, 700)
    table = window.journal.table
    qtbot.waitUntil(lambda: table.viewport().width() < 700)
    header = table.horizontalHeader()
    visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    qtbot.waitUntil(
        lambda: (
            table.columnWidth(Column.TITLE)
            >= max(table.columnWidth(c) for c in visible if c != Column.TITLE)
        )
    )
    # a user's own wider column is kept as they set it
    table.setColumnWidth(Column.TYPE, 190)
    assert table.columnWidth(Column.TYPE) == 190
