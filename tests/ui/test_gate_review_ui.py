"""The app's gates before text leaves: the export view lists findings in the reviewer's words
the PDF prints, with their place, and can mark one "not identifying"; sending entries for
review asks first when they hold unreviewed findings. Offscreen; waits on signals, no sleeps.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from cpdlog.services.app import App
from cpdlog.services.review import PeerDiscussion
from cpdlog.ui.dialogs.review import RespondDialog, ReviewController
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import FIXED_NOW, make_entry

TALK = "We talked about Kyle Hartley; his mum is on 07700 900123."


def _reviewed(app: App, tmp_path: Path) -> int:
    entry = app.entries.add(make_entry("MCA workshop", day=dt.date(2026, 3, 1)))
    assert entry.id is not None
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([entry.id], pack)
    supervisor = App.open(tmp_path / "supervisor", clock=lambda: FIXED_NOW)
    try:
        supervisor.review.respond(
            pack,
            tmp_path / "r.cpdresponse",
            name="Sam Educator",
            role="Practice educator",
            peer_discussions=[PeerDiscussion(1, TALK, dt.date(2026, 3, 3))],
        )
    finally:
        supervisor.close()
    app.review.import_response(tmp_path / "r.cpdresponse")
    return entry.id


@pytest.mark.usefixtures("journal_url")
def test_the_export_view_lists_a_reviewers_words_with_their_place(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    entry_id = _reviewed(window.app, tmp_path)
    window.entries_changed(keep_id=entry_id)
    dialog = window.export()
    panel = dialog.panel
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("custom"))
    panel.from_edit.setDate(panel.from_edit.date().fromString("2026-01-01", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: not panel.checking, timeout=60_000)
    rows = [panel.findings_list.item(i).text() for i in range(panel.findings_list.count())]
    assert len(rows) == 2, rows
    place = "MCA workshop, Peer discussion recorded by Sam Educator:"
    assert all(r.startswith(place) for r in rows)
    assert any("Kyle Hartley" in r for r in rows) and any("07700 900123" in r for r in rows)
    assert "cannot be redacted" in panel.findings_label.text()
    assert not panel.export_button.isEnabled()  # nothing goes out without the confirmation

    # "Mark as not identifying" on one of them: it is remembered, and the other stays
    phone = next(i for i in range(len(rows)) if "07700" in rows[i])
    panel.findings_list.setCurrentRow(phone)
    assert panel.dismiss_button.isEnabled()
    with qtbot.waitSignal(panel.dismissed, timeout=60_000) as marked:
        panel.dismiss_button.click()
    assert marked.args[0] == entry_id
    assert marked.args[1] in window.app.confidentiality.dismissed(entry_id)
    qtbot.waitUntil(lambda: not panel.checking, timeout=60_000)
    left = [panel.findings_list.item(i).text() for i in range(panel.findings_list.count())]
    assert len(left) == 1 and "Kyle Hartley" in left[0]
    assert not panel.export_button.isEnabled()
    dialog.close()


def test_sending_for_review_asks_first_when_an_entry_holds_findings(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    entry = window.app.entries.add(make_entry("Home visit", learnt="Her son Jayden was upset."))
    assert entry.id is not None
    window.entries_changed(keep_id=entry.id)
    qtbot.waitUntil(lambda: window.journal.select_entry(entry.id))
    controller = window.review_controller()
    pack = tmp_path / "pack.cpdreview"
    controller.choose_save = lambda *_args: str(pack)

    def ask() -> QMessageBox:
        controller.gate_box = None
        window.send_for_review()
        qtbot.waitUntil(lambda: controller.gate_box is not None, timeout=60_000)
        box = controller.gate_box
        assert box is not None
        qtbot.waitUntil(box.isVisible)
        return box

    box = ask()
    assert "1 detail that could identify someone" in box.text()
    assert "Home visit, What you learnt from doing the activity: Person's name “Jayden”" in (
        box.informativeText()
    )
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as said:
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert said.args[0] == "Nothing was sent for review."
    assert not pack.exists()

    box = ask()
    send = next(b for b in box.buttons() if b.text() == "&Send anyway")
    with qtbot.waitSignal(controller.finished, timeout=60_000) as said:
        send.click()
    assert "The review pack (1 entry) was saved" in said.args[0]
    assert pack.is_file()


def test_a_supervisors_response_lists_identifying_words_before_it_is_saved(
    onboarded: App, qtbot: Any, tmp_path: Path
) -> None:
    entry = onboarded.entries.add(make_entry("MCA workshop"))
    assert entry.id is not None
    pack, response = tmp_path / "pack.cpdreview", tmp_path / "r.cpdresponse"
    onboarded.review.export_pack([entry.id], pack)
    supervisor = App.open(tmp_path / "supervisor", clock=lambda: FIXED_NOW)
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        tasks = TaskRunner()
        controller = ReviewController(
            supervisor.review,
            tasks,
            parent,
            list,
            choose_save=lambda *_args: str(response),
            confidentiality=supervisor.confidentiality,
        )
        controller.open_pack(pack)
        qtbot.waitUntil(lambda: isinstance(controller.dialog, RespondDialog), timeout=20_000)
        dialog = controller.dialog
        assert isinstance(dialog, RespondDialog)
        dialog.name.setText("Sam Educator")
        dialog.comment_boxes[0]["learnt"].setPlainText(TALK)
        dialog.sign_boxes[0].setChecked(True)
        dialog.save()
        qtbot.waitUntil(lambda: "could identify someone:" in dialog.message.text(), timeout=60_000)
        said = dialog.message.text()
        assert "Your comment on entry 1, learnt: Phone number “07700 900123”" in said
        assert "Person's name “Kyle Hartley”" in said
        assert "Sign-off" not in said  # the standard statement holds nothing identifying
        assert not response.exists()
        # a second Save sends exactly what was listed
        with qtbot.waitSignal(dialog.written, timeout=60_000):
            dialog.save()
        assert response.is_file()
        tasks.wait_for_all(10_000)
    finally:
        supervisor.close()


def test_add_to_my_calendar_lists_a_date_that_could_identify_someone_first(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = window.reminders.edit_settings()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10_000)  # the saved plans read on a worker
    dialog.date_label_edit.setText("Court for Jayden Okafor")
    assert dialog.add_date()
    target = tmp_path / "cpd.ics"
    with qtbot.waitSignal(dialog.calendar_held, timeout=60_000) as held:
        dialog.export_calendar(target)
    assert held.args == [1]
    assert not target.exists()
    said = dialog.message.text()
    assert "The date “Court for Jayden Okafor”: Person's name “Jayden Okafor”" in said
    assert dialog.calendar_button.isEnabled()
    with qtbot.waitSignal(dialog.calendar_written, timeout=60_000):
        dialog.export_calendar(target)  # chosen again: written with what was listed
    assert "Jayden Okafor" in target.read_text(encoding="utf-8")
    dialog.reject()
