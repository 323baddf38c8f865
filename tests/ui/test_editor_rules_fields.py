"""The entry editor's fields for regulators' rules: delivery, approval number, topics and
certificates, round-tripped through the journal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from cpdlog.domain.entry import Delivery, EvidenceKind
from cpdlog.services.app import App
from cpdlog.ui.dialogs.entry_editor import EntryEditorDialog, TopicRole
from cpdlog.ui.main_window import MainWindow
from tests.conftest import make_entry


def _tick(editor: EntryEditorDialog, topic_id: str) -> None:
    for i in range(editor.topics_list.count()):
        item = editor.topics_list.item(i)
        if item.data(TopicRole) == topic_id:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no topic {topic_id!r} in the list")


def test_topics_list_offers_every_topic_in_the_data_file(window: MainWindow) -> None:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    shown = [editor.topics_list.item(i).data(TopicRole) for i in range(editor.topics_list.count())]
    assert shown == window.app.entries.topics().ids()
    assert editor.delivery_combo.currentData() is None  # "Not stated" by default
    assert editor.collect().delivery is None
    assert editor.collect().topics == []


def test_new_entry_saves_delivery_approval_topics_and_a_certificate(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    qtbot.keyClicks(editor.title_edit, "Boundaries in practice course")
    editor.hours_spin.setValue(3)
    editor.delivery_combo.setCurrentIndex(editor.delivery_combo.findData("online-interactive"))
    qtbot.keyClicks(editor.approval_edit, "  NYSED-0123 ")
    _tick(editor, "professional-boundaries")
    _tick(editor, "ethics")
    cert = tmp_path / "certificate.pdf"
    cert.write_bytes(b"%PDF-1.4 certificate of completion")
    notes = tmp_path / "slides.txt"
    notes.write_text("slides", encoding="utf-8")
    editor.add_attachments([cert, notes])
    editor.evidence_list.setCurrentRow(0)
    assert editor.certificate_check.isEnabled()
    assert not editor.certificate_check.isChecked()
    editor.certificate_check.setChecked(True)
    assert "certificate" in editor.evidence_items()[0]
    assert "certificate" not in editor.evidence_items()[1]
    with qtbot.waitSignal(window.entry_saved, timeout=10_000) as saved:
        editor.save()
    entry_id = saved.args[0].id
    stored = window.app.entries.get(entry_id)
    assert stored.delivery is Delivery.ONLINE_INTERACTIVE
    assert stored.provider_approval == "NYSED-0123"
    assert stored.topics == ["ethics", "professional-boundaries"]  # the data file's order
    kinds = {ev.filename: ev.kind for ev in stored.evidence}
    assert kinds == {
        "certificate.pdf": EvidenceKind.CERTIFICATE,
        "slides.txt": EvidenceKind.EVIDENCE,
    }


def test_editing_loads_the_fields_and_a_saved_file_can_become_a_certificate(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    app: App = window.app
    proof = tmp_path / "proof.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    entry = make_entry(
        delivery=Delivery.SELF_STUDY, provider_approval="TX-55", topics=["cultural-competence"]
    )
    saved = app.entries.add(entry, [proof])
    assert saved.evidence[0].kind is EvidenceKind.EVIDENCE
    editor = window.open_editor(saved)
    assert editor.delivery_combo.currentData() == "self-study"
    assert editor.approval_edit.text() == "TX-55"
    assert editor.checked_topics() == ["cultural-competence"]
    editor.evidence_list.setCurrentRow(0)
    assert not editor.certificate_check.isChecked()
    editor.certificate_check.setChecked(True)
    assert editor.dirty
    editor.delivery_combo.setCurrentIndex(editor.delivery_combo.findData(None))
    with qtbot.waitSignal(window.entry_saved, timeout=10_000):
        editor.save()
    again = app.entries.get(saved.id)
    assert again.delivery is None
    assert again.topics == ["cultural-competence"]
    assert [ev.kind for ev in again.evidence] == [EvidenceKind.CERTIFICATE]
    assert len(again.certificates) == 1


def test_unticking_the_certificate_box_makes_it_plain_evidence_again(
    window: MainWindow, tmp_path: Path
) -> None:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    file = tmp_path / "cert.png"
    file.write_bytes(b"png")
    editor.add_attachments([file])
    editor.evidence_list.setCurrentRow(0)
    editor.certificate_check.setChecked(True)
    assert editor.pending_attachments() == [file]
    assert "certificate" in editor.evidence_items()[0]
    editor.certificate_check.setChecked(False)
    assert "certificate" not in editor.evidence_items()[0]
    editor.evidence_list.setCurrentRow(-1)
    assert not editor.certificate_check.isEnabled()
