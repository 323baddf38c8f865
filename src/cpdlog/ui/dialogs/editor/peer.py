"""The Peer reflection tab: who the learning was discussed with and what came of it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from cpdlog.domain.entry import Entry, PeerReflection
from cpdlog.ui.dialogs.editor.form import TabPage, optional_date, pydate, qdate
from cpdlog.ui.text import format_date, tr
from cpdlog.ui.widgets.fields import CountedTextEdit, DateField

CONTEXT = "EntryEditorDialog"  # translated as the editor's own strings


class PeerTab(TabPage):
    """The peer discussion: a checkable group with name, role, date and what was learnt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        explain = QLabel(
            tr(
                CONTEXT,
                "Regulators such as Social Work England ask for at least one piece of CPD a "
                "year that you have discussed with a peer. Say what you learnt from the "
                "discussion; names are not needed, a role is enough.",
            ),
            page,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.peer_group = QGroupBox(tr(CONTEXT, "I d&iscussed this with a peer"), page)
        self.peer_group.setCheckable(True)
        self.peer_group.setChecked(False)
        self.peer_group.setAccessibleDescription(
            tr(CONTEXT, "Tick if you talked this learning over with a colleague, then say how")
        )
        form = QFormLayout(self.peer_group)
        self.peer_name_edit = QLineEdit(self.peer_group)
        self.row(
            form,
            tr(CONTEXT, "&Name (optional):"),
            self.peer_name_edit,
            "peer_name",
            description=tr(CONTEXT, "Who you talked to; you can leave it empty and give a role"),
        )
        self.peer_role_edit = QLineEdit(self.peer_group)
        self.peer_role_edit.setPlaceholderText(tr(CONTEXT, "For example: practice supervisor"))
        self.row(
            form,
            tr(CONTEXT, "R&ole:"),
            self.peer_role_edit,
            "peer_role",
            description=tr(CONTEXT, "Your peer's role, such as practice supervisor"),
        )
        when, self.peer_date_check, self.peer_date_edit = optional_date(
            self.peer_group,
            tr(CONTEXT, "On"),
            tr(CONTEXT, "Date of the discussion"),
            tr(CONTEXT, "The day you talked it over with your peer."),
        )
        self.row(
            form,
            tr(CONTEXT, "&When:"),
            when,
            "peer_date",
            focus=self.peer_date_check,
            description=tr(CONTEXT, "Tick if you know when you talked, then give the date"),
        )
        self.focus["peer_date"] = self.peer_date_edit
        self.peer_date_edit.not_a_date.connect(self._not_a_date)
        self.peer_text = CountedTextEdit(self.peer_group)
        self.peer_text.edit.setMinimumHeight(140)
        self.peer_text.edit.setAccessibleName(tr(CONTEXT, "What you learnt from the discussion"))
        self.row(
            form,
            tr(CONTEXT, "What you &learnt from it:"),
            self.peer_text,
            "peer_text",
            focus=self.peer_text.edit,
            description=tr(CONTEXT, "What talking it over with your peer added to your learning"),
        )
        layout.addWidget(self.peer_group)
        layout.addStretch(1)
        self.scrolled(page)
        for line in (self.peer_name_edit, self.peer_role_edit):
            line.textEdited.connect(self._changed)
        self.peer_date_edit.dateChanged.connect(self._changed)
        self.peer_date_check.toggled.connect(self._changed)
        self.peer_group.toggled.connect(self._changed)
        self.peer_text.text_changed.connect(self._changed)

    def load(self, entry: Entry) -> None:
        peer = entry.peer
        self.peer_group.setChecked(peer is not None)
        self.peer_name_edit.setText(peer.name if peer else "")
        self.peer_role_edit.setText(peer.role if peer else "")
        self.peer_date_check.setChecked(bool(peer and peer.date))
        self.peer_date_edit.setDate(qdate((peer.date if peer else None) or entry.start_date))
        self.peer_text.set_text(peer.text if peer else "")

    def write_into(self, entry: Entry) -> None:
        entry.peer = None
        if self.peer_group.isChecked():
            entry.peer = PeerReflection(
                name=self.peer_name_edit.text().strip(),
                role=self.peer_role_edit.text().strip(),
                date=pydate(self.peer_date_edit.date())
                if self.peer_date_check.isChecked()
                else None,
                text=self.peer_text.text(),
            )

    def peer_name(self) -> str:
        """The peer's name as typed, while the peer discussion is ticked (else empty)."""
        return self.peer_name_edit.text() if self.peer_group.isChecked() else ""

    def date_fields(self) -> list[tuple[DateField, str]]:
        return [(self.peer_date_edit, "peer_date")]

    def _not_a_date(self, text: str) -> None:
        message = tr(
            CONTEXT,
            "“{text}” is not a date, so it is still {date}. Type a date such as 14 Mar 2026.",
        )
        date = format_date(pydate(self.peer_date_edit.date()))
        self.errors["peer_date"].show_message(message.format(text=text.strip(), date=date))
