"""Start the desktop app: QApplication set-up, translations, the journal, the main window.

The window is built and shown first. Opening the journal (the database layer's imports and
the schema check) takes longer than that, so it runs on a worker thread right after, and the
window fills in when it is done.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from cpdlog import APP_ID, APP_NAME, __version__
from cpdlog.errors import CpdlogError
from cpdlog.ui import a11y, collector
from cpdlog.ui.icons import app_icon
from cpdlog.ui.language import install_translators, read_language

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.ui.autolock import AutoLock
    from cpdlog.ui.dialogs.protect import Protection

ORGANISATION = "cpdlog"
# set: print "cpdlog: ready" on stderr once the journal's entries are listed in the window,
# then close it (how bench/encryption.py times the desktop app's start-up as a process)
QUIT_WHEN_READY_ENV = "CPDLOG_QUIT_WHEN_READY"


def configure_application(argv: Sequence[str] | None = None) -> QApplication:
    """Create (or reuse) the QApplication with cpdlog's names, icon and DPI policy."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        application = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        application = QApplication(list(argv) if argv is not None else sys.argv[:1])
    application.setApplicationName(APP_NAME)
    application.setApplicationDisplayName("cpdlog")
    application.setApplicationVersion(__version__)
    application.setOrganizationName(ORGANISATION)
    application.setOrganizationDomain("cpdlog.org")
    application.setDesktopFileName(APP_ID)
    application.setWindowIcon(app_icon())
    collector.configure()
    a11y.install(application)
    if not getattr(application, "_cpdlog_translators", None):
        install_translators(application)
    return application


def show_startup_error(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "cpdlog", message)
    box.setInformativeText(
        QCoreApplication.translate(
            "cpdlog.app", "cpdlog could not open your journal, so it will close now."
        )
    )
    box.exec()


def check_start_files(home: Path, database_url: str | None) -> None:
    """GUI thread, before anything reads the data folder ``home``: refuse (a
    :class:`CpdlogError` naming the file) a window settings file, journal or key file that is
    a named pipe, a device or a folder, which reading would freeze the app on for ever
    before its window is shown. Only looked at (``stat``), never opened."""
    from cpdlog import safefile
    from cpdlog.paths import DATABASE_URL_ENV, AppPaths
    from cpdlog.services.app import check_data_files
    from cpdlog.services.connection import load_choice
    from cpdlog.ui.language import SETTINGS_FILE

    what = QCoreApplication.translate("cpdlog.app", "window settings file")
    safefile.require_ordinary(home / SETTINGS_FILE, what, folder=home)
    if not (database_url or os.environ.get(DATABASE_URL_ENV)) and load_choice(home) is None:
        check_data_files(AppPaths(home))  # a journal on this computer: its files too


def open_app(
    home: str | os.PathLike[str] | None, database_url: str | None, passphrase: str | None = None
) -> App:
    from cpdlog.paths import resolve_paths
    from cpdlog.services.app import App
    from cpdlog.services.connection import database_url as chosen_url

    # --database-url first, then CPDLOG_DATABASE_URL, then the server chosen in the app
    url = chosen_url(resolve_paths(home).home, database_url)
    return App.open(home, url, passphrase=passphrase)


