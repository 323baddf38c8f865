"""Auto-lock: an encrypted journal closes itself after a chosen time without user input.

Idle means no keyboard, mouse, wheel or touch input anywhere in the app (an application-wide
event filter). When the time is up the lock:

1. autosaves every open editor's unsaved text as a draft (sealed with the journal's key) and
   closes the editor; the draft is offered back after unlocking, so not a word is lost. If a
   draft cannot be written, or an editor is still saving, the lock waits and tries again;
2. waits for background work to finish (it is tried again a moment later);
3. drops the decrypted text held in memory: the entry list and the detail view are emptied,
   the other pages (reader, progress, export, trash) are destroyed and built afresh after
   unlocking, the undo history is cleared;
4. closes the journal (its database engine disposed, the data key dropped with it, and the
   keys derived from the passphrase in this session forgotten), hides the window and shows
   the unlock dialog. Unlocking opens the journal again on a worker and restores the window.

The choice (off, 5, 15, 30 or 60 minutes) is kept with the window's settings; 15 minutes is
the default for an encrypted journal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QDialog, QMenu

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.ui.main_window import MainWindow

CHOICES_MINUTES = (0, 5, 15, 30, 60)  # 0: never
DEFAULT_MINUTES = 15
SETTING = "autolock_minutes"
CHECK_INTERVAL_MS = 5_000
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)

OpenJournal = Callable[[str], "App"]  # worker thread: the passphrase -> the opened journal


def saved_minutes(window: MainWindow) -> int:
    raw = window.state.value(SETTING, str(DEFAULT_MINUTES))
    try:
        minutes = int(raw)
    except ValueError:
        return DEFAULT_MINUTES
    return minutes if minutes in CHOICES_MINUTES else DEFAULT_MINUTES


class AutoLock(QObject):
    """Locks ``window``'s encrypted journal after ``minutes`` without input (0: never).

    ``open_journal`` opens the journal again from a passphrase (run on a worker);
    ``reopened`` is told of each journal it opened (the caller closes it at the end).
    ``clock`` gives seconds (monotonic); tests pass their own and call :meth:`check`.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        open_journal: OpenJournal,
        reopened: Callable[[App], None] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        minutes: int | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._open_journal = open_journal
        self._reopened = reopened
        self._clock = clock
        self._last_input = clock()
        self.minutes = saved_minutes(window) if minutes is None else minutes
        self.is_locked = False
        self.dialog: Any = None
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        self.menu = self._build_menu()
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)
        self.timer.start()

    # --- the setting ---------------------------------------------------------------------------
    def _build_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Lock when I am away"), self.window)
        menu.setObjectName("autolock_menu")
        group = QActionGroup(menu)
        group.setExclusive(True)
        self.choice_actions: dict[int, QAction] = {}
        for minutes in CHOICES_MINUTES:
            text = (
                self.tr("&Never")
                if minutes == 0
                else self.tr("After %n minute(s) without use", "", minutes)
            )
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(minutes == self.minutes)
            action.triggered.connect(lambda _checked=False, m=minutes: self.set_minutes(m))
            group.addAction(action)
            menu.addAction(action)
            self.choice_actions[minutes] = action
        menu.addSeparator()
        self.lock_now_action = QAction(self.tr("Lock &now"), menu)
        self.lock_now_action.triggered.connect(self.lock)
        menu.addAction(self.lock_now_action)
        return menu

    def set_minutes(self, minutes: int) -> None:
        if minutes not in CHOICES_MINUTES:
            raise ValueError(f"auto-lock is one of {CHOICES_MINUTES} minutes")
        self.minutes = minutes
        self.window.state.set_value(SETTING, str(minutes))
        self.choice_actions[minutes].setChecked(True)
        self._last_input = self._clock()

    # --- idle time -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> None:
        """Lock if the chosen time has passed without input (called by the timer)."""
        app = self.window.app
        if self.is_locked or self.minutes == 0 or app is None or not app.encrypted:
            return  # (protection may have been turned off since)
        if self.idle_seconds() >= self.minutes * 60:
            self.lock()

    # --- locking -------------------------------------------------------------------------------
    def lock(self) -> bool:
        """Lock now; False if it must wait (an editor is saving, or work is running)."""
        if self.is_locked or self.window.app is None or not self.window.app.encrypted:
            return False
        if not close_journal(self.window):
            return False
        self.is_locked = True
        self.window.hide()
        self.locked.emit()
        self.ask()
        return True

    # --- unlocking -----------------------------------------------------------------------------
    def ask(self, wrong: bool = False) -> None:
        """The unlock dialog (not modal to a hidden window); cancelling it quits cpdlog."""
        from cpdlog.ui.dialogs.unlock import UnlockDialog

        dialog = UnlockDialog(None, wrong=wrong)
        dialog.setObjectName("autolock_unlock")
        dialog.remember.hide()  # remembering is chosen at start-up, not here
        dialog.accepted.connect(lambda: self._unlock(dialog.value()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _unlock(self, passphrase: str) -> None:
        opener = self._open_journal
        self.window.tasks.start(lambda: opener(passphrase), self._opened, self._failed)

    def _opened(self, app: App) -> None:
        if self._reopened is not None:
            self._reopened(app)
        self.dialog = None
        self.is_locked = False
        self._last_input = self._clock()
        window = self.window
        window.show()
        window.attach(app)
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        from cpdlog.errors import PassphraseError

        if isinstance(error, PassphraseError):
            self.ask(wrong=True)
            return
        self.window.show()
        self.window.show_error(error)
        self.ask()


def install(
    window: MainWindow,
    open_journal: OpenJournal,
    reopened: Callable[[App], None] | None = None,
) -> AutoLock:
    """Auto-lock for an encrypted journal, with its menu in the window's File menu."""
    lock = AutoLock(window, open_journal, reopened)
    bar = window.menuBar()
    actions = bar.actions()
    file_menu = actions[0].menu() if actions else None
    if isinstance(file_menu, QMenu):
        items = file_menu.actions()
        before = items[-1] if items else None  # the last item, Quit
        if before is not None:
            file_menu.insertMenu(before, lock.menu)
            file_menu.insertSeparator(before)
        else:
            file_menu.addMenu(lock.menu)
    return lock


def _close_editors(window: MainWindow) -> bool:
    """Every editor's text autosaved (sealed) and the editor closed; False if one could not
    be (it stays open, with its text, and the caller tries again later)."""
    for editor in list(window.editors):
        if not editor.close_keeping_draft():
            return False
    return not window.editors


def _close_dialogs(window: MainWindow, keep: QDialog | None) -> None:
    """Dialogs showing the journal's text (welcome, recovery, export...) are closed."""
    for dialog in window.findChildren(QDialog):
        if dialog is not keep and dialog.isVisible():
            dialog.reject()


def _drop_pages(window: MainWindow) -> None:
    from cpdlog.ui.main_window import Page

    journal = window.journal
    window.drop_pages()
    window.show_page(Page.JOURNAL)
    journal.model.set_entries([])
    journal.detail.show_placeholder()
    journal.services = None  # as before the journal first opened


def close_journal(window: MainWindow, keep: QDialog | None = None) -> bool:
    """Detach and close the window's journal, dropping the text and keys held in memory
    (editors keep their text as drafts first); the window stays, waiting for ``attach``.
    False, with nothing changed, if it must wait: an editor is saving or cannot write its
    draft, or background work is running. ``keep``: a dialog to leave open."""
    from cpdlog.services.encryption import forget_session_keys

    app = window.app
    if app is None:
        return True
    if window.tasks.running:
        return False  # background work first: its results need the open journal
    if not _close_editors(window):
        return False
    _close_dialogs(window, keep)
    capture = getattr(window, "capture", None)
    if capture is not None:
        capture.stop()
    window.auto_refresh.timer.stop()
    window.reminders.timer.stop()
    _drop_pages(window)
    window.undo_stack.clear()
    window.app = None  # type: ignore[assignment]  # detached until attached again
    window.drafts.key = None
    window._set_open(False)
    app.close()
    # the data key goes with the journal (Python cannot wipe bytes; nothing refers to it)
    app.data_key = None
    app.db.key = None
    app.evidence_store.key = None
    del app
    forget_session_keys()
    return True
