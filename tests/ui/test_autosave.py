"""Drafts are autosaved while typing and offered back after the window dies unsaved."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from cpdlog.services.app import App
from cpdlog.ui.dialogs.entry_editor import AUTOSAVE_INTERVAL_MS, EditorServices, EntryEditorDialog
from cpdlog.ui.drafts import Draft, DraftStore
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import make_entry


def test_autosave_then_recovery_after_the_window_is_destroyed(onboarded: App, qtbot: Any) -> None:
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    window.show()
    # The editor the window opens, but with a short autosave interval (3 s in the app).
    editor = EntryEditorDialog(
        EditorServices.from_app(onboarded, window.drafts),
        tasks=window.tasks,
        autosave_interval_ms=20,
        parent=window,
    )
    editor.show()
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, "Home visit debrief")
    editor.section_edit("learnt").set_text("Why the family kept cancelling: shift work.")
    with qtbot.waitSignal(editor.draft_written, timeout=5000) as written:
        pass  # the autosave timer fires while the editor is dirty
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


def test_the_autosave_interval_is_three_seconds_unless_given(onboarded: App, qtbot: Any) -> None:
    services = EditorServices.from_app(onboarded)
    usual = EntryEditorDialog(services)
    qtbot.addWidget(usual)
    assert AUTOSAVE_INTERVAL_MS == 3000
    assert usual.autosave_timer.interval() == 3000
    assert usual.autosave_timer.isActive()
    quick = EntryEditorDialog(services, autosave_interval_ms=15)
    qtbot.addWidget(quick)
    assert quick.autosave_timer.interval() == 15
    assert not quick.save_draft_if_dirty()  # nothing typed: nothing to keep
    quick.title_edit.setText("Quick")
    quick.mark_unsaved()
    with qtbot.waitSignal(quick.draft_written, timeout=2000) as written:
        pass  # the timer, not a focus change or a save
    assert DraftStore(onboarded.paths.drafts).load(Path(written.args[0])).entry.title == "Quick"
    usual.discard()
    quick.discard()


def test_a_waiting_certificate_keeps_its_mark_in_the_draft_and_after_recovery(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    """The known gap: a not-yet-saved attachment marked as a certificate lost the mark when
    the draft was recovered, and was then saved as plain evidence."""
    certificate = tmp_path / "certificate.pdf"
    certificate.write_bytes(b"%PDF-1.4 course completed")
    slides = tmp_path / "slides.pdf"
    slides.write_bytes(b"%PDF-1.4 slides")
    editor = window.open_editor()
    editor.title_edit.setText("Mental Capacity Act course")
    editor.add_attachments([certificate, slides])
    editor.set_certificate(0, True)
    assert editor.save_draft_if_dirty()
    (draft,) = DraftStore(window.app.paths.drafts).pending()
    assert draft.attachments == [certificate, slides]
    assert draft.certificates == [certificate]
    editor._stop_autosave()
    window.editors.remove(editor)
    editor.deleteLater()  # the editor is gone, its draft stays

    recovered = window.open_editor(draft=draft)
    assert recovered.pending_attachments() == [certificate, slides]
    assert recovered.evidence_items() == [
        "certificate.pdf  (certificate, will be added when you save)",
        "slides.pdf  (will be added when you save)",
    ]
    recovered.evidence_list.setCurrentRow(0)
    assert recovered.certificate_check.isChecked()
    with qtbot.waitSignal(window.entry_saved) as saved:
        recovered.save()
    kinds = {ev.filename: ev.is_certificate for ev in saved.args[0].evidence}
    assert kinds == {"certificate.pdf": True, "slides.pdf": False}


def test_a_draft_names_only_its_own_waiting_files_as_certificates(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "autosave")
    waiting = tmp_path / "cert.pdf"
    path = store.save(
        Draft("new-abc", make_entry("Certs"), [waiting], certificates=[waiting]),
        dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC),
    )
    assert store.load(path).certificates == [waiting]
    document = json.loads(path.read_text(encoding="utf-8"))
    document["certificates"] = [str(waiting), str(tmp_path / "not-attached.pdf")]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert store.load(path).certificates == [waiting]
    del document["certificates"]  # a draft written before certificates were kept
    path.write_text(json.dumps(document), encoding="utf-8")
    loaded = store.load(path)
    assert loaded.attachments == [waiting]
    assert loaded.certificates == []
