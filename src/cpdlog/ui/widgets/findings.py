"""Confidentiality markers: underline details in a text area that could identify someone.

The markers know nothing of the entry editor: what they need from it (the scan context, the
"not identifying" choices, the names model, placeholders) is the small :class:`FindingsHost`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QStyle, QTextEdit, QToolTip

from cpdlog.domain.confidentiality import Finding, ScanContext, scan_text
from cpdlog.ui.a11y import add_to_description
from cpdlog.ui.text import tr_domain
from cpdlog.ui.widgets.utf16 import Utf16Offsets

RESCAN_DELAY_MS = 300  # re-check a text area for identifying details once typing pauses


class FindingsHost(Protocol):
    """What a marker asks of the form it sits in (the entry editor)."""

    @property
    def dismissed_fingerprints(self) -> set[str]: ...

    def scan_context(self) -> ScanContext: ...

    def read_with_model(
        self, text: str, current: Callable[[], str], done: Callable[[], None]
    ) -> None: ...

    def suggestion_for(self, finding: Finding) -> str: ...

    def mark_not_identifying(self, finding: Finding) -> None: ...


class FindingsMarker(QObject):
    """Underlines details that could identify someone in one text area, as the user types.

    Typing only restarts a timer; once typing pauses for ``RESCAN_DELAY_MS`` this one field is
    scanned (a few milliseconds for a long section) with the host's cached scan context.
    Hovering an underline explains it; its context menu offers Redact and Not identifying.
    """

    scanned = Signal()

    def __init__(self, edit: QPlainTextEdit, field: str, host: FindingsHost) -> None:
        super().__init__(edit)
        self.edit = edit
        self.field = field
        self.host = host
        self.findings: list[Finding] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RESCAN_DELAY_MS)
        self.timer.timeout.connect(self.rescan)
        edit.textChanged.connect(self.timer.start)
        edit.viewport().installEventFilter(self)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(self._show_menu)
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor(200, 30, 30))

    def rescan(self) -> None:
        self.timer.stop()
        text = self.edit.toPlainText()
        skip = self.host.dismissed_fingerprints
        context = self.host.scan_context()
        self.findings = [
            f
            for f in scan_text(text, self.field, context, wait_for_model=False)
            if f.fingerprint not in skip
        ]
        self.host.read_with_model(text, self.edit.toPlainText, self.rescan)
        offsets = Utf16Offsets(text)
        selections = []
        for finding in self.findings:
            start, end = offsets.span_to_qt(finding.start, finding.end)
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = self._format
            selections.append(selection)
        self.edit.setExtraSelections(selections)
        self.scanned.emit()

    def finding_at(self, position: int) -> Finding | None:
        """The finding under a document position (UTF-16 units, as Qt counts)."""
        index = Utf16Offsets(self.edit.toPlainText()).from_qt(position)
        for finding in self.findings:
            if finding.start <= index < finding.end:
                return finding
        return None

    def finding_at_point(self, point: QPoint) -> Finding | None:
        return self.finding_at(self.edit.cursorForPosition(point).position())

    def tooltip(self, finding: Finding) -> str:
        return self.tr("{label}: {explanation}").format(
            label=tr_domain(finding.label), explanation=tr_domain(finding.explanation)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            finding = self.finding_at_point(event.pos())
            if finding is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(finding), self.edit)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def build_menu(self, point: QPoint) -> QMenu:
        """The text area's usual menu, with Redact and Not identifying over a finding."""
        menu = self.edit.createStandardContextMenu(point)
        finding = self.finding_at_point(point)
        if finding is not None:
            first = menu.actions()[0] if menu.actions() else None
            redact = menu.addAction(
                self.tr("Redact (replace with {placeholder})").format(
                    placeholder=self.host.suggestion_for(finding)
                )
            )
            redact.setObjectName("redact")
            redact.triggered.connect(lambda: self.redact(finding))
            keep = menu.addAction(self.tr("Not identifying"))
            keep.setObjectName("not-identifying")
            keep.setToolTip(tr_domain(finding.explanation))
            keep.triggered.connect(lambda: self.host.mark_not_identifying(finding))
            if first is not None:
                menu.removeAction(redact)
                menu.removeAction(keep)
                menu.insertActions(first, [redact, keep])
                menu.insertSeparator(first)
        return menu

    def _show_menu(self, point: QPoint) -> None:
        menu = self.build_menu(point)
        menu.exec(self.edit.viewport().mapToGlobal(point))
        menu.deleteLater()

    def redact(self, finding: Finding) -> None:
        """Replace the finding's words with its placeholder (one undoable edit)."""
        text = self.edit.toPlainText()
        if text[finding.start : finding.end] != finding.text:
            return  # the text changed since the scan; the next scan shows the truth
        placeholder = self.host.suggestion_for(finding)
        start, end = Utf16Offsets(text).span_to_qt(finding.start, finding.end)
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(placeholder)
        self.rescan()


