"""The entry editor: every field of a CPD entry, with autosave and inline validation.

The editor never stores anything itself except its autosave draft: ``Save`` hands the entry
to ``EntryService.save`` and shows any :class:`ValidationError` beside the field it names.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDesktopServices,
    QHelpEvent,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QTextEdit,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.confidentiality import Finding, ScanContext, model, scan_entry, scan_text
from cpdlog.domain.entry import (
    ActivityType,
    Delivery,
    Entry,
    EntryStatus,
    Evidence,
    EvidenceKind,
    PeerReflection,
    Reflection,
    Source,
    validate_entry,
)
from cpdlog.domain.frameworks import Catalogue
from cpdlog.domain.templates import (
    CARRIED_OVER_KEY,
    CARRIED_OVER_PROMPT,
    CARRIED_OVER_SECTION,
    Template,
    TemplateSection,
    switch_template,
)
from cpdlog.errors import CpdlogError, ValidationError
from cpdlog.ui.drafts import Draft, DraftStore, draft_key, key_for
from cpdlog.ui.icons import icon
from cpdlog.ui.models.standards import StandardsFilterProxyModel, StandardsTreeModel
from cpdlog.ui.text import activity_label, format_date, plural, tr_domain
from cpdlog.ui.widgets.fields import (
    CountedTextEdit,
    DateField,
    FieldError,
    FileDropList,
    HoursSpinBox,
    TagsLineEdit,
)

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.ui.tasks import TaskRunner

AUTOSAVE_INTERVAL_MS = 3000
RESCAN_DELAY_MS = 300  # re-check a text area for identifying details once typing pauses
UrlCapture = Callable[[str], Entry]
PathRole = Qt.ItemDataRole.UserRole + 1
EvidenceRole = Qt.ItemDataRole.UserRole + 2
TopicRole = Qt.ItemDataRole.UserRole + 3


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _SectionEditor(QWidget):
    """One template prompt: its wording, guidance and a counted text area."""

    def __init__(self, prompt: str, guidance: str, required: bool, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(3)
        text = prompt + (" " + self.tr("(required)") if required else "")
        # The label has a buddy, so Qt would read an "&" in a prompt as a mnemonic.
        self.label = QLabel(text.replace("&", "&&"), self)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.guidance = QLabel(guidance, self)
        self.guidance.setWordWrap(True)
        self.guidance.setVisible(bool(guidance))
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.text = CountedTextEdit(self)
        # Screen readers hear "required" too, not only sighted users (the label's suffix).
        self.required = required
        self.text.edit.setAccessibleName(
            self.tr("{prompt} (required)").format(prompt=prompt) if required else prompt
        )
        self.text.edit.setAccessibleDescription(guidance)
        self.text.edit.setProperty("required", required)
        self.label.setBuddy(self.text.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.guidance)
        layout.addWidget(self.text)


def _utf16_offsets(text: str) -> list[int] | None:
    """Qt counts UTF-16 units, Python code points: the map between them, or None if equal."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    offsets, unit = [], 0
    for c in text:
        offsets.append(unit)
        unit += 2 if ord(c) >= 0x10000 else 1
    offsets.append(unit)
    return offsets


class FindingsMarker(QObject):
    """Underlines details that could identify someone in one text area, as the user types.

    Typing only restarts a timer; once typing pauses for ``RESCAN_DELAY_MS`` this one field is
    scanned (a few milliseconds for a long section) with the dialog's cached scan context.
    Hovering an underline explains it; its context menu offers Redact and Not identifying.
    """

    scanned = Signal()

    def __init__(self, edit: QPlainTextEdit, field: str, dialog: EntryEditorDialog) -> None:
        super().__init__(edit)
        self.edit = edit
        self.field = field
        self.dialog = dialog
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
        skip = self.dialog.dismissed_fingerprints
        context = self.dialog.scan_context()
        self.findings = [
            f
            for f in scan_text(text, self.field, context, wait_for_model=False)
            if f.fingerprint not in skip
        ]
        self.dialog.read_with_model(text, self.edit.toPlainText, self.rescan)
        offsets = _utf16_offsets(text)
        selections = []
        for finding in self.findings:
            start, end = finding.start, finding.end
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = self._format  # type: ignore[misc]
            selections.append(selection)
        self.edit.setExtraSelections(selections)
        self.scanned.emit()

    def finding_at(self, position: int) -> Finding | None:
        """The finding under a document position (UTF-16 units, as Qt counts)."""
        offsets = _utf16_offsets(self.edit.toPlainText())
        for finding in self.findings:
            start, end = finding.start, finding.end
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            if start <= position < end:
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
                    placeholder=self.dialog.suggestion_for(finding)
                )
            )
            redact.setObjectName("redact")
            redact.triggered.connect(lambda: self.redact(finding))
            keep = menu.addAction(self.tr("Not identifying"))
            keep.setObjectName("not-identifying")
            keep.setToolTip(tr_domain(finding.explanation))
            keep.triggered.connect(lambda: self.dialog.mark_not_identifying(finding))
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
        placeholder = self.dialog.suggestion_for(finding)
        offsets = _utf16_offsets(text)
        start, end = finding.start, finding.end
        if offsets is not None:
            start, end = offsets[start], offsets[end]
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

    def __init__(self, edit: QLineEdit, dialog: EntryEditorDialog) -> None:
        super().__init__(edit)
        self.edit = edit
        self.dialog = dialog
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
        skip = self.dialog.dismissed_fingerprints
        context = self.dialog.scan_context()
        self.findings = [
            f
            for f in scan_text(self.edit.text(), "title", context, wait_for_model=False)
            if f.fingerprint not in skip
        ]
        self.dialog.read_with_model(self.edit.text(), self.edit.text, self.rescan)
        lines = [
            self.tr("“{text}” — {label}: {explanation}").format(
                text=f.text, label=tr_domain(f.label), explanation=tr_domain(f.explanation)
            )
            for f in self.findings
        ]
        self.action.setVisible(bool(self.findings))
        self.action.setToolTip("\n".join(lines))
        self.edit.setAccessibleDescription(
            self.tr("The title may identify someone: {details}").format(details=" ".join(lines))
            if lines
            else ""
        )
        self.scanned.emit()

    def build_menu(self) -> QMenu:
        menu = QMenu(self.edit)
        for finding in self.findings:
            redact = menu.addAction(
                self.tr("Redact “{text}” (replace with {placeholder})").format(
                    text=finding.text, placeholder=self.dialog.suggestion_for(finding)
                )
            )
            redact.setObjectName("redact")
            redact.triggered.connect(lambda _c=False, f=finding: self.redact(f))
            keep = menu.addAction(self.tr("“{text}” is not identifying").format(text=finding.text))
            keep.setObjectName("not-identifying")
            keep.triggered.connect(lambda _c=False, f=finding: self.dialog.mark_not_identifying(f))
        return menu

    def _show_menu(self) -> None:
        menu = self.build_menu()
        menu.exec(self.edit.mapToGlobal(self.edit.rect().bottomRight()))
        menu.deleteLater()

    def redact(self, finding: Finding) -> None:
        text = self.edit.text()
        if text[finding.start : finding.end] != finding.text:
            return  # the title changed since the scan; the next scan shows the truth
        placeholder = self.dialog.suggestion_for(finding)
        self.edit.setText(text[: finding.start] + placeholder + text[finding.end :])
        self.edit.textEdited.emit(self.edit.text())  # counts as the user's own edit
        self.rescan()


