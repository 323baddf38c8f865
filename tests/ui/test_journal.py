"""Create, edit, delete and undo entries through the window; filter, search and copy."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from cpdlog.domain.entry import ActivityType, EntryStatus, PeerReflection
from cpdlog.services.app import App
from cpdlog.ui.dialogs.entry_editor import EntryEditorDialog
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.entries import Column
from tests.conftest import make_entry

# A bound on waits for a worker (a save, a search, the lookups), not a claim about speed: on a
# machine with a load average above 8 a save has taken more than pytest-qt's default 5 s.
WAIT_MS = 30_000


def _new_editor(window: MainWindow) -> EntryEditorDialog:
    window.window_actions.new_entry.trigger()
    return window.editors[-1]


def test_create_an_entry_through_the_editor(window: MainWindow, qtbot: Any) -> None:
    editor = _new_editor(window)
    # the profile and tags, read on a worker: typed after they are in, whatever the load
    qtbot.waitUntil(lambda: editor.lookups is not None, timeout=WAIT_MS)
    qtbot.keyClicks(editor.title_edit, "Podcast: the Care Review one year on")
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("podcast"))
    editor.date_edit.setDate(QDate(2026, 3, 14))
    editor.hours_spin.setValue(0.75)
    editor.section_edit("learnt").set_text("Family networks need support before children move.")
    editor.section_edit("impact").set_text("I now ask about kinship carers at the first visit.")
    editor.tags_edit.setText("kinship, care review")
    editor.standards_model.set_checked_ids(["swe:4.3"])
    with qtbot.waitSignal(window.entry_saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    entry = saved.args[0]
    stored = window.app.entries.get(entry.id)
    assert stored.title == "Podcast: the Care Review one year on"
    assert stored.activity_type is ActivityType.PODCAST
    assert stored.hours == 0.75
    assert stored.tags == ["kinship", "care review"]
    assert stored.standards == ["swe:4.3"]
    assert stored.reflection.sections["impact"].startswith("I now ask")
    assert window.journal.current_entry().id == entry.id
    assert window.editors == []
    assert not list(window.app.paths.drafts.glob("*.json"))


def test_edit_an_entry(window: MainWindow, qtbot: Any) -> None:
    entry = window.app.entries.add(make_entry("Reading on strengths"))
    window.entries_changed(keep_id=entry.id)
    editor = window.open_entry(entry.id)
    assert editor is not None and editor.title_edit.text() == "Reading on strengths"
    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "Reading on strengths-based practice")
    editor.peer_group.setChecked(True)
    editor.peer_role_edit.setText("Practice educator")
    editor.peer_text.set_text("We compared how we open reviews.")
    with qtbot.waitSignal(window.entry_saved, timeout=WAIT_MS):
        editor.save()
    stored = window.app.entries.get(entry.id)
    assert stored.title == "Reading on strengths-based practice"
    assert stored.has_peer_reflection
    row = window.journal.model.row_of(entry.id)
    assert window.journal.model.data(window.journal.model.index(row, Column.PEER)) == "Yes"


def test_delete_then_undo_and_redo(window: MainWindow, qtbot: Any) -> None:
    keep = window.app.entries.add(make_entry("Supervision on risk", day=dt.date(2026, 1, 5)))
    gone = window.app.entries.add(make_entry("Webinar on the Care Act", day=dt.date(2026, 2, 5)))
    window.entries_changed(keep_id=gone.id)
    window.journal.table.setFocus()
    qtbot.keyClick(window.journal.table, Qt.Key.Key_Delete)
    assert [e.id for e in window.app.entries.trash()] == [gone.id]
    assert window.journal.model.row_of(gone.id) == -1
    assert window.journal.model.row_of(keep.id) >= 0
    assert "trash" in window.statusBar().currentMessage()

    window.undo_action.trigger()
    assert window.app.entries.trash() == []
    assert window.journal.model.row_of(gone.id) >= 0
    assert window.journal.current_entry().id == gone.id
    window.redo_action.trigger()
    assert [e.id for e in window.app.entries.trash()] == [gone.id]


def test_validation_is_shown_beside_the_field(
    window: MainWindow, qtbot: Any, no_blocking_message_boxes: list[Any]
) -> None:
    editor = _new_editor(window)
    editor.save()
    assert editor.isVisible()
    assert editor._errors["title"].isVisibleTo(editor)
    assert "title" in editor._errors["title"].message.lower()
    qtbot.keyClicks(editor.title_edit, "Conference on neglect")
    assert not editor._errors["title"].isVisibleTo(editor)
    editor.end_check.setChecked(True)
    editor.date_edit.setDate(QDate(2026, 5, 10))
    editor.end_edit.setDate(QDate(2026, 5, 9))
    editor.save()
    assert editor._errors["end_date"].isVisibleTo(editor)
    assert "before the start date" in editor._errors["end_date"].message
    assert editor.tabs.currentIndex() == 0
    assert no_blocking_message_boxes == []  # no pop-ups, only inline messages
    assert window.app.entries.list_entries() == []


def test_filters_and_live_search(window: MainWindow, qtbot: Any) -> None:
    app = window.app
    app.entries.add(
        make_entry(
            "Blog on contextual safeguarding",
            ActivityType.BLOG,
            learnt="Harm outside the home needs a community response.",
        )
    )
    draft = make_entry("Notes from a course on mental capacity", ActivityType.COURSE)
    draft.status = EntryStatus.DRAFT
    app.entries.add(draft)
    app.entries.add(
        make_entry("Team discussion on supervision", ActivityType.DISCUSSION, tags=["supervision"])
    )
    window.entries_changed()
    journal = window.journal
    assert journal.proxy.rowCount() == 3

    journal.type_combo.setCurrentIndex(journal.type_combo.findData("blog"))
    assert journal.proxy.rowCount() == 1
    journal.type_combo.setCurrentIndex(0)
    journal.status_combo.setCurrentIndex(journal.status_combo.findData("draft"))
    assert [journal.proxy.entry_at(0).title] == ["Notes from a course on mental capacity"]
    journal.status_combo.setCurrentIndex(0)
    journal.tag_combo.setCurrentIndex(journal.tag_combo.findData("supervision"))
    assert journal.proxy.rowCount() == 1
    journal.tag_combo.setCurrentIndex(0)

    qtbot.keyClicks(journal.search_edit, "community")
    qtbot.waitUntil(lambda: journal.proxy.rowCount() == 1, timeout=WAIT_MS)
    assert journal.proxy.entry_at(0).title == "Blog on contextual safeguarding"
    assert not journal.table.isColumnHidden(Column.MATCH)
    match = journal.proxy.index(0, Column.MATCH).data()
    assert "community" in match.lower()
    assert "match" in journal.count_label.text()
    journal.search_edit.clear()
    qtbot.waitUntil(lambda: journal.proxy.rowCount() == 3, timeout=WAIT_MS)
    assert journal.table.isColumnHidden(Column.MATCH)


def test_period_filter_uses_the_registration_period(window: MainWindow) -> None:
    app = window.app
    app.entries.add(make_entry("This year", day=dt.date(2026, 3, 1)))
    app.entries.add(make_entry("Last year", day=dt.date(2025, 3, 1)))
    window.entries_changed()
    journal = window.journal
    journal.period_combo.setCurrentIndex(journal.period_combo.findData("current"))
    assert [journal.proxy.entry_at(0).title] == ["This year"]
    assert journal.proxy.rowCount() == 1
    journal.period_combo.setCurrentIndex(journal.period_combo.findData("previous"))
    assert [journal.proxy.entry_at(r).title for r in range(journal.proxy.rowCount())] == [
        "Last year"
    ]


def test_copy_for_regulator_form(window: MainWindow) -> None:
    peer = PeerReflection("", "Senior practitioner", dt.date(2026, 3, 20), "We agreed a plan.")
    entry = window.app.entries.add(make_entry("Reflective supervision", peer=peer))
    window.entries_changed(keep_id=entry.id)
    assert window.window_actions.copy_for_form.isEnabled()
    text = window.copy_for_form()
    assert "Reflective supervision" in text or "reflective supervision" in text.lower()
    assert "We agreed a plan." in text
    assert QGuiApplication.clipboard().text() == text


def test_detail_pane_escapes_what_the_user_typed(window: MainWindow) -> None:
    entry = window.app.entries.add(make_entry("<b>Bold</b> & brave"))
    window.entries_changed(keep_id=entry.id)
    html = window.journal.detail.toHtml()
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert window.journal.detail.toPlainText().startswith("<b>Bold</b> & brave")


def test_warning_in_progress_opens_its_entry(window: MainWindow, qtbot: Any) -> None:
    app: App = window.app
    entry = app.entries.add(make_entry("Future course", day=dt.date(2026, 11, 29)))
    window.entries_changed()
    view = window.show_page("progress")
    qtbot.waitUntil(lambda: view.report is not None, timeout=WAIT_MS)
    items = [view.warnings_list.item(i) for i in range(view.warnings_list.count())]
    future = next(i for i in items if "future" in i.text())
    with qtbot.waitSignal(window.editor_opened, timeout=WAIT_MS) as opened:
        view.warnings_list.itemActivated.emit(future)
    assert opened.args[0].entry_id == entry.id
    assert view._cards[0].sentence.text().startswith("1 more entry is needed by 30 November 2026")
