"""The journal: filters, live full-text search, the entries table and a read-only detail pane."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionHeader,
    QVBoxLayout,
    QWidget,
)

from cpdlog import i18n
from cpdlog.domain.entry import ActivityType, Entry, EntryStatus
from cpdlog.errors import CpdlogError
from cpdlog.ui.icons import icon
from cpdlog.ui.models.entries import (
    Column,
    EntriesFilterProxyModel,
    EntriesTableModel,
    SnippetHtmlRole,
    heading,
    sort_entries,
)
from cpdlog.ui.sorting import SortableTable, SortMenu
from cpdlog.ui.text import activity_label, format_date, plural
from cpdlog.ui.views.entry_detail import EntryDetailView
from cpdlog.ui.widgets.delegates import HtmlDelegate, WordElideDelegate
from cpdlog.ui.widgets.flow import flow_host

if TYPE_CHECKING:
    from cpdlog.domain.frameworks import Catalogue
    from cpdlog.domain.review import SignoffState
    from cpdlog.domain.search import EntryFilter
    from cpdlog.domain.templates import Template
    from cpdlog.services.app import App, Clock
    from cpdlog.services.capture import CaptureService
    from cpdlog.services.entries import EntryService
    from cpdlog.services.practitioner import PractitionerService
    from cpdlog.services.progress import ProgressService
    from cpdlog.services.review import ReviewService
    from cpdlog.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class JournalServices:
    """What the journal page uses: the entries, the inbox count of saved pages, and the
    current period (profile, progress and the clock) for its period filter."""

    entries: EntryService
    capture: CaptureService
    profile: PractitionerService
    progress: ProgressService
    clock: Clock
    review: ReviewService | None = None  # sign-off status beside each entry

    @classmethod
    def of(cls, app: App) -> JournalServices:
        return cls(app.entries, app.capture, app.profile, app.progress, app.clock, app.review)


# Columns give way to the title when the table is narrow: each shrinks from its usual width
# towards its compact width (enough for its typical contents; longer text is elided).
COLUMN_WIDTHS: dict[Column, tuple[int, int]] = {  # usual, compact
    Column.DATE: (100, 88),
    Column.TYPE: (150, 84),
    Column.HOURS: (88, 80),  # room for "10 h 45 min"
    Column.STANDARDS: (120, 72),
    Column.PEER: (104, 56),
    Column.STATUS: (80, 72),
    Column.MATCH: (300, 120),
}
DATE_PADDING = 14  # px around a cell's text (margins and the grid line)


TITLE_MINIMUM = 160  # px: the least the title column is given while the table fits


def fit_widths(
    available: int, columns: dict[int, tuple[int, int]], title_minimum: int = TITLE_MINIMUM
) -> dict[int, int]:
    """Widths for the columns beside the title so that the title (which takes what is left of
    ``available``) is the widest column and at least ``title_minimum`` when that is possible.

    ``columns`` maps a column to (wanted, compact) widths. Each column gives up the same share
    of its (wanted - compact) slack; none goes below its compact width."""

    def widths(share: float) -> dict[int, int]:
        return {
            c: max(compact, round(wanted - share * max(0, wanted - compact)))
            for c, (wanted, compact) in columns.items()
        }

    def fits(found: dict[int, int]) -> bool:
        title = available - sum(found.values())
        return title >= max([title_minimum, *found.values()])

    if not columns or fits(widths(0.0)):
        return widths(0.0)
    low, high = 0.0, 1.0
    for _ in range(20):
        middle = (low + high) / 2
        if fits(widths(middle)):
            high = middle
        else:
            low = middle
    return widths(high)


def fit_choices(combo: QComboBox, texts: list[str]) -> None:
    """Widen ``combo`` (never narrow it) so that each of ``texts`` shows whole in it.

    With ``AdjustToMinimumContentsLength…`` Qt sizes the box by a count of "X" widths, so the
    count is raised until the widest text fits; the words' own width, not their length in
    letters, decides, whatever the language.
    """
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    letter = max(1, metrics.horizontalAdvance("X"))
    combo.setMinimumContentsLength(max(combo.minimumContentsLength(), -(-widest // letter)))


INBOX = "inbox"  # the Status filter's choice for captured drafts not reflected on yet


def _is_everything(entry_filter: EntryFilter) -> bool:
    from cpdlog.domain.search import EntryFilter

    return entry_filter == EntryFilter()


class Period:
    ALL = "all"
    CURRENT = "current"
    PREVIOUS = "previous"
    YEAR = "year"
    LAST_12_MONTHS = "12m"


class JournalView(QWidget):
    """Lists entries. Emits ``edit_requested(id)`` and ``current_changed(entry or None)``.

    Built without a journal (``services`` None) it shows its widgets at once and waits for
    :meth:`attach`, so that the window can appear while the database is still being opened.
    """

    edit_requested = Signal(int)
    current_changed = Signal(object)
    count_changed = Signal(int, int)  # shown, total
    loaded = Signal()
    load_failed = Signal(object)
    signoffs_loaded = Signal()
    trash_requested = Signal()
    new_entry_requested = Signal()

    def __init__(
        self,
        services: JournalServices | None,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services: JournalServices | None = None
        self.tasks = tasks
        self._signoff_reading = 0
        self._generation = 0
        self._total = 0
        self.inbox_count = 0  # shown in the Status filter as "Inbox (N)"
        self._holds_everything = False  # the rows are the whole journal (no filter chosen)
        self._reading_everything = False  # ...and a worker is reading it again
        self.setObjectName("JournalView")
        self._templates: dict[str, Template] = {}
        self._catalogue: Catalogue | None = None
        self.model = EntriesTableModel(None, self)
        self.proxy = EntriesFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self._wanted_widths: dict[int, int] = {c: w for c, (w, _) in COLUMN_WIDTHS.items()}
        self._user_widths: set[int] = set()  # columns whose width the user chose: kept as set
        self._fitting = False
        self._build()
        if services is not None:
            self.attach(services)
        else:
            self.count_label.setText(self.tr("Opening your journal…"))

    def attach(self, services: JournalServices) -> None:
        """The journal is open: fill the lists that come from it and read the entries."""
        self.services = services
        self._templates = services.entries.templates()
        self._catalogue = services.entries.catalogue()
        self.model.set_catalogue(self._catalogue)
        self._filling = True
        self._fill_standards()
        self._filling = False
        if self.tasks is None:
            self._fill_tags()
            self.reload()
        else:
            self.reload_in_background()

    # --- construction ----------------------------------------------------------------------
    def _combo(self, layout: QLayout, text: str, name: str, description: str) -> QComboBox:
        # label and box stay together when the row of filters wraps in a narrow window
        pair = QWidget(self)
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, pair)
        combo = QComboBox(pair)
        combo.setAccessibleName(name)
        combo.setAccessibleDescription(description)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(7)
        label.setBuddy(combo)
        pair_layout.addWidget(label)
        pair_layout.addWidget(combo)
        layout.addWidget(pair)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        search_row = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search titles, reflections, tags and sources (Ctrl+F)")
        )
        self.search_edit.setAccessibleName(self.tr("Search the journal"))
        self.search_edit.setAccessibleDescription(
            self.tr("Type words to show only the entries that contain them")
        )
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        self.count_label = QLabel(self)
        # Its text ("3 of 12 entries") is what a screen reader reads; a fixed name would hide it.
        self.count_label.setAccessibleDescription(self.tr("Number of entries shown"))
        search_row.addWidget(self.count_label)
        self.search_edit.installEventFilter(self)
        layout.addLayout(search_row)

        self.filters_host, filters = flow_host(self)
        self.period_combo = self._combo(
            filters,
            self.tr("&Period:"),
            self.tr("Period"),
            self.tr("Show only the entries from this stretch of time"),
        )
        self.type_combo = self._combo(
            filters,
            self.tr("T&ype:"),
            self.tr("Activity type"),
            self.tr("Show only one kind of learning, such as courses or reading"),
        )
        self.standard_combo = self._combo(
            filters,
            self.tr("Sta&ndard:"),
            self.tr("Standard"),
            self.tr("Show only the entries linked to this professional standard"),
        )
        self.tag_combo = self._combo(
            filters,
            self.tr("T&ag:"),
            self.tr("Tag"),
            self.tr("Show only the entries with this tag"),
        )
        self.status_combo = self._combo(
            filters,
            self.tr("Stat&us:"),
            self.tr("Status"),
            self.tr("Show only drafts, or only complete entries"),
        )
        self.trash_button = QPushButton(icon("delete"), self.tr("Trash"), self)
        self.trash_button.setObjectName("journalTrashButton")
        self.trash_button.setFlat(True)
        self.trash_button.setToolTip(
            self.tr("Entries you moved to the trash: restore them or delete them for good (Ctrl+5)")
        )
        self.trash_button.clicked.connect(self.trash_requested)
        search_row.addWidget(self.trash_button)
        layout.addWidget(self.filters_host)
        self._fill_filters()

        self.table = SortableTable(self)
        self.table.setModel(self.proxy)
        self.table.setObjectName("entriesTable")
        self.table.setAccessibleName(self.tr("Entries"))
        self.table.setAccessibleDescription(
            self.tr("Your CPD entries. Press Enter on an entry to open it")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(48)
        for column, (width, _compact) in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        self.table.setColumnHidden(Column.MATCH, True)
        self.table.setItemDelegateForColumn(Column.MATCH, HtmlDelegate(SnippetHtmlRole, self.table))
        # a title too long for its column is cut at a word (its tooltip shows it whole)
        self.title_delegate = WordElideDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.TITLE, self.title_delegate)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        # Sorting without a mouse: the table's context menu and the View menu's submenu
        self.sort_menu = SortMenu(self.tr("&Sort the journal by"), self.table, self)
        self.table.sort_menu = self.sort_menu

        self.empty_state = QWidget(self)
        self.empty_state.setObjectName("journalEmptyState")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        self.empty_label = QLabel(
            self.tr(
                "Your journal is empty.\n\nRecord your first piece of CPD: a course, a "
                "supervision session, an article you read or a team discussion all count."
            ),
            self.empty_state,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.empty_label)
        self.first_entry_button = QPushButton(
            icon("new"), self.tr("New entry… (Ctrl+N)"), self.empty_state
        )
        self.first_entry_button.setAccessibleDescription(
            self.tr("Opens a blank entry for your first piece of CPD")
        )
        self.first_entry_button.clicked.connect(self.new_entry_requested)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.first_entry_button)
        button_row.addStretch(1)
        empty_layout.addLayout(button_row)
        empty_layout.addStretch(2)
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_state)

        self.detail = EntryDetailView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("journalSplitter")
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 360])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        QWidget.setTabOrder(self.search_edit, self.period_combo)
        QWidget.setTabOrder(self.period_combo, self.type_combo)
        QWidget.setTabOrder(self.type_combo, self.standard_combo)
        QWidget.setTabOrder(self.standard_combo, self.tag_combo)
        QWidget.setTabOrder(self.tag_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.table)
        QWidget.setTabOrder(self.table, self.detail)

    def _fill_filters(self) -> None:
        self._filling = True
        self.period_combo.addItem(self.tr("All dates"), Period.ALL)
        self.period_combo.addItem(self.tr("This registration period"), Period.CURRENT)
        self.period_combo.addItem(self.tr("Last registration period"), Period.PREVIOUS)
        self.period_combo.addItem(self.tr("This calendar year"), Period.YEAR)
        self.period_combo.addItem(self.tr("Last 12 months"), Period.LAST_12_MONTHS)
        self.type_combo.addItem(self.tr("All types"), None)
        for activity in ActivityType:
            self.type_combo.addItem(activity_label(activity), activity.value)
        self.standard_combo.addItem(self.tr("All standards"), None)
        self.standard_combo.setMinimumContentsLength(10)
        self.status_combo.addItem(self.tr("Any status"), None)
        self.status_combo.addItem(self.tr("Complete"), EntryStatus.COMPLETE.value)
        self.status_combo.addItem(self.tr("Draft"), EntryStatus.DRAFT.value)
        self.status_combo.addItem(self.tr("Inbox"), INBOX)  # captured, not reflected on yet
        self.tag_combo.addItem(self.tr("All tags"), None)
        # Each box shows its "All …" choice whole in every language ("Unrhyw statws" was
        # cut to "Unrhyw statw"), and the status box each of its short choices.
        for combo in (self.period_combo, self.type_combo, self.standard_combo, self.tag_combo):
            fit_choices(combo, [combo.itemText(0)])
        statuses = [self.status_combo.itemText(i) for i in range(self.status_combo.count())]
        fit_choices(self.status_combo, [*statuses, self.tr("Inbox ({count})").format(count=999)])
        self._filling = False

    def _fill_standards(self) -> None:
        if self._catalogue is None:
            return
        for fw in self._catalogue.frameworks:
            for std in fw.standards:
                indent = "    " if std.parent else ""
                title = std.title_in(i18n.language())
                text = f"{indent}{fw.id.upper()} {std.local_id} {title}"
                self.standard_combo.addItem(text[:70] + ("…" if len(text) > 70 else ""), std.id)
                self.standard_combo.setItemData(
                    self.standard_combo.count() - 1,
                    title,
                    Qt.ItemDataRole.ToolTipRole,
                )

    def _fill_tags(self) -> None:
        if self.services is not None:
            self._set_tags(self.services.entries.tags())

    def _set_tags(self, tags: list[tuple[str, int]]) -> None:
        current = self.tag_combo.currentData()
        was_filling = getattr(self, "_filling", False)
        self._filling = True
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag, count in tags:
            self.tag_combo.addItem(f"{tag} ({count})", tag)
        index = self.tag_combo.findData(current)
        self.tag_combo.setCurrentIndex(max(0, index))
        self._filling = was_filling

    def _set_inbox_count(self, count: int) -> None:
        index = self.status_combo.findData(INBOX)
        self.inbox_count = count
        self.status_combo.setItemText(index, self.tr("Inbox ({count})").format(count=count))

    # --- filtering -------------------------------------------------------------------------
    def _period_range(self) -> tuple[dt.date | None, dt.date | None]:
        assert self.services is not None
        choice = self.period_combo.currentData()
        today = self.services.clock().astimezone().date()
        if choice == Period.YEAR:
            return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        if choice == Period.LAST_12_MONTHS:
            return today - dt.timedelta(days=365), today
        if choice in (Period.CURRENT, Period.PREVIOUS):
            try:
                profile = self.services.profile.requirement_profile()
                period = self.services.progress.period(profile)
                if choice == Period.PREVIOUS:
                    period = self.services.progress.period(
                        profile, on=period.start - dt.timedelta(days=1)
                    )
            except CpdlogError as exc:
                self.count_label.setText(str(exc))
                return None, None
            return period.start, period.end
        return None, None

    def current_filter(self) -> EntryFilter:
        from cpdlog.domain.search import EntryFilter

        date_from, date_to = self._period_range()
        activity = self.type_combo.currentData()
        status = self.status_combo.currentData()
        inbox = status == INBOX
        status = None if inbox else status
        return EntryFilter(
            date_from=date_from,
            date_to=date_to,
            activity_type=ActivityType(activity) if activity else None,
            standard=self.standard_combo.currentData(),
            tag=self.tag_combo.currentData(),
            status=EntryStatus(status) if status else None,
            inbox=True if inbox else None,
        )

    def _filters_changed(self, *_args: Any) -> None:
        if not getattr(self, "_filling", False) and self.services is not None:
            self.reload()

    def reload(self, keep_id: int | None = None) -> None:
        """Read the entries again (after a save, delete, undo or filter change)."""
        if self.services is None:
            return
        if keep_id is None:
            current = self.current_entry()
            keep_id = current.id if current else None
        self._generation += 1
        self._reading_everything = False
        entry_filter = self.current_filter()
        entries = self.services.entries.list_entries(entry_filter)
        self._apply_entries(entries, keep_id, everything=_is_everything(entry_filter))
        if not _is_everything(entry_filter):
            self._set_inbox_count(self.services.capture.inbox_count())

    def reload_in_background(self) -> None:
        """Read the entries and tags on a worker thread (start-up with a large journal).

        The worker also puts the entries in the table's current order, so the GUI thread
        only swaps the rows in."""
        assert self.tasks is not None and self.services is not None
        self._generation += 1
        generation = self._generation
        entry_filter = self.current_filter()
        entries_service = self.services.entries
        catalogue = self._catalogue
        column, order = self.proxy.sort_request
        self._reading_everything = _is_everything(entry_filter)
        self.count_label.setText(self.tr("Loading…"))

        def load() -> tuple[list[Entry], list[tuple[str, int]]]:
            entries = entries_service.list_entries(entry_filter)
            if column >= 0:
                entries = sort_entries(entries, column, order, catalogue)
            return entries, entries_service.tags()

        def loaded(result: tuple[list[Entry], list[tuple[str, int]]]) -> None:
            if generation == self._generation:  # a newer reload has already landed
                entries, tags = result
                self._reading_everything = False
                self._set_tags(tags)
                self._apply_entries(entries, None, (column, order), _is_everything(entry_filter))
                self.loaded.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._reading_everything = False
                self.count_label.setText(
                    str(error)
                    if isinstance(error, CpdlogError)
                    else self.tr("The journal could not be read: {error}").format(error=error)
                )
                self.load_failed.emit(error)

        self.tasks.start(load, loaded, failed)

    def _apply_entries(
        self,
        entries: list[Entry],
        keep_id: int | None,
        sorted_by: tuple[int, Qt.SortOrder] | None = None,
        everything: bool = False,
    ) -> None:
        self._total = len(entries)
        self._holds_everything = everything
        if everything:
            self._set_inbox_count(sum(1 for e in entries if e.inbox))
        self.model.set_entries(entries)
        self._load_signoffs(entries)
        if sorted_by is None or sorted_by != self.proxy.sort_request:
            self.proxy.resort()
        if self.search_edit.text().strip():
            self.apply_search()
        self._update_count()
        if keep_id is not None:
            self.select_entry(keep_id)
        else:
            self.detail.show_placeholder()
            self.current_changed.emit(None)

    def _load_signoffs(self, entries: list[Entry]) -> None:
        """Each entry's sign-off state, worked out on a worker (it hashes entries); only the
        newest reading's answer is shown (``signoffs_loaded`` then)."""
        review = self.services.review if self.services is not None else None
        if review is None or self.tasks is None:
            return
        self._signoff_reading += 1
        reading = self._signoff_reading
        snapshot = list(entries)

        def shown(states: dict[int, SignoffState]) -> None:
            if reading == self._signoff_reading:
                self.model.set_signoffs(states)
                self.signoffs_loaded.emit()

        self.tasks.start(lambda: review.states(snapshot), shown, lambda _error: None)

    def reading_everything(self) -> bool:
        """Whether a worker is reading the whole journal for the table (``loaded`` or
        ``load_failed`` follows)."""
        return self._reading_everything

    def all_entries(self) -> list[Entry] | None:
        """Every entry in the journal when the table holds exactly that (no filter chosen, the
        last reading landed), for views that would otherwise read them all again; else None.
        """
        if self.services is None or not self._holds_everything:
            return None
        return self.model.entries()

    def refresh_reference_lists(self) -> None:
        self._fill_tags()

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.services is None:
            return  # searched once the journal is open (see _apply_entries)
        query = self.search_edit.text().strip()
        if not query:
            self.model.set_snippets({})
            self.proxy.set_search_ids(None)
            self.table.setColumnHidden(Column.MATCH, True)
            self.fit_columns()
            self._update_count()
            return
        hits = self.services.entries.search(query, SEARCH_LIMIT)
        snippets = {h.entry.id: h.snippet for h in hits if h.entry.id is not None}
        self.model.set_snippets(snippets)
        self.proxy.set_search_ids(set(snippets))
        self.table.setColumnHidden(Column.MATCH, False)
        self.fit_columns()
        self._update_count()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _update_count(self, *_args: Any) -> None:
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        if self.proxy.searching:
            text = plural("JournalView", shown, "%n match", "%n matches")
        else:
            text = plural("JournalView", shown, "%n entry", "%n entries")
        self.count_label.setText(text)
        self._update_empty_state()
        self.count_changed.emit(shown, total)

    def is_empty_journal(self) -> bool:
        """Nothing in the journal at all (not merely nothing matching a filter or search)."""
        return (
            self.services is not None
            and self._holds_everything
            and self.model.rowCount() == 0
            and not self.search_edit.text().strip()
        )

    def _update_empty_state(self) -> None:
        empty = self.is_empty_journal()
        self.table_stack.setCurrentWidget(self.empty_state if empty else self.table)
        if empty:
            self.detail.show_placeholder(
                self.tr("Your journal is empty. Press Ctrl+N to record your first piece of CPD.")
            )

    # --- layout ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search_edit.text()
        ):
            self.search_edit.clear()
            self.apply_search()
            return True
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self._wanted_widths and new > 0:
            self._wanted_widths[column] = new  # the user dragged it: that is the width wanted
            self._user_widths.add(column)

    def remember_column_widths(self) -> None:
        """Take the columns' restored widths as the wanted ones. A width above the usual one
        was the user's choice and is kept; one below it may have been narrowed to fit a
        smaller window, so the column may grow back to its usual width."""
        for column in self._wanted_widths:
            width = self.table.columnWidth(column)
            usual = COLUMN_WIDTHS[Column(column)][0]
            if width > usual:
                self._wanted_widths[column] = width
                self._user_widths.add(column)

    def header_width(self, column: int, two_line: bool = False) -> int:
        """The width the column's heading needs whole (on one line, or on two), sort arrow
        included, as the style measures it: Welsh headings are longer ("Myfyrio gyda
        chymheiriad")."""
        header = self.table.horizontalHeader()
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.section = column
        option.text = heading(column, two_line)
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        size = header.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, header.sizeHint(), header
        )
        return size.width()

    def _compact_width(self, column: int) -> int:
        """A column's compact width; the date column's is never less than its widest date
        in the app's language ("28 Gorff 2026" in Welsh), so a date is never cut."""
        compact = COLUMN_WIDTHS[Column(column)][1]
        if column != Column.DATE:
            return compact
        metrics = self.table.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(format_date(dt.date(2026, month, 28)))
            for month in range(1, 13)
        )
        return max(compact, widest + DATE_PADDING)

    def fit_columns(self) -> None:
        """Let the other columns give way so the title stays the widest column. With room
        to spare a column is as wide as its heading on one line (a long Welsh one
        included); in a narrow window it gives way, its heading on two lines if they fit."""
        header = self.table.horizontalHeader()
        one_line = {c: self.header_width(c) for c in self._wanted_widths}
        columns = {
            c: (
                self._wanted_widths[c]
                if c in self._user_widths
                else max(self._wanted_widths[c], self._compact_width(c), one_line[c]),
                self._wanted_widths[c] if c in self._user_widths else self._compact_width(c),
            )
            for c in self._wanted_widths
            if not header.isSectionHidden(c)
        }
        available = self.table.viewport().width()
        widths = fit_widths(available, columns)
        title = available - sum(widths.values())
        # With large text even the compact columns leave the title too little room (51 px
        # beside a 170 px date at doubled text in a 1000 px window). The table then scrolls
        # sideways instead (as it does when a heading would be cut even on two lines): each
        # other column as wide as its heading on two lines (or its compact width), the title
        # as wide as the widest of them and half the view at least.
        two_lines = {c: self.header_width(c, two_line=True) for c in widths}
        scrolls = bool(widths) and (
            title < max(TITLE_MINIMUM, *widths.values())
            or any(w < min(two_lines[c], columns[c][0]) for c, w in widths.items())
        )
        if scrolls:
            widths = {
                c: min(max(compact, two_lines[c]), wanted)
                for c, (wanted, compact) in columns.items()
            }
            least = max(TITLE_MINIMUM, available // 2, *widths.values())
            title = max(least, available - sum(widths.values()))
        self._fitting = True
        try:
            mode = QHeaderView.ResizeMode.Interactive if scrolls else QHeaderView.ResizeMode.Stretch
            if header.sectionResizeMode(Column.TITLE) != mode:
                header.setSectionResizeMode(Column.TITLE, mode)
            for column, width in widths.items():
                if self.table.columnWidth(column) != width:
                    self.table.setColumnWidth(column, width)
            if scrolls and self.table.columnWidth(Column.TITLE) != title:
                self.table.setColumnWidth(Column.TITLE, title)
        finally:
            self._fitting = False
        # a heading too wide for its column goes on two lines when they fit; below that
        # it is elided, and its tooltip shows it whole
        self.model.set_two_line_headings(
            {
                c
                for c, w in widths.items()
                if w < one_line[c] and w >= self.header_width(c, two_line=True)
            }
        )

    # --- selection -------------------------------------------------------------------------
    def current_entry(self) -> Entry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.entry_at(index.row())

    def selected_entries(self) -> list[Entry]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        found = [self.proxy.entry_at(r) for r in rows]
        entries = [e for e in found if e is not None]
        if not entries:
            current = self.current_entry()
            return [current] if current else []
        return entries

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            self.detail.show_placeholder()
            self.current_changed.emit(None)
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE))
        if not proxy_index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(proxy_index)
        self._show(self.proxy.entry_at(proxy_index.row()))
        return True

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.proxy.entry_at(current.row()) if current.isValid() else None)

    def _show(self, entry: Entry | None) -> None:
        if entry is None or self._catalogue is None:  # no entry is listed before attach()
            self.detail.show_placeholder()
        else:
            self.detail.show_entry(entry, self._templates, self._catalogue)
        self.current_changed.emit(entry)

    def _activated(self, index: QModelIndex) -> None:
        entry = self.proxy.entry_at(index.row())
        if entry is not None and entry.id is not None:
            self.edit_requested.emit(entry.id)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
