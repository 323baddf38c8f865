"""Progress towards the regulator's requirements: cards, warnings, hours by month, coverage."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdlog import i18n
from cpdlog.domain.dates import month_name, short_month_name
from cpdlog.domain.frameworks import english_note
from cpdlog.domain.practitioner import Registration
from cpdlog.domain.progress import ProgressReport, RuleResult
from cpdlog.errors import CpdlogError
from cpdlog.ui.a11y import describe_close
from cpdlog.ui.icons import icon
from cpdlog.ui.models.coverage import CoverageColumn, CoverageTableModel, coverage_rows
from cpdlog.ui.sorting import SortableTable, SortMenu
from cpdlog.ui.text import format_long_date, plural, tr, tr_domain
from cpdlog.ui.widgets.columns import ColumnsLayout
from cpdlog.ui.widgets.stacking import StackingSplitter
from cpdlog.ui.widgets.wrap_row import wrap_row

if TYPE_CHECKING:
    from cpdlog.domain.entry import Entry
    from cpdlog.domain.review import SignoffState
    from cpdlog.services.app import App, Clock
    from cpdlog.services.entries import EntryService
    from cpdlog.services.practitioner import PractitionerService
    from cpdlog.services.progress import ProgressService
    from cpdlog.services.review import ReviewService
    from cpdlog.ui.tasks import TaskRunner

EntryIdRole = Qt.ItemDataRole.UserRole + 1
SCALE = 4  # progress bars count quarter hours
LABEL_PADDING = 6  # px between two month labels


def _month_year(day: dt.date) -> str:
    """``March 2026`` (``Mawrth 2026``): month names from the catalogue, never strftime's."""
    return f"{month_name(day.month)} {day.year}"


def _short_month_year(day: dt.date) -> str:
    return f"{short_month_name(day.month)} {day.year}"


def labels_fit_across(labels: list[str], metrics: QFontMetricsF, width: float) -> bool:
    """Whether each label fits, level, in its share of ``width`` (else Qt elides it: "J…")."""
    if not labels:
        return True
    slot = width / len(labels)
    return max(metrics.horizontalAdvance(text) for text in labels) + LABEL_PADDING <= slot