class Startup(QObject):
    """Shows the main window, then opens the journal on a worker thread and attaches it.

    ``failed`` carries the error when the journal cannot be opened (the window is hidden
    by then); :meth:`finish` closes whatever was opened, whether or not it was attached.
    Once the journal is attached, and again once its entries are listed, what is in memory
    is there to stay and is taken out of the garbage collector's way (``collector.settle``).
    """

    failed = Signal(object)

    def __init__(
        self,
        home: str | os.PathLike[str] | None = None,
        database_url: str | None = None,
        passphrase_file: Callable[[], str] | None = None,
    ) -> None:
        super().__init__()
        from cpdlog.paths import resolve_paths
        from cpdlog.ui.main_window import MainWindow

        self._home = home
        self._database_url = database_url
        self.opened: App | None = None  # set on the worker, read once it has finished
        self.error: BaseException | None = None
        self._passphrase: str | None = None  # an encrypted journal's, asked once
        self._remember = False
        self._asked = False
        self._passphrase_file = passphrase_file  # --passphrase-file / CPDLOG_PASSPHRASE_FILE
        self._unreadable: CpdlogError | None = None  # the passphrase file could not be read
        self._keychain: threading.Thread | None = None  # looking the passphrase up meanwhile
        self._remembered: str | None = None  # what it found (set on that thread)
        # a journal on a server: the key its drafts are sealed with here (None inside: no
        # keychain), looked up on the worker that opens it; None: not looked up (yet)
        self._server_drafts: tuple[bytes | None] | None = None
        self._encrypted_journal = self._encrypted()
        if self._encrypted_journal:
            self._known_passphrase()
        self.window = MainWindow(paths=resolve_paths(home))
        self.window.offline.reconnect_wanted.connect(self._open_again)
        self.autolock: AutoLock | None = None  # an encrypted journal's, once it is open
        self.protection: Protection | None = None  # File > Passphrase protection

    def _encrypted(self) -> bool:
        from cpdlog.paths import DATABASE_URL_ENV, resolve_paths
        from cpdlog.services.connection import load_choice
        from cpdlog.services.encryption import is_encrypted

        if self._database_url or os.environ.get(DATABASE_URL_ENV):
            return False
        if load_choice(resolve_paths(self._home).home) is not None:
            return False  # the organisation's server: not a file cpdlog encrypts
        return is_encrypted(resolve_paths(self._home).home)

    def _ask_passphrase(self, wrong: bool) -> bool:
        """Ask (GUI thread) for the passphrase; False if the user chose not to unlock."""
        from cpdlog.ui.dialogs.unlock import UnlockDialog

        dialog = UnlockDialog(self.window, wrong=wrong)
        if dialog.exec() != UnlockDialog.DialogCode.Accepted:
            return False
        self._passphrase = dialog.value()
        self._remember = dialog.remember.isChecked()
        self._asked = True
        return True

    def _known_passphrase(self) -> None:
        """The passphrase given in a file, read before the window is built, or remembered in
        the keychain, looked up on a background thread (the keychain is D-Bus on Linux and may
        take seconds, or wait for the user to unlock it: never on the GUI thread). Either way
        its key is derived on a background thread while the window is built (scrypt is a
        deliberate fraction of a second: the window's construction hides most of it)."""
        from cpdlog.paths import resolve_paths
        from cpdlog.services.encryption import derive_key_ahead

        home = resolve_paths(self._home).home
        if self._passphrase_file is None:
            self._keychain = threading.Thread(
                target=self._look_up_passphrase, args=(home,), name="cpdlog-keychain", daemon=True
            )
            self._keychain.start()
            return
        try:
            self._passphrase = self._passphrase_file()
        except CpdlogError as error:  # unreadable or empty: said in begin, nothing opened
            self._unreadable = error
            return
        self._asked = True  # not the keychain's: a wrong one must not forget that
        derive_key_ahead(home, self._passphrase)

    def _look_up_passphrase(self, home: Path) -> None:
        """Background thread: the keychain's passphrase, its key then derived ahead."""
        from cpdlog.services.encryption import derive_key_ahead
        from cpdlog.ui.dialogs.unlock import remembered_passphrase

        found = remembered_passphrase(home)
        if found is not None:
            derive_key_ahead(home, found)
        self._remembered = found

    def _keychain_answer(self) -> str | None:
        """Worker thread: wait for the keychain's answer (the window is shown meanwhile)."""
        assert self._keychain is not None
        self._keychain.join()
        return self._remembered

    def begin(self) -> None:
        self.window.show()
        if self._encrypted_journal:
            if self._unreadable is not None:
                QTimer.singleShot(0, lambda e=self._unreadable: self._failed(e))  # in the loop
                return
            if self._keychain is not None:
                self.window.tasks.start(self._keychain_answer, self._answered, self._failed)
                return
        self._unlocked()

    def _answered(self, remembered: str | None) -> None:
        """The keychain answered (GUI thread): its passphrase, or ask for it."""
        self._keychain = None
        if not self.window.isVisible():
            return  # closed meanwhile
        self._passphrase = remembered
        self._unlocked()

    def _unlocked(self) -> None:
        asked = self._encrypted_journal and self._passphrase is None
        if asked and not self._ask_passphrase(wrong=False):
            self._give_up()
            return
        self.window.tasks.start(self._open, self._attach, self._failed)

    def _give_up(self) -> None:
        from cpdlog.errors import PassphraseError

        self._failed(PassphraseError("The journal stayed locked: no passphrase was given."))

    def _open(self) -> App:
        """Worker thread: open the database and read the reference data the journal shows.
        The server's password and (once) the key its drafts are sealed with come from the
        keychain here too, before the server is tried: the drafts are readable while it is
        away."""
        from cpdlog.paths import DATABASE_URL_ENV, resolve_paths
        from cpdlog.services.connection import load_choice, server_draft_key

        home = resolve_paths(self._home).home
        given = self._database_url or os.environ.get(DATABASE_URL_ENV)
        on_server = not given.startswith("sqlite") if given else load_choice(home) is not None
        if on_server and self._server_drafts is None:
            self._server_drafts = (server_draft_key(home),)
        app = (  # the server's password is read from the keychain in here: not on the GUI
            open_app(self._home, self._database_url)
            if self._passphrase is None
            else open_app(self._home, self._database_url, self._passphrase)
        )
        self.opened = app
        app.entries.templates()
        app.entries.catalogue()
        app.entries.topics()  # the editor lists them as it opens: parsed here, not there
        return app

    def _seal_server_drafts(self) -> None:
        """GUI thread, once the opening worker has looked the drafts' key up (a server)."""
        if self._server_drafts is None:
            return
        (key,) = self._server_drafts
        self.window.server_draft_key = key
        if not self.window.is_attached:
            self.window.drafts.key = key  # the waiting drafts are read before it opens
        self.window.offline.drafts_unsealed = key is None

    def _attach(self, app: App) -> None:
        if not self.window.isVisible():
            return  # closed while the journal was being opened; finish() closes it
        self._seal_server_drafts()
        if self._remember and self._passphrase is not None:
            from cpdlog.ui.dialogs.unlock import remember_passphrase

            home, passphrase = app.paths.home, self._passphrase
            self.window.tasks.start(lambda: remember_passphrase(home, passphrase))  # D-Bus
        self._passphrase = None  # the data key is held by the journal from now on
        self.window.journal.loaded.connect(self._listed, Qt.ConnectionType.SingleShotConnection)
        self.window.attach(app)
        self._install_encryption(app)
        collector.settle()

    def _install_encryption(self, app: App) -> None:
        """Auto-lock for an encrypted journal; the passphrase commands for a local file."""
        if app.encrypted and self.autolock is None:
            from cpdlog.ui import autolock

            self.autolock = autolock.install(self.window, self._reopen, self._reopened)
        if self.protection is None and app.db.sqlite_path is not None:
            from cpdlog.ui.dialogs import protect

            self.protection = protect.install(self.window, self._reopen, self._reopened)
            self.protection.changed.connect(lambda _on: self._install_encryption(self.window.app))
            QTimer.singleShot(0, self._offer_protection)  # after the first-run welcome opens

    def _offer_protection(self) -> None:
        """The welcome's "Protect my journal with a passphrase", once it is accepted."""
        dialog = self.window.welcome_dialog
        protection = self.protection
        if dialog is None or protection is None:
            return
        dialog.accepted.connect(lambda: protection.turn_on() if dialog.wants_protection else None)

    def _reopen(self, passphrase: str | None) -> App:
        """Worker thread: the journal opened again after the auto-lock."""
        return open_app(self._home, self._database_url, passphrase)

    def _reopened(self, app: App) -> None:
        if self.opened is not None and self.opened is not app:
            self.opened.close()  # closed already by the lock; closing again is harmless
        self.opened = app

    def _listed(self) -> None:
        collector.settle()
        if os.environ.get(QUIT_WHEN_READY_ENV):  # bench/encryption.py times start-up so
            print("cpdlog: ready", file=sys.stderr, flush=True)
            QTimer.singleShot(0, QApplication.closeAllWindows)

    def _open_again(self) -> None:
        """ "Try again" (or the timer) while the server could not be reached at start."""
        self.window.tasks.start(self._open, self._attach, self._failed)

    def _failed(self, error: BaseException) -> None:
        from cpdlog.errors import PassphraseError, ServerUnreachableError

        if isinstance(error, ServerUnreachableError) and self.window.isVisible():
            # the window stays, with the banner; drafts waiting from before are kept
            self._seal_server_drafts()
            self.window.statusBar().clearMessage()
            self.window.offline.unreachable()
            return

        if isinstance(error, PassphraseError) and self._passphrase is not None:
            if not self._asked:  # a remembered passphrase that no longer works
                from cpdlog.paths import resolve_paths
                from cpdlog.ui.dialogs.unlock import forget_passphrase

                home = resolve_paths(self._home).home
                self.window.tasks.start(lambda: forget_passphrase(home))  # D-Bus: not here
            if self.window.isVisible() and self._ask_passphrase(wrong=self._asked):
                self.window.tasks.start(self._open, self._attach, self._failed)
                return
        self.error = error
        self.window.hide()
        self.failed.emit(error)

    def finish(self) -> None:
        """After the event loop: wait for the opening worker, then close the journal."""
        self.window.tasks.wait_for_all()
        if self.opened is not None:
            self.opened.close()
            self.opened = None


