"""Export a PDF portfolio: choose what goes in, watch it being made, open it or preview it.

The panel is used twice: as the Export page (with a QtPdf preview) and inside
:class:`ExportDialog` (Ctrl+E). Rendering runs on a worker thread through
``PortfolioService.export`` with a progress callback and a cancel event.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cpdlog.domain.entry import Entry
from cpdlog.domain.search import EntryFilter
from cpdlog.errors import CpdlogError
from cpdlog.ui.a11y import describe_close
from cpdlog.ui.icons import icon
from cpdlog.ui.text import format_date, format_long_date, plural, tr_domain
from cpdlog.ui.widgets.fields import FieldError
from cpdlog.ui.widgets.screen_fit import resize_within
from cpdlog.ui.widgets.wrap_row import wrap_row
from cpdlog.ui.widgets.wrapping import WrappingCheckBox, WrappingRadioButton

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.services.confidentiality import ConfidentialityService
    from cpdlog.services.entries import EntryService
    from cpdlog.services.portfolio import PortfolioService
    from cpdlog.services.practitioner import PractitionerService
    from cpdlog.services.progress import ProgressService
    from cpdlog.ui.tasks import Task, TaskRunner

PREVIEW_LIMIT = 300


@dataclass(frozen=True, slots=True)
class ExportServices:
    """What the export form uses: the PDF itself, the confidentiality check before it, the
    entries it lists and the periods it offers."""

    portfolio: PortfolioService
    confidentiality: ConfidentialityService
    entries: EntryService
    progress: ProgressService
    profile: PractitionerService

    @classmethod
    def of(cls, app: App) -> ExportServices:
        return cls(app.portfolio, app.confidentiality, app.entries, app.progress, app.profile)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _period(start: dt.date, end: dt.date) -> Any:
    from cpdlog.domain.requirements import Period

    return Period(start, end)


class ExportPanel(QWidget):
    """The export form, progress and result. Emits ``exported(path)`` when a PDF is written."""

    exported = Signal(str)
    failed = Signal(str)
    dismissed = Signal(int, str)  # a finding marked "not identifying": entry id, fingerprint
    checked = Signal()  # a confidentiality check ended and its findings are shown

    def __init__(
        self, services: ExportServices, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.portfolio = services.portfolio
        self.tasks = tasks
        self.task: Task | None = None
        self.result: Any = None
        self._candidates: list[int] = []
        self._note_generation = 0
        self._build()
        self._reset_period()
        self.set_candidates([])
        self._show_layout_fields()

    # --- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a label goes above its field when both do not fit on one line (Welsh, large text)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.period_combo = QComboBox(self)
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.setAccessibleDescription(self.tr("Which stretch of time the PDF covers"))
        # For 60 days after a deadline, the period that just ended is offered first.
        try:
            self.just_ended = self.services.progress.just_ended()
        except CpdlogError:
            self.just_ended = None
        if self.just_ended is not None:
            self.period_combo.addItem(
                self.tr("The period just ended ({start} to {end})").format(
                    start=format_long_date(self.just_ended.start),
                    end=format_long_date(self.just_ended.end),
                ),
                "ended",
            )
        self.period_combo.addItem(self.tr("This registration period"), "current")
        self.period_combo.addItem(self.tr("Last registration period"), "previous")
        self.period_combo.addItem(self.tr("Dates I choose"), "custom")
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit, name, description in (
            (self.from_edit, self.tr("From"), self.tr("The first day the PDF covers")),
            (self.to_edit, self.tr("To"), self.tr("The last day the PDF covers")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(description)
            edit.dateChanged.connect(lambda _d: self.refresh_summary())
        from_label = QLabel(self.tr("f&rom"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.to_edit)
        # the box and its dates on one line, or the dates under it when they do not fit;
        # the empty widget at the end takes the rest of the line
        period = wrap_row(
            self,
            [[self.period_combo], [from_label, self.from_edit, to_label, self.to_edit, QWidget()]],
        )
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_combo)
        form.addRow(period_label, period)
        self.period_combo.currentIndexChanged.connect(lambda _i: self._reset_period())

        entries = QWidget(self)
        entries_layout = QVBoxLayout(entries)  # stacked: in Welsh they do not fit side by side
        entries_layout.setContentsMargins(0, 0, 0, 0)
        self.all_radio = WrappingRadioButton(self.tr("&All entries in the period"), entries)
        self.chosen_radio = WrappingRadioButton("", entries)
        self.all_radio.setAccessibleDescription(
            self.tr("The PDF holds every entry from the period chosen above")
        )
        self.chosen_radio.setAccessibleDescription(
            self.tr("The PDF holds only the entries you selected in the journal")
        )
        self.all_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.chosen_radio)
        self.all_radio.toggled.connect(lambda _c: self.refresh_summary())
        entries_layout.addWidget(self.all_radio)
        entries_layout.addWidget(self.chosen_radio)
        entries_label = QLabel(self.tr("Entries:"), self)
        entries_label.setBuddy(self.all_radio)
        form.addRow(entries_label, entries)

        self.layout_combo = QComboBox(self)
        self.layout_combo.setAccessibleName(self.tr("Layout"))
        self.layout_combo.setAccessibleDescription(
            self.tr("How the PDF is set out: a standard portfolio, or the HCPC's CPD profile")
        )
        self.layout_combo.addItem(self.tr("Standard portfolio"), "standard")
        self.layout_combo.addItem(self.tr("HCPC-style CPD profile"), "hcpc")
        layout_label = QLabel(self.tr("&Layout:"), self)
        layout_label.setBuddy(self.layout_combo)
        form.addRow(layout_label, self.layout_combo)

        # The HCPC layout's parts 1 and 3: a summary of practice history and the entries the
        # personal statement draws on (the PDF warns when either is missing).
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setAccessibleName(self.tr("Summary of practice history"))
        self.summary_edit.setPlaceholderText(
            self.tr("Up to 500 words about your role and the work you do.")
        )
        self.summary_edit.setAccessibleDescription(
            self.tr("Up to 500 words about your role and the work you do, for the CPD profile")
        )
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(110)
        self.summary_title = QLabel(self.tr("Su&mmary of practice:"), self)
        self.summary_title.setBuddy(self.summary_edit)
        form.addRow(self.summary_title, self.summary_edit)
        self.statement_list = QListWidget(self)
        self.statement_list.setAccessibleName(self.tr("Entries for the personal statement"))
        self.statement_list.setAccessibleDescription(
            self.tr("Tick 4 to 6 entries; press Space to tick one")
        )
        self.statement_list.setMaximumHeight(130)
        self.statement_title = QLabel(self.tr("Statement &entries (4 to 6):"), self)
        self.statement_title.setBuddy(self.statement_list)
        form.addRow(self.statement_title, self.statement_list)
        self.layout_combo.currentIndexChanged.connect(lambda _i: self._show_layout_fields())

        self.drafts_check = WrappingCheckBox(self.tr("Include &drafts (marked DRAFT)"), self)
        self.drafts_check.setAccessibleDescription(
            self.tr("When ticked, unfinished entries go in the PDF too, each marked DRAFT")
        )
        self.drafts_check.toggled.connect(lambda _c: self.refresh_summary())
        form.addRow(QLabel(self.tr("Drafts:"), self), self.drafts_check)
        self.snapshots_check = WrappingCheckBox(
            self.tr("&Include snapshots of captured pages"), self
        )
        self.snapshots_check.setToolTip(
            self.tr(
                "Adds the text of each web page you captured, as it was when you saved it, "
                "after the entries."
            )
        )
        form.addRow(QLabel(self.tr("Snapshots:"), self), self.snapshots_check)

        output = QWidget(self)
        output_layout = QHBoxLayout(output)
        output_layout.setContentsMargins(0, 0, 0, 0)
        self.output_edit = QLineEdit(output)
        self.output_edit.setAccessibleName(self.tr("Save the PDF as"))
        self.output_edit.setAccessibleDescription(
            self.tr("The folder and file name the PDF is saved under")
        )
        self.browse_button = QPushButton(self.tr("&Browse…"), output)
        self.browse_button.setAccessibleDescription(
            self.tr("Choose where to save the PDF, in a file window")
        )
        self.browse_button.clicked.connect(self._browse)
        output_layout.addWidget(self.output_edit, 1)
        output_layout.addWidget(self.browse_button)
        output_label = QLabel(self.tr("&Save as:"), self)
        output_label.setBuddy(self.output_edit)
        form.addRow(output_label, output)
        layout.addLayout(form)

        self.period_note = QLabel(self)
        self.period_note.setWordWrap(True)
        self.period_note.setTextFormat(Qt.TextFormat.PlainText)
        self.period_note.setAccessibleName(self.tr("About this period"))
        self.period_note.hide()
        layout.addWidget(self.period_note)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What will be included"))
        layout.addWidget(self.summary_label)
        self.included_list = QListWidget(self)
        self.included_list.setAccessibleName(self.tr("Entries that will be included"))
        self.included_list.setAccessibleDescription(
            self.tr("The entries the PDF will hold, as chosen above")
        )
        self.included_list.setAlternatingRowColors(True)
        layout.addWidget(self.included_list, 1)

        # Confidentiality: unreviewed details that could identify someone, and the explicit
        # confirmation without which nothing with such details goes out.
        self.findings_label = QLabel(self)
        self.findings_label.setWordWrap(True)
        self.findings_label.setAccessibleName(self.tr("Details that could identify someone"))
        layout.addWidget(self.findings_label)
        self.findings_list = QListWidget(self)
        self.findings_list.setAccessibleName(self.tr("Unreviewed details in these entries"))
        self.findings_list.setAccessibleDescription(
            self.tr("Names and other details that could identify someone, found in the entries")
        )
        self.findings_list.setWordWrap(True)
        self.findings_list.setMaximumHeight(120)
        layout.addWidget(self.findings_list)
        # A reviewer's words cannot be redacted here: the practitioner can say a finding in
        # them (or in an entry) is not identifying, without opening the entry.
        self.dismiss_button = QPushButton(self.tr("Mar&k as not identifying"), self)
        self.dismiss_button.setToolTip(
            self.tr(
                "Remember that the chosen detail does not identify anyone, for this entry. "
                "Use it for words you cannot change, such as a reviewer's comment."
            )
        )
        self.dismiss_button.setEnabled(False)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.findings_list.currentItemChanged.connect(lambda *_: self._update_dismiss_button())
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.confirm_check = WrappingCheckBox("", self)
        self.confirm_check.setAccessibleDescription(
            self.tr("Tick to confirm that the PDF may go out with the details listed above")
        )
        self.confirm_check.toggled.connect(lambda _c: self._update_export_button())
        layout.addWidget(self.confirm_check)
        self._gate: list[Any] = []
        self._summary_findings: list[Any] = []
        self._dismissing: Task | None = None
        self._confirmed_for: frozenset[tuple[int, str]] = frozenset()
        # The check runs on a worker; only the latest one's result is shown, and an export
        # asked for meanwhile starts when it ends (with what the user had confirmed).
        self._check_task: Task | None = None
        self._check_generation = 0
        self._export_confirmed: frozenset[tuple[int, str]] | None = None
        # What Export was pressed for (the whole request, taken then), and the HCPC summary
        # the check under way (and the last one that ended) read: only checked text is written.
        self._export_request: Any = None
        self._checking_summary = ""
        self._checked_summary = ""
        self._described: list[Any] = []

        self.error = FieldError(self)
        layout.addWidget(self.error)
        run_row = QHBoxLayout()
        self.export_button = QPushButton(icon("export"), self.tr("&Make PDF"), self)
        self.export_button.setAccessibleDescription(
            self.tr("Checks the chosen entries and saves them as a PDF portfolio")
        )
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(icon("stop"), self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleDescription(self.tr("Stops making the PDF"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        run_row.addWidget(self.export_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        layout.addLayout(run_row)
        self.locked_note = QLabel(
            self.tr(
                "The choices above cannot be changed while the check runs, so that the PDF "
                "holds exactly what was checked."
            ),
            self,
        )
        self.locked_note.setWordWrap(True)
        self.locked_note.setVisible(False)
        layout.addWidget(self.locked_note)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)

        done_row = QHBoxLayout()
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.open_button = QPushButton(icon("open"), self.tr("Ope&n PDF"), self)
        self.folder_button = QPushButton(icon("folder"), self.tr("Sho&w in folder"), self)
        self.open_button.setAccessibleDescription(
            self.tr("Opens the PDF you have just made in your PDF reader")
        )
        self.folder_button.setAccessibleDescription(
            self.tr("Opens the folder that holds the PDF you have just made")
        )
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button.clicked.connect(self.show_in_folder)
        done_row.addWidget(self.result_label, 1)
        done_row.addWidget(self.open_button)
        done_row.addWidget(self.folder_button)
        layout.addLayout(done_row)
        self.warnings_list = QListWidget(self)
        self.warnings_list.setAccessibleName(self.tr("Export warnings"))
        self.warnings_list.setAccessibleDescription(
            self.tr("Things in the PDF you have just made that you may want to check")
        )
        self.warnings_list.setWordWrap(True)
        self.warnings_list.setMaximumHeight(100)
        layout.addWidget(self.warnings_list)
        self._show_result(None)

    # --- choices ---------------------------------------------------------------------------
    def set_candidates(self, entry_ids: list[int]) -> None:
        """Offer "only these entries" for the entries selected in the journal."""
        self._candidates = list(entry_ids)
        if entry_ids:
            text = plural(
                "ExportPanel",
                len(entry_ids),
                "&Only the entry selected in the journal",
                "&Only the %n entries selected in the journal",
            )
        else:
            text = self.tr("&Only entries selected in the journal (none selected)")
        self.chosen_radio.setText(text)
        self.chosen_radio.setEnabled(bool(entry_ids))
        if entry_ids and len(entry_ids) > 1:
            self.chosen_radio.setChecked(True)
        else:
            self.all_radio.setChecked(True)
        self.refresh_summary()

    def _reset_period(self) -> None:
        choice = self.period_combo.currentData()
        custom = choice == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            try:
                period = self.portfolio.default_period()
                if choice == "ended" and self.just_ended is not None:
                    period = self.just_ended
                elif choice == "previous":
                    profile = self.services.profile.requirement_profile()
                    period = self.services.progress.period(
                        profile, on=period.start - dt.timedelta(days=1)
                    )
            except CpdlogError as exc:
                self.error.show_message(str(exc))
                return
            for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
            if not self.output_edit.text() or self.output_edit.property("auto"):
                self.output_edit.setText(str(self._default_output(period.end)))
                self.output_edit.setProperty("auto", True)
        self.refresh_summary()
        self._show_period_note()

    def _show_period_note(self) -> None:
        """Under the form, the outcome of a chosen period whose deadline has passed (worked
        out on a worker: it reads the whole journal)."""
        self._note_generation += 1
        generation = self._note_generation
        self.period_note.hide()
        if self.period_combo.currentData() != "ended" or self.just_ended is None:
            return
        period, progress = self.just_ended, self.services.progress

        def show(report: Any) -> None:
            if generation == self._note_generation:
                self.period_note.setText(
                    self.tr("This period has ended. {outcome}").format(outcome=report.outcome())
                )
                self.period_note.show()

        self.tasks.start(lambda: progress.report(period=period), show, lambda _e: None)

    def export_period(self, start: dt.date, end: dt.date) -> None:
        """Export ``start``–``end`` at once (Progress's "Export this period's portfolio")."""
        wanted = "ended" if self.just_ended == _period(start, end) else "custom"
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(wanted)))
        if wanted == "custom":
            for edit, day in ((self.from_edit, start), (self.to_edit, end)):
                edit.setDate(_qdate(day))
            self.output_edit.setText(str(self._default_output(end)))
            self.output_edit.setProperty("auto", True)
        self.all_radio.setChecked(True)
        self.refresh_summary()
        self.start_export()

    # --- the HCPC layout's own parts -------------------------------------------------------
    def _show_layout_fields(self) -> None:
        hcpc = self.layout_combo.currentData() == "hcpc"
        for widget in (
            self.summary_title,
            self.summary_edit,
            self.statement_title,
            self.statement_list,
        ):
            widget.setVisible(hcpc)
        if hcpc:
            self._fill_statement_list()

    def _fill_statement_list(self) -> None:
        ticked = set(self.statement_ids())
        self.statement_list.clear()
        for entry in self.included_entries()[:PREVIEW_LIMIT]:
            item = QListWidgetItem(f"{format_date(entry.start_date)}  {entry.title}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if entry.id in ticked else Qt.CheckState.Unchecked
            )
            self.statement_list.addItem(item)

    def statement_ids(self) -> list[int]:
        """The entries ticked for the HCPC personal statement, in list order."""
        ids: list[int] = []
        for row in range(self.statement_list.count()):
            item = self.statement_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _default_output(self, end: dt.date) -> Path:
        """In the Documents folder if there is one, else the home folder: never a folder that
        does not exist yet (the export does not create folders the user did not choose)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        return base / f"CPD portfolio {end.year}.pdf"

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the portfolio as"), self.output_edit.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.set_output(Path(chosen))

    def set_output(self, path: Path) -> None:
        self.output_edit.setText(str(path))
        self.output_edit.setProperty("auto", False)

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def included_entries(self) -> list[Entry]:
        """What the PDF will contain, for the preview list (the service decides for real)."""
        drafts = self.drafts_check.isChecked()
        if self.chosen_radio.isChecked() and self._candidates:
            found = []
            for entry_id in self._candidates:
                try:
                    found.append(self.services.entries.get(entry_id))
                except CpdlogError:
                    continue  # deleted since it was selected
        else:
            start, end = self.period()
            found = [
                e
                for e in self.services.entries.list_entries(
                    EntryFilter(date_from=start, date_to=end)
                )
                if start <= e.start_date <= end
            ]
        return sorted(
            (e for e in found if drafts or not e.is_draft), key=lambda e: (e.start_date, e.id or 0)
        )

    def refresh_summary(self) -> None:
        entries = self.included_entries()
        hours = sum(e.hours for e in entries)
        start, end = self.period()
        if self.chosen_radio.isChecked() and self._candidates:
            scope = self.tr("the entries you selected")
        else:
            scope = self.tr("{start} to {end}").format(
                start=format_long_date(start), end=format_long_date(end)
            )
        self.summary_label.setText(
            plural(
                "ExportPanel",
                len(entries),
                "%n entry will be included",
                "%n entries will be included",
            )
            + " "
            + (
                self.tr("(1 hour) from {scope}.").format(scope=scope)
                if hours == 1
                else self.tr("({hours} hours) from {scope}.").format(
                    hours=f"{hours:g}", scope=scope
                )
            )
        )
        self.included_list.clear()
        for entry in entries[:PREVIEW_LIMIT]:
            draft = " " + self.tr("(draft)") if entry.is_draft else ""
            self.included_list.addItem(f"{format_date(entry.start_date)}  {entry.title}{draft}")
        if len(entries) > PREVIEW_LIMIT:
            self.included_list.addItem(
                plural("ExportPanel", len(entries) - PREVIEW_LIMIT, "…and %n more", "…and %n more")
            )
        self._entries_included = bool(entries)
        if getattr(self, "statement_list", None) is not None and self.statement_list.isVisibleTo(
            self
        ):
            self._fill_statement_list()
        self._show_findings(entries)

    # --- confidentiality gate --------------------------------------------------------------
    SUMMARY_KEY = -1  # the gate key's "entry" for a finding in the HCPC summary

    def _gate_keys(self, gate: list[Any]) -> frozenset[tuple[int, str]]:
        keys = {(r.entry_id, f.fingerprint) for r in gate for f in r.every_finding()}
        keys |= {(self.SUMMARY_KEY, f.fingerprint) for f in self._summary_findings}
        return frozenset(keys)

    @property
    def checking(self) -> bool:
        """True while the confidentiality check of what the PDF will hold runs."""
        return self._check_task is not None

    def _show_findings(self, entries: list[Entry], summary: str | None = None) -> None:
        """Check what the PDF will hold (the chosen entries, the reviewers' peer-discussion
        records and sign-off statements printed with them, the HCPC summary) on a worker,
        then list the unreviewed findings, each with where it is, and ask before including
        them. A check still running is cancelled: only the latest one's result is shown."""
        from cpdlog.services.confidentiality import Carries

        confidentiality = self.services.confidentiality
        if summary is None:
            hcpc = self.layout_combo.currentData() == "hcpc"
            summary = self.summary_edit.toPlainText() if hcpc else ""
        self._checking_summary = summary
        if self._check_task is not None:
            self._check_task.cancel()
        self._check_generation += 1
        generation = self._check_generation

        def check(cancel: threading.Event) -> tuple[list[Any], list[Any], list[Any]]:
            gate = confidentiality.gate_entries(entries, Carries.PORTFOLIO, cancel)
            summary_findings = confidentiality.gate_text(summary) if summary else []
            return gate, summary_findings, confidentiality.described_all(gate)

        self._check_task = self.tasks.start(
            check,
            lambda result: self._checked(generation, result),
            lambda error: self._check_failed(generation, error),
            wants_cancel=True,
        )
        self.findings_label.setText(self.tr("Checking for details that could identify someone…"))
        self.findings_label.setVisible(True)
        if not self._gate_keys(self._gate):  # nothing listed yet: no empty list meanwhile
            for widget in (self.findings_list, self.confirm_check, self.dismiss_button):
                widget.setVisible(False)
        self._update_dismiss_button()
        self._update_export_button()

    def _check_failed(self, generation: int, error: BaseException) -> None:
        """A check that did not end (cancelled, or it failed): the last findings stay listed
        (an export checks again before it writes anything)."""
        from cpdlog.domain.confidentiality import ScanCancelled

        if not isValid(self) or generation != self._check_generation:
            return  # the page was closed, or a later check replaced this one
        self._check_task = None
        exporting, self._export_confirmed = self._export_confirmed is not None, None
        self._export_request = None
        self._lock_form(False)
        self._apply_findings(self._gate, self._summary_findings, self._described)
        if isinstance(error, ScanCancelled):
            if exporting:
                self._export_cancelled()
        else:
            message = (
                str(error)
                if isinstance(error, CpdlogError)
                else self.tr("The check for identifying details did not finish: {error}").format(
                    error=error
                )
            )
            self.error.show_message(message)
            if exporting:
                self._reset_progress()
                self.failed.emit(message)
        self.checked.emit()

    def _checked(self, generation: int, result: tuple[list[Any], list[Any], list[Any]]) -> None:
        if not isValid(self) or generation != self._check_generation:
            return  # the page was closed, or a later check replaced this one
        task, self._check_task = self._check_task, None
        confirmed, self._export_confirmed = self._export_confirmed, None
        self._checked_summary = self._checking_summary
        gate, summary_findings, places = result
        self._apply_findings(gate, summary_findings, places)
        if confirmed is not None:
            if task is not None and task.cancelled:  # Cancel came as the check ended
                self._lock_form(False)
                self._export_cancelled()
            else:
                self._export_checked(confirmed)
        self.checked.emit()

    def _lock_form(self, locked: bool) -> None:
        """While the check before an export runs, what the export carries cannot change (the
        typed summary stays in its field, read-only), and the note says why."""
        self.summary_edit.setReadOnly(locked)
        self.output_edit.setReadOnly(locked)
        for widget in (
            self.period_combo,
            self.from_edit,
            self.to_edit,
            self.all_radio,
            self.chosen_radio,
            self.layout_combo,
            self.statement_list,
            self.drafts_check,
            self.snapshots_check,
            self.browse_button,
        ):
            widget.setEnabled(not locked)
        self.locked_note.setVisible(locked)

    def _reset_progress(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")

    def _export_cancelled(self) -> None:
        self._reset_progress()
        message = self.tr("Export cancelled; nothing was written.")
        self.error.show_message(message)
        self._update_export_button()
        self.failed.emit(message)

    def _apply_findings(
        self, gate: list[Any], summary_findings: list[Any], described: list[Any]
    ) -> None:
        """Show a check's result: the findings listed, the confirmation asked for."""
        before = self._gate_keys(self._gate)
        self._summary_findings = summary_findings
        self._gate = gate
        self._described = described
        changed = self._gate_keys(gate) != before
        self.findings_list.clear()
        has = bool(gate or self._summary_findings)
        self.findings_label.setVisible(has)
        self.findings_list.setVisible(has)
        self.confirm_check.setVisible(has)
        self.dismiss_button.setVisible(has)
        if changed:
            self.confirm_check.setChecked(False)  # a confirmation is for what it named
        if has:
            every = [f for r in gate for f in r.every_finding()] + self._summary_findings
            kinds = sorted({tr_domain(f.phrase) for f in every}, key=str.casefold)
            text = (
                plural(
                    "ExportPanel",
                    len(every),
                    "%n detail that could identify someone has not been reviewed:",
                    "%n details that could identify someone have not been reviewed:",
                )
                + " "
                + self.tr("review them in the entries (Redact or Not identifying) first.")
            )
            if any(r.others for r in gate):
                text += " " + self.tr(
                    "A reviewer's words cannot be redacted: mark such a detail as not "
                    "identifying, include it anyway, or ask the reviewer to correct it."
                )
            self.findings_label.setText(text)
            for result, places in zip(gate, described, strict=True):
                for place, finding in places:
                    item = QListWidgetItem(
                        self.tr("{title}, {place}: {label} “{words}”").format(
                            title=result.entry.title,
                            place=place,
                            label=tr_domain(finding.label),
                            words=finding.text,
                        )
                    )
                    item.setData(Qt.ItemDataRole.UserRole, (result.entry_id, finding.fingerprint))
                    self.findings_list.addItem(item)
            for finding in self._summary_findings:
                self.findings_list.addItem(
                    self.tr("Summary of practice history: {label} “{words}”").format(
                        label=tr_domain(finding.label), words=finding.text
                    )
                )
            entries_text = plural(
                "ExportPanel",
                len(gate),
                "Include them anyway: the PDF will contain %n entry with",
                "Include them anyway: the PDF will contain %n entries with",
            )
            if not gate:
                entries_text = self.tr("Include them anyway: the PDF will contain")
            self.confirm_check.setText(
                entries_text + " " + self.tr("{kinds}.").format(kinds=", ".join(kinds))
            )
        self._update_dismiss_button()
        self._update_export_button()

    def findings_summary(self) -> dict[str, int]:
        """Unreviewed findings in what the PDF will hold, counted by kind."""
        counts: dict[str, int] = {}
        every = [f for r in self._gate for f in r.every_finding()] + self._summary_findings
        for finding in every:
            counts[finding.label] = counts.get(finding.label, 0) + 1
        return counts

    def _update_dismiss_button(self) -> None:
        item = self.findings_list.currentItem()
        chosen = item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        self.dismiss_button.setEnabled(
            chosen and self._dismissing is None and self._check_task is None
        )

    def dismiss_selected(self) -> None:
        """Mark the chosen finding "not identifying" (on a worker: it reads the entry again),
        then list what is left."""
        item = self.findings_list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key is None or self._dismissing is not None:
            return
        entry_id, fingerprint = int(key[0]), str(key[1])
        confidentiality = self.services.confidentiality

        def done(_result: object) -> None:
            self._dismissing = None
            self.refresh_summary()
            self.dismissed.emit(entry_id, fingerprint)

        def failed(error: BaseException) -> None:
            self._dismissing = None
            self._update_dismiss_button()
            self.error.show_message(
                str(error)
                if isinstance(error, CpdlogError)
                else self.tr("The choice could not be saved: {error}").format(error=error)
            )

        self.error.clear()
        self._dismissing = self.tasks.start(
            lambda: confidentiality.dismiss(entry_id, fingerprint), done, failed
        )
        self._update_dismiss_button()

    def _update_export_button(self) -> None:
        confirmed = not self._gate_keys(self._gate) or self.confirm_check.isChecked()
        included = getattr(self, "_entries_included", False)
        # A check started by a change of the choices leaves the button as the last result
        # had it (pressing it checks again first); one before an export does not.
        idle = self.task is None and self._export_confirmed is None
        self.export_button.setEnabled(included and confirmed and idle)

    # --- running ---------------------------------------------------------------------------
    def request(self) -> Any:
        from cpdlog.export.pdf.model import Layout
        from cpdlog.services.portfolio import PortfolioRequest

        start, end = self.period()
        chosen = self.chosen_radio.isChecked() and bool(self._candidates)
        hcpc = self.layout_combo.currentData() == "hcpc"
        return PortfolioRequest(
            output=Path(self.output_edit.text()).expanduser(),
            date_from=None if chosen else start,
            date_to=None if chosen else end,
            entry_ids=tuple(self._candidates) if chosen else (),
            include_drafts=self.drafts_check.isChecked(),
            include_snapshots=self.snapshots_check.isChecked(),
            layout=Layout(self.layout_combo.currentData()),
            practice_summary=self.summary_edit.toPlainText() if hcpc else "",
            statement_entry_ids=tuple(self.statement_ids()) if hcpc else (),
        )

    def start_export(self) -> None:
        self.error.clear()
        if not self.output_edit.text().strip():
            self.error.show_message(self.tr("Choose where to save the PDF."))
            return
        if self.task is not None or self._export_confirmed is not None:
            return  # an export (or the check before it) is under way
        # The gate again (on a worker), on the entries as they are now: nothing identifying
        # goes out unless the user confirmed exactly these findings.
        confirmed = self._gate_keys(self._gate) if self.confirm_check.isChecked() else frozenset()
        self._export_confirmed = confirmed
        # The whole request is taken now and is what gets written; the form is read-only
        # until the check of exactly this has ended.
        self._export_request = self.request()
        self._lock_form(True)
        self._show_findings(self.included_entries(), self._export_request.practice_summary)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Checking…"))

    def _export_checked(self, confirmed: frozenset[tuple[int, str]]) -> None:
        """The check before an export ended: export, or say why not."""
        request, self._export_request = self._export_request, None
        if request is None:  # not a request taken by start_export: nothing to write
            self._lock_form(False)
            self._reset_progress()
            return
        if request.practice_summary != self._checked_summary:
            # What the export carries is not what was checked: check it again first.
            self._export_confirmed = confirmed
            self._export_request = request
            self._show_findings(self.included_entries(), request.practice_summary)
            return
        self._lock_form(False)
        self._reset_progress()
        if not self._gate_keys(self._gate) <= confirmed:
            self.error.show_message(
                self.tr(
                    "Some entries hold details that could identify someone. Review them, or "
                    "tick “Include them anyway” to export them."
                )
            )
            return
        portfolio = self.portfolio
        self._show_result(None)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.task = self.tasks.start(
            lambda progress, cancel: portfolio.export(request, progress=progress, cancel=cancel),
            self._finished,
            self._failed,
            self._progressed,
            wants_progress=True,
            wants_cancel=True,
        )

    def cancel_export(self) -> None:
        if self.task is None and self._check_task is not None:
            self._check_task.cancel()  # the check (before an export: nothing is exported)
            if self._export_confirmed is not None:
                self.cancel_button.setEnabled(False)
                self.progress.setFormat(self.tr("Cancelling…"))
            return
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%p%"))

    def _end_run(self) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setFormat("%p%")
        self.refresh_summary()

    def _finished(self, result: Any) -> None:
        self._end_run()
        self.progress.setValue(1)
        self.result = result
        self._show_result(result)
        if self.open_button.isVisible():  # "Make PDF" was disabled: focus was nowhere
            self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.exported.emit(str(result.path))

    def _failed(self, error: BaseException) -> None:
        self._end_run()
        self.progress.setValue(0)
        from cpdlog.export.pdf import ExportCancelledError

        if isinstance(error, ExportCancelledError):
            message = self.tr("Export cancelled; nothing was written.")
        elif isinstance(error, CpdlogError):
            message = str(error)
        else:
            message = self.tr("The PDF could not be made: {error}").format(error=error)
        self.error.show_message(message)
        if self.export_button.isEnabled():
            self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.failed.emit(message)

    def _show_result(self, result: Any) -> None:
        done = result is not None
        self.open_button.setVisible(done)
        self.folder_button.setVisible(done)
        self.warnings_list.clear()
        self.warnings_list.setVisible(bool(done and result.warnings))
        if not done:
            self.result_label.clear()
            return
        self.result_label.setText(
            self.tr("Saved {pages} pages with {entries} entries to {path}").format(
                pages=result.pages, entries=result.entries, path=result.path
            )
        )
        for warning in result.warnings:
            self.warnings_list.addItem(warning)

    def open_pdf(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))

    def show_in_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))


