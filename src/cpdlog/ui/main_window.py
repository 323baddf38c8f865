"""The main window: navigation, menus, toolbar, status bar, undo, and the wiring between views.

Views emit signals; the window calls the services and tells the other views what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.entry import Entry
from cpdlog.errors import CpdlogError, ServerUnreachableError
from cpdlog.ui import a11y
from cpdlog.ui.actions import create_actions
from cpdlog.ui.auto_refresh import AutoRefresh
from cpdlog.ui.drafts import Draft, DraftStore
from cpdlog.ui.icons import app_icon, icon
from cpdlog.ui.language import language_menu
from cpdlog.ui.reminders import ReminderNotifier
from cpdlog.ui.settings import WindowState
from cpdlog.ui.sorting import SortMenu
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.text import plural, tr_domain
from cpdlog.ui.views.journal import JournalServices, JournalView
from cpdlog.ui.widgets.status_bar import ElidingStatusBar
from cpdlog.ui.widgets.toolbar import ToolbarTextFitter

if TYPE_CHECKING:
    from cpdlog.paths import AppPaths
    from cpdlog.services.app import App
    from cpdlog.services.feeds import FeedService
    from cpdlog.services.portfolio import PortfolioService
    from cpdlog.ui.dialogs.entry_editor import EntryEditorDialog
    from cpdlog.ui.dialogs.recovery import RecoveryDialog
    from cpdlog.ui.dialogs.review import ReviewController
    from cpdlog.ui.dialogs.welcome import WelcomeDialog
    from cpdlog.ui.views.export import ExportDialog, ExportView
    from cpdlog.ui.views.progress import ProgressView
    from cpdlog.ui.views.reader import ReaderView
    from cpdlog.ui.views.trash import TrashView


PROGRESS_INTERVAL_MS = 150


class Page:
    JOURNAL = "journal"
    READER = "reader"
    PROGRESS = "progress"
    EXPORT = "export"
    TRASH = "trash"


class TrashEntriesCommand(QUndoCommand):
    """Move entries to the trash; undo restores them."""

    def __init__(self, window: MainWindow, entries: list[Entry]) -> None:
        count = len(entries)
        text = (
            QCoreApplication.translate("MainWindow", "Move “{title}” to the trash").format(
                title=entries[0].title
            )
            if count == 1
            else plural(
                "MainWindow", count, "Move %n entry to the trash", "Move %n entries to the trash"
            )
        )
        super().__init__(text)
        self.window = window
        self.ids = [e.id for e in entries if e.id is not None]

    def redo(self) -> None:
        for entry_id in self.ids:
            self.window.app.entries.delete(entry_id)
        self.window.entries_changed()

    def undo(self) -> None:
        for entry_id in self.ids:
            self.window.app.entries.restore(entry_id)
        self.window.entries_changed(keep_id=self.ids[0] if self.ids else None)


class ToolbarUndoAction(QAction):
    """ "Undo", enabled when there is something to undo; the tooltip says what."""

    def __init__(self, stack: QUndoStack, shortcut: str, parent: QWidget) -> None:
        super().__init__(icon("undo"), QCoreApplication.translate("MainWindow", "Undo"), parent)
        self.setObjectName("toolbarUndo")
        self._shortcut = shortcut
        self.setEnabled(stack.canUndo())
        self.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.setEnabled)
        stack.undoTextChanged.connect(self.describe)
        self.describe(stack.undoText())

    def describe(self, text: str) -> None:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        translate = QCoreApplication.translate
        tip = (
            translate("MainWindow", "Undo: {what}").format(what=text)
            if text
            else translate("MainWindow", "Undo")
        )
        self.setToolTip(f"{tip} ({self._shortcut})" if self._shortcut else tip)
        self.setStatusTip(tip)


class MainWindow(QMainWindow):
    """Holds the application object and the views; everything else is wired from here.

    ``MainWindow(app)`` is ready at once. ``MainWindow(paths=...)`` builds the same window
    before the journal is open, so it can be shown while the database layer loads on a
    worker; :meth:`attach` then hands it the application object and the views fill in.
    """

    entry_saved = Signal(object)
    editor_opened = Signal(object)
    startup_finished = Signal()
    attached = Signal()

    def __init__(
        self,
        app: App | None = None,
        *,
        paths: AppPaths | None = None,
        tasks: TaskRunner | None = None,
        check_startup: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            a11y.install(application)  # focus rings, 24 px targets, movable dividers
        if app is not None:
            paths = app.paths
        if paths is None:
            raise ValueError("MainWindow needs the application or its data folder's paths")
        self.app: App = None  # type: ignore[assignment]  # set by attach()
        self.paths = paths
        self.tasks = tasks or TaskRunner(parent=self)
        self.drafts = DraftStore(paths.drafts)
        # a journal on the organisation's server: the key its drafts are sealed with on this
        # computer, from the keychain (set by the start-up before it attaches the journal)
        self.server_draft_key: bytes | None = None
        self.state = WindowState(paths.home)
        self.undo_stack = QUndoStack(self)
        self.editors: list[EntryEditorDialog] = []
        self._check_startup = check_startup
        self._pages: dict[str, QWidget] = {}
        self._page_factories: dict[str, Callable[[], QWidget]] = {}
        # each page once built (they are built on first use), with its own type
        self._progress: ProgressView | None = None
        self._reader: ReaderView | None = None
        self._export: ExportView | None = None
        self._trash: TrashView | None = None
        self.welcome_dialog: WelcomeDialog | None = None
        self.recovery_dialog: RecoveryDialog | None = None
        self._review_controller: ReviewController | None = None

        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("cpdlog"))
        self.setWindowIcon(app_icon())
        self.setUnifiedTitleAndToolBarOnMac(True)
        self.window_actions = create_actions(self)
        self.auto_refresh = AutoRefresh(self)
        self.reminders = ReminderNotifier(self)
        self._build_central()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self._restore_state()
        self._update_actions()
        if app is not None:
            self.attach(app)
        else:
            self._set_open(False)
            self.statusBar().showMessage(self.tr("Opening your journal…"))

    @property
    def is_attached(self) -> bool:
        return self.app is not None

    def attach(self, app: App) -> None:
        """The journal is open: enable what needs it, fill the views and run the checks."""
        if self.app is not None:
            return
        self.app = app
        from cpdlog.ui.drafts import draft_key

        # an encrypted journal's drafts are sealed with its key; a server journal's with the
        # keychain's drafts key (none on this computer: no keychain); a plain file's are not
        on_server = app.db.sqlite_path is None
        self.drafts.key = (
            draft_key(app.data_key)
            if app.data_key is not None
            else (self.server_draft_key if on_server else None)
        )
        self.journal.attach(JournalServices.of(app))
        self._set_open(True)
        self.statusBar().clearMessage()
        self._show_opening_notices(app)
        self._update_actions()
        from cpdlog.ui.capture import CaptureBridge

        self.capture = CaptureBridge(
            app, self.tasks, self.statusBar(), lambda: self.journal.reload(), self
        )
        self.capture.start()
        self.attached.emit()
        self.offline.attached()  # entries that waited for the server are saved now
        self.auto_refresh.start()
        if self._check_startup:
            QTimer.singleShot(0, self.run_startup_checks)
            QTimer.singleShot(0, self.reminders.start)

    def _show_opening_notices(self, app: App) -> None:
        """A read-only journal says so for as long as it is open; evidence records set aside
        by the start-up check are reported once."""
        if app.read_only:
            label = QLabel(
                self.tr(
                    "Read-only: the folder {home} cannot be written, so changes cannot be saved."
                ).format(home=app.paths.home)
            )
            label.setObjectName("read_only_notice")
            self.statusBar().addPermanentWidget(label)
        report = app.quarantine_report
        if report is not None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("cpdlog"),
                self.tr(
                    "cpdlog set aside {count} evidence record(s) whose id is not valid (from a "
                    "damaged or crafted import). No file was read or deleted for them; they are "
                    "listed in {note}."
                ).format(count=report.rows, note=report.note),
                parent=self,
            )
            box.setObjectName("quarantine_notice")
            box.open()

    def _set_open(self, ready: bool) -> None:
        """Commands and pages that need the journal wait until it is open."""
        a = self.window_actions
        for action in (
            a.new_entry,
            a.find,
            a.backup,
            a.profile,
            a.reload,
            a.show_reader,
            a.show_progress,
            a.show_export,
            a.show_trash,
            a.refresh_feeds,
            a.export,
        ):
            action.setEnabled(ready)
        self.reminders.action.setEnabled(ready)
        for review_action in self.review_actions:
            review_action.setEnabled(ready)
        self.navigation.setEnabled(ready)

    @property
    def feeds(self) -> FeedService:
        """The feed service, loaded the first time the reader needs it."""
        return self.app.feeds

    @property
    def portfolio(self) -> PortfolioService:
        """The portfolio service (ReportLab is imported only when an export is wanted)."""
        return self.app.portfolio

    # --- construction ----------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setAccessibleDescription(self.tr("Choose the part of cpdlog to show"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(136)
        self.navigation.setSpacing(2)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        from cpdlog.ui.server import OfflineSaver

        outer = QWidget(self)  # the server banner (issue 17) above everything else
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.offline = OfflineSaver(self)
        column.addWidget(self.offline.banner)
        column.addWidget(central, 1)
        self.setCentralWidget(outer)

        self.journal = JournalView(None, self.tasks, self.stack)  # attach() fills it
        self._add_page(Page.JOURNAL, self.tr("Journal"), "journal", lambda: self.journal)
        self._add_page(Page.READER, self.tr("Reader"), "reader", self._make_reader)
        self._add_page(Page.PROGRESS, self.tr("Progress"), "progress", self._make_progress)
        self._add_page(Page.EXPORT, self.tr("Export"), "portfolio", self._make_export)
        self._add_page(Page.TRASH, self.tr("Trash"), "delete", self._make_trash)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.navigation.setCurrentRow(0)

    def _add_page(
        self, key: str, title: str, icon_name: str, factory: Callable[[], QWidget]
    ) -> None:
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        # as wide and as tall as its words at any text size (large text, longer Welsh words)
        metrics = self.navigation.fontMetrics()
        width = max(128, metrics.horizontalAdvance(title) + self.navigation.iconSize().width() + 24)
        item.setSizeHint(QSize(width, max(36, metrics.height() + 12)))
        # its frame (3 px with the focus ring's room, cpdlog.ui.a11y) and the spacing round
        # the item are inside the fixed width too: a width short of them scrolled sideways
        room = 2 * (self.navigation.frameWidth() + self.navigation.spacing()) + 4
        self.navigation.setFixedWidth(max(self.navigation.minimumWidth(), width + room))
        self.navigation.addItem(item)
        self._page_factories[key] = factory

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built the first time it is needed (keeps start-up quick)."""
        if key not in self._pages:
            widget = self._page_factories[key]()
            self._pages[key] = widget
            if self.stack.indexOf(widget) < 0:
                self.stack.addWidget(widget)
        return self._pages[key]

    def drop_pages(self) -> None:
        """Destroy every page but the journal (they hold the journal's text, e.g. for the
        auto-lock); each is built again the next time it is shown."""
        for key, page in list(self._pages.items()):
            if page is self.journal:
                continue
            self.stack.removeWidget(page)
            page.deleteLater()
            del self._pages[key]
        self._progress = self._reader = self._export = self._trash = None

    def show_page(self, key: str) -> QWidget:
        if self.app is None and key != Page.JOURNAL:
            return self.journal  # the other pages need the open journal
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
        return self.page(key)

    def current_page_key(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else Page.JOURNAL

    def _navigate(self, row: int) -> None:
        item = self.navigation.item(row)
        if item is None:
            return
        if self.app is None and item.data(Qt.ItemDataRole.UserRole) != Page.JOURNAL:
            self.navigation.setCurrentRow(0)  # the other pages need the open journal
            return
        widget = self.page(str(item.data(Qt.ItemDataRole.UserRole)))
        in_list = self.focusWidget() is self.navigation  # before Qt moves it off hidden pages
        self.stack.setCurrentWidget(widget)
        if not in_list:
            # Moved by a shortcut or by the app: focus goes to the page, never left on a
            # control that is now hidden (arrowing through the page list keeps it there).
            a11y.focus_first(widget)
        self._update_actions()

    def _make_progress(self) -> QWidget:
        from cpdlog.ui.views.progress import ProgressServices, ProgressView

        view = ProgressView(
            ProgressServices.of(self.app),
            self.tasks,
            self.stack,
            all_entries=self.journal.all_entries,
            entries_pending=self.journal.reading_everything,
        )
        self.journal.loaded.connect(view.entries_ready)
        self.journal.load_failed.connect(view.entries_ready)
        view.entry_requested.connect(self.open_entry_from_elsewhere)
        view.export_period_requested.connect(self.export_period)
        self.state.restore_splitter("progress", view.splitter)
        self._progress = view
        return view

    def _make_reader(self) -> QWidget:
        from cpdlog.ui.views.reader import ReaderView

        view = ReaderView(self.feeds, self.tasks, self.stack, team=self.app.team)
        view.log_requested.connect(self.log_feed_item)
        view.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        view.refresh_state_changed.connect(self._refresh_state_changed)
        view.restore_state(self.state)
        self._reader = view
        return view

    def export_period(self, period: Any) -> None:
        """Progress's "Export this period's portfolio": the Export page, that period, at once
        (the export runs on a worker and stops at the confidentiality check as usual)."""
        self.show_page(Page.EXPORT)
        if self._export is not None:  # None only while the journal is not open
            self._export.panel.export_period(period.start, period.end)

    def _make_export(self) -> QWidget:
        from cpdlog.ui.views.export import ExportServices, ExportView

        view = ExportView(ExportServices.of(self.app), self.tasks, self.stack)
        self._export = view
        return view

    def _make_trash(self) -> QWidget:
        from cpdlog.ui.views.trash import TrashView

        view = TrashView(self.app.entries, self.tasks, self.stack)
        view.restored.connect(self._restored_from_trash)
        view.purged.connect(self._purged_from_trash)
        view.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._trash = view
        return view

    def trash_page(self) -> TrashView:
        """The trash (built on first use)."""
        self.page(Page.TRASH)
        assert self._trash is not None
        return self._trash

    def _restored_from_trash(self, ids: list[int]) -> None:
        # The undo history may hold "move to the trash" steps for these entries: undoing one
        # now would restore an entry that is already back, so the history starts again.
        self.undo_stack.clear()
        self.entries_changed(keep_id=ids[0] if ids else None)

    def _purged_from_trash(self, _count: int) -> None:
        self.undo_stack.clear()  # nothing deleted for good can be brought back by Undo

    def _build_menus(self) -> None:
        a = self.window_actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(a.new_entry)
        self.capture_hashtag_action = file_menu.addAction(
            self.tr("Capture a &hashtag discussion…"), self.open_hashtag_capture
        )
        self.capture_hashtag_action.setStatusTip(
            self.tr("Collect a Mastodon hashtag discussion over a time window as a draft entry")
        )
        file_menu.addSeparator()
        file_menu.addAction(a.export)
        self.review_actions = self._add_review_actions(file_menu)
        file_menu.addAction(a.backup)
        file_menu.addAction(a.open_data_folder)
        file_menu.addSeparator()
        file_menu.addAction(a.profile)
        file_menu.addAction(self.reminders.action)
        file_menu.addMenu(language_menu(self.paths.home, self))
        self.server_action = file_menu.addAction(
            self.tr("&Where your journal is kept…"), self.choose_server
        )
        self.server_action.setStatusTip(
            self.tr("Keep your journal on this computer or on your organisation's cpdlog server")
        )
        file_menu.addSeparator()
        file_menu.addAction(a.quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(self.tr("Ctrl+Z"))
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(self.tr("Ctrl+Shift+Z"))
        self.redo_action.setIcon(icon("redo"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(a.edit_entry)
        edit_menu.addAction(a.delete_entry)
        edit_menu.addAction(a.copy_for_form)
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(a.show_journal)
        view_menu.addAction(a.show_reader)
        view_menu.addAction(a.show_progress)
        view_menu.addAction(a.show_export)
        view_menu.addAction(a.show_trash)
        view_menu.addSeparator()
        view_menu.addMenu(self.journal.sort_menu)
        self.coverage_sort_menu = SortMenu(
            self.tr("Sort standards &coverage by"),
            self._coverage_table,
            view_menu,
            before_sorting=lambda: self.show_page(Page.PROGRESS),
        )
        view_menu.addMenu(self.coverage_sort_menu)
        view_menu.addSeparator()
        view_menu.addAction(a.reload)
        view_menu.addAction(a.refresh_feeds)
        view_menu.addAction(self.auto_refresh.action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.capture_help_action = help_menu.addAction(
            self.tr("&Save pages from your browser…"), self.show_capture_help
        )
        from cpdlog.ui.diagnostics import Diagnostics

        self.diagnostics = Diagnostics(self, help_menu)
        help_menu.addAction(a.about)

    def _coverage_table(self) -> QTableView | None:
        """The Progress page's standards coverage table (the page is made if need be, not
        shown: that waits for a choice in the menu), or None with no journal open."""
        if self.app is None:
            return None
        page: Any = self.page(Page.PROGRESS)
        table: QTableView = page.coverage_table
        return table

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setMovable(False)
        a = self.window_actions
        toolbar.addAction(a.new_entry)
        toolbar.addAction(a.edit_entry)
        toolbar.addAction(a.delete_entry)
        toolbar.addAction(self._toolbar_undo())
        toolbar.addSeparator()
        toolbar.addAction(a.copy_for_form)
        toolbar.addSeparator()
        toolbar.addAction(a.refresh_feeds)
        toolbar.addAction(a.export)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.toolbar_fitter = ToolbarTextFitter(toolbar)  # words under the icons when narrow

    def _toolbar_undo(self) -> QAction:
        """A short "Undo" for the toolbar (the Edit menu's says what it undoes); what it would
        undo is in its tooltip, so the toolbar keeps its width."""
        shortcut = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action = ToolbarUndoAction(self.undo_stack, shortcut, self)
        self.toolbar_undo_action = action
        return action

    def _build_status_bar(self) -> None:
        self.setStatusBar(ElidingStatusBar(self))
        status = self.statusBar()
        self.task_progress = QProgressBar(self)
        self.task_progress.setMaximumWidth(180)
        self.task_progress.setAccessibleName(self.tr("Background work"))
        self.task_progress.hide()
        self.cancel_task_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_task_button.setAccessibleName(self.tr("Cancel the feed refresh"))
        self.cancel_task_button.setAccessibleDescription(
            self.tr("Stops fetching new items; the feeds already fetched keep theirs")
        )
        self.cancel_task_button.hide()
        self.count_label = QLabel(self)
        self._refresh_running = False
        self._refresh_progress = (0, 0)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._show_refresh_progress)
        status.addPermanentWidget(self.task_progress)
        status.addPermanentWidget(self.cancel_task_button)
        status.addPermanentWidget(self.count_label)

    def _connect(self) -> None:
        a = self.window_actions
        a.new_entry.triggered.connect(lambda: self.open_editor())
        a.edit_entry.triggered.connect(self.edit_current)
        a.delete_entry.triggered.connect(self.delete_selected)
        a.copy_for_form.triggered.connect(self.copy_for_form)
        a.find.triggered.connect(self.focus_search)
        a.refresh_feeds.triggered.connect(self.refresh_feeds)
        a.export.triggered.connect(self.export)
        a.backup.triggered.connect(self.backup)
        a.open_data_folder.triggered.connect(self.open_data_folder)
        a.profile.triggered.connect(self.edit_profile)
        a.quit.triggered.connect(self.close)
        a.show_journal.triggered.connect(lambda: self.show_page(Page.JOURNAL))
        a.show_reader.triggered.connect(lambda: self.show_page(Page.READER))
        a.show_progress.triggered.connect(lambda: self.show_page(Page.PROGRESS))
        a.show_export.triggered.connect(lambda: self.show_page(Page.EXPORT))
        a.show_trash.triggered.connect(lambda: self.show_page(Page.TRASH))
        a.reload.triggered.connect(lambda: self.entries_changed())
        a.about.triggered.connect(self.about)
        self.journal.edit_requested.connect(self.open_entry)
        self.journal.trash_requested.connect(lambda: self.show_page(Page.TRASH))
        self.journal.new_entry_requested.connect(lambda: self.open_editor())
        self.journal.current_changed.connect(lambda _e: self._update_actions())
        self.journal.count_changed.connect(self._count_changed)
        self.cancel_task_button.clicked.connect(self._cancel_refresh)

    # --- state -----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        if not self.state.restore_window("main", self):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None:
                width = min(1280, int(available.width() * 0.9))
                height = min(820, int(available.height() * 0.9))
                self.resize(width, height)
            else:
                self.resize(1200, 780)
        self.state.restore_splitter("journal", self.journal.splitter)
        if self.state.restore_header("journal", self.journal.table.horizontalHeader()):
            self.journal.remember_column_widths()

    def save_state(self) -> None:
        self.state.save_window("main", self)
        self.state.save_splitter("journal", self.journal.splitter)
        self.state.save_header("journal", self.journal.table.horizontalHeader())
        if self._progress is not None:
            self.state.save_splitter("progress", self._progress.splitter)
        if self._reader is not None:
            self._reader.save_state(self.state)
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors):
            editor.save_draft_if_dirty()
            if editor.isVisible() and editor.dirty:
                editor.raise_()
                editor.reject()
                if editor.isVisible():
                    event.ignore()
                    return
        self.save_state()
        capture = getattr(self, "capture", None)
        if capture is not None:
            capture.stop()
        self.tasks.cancel_all()
        self.tasks.wait_for_all(10_000)
        super().closeEvent(event)

    def _update_actions(self) -> None:
        on_journal = self.current_page_key() == Page.JOURNAL
        has_entry = self.journal.current_entry() is not None
        self.window_actions.edit_entry.setEnabled(on_journal and has_entry)
        self.window_actions.delete_entry.setEnabled(on_journal and has_entry)
        self.window_actions.copy_for_form.setEnabled(has_entry)

    def _count_changed(self, shown: int, total: int) -> None:
        if shown == total:
            self.count_label.setText(plural("MainWindow", total, "%n entry", "%n entries"))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} entries").format(shown=shown, total=total)
            )

    # --- start-up --------------------------------------------------------------------------
    def run_startup_checks(self) -> None:
        """First-run welcome, then any unsaved work to recover."""
        try:
            onboarded = self.app.profile.get().onboarded
        except CpdlogError:
            onboarded = True
        if not onboarded:
            self.show_welcome()
        else:
            self.offer_recovery()

    def show_welcome(self) -> WelcomeDialog:
        from cpdlog.ui.dialogs.welcome import WelcomeDialog

        offer = self.feeds.curated_offer_pending()
        dialog = WelcomeDialog(
            self.app.profile,
            self.app.clock,
            first_run=True,
            offer_feeds=offer,
            can_protect=self.app.db.sqlite_path is not None and not self.app.encrypted,
            home=self.paths.home,
            tasks=self.tasks,
            parent=self,
        )
        self.welcome_dialog = dialog
        dialog.finished.connect(lambda _r: self._welcome_finished(dialog))
        dialog.open()
        return dialog

    def _welcome_finished(self, dialog: WelcomeDialog) -> None:
        self.welcome_dialog = None
        if dialog.result() and dialog.wants_curated_feeds:
            self._follow_curated()
        elif dialog.offered_feeds:
            self.feeds.decline_curated()
        self._profile_changed()
        self.offer_recovery()

    def _follow_curated(self) -> None:
        feeds = self.feeds
        self.tasks.start(
            lambda: feeds.subscribe_curated(),
            lambda report: self._feeds_changed(
                plural(
                    "MainWindow",
                    len(report.added),
                    "Following %n curated source: press Refresh in the Reader for its articles.",
                    "Following %n curated sources: press Refresh in the Reader for their articles.",
                )
            ),
            self.show_error,
        )

    def offer_recovery(self) -> RecoveryDialog | None:
        pending = [d for d in self.drafts.pending() if not d.waiting]  # saved when it is back
        open_keys = {e.draft_key for e in self.editors}
        pending = [d for d in pending if d.key not in open_keys]
        if not pending:
            self.startup_finished.emit()
            return None
        from cpdlog.ui.dialogs.recovery import RecoveryDialog

        dialog = RecoveryDialog(pending, self)
        self.recovery_dialog = dialog
        dialog.recover_requested.connect(self._recover)
        dialog.discard_requested.connect(self._discard_drafts)
        dialog.finished.connect(lambda _r: self._recovery_finished())
        dialog.open()
        return dialog

    def _recovery_finished(self) -> None:
        self.recovery_dialog = None
        self.startup_finished.emit()

    def _recover(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            self.open_editor(draft=draft)

    def _discard_drafts(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            self.drafts.remove(draft.key)
        shas = {ev.sha256 for draft in drafts for ev in draft.entry.evidence}
        if self.app is None or not shas:
            return
        entries, store = self.app.entries, self.drafts

        def forget() -> list[str]:  # a discarded draft's snapshot that no entry keeps
            keep = {ev.sha256 for d in store.pending() for ev in d.entry.evidence}
            return entries.discard_unsaved_evidence(shas, keep)

        self.tasks.start(forget, None, self.show_error)

    # --- entries ---------------------------------------------------------------------------
    def _capture_url(self) -> Callable[[str], Entry]:
        return self.feeds.capture_url

    def open_editor(
        self, entry: Entry | None = None, *, draft: Draft | None = None
    ) -> EntryEditorDialog:
        wanted = (draft.entry.id if draft else None) or (entry.id if entry else None)
        if wanted is not None:
            for editor in self.editors:
                if editor.entry_id == wanted:
                    editor.raise_()
                    editor.activateWindow()
                    return editor
        from cpdlog.ui.dialogs.entry_editor import EditorServices, EntryEditorDialog

        editor = EntryEditorDialog(
            EditorServices.from_app(self.app, self.drafts),
            entry,
            tasks=self.tasks,
            draft=draft,
            capture_url=self._capture_url(),
            parent=self,
        )
        editor.setWindowModality(Qt.WindowModality.NonModal)
        editor.entry_saved.connect(self._entry_saved)
        editor.kept_waiting.connect(self.offline.kept_waiting)
        editor.finished.connect(lambda _r: self._editor_closed(editor))
        self.editors.append(editor)
        self.state.restore_widget("editor", editor)
        editor.show()
        self.editor_opened.emit(editor)
        return editor

    def _editor_closed(self, editor: EntryEditorDialog) -> None:
        self.state.save_widget("editor", editor)
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()

    def _entry_saved(self, entry: Entry) -> None:
        self.entries_changed(keep_id=entry.id)
        self.show_page(Page.JOURNAL)
        self.journal.select_entry(entry.id) if entry.id is not None else None
        self.journal.table.setFocus(Qt.FocusReason.OtherFocusReason)  # on the saved entry
        saved = (
            self.tr("Saved “{title}” as a draft: it does not count until it is finished.")
            if entry.is_draft
            else self.tr("Saved “{title}”.")
        )
        self.statusBar().showMessage(saved.format(title=entry.title), 8000)
        if self._reader is not None and entry.feed_item_id is not None:
            self._reader.entry_logged(entry)
        self.entry_saved.emit(entry)

    def open_entry(self, entry_id: int) -> EntryEditorDialog | None:
        try:
            entry = self.app.entries.get(entry_id)
        except ServerUnreachableError:
            # the server is away: edit the entry as listed; saving keeps it here until it is
            # back, and a newer copy saved there meanwhile is kept beside it, not overwritten
            self.offline.unreachable()
            listed = next((e for e in self.journal.model.entries() if e.id == entry_id), None)
            return None if listed is None else self.open_editor(listed.copy())
        except CpdlogError as exc:
            self.show_error(exc)
            return None
        return self.open_editor(entry)

    def open_hashtag_capture(self) -> QWidget | None:
        """The "Capture a hashtag discussion…" dialog; its new draft opens in the editor."""
        if self.app is None:
            return None
        from cpdlog.services.social import SocialService
        from cpdlog.ui.dialogs.hashtag_capture import HashtagCaptureDialog

        dialog = HashtagCaptureDialog(SocialService(self.app), self.tasks, self)
        dialog.captured.connect(self._hashtag_captured)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _hashtag_captured(self, entry_id: int) -> None:
        self.entries_changed(keep_id=entry_id)
        self.open_entry_from_elsewhere(entry_id)

    def open_entry_from_elsewhere(self, entry_id: int) -> None:
        self.show_page(Page.JOURNAL)
        if not self.journal.select_entry(entry_id):
            self.journal.search_edit.clear()
            self.journal.period_combo.setCurrentIndex(0)
            self.journal.select_entry(entry_id)
        self.open_entry(entry_id)

    def edit_current(self) -> None:
        entry = self.journal.current_entry()
        if entry is not None and entry.id is not None:
            self.open_entry(entry.id)

    def delete_selected(self) -> None:
        entries = [e for e in self.journal.selected_entries() if e.id is not None]
        if not entries:
            return
        command = TrashEntriesCommand(self, entries)
        try:
            self.undo_stack.push(command)
        except CpdlogError as exc:
            self.show_error(exc)
            return
        self.statusBar().showMessage(
            plural(
                "MainWindow",
                len(entries),
                "Moved %n entry to the trash. Press Ctrl+Z to undo.",
                "Moved %n entries to the trash. Press Ctrl+Z to undo.",
            ),
            8000,
        )

    def entries_changed(self, keep_id: int | None = None) -> None:
        """Something changed the journal: refresh every view that shows entries."""
        try:
            self.journal.reload(keep_id)
            self.journal.refresh_reference_lists()
            if self._progress is not None:
                self._progress.reload()
            if self._export is not None:
                self._export.refresh_summary()
            if self._trash is not None:
                self._trash.reload()
        except ServerUnreachableError:
            self.offline.unreachable()  # what is listed stays, read-only, under the banner
        self._update_actions()

    def copy_for_form(self) -> str:
        from cpdlog.export.form import swe_form_text

        entry = self.journal.current_entry()
        if entry is None:
            return ""
        templates = self.app.entries.templates()
        text = swe_form_text(
            entry, templates.get(entry.reflection.template_id), self.app.entries.catalogue()
        )
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)
        self.statusBar().showMessage(
            self.tr("Copied “{title}” in the order of the regulator's form.").format(
                title=entry.title
            ),
            6000,
        )
        return text

    def focus_search(self) -> None:
        self.show_page(Page.JOURNAL)
        self.journal.focus_search()

    # --- feeds -----------------------------------------------------------------------------
    def log_feed_item(self, entry: Entry) -> None:
        """Open the editor on the reader's draft for an item (unsaved: nothing is written until
        the editor saves), or on the entry the item is already logged as."""
        self.open_editor(entry)

    def reader_page(self) -> ReaderView:
        """The reader (built on first use)."""
        self.page(Page.READER)
        assert self._reader is not None
        return self._reader

    def refresh_feeds(self) -> None:
        self.reader_page().refresh()

    def _refresh_state_changed(self, running: bool, done: int, total: int) -> None:
        was_running, self._refresh_running = self._refresh_running, running
        self._refresh_progress = (done, total)
        if running and was_running:
            # One report per feed: the bar (which repaints at once) catches up a few times a
            # second instead of after every feed.
            if not self._progress_timer.isActive():
                self._progress_timer.start()
            return
        self._progress_timer.stop()
        self.task_progress.setVisible(running)
        self.cancel_task_button.setVisible(running)
        self.window_actions.refresh_feeds.setEnabled(not running)
        if running:
            self._show_refresh_progress()

    def _show_refresh_progress(self) -> None:
        done, total = self._refresh_progress
        self.task_progress.setRange(0, max(total, 1))
        self.task_progress.setValue(done)
        self.task_progress.setFormat(self.tr("Feeds %v of %m"))

    def _cancel_refresh(self) -> None:
        if self._reader is not None:
            self._reader.cancel_refresh()

    def _feeds_changed(self, message: str) -> None:
        if self._reader is not None:
            self._reader.reload()
        self.statusBar().showMessage(message, 6000)

    # --- other commands --------------------------------------------------------------------
    def export(self) -> ExportDialog:
        """Open the export dialog, offering the entries selected in the journal."""
        from cpdlog.ui.views.export import ExportDialog, ExportServices

        selected = [e.id for e in self.journal.selected_entries() if e.id is not None]
        dialog = ExportDialog(ExportServices.of(self.app), self.tasks, selected, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def backup(self) -> None:
        backups = self.app.backups
        self.statusBar().showMessage(self.tr("Backing up…"))
        self.tasks.start(
            backups.backup,
            lambda path: self.statusBar().showMessage(
                self.tr("Backed up to {path}").format(path=path), 8000
            ),
            self.show_error,
        )

    # --- review and sign-off (files) -------------------------------------------------------------
    def _add_review_actions(self, menu: QMenu) -> list[QAction]:
        made = [
            menu.addAction(self.tr("&Send for review…"), self.send_for_review),
            menu.addAction(self.tr("I&mport review response…"), self.import_review_response),
            menu.addAction(self.tr("&Open a review pack…"), self.open_review_pack),
            menu.addAction(self.tr("Re&view comments and sign-off…"), self.show_entry_review),
        ]
        made[0].setStatusTip(self.tr("Save the selected entries as a review pack for a supervisor"))
        made[2].setStatusTip(self.tr("For supervisors: comment on and sign off a review pack"))
        return made

    def review_controller(self) -> ReviewController:
        """The review commands (made the first time one is used)."""
        from cpdlog.ui.dialogs.review import ReviewController

        if self._review_controller is None:
            controller = ReviewController(
                self.app.review,
                self.tasks,
                self,
                self.journal.selected_entries,
                prompts=self._section_prompts,
                confidentiality=self.app.confidentiality,
            )
            controller.finished.connect(lambda text: self.statusBar().showMessage(text, 10_000))
            controller.imported.connect(lambda _result: self.entries_changed())
            self._review_controller = controller
        return self._review_controller

    def send_for_review(self) -> None:
        if self.app is not None:
            self.review_controller().send_for_review()

    def import_review_response(self) -> None:
        if self.app is not None:
            self.review_controller().import_response()

    def open_review_pack(self) -> None:
        if self.app is not None:
            self.review_controller().open_pack()

    def show_entry_review(self) -> None:
        if self.app is None:
            return
        entry = self.journal.current_entry()
        prompts = self._section_prompts(entry.reflection.template_id) if entry else {}
        self.review_controller().show_entry_review(entry, prompts)

    def _section_prompts(self, template_id: str) -> dict[str, str]:
        """A reflection template's section prompts, translated (none for an unknown one)."""
        template = self.app.entries.templates().get(template_id)
        if template is None:
            return {}
        return {k: tr_domain(template.prompt_for(k)) for k in template.keys}

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.home)))

    def edit_profile(self) -> None:
        from cpdlog.ui.dialogs.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.app.profile, self.app.clock, first_run=False, parent=self)
        dialog.accepted.connect(self._profile_changed)
        dialog.open()

    def _profile_changed(self) -> None:
        if self._progress is not None:
            combo = self._progress.regulator_combo
            combo.setCurrentIndex(max(0, combo.findData(self.app.profile.get().regulator_id)))
        self.entries_changed()

    def show_capture_help(self) -> None:
        from cpdlog.ui.dialogs.capture import CaptureHelpDialog

        capture = getattr(self, "capture", None)
        dialog = CaptureHelpDialog(capture.endpoint if capture else None, self)
        dialog.open()
        self.capture_help_dialog = dialog

    def about(self) -> None:
        from cpdlog.ui.dialogs.about import AboutDialog

        AboutDialog(self.paths.home, self).open()

    def choose_server(self) -> QWidget:
        """File > Where your journal is kept: this computer or the organisation's server."""
        from cpdlog.ui.dialogs.server import ServerDialog

        dialog = ServerDialog(self.paths.home, self.tasks, parent=self)
        dialog.open()
        return dialog

    def show_error(self, error: BaseException | Any) -> None:
        if isinstance(error, ServerUnreachableError):
            self.offline.unreachable()  # the banner says it, with "Try again"
            return
        if isinstance(error, CpdlogError):
            message = str(error)
        else:
            message = self.tr("Something went wrong: {error}").format(error=error)
        self.statusBar().showMessage(message, 10_000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("cpdlog"), message, parent=self)
        box.open()