class EntryEditorDialog(QDialog):
    """Add or edit one entry. Emits ``entry_saved`` with the stored entry."""

    entry_saved = Signal(object)
    draft_written = Signal(str)
    entry_dismissed = Signal(str)  # a finding's fingerprint, marked "not identifying"

    def __init__(
        self,
        app: App,
        entry: Entry | None = None,
        *,
        tasks: TaskRunner | None = None,
        drafts: DraftStore | None = None,
        draft: Draft | None = None,
        capture_url: UrlCapture | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.tasks = tasks
        self.drafts = drafts or DraftStore(app.paths.drafts, draft_key(app.data_key))
        self.capture_url = capture_url
        self._templates: dict[str, Template] = app.entries.templates()
        self._section_texts: dict[str, str] = {}
        self._section_editors: dict[str, _SectionEditor] = {}
        self._shown_template = ""
        self._dirty = False
        self._loading = False
        self._fetching = False
        self._saving = False
        self._revision = 0  # counts edits, so a save knows whether more came in meanwhile
        self._save_revision = 0

        if draft is not None:
            base = draft.entry
            self._draft_key = draft.key
            self._pending: list[Path] = list(draft.attachments)
        else:
            base = entry.copy() if entry is not None else self._blank_entry()
            self._draft_key = key_for(base.id)
            self._pending = []
        self._pending_certificates: set[str] = set()  # pending files to keep as certificates
        self._original = base.copy()
        self._entry_id = base.id
        self._meta = base  # uid, timestamps, feed item link: carried through unchanged
        # Confidentiality: markers per text area, and the "not identifying" choices (kept by
        # the service for a saved entry; for a new one, remembered here until it is saved).
        self._markers: dict[str, FindingsMarker] = {}
        self._practitioner = self._practitioner_name()
        self.dismissed_fingerprints: set[str] = set()
        self._unsaved_dismissals: set[str] = set()
        if base.uid:
            with contextlib.suppress(CpdlogError):
                self.dismissed_fingerprints = app.confidentiality.dismissed(base)

        self.setWindowTitle(
            self.tr("New CPD entry") if base.id is None else self.tr("Edit CPD entry")
        )
        self.setObjectName("EntryEditorDialog")
        self.setSizeGripEnabled(True)
        self.resize(860, 720)
        self._build()
        self._load(base)
        self.show_missing()
        self._watch(self.notes_edit.edit, "source.notes")
        self._watch(self.peer_text.edit, "peer.text")
        self.title_findings = TitleFindingsMarker(self.title_edit, self)
        self.title_findings.timer.start()
        if draft is not None:
            self._set_dirty()  # recovered text is not saved yet
        self.title_edit.setFocus()  # typing starts in the title, not on the tab bar

        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave.timeout.connect(self.save_draft_if_dirty)
        self._autosave.start()
        self._focus_connected = False
        app_instance = QApplication.instance()
        if isinstance(app_instance, QApplication):
            app_instance.focusChanged.connect(self._focus_changed)
            self._focus_connected = True

    # --- construction ----------------------------------------------------------------------
    def _blank_entry(self) -> Entry:
        entry = Entry(
            title="",
            activity_type=ActivityType.READING,
            start_date=self.app.clock().astimezone().date(),
        )
        try:
            template_id = self.app.profile.requirement_profile().default_template
        except CpdlogError:
            template_id = "swe"
        entry.reflection = Reflection(template_id if template_id in self._templates else "swe")
        return entry

    def _standards_catalogue(self) -> Catalogue:
        """All frameworks, the practitioner's regulator's first (e.g. NISCC for niscc)."""
        catalogue = self.app.entries.catalogue()
        try:
            return catalogue.prioritised(self.app.profile.requirement_profile().frameworks)
        except CpdlogError:
            return catalogue

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = FieldError(self)
        outer.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Entry sections"))
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_details(), self.tr("&Details"))
        self.tabs.addTab(self._build_reflection(), self.tr("&Reflection"))
        self.tabs.addTab(self._build_standards(), self.tr("S&tandards"))
        self.tabs.addTab(self._build_peer(), self.tr("&Peer reflection"))
        self.tabs.addTab(self._build_evidence(), self.tr("E&vidence"))

        # Completeness (trust-core): what is still missing, kept up to date as the user types.
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_label.setAccessibleName(self.tr("What is missing"))
        outer.addWidget(self.missing_label)
        bottom = QHBoxLayout()
        self.autosave_label = QLabel(self)
        self.autosave_label.setAccessibleName(self.tr("Autosave status"))
        bottom.addWidget(self.autosave_label, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Alt+S is the button's own mnemonic; Ctrl+S is a separate shortcut (a button's
        # setShortcut would replace the mnemonic, and Alt+S would type an "s").
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(lambda: self.save())
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(self.reject)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

    def _scroll(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        return area

    @staticmethod
    def _optional_date(
        parent: QWidget, check_text: str, accessible_name: str
    ) -> tuple[QWidget, QCheckBox, DateField]:
        """A tick box that turns on a date field beside it (end date, peer discussion date)."""
        holder = QWidget(parent)
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        check = QCheckBox(check_text, holder)
        edit = DateField(holder)
        edit.setEnabled(False)
        edit.setAccessibleName(accessible_name)
        check.toggled.connect(edit.setEnabled)
        layout.addWidget(check)
        layout.addWidget(edit)
        layout.addStretch(1)
        return holder, check, edit

    def _row(
        self,
        form: QFormLayout,
        text: str,
        field: QWidget,
        name: str,
        focus: QWidget | None = None,
    ) -> FieldError:
        """Add a labelled row with its own inline error underneath.

        ``focus`` is the control inside ``field`` that the label names (its buddy).
        """
        target = focus or field
        label = QLabel(text, field.parentWidget())
        label.setBuddy(target)
        row_name = label.text().replace("&", "").rstrip(":")
        if isinstance(target, QAbstractButton) and target.text():
            # A tick box is read by its own words; the row's label describes it.
            if not target.accessibleDescription():
                target.setAccessibleDescription(row_name)
        elif not target.accessibleName():
            target.setAccessibleName(row_name)
        box = QWidget(field.parentWidget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        error = FieldError(box)
        layout.addWidget(error)
        form.addRow(label, box)
        self._errors[name] = error
        self._error_tabs[name] = self.tabs.count()
        self._error_focus[name] = target
        return error

    def _build_details(self) -> QWidget:
        self._errors: dict[str, FieldError] = {}
        self._error_tabs: dict[str, int] = {}
        self._error_focus: dict[str, QWidget] = {}
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.title_edit = QLineEdit(page)
        self.title_edit.setPlaceholderText(self.tr("What was the learning?"))
        self._row(form, self.tr("T&itle:"), self.title_edit, "title")

        self.type_combo = QComboBox(page)
        for activity in ActivityType:
            self.type_combo.addItem(activity_label(activity), activity.value)
        self._row(form, self.tr("T&ype:"), self.type_combo, "activity_type")

        self.date_edit = DateField(page)
        self._row(form, self.tr("D&ate:"), self.date_edit, "date")

        ends, self.end_check, self.end_edit = self._optional_date(
            page, self.tr("Lasted more than one day, until"), self.tr("End date")
        )
        self._row(form, self.tr("&Ends:"), ends, "end_date", focus=self.end_check)
        self._error_focus["end_date"] = self.end_edit
        self._start_date = self.date_edit.date()
        self.date_edit.dateChanged.connect(self._start_changed)
        for field, name in ((self.date_edit, "date"), (self.end_edit, "end_date")):
            field.not_a_date.connect(lambda text, f=field, n=name: self._not_a_date(text, f, n))
            field.dateChanged.connect(lambda _d, n=name: self._errors[n].clear())

        self.hours_spin = HoursSpinBox(page)
        self._row(form, self.tr("&Hours:"), self.hours_spin, "hours")

        self.draft_check = QCheckBox(self.tr("Draft: not finished, so not counted yet"), page)
        self._row(form, self.tr("Stat&us:"), self.draft_check, "status")

        link = QWidget(page)
        link_layout = QHBoxLayout(link)
        link_layout.setContentsMargins(0, 0, 0, 0)
        self.url_edit = QLineEdit(link)
        self.url_edit.setPlaceholderText("https://")
        self.fetch_button = QPushButton(self.tr("&Fetch details"), link)
        self.fetch_button.setToolTip(
            self.tr("Read the page's title, author, site and date into the empty fields")
        )
        self.fetch_button.setAccessibleName(self.tr("Fetch details from the link"))
        self.fetch_button.setEnabled(self.capture_url is not None)
        self.fetch_button.clicked.connect(self.fetch_details)
        link_layout.addWidget(self.url_edit, 1)
        link_layout.addWidget(self.fetch_button)
        self._row(form, self.tr("&Link:"), link, "url", focus=self.url_edit)

        self.provider_edit = QLineEdit(page)
        self._row(form, self.tr("Pr&ovider or site:"), self.provider_edit, "provider")
        self.author_edit = QLineEdit(page)
        self._row(form, self.tr("Author or spea&ker:"), self.author_edit, "author")
        self.publication_edit = QLineEdit(page)
        self._row(form, self.tr("Pu&blication:"), self.publication_edit, "publication")

        self.tags_edit = TagsLineEdit(page)
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self.tags_edit.set_known_tags([t for t, _ in self.app.entries.tags()])
        self._row(form, self.tr("Ta&gs:"), self.tags_edit, "tags")

        # What regulators' rules look at: how it was delivered, the provider's approval
        # number, and the topics it covered (ethics, boundaries, ...).
        self.delivery_combo = QComboBox(page)
        self.delivery_combo.addItem(self.tr("Not stated"), None)
        for delivery in Delivery:
            self.delivery_combo.addItem(tr_domain(delivery.label), delivery.value)
        self.delivery_combo.setToolTip(
            self.tr("Some regulators limit self-study hours or ask for live learning")
        )
        self._row(form, self.tr("Ho&w it was delivered:"), self.delivery_combo, "delivery")
        self.approval_edit = QLineEdit(page)
        self.approval_edit.setPlaceholderText(
            self.tr("The provider's approval number with your regulator, if it has one")
        )
        self.approval_edit.setAccessibleName(self.tr("Provider approval number"))
        self._row(form, self.tr("Approval nu&mber:"), self.approval_edit, "provider_approval")
        self.topics_list = QListWidget(page)
        self.topics_list.setAccessibleName(self.tr("Topics covered"))
        self.topics_list.setAccessibleDescription(
            self.tr("Tick each topic the learning covered; press Space to tick")
        )
        try:
            known_topics = list(self.app.entries.topics().topics)
        except CpdlogError:
            known_topics = []
        for topic in known_topics:
            item = QListWidgetItem(tr_domain(topic.label), self.topics_list)
            item.setData(TopicRole, topic.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = max(1, min(8, len(known_topics)))
        row_height = max(self.topics_list.sizeHintForRow(0), self.fontMetrics().height() + 2)
        self.topics_list.setFixedHeight(row_height * rows + 2 * self.topics_list.frameWidth() + 4)
        self.topics_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._row(form, self.tr("Topi&cs:"), self.topics_list, "topics")

        self.notes_edit = CountedTextEdit(page)
        self.notes_edit.edit.setPlaceholderText(
            self.tr("Notes about the source (not your reflection)")
        )
        self.notes_edit.edit.setMinimumHeight(70)
        self._row(
            form, self.tr("Source &notes:"), self.notes_edit, "notes", focus=self.notes_edit.edit
        )
        return self._scroll(page)

    def _start_changed(self, start: QDate) -> None:
        """The end date follows the start while it is unset, the same, or would be before."""
        end = self.end_edit.date()
        if not self.end_check.isChecked() or end == self._start_date or end < start:
            self.end_edit.setDate(start)
        self._start_date = QDate(start)

    def _not_a_date(self, text: str, field: DateField, name: str) -> None:
        message = self.tr(
            "“{text}” is not a date, so it is still {date}. Type a date such as 14 Mar 2026."
        )
        date = format_date(_pydate(field.date()))
        self._errors[name].show_message(message.format(text=text.strip(), date=date))

    def _build_reflection(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QFormLayout()
        self.template_combo = QComboBox(page)
        for template in self._templates.values():
            self.template_combo.addItem(tr_domain(template.name), template.id)
        label = QLabel(self.tr("Te&mplate:"), page)
        label.setBuddy(self.template_combo)
        self.template_combo.setAccessibleName(self.tr("Reflection template"))
        top.addRow(label, self.template_combo)
        layout.addLayout(top)
        self.template_description = QLabel(page)
        self.template_description.setWordWrap(True)
        layout.addWidget(self.template_description)
        self.template_notice = QLabel(
            self.tr(
                "Your text has moved to the matching sections. Text this template has no "
                "section for is at the end, under “{title}”."
            ).format(title=tr_domain(CARRIED_OVER_PROMPT)),
            page,
        )
        self.template_notice.setObjectName("templateNotice")
        self.template_notice.setWordWrap(True)
        self.template_notice.hide()
        layout.addWidget(self.template_notice)
        self.model_note = QLabel(tr_domain(model.LIMITED_NOTE), page)
        self.model_note.setObjectName("names-check-limited")
        self.model_note.setWordWrap(True)
        self.model_note.setVisible(model.limited())
        layout.addWidget(self.model_note)
        self.reflection_error = FieldError(page)
        layout.addWidget(self.reflection_error)
        self._sections_host = QWidget(page)
        self._sections_layout = QVBoxLayout(self._sections_host)
        self._sections_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._sections_host)
        layout.addStretch(1)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self._errors["reflection"] = self.reflection_error
        self._errors["template"] = self.reflection_error
        self._error_tabs["reflection"] = self._error_tabs["template"] = 1
        self._error_focus["reflection"] = self._error_focus["template"] = self.template_combo
        return self._scroll(page)

    def _build_standards(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Tick the standards this learning helps you meet."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        search_row = QHBoxLayout()
        self.standards_search = QLineEdit(page)
        self.standards_search.setClearButtonEnabled(True)
        self.standards_search.setPlaceholderText(
            self.tr("Search standards, e.g. 4.6 or reflection")
        )
        search_label = QLabel(self.tr("S&earch:"), page)
        search_label.setBuddy(self.standards_search)
        self.standards_search.setAccessibleName(self.tr("Search standards"))
        search_row.addWidget(search_label)
        search_row.addWidget(self.standards_search, 1)
        layout.addLayout(search_row)
        self.standards_model = StandardsTreeModel(self._standards_catalogue(), self)
        self.standards_proxy = StandardsFilterProxyModel(self)
        self.standards_proxy.setSourceModel(self.standards_model)
        self.standards_tree = QTreeView(page)
        self.standards_tree.setModel(self.standards_proxy)
        self.standards_tree.setHeaderHidden(True)
        self.standards_tree.setUniformRowHeights(False)
        self.standards_tree.setWordWrap(True)
        self.standards_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.standards_tree.setAccessibleName(self.tr("Professional standards"))
        self.standards_tree.expandToDepth(0)
        layout.addWidget(self.standards_tree, 1)
        self.standards_error = FieldError(page)
        layout.addWidget(self.standards_error)
        self.standards_count = QLabel(page)
        layout.addWidget(self.standards_count)
        self.standards_search.textChanged.connect(self._filter_standards)
        self.standards_model.selection_changed.connect(self._standards_changed)
        self._errors["standards"] = self.standards_error
        self._error_tabs["standards"] = 2
        self._error_focus["standards"] = self.standards_tree
        return page

    def _build_peer(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        explain = QLabel(
            self.tr(
                "Regulators such as Social Work England ask for at least one piece of CPD a "
                "year that you have discussed with a peer. Say what you learnt from the "
                "discussion; names are not needed, a role is enough."
            ),
            page,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.peer_group = QGroupBox(self.tr("I d&iscussed this with a peer"), page)
        self.peer_group.setCheckable(True)
        self.peer_group.setChecked(False)
        form = QFormLayout(self.peer_group)
        self.peer_name_edit = QLineEdit(self.peer_group)
        self._row(form, self.tr("&Name (optional):"), self.peer_name_edit, "peer_name")
        self.peer_role_edit = QLineEdit(self.peer_group)
        self.peer_role_edit.setPlaceholderText(self.tr("For example: practice supervisor"))
        self._row(form, self.tr("R&ole:"), self.peer_role_edit, "peer_role")
        when, self.peer_date_check, self.peer_date_edit = self._optional_date(
            self.peer_group, self.tr("On"), self.tr("Date of the discussion")
        )
        self._row(form, self.tr("&When:"), when, "peer_date", focus=self.peer_date_check)
        self._error_focus["peer_date"] = self.peer_date_edit
        self.peer_date_edit.not_a_date.connect(
            lambda text: self._not_a_date(text, self.peer_date_edit, "peer_date")
        )
        self.peer_text = CountedTextEdit(self.peer_group)
        self.peer_text.edit.setMinimumHeight(140)
        self.peer_text.edit.setAccessibleName(self.tr("What you learnt from the discussion"))
        self._row(
            form,
            self.tr("What you &learnt from it:"),
            self.peer_text,
            "peer_text",
            focus=self.peer_text.edit,
        )
        for name in ("peer_name", "peer_role", "peer_date", "peer_text"):
            self._error_tabs[name] = 3
        layout.addWidget(self.peer_group)
        layout.addStretch(1)
        return self._scroll(page)

    def _build_evidence(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        explain = QLabel(
            self.tr(
                "Certificates, slides or notes to keep with this entry. Drag files here or "
                "use Add. cpdlog keeps its own copy in your data folder."
            ),
            page,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.evidence_list = FileDropList(page)
        self.evidence_list.setAccessibleName(self.tr("Evidence files"))
        self.evidence_list.files_dropped.connect(self.add_attachments)
        self.evidence_list.itemActivated.connect(lambda _item: self._open_evidence())
        layout.addWidget(self.evidence_list, 1)
        self.certificate_check = QCheckBox(
            self.tr("&Certificate: this file shows I completed the learning"), page
        )
        self.certificate_check.setToolTip(
            self.tr("Some regulators ask to see a certificate of completion when they check")
        )
        self.certificate_check.toggled.connect(self._certificate_toggled)
        layout.addWidget(self.certificate_check)
        self.evidence_error = FieldError(page)
        layout.addWidget(self.evidence_error)
        buttons = QHBoxLayout()
        self.add_evidence_button = QPushButton(icon("add"), self.tr("&Add…"), page)
        self.open_evidence_button = QPushButton(icon("open"), self.tr("&Open"), page)
        self.remove_evidence_button = QPushButton(icon("remove"), self.tr("Re&move"), page)
        for button in (
            self.add_evidence_button,
            self.open_evidence_button,
            self.remove_evidence_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_evidence_button.clicked.connect(self._choose_evidence)
        self.open_evidence_button.clicked.connect(self._open_evidence)
        self.remove_evidence_button.clicked.connect(self._remove_evidence)
        self.evidence_list.currentRowChanged.connect(self._evidence_selection_changed)
        self._errors["evidence"] = self.evidence_error
        self._error_tabs["evidence"] = 4
        self._error_focus["evidence"] = self.evidence_list
        self._evidence_selection_changed()
        return page

    # --- loading and collecting ------------------------------------------------------------
    def _load(self, entry: Entry) -> None:
        self._loading = True
        try:
            self.title_edit.setText(entry.title)
            self.type_combo.setCurrentIndex(
                max(0, self.type_combo.findData(entry.activity_type.value))
            )
            self.date_edit.setDate(_qdate(entry.start_date))
            self.end_check.setChecked(entry.end_date is not None)
            self.end_edit.setDate(_qdate(entry.end_date or entry.start_date))
            self.hours_spin.setValue(entry.hours)
            self.draft_check.setChecked(entry.is_draft)
            self.url_edit.setText(entry.source.url)
            self.provider_edit.setText(entry.source.provider)
            self.author_edit.setText(entry.source.author)
            self.publication_edit.setText(entry.source.publication)
            self.notes_edit.set_text(entry.source.notes)
            self.tags_edit.set_tags(entry.tags)
            delivery = entry.delivery.value if entry.delivery is not None else None
            self.delivery_combo.setCurrentIndex(max(0, self.delivery_combo.findData(delivery)))
            self.approval_edit.setText(entry.provider_approval)
            self._set_topics(entry.topics)
            self._section_texts = dict(entry.reflection.sections)
            index = self.template_combo.findData(entry.reflection.template_id)
            if index < 0:
                self.template_combo.addItem(
                    entry.reflection.template_id, entry.reflection.template_id
                )
                index = self.template_combo.count() - 1
            self.template_combo.setCurrentIndex(index)
            self._show_sections(entry.reflection.template_id)
            self.standards_model.set_checked_ids(entry.standards)
            peer = entry.peer
            self.peer_group.setChecked(peer is not None)
            self.peer_name_edit.setText(peer.name if peer else "")
            self.peer_role_edit.setText(peer.role if peer else "")
            self.peer_date_check.setChecked(bool(peer and peer.date))
            self.peer_date_edit.setDate(_qdate((peer.date if peer else None) or entry.start_date))
            self.peer_text.set_text(peer.text if peer else "")
            self._evidence = list(entry.evidence)
            self._refresh_evidence_list()
        finally:
            self._loading = False
        self._connect_dirty()
        self._standards_changed()

    def _connect_dirty(self) -> None:
        if getattr(self, "_dirty_connected", False):
            return
        self._dirty_connected = True
        for line in (
            self.title_edit,
            self.url_edit,
            self.provider_edit,
            self.author_edit,
            self.publication_edit,
            self.tags_edit,
            self.peer_name_edit,
            self.peer_role_edit,
            self.approval_edit,
        ):
            line.textEdited.connect(self._set_dirty)
        self.title_edit.textEdited.connect(lambda _t: self._errors["title"].clear())
        self.topics_list.itemChanged.connect(self._set_dirty)
        for combo in (self.type_combo, self.template_combo, self.delivery_combo):
            combo.currentIndexChanged.connect(self._set_dirty)
        for date in (self.date_edit, self.end_edit, self.peer_date_edit):
            date.dateChanged.connect(self._set_dirty)
        for check in (self.end_check, self.draft_check, self.peer_date_check):
            check.toggled.connect(self._set_dirty)
        self.peer_group.toggled.connect(self._set_dirty)
        self.hours_spin.valueChanged.connect(self._set_dirty)
        self.hours_spin.valueChanged.connect(lambda _v: self._errors["hours"].clear())
        self.notes_edit.text_changed.connect(self._set_dirty)
        self.peer_text.text_changed.connect(self._set_dirty)
        self.standards_model.selection_changed.connect(self._set_dirty)

    def _set_dirty(self, *_args: Any) -> None:
        if self._loading:
            return
        self._revision += 1
        self.show_missing()
        if not self._dirty:
            self._dirty = True
            self.autosave_label.setText(self.tr("Unsaved changes"))

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def entry_id(self) -> int | None:
        return self._entry_id

    def mark_unsaved(self) -> None:
        """Treat the loaded text as unsaved (a prefilled draft) so it is autosaved."""
        self._set_dirty()

    def show_missing(self) -> list[str]:
        """Say under the form what the entry still needs to be complete; returns the items.

        Saving an entry that misses something stores it as a draft (the service decides; this
        only tells the user beforehand, in the words the domain rule uses)."""
        from cpdlog.domain.completion import MissingKind, missing_items

        if not hasattr(self, "_completion_profile"):
            try:
                self._completion_profile: Any = self.app.profile.requirement_profile()
            except CpdlogError:
                self._completion_profile = None
        entry = self.collect()
        found = missing_items(
            entry, self._templates.get(entry.reflection.template_id), self._completion_profile
        )
        items = [
            self.tr("the “{section}” section").format(section=tr_domain(m.prompt))
            if m.kind is MissingKind.SECTION
            else self.tr("hours above 0")
            if m.kind is MissingKind.HOURS
            else self.tr("a written reflection")
            for m in found
        ]
        if not items:
            self.missing_label.clear()
            self.missing_label.hide()
            return items
        listed = (
            items[0]
            if len(items) == 1
            else self.tr("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])
        )
        self.missing_label.setText(
            self.tr(
                "Not finished yet: it still needs {missing}. Saving keeps it as a draft, "
                "which does not count towards your CPD."
            ).format(missing=listed)
        )
        self.missing_label.show()
        return items

    def collect(self) -> Entry:
        """The entry as the form shows it (not yet validated)."""
        self._store_section_texts()
        template = self._templates.get(self.template_combo.currentData())
        keys = [*template.keys, CARRIED_OVER_KEY] if template else list(self._section_texts)
        sections = {
            k: self._section_texts[k] for k in keys if self._section_texts.get(k, "").strip()
        }
        peer = None
        if self.peer_group.isChecked():
            peer = PeerReflection(
                name=self.peer_name_edit.text().strip(),
                role=self.peer_role_edit.text().strip(),
                date=_pydate(self.peer_date_edit.date())
                if self.peer_date_check.isChecked()
                else None,
                text=self.peer_text.text(),
            )
        entry = self._meta.copy()
        entry.id = self._entry_id
        entry.title = self.title_edit.text()
        entry.activity_type = ActivityType(self.type_combo.currentData())
        entry.start_date = _pydate(self.date_edit.date())
        entry.end_date = _pydate(self.end_edit.date()) if self.end_check.isChecked() else None
        entry.hours = self.hours_spin.value()
        entry.status = EntryStatus.DRAFT if self.draft_check.isChecked() else EntryStatus.COMPLETE
        entry.source = Source(
            url=self.url_edit.text().strip(),
            provider=self.provider_edit.text().strip(),
            author=self.author_edit.text().strip(),
            publication=self.publication_edit.text().strip(),
            notes=self.notes_edit.text(),
        )
        entry.reflection = Reflection(str(self.template_combo.currentData()), sections)
        entry.peer = peer
        entry.standards = self.standards_model.checked_ids()
        entry.tags = self.tags_edit.tags()
        delivery = self.delivery_combo.currentData()
        entry.delivery = Delivery(delivery) if delivery else None
        entry.provider_approval = self.approval_edit.text().strip()
        entry.topics = self.checked_topics()
        entry.evidence = list(self._evidence)
        return entry

    def _set_topics(self, topic_ids: list[str]) -> None:
        wanted = set(topic_ids)
        shown = set()
        for i in range(self.topics_list.count()):
            item = self.topics_list.item(i)
            tid = item.data(TopicRole)
            shown.add(tid)
            checked = tid in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for tid in topic_ids:  # a topic the data file no longer lists is kept, not dropped
            if tid not in shown:
                item = QListWidgetItem(tid, self.topics_list)
                item.setData(TopicRole, tid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)

    def checked_topics(self) -> list[str]:
        """The ids of the ticked topics, in the list's order."""
        return [
            str(item.data(TopicRole))
            for i in range(self.topics_list.count())
            if (item := self.topics_list.item(i)).checkState() == Qt.CheckState.Checked
        ]

    # --- reflection sections ---------------------------------------------------------------
    def _store_section_texts(self) -> None:
        for key, editor in self._section_editors.items():
            self._section_texts[key] = editor.text.text()

    def _show_sections(self, template_id: str) -> None:
        """Show the template's sections (and the carried-over one if it holds text) with
        the texts in ``_section_texts``, which must already be the current template's."""
        markers = getattr(self, "_markers", {})
        for field in [f for f in markers if f.startswith("reflection.")]:
            markers.pop(field).timer.stop()  # its text area is going: no late rescan
        for editor in self._section_editors.values():
            self._sections_layout.removeWidget(editor)
            editor.hide()
            editor.deleteLater()  # still the dialog's child, so it never outlives it
        self._section_editors = {}
        self._shown_template = template_id
        template = self._templates.get(template_id)
        self.template_description.setText(tr_domain(template.description) if template else "")
        if template is None:
            sections = [TemplateSection(k, k) for k in self._section_texts if k != CARRIED_OVER_KEY]
        else:
            sections = list(template.sections)
        if self._section_texts.get(CARRIED_OVER_KEY, "").strip():
            sections.append(CARRIED_OVER_SECTION)
        for section in sections:
            editor = _SectionEditor(
                tr_domain(section.prompt),
                tr_domain(section.guidance),
                section.required,
                self._sections_host,
            )
            editor.text.set_text(self._section_texts.get(section.key, ""))
            editor.text.text_changed.connect(self._set_dirty)
            self._watch(editor.text.edit, f"reflection.{section.key}")
            editor.setObjectName(f"section-{section.key}")
            self._sections_layout.addWidget(editor)
            self._section_editors[section.key] = editor
        previous: QWidget = self.template_combo
        for editor in self._section_editors.values():
            QWidget.setTabOrder(previous, editor.text.edit)
            previous = editor.text.edit

    def _template_changed(self, _index: int) -> None:
        """Carry the text to the new template's sections, then keep the draft at once."""
        if self._loading:
            return
        self._store_section_texts()
        target_id = str(self.template_combo.currentData())
        target = self._templates.get(target_id)
        if target is not None:
            self._section_texts = switch_template(
                self._section_texts,
                self._templates.get(self._shown_template),
                target,
                self._templates.values(),
                tr_domain,
            )
        self._show_sections(target_id)
        carried = CARRIED_OVER_KEY in self._section_editors
        self.template_notice.setVisible(carried)
        self._set_dirty()
        self.save_draft_if_dirty()

    def section_edit(self, key: str) -> CountedTextEdit:
        return self._section_editors[key].text

    # --- confidentiality -------------------------------------------------------------------
    def _practitioner_name(self) -> str:
        try:
            return self.app.profile.get().name
        except CpdlogError:
            return ""

    def _watch(self, edit: QPlainTextEdit, field: str) -> None:
        marker = FindingsMarker(edit, field, self)
        self._markers[field] = marker
        marker.timer.start()  # the loaded text is checked once the dialog is up

    def findings_marker(self, field: str) -> FindingsMarker:
        """The marker of a text area: ``source.notes``, ``peer.text``, ``reflection.<key>``."""
        return self._markers[field]

    def read_with_model(
        self, text: str, current: Callable[[], str], done: Callable[[], None]
    ) -> None:
        """Have the names model read ``text`` on a worker, then call ``done`` if it is unchanged.

        The model loads on the first call (a second or two), never on the GUI thread; until
        it has read a text the rules alone mark it.
        """
        if self.tasks is None or model.limited() or not text.strip():
            self._show_model_note()
            return
        if model.entities([text], load=False) is not None:
            return

        def finished(_: object) -> None:
            if not shiboken6.isValid(self.model_note):
                return  # the editor was closed while the model read: nothing left to mark
            self._show_model_note()
            if current() == text:
                done()

        self.tasks.start(lambda: model.entities([text]), finished, lambda _: None)

    def _show_model_note(self) -> None:
        self.model_note.setVisible(model.limited())

    def scan_context(self) -> ScanContext:
        peer = self.peer_name_edit.text() if self.peer_group.isChecked() else ""
        return ScanContext.build(self._practitioner, peer)

    def suggestion_for(self, finding: Finding) -> str:
        """The placeholder for a finding, the same for a person across the whole entry."""
        for other in scan_entry(self.collect(), self._practitioner, wait_for_model=False):
            if other.field == finding.field and other.fingerprint == finding.fingerprint:
                return other.suggestion
        return finding.suggestion

    def mark_not_identifying(self, finding: Finding) -> None:
        """Stop flagging this detail in this entry (for a saved entry, stored at once)."""
        self.dismissed_fingerprints.add(finding.fingerprint)
        if self._entry_id is not None and self._meta.uid:
            try:
                self.app.confidentiality.dismiss_in(self.collect(), [finding.fingerprint])
            except CpdlogError as exc:
                self.banner.show_message(str(exc))
        else:
            self._unsaved_dismissals.add(finding.fingerprint)
        for marker in self._markers.values():
            marker.rescan()
        self.title_findings.rescan()
        self.entry_dismissed.emit(finding.fingerprint)

    def _keep_dismissals(self, saved: Entry) -> None:
        """After the first save, store the choices made while the entry was a draft."""
        if not self._unsaved_dismissals:
            return
        present = {
            f.fingerprint for f in scan_entry(saved, self._practitioner, wait_for_model=False)
        }
        wanted = self._unsaved_dismissals & present
        if wanted:
            with contextlib.suppress(CpdlogError):
                self.app.confidentiality.dismiss_in(saved, wanted)
        self._unsaved_dismissals.clear()

    # --- standards -------------------------------------------------------------------------
    def _filter_standards(self, text: str) -> None:
        self.standards_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.standards_tree.expandAll()
        else:
            self.standards_tree.collapseAll()
            self.standards_tree.expandToDepth(0)

    def _standards_changed(self) -> None:
        n = len(self.standards_model.checked_ids())
        self.standards_count.setText(
            plural("EntryEditorDialog", n, "%n standard ticked", "%n standards ticked")
        )
        self.standards_error.clear()

    # --- evidence --------------------------------------------------------------------------
    def _refresh_evidence_list(self) -> None:
        self.evidence_list.clear()
        for ev in self._evidence:
            text = f"{ev.filename}  ({_size(ev.size)})"
            if ev.is_certificate:
                text = self.tr("{file}  (certificate)").format(file=text)
            item = QListWidgetItem(icon("open"), text)
            item.setData(EvidenceRole, ev.sha256)
            item.setToolTip(ev.filename)
            self.evidence_list.addItem(item)
        for path in self._pending:
            text = (
                self.tr("{name}  (certificate, will be added when you save)")
                if str(path) in self._pending_certificates
                else self.tr("{name}  (will be added when you save)")
            )
            item = QListWidgetItem(icon("add"), text.format(name=path.name))
            item.setData(PathRole, str(path))
            item.setToolTip(str(path))
            self.evidence_list.addItem(item)
        self._evidence_selection_changed()

    def _evidence_selection_changed(self, *_args: Any) -> None:
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
        if getattr(self, "_showing_certificate", False):
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
        self._refresh_evidence_list()
        self.evidence_list.setCurrentRow(row)
        self._set_dirty()

    def add_attachments(self, paths: list[Path]) -> None:
        known = {p.resolve() for p in self._pending}
        for path in paths:
            if path.is_file() and path.resolve() not in known:
                self._pending.append(path)
                known.add(path.resolve())
        self._refresh_evidence_list()
        self._set_dirty()
        self.evidence_error.clear()

    def pending_attachments(self) -> list[Path]:
        return list(self._pending)

    def _choose_evidence(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence"))
        if files:
            self.add_attachments([Path(f) for f in files])

    def _open_evidence(self) -> None:
        item = self.evidence_list.currentItem()
        if item is None:
            return
        path_text = item.data(PathRole)
        sha = item.data(EvidenceRole)
        name = str(item.toolTip() or "")
        path = Path(path_text) if path_text else self.app.entries.evidence_path(str(sha), name)
        if path is None:
            self.evidence_error.setText(
                self.tr("This file is missing from the cpdlog data folder.")
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _remove_evidence(self) -> None:
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
        self._refresh_evidence_list()
        self._set_dirty()

    # --- fetch details ---------------------------------------------------------------------
    def fetch_details(self) -> None:
        url = self.url_edit.text().strip()
        if not url:
            self._errors["url"].show_message(self.tr("Type or paste a link first."))
            self.url_edit.setFocus()
            return
        if self.capture_url is None or self._fetching:
            return
        self._errors["url"].clear()
        self._fetching = True
        self.fetch_button.setEnabled(False)
        self.fetch_button.setText(self.tr("Fetching…"))
        capture = self.capture_url
        if self.tasks is None:
            try:
                self._apply_capture(capture(url))
            except CpdlogError as exc:
                self._capture_failed(exc)
            return
        self.tasks.start(lambda: capture(url), self._apply_capture, self._capture_failed)

    def _end_fetch(self) -> None:
        self._fetching = False
        self.fetch_button.setEnabled(True)
        self.fetch_button.setText(self.tr("&Fetch details"))

    def _capture_failed(self, error: BaseException) -> None:
        self._end_fetch()
        message = (
            str(error) if isinstance(error, CpdlogError) else self.tr("The page could not be read.")
        )
        self._errors["url"].show_message(message)

    def _apply_capture(self, captured: object) -> None:
        self._end_fetch()
        if not isinstance(captured, Entry):
            return
        fresh = not self.title_edit.text().strip()
        fills = (
            (self.title_edit, captured.title),
            (self.provider_edit, captured.source.provider),
            (self.author_edit, captured.source.author),
            (self.publication_edit, captured.source.publication),
        )
        for edit, value in fills:
            if value and not edit.text().strip():
                edit.setText(value)
        if captured.source.url:
            self.url_edit.setText(captured.source.url)
        if captured.source.notes and not self.notes_edit.text().strip():
            self.notes_edit.set_text(captured.source.notes)
        if fresh:
            self.type_combo.setCurrentIndex(
                max(0, self.type_combo.findData(captured.activity_type.value))
            )
            self.date_edit.setDate(_qdate(captured.start_date))
            if self.hours_spin.value() == 0 and captured.hours:
                self.hours_spin.setValue(captured.hours)
        # The page's readable snapshot (already in the evidence store) joins the evidence.
        known = {ev.sha256 for ev in self._evidence}
        added = [ev for ev in captured.evidence if ev.sha256 not in known]
        if added:
            self._evidence.extend(added)
            self._refresh_evidence_list()
        self._set_dirty()
        self.autosave_label.setText(self.tr("Details fetched: check them before saving"))

    # --- autosave --------------------------------------------------------------------------
    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old):
            self.save_draft_if_dirty()

    def save_draft_if_dirty(self) -> bool:
        if not self._dirty or self._loading:
            return False
        try:
            path = self.drafts.save(
                Draft(self._draft_key, self.collect(), list(self._pending)), self.app.clock()
            )
        except (OSError, ValueError) as exc:
            self.autosave_label.setText(self.tr("Autosave failed: {error}").format(error=exc))
            return False
        now = dt.datetime.now().strftime("%H:%M:%S")
        self.autosave_label.setText(self.tr("Draft kept safe at {time}").format(time=now))
        self.draft_written.emit(str(path))
        return True

    @property
    def draft_key(self) -> str:
        return self._draft_key

    def _stop_autosave(self) -> None:
        """Stop the timer and the focus hook (once: a second disconnect makes Qt warn)."""
        self._autosave.stop()
        if not self._focus_connected:
            return
        self._focus_connected = False
        app_instance = QApplication.instance()
        if isinstance(app_instance, QApplication):
            app_instance.focusChanged.disconnect(self._focus_changed)

    # --- saving ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.banner.clear()
        for error in self._errors.values():
            error.clear()

    def show_error(self, error: ValidationError) -> None:
        """Put the message beside the field it is about, and take the user there."""
        name = error.field or ""
        aliases = {"start_date": "date", "type": "activity_type", "peer": "peer_text"}
        name = aliases.get(name, name)
        target = self._errors.get(name)
        if target is None:
            self.banner.show_message(str(error))
            return
        target.show_message(str(error))
        self.tabs.setCurrentIndex(self._error_tabs.get(name, 0))
        focus = self._error_focus.get(name)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def saving(self) -> bool:
        """A save is running on a worker (the editor cannot be closed meanwhile)."""
        return self._saving

    def _precheck(self, entry: Entry) -> None:
        """The entry's own rules, checked at once (no files, no database) so problems
        show beside their field before anything is copied; the service checks again."""
        probe = validate_entry(entry.copy())
        template = self._templates.get(probe.reflection.template_id)
        if template is not None:
            template.check_sections(probe.reflection.sections)

    def save(self, *, as_draft: bool = False) -> None:
        """Store the entry; attachments are copied and hashed on a worker, never here.

        The dialog closes once the entry is stored, unless the user changed something
        while it was saving (then it stays open with those changes unsaved)."""
        if self._saving:
            return
        self.clear_errors()
        # Ctrl+S or Alt+S may come before a date field's editing ends: take what is typed,
        # and if it is not a date, say so there rather than save the date it still holds.
        dates = (
            (self.date_edit, "date"),
            (self.end_edit, "end_date"),
            (self.peer_date_edit, "peer_date"),
        )
        for field, name in dates:
            if not field.commit():
                self.tabs.setCurrentIndex(self._error_tabs.get(name, 0))
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        entry = self.collect()
        if as_draft:
            entry.status = EntryStatus.DRAFT
            if not entry.title.strip():
                entry.title = self.tr("Untitled draft started {date}").format(
                    date=format_date(self.app.clock().astimezone().date())
                )
        if not entry.title.strip():
            self.show_error(ValidationError(self.tr("Every entry needs a title."), field="title"))
            return
        try:
            self._precheck(entry)
        except ValidationError as exc:
            self.show_error(exc)
            return
        pending = list(self._pending)
        plain = [p for p in pending if str(p) not in self._pending_certificates]
        certificates = [p for p in pending if str(p) in self._pending_certificates]
        self._set_saving(True)
        self._save_revision = self._revision
        store = self.app.entries
        if self.tasks is None:
            try:
                saved = _store(store, entry, plain, certificates)
            except Exception as exc:  # reported to the user, as from a worker
                self._save_failed(exc)
            else:
                self._saved(saved, pending)
            return
        self.tasks.start(
            lambda: _store(store, entry, plain, certificates),
            lambda result: self._saved(result, pending),
            self._save_failed,
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("&Save"))
        if saving:
            self.autosave_label.setText(self.tr("Saving the entry…"))

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, ValidationError):
            self.show_error(error)
        elif isinstance(error, CpdlogError):
            self.banner.show_message(str(error))
        else:
            self.banner.show_message(
                self.tr("The entry could not be saved: {error}").format(error=error)
            )
        self.autosave_label.setText(self.tr("Not saved: your text is still here"))

    def _saved(self, saved: object, attached: list[Path]) -> None:
        self._set_saving(False)
        if not isinstance(saved, Entry):
            return
        self._keep_dismissals(saved)
        self.drafts.remove(self._draft_key)
        self._entry_id = saved.id
        self._meta = saved.copy()
        self._evidence = list(saved.evidence)
        self._pending = [p for p in self._pending if p not in attached]
        self._pending_certificates &= {str(p) for p in self._pending}
        self._draft_key = key_for(saved.id)
        self.setWindowTitle(self.tr("Edit CPD entry"))
        self.entry_saved.emit(saved)
        if self._revision != self._save_revision:
            # Typed while it was saving: keep the dialog and those words.
            self._refresh_evidence_list()
            self.autosave_label.setText(
                self.tr("Saved, but you have changed it since: save again to keep the changes")
            )
            self.save_draft_if_dirty()
            return
        self._stop_autosave()
        self._dirty = False
        self.accept()

    def reject(self) -> None:
        if self._saving:
            self.autosave_label.setText(self.tr("Still saving: the editor closes when it is done"))
            return
        if self._dirty:
            choice = ask_unsaved_changes(self)
            if choice is CloseChoice.SAVE_DRAFT:
                self.save(as_draft=True)
                return
            if choice is not CloseChoice.DISCARD:
                return
        self.discard()

    def discard(self) -> None:
        """Close without saving and forget the autosaved draft."""
        self._stop_autosave()
        self.drafts.remove(self._draft_key)
        self._dirty = False
        super().reject()

    def close_keeping_draft(self) -> bool:
        """Close for the auto-lock: unsaved text is autosaved first (sealed in an encrypted
        journal) and offered back after unlocking. False (the editor stays open, its text
        untouched) while it is saving or if the draft could not be written."""
        if self._saving or (self._dirty and not self.save_draft_if_dirty()):
            return False
        self._stop_autosave()
        self._dirty = False
        QDialog.reject(self)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty or self._saving:
            event.ignore()
            self.reject()
            return
        self._stop_autosave()
        super().closeEvent(event)

    def select_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def evidence_items(self) -> list[str]:
        return [self.evidence_list.item(i).text() for i in range(self.evidence_list.count())]

    def standards_index(self, standard_id: str) -> QModelIndex:
        return self.standards_proxy.mapFromSource(
            self.standards_model.index_of_standard(standard_id)
        )


def _store(store: Any, entry: Entry, attachments: list[Path], certificates: list[Path]) -> Entry:
    """Add or update ``entry``, copying in its new files (``certificates`` kept as such)."""
    if entry.id is None:
        return store.add(entry, attachments, certificates=certificates)  # type: ignore[no-any-return]
    return store.update(entry, attachments, certificates=certificates)  # type: ignore[no-any-return]


class CloseChoice(Enum):
    SAVE_DRAFT = "draft"
    DISCARD = "discard"
    CANCEL = "cancel"


def unsaved_changes_box(parent: QWidget) -> QMessageBox:
    """The question asked when an editor with unsaved changes is closed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EntryEditorDialog", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "EntryEditorDialog", "This entry has changes that are not saved."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "EntryEditorDialog",
            "Save it as a draft to finish later (a draft is kept but not counted yet), "
            "or discard the changes.",
        )
    )
    draft = box.addButton(
        QCoreApplication.translate("EntryEditorDialog", "&Save as draft"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    draft.setObjectName("save-as-draft")
    discard = box.addButton(
        QCoreApplication.translate("EntryEditorDialog", "&Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setObjectName("discard")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    box.setDefaultButton(draft)
    box.setEscapeButton(cancel)
    return box


def ask_unsaved_changes(parent: QWidget) -> CloseChoice:
    box = unsaved_changes_box(parent)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else "cancel"
    box.deleteLater()
    return {"save-as-draft": CloseChoice.SAVE_DRAFT, "discard": CloseChoice.DISCARD}.get(
        name, CloseChoice.CANCEL
    )


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


__all__ = ["EntryEditorDialog", "Evidence"]
