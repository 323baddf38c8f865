"""The entry editor never loses a word: template switches, closing, saving, dates."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt

from cpdlog.domain.templates import CARRIED_OVER_KEY
from cpdlog.ui.dialogs import entry_editor
from cpdlog.ui.dialogs.entry_editor import CloseChoice, EntryEditorDialog, unsaved_changes_box
from cpdlog.ui.drafts import DraftStore
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.widgets.fields import DateField

TYPED = {
    "description": "Podcast about contextual safeguarding for my team.",
    "learnt": "Harm outside the home needs a community response.",
    "impact": "I now map peer groups with my team.",
}


def _new_editor(window: MainWindow, qtbot: Any | None = None) -> EntryEditorDialog:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    assert editor.template_combo.currentData() == "swe"
    if qtbot is not None:  # keyboard shortcuts need the editor to be the active window
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _editor_text(editor: EntryEditorDialog) -> str:
    return "\n".join(e.text.text() for e in editor._section_editors.values())


def _draft_text(path: str) -> str:
    saved = json.loads(Path(path).read_text(encoding="utf-8"))
    return "\n".join(s["text"] for s in saved["entry"]["reflection"]["sections"])


def _switch(editor: EntryEditorDialog, qtbot: Any, template_id: str) -> str:
    with qtbot.waitSignal(editor.draft_written, timeout=5000) as written:
        editor.template_combo.setCurrentIndex(editor.template_combo.findData(template_id))
    return str(written.args[0])


def test_switching_template_carries_every_word_into_the_editor_and_the_draft(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _new_editor(window)
    qtbot.keyClicks(editor.title_edit, "Podcast on safeguarding")
    for key, text in TYPED.items():
        editor.section_edit(key).edit.setFocus()
        qtbot.keyClicks(editor.section_edit(key).edit, text)
    for template_id in ("gibbs", "driscoll", "hcpc", "kolb", "free", "gibbs", "swe"):
        path = _switch(editor, qtbot, template_id)
        shown, kept = _editor_text(editor), _draft_text(path)
        for text in TYPED.values():
            assert shown.count(text) == 1, (template_id, text)
            assert kept.count(text) == 1, (template_id, text)
    assert {k: editor.section_edit(k).text() for k in TYPED} == TYPED
    assert CARRIED_OVER_KEY not in editor._section_editors


def test_text_without_a_matching_section_is_kept_in_a_labelled_section(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _new_editor(window)
    editor.select_tab(1)
    _switch(editor, qtbot, "gibbs")
    editor.section_edit("feelings").edit.setFocus()
    qtbot.keyClicks(editor.section_edit("feelings").edit, "I felt out of my depth.")
    path = _switch(editor, qtbot, "swe")
    carried = editor._section_editors[CARRIED_OVER_KEY]
    qtbot.waitUntil(lambda: carried.isVisibleTo(editor))
    assert carried.label.text().startswith("From your previous template")
    assert "I felt out of my depth." in carried.text.text()
    assert editor.template_notice.isVisibleTo(editor)
    assert "I felt out of my depth." in _draft_text(path)
    # The user may edit the carried text; the saved entry keeps it as a section of its own.
    qtbot.keyClicks(editor.title_edit, "Visit debrief")
    with qtbot.waitSignal(window.entry_saved) as saved:
        editor.save_button.click()
    entry = saved.args[0]
    assert "I felt out of my depth." in entry.reflection.sections[CARRIED_OVER_KEY]
    stored = window.app.entries.get(entry.id)
    assert stored.reflection.sections == entry.reflection.sections


def _held_store(window: MainWindow, monkeypatch: Any) -> tuple[threading.Event, list[bool]]:
    """Make the evidence store wait for a go-ahead and note whether it ran on the GUI thread."""
    go, on_gui_thread = threading.Event(), []
    store = window.app.evidence_store
    add = store.add

    def held_add(source: Path) -> Any:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        assert go.wait(10)
        return add(source)

    monkeypatch.setattr(store, "add", held_add)
    return go, on_gui_thread


def test_attachments_are_copied_and_hashed_off_the_gui_thread_while_typing_goes_on(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    go, on_gui_thread = _held_store(window, monkeypatch)
    big = tmp_path / "slides.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"x" * 5_000_000)
    editor = _new_editor(window)
    qtbot.keyClicks(editor.title_edit, "Court skills")
    editor.add_attachments([big])
    editor.save_button.click()
    qtbot.waitUntil(lambda: on_gui_thread == [False])  # the worker is hashing now
    assert editor.saving and not editor.save_button.isEnabled()
    assert "Saving" in editor.save_button.text()
    editor.reject()  # cannot be closed (or saved) twice while saving
    editor.save()
    assert editor.isVisible() and editor.saving
    qtbot.keyClicks(editor.title_edit, " day 2")  # typing is not frozen
    with qtbot.waitSignal(window.entry_saved, timeout=10_000) as saved:
        go.set()
    assert saved.args[0].title == "Court skills"
    assert [ev.filename for ev in saved.args[0].evidence] == ["slides.pdf"]
    # The words typed meanwhile are not lost: the editor stays open with them.
    assert editor.isVisible() and editor.dirty and not editor.saving
    assert editor.title_edit.text() == "Court skills day 2"
    assert editor.pending_attachments() == []
    with qtbot.waitSignal(window.entry_saved, timeout=10_000) as again:
        editor.save_button.click()
    assert again.args[0].id == saved.args[0].id
    assert window.app.entries.get(saved.args[0].id).title == "Court skills day 2"
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert len(window.app.entries.list_entries()) == 1


def test_a_failed_save_comes_back_as_a_message_and_keeps_the_text(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    editor = _new_editor(window)
    qtbot.keyClicks(editor.title_edit, "Reading")
    gone = tmp_path / "gone.pdf"
    gone.write_bytes(b"x")
    editor.add_attachments([gone])
    gone.unlink()
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.saving)
    assert editor.isVisible()
    assert editor.banner.message or editor._errors["evidence"].message
    assert editor.title_edit.text() == "Reading"
    assert window.app.entries.list_entries() == []


def test_ctrl_s_saves_and_alt_s_clicks_save_without_typing(window: MainWindow, qtbot: Any) -> None:
    editor = _new_editor(window, qtbot)
    editor.select_tab(1)
    edit = editor.section_edit("impact").edit
    edit.setFocus()
    qtbot.keyClicks(edit, "I share this with my team.")
    qtbot.keyClicks(editor.title_edit, "Team learning")
    edit.setFocus()
    with qtbot.waitSignal(window.entry_saved) as saved:
        qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert saved.args[0].reflection.sections["impact"] == "I share this with my team."
    editor = _new_editor(window, qtbot)
    qtbot.keyClicks(editor.title_edit, "Second")
    with qtbot.waitSignal(window.entry_saved) as saved:
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].title == "Second"


def test_closing_with_changes_offers_save_as_draft_by_default(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _new_editor(window)
    box = unsaved_changes_box(editor)
    names = [b.objectName() for b in box.buttons()]
    assert sorted(names) == ["cancel", "discard", "save-as-draft"]
    assert box.defaultButton().objectName() == "save-as-draft"
    assert box.defaultButton().text() == "&Save as draft"
    box.deleteLater()


def test_save_as_draft_on_close_stores_an_incomplete_entry_as_a_draft(
    window: MainWindow, qtbot: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(entry_editor, "ask_unsaved_changes", lambda _p: CloseChoice.SAVE_DRAFT)
    editor = _new_editor(window)
    editor.select_tab(1)
    edit = editor.section_edit("learnt").edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Half a thought about")
    with qtbot.waitSignal(window.entry_saved) as saved:
        editor.close()
    entry = saved.args[0]
    assert entry.is_draft
    assert entry.reflection.sections == {"learnt": "Half a thought about"}
    assert entry.title.startswith("Untitled draft")
    qtbot.waitUntil(lambda: not window.editors)
    assert DraftStore(window.app.paths.drafts).pending() == []


def test_cancel_on_close_keeps_the_editor_open(
    window: MainWindow, qtbot: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(entry_editor, "ask_unsaved_changes", lambda _p: CloseChoice.CANCEL)
    editor = _new_editor(window)
    qtbot.keyClicks(editor.title_edit, "Keep me")
    editor.close()
    assert editor.isVisible() and editor.title_edit.text() == "Keep me"
    assert window.app.entries.list_entries() == []


def _type_over(qtbot: Any, field: DateField, text: str) -> list[QDate]:
    """Select everything in a date field with Ctrl+A and type over it; the dates it took."""
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)
    field.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    field.dateChanged.disconnect(seen.append)
    return seen


def test_typing_a_date_over_a_selected_date(window: MainWindow, qtbot: Any) -> None:
    editor = _new_editor(window, qtbot)
    editor.date_edit.setDate(QDate(2026, 5, 20))
    assert _type_over(qtbot, editor.date_edit, "11 Mar 2026") == [QDate(2026, 3, 11)]
    assert editor.date_edit.date() == QDate(2026, 3, 11)
    assert editor.date_edit.text() == "11 Mar 2026"
    assert _type_over(qtbot, editor.date_edit, "2/4/2026") == [QDate(2026, 4, 2)]
    assert _type_over(qtbot, editor.date_edit, "5/4/26") == [QDate(2026, 4, 5)]
    assert _type_over(qtbot, editor.date_edit, "14 March") == [QDate(2026, 3, 14)]
    assert editor.date_edit.text() == "14 Mar 2026"


def test_text_that_is_not_a_date_is_explained_and_the_date_kept(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _new_editor(window, qtbot)
    editor.date_edit.setDate(QDate(2026, 5, 20))
    assert _type_over(qtbot, editor.date_edit, "31 Feb 2026") == []
    assert editor.date_edit.date() == QDate(2026, 5, 20)
    assert editor.date_edit.text() == "20 May 2026"
    assert "“31 Feb 2026” is not a date" in editor._errors["date"].message
    _type_over(qtbot, editor.date_edit, "21 May 2026")
    assert not editor._errors["date"].isVisibleTo(editor)


def test_the_end_date_follows_the_start_date(window: MainWindow, qtbot: Any) -> None:
    editor = _new_editor(window, qtbot)
    editor.date_edit.setDate(QDate(2026, 3, 11))
    assert editor.end_edit.date() == QDate(2026, 3, 11)  # unset: follows
    editor.end_check.setChecked(True)
    editor.date_edit.setDate(QDate(2026, 3, 12))
    assert editor.end_edit.date() == QDate(2026, 3, 12)  # the same day: follows
    editor.end_edit.setDate(QDate(2026, 3, 20))
    editor.date_edit.setDate(QDate(2026, 3, 14))
    assert editor.end_edit.date() == QDate(2026, 3, 20)  # a later end is kept
    editor.date_edit.setDate(QDate(2026, 3, 25))
    assert editor.end_edit.date() == QDate(2026, 3, 25)  # never before the start


def test_ctrl_s_straight_after_typing_a_date_saves_that_date(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _new_editor(window, qtbot)
    qtbot.keyClicks(editor.title_edit, "Court skills")
    editor.date_edit.setFocus()
    qtbot.keyClick(editor.date_edit.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.date_edit.edit, "9 Feb")
    with qtbot.waitSignal(window.entry_saved) as saved:
        qtbot.keyClick(editor.date_edit.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].start_date.month == 2 and saved.args[0].start_date.day == 9


def test_typing_starts_in_the_title(window: MainWindow, qtbot: Any) -> None:
    editor = _new_editor(window, qtbot)
    qtbot.waitUntil(lambda: editor.focusWidget() is editor.title_edit)


def test_the_peer_tick_box_is_reached_by_its_key(window: MainWindow, qtbot: Any) -> None:
    editor = _new_editor(window, qtbot)
    editor.select_tab(3)
    assert editor.peer_group.title() == "I d&iscussed this with a peer"
    assert not editor.peer_group.isChecked()
    qtbot.keyClick(editor.tabs.tabBar(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert editor.peer_group.isChecked()
    assert editor.tabs.currentIndex() == 3


def test_saving_with_a_date_that_is_not_a_date_stops_and_says_so(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _new_editor(window, qtbot)
    qtbot.keyClicks(editor.title_edit, "Court skills")
    editor.date_edit.setDate(QDate(2026, 5, 20))
    editor.date_edit.setFocus()
    qtbot.keyClick(editor.date_edit.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.date_edit.edit, "32 May 2026")
    editor.select_tab(1)
    qtbot.keyClick(editor.date_edit.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and not editor.saving
    assert editor.tabs.currentIndex() == 0
    assert "“32 May 2026” is not a date" in editor._errors["date"].message
    assert window.app.entries.list_entries() == []
    # Saving again keeps the date the field shows, now that the user has been told.
    with qtbot.waitSignal(window.entry_saved) as saved:
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].start_date.isoformat() == "2026-05-20"
