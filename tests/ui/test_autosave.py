"""Drafts are autosaved while typing and offered back after the window dies unsaved."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from cpdlog.services.app import App
from cpdlog.ui.drafts import Draft, DraftStore
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import make_entry


def test_autosave_then_recovery_after_the_window_is_destroyed(onboarded: App, qtbot: Any) -> None:
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    window.show()
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, "Home visit debrief")
    editor.section_edit("learnt").set_text("Why the family kept cancelling: shift work.")
    with qtbot.waitSignal(editor.draft_written, timeout=5000) as written:
        pass  # the 3-second timer fires while the editor is dirty
    path = written.args[0]
    saved = json.loads(Path(path).read_text(encoding="utf-8"))
    assert saved["entry"]["title"] == "Home visit debrief"

    # The process "dies": no close event, no save, no discard.
    editor._stop_autosave()
    window.deleteLater()
    editor.deleteLater()
    QApplication.processEvents()

    again = MainWindow(onboarded, tasks=TaskRunner())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.recovery_dialog is not None)
    dialog = again.recovery_dialog
    assert "Home visit debrief" in dialog.list.item(0).text()
    dialog.recover()
    recovered = again.editors[-1]
    assert recovered.title_edit.text() == "Home visit debrief"
    assert recovered.section_edit("learnt").text().startswith("Why the family")
    assert recovered.dirty
    with qtbot.waitSignal(again.entry_saved):
        recovered.save()
    assert [e.title for e in onboarded.entries.list_entries()] == ["Home visit debrief"]
    assert DraftStore(onboarded.paths.drafts).pending() == []


def test_focus_leaving_a_field_saves_the_draft(window: MainWindow, qtbot: Any) -> None:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    editor.activateWindow()
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, "Court skills workshop")
    with qtbot.waitSignal(editor.draft_written, timeout=1000):
        editor.tags_edit.setFocus()
        QApplication.instance().focusChanged.emit(editor.title_edit, editor.tags_edit)
    assert DraftStore(window.app.paths.drafts).pending()[0].entry.title == "Court skills workshop"


def test_discarding_removes_the_draft_and_drafts_of_edits_keep_the_id(
    window: MainWindow, qtbot: Any
) -> None:
    entry = window.app.entries.add(make_entry("Signs of Safety refresher"))
    editor = window.open_entry(entry.id)
    editor.title_edit.setText("Signs of Safety refresher (day 2)")
    editor.mark_unsaved()
    assert editor.save_draft_if_dirty()
    pending = DraftStore(window.app.paths.drafts).pending()
    assert [(d.key, d.entry.id) for d in pending] == [(f"entry-{entry.id}", entry.id)]
    editor.reject()  # answered "Discard" by the fixture
    assert DraftStore(window.app.paths.drafts).pending() == []
    assert window.app.entries.get(entry.id).title == "Signs of Safety refresher"


def test_draft_files_are_written_atomically(tmp_path: Any) -> None:
    store = DraftStore(tmp_path / "autosave")
    draft = Draft("new-abc", make_entry("Atomic"), [tmp_path / "cert.pdf"])
    now = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
    store.save(draft, now)
    assert [p.name for p in (tmp_path / "autosave").iterdir()] == ["new-abc.json"]
    (tmp_path / "autosave" / "broken.json").write_text("{not json", encoding="utf-8")
    loaded = store.pending()
    assert [d.key for d in loaded] == ["new-abc"]
    assert loaded[0].attachments == [tmp_path / "cert.pdf"]
    assert loaded[0].saved_at == now
