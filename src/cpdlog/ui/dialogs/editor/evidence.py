"""The Evidence tab: files kept with the entry, and which of them are certificates."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.entry import Entry, Evidence, EvidenceKind
from cpdlog.ui.dialogs.editor.form import TabPage
from cpdlog.ui.icons import icon
from cpdlog.ui.text import tr
from cpdlog.ui.widgets.fields import FieldError, FileDropList
from cpdlog.ui.widgets.wrapping import WrappingCheckBox

CONTEXT = "EntryEditorDialog"  # translated as the editor's own strings

PathRole = Qt.ItemDataRole.UserRole + 1
EvidenceRole = Qt.ItemDataRole.UserRole + 2
# Finds a stored file to open: (sha256, file name) -> a path, or None if it is missing.
EvidenceLocator = Callable[[str, str], Path | None]


class EvidenceTab(TabPage):
    """The entry's stored evidence and the files waiting to be added when it is saved.

    Files are only listed here; the editor's save copies and hashes them on a worker.
    """

    def __init__(self, locate: EvidenceLocator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locate = locate
        self._evidence: list[Evidence] = []
        self._pending: list[Path] = []
        self._pending_certificates: set[str] = set()  # pending files to keep as certificates
        self._showing_certificate = False
        layout = QVBoxLayout(self)
        explain = QLabel(
            tr(
                CONTEXT,
                "Certificates, slides or notes to keep with this entry. Drag files here or "
                "use Add. cpdlog keeps its own copy in your data folder.",
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.evidence_list = FileDropList(self)
        self.evidence_list.setAccessibleName(tr(CONTEXT, "Evidence files"))
        self.evidence_list.setAccessibleDescription(
            tr(CONTEXT, "Files kept as evidence for this entry: add them or drop them here")
        )
        self.evidence_list.files_dropped.connect(self.add_attachments)
        self.evidence_list.itemActivated.connect(lambda _item: self.open_evidence())
        layout.addWidget(self.evidence_list, 1)
        self.certificate_check = WrappingCheckBox(
            tr(CONTEXT, "&Certificate: this file shows I completed the learning"), self
        )
        self.certificate_check.setToolTip(
            tr(CONTEXT, "Some regulators ask to see a certificate of completion when they check")
        )
        self.certificate_check.toggled.connect(self._certificate_toggled)
        layout.addWidget(self.certificate_check)
        self.evidence_error = FieldError(self)
        layout.addWidget(self.evidence_error)
        buttons = QHBoxLayout()
        self.add_evidence_button = QPushButton(icon("add"), tr(CONTEXT, "&Add…"), self)
        self.open_evidence_button = QPushButton(icon("open"), tr(CONTEXT, "&Open"), self)
        self.remove_evidence_button = QPushButton(icon("remove"), tr(CONTEXT, "Re&move"), self)
        for button in (
            self.add_evidence_button,
            self.open_evidence_button,
            self.remove_evidence_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_evidence_button.setAccessibleDescription(
            tr(CONTEXT, "Choose files from your computer to keep with this entry")
        )
        self.open_evidence_button.setAccessibleDescription(
            tr(CONTEXT, "Opens the chosen file in the program your computer uses for it")
        )
        self.remove_evidence_button.setAccessibleDescription(
            tr(CONTEXT, "Takes the chosen file off this entry")
        )
        self.add_evidence_button.clicked.connect(self._choose_evidence)
        self.open_evidence_button.clicked.connect(self.open_evidence)
        self.remove_evidence_button.clicked.connect(self.remove_evidence)
        self.evidence_list.currentRowChanged.connect(self._evidence_selection_changed)
        self.errors["evidence"] = self.evidence_error
        self.focus["evidence"] = self.evidence_list
        self._evidence_selection_changed()

    # --- the interface -----------------------------------------------------------------------
    def load(self, entry: Entry) -> None:
        self._evidence = list(entry.evidence)
        self.refresh()

    def write_into(self, entry: Entry) -> None:
        entry.evidence = list(self._evidence)

    def set_pending(self, paths: Iterable[Path], certificates: Iterable[Path] = ()) -> None:
        """Files waiting to be attached (a recovered draft's), ``certificates`` among them."""
        self._pending = list(paths)
        wanted = {str(p) for p in certificates}
        self._pending_certificates = {str(p) for p in self._pending if str(p) in wanted}
        self.refresh()

    def pending_attachments(self) -> list[Path]:
        return list(self._pending)

    def pending_certificates(self) -> list[Path]:
        """The waiting files marked as certificates, in the list's order."""
        return [p for p in self._pending if str(p) in self._pending_certificates]

    def stored(self, saved: Entry, attached: list[Path]) -> None:
        """The entry was saved with ``attached`` copied in: show its evidence as stored."""
        self._evidence = list(saved.evidence)
        self._pending = [p for p in self._pending if p not in attached]
        self._pending_certificates &= {str(p) for p in self._pending}

    def add_stored(self, evidence: Iterable[Evidence]) -> bool:
        """Add evidence already in the store (a fetched page's snapshot); True if any was new."""
        known = {ev.sha256 for ev in self._evidence}
        added = [ev for ev in evidence if ev.sha256 not in known]
        if added:
            self._evidence.extend(added)
            self.refresh()
        return bool(added)

    def items(self) -> list[str]:
        return [self.evidence_list.item(i).text() for i in range(self.evidence_list.count())]

    # --- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.evidence_list.clear()
        for ev in self._evidence:
            text = f"{ev.filename}  ({_size(ev.size)})"
            if ev.is_certificate:
                text = tr(CONTEXT, "{file}  (certificate)").format(file=text)
            item = QListWidgetItem(icon("open"), text)
            item.setData(EvidenceRole, ev.sha256)
            item.setToolTip(ev.filename)
            self.evidence_list.addItem(item)
        for path in self._pending:
            text = (
                tr(CONTEXT, "{name}  (certificate, will be added when you save)")
                if str(path) in self._pending_certificates
                else tr(CONTEXT, "{name}  (will be added when you save)")
            )
            item = QListWidgetItem(icon("add"), text.format(name=path.name))
            item.setData(PathRole, str(path))
            item.setToolTip(str(path))
            self.evidence_list.addItem(item)
        self._evidence_selection_changed()

    def _evidence_selection_changed(self, *_args: object) -> None:
        item = self.evidence_list.currentItem()
        has = item is not None
        self.open_evidence_button.setEnabled(has)
        self.remove_evidence_button.setEnabled(has)
        self.certificate_check.setEnabled(has)
        self._showing_certificate = True
        try:
            self.certificate_check.setChecked(item is not None and self._is_certificate(item))
        finally:
            self._showing_certificate = False

    def _is_certificate(self, item: QListWidgetItem) -> bool:
        path_text = item.data(PathRole)
        if path_text:
            return str(path_text) in self._pending_certificates
        sha = item.data(EvidenceRole)
        return any(ev.sha256 == sha and ev.is_certificate for ev in self._evidence)

    def _certificate_toggled(self, checked: bool) -> None:
        """Mark (or unmark) the selected file as the certificate of completion."""
        if self._showing_certificate:
            return
        item = self.evidence_list.currentItem()
        if item is None:
            return
        self.set_certificate(self.evidence_list.row(item), checked)

    def set_certificate(self, row: int, certificate: bool) -> None:
        """Mark the file in ``row`` of the evidence list as a certificate, or as evidence."""
        item = self.evidence_list.item(row)
        if item is None:
            return
        path_text = item.data(PathRole)
        if path_text:
            if certificate:
                self._pending_certificates.add(str(path_text))
            else:
                self._pending_certificates.discard(str(path_text))
        else:
            kind = EvidenceKind.CERTIFICATE if certificate else EvidenceKind.EVIDENCE
            sha = item.data(EvidenceRole)
            self._evidence = [
                replace(ev, kind=kind) if ev.sha256 == sha else ev for ev in self._evidence
            ]
        self.refresh()
        self.evidence_list.setCurrentRow(row)
        self.changed.emit()

    def add_attachments(self, paths: list[Path]) -> None:
        known = {p.resolve() for p in self._pending}
        for path in paths:
            if path.is_file() and path.resolve() not in known:
                self._pending.append(path)
                known.add(path.resolve())
        self.refresh()
        self.changed.emit()
        self.evidence_error.clear()

    def _choose_evidence(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, tr(CONTEXT, "Add evidence"))
        if files:
            self.add_attachments([Path(f) for f in files])

    def open_evidence(self) -> None:
        item = self.evidence_list.currentItem()
        if item is None:
            return
        path_text = item.data(PathRole)
        sha = item.data(EvidenceRole)
        name = str(item.toolTip() or "")
        path = Path(path_text) if path_text else self._locate(str(sha), name)
        if path is None:
            self.evidence_error.show_message(
                tr(CONTEXT, "This file is missing from the cpdlog data folder.")
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_evidence(self) -> None:
        item = self.evidence_list.currentItem()
        if item is None:
            return
        path_text = item.data(PathRole)
        if path_text:
            self._pending = [p for p in self._pending if str(p) != path_text]
            self._pending_certificates.discard(str(path_text))
        else:
            sha = item.data(EvidenceRole)
            self._evidence = [ev for ev in self._evidence if ev.sha256 != sha]
        self.refresh()
        self.changed.emit()


def _size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
