"""Confidentiality in the desktop app: underlines in the editor, their tooltip and menu, and
the export dialog's summary and confirmation. Offscreen; waits on signals, never sleeps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from cpdlog.services.app import App
from cpdlog.ui.dialogs.entry_editor import EditorServices, EntryEditorDialog
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.widgets.findings import FindingsMarker
from tests.conftest import make_entry


def editor_for(app: App, qtbot: Any, entry_id: int | None = None) -> EntryEditorDialog:
    entry = app.entries.get(entry_id) if entry_id is not None else None
    dialog = EntryEditorDialog(EditorServices.from_app(app), entry)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot: Any, marker: FindingsMarker, text: str) -> None:
    marker.edit.setFocus()
    marker.edit.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(marker.scanned, timeout=5000):
        qtbot.keyClicks(marker.edit, text)


def point_of(marker: FindingsMarker, index: int) -> QPoint:
    cursor = QTextCursor(marker.edit.document())
    cursor.setPosition(index)
    rect = marker.edit.cursorRect(cursor)
    return QPoint(rect.x() + 2, rect.center().y())


def test_typing_underlines_a_name_after_a_pause(onboarded: App, qtbot: Any) -> None:
    dialog = editor_for(onboarded, qtbot)
    marker = dialog.findings_marker("reflection.learnt")
    type_into(qtbot, marker, "We took Kaiden to the park.")
    assert [(f.kind, f.text) for f in marker.findings] == [("name", "Kaiden")]
    (selection,) = marker.edit.extraSelections()
    assert selection.cursor.selectedText() == "Kaiden"
    assert selection.format.underlineStyle() == selection.format.UnderlineStyle.WaveUnderline
    # the tooltip explains the finding
    finding = marker.finding_at_point(point_of(marker, 9))
    assert finding is not None and "Person's name" in marker.tooltip(finding)
    assert "identify" in marker.tooltip(finding)
    # no finding under ordinary words
    assert marker.finding_at_point(point_of(marker, 1)) is None
    dialog.discard()


def test_each_keystroke_only_restarts_the_timer(onboarded: App, qtbot: Any) -> None:
    dialog = editor_for(onboarded, qtbot)
    marker = dialog.findings_marker("source.notes")
    scans: list[int] = []
    marker.scanned.connect(lambda: scans.append(1))
    type_into(qtbot, marker, "Her son Jayden was upset.")
    assert len(scans) == 1  # one scan after typing paused, not one per keystroke
    assert [f.text for f in marker.findings] == ["Jayden"]
    dialog.discard()


def test_redact_replaces_the_words_with_the_placeholder(onboarded: App, qtbot: Any) -> None:
    dialog = editor_for(onboarded, qtbot)
    marker = dialog.findings_marker("reflection.learnt")
    type_into(qtbot, marker, "Her son Jayden (7) was upset.")
    menu = marker.build_menu(point_of(marker, 9))
    redact = next(a for a in menu.actions() if a.objectName() == "redact")
    assert "[child A]" in redact.text()
    with qtbot.waitSignal(marker.scanned, timeout=5000):
        redact.trigger()
    assert marker.edit.toPlainText() == "Her son [child A] (7) was upset."
    assert "name" not in {f.kind for f in marker.findings}
    dialog.discard()


def test_not_identifying_on_a_saved_entry_is_stored_at_once(onboarded: App, qtbot: Any) -> None:
    saved = onboarded.entries.add(make_entry(learnt="I met Mrs Okafor, the head of the centre."))
    assert saved.id is not None
    dialog = editor_for(onboarded, qtbot, saved.id)
    marker = dialog.findings_marker("reflection.learnt")
    qtbot.waitUntil(lambda: bool(marker.findings), timeout=5000)
    finding = marker.findings[0]
    menu = marker.build_menu(point_of(marker, finding.start + 1))
    keep = next(a for a in menu.actions() if a.objectName() == "not-identifying")
    with qtbot.waitSignal(dialog.entry_dismissed, timeout=5000):
        keep.trigger()
    assert marker.findings == [] and marker.edit.extraSelections() == []
    assert onboarded.confidentiality.check([saved.id]) == []
    dialog.discard()
    # a new editor on the same entry remembers the choice
    again = editor_for(onboarded, qtbot, saved.id)
    again_marker = again.findings_marker("reflection.learnt")
    with qtbot.waitSignal(again_marker.scanned, timeout=5000):
        pass
    assert again_marker.findings == []
    again.discard()


def test_not_identifying_on_a_new_entry_is_stored_when_it_is_saved(
    onboarded: App, qtbot: Any
) -> None:
    dialog = editor_for(onboarded, qtbot)
    dialog.title_edit.setText("Home visit")
    marker = dialog.findings_marker("reflection.learnt")
    type_into(qtbot, marker, "Her son Jayden was upset.")
    finding = marker.findings[0]
    with qtbot.waitSignal(dialog.entry_dismissed, timeout=5000):
        marker.build_menu(point_of(marker, finding.start + 1)).actions()[1].trigger()
    assert marker.findings == []
    with qtbot.waitSignal(dialog.entry_saved, timeout=5000) as saved:
        dialog.save_button.click()
    entry = saved.args[0]
    assert finding.fingerprint in onboarded.confidentiality.dismissed(entry)
    assert onboarded.confidentiality.check([entry.id]) == []


def test_export_dialog_summarises_and_needs_confirmation(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    app = window.app
    leaky = app.entries.add(
        make_entry("Home visit", day=dt.date(2026, 2, 3), learnt="Her son Jayden was upset.")
    )
    app.entries.add(make_entry("Reading", day=dt.date(2026, 3, 3)))
    window.entries_changed(keep_id=leaky.id)
    dialog = window.export()
    panel = dialog.panel
    qtbot.waitUntil(lambda: not panel.checking, timeout=60_000)
    assert panel.findings_list.count() == 1
    assert "Home visit" in panel.findings_list.item(0).text()
    assert "Jayden" in panel.findings_list.item(0).text()
    assert panel.findings_summary() == {"Person's name": 1}
    assert panel.confirm_check.isVisibleTo(panel)
    assert "1 entry" in panel.confirm_check.text() and "name" in panel.confirm_check.text()
    assert not panel.export_button.isEnabled()  # nothing goes out without the confirmation
    target = tmp_path / "portfolio.pdf"
    panel.set_output(target)
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        panel.start_export()  # even when called directly, it refuses
    assert not target.exists() and "identify" in panel.error.message
    panel.confirm_check.setChecked(True)
    assert panel.export_button.isEnabled()
    with qtbot.waitSignal(panel.exported, timeout=60_000):
        panel.export_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_export_confirmation_does_not_cover_new_findings(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    app = window.app
    first = app.entries.add(
        make_entry("Home visit", day=dt.date(2026, 2, 3), learnt="Her son Jayden was upset.")
    )
    window.entries_changed(keep_id=first.id)
    dialog = window.export()
    panel = dialog.panel
    qtbot.waitUntil(lambda: not panel.checking, timeout=60_000)
    panel.confirm_check.setChecked(True)
    app.entries.add(
        make_entry("Another visit", day=dt.date(2026, 2, 4), learnt="I rang Mrs Okonjo.")
    )
    target = tmp_path / "p.pdf"
    panel.set_output(target)
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        panel.start_export()
    assert panel.task is None and not target.exists()
    assert not panel.confirm_check.isChecked()
    assert panel.findings_list.count() == 2
    dialog.close()


def test_export_dialog_without_findings_needs_no_confirmation(
    window: MainWindow, qtbot: Any
) -> None:
    window.app.entries.add(make_entry("Reading", day=dt.date(2026, 3, 3)))
    window.entries_changed()
    dialog = window.export()
    panel = dialog.panel
    qtbot.waitUntil(lambda: not panel.checking, timeout=60_000)
    assert not panel.confirm_check.isVisibleTo(panel)
    assert panel.findings_summary() == {}
    assert panel.export_button.isEnabled()
    dialog.close()


def test_the_title_gets_a_warning_button_with_redact_and_not_identifying(
    onboarded: App, qtbot: Any
) -> None:
    dialog = editor_for(onboarded, qtbot)
    title = dialog.title_findings
    assert not title.action.isVisible()
    with qtbot.waitSignal(title.scanned, timeout=5000):
        qtbot.keyClicks(dialog.title_edit, "Home visit with Mrs Okafor")
    assert [f.text for f in title.findings] == ["Mrs Okafor"]
    assert title.action.isVisible()
    assert "Okafor" in title.action.toolTip()
    assert "identify" in dialog.title_edit.accessibleDescription()

    menu = title.build_menu()
    redact = next(a for a in menu.actions() if a.objectName() == "redact")
    redact.trigger()
    assert "Okafor" not in dialog.title_edit.text()
    assert not title.findings and not title.action.isVisible()

    with qtbot.waitSignal(title.scanned, timeout=5000):
        dialog.title_edit.setText("Visit with Mr Lindqvist")
    keep = next(a for a in title.build_menu().actions() if a.objectName() == "not-identifying")
    keep.trigger()
    assert not title.findings and not title.action.isVisible()
    dialog.discard()


def test_names_check_note_shows_when_the_model_is_missing(
    onboarded: App, qtbot: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QLabel

    from cpdlog.domain.confidentiality import model

    monkeypatch.setattr(model, "installed", lambda: False)
    dialog = editor_for(onboarded, qtbot)
    note = dialog.findChild(QLabel, "names-check-limited")
    assert note is not None and not note.isHidden()
    assert note.text().startswith("The names check is limited:")
    marker = dialog.findings_marker("reflection.learnt")
    type_into(qtbot, marker, "i saw kieran today.")  # the rules still mark names
    assert [(f.kind, f.text) for f in marker.findings] == [("name", "kieran")]
    dialog.discard()


def test_names_model_runs_on_a_worker_then_the_text_is_marked_again(
    onboarded: App, qtbot: Any, monkeypatch: Any
) -> None:
    import threading

    import pytest

    from cpdlog.domain.confidentiality import model
    from cpdlog.ui.tasks import TaskRunner

    if not model.installed():
        pytest.skip("the named-entity model is not installed")
    model.reset()
    threads: list[bool] = []
    real = model._import

    def recording(name: str) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(name)

    monkeypatch.setattr(model, "_import", recording)
    dialog = EntryEditorDialog(EditorServices.from_app(onboarded), None, tasks=TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    marker = dialog.findings_marker("reflection.learnt")
    text = "Then his mate Bez died."
    type_into(qtbot, marker, text)
    qtbot.waitUntil(lambda: model.entities([text], load=False) is not None, timeout=30000)
    qtbot.waitUntil(lambda: "Bez" in {f.text for f in marker.findings}, timeout=5000)
    assert threads == [False]  # loaded once, off the GUI thread
    note = dialog.model_note
    assert note.isHidden()
    dialog.discard()
    model.reset()


def test_an_editor_closed_while_the_model_reads_is_left_alone(onboarded: App, qtbot: Any) -> None:
    """The model's answer can arrive after the editor is gone: it must not touch dead widgets."""
    import shiboken6

    from cpdlog.domain.confidentiality import model

    class HeldTasks:
        """Keeps the worker's callback to call it after the editor is deleted."""

        def __init__(self) -> None:
            self.done: list[Any] = []

        def start(self, work: Any, succeeded: Any, failed: Any) -> None:
            self.done.append(succeeded)

    if not model.installed():
        import pytest

        pytest.skip("the named-entity model is not installed")
    if model.failed():  # an earlier test in this process made its load fail (it skipped in CI)
        model.reset()
    tasks = HeldTasks()
    dialog = EntryEditorDialog(EditorServices.from_app(onboarded), None, tasks=tasks)  # type: ignore[arg-type]
    dialog.read_with_model(
        "A text the model has not read yet, about Bez.", lambda: "", lambda: None
    )
    assert len(tasks.done) == 2  # what the editor reads as it opens, then the model's reading
    shiboken6.delete(dialog)  # closed and destroyed, with its widgets
    tasks.done[1](None)  # must return quietly
    from cpdlog.ui.dialogs.editor.lookups import EditorLookups

    tasks.done[0](EditorLookups(practitioner="Sam"))  # so must the editor's late lookups