def run(
    home: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    passphrase_file: Callable[[], str] | None = None,
) -> int:
    """Run the desktop app until its window closes; returns the process exit code.
    ``passphrase_file`` gives an encrypted journal's passphrase instead of asking for it."""
    application = configure_application()
    from cpdlog.paths import resolve_paths

    data_folder = resolve_paths(home).home
    try:
        check_start_files(data_folder, database_url)
    except CpdlogError as error:
        show_startup_error(str(error))
        return error.exit_code
    install_translators(application, read_language(data_folder), data_folder)
    from cpdlog.ui.single_instance import Dispatcher, SingleInstance

    instance = SingleInstance(data_folder)
    if instance.hand_over():  # started again: the app already open shows its window
        return 0
    if not instance.listen() and instance.hand_over():  # one started in the same instant
        return 0
    startup = Startup(home, database_url, passphrase_file)
    dispatcher = Dispatcher(instance, startup.window)  # noqa: F841 (held until run() ends)

    def failed(error: BaseException) -> None:
        if isinstance(error, CpdlogError):
            show_startup_error(str(error))
        application.quit()

    startup.failed.connect(failed)
    startup.begin()
    quit_after = os.environ.get("CPDLOG_QUIT_AFTER_MS", "")
    if quit_after.isdigit():  # smoke test of packaged builds (packaging/build.sh)
        QTimer.singleShot(int(quit_after), application.closeAllWindows)
    try:
        code = int(application.exec())
    finally:
        instance.close()
        startup.window.close()
        startup.finish()
    if isinstance(startup.error, CpdlogError):
        return startup.error.exit_code
    if startup.error is not None:
        raise startup.error  # a bug, not a journal that cannot be opened: keep the traceback
    return code