class TitleFindingsMarker(QObject):
    """The one-line title cannot show underlines, so a warning button sits inside the field.

    It appears once typing pauses and the title holds something that could identify a person;
    its tooltip explains each finding and its menu offers Redact and Not identifying.
    """

    scanned = Signal()

    def __init__(self, edit: QLineEdit, host: FindingsHost) -> None:
        super().__init__(edit)
        self.edit = edit
        self.host = host
        self.findings: list[Finding] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RESCAN_DELAY_MS)
        self.timer.timeout.connect(self.rescan)
        edit.textChanged.connect(self.timer.start)
        warning = edit.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.action = edit.addAction(warning, QLineEdit.ActionPosition.TrailingPosition)
        self.action.setObjectName("title-findings")
        self.action.setVisible(False)
        self.action.triggered.connect(self._show_menu)

    def rescan(self) -> None:
        self.timer.stop()
        skip = self.host.dismissed_fingerprints
        context = self.host.scan_context()
        self.findings = [
            f
            for f in scan_text(self.edit.text(), "title", context, wait_for_model=False)
            if f.fingerprint not in skip
        ]
        self.host.read_with_model(self.edit.text(), self.edit.text, self.rescan)
        lines = [
            self.tr("“{text}” — {label}: {explanation}").format(
                text=f.text, label=tr_domain(f.label), explanation=tr_domain(f.explanation)
            )
            for f in self.findings
        ]
        self.action.setVisible(bool(self.findings))
        self.action.setToolTip("\n".join(lines))
        add_to_description(  # before what the title is for (cpdlog.ui.a11y.describe)
            self.edit,
            self.tr("The title may identify someone: {details}").format(details=" ".join(lines))
            if lines
            else "",
        )
        self.scanned.emit()

    def build_menu(self) -> QMenu:
        menu = QMenu(self.edit)
        for finding in self.findings:
            redact = menu.addAction(
                self.tr("Redact “{text}” (replace with {placeholder})").format(
                    text=finding.text, placeholder=self.host.suggestion_for(finding)
                )
            )
            redact.setObjectName("redact")
            redact.triggered.connect(lambda _c=False, f=finding: self.redact(f))
            keep = menu.addAction(self.tr("“{text}” is not identifying").format(text=finding.text))
            keep.setObjectName("not-identifying")
            keep.triggered.connect(lambda _c=False, f=finding: self.host.mark_not_identifying(f))
        return menu

    def _show_menu(self) -> None:
        menu = self.build_menu()
        menu.exec(self.edit.mapToGlobal(self.edit.rect().bottomRight()))
        menu.deleteLater()

    def redact(self, finding: Finding) -> None:
        text = self.edit.text()
        if text[finding.start : finding.end] != finding.text:
            return  # the title changed since the scan; the next scan shows the truth
        placeholder = self.host.suggestion_for(finding)
        self.edit.setText(text[: finding.start] + placeholder + text[finding.end :])
        self.edit.textEdited.emit(self.edit.text())  # counts as the user's own edit
        self.rescan()


__all__ = ["RESCAN_DELAY_MS", "FindingsHost", "FindingsMarker", "TitleFindingsMarker"]
