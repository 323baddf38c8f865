"""The entry editor's tabs on their own: each loads an entry, writes it back, says when the
user changed something, and the editor routes errors to the tab that holds the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cpdlog.domain.entry import (
    ActivityType,
    Delivery,
    Entry,
    EntryStatus,
    Evidence,
    EvidenceKind,
    PeerReflection,
    Reflection,
)
from cpdlog.errors import ValidationError
from cpdlog.services.app import App
from cpdlog.ui.dialogs.editor.details import DetailsTab
from cpdlog.ui.dialogs.editor.evidence import EvidenceTab
from cpdlog.ui.dialogs.editor.peer import PeerTab
from cpdlog.ui.dialogs.editor.reflection import ReflectionTab
from cpdlog.ui.dialogs.editor.standards import StandardsTab
from cpdlog.ui.dialogs.entry_editor import EditorServices, EntryEditorDialog
from tests.conftest import make_entry


def _full_entry(app: App) -> Entry:
    entry = make_entry(
        "Court skills workshop",
        activity=ActivityType.CONFERENCE,
        peer=PeerReflection(
            name="Alex", role="practice supervisor", date=dt.date(2026, 3, 20), text="We met."
        ),
        tags=["court", "skills"],
        topics=["ethics", "a-topic-no-longer-listed"],
        delivery=Delivery.SELF_STUDY,
        provider_approval="AP-123",
        end_date=dt.date(2026, 3, 15),
        status=EntryStatus.DRAFT,
    )
    entry.source.notes = "Handout from the day."
    entry.standards = ["swe:4.6", "pcf:6"]
    entry.evidence = [
        Evidence("a" * 64, "cert.pdf", "application/pdf", 2048, kind=EvidenceKind.CERTIFICATE)
    ]
    return entry


def test_each_tab_writes_back_what_it_loaded(app: App, qtbot: Any) -> None:
    entry = _full_entry(app)
    templates = app.entries.templates()
    watched: list[str] = []
    tabs = [
        DetailsTab(["court"], list(app.entries.topics().topics), can_fetch=False),
        ReflectionTab(templates, lambda _edit, field: watched.append(field), lambda _p: None),
        StandardsTab(app.entries.catalogue()),
        PeerTab(),
        EvidenceTab(lambda _sha, _name: None),
    ]
    written = Entry(title="", activity_type=ActivityType.COURSE, start_date=dt.date(2020, 1, 1))
    for tab in tabs:
        qtbot.addWidget(tab)
        tab.load(entry)
        tab.write_into(written)
    assert written.title == entry.title
    assert written.activity_type is entry.activity_type
    assert (written.start_date, written.end_date) == (entry.start_date, entry.end_date)
    assert written.hours == entry.hours
    assert written.status is EntryStatus.DRAFT
    assert written.source == entry.source
    assert written.tags == entry.tags
    assert written.topics == entry.topics  # the unlisted topic is kept
    assert (written.delivery, written.provider_approval) == (entry.delivery, "AP-123")
    assert written.reflection == entry.reflection
    assert written.standards == entry.standards
    assert written.peer == entry.peer
    assert written.evidence == entry.evidence
    assert watched == [f"reflection.{key}" for key in templates["swe"].keys]


def test_each_tab_says_when_the_user_changed_it(app: App, qtbot: Any) -> None:
    entry = _full_entry(app)
    details = DetailsTab([], [], can_fetch=False)
    reflection = ReflectionTab(app.entries.templates(), lambda _e, _f: None, lambda _p: None)
    standards = StandardsTab(app.entries.catalogue())
    peer = PeerTab()
    evidence = EvidenceTab(lambda _sha, _name: None)
    for tab in (details, reflection, standards, peer, evidence):
        qtbot.addWidget(tab)
        tab.load(entry)
    with qtbot.waitSignal(details.changed, timeout=1000):
        qtbot.keyClicks(details.title_edit, "!")
    with qtbot.waitSignal(reflection.changed, timeout=1000):
        reflection.section_edit("learnt").set_text("Something new.")
    with qtbot.waitSignal(standards.changed, timeout=1000):
        standards.standards_model.set_checked_ids([])
    with qtbot.waitSignal(peer.changed, timeout=1000):
        peer.peer_group.setChecked(False)
    with qtbot.waitSignal(evidence.changed, timeout=1000):
        evidence.set_certificate(0, False)
    written = entry.copy()
    evidence.write_into(written)
    assert [ev.kind for ev in written.evidence] == [EvidenceKind.EVIDENCE]
    peer.write_into(written)
    assert written.peer is None


def test_switching_template_in_the_tab_keeps_every_word(app: App, qtbot: Any) -> None:
    gone: list[str] = []
    tab = ReflectionTab(app.entries.templates(), lambda _e, _f: None, gone.append)
    qtbot.addWidget(tab)
    tab.load(make_entry(learnt="Harm outside the home.", impact="I map peer groups."))
    gone.clear()
    with qtbot.waitSignal(tab.template_switched, timeout=1000):
        tab.template_combo.setCurrentIndex(tab.template_combo.findData("gibbs"))
    assert gone == ["reflection."]  # the old text areas' markers are dropped
    written = make_entry()
    written.reflection = Reflection("swe")
    tab.write_into(written)
    assert written.reflection.template_id == "gibbs"
    joined = "\n".join(written.reflection.sections.values())
    assert "Harm outside the home." in joined
    assert "I map peer groups." in joined


def test_errors_go_to_the_tab_that_holds_the_field(app: App, qtbot: Any) -> None:
    dialog = EntryEditorDialog(EditorServices.from_app(app))
    qtbot.addWidget(dialog)
    dialog.show()
    for field, tab in (
        ("title", dialog.details),
        ("template", dialog.reflection),
        ("standards", dialog.standards),
        ("peer_role", dialog.peer),
        ("evidence", dialog.evidence),
    ):
        dialog.show_error(ValidationError(f"Problem with {field}.", field=field))
        assert dialog.tabs.currentWidget() is tab
        assert dialog._errors[field].label.text() == f"Problem with {field}."
    dialog.discard()


def test_opening_a_missing_stored_file_says_so(app: App, qtbot: Any) -> None:
    asked: list[tuple[str, str]] = []

    def locate(sha: str, name: str) -> Path | None:
        asked.append((sha, name))
        return None  # not in the data folder

    tab = EvidenceTab(locate)
    qtbot.addWidget(tab)
    entry = make_entry()
    entry.evidence = [Evidence("b" * 64, "notes.txt", "text/plain", 10)]
    tab.load(entry)
    tab.evidence_list.setCurrentRow(0)
    tab.open_evidence()
    assert asked == [("b" * 64, "notes.txt")]
    assert not tab.evidence_error.isHidden()
    assert tab.evidence_error.label.text() == "This file is missing from the cpdlog data folder."