class RequirementCard(QFrame):
    """One rule: its label, a bar (none for a declaration), the engine's plain sentence,
    what would close it, and a button listing the entries that count towards it."""

    entries_requested = Signal(str, object)  # the rule's label, a tuple of entry ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("requirementCard")
        self.entry_ids: tuple[int, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        self.status_icon = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel(self)
        top.addWidget(self.status_icon)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        layout.addLayout(top)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        layout.addWidget(self.bar)
        self.no_target = QLabel(self.tr("Confirm at renewal; keep a record"), self)
        self.no_target.setObjectName("noTargetLabel")
        layout.addWidget(self.no_target)
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.sentence)
        self.closing = QLabel(self)
        self.closing.setObjectName("closingLabel")
        self.closing.setWordWrap(True)
        self.closing.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.closing)
        self.entries_button = QPushButton(self)
        self.entries_button.setObjectName("countingEntriesButton")
        self.entries_button.setAccessibleDescription(
            self.tr("Opens a list of these entries, from which you can open each one")
        )
        self.entries_button.clicked.connect(self._request_entries)
        row = QHBoxLayout()
        row.addWidget(self.entries_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_result(self, report: ProgressReport, result: RuleResult) -> None:
        label = tr_domain(result.rule.label)
        self.title.setText(label)
        self._label = label
        has_target = not result.declaration and not result.not_due
        self.bar.setVisible(has_target)
        self.no_target.setVisible(result.declaration)
        if has_target:
            scale = SCALE if result.is_hours else 1
            maximum = max(1, math.ceil(result.required * scale))
            self.bar.setRange(0, maximum)
            self.bar.setValue(min(maximum, round(result.actual * scale)))
            self.bar.setFormat(
                self.tr("{actual} of {required}").format(
                    actual=f"{result.actual:g}", required=f"{result.required:g}"
                )
            )
        sentence = report.sentence(result)
        self.sentence.setText(sentence)
        closing = "" if result.declaration or result.not_due else report.closing(result)
        self.closing.setText(self.tr("To close it: {what}").format(what=closing) if closing else "")
        self.closing.setVisible(bool(closing))
        if result.declaration:
            self.status.setText(self.tr("Confirm at renewal"))
            self.status_icon.setPixmap(icon("ok").pixmap(18, 18))
        elif result.not_due:
            self.status.setText(self.tr("Not due"))
            self.status_icon.setPixmap(icon("ok").pixmap(18, 18))
        else:
            if result.met:
                status = self.tr("Done")
            elif report.deadline_passed:
                status = self.tr("Not met")  # the period is over: it is no longer "not yet"
            else:
                status = self.tr("Not yet")
            self.status.setText(status)
            self.status_icon.setPixmap(icon("ok" if result.met else "warning").pixmap(18, 18))
        self.entry_ids = tuple(result.entry_ids)
        count = len(self.entry_ids)
        if count == 0:
            text = self.tr("No entries count towards this yet")
        elif result.declaration:
            text = plural(
                "RequirementCard",
                count,
                "Show your record (%n entry)",
                "Show your record (%n entries)",
            )
        else:
            text = plural(
                "RequirementCard",
                count,
                "Show the %n entry that counts",
                "Show the %n entries that count",
            )
        self.entries_button.setText(text)
        self.entries_button.setEnabled(count > 0)
        self.entries_button.setAccessibleName(
            self.tr("{text} towards {rule}").format(text=text, rule=label)
        )
        self.bar.setAccessibleName(label)
        self.bar.setAccessibleDescription(sentence)
        self.setAccessibleName(f"{label}: {sentence}")

    def _request_entries(self) -> None:
        self.entries_requested.emit(self._label, self.entry_ids)


class CountingEntriesDialog(QDialog):
    """The entries that count towards one rule; opening one shows it in the editor."""

    entry_requested = Signal(int)

    def __init__(
        self, rule_label: str, entries: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CountingEntriesDialog")
        self.setWindowTitle(self.tr("Entries that count: {rule}").format(rule=rule_label))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("&Entries that count towards “{rule}”:").format(rule=_no_mnemonic(rule_label))
        )
        label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Entries that count"))
        self.list.setAccessibleDescription(self.tr("Press Enter on an entry to open it"))
        label.setBuddy(self.list)
        for entry_id, text in entries:
            item = QListWidgetItem(text, self.list)
            item.setData(EntryIdRole, entry_id)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("&Open entry"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setAccessibleDescription(self.tr("Opens the chosen entry in the editor"))
        self.open_button.clicked.connect(self._open_current)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        describe_close(buttons)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def entry_ids(self) -> list[int]:
        return [int(self.list.item(i).data(EntryIdRole)) for i in range(self.list.count())]

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        entry_id = item.data(EntryIdRole)
        if isinstance(entry_id, int):
            self.entry_requested.emit(entry_id)
            self.accept()


class RegistrationSection(QGroupBox):
    """Every rule of one further registration's report (the first is the page's own)."""

    entries_requested = Signal(object, str, object)  # the report, a rule label, entry ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationSection")
        self.report: ProgressReport | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        grid_host = QWidget(self)
        self.grid = ColumnsLayout(grid_host, columns=2, spacing=10)  # one when two do not fit
        layout.addWidget(grid_host)
        self.cards: list[RequirementCard] = []

    def set_report(
        self, registration: Registration, report: ProgressReport | str, name: str = ""
    ) -> None:
        """``name``: the regulator's name, for the title when ``report`` says why it failed."""
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        if isinstance(report, str):  # the report could not be worked out: say why
            self.report = None
            title = registration_title(registration, name or registration.regulator_id)
            self.setTitle(_no_mnemonic(title))
            self.summary.setText(report)
            return
        self.report = report
        self.setTitle(
            _no_mnemonic(registration_title(registration, tr_domain(report.profile.name)))
        )
        self.summary.setText(
            self.tr("{start} to {end}. Deadline {deadline}. {outcome}").format(
                start=format_long_date(report.period.start),
                end=format_long_date(report.period.end),
                deadline=format_long_date(report.deadline.date()),
                outcome=report.outcome(),
            )
        )
        for result in report.rules:
            card = RequirementCard(self)
            card.set_result(report, result)
            card.entries_requested.connect(
                lambda label, ids, r=report: self.entries_requested.emit(r, label, ids)
            )
            self.grid.addWidget(card)
            card.show()
            self.cards.append(card)


def _no_mnemonic(text: str) -> str:
    """Text the user or a data file wrote ("LMSW & LCSW") shown with its "&" as typed."""
    return text.replace("&", "&&")


def registration_title(registration: Registration, regulator_name: str) -> str:
    """ "New York State (LMSW, registration 123)": the regulator and what identifies it."""
    details = [
        d
        for d in (
            registration.license_type,
            tr("RegistrationSection", "registration {number}").format(
                number=registration.registration_number
            )
            if registration.registration_number
            else "",
        )
        if d
    ]
    if not details:
        return regulator_name
    return f"{regulator_name} ({', '.join(details)})"


def other_reports(
    progress: ProgressService,
    shown: str,
    year: int | None,
    entries: list[Entry] | None,
) -> list[tuple[Registration, ProgressReport | str]]:
    """A report for each registration held besides ``shown`` (or why it has none).
    Run on a worker: it reads the journal and measures every rule."""
    others = [r for r in progress.app.profile.registrations() if r.regulator_id != shown]
    if not others:
        return []
    if entries is None:
        entries = progress.app.entries.list_entries()
    found: list[tuple[Registration, ProgressReport | str]] = []
    for reg in others:
        try:
            found.append((reg, progress.report(reg.regulator_id, year, entries)))
        except CpdlogError as exc:
            found.append((reg, str(exc)))
    return found


@dataclass(frozen=True, slots=True)
class ProgressServices:
    """What the Progress page uses: the reports, the registrations they are for, the
    standards catalogue (for coverage) and the clock (for the years offered)."""

    progress: ProgressService
    profile: PractitionerService
    entries: EntryService
    clock: Clock
    review: ReviewService | None = None  # entries changed since they were signed off

    @classmethod
    def of(cls, app: App) -> ProgressServices:
        return cls(app.progress, app.profile, app.entries, app.clock, app.review)


class CoverageTable(SortableTable):
    """The standards coverage table, asking for the width its columns need to be read."""

    wanted_width = 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.wanted_width), hint.height())


