"""Offer back the text of editors that were not closed properly (a crash, a power cut)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdlog.ui.drafts import Draft
from cpdlog.ui.text import format_date

KeyRole = Qt.ItemDataRole.UserRole + 1


class RecoveryDialog(QDialog):
    """Lists unsaved drafts. Emits ``recover_requested`` / ``discard_requested`` with drafts."""

    recover_requested = Signal(list)
    discard_requested = Signal(list)

    def __init__(self, drafts: Sequence[Draft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryDialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self._drafts = {d.key: d for d in drafts}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "cpdlog closed last time before these entries were saved. Their text was "
                "kept safe. Recover them to carry on, or discard them."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Unsaved entries"))
        self.list.setAccessibleDescription(
            self.tr("Entries whose text was kept when cpdlog closed before they were saved")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for draft in drafts:
            title = draft.entry.title.strip() or self.tr("(untitled)")
            kind = self.tr("new entry") if draft.is_new else self.tr("changes to an entry")
            when = ""
            if draft.saved_at is not None:
                local = draft.saved_at.astimezone()
                when = f"{format_date(local.date())} {local:%H:%M}"
            item = QListWidgetItem(f"{title} — {kind}, {when}".rstrip(", "))
            item.setData(KeyRole, draft.key)
            self.list.addItem(item)
            item.setSelected(True)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.recover_button = buttons.addButton(
            self.tr("&Recover"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = buttons.addButton(
            self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.recover_button.setAccessibleDescription(
            self.tr("Opens the chosen entries so that you can carry on and save them")
        )
        self.discard_button.setAccessibleDescription(
            self.tr("Throws away the unsaved text of the chosen entries")
        )
        self.later_button.setAccessibleDescription(
            self.tr("Keeps the unsaved text; cpdlog asks you again next time it starts")
        )
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self.recover)
        self.discard_button.clicked.connect(self.discard)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _chosen(self) -> list[Draft]:
        items = self.list.selectedItems() or [self.list.item(i) for i in range(self.list.count())]
        return [self._drafts[str(i.data(KeyRole))] for i in items]

    def recover(self) -> None:
        self.recover_requested.emit(self._chosen())
        self.accept()

    def discard(self) -> None:
        self.discard_requested.emit(self._chosen())
        self.accept()