class ExportView(QWidget):
    """The Export page: the panel on the left, a preview of the last PDF on the right."""

    def __init__(
        self, services: ExportServices, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.panel = ExportPanel(services, tasks)
        # scrolls rather than forcing the window wider than the screen when the text is large
        self.panel_scroll = QScrollArea(self.splitter)
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_scroll.setWidget(self.panel)
        self.preview_host = QWidget(self.splitter)
        preview_layout = QVBoxLayout(self.preview_host)
        self.preview_layout = preview_layout
        preview_layout.setContentsMargins(8, 8, 8, 8)
        self.preview_label = QLabel(self.tr("A preview appears here after you make a PDF."))
        self.preview_label.setWordWrap(True)
        preview_layout.addWidget(self.preview_label, 0, Qt.AlignmentFlag.AlignTop)
        self._document: Any = None
        self._pdf_view: Any = None
        self.open_pdf_button: QPushButton | None = None
        self._preview_path = ""
        self.splitter.addWidget(self.panel_scroll)
        self.splitter.addWidget(self.preview_host)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter)
        self.panel.exported.connect(self.preview)

    def set_candidates(self, entry_ids: list[int]) -> None:
        self.panel.set_candidates(entry_ids)

    def refresh_summary(self) -> None:
        self.panel.refresh_summary()

    def preview(self, path: str) -> None:
        """Show the PDF just made; without the Qt PDF module (PySide6-Addons up to 6.11,
        PySide6-Pdf from 6.12) offer to open it in the PDF reader instead."""
        if self._pdf_view is None:
            try:
                from PySide6.QtPdf import QPdfDocument
                from PySide6.QtPdfWidgets import QPdfView
            except ImportError:
                self._show_open_instead(path)
                return
            self._document = QPdfDocument(self)
            self._pdf_view = QPdfView(self.preview_host)
            self._pdf_view.setDocument(self._document)
            self._pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self._pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._pdf_view.setAccessibleName(self.tr("Portfolio preview"))
            self._pdf_view.setAccessibleDescription(self.tr("The pages of the PDF you have made"))
            self.preview_layout.addWidget(self._pdf_view, 1)
        self._document.load(path)
        self.preview_label.setText(self.tr("Preview of {path}").format(path=path))

    def _show_open_instead(self, path: str) -> None:
        self._preview_path = path
        if self.open_pdf_button is None:
            self.open_pdf_button = QPushButton(icon("open"), self.tr("Open the &PDF"))
            self.open_pdf_button.setAccessibleDescription(
                self.tr("Opens the PDF in your PDF reader")
            )
            self.open_pdf_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self._preview_path))
            )
            self.preview_layout.addWidget(
                self.open_pdf_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
            )
        self.open_pdf_button.show()
        self.preview_label.setText(
            self.tr(
                "The PDF is saved at {path}. A preview cannot be shown here, so open it in "
                "your PDF reader."
            ).format(path=path)
        )

    @property
    def document(self) -> Any:
        return self._document


class ExportDialog(QDialog):
    """The export form as a dialog (File → Export portfolio…, Ctrl+E)."""

    def __init__(
        self,
        services: ExportServices,
        tasks: TaskRunner,
        candidates: list[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export portfolio"))
        layout = QVBoxLayout(self)
        self.panel = ExportPanel(services, tasks, self)
        if candidates:
            self.panel.set_candidates(candidates)
        else:
            self.panel.set_candidates([])
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        describe_close(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_within(self, 720, 620)

    def reject(self) -> None:
        self.panel.cancel_export()
        super().reject()