class ProgressView(QWidget):
    """Shows a :class:`ProgressReport`. Emits ``entry_requested(id)`` from the warnings."""

    entry_requested = Signal(int)
    report_ready = Signal()
    export_period_requested = Signal(object)  # a Period: "Export this period's portfolio"

    def __init__(
        self,
        services: ProgressServices,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        all_entries: Callable[[], list[Entry] | None] | None = None,
        entries_pending: Callable[[], bool] | None = None,
    ) -> None:
        """``all_entries()``: the whole journal when another view already holds it (the
        journal's table usually does), so that the report does not read it again. While
        ``entries_pending()`` is true they are still being read: the report waits for
        :meth:`entries_ready` rather than read them a second time alongside."""
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self._all_entries = all_entries
        self._entries_pending = entries_pending
        self._waiting = False
        self._generation = 0
        self.setObjectName("ProgressView")
        self.report: ProgressReport | None = None
        self._cards: list[RequirementCard] = []
        self._chart_view: Any = None
        self._month_axis: Any = None
        self._build()
        self.reload()

    def _build(self) -> None:
        # The whole page scrolls: with several registrations its cards run taller than the
        # window. The control that takes the focus is scrolled into view (see _follow_focus).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("progressScrollArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Progress towards your requirements"))
        # Not a Tab stop of its own: Tab moves through the page's controls, each scrolled into
        # view, and Page Up / Page Down a control does not use scroll the page.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget(self.scroll_area)
        content.setObjectName("progressContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        self.regulator_combo = QComboBox(self)
        # Long names (some regulators' run to 90 characters) must not widen the window: the
        # box shows about 32 characters and its list shows them whole.
        self.regulator_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.regulator_combo.setMinimumContentsLength(32)
        self.regulator_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.regulator_combo.setAccessibleName(self.tr("Regulator"))
        self.regulator_combo.setAccessibleDescription(
            self.tr("The regulator whose CPD requirements your progress is measured against")
        )
        label = QLabel(self.tr("&Regulator:"), self)
        label.setBuddy(self.regulator_combo)
        try:
            mine = self.services.profile.get().regulator_id
        except CpdlogError:
            mine = "swe"
        for profile in self.services.profile.regulators():
            self.regulator_combo.addItem(tr_domain(profile.name), profile.id)
        self.regulator_combo.setCurrentIndex(max(0, self.regulator_combo.findData(mine)))
        self.regulator_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_combo = QComboBox(self)
        # Long names (some regulators' run to 90 characters) must not widen the window: the
        # box shows about 32 characters and its list shows them whole.
        self.period_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period_combo.setMinimumContentsLength(32)
        self.period_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.period_combo.setAccessibleName(self.tr("Registration period"))
        self.period_combo.setAccessibleDescription(
            self.tr("The stretch of your registration whose progress is shown")
        )
        period_label = QLabel(self.tr("Peri&od:"), self)
        period_label.setBuddy(self.period_combo)
        # For 60 days after a deadline the period that just ended comes first: people still
        # need its outcome and its portfolio.
        try:
            self.just_ended = self.services.progress.just_ended()
        except CpdlogError:
            self.just_ended = None
        if self.just_ended is not None:
            self.period_combo.addItem(
                self.tr("Period just ended ({start} to {end})").format(
                    start=format_long_date(self.just_ended.start),
                    end=format_long_date(self.just_ended.end),
                ),
                self.just_ended.end.year,
            )
        self.period_combo.addItem(self.tr("Current period"), None)
        this_year = self.services.clock().year
        for year in range(this_year + 1, this_year - 4, -1):
            self.period_combo.addItem(self.tr("Period ending in {year}").format(year=year), year)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.reload())
        # the two boxes side by side, or one under the other when they do not fit (in Welsh
        # with large text)
        self.top_row = wrap_row(
            content, [[label, self.regulator_combo], [period_label, self.period_combo]]
        )
        layout.addWidget(self.top_row)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary.setFont(font)
        layout.addWidget(self.summary)

        # Shown when the period on screen has ended: its outcome, its portfolio, the new one.
        self.ended_box = QFrame(self)
        self.ended_box.setObjectName("periodEndedBox")
        self.ended_box.setFrameShape(QFrame.Shape.StyledPanel)
        ended_layout = QHBoxLayout(self.ended_box)
        ended_layout.setContentsMargins(10, 6, 10, 6)
        self.ended_label = QLabel(self.ended_box)
        self.ended_label.setWordWrap(True)
        self.ended_label.setTextFormat(Qt.TextFormat.PlainText)
        self.export_ended_button = QPushButton(
            icon("export"), self.tr("E&xport this period's portfolio"), self.ended_box
        )
        self.export_ended_button.setAccessibleDescription(
            self.tr("Makes a PDF of the CPD you recorded in the period that has just ended")
        )
        self.export_ended_button.clicked.connect(self._export_shown_period)
        self.new_period_button = QPushButton(self.tr("Show the &new period"), self.ended_box)
        self.new_period_button.setAccessibleDescription(
            self.tr("Shows your progress in the registration period you are in now")
        )
        self.new_period_button.clicked.connect(self.show_current_period)
        ended_layout.addWidget(self.ended_label, 1)
        ended_layout.addWidget(self.export_ended_button)
        ended_layout.addWidget(self.new_period_button)
        self.ended_box.hide()
        layout.addWidget(self.ended_box)

        # With two registrations (e.g. a New York licence beside Social Work England) the
        # chosen regulator's rules come first under their own heading, then a section each.
        self.primary_heading = QLabel(self)
        self.primary_heading.setObjectName("primaryRegistrationHeading")
        heading_font = self.primary_heading.font()
        heading_font.setBold(True)
        self.primary_heading.setFont(heading_font)
        self.primary_heading.hide()
        layout.addWidget(self.primary_heading)
        self.cards_host = QWidget(self)
        # two columns of cards, or one when two do not fit (in Welsh with large text)
        self.cards_layout = ColumnsLayout(self.cards_host, columns=2, spacing=10)
        layout.addWidget(self.cards_host)
        self.sections_host = QWidget(self)
        self.sections_layout = QVBoxLayout(self.sections_host)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.sections: list[RegistrationSection] = []
        layout.addWidget(self.sections_host)
        self.counting_dialog: CountingEntriesDialog | None = None

        # side by side, or one above the other when they do not fit beside each other
        self.splitter = StackingSplitter(self)
        self.splitter.setObjectName("progressSplitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        warnings_label = QLabel(self.tr("Things a regulator may &question:"), left)
        self.warnings_list = QListWidget(left)
        self.warnings_list.setWordWrap(True)
        self.warnings_list.setAccessibleName(self.tr("Warnings"))
        self.warnings_list.setAccessibleDescription(
            self.tr("Press Enter on a warning to open its entry")
        )
        warnings_label.setBuddy(self.warnings_list)
        self.warnings_list.itemActivated.connect(self._warning_activated)
        left_layout.addWidget(warnings_label)
        left_layout.addWidget(self.warnings_list, 1)
        self.chart_host = QWidget(left)
        self.chart_layout = QVBoxLayout(self.chart_host)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_host.setMinimumHeight(220)
        # Room for a year of upright month labels, each within its own bar's width, and the
        # axes: with large text the panes stack rather than squeeze the chart until its
        # labels no longer fit (measured in the page's font, not a width sized for English).
        line = QFontMetricsF(self.font()).height()
        self.chart_host.setMinimumWidth(round(12 * (line + LABEL_PADDING) + 4 * line))
        # The chart's text alternative: the same numbers as a table, one row a month.
        self.chart_table_button = QPushButton(self.tr("Show hours by month as a &table"), left)
        self.chart_table_button.setCheckable(True)
        self.chart_table_button.setAccessibleDescription(
            self.tr("Switches between the chart and a table of the same numbers")
        )
        self.chart_table_button.toggled.connect(self._show_chart_table)
        self.month_model = QStandardItemModel(0, 2, self)
        self.month_model.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Hours")])
        self.month_table = QTableView(self.chart_host)
        self.month_table.setModel(self.month_model)
        self.month_table.setAccessibleName(self.tr("Hours by month"))
        self.month_table.verticalHeader().hide()
        self.month_table.setTabKeyNavigation(False)
        self.month_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.month_table.hide()
        self.chart_layout.addWidget(self.month_table)
        left_layout.addWidget(self.chart_table_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.chart_host, 2)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        coverage_label = QLabel(self.tr("Standards &coverage this period:"), right)
        self.coverage_model = CoverageTableModel(self)
        self.coverage_table = CoverageTable(right)
        self.coverage_table.setModel(self.coverage_model)
        # Sorted by a heading, its context menu or the View menu; the framework's order first
        self.coverage_table.setSortingEnabled(True)
        self.coverage_table.sortByColumn(CoverageColumn.STANDARD, Qt.SortOrder.AscendingOrder)
        self.coverage_sort_menu = SortMenu(
            self.tr("Sort standards &coverage by"), self.coverage_table, self
        )
        self.coverage_table.sort_menu = self.coverage_sort_menu
        self.coverage_table.setAccessibleName(self.tr("Standards coverage"))
        self.coverage_table.setAccessibleDescription(
            self.tr("Each professional standard, and whether this period's entries cover it")
        )
        self.coverage_table.verticalHeader().hide()
        self.coverage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # A standard is the regulator's sentence: wrap it in full rather than cut it short
        # (in Welsh the other columns' headings take more of the width).
        self.coverage_table.setWordWrap(True)
        self.coverage_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.coverage_table.setTabKeyNavigation(False)
        header = self.coverage_table.horizontalHeader()
        header.setSectionResizeMode(CoverageColumn.STANDARD, QHeaderView.ResizeMode.Stretch)
        for column in (CoverageColumn.ENTRIES, CoverageColumn.HOURS, CoverageColumn.COVERED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        coverage_label.setBuddy(self.coverage_table)
        right_layout.addWidget(coverage_label)
        # Once for the table: which standards stay in English in a Welsh app, and why.
        self.coverage_language_note = QLabel(right)
        self.coverage_language_note.setWordWrap(True)
        self.coverage_language_note.hide()
        right_layout.addWidget(self.coverage_language_note)
        right_layout.addWidget(self.coverage_table, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self._order_tabs()

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the control that took the focus (by Tab, a shortcut or a click) into view."""
        if not shiboken6.isValid(self) or new is None or not shiboken6.isValid(new):
            return
        content = self.scroll_area.widget()
        if content is not None and content.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new, 8, 8)

    def _order_tabs(self) -> None:
        """Tab follows the page from top to bottom, left pane before right."""
        chain: list[QWidget] = [
            self.regulator_combo,
            self.period_combo,
            self.export_ended_button,
            self.new_period_button,
            self.warnings_list,
            self.chart_table_button,
            self.month_table,
            self.splitter.handle(1),
            self.coverage_table,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_chart_table(self, as_table: bool) -> None:
        self.month_table.setVisible(as_table)
        if self._chart_view is not None:
            self._chart_view.setVisible(not as_table)
        self.chart_table_button.setText(
            self.tr("Show hours by month as a &chart")
            if as_table
            else self.tr("Show hours by month as a &table")
        )

    def _set_month_table(self, report: ProgressReport) -> None:
        data = self.month_hours(report)
        self.month_model.removeRows(0, self.month_model.rowCount())
        for month, hours in data:
            name = QStandardItem(_month_year(month))
            value = QStandardItem(f"{hours:g}")
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.month_model.appendRow([name, value])
        summary = "; ".join(
            self.tr("{month}: {hours} hours").format(month=_month_year(m), hours=f"{h:g}")
            for m, h in data
        )
        summary = summary or self.tr("No hours recorded in this period yet")
        self.month_table.setAccessibleDescription(summary)
        if self._chart_view is not None:
            self._chart_view.setAccessibleDescription(summary)

    # --- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Compute the report again; on a worker thread when there is a task runner."""
        regulator = self.regulator_combo.currentData()
        year = self.period_combo.currentData()
        self._generation += 1
        generation = self._generation
        if self.tasks is not None and self._entries_pending is not None and self._entries_pending():
            self._waiting = True
            self.summary.setText(self.tr("Working out your progress…"))
            return
        self._waiting = False
        progress, profile, journal = (
            self.services.progress,
            self.services.profile,
            self.services.entries,
        )
        entries = self._all_entries() if self._all_entries is not None else None
        # "Period just ended" is the chosen regulator's: the other registrations show their
        # current period then (as `cpdlog progress` does); a chosen year applies to all.
        just_ended = self.just_ended is not None and self.period_combo.currentIndex() == 0
        others_year = None if just_ended else year

        review = self.services.review

        def work() -> tuple[
            ProgressReport,
            list[tuple[Registration, ProgressReport | str]],
            bool,
            dict[int, SignoffState],
        ]:
            held = [r.regulator_id for r in profile.registrations()]
            wanted = entries
            if wanted is None and any(h != regulator for h in held):
                wanted = journal.list_entries()  # read once for every report
            report = progress.report(regulator, year, wanted)
            others = other_reports(progress, report.profile.id, others_year, wanted)
            signed = review.states([*report.counted, *report.drafts]) if review else {}
            return report, others, report.profile.id in held, signed

        if self.tasks is None:
            try:
                self._apply(*work(), generation=generation)
            except CpdlogError as exc:
                self._failed(exc, generation)
            return
        self.summary.setText(self.tr("Working out your progress…"))
        self.tasks.start(
            work,
            lambda found: self._apply(*found, generation=generation),
            lambda error: self._failed(error, generation),
        )

    def entries_ready(self, *_args: Any) -> None:
        """The entries ``all_entries`` gives have been read (or could not be): report now."""
        if self._waiting:
            self.reload()

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self.report = None
        self.ended_box.hide()
        self.summary.setText(str(error) if isinstance(error, CpdlogError) else repr(error))
        self._set_cards(None)
        self._set_sections([])
        self.warnings_list.clear()
        self.coverage_model.set_rows([])
        self.report_ready.emit()

    def _apply(
        self,
        report: ProgressReport,
        others: list[tuple[Registration, ProgressReport | str]],
        held: bool = True,
        signed: dict[int, SignoffState] | None = None,
        *,
        generation: int,
    ) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.report = report
        self._show_summary(report)
        self._set_cards(report)
        self._set_sections(others, held)
        self._set_warnings(report, signed or {})
        self._set_coverage(report)
        self._set_month_table(report)
        if self._chart_view is not None:
            self._update_chart(report)
        self.report_ready.emit()

    def _show_summary(self, report: ProgressReport) -> None:
        days = report.days_left
        if days > 0:
            when = plural("ProgressView", days, "%n day left", "%n days left")
        elif days == 0:
            when = self.tr("today is the last day")
        else:
            when = self.tr("the deadline has passed")
        unmet = [r for r in report.rules if not r.met]
        if report.deadline_passed:
            state = (
                self.tr("Outcome: every requirement was met.")
                if not unmet
                else self.tr("Outcome: not met.")
            )
        else:
            state = (
                self.tr("All requirements are met.") if not unmet else self.tr("Not all met yet.")
            )
        hours = report.total_hours
        self.summary.setText(
            self.tr(
                "{regulator}: {start} to {end}. Deadline {deadline} ({when}). "
                "{entries} and {hours} counted. {state}"
            ).format(
                regulator=tr_domain(report.profile.name),
                start=format_long_date(report.period.start),
                end=format_long_date(report.period.end),
                deadline=format_long_date(report.deadline.date()),
                when=when,
                entries=plural("ProgressView", len(report.counted), "%n entry", "%n entries"),
                hours=self.tr("1 hour")
                if math.isclose(hours, 1)
                else self.tr("{hours} hours").format(hours=f"{hours:g}"),
                state=state,
            )
        )
        self._show_ended(report)

    def _show_ended(self, report: ProgressReport) -> None:
        """The outcome of a period whose deadline has passed, with its export."""
        if not report.deadline_passed:
            self.ended_box.hide()
            return
        outcome = self.tr("This period has ended. {outcome}").format(outcome=report.outcome())
        self.ended_label.setText(outcome)
        self.new_period_button.setVisible(self.period_combo.currentData() is not None)
        self.ended_box.show()

    def _export_shown_period(self) -> None:
        if self.report is not None:
            self.export_period_requested.emit(self.report.period)

    def show_current_period(self) -> None:
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(None)))

    def _set_cards(self, report: ProgressReport | None) -> None:
        results = list(report.rules) if report else []
        while len(self._cards) > len(results):
            card = self._cards.pop()
            card.setParent(None)
            card.deleteLater()
        while len(self._cards) < len(results):
            card = RequirementCard(self.cards_host)
            card.entries_requested.connect(
                lambda label, ids: self.show_counting_entries(self.report, label, ids)
            )
            self._cards.append(card)
        for card in self._cards:
            self.cards_layout.addWidget(card)
        if report:
            for card, result in zip(self._cards, results, strict=True):
                card.set_result(report, result)

    def _set_sections(
        self, others: list[tuple[Registration, ProgressReport | str]], held: bool = True
    ) -> None:
        """A section for each further registration; the heading names the page's own one
        (``held``: the practitioner holds it, so its number and licence type are shown)."""
        while len(self.sections) > len(others):
            section = self.sections.pop()
            section.setParent(None)
            section.deleteLater()
        while len(self.sections) < len(others):
            section = RegistrationSection(self.sections_host)
            section.entries_requested.connect(self.show_counting_entries)
            self.sections_layout.addWidget(section)
            section.show()
            self.sections.append(section)
        for section, (registration, report) in zip(self.sections, others, strict=True):
            index = self.regulator_combo.findData(registration.regulator_id)
            name = self.regulator_combo.itemText(index) if index >= 0 else ""
            section.set_report(registration, report, name)
        self.sections_host.setVisible(bool(others))
        if others and self.report is not None:
            shown = self.report.registration if held else None
            shown = shown or Registration(self.report.profile.id)
            self.primary_heading.setText(
                registration_title(shown, tr_domain(self.report.profile.name))
            )
            self.primary_heading.show()
        else:
            self.primary_heading.hide()

    def show_counting_entries(
        self, report: ProgressReport | None, rule_label: str, entry_ids: tuple[int, ...]
    ) -> CountingEntriesDialog | None:
        """List the entries that count towards a rule; opening one opens the entry."""
        if report is None or not entry_ids:
            return None
        known = {e.id: e for e in (*report.counted, *report.drafts) if e.id is not None}
        rows: list[tuple[int, str]] = []
        for entry_id in entry_ids:
            entry = known.get(entry_id)
            if entry is None:
                rows.append((entry_id, self.tr("Entry {id}").format(id=entry_id)))
                continue
            rows.append(
                (
                    entry_id,
                    self.tr("{title} — {date}, {hours}").format(
                        title=entry.title,
                        date=format_long_date(entry.start_date),
                        hours=self.tr("1 hour")
                        if math.isclose(entry.hours, 1)
                        else self.tr("{hours} hours").format(hours=f"{entry.hours:g}"),
                    ),
                )
            )
        if self.counting_dialog is not None:
            self.counting_dialog.close()
        dialog = CountingEntriesDialog(rule_label, rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.entry_requested.connect(self.entry_requested)
        dialog.destroyed.connect(lambda *_a: self._dialog_gone(dialog))
        self.counting_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_gone(self, dialog: CountingEntriesDialog) -> None:
        if self.counting_dialog is dialog:
            self.counting_dialog = None

    def _set_warnings(
        self, report: ProgressReport, signed: dict[int, SignoffState] | None = None
    ) -> None:
        self.warnings_list.clear()
        found: list[tuple[str, int | None]] = [(w.message, w.entry_id) for w in report.warnings]
        for entry in [*report.counted, *report.drafts]:
            state = (signed or {}).get(entry.id) if entry.id is not None else None
            if state is not None and state.changed:
                found.append(
                    (
                        self.tr("“{title}”: changed since it was signed off on {date}").format(
                            title=entry.title, date=format_long_date(state.signed_on)
                        ),
                        entry.id,
                    )
                )
        if not found:
            item = QListWidgetItem(icon("ok"), self.tr("Nothing to question so far."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.warnings_list.addItem(item)
            return
        for message, entry_id in found:
            item = QListWidgetItem(icon("warning"), message)
            item.setData(EntryIdRole, entry_id)
            if entry_id is not None:
                item.setToolTip(self.tr("Double-click or press Enter to open this entry"))
            self.warnings_list.addItem(item)

    def _set_coverage(self, report: ProgressReport) -> None:
        catalogue = self.services.entries.catalogue()
        wanted = report.profile.frameworks or tuple(f.id for f in catalogue.frameworks)
        frameworks = [fw for fid in wanted if (fw := catalogue.framework(fid)) is not None]
        standards = [std for fw in frameworks for std in fw.standards]
        self.coverage_model.set_rows(coverage_rows(standards, report.counted))
        self._keep_room_for_standards()
        notes = english_note(frameworks, i18n.language())
        self.coverage_language_note.setText("\n".join(notes))
        self.coverage_language_note.setVisible(bool(notes))

    def _keep_room_for_standards(self) -> None:
        """The coverage table asks for its counts and about 16 characters of the standard's
        sentence: the counts' columns fit their headings, and in Welsh those took all but 25 px
        of a 335 px table, so each standard showed a letter a line. Asked as its size hint, not
        a minimum: the panes stack when side by side they cannot have it
        (cpdlog.ui.widgets.stacking), and a narrower page still fits."""
        table = self.coverage_table
        header = table.horizontalHeader()
        counts = sum(
            max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            for column in (CoverageColumn.ENTRIES, CoverageColumn.HOURS, CoverageColumn.COVERED)
        )
        standard = table.fontMetrics().horizontalAdvance("m") * 16
        edges = table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()
        table.wanted_width = counts + standard + edges
        table.updateGeometry()

    def _warning_activated(self, item: QListWidgetItem) -> None:
        entry_id = item.data(EntryIdRole)
        if isinstance(entry_id, int):
            self.entry_requested.emit(entry_id)

    # --- chart (QtCharts is imported only when the page is first shown) --------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._chart_view is None:
            self._create_chart()
            if self.report is not None:
                self._update_chart(self.report)

    def _create_chart(self) -> None:
        from PySide6.QtCharts import QChart, QChartView

        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        view = QChartView(chart, self.chart_host)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(self.tr("Hours by month, as a chart"))
        # A picture is no Tab stop: its numbers are in the table the button above shows.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setVisible(not self.chart_table_button.isChecked())
        self.chart_layout.insertWidget(0, view)
        self._chart_view = view
        self._order_tabs()
        if self.report is not None:
            self._set_month_table(self.report)
        chart.plotAreaChanged.connect(lambda _area: self._fit_month_labels())

    def month_hours(self, report: ProgressReport) -> list[tuple[dt.date, float]]:
        months: list[dt.date] = []
        day = report.period.start.replace(day=1)
        while day <= report.period.end and len(months) < 60:
            months.append(day)
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        totals = dict.fromkeys(months, 0.0)
        for entry in report.counted:
            key = entry.start_date.replace(day=1)
            if key in totals:
                totals[key] += entry.hours
        return list(totals.items())

    def _update_chart(self, report: ProgressReport) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis

        chart = self._chart_view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        data = self.month_hours(report)
        bars = QBarSet(self.tr("Hours"))
        bars.append([hours for _, hours in data])
        bars.setLabelColor(self.palette().color(self.foregroundRole()))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(
            [
                short_month_name(m.month) + (f" {m:%y}" if m.month == 1 or i == 0 else "")
                for i, (m, _) in enumerate(data)
            ]
        )
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        self._month_axis = axis_x
        axis_y = QValueAxis()
        top = max([h for _, h in data] + [1.0])
        axis_y.setRange(0, math.ceil(top * 1.15))
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%g")
        axis_y.setTitleText(self.tr("Hours"))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.setTitle(
            self.tr("Hours by month, {start} to {end}").format(
                start=_short_month_year(report.period.start),
                end=_short_month_year(report.period.end),
            )
        )
        self._apply_chart_theme(chart)
        self._fit_month_labels()

    def _fit_month_labels(self) -> None:
        """Month names stand upright when they do not fit side by side (never cut short)."""
        axis = self._month_axis
        if axis is None or self._chart_view is None:
            return
        labels = list(axis.categories())
        width = self._chart_view.chart().plotArea().width()
        if width <= 0:
            return
        fits = labels_fit_across(labels, QFontMetricsF(axis.labelsFont()), width)
        angle = 0 if fits else -90
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)

    def month_labels_fit(self) -> bool:
        """Whether every month label shows in full: level and side by side, or upright
        each within its own bar's width."""
        axis = self._month_axis
        if axis is None or self._chart_view is None:
            return False
        labels = list(axis.categories())
        metrics = QFontMetricsF(axis.labelsFont())
        width: float = self._chart_view.chart().plotArea().width()
        if axis.labelsAngle() == 0:
            return labels_fit_across(labels, metrics, width)
        return metrics.height() + LABEL_PADDING <= width / max(1, len(labels))

    def _apply_chart_theme(self, chart: Any) -> None:
        """Follow the application palette so the chart suits a light or dark desktop."""
        palette = self.palette()
        chart.setBackgroundBrush(palette.base())
        chart.setTitleBrush(palette.text())
        for axis in chart.axes():
            axis.setLabelsBrush(palette.text())
            axis.setTitleBrush(palette.text())
