"""The desktop app's review commands: send for review, a supervisor's response, import it,
and see comments and sign-off status per entry (files and crypto on workers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from cpdlog.services.app import App
from cpdlog.services.review import ImportResult
from cpdlog.ui.dialogs.review import EntryReviewDialog, RespondDialog, ReviewController
from cpdlog.ui.main_window import MainWindow, Page
from cpdlog.ui.models.entries import Column
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.views.progress import ProgressView
from tests.conftest import FIXED_NOW, make_entry
from tests.ui.test_accessible_descriptions import undescribed


def _texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def _send(window: MainWindow, qtbot: Any, pack: Path) -> int:
    entry = window.app.entries.add(make_entry("MCA workshop"))
    assert entry.id is not None
    window.entries_changed()
    qtbot.waitUntil(lambda: window.journal.select_entry(entry.id))
    controller = window.review_controller()
    controller.choose_save = lambda *_args: str(pack)
    with qtbot.waitSignal(controller.finished, timeout=20_000) as sent:
        window.review_actions[0].trigger()
    assert "The review pack (1 entry) was saved" in sent.args[0]
    assert pack.is_file()
    return entry.id


def _supervise(supervisor: App, qtbot: Any, pack: Path, response: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner()
    controller = ReviewController(
        supervisor.review,
        tasks,
        parent,
        list,
        choose_save=lambda *_args: str(response),
        prompts=lambda template_id: {"learnt": f"What you learnt ({template_id})"},
    )
    controller.open_pack(pack)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, RespondDialog), timeout=20_000)
    dialog = controller.dialog
    assert isinstance(dialog, RespondDialog)
    assert "It is intact" in _texts(dialog)
    assert "What you learnt (swe)" in _texts(dialog)  # the section's prompt, not its key
    assert undescribed(dialog) == []  # each box says which entry and section it is for
    assert "What you learnt (swe)" in dialog.comment_boxes[0]["learnt"].accessibleDescription()
    dialog.name.setText("Sam Educator")
    dialog.role.setText("Practice educator")
    dialog.comment_boxes[0]["learnt"].setPlainText("A clear link to the Act.")
    dialog.peer_boxes[0].setPlainText("We discussed capacity.")
    dialog.sign_boxes[0].setChecked(True)
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.save()
    assert response.is_file()
    tasks.wait_for_all(10_000)


def test_send_respond_import_and_see_the_review(window: MainWindow, qtbot, tmp_path: Path):
    pack, response = tmp_path / "pack.cpdreview", tmp_path / "r.cpdresponse"
    entry_id = _send(window, qtbot, pack)
    supervisor = App.open(tmp_path / "supervisor", clock=lambda: FIXED_NOW)
    try:
        _supervise(supervisor, qtbot, pack, response)
    finally:
        supervisor.close()

    controller = window.review_controller()
    with qtbot.waitSignal(controller.imported, timeout=20_000) as got:
        controller.import_response(path=response)
    result = got.args[0]
    assert isinstance(result, ImportResult) and result.signed == ["MCA workshop"]
    assert controller.box is not None and "first response from" in controller.box.text()

    window.journal.select_entry(entry_id)
    window.show_entry_review()
    dialog = controller.dialog
    assert isinstance(dialog, EntryReviewDialog)
    qtbot.waitUntil(lambda: "Loading" not in dialog.status.text(), timeout=20_000)
    assert dialog.status.text() == (
        "Signed off on 28 November 2026 by Sam Educator (Practice educator)"
    )
    assert undescribed(dialog) == []
    shown = _texts(dialog)
    assert "A clear link to the Act." in shown and "We discussed capacity." in shown
    dialog.close()

    # the journal's Status column and the editor's banner
    model = window.journal.model
    row = model.row_of(entry_id)
    status = model.index(row, Column.STATUS)
    qtbot.waitUntil(lambda: model.signoff(entry_id) is not None, timeout=20_000)
    assert status.data() == "Complete · Signed off"
    assert status.data(Qt.ItemDataRole.ToolTipRole).startswith("Signed off on 28 November 2026")
    editor = window.open_editor(window.app.entries.get(entry_id))
    qtbot.waitUntil(lambda: editor.signoff_banner.text() != "", timeout=20_000)
    assert editor.signoff_banner.isVisible()
    assert editor.signoff_banner.text().startswith("Signed off on 28 November 2026")
    editor.section_edit("impact").edit.setPlainText("Rewritten after the sign-off.")
    with qtbot.waitSignal(editor.entry_saved, timeout=20_000):
        editor.save()
    qtbot.waitUntil(lambda: bool((s := model.signoff(entry_id)) and s.changed), timeout=20_000)
    status = model.index(model.row_of(entry_id), Column.STATUS)
    assert status.data() == "Complete · Changed since sign-off"
    assert status.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Changed since it was signed off on 28 November 2026"
    )
    reopened = window.open_editor(window.app.entries.get(entry_id))
    qtbot.waitUntil(lambda: reopened.signoff_banner.text() != "", timeout=20_000)
    assert reopened.signoff_banner.text() == (
        "Changed since it was signed off on 28 November 2026 by Sam Educator (Practice educator)"
    )
    reopened.discard()
    progress = window.show_page(Page.PROGRESS)
    assert isinstance(progress, ProgressView)
    warning = "“MCA workshop”: changed since it was signed off on 28 November 2026"
    qtbot.waitUntil(
        lambda: any(
            progress.warnings_list.item(i).text() == warning
            for i in range(progress.warnings_list.count())
        ),
        timeout=20_000,
    )
    window.show_entry_review()
    again = controller.dialog
    assert isinstance(again, EntryReviewDialog) and again is not dialog
    qtbot.waitUntil(lambda: "Loading" not in again.status.text(), timeout=20_000)
    assert again.status.text().startswith("Changed since it was signed off on 28 November 2026")


def test_a_changed_reviewer_key_asks_before_importing(window: MainWindow, qtbot, tmp_path: Path):
    pack = tmp_path / "pack.cpdreview"
    entry_id = _send(window, qtbot, pack)
    for name in ("first", "impostor"):
        other = App.open(tmp_path / name, clock=lambda: FIXED_NOW)
        try:
            _supervise(other, qtbot, pack, tmp_path / f"{name}.cpdresponse")
        finally:
            other.close()
    controller = window.review_controller()
    with qtbot.waitSignal(controller.imported, timeout=20_000):
        controller.import_response(path=tmp_path / "first.cpdresponse")
    controller.import_response(path=tmp_path / "impostor.cpdresponse")
    qtbot.waitUntil(
        lambda: (
            controller.box is not None
            and controller.box.windowTitle() == "The reviewer's key has changed"
        ),
        timeout=20_000,
    )
    box = controller.box
    assert box is not None and "Warning: Sam Educator's signing key has changed" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with qtbot.waitSignal(controller.finished, timeout=5_000) as said:
        box.done(QMessageBox.StandardButton.No)
    assert said.args[0] == "Nothing was imported."
    assert len(window.app.review.signoffs(entry_id)) == 1