def test_the_export_pages_check_runs_on_a_worker_and_its_findings_show_after(
    window: MainWindow, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    import threading

    from cpdlog.services.confidentiality import ConfidentialityService

    app = window.app
    leaky = app.entries.add(
        make_entry("Home visit", day=dt.date(2026, 2, 3), learnt="Her son Jayden was upset.")
    )
    window.entries_changed(keep_id=leaky.id)
    threads: list[threading.Thread] = []
    release = threading.Event()
    real = ConfidentialityService.gate_entries

    def gate_entries(self: ConfidentialityService, *args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        release.wait(30)  # held until the test has seen the page while it checks
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ConfidentialityService, "gate_entries", gate_entries)
    dialog = window.export()
    panel = dialog.panel
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    assert panel.checking
    assert "Checking" in panel.findings_label.text() and panel.findings_label.isVisibleTo(panel)
    assert panel.findings_list.count() == 0
    target = tmp_path / "p.pdf"
    panel.set_output(target)
    panel.start_export()  # asked for while the check runs: it waits for the check
    assert not panel.export_button.isEnabled()  # no second export while the check runs
    assert panel.cancel_button.isEnabled()
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        release.set()
    qtbot.waitUntil(lambda: not panel.checking, timeout=60_000)
    assert all(t is not threading.main_thread() for t in threads)
    assert panel.findings_list.count() == 1 and "Jayden" in panel.findings_list.item(0).text()
    assert panel.task is None and "identify" in panel.error.message  # not confirmed: refused
    assert not target.exists()
    dialog.close()


def test_an_export_writes_exactly_the_summary_that_was_checked_while_its_check_ran(
    window: MainWindow, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    """The review's race (s7 finding 1): the summary changed while the check before an
    export runs must not reach the PDF unchecked; the form is read-only meanwhile, and
    the typed text stays in the field."""
    import threading

    from pypdf import PdfReader

    from cpdlog.services.confidentiality import ConfidentialityService

    window.app.entries.add(make_entry("Team meeting", day=dt.date(2026, 2, 3)))
    window.entries_changed()
    dialog = window.export()
    panel = dialog.panel
    panel.layout_combo.setCurrentIndex(panel.layout_combo.findData("hcpc"))
    panel.summary_edit.setPlainText("I worked in a team.")
    qtbot.waitUntil(lambda: not panel.checking, timeout=60_000)
    started, release = threading.Event(), threading.Event()
    real_gate, real_text = ConfidentialityService.gate_entries, ConfidentialityService.gate_text
    checked_texts: list[str] = []

    def gate_entries(self: ConfidentialityService, *args: Any, **kwargs: Any) -> Any:
        started.set()
        release.wait(30)  # held while the test changes the summary
        return real_gate(self, *args, **kwargs)

    def gate_text(self: ConfidentialityService, text: str) -> Any:
        checked_texts.append(text)
        return real_text(self, text)

    monkeypatch.setattr(ConfidentialityService, "gate_entries", gate_entries)
    monkeypatch.setattr(ConfidentialityService, "gate_text", gate_text)
    target = tmp_path / "hcpc.pdf"
    panel.set_output(target)
    panel.export_button.click()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert panel.summary_edit.isReadOnly() and not panel.layout_combo.isEnabled()
    assert not panel.drafts_check.isEnabled() and panel.output_edit.isReadOnly()
    assert panel.locked_note.isVisibleTo(panel)
    panel.summary_edit.setFocus()
    qtbot.keyClicks(panel.summary_edit, " Jayden")  # typing does nothing while it checks
    assert panel.summary_edit.toPlainText() == "I worked in a team."
    leaky = "I visited Jayden Smith, born 03/04/2015, NHS number 943 476 5919."
    panel.summary_edit.setPlainText(leaky)  # a change that bypasses the lock
    panel.set_output(tmp_path / "other.pdf")
    with qtbot.waitSignal(panel.exported, timeout=60_000):
        release.set()
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(target).pages).split())
    assert "I worked in a team." in text and "Jayden" not in text
    assert not (tmp_path / "other.pdf").exists()
    assert checked_texts[0] == "I worked in a team."
    assert panel.summary_edit.toPlainText() == leaky  # the typed text is not lost
    assert not panel.summary_edit.isReadOnly() and panel.layout_combo.isEnabled()
    assert not panel.locked_note.isVisibleTo(panel)
    dialog.close()


def test_cancel_stops_the_check_before_an_export(
    window: MainWindow, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    import threading

    from cpdlog.domain.confidentiality import ScanCancelled
    from cpdlog.services.confidentiality import ConfidentialityService

    window.app.entries.add(make_entry("Reading", day=dt.date(2026, 3, 3)))
    window.entries_changed()
    dialog = window.export()
    panel = dialog.panel
    qtbot.waitUntil(lambda: not panel.checking, timeout=60_000)
    started = threading.Event()

    def gate_entries(self: ConfidentialityService, *args: Any, **kwargs: Any) -> Any:
        cancel = args[2] if len(args) > 2 else kwargs["cancel"]
        started.set()
        cancel.wait(30)
        raise ScanCancelled

    monkeypatch.setattr(ConfidentialityService, "gate_entries", gate_entries)
    target = tmp_path / "never.pdf"
    panel.set_output(target)
    with qtbot.waitSignal(panel.failed, timeout=60_000) as failed:
        panel.export_button.click()
        qtbot.waitUntil(started.is_set, timeout=10_000)
        panel.cancel_button.click()
    assert "cancelled" in failed.args[0].lower()
    assert not target.exists() and panel.task is None and not panel.checking
    assert panel.export_button.isEnabled()
    dialog.close()
