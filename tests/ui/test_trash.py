"""The Trash page: list deleted entries, restore them, delete them for good, empty the trash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from cpdlog.domain.entry import Entry
from cpdlog.ui.main_window import MainWindow, Page
from cpdlog.ui.views.trash import TrashColumn, TrashView, format_deleted
from tests.conftest import FIXED_NOW, make_entry


def _trash_some(window: MainWindow, *titles: str) -> list[Entry]:
    entries = [window.app.entries.add(make_entry(t)) for t in titles]
    window.entries_changed()
    for entry in entries:
        assert entry.id is not None
        window.journal.select_entry(entry.id)
        window.window_actions.delete_entry.trigger()
    return entries


def _open_trash(window: MainWindow, qtbot: Any) -> TrashView:
    view = window.show_page(Page.TRASH)
    assert isinstance(view, TrashView)
    qtbot.waitUntil(lambda: not view.count_label.text().startswith("Loading"))
    return view


def _journal_titles(window: MainWindow) -> list[str]:
    return sorted(e.title for e in window.journal.model.entries())


def _button(box: QMessageBox, text: str) -> QPushButton:
    found = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(found, QPushButton)
    return found


def test_the_trash_is_reachable_from_the_view_menu_and_the_journal(
    window: MainWindow, qtbot: Any
) -> None:
    window.window_actions.show_trash.trigger()
    assert window.current_page_key() == Page.TRASH
    assert window.stack.currentWidget() is window.trash_page()
    window.show_page(Page.JOURNAL)
    qtbot.mouseClick(window.journal.trash_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == Page.TRASH
    view = _open_trash(window, qtbot)
    assert view.empty_label.isVisible() and not view.tree.isVisible()
    assert not view.empty_button.isEnabled()


def test_deleted_entries_are_listed_with_the_date_they_were_deleted(
    window: MainWindow, qtbot: Any
) -> None:
    _trash_some(window, "Team discussion on kinship care", "Article on contextual safeguarding")
    view = _open_trash(window, qtbot)
    titles = sorted(view.tree.topLevelItem(r).text(0) for r in range(view.tree.topLevelItemCount()))
    assert titles == ["Article on contextual safeguarding", "Team discussion on kinship care"]
    row = view.tree.topLevelItem(0)
    assert row.text(TrashColumn.DELETED) == format_deleted(FIXED_NOW)
    assert row.text(TrashColumn.DELETED).startswith(f"{FIXED_NOW.astimezone():%-d %b %Y}")
    assert view.count_label.text() == "2 entries in the trash"
    # the selected entry can be read before deciding
    view.select_ids([view.entries()[1].id])  # type: ignore[list-item]
    assert view.entries()[1].title in view.detail.toPlainText()


def test_restore_brings_the_entry_back_into_the_journal(window: MainWindow, qtbot: Any) -> None:
    kept, gone = _trash_some(window, "Supervision on case recording", "Podcast on adoption")
    assert _journal_titles(window) == []
    view = _open_trash(window, qtbot)
    assert kept.id is not None
    view.select_ids([kept.id])
    with qtbot.waitSignal(view.restored) as restored:
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert restored.args[0] == [kept.id]
    assert _journal_titles(window) == ["Supervision on case recording"]
    assert window.app.entries.get(kept.id).deleted_at is None
    qtbot.waitUntil(lambda: [e.id for e in view.entries()] == [gone.id])
    # the undo history no longer offers to restore what is already back
    assert not window.undo_stack.canUndo()


def test_delete_for_good_asks_first_and_cancel_keeps_the_entry(
    window: MainWindow, qtbot: Any
) -> None:
    (entry,) = _trash_some(window, "Course on mental capacity")
    view = _open_trash(window, qtbot)
    view.select_ids([entry.id])  # type: ignore[list-item]
    view.purge_button.click()
    box = view.confirm_box
    assert box is not None and box.isVisible()
    assert "Course on mental capacity" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    window.tasks.wait_for_all(10_000)
    assert [e.id for e in window.app.entries.trash()] == [entry.id]

    view.purge_button.click()
    box = view.confirm_box
    assert box is not None
    with qtbot.waitSignal(view.purged):
        qtbot.mouseClick(_button(box, "Delete for good"), Qt.MouseButton.LeftButton)
    assert window.app.entries.trash() == []
    qtbot.waitUntil(lambda: view.entries() == [] and view.empty_label.isVisible())


def test_empty_trash_names_how_many_and_deletes_them_all(window: MainWindow, qtbot: Any) -> None:
    _trash_some(window, "One", "Two", "Three")
    kept = window.app.entries.add(make_entry("Still in the journal"))
    window.entries_changed()
    view = _open_trash(window, qtbot)
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    box = view.confirm_box
    assert box is not None
    assert "all 3 entries" in box.text()
    with qtbot.waitSignal(view.purged) as purged:
        qtbot.mouseClick(_button(box, "Empty trash"), Qt.MouseButton.LeftButton)
    assert purged.args == [3]
    assert window.app.entries.trash() == []
    assert [e.id for e in window.app.entries.list_entries()] == [kept.id]


def test_deleting_from_the_journal_updates_an_open_trash(window: MainWindow, qtbot: Any) -> None:
    view = _open_trash(window, qtbot)
    window.show_page(Page.JOURNAL)
    _trash_some(window, "Reflective log on home visits")
    qtbot.waitUntil(lambda: len(view.entries()) == 1)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: view.entries() == [])
    assert _journal_titles(window) == ["Reflective log on home visits"]


def test_emptying_a_trash_of_one_names_the_entry(window: MainWindow, qtbot: Any) -> None:
    _trash_some(window, "Webinar on hoarding")
    view = _open_trash(window, qtbot)
    box = view.empty_trash()
    assert box is not None
    assert box.text() == "Delete the only entry in the trash, “Webinar on hoarding”, for good?"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(window.app.entries.trash()) == 1
