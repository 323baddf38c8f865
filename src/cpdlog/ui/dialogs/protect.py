"""Protecting the journal with a passphrase from the desktop app: on, off, change, forget.

Turning protection on or off converts the journal file, so the window first lets go of the
journal (editors keep their text as drafts, see :func:`cpdlog.ui.autolock.close_journal`),
the conversion runs on a worker while a busy indicator shows, and the journal is opened again.
A conversion that fails leaves the old journal whole (:mod:`cpdlog.services.encryption`); the
journal is then opened again as it was and the message says nothing was changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdlog import safefile
from cpdlog.errors import CpdlogError
from cpdlog.ui.a11y import describe_button

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.ui.main_window import MainWindow

Reopen = Callable[[str | None], "App"]  # worker thread: passphrase (None: plain) -> journal


class ProtectDialog(QDialog):
    """A new passphrase, typed twice (and the current one when changing it)."""

    def __init__(self, parent: QWidget | None = None, changing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change your passphrase")
            if changing
            else self.tr("Protect your journal with a passphrase")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "With a passphrase, your journal, its evidence and its backups are stored "
                "encrypted: someone who copies them from this computer cannot read them.\n\n"
                "If you lose the passphrase, only the recovery key (shown next, once) can open "
                "your journal. If you lose both, nobody can open it, not even cpdlog's makers."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current: QLineEdit | None = None
        if changing:
            self.current = self._field(
                layout,
                self.tr("Your current passphrase"),
                self.tr("The passphrase you unlock your journal with now"),
            )
        self.first = self._field(
            layout,
            self.tr("New passphrase (at least 10 characters)"),
            self.tr("A few unrelated words are easy to remember and hard to guess"),
        )
        self.second = self._field(
            layout,
            self.tr("The same passphrase again"),
            self.tr("Type the new passphrase once more, to be sure it is what you meant"),
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("protect_error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change passphrase") if changing else self.tr("Protect my journal")
        )
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Ok,
            self.tr("Encrypts your journal with the new passphrase, then shows your recovery key")
            if not changing
            else self.tr("Changes the passphrase your journal is unlocked with"),
        )
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Cancel,
            self.tr("Closes this window and changes nothing"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _field(self, layout: QVBoxLayout, text: str, description: str) -> QLineEdit:
        label = QLabel(text)
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(text)
        edit.setAccessibleDescription(description)
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit)
        return edit

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        from cpdlog.errors import PassphraseError
        from cpdlog.services.encryption import check_new_passphrase

        if self.first.text() != self.second.text():
            self._refuse(self.tr("The two passphrases are not the same."))
            return
        try:
            check_new_passphrase(self.first.text())
        except PassphraseError:
            self._refuse(
                self.tr(
                    "Choose a passphrase of at least 10 characters: a few unrelated words are "
                    "easy to remember and hard to guess."
                )
            )
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: copy it or save it, and say it was kept to close."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.recovery_key = recovery_key
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This is your recovery key. It is shown only now. If you forget your "
                "passphrase, it is the only way back into your journal. Write it down or save "
                "it, and keep it somewhere safe away from this computer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_field = QLineEdit(recovery_key)
        self.key_field.setReadOnly(True)
        self.key_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        self.key_field.setAccessibleDescription(
            self.tr("The only way back into your journal if you forget your passphrase")
        )
        layout.addWidget(self.key_field)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("&Copy"))
        copy.setAccessibleDescription(self.tr("Copies the recovery key, to paste somewhere safe"))
        copy.clicked.connect(self.copy)
        save = QPushButton(self.tr("&Save to a file…"))
        save.setAccessibleDescription(
            self.tr("Saves the recovery key in a file, best on a drive kept away from here")
        )
        save.clicked.connect(self._choose_file)
        row.addWidget(copy)
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.kept = QCheckBox(self.tr("I have written down or saved my recovery key"))
        self.kept.setAccessibleDescription(
            self.tr("Tick once the key is kept safe; then you can close this window")
        )
        layout.addWidget(self.kept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleDescription(self.tr("Closes this window"))
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.status.setText(self.tr("Copied. Paste it somewhere safe, not on this computer."))

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "cpdlog-recovery-key.txt"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            safefile.require_output(path)  # no device, pipe, folder or link
        except CpdlogError as exc:
            self.status.setText(str(exc))
            return False
        try:
            path.write_text(self.recovery_key + "\n", encoding="utf-8")
        except OSError as exc:
            self.status.setText(
                self.tr("It could not be saved there: {error}").format(error=exc.strerror or exc)
            )
            return False
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        return True

    def reject(self) -> None:
        if self.kept.isChecked():  # Escape closes only once the key was kept
            super().reject()


class Protection(QObject):
    """The File menu's passphrase commands and the conversions they run."""

    changed = Signal(bool)  # encrypted now?
    failed = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        reopen: Reopen,
        reopened: Callable[[App], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._reopen = reopen
        self._reopened = reopened
        self.dialog: Any = None
        self.warning: QMessageBox | None = None
        self.busy: QProgressDialog | None = None
        self.menu = QMenu(self.tr("&Passphrase protection"), window)
        self.menu.setObjectName("protection_menu")
        self.turn_on_action = self.menu.addAction(
            self.tr("&Protect my journal with a passphrase…"), self.turn_on
        )
        self.change_action = self.menu.addAction(self.tr("&Change the passphrase…"), self.change)
        self.turn_off_action = self.menu.addAction(
            self.tr("&Stop protecting it with a passphrase…"), self.turn_off
        )
        self.forget_action = self.menu.addAction(
            self.tr("&Forget the passphrase remembered on this computer"), self.forget
        )
        self.menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    @property
    def home(self) -> Path:
        return self.window.paths.home

    def encrypted(self) -> bool:
        from cpdlog.services.encryption import is_encrypted

        return is_encrypted(self.home)

    def update_actions(self) -> None:
        ready = self.window.app is not None and self.busy is None
        on = self.encrypted()
        self.turn_on_action.setEnabled(ready and not on)
        self.change_action.setEnabled(ready and on)
        self.turn_off_action.setEnabled(ready and on)
        self.forget_action.setEnabled(on)

    # --- the commands --------------------------------------------------------------------------
    def turn_on(self) -> ProtectDialog:
        dialog = ProtectDialog(self.window)
        dialog.accepted.connect(lambda: self._convert(dialog.passphrase(), None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def turn_off(self) -> QDialog:
        from cpdlog.ui.dialogs.unlock import UnlockDialog

        dialog = UnlockDialog(self.window)
        dialog.setWindowTitle(self.tr("Stop protecting your journal"))
        dialog.remember.hide()
        dialog.accepted.connect(lambda: self._check_then_decrypt(dialog.value()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _check_then_decrypt(self, passphrase: str) -> None:
        """The passphrase is checked (on a worker) before anything is closed or changed."""
        home = self.home

        def check() -> None:
            from cpdlog.services.encryption import unlock

            unlock(home, passphrase=passphrase)

        def wrong(error: BaseException) -> None:
            self.failed.emit(str(error))
            self.window.show_error(error)

        self.window.tasks.start(check, lambda _r: self._convert(None, passphrase), wrong)

    def change(self) -> ProtectDialog:
        dialog = ProtectDialog(self.window, changing=True)
        dialog.accepted.connect(
            lambda: self._change(
                dialog.current.text() if dialog.current else "", dialog.passphrase()
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def forget(self) -> None:
        from cpdlog.ui.dialogs.unlock import forget_passphrase

        forget_passphrase(self.home)
        self.window.statusBar().showMessage(
            self.tr("This computer no longer remembers your passphrase."), 8000
        )

    # --- the work ------------------------------------------------------------------------------
    def _show_busy(self, text: str) -> None:
        busy = QProgressDialog(text, "", 0, 0, self.window)
        busy.setCancelButton(None)  # a conversion is finished or undone, never left half-way
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        busy.setObjectName("protection_busy")
        self.busy = busy
        busy.show()

    def _hide_busy(self) -> None:
        if self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None

    def _convert(
        self, new_passphrase: str | None, old_passphrase: str | None, attempts: int = 40
    ) -> None:
        """Encrypt (``new_passphrase``) or decrypt (``old_passphrase``) on a worker; while
        background work finishes (up to ten seconds) the window is asked again."""
        from cpdlog.ui.autolock import close_journal

        window = self.window
        if not close_journal(window):
            if attempts > 0:
                QTimer.singleShot(
                    250, lambda: self._convert(new_passphrase, old_passphrase, attempts - 1)
                )
                return
            text = self.tr(
                "cpdlog is still busy (saving, or working in the background). Nothing was "
                "changed; try again in a moment."
            )
            self.failed.emit(text)
            window.show_error(text)
            return
        home, database = window.paths.home, window.paths.database
        reopen = self._reopen

        def work() -> tuple[str | None, App]:
            from cpdlog.services import encryption

            if new_passphrase is not None:
                recovery = encryption.encrypt_journal(home, database, new_passphrase)
                try:
                    return recovery.recovery_key, reopen(new_passphrase)
                except Exception as exc:  # encrypted, yet not open: the key is still shown
                    from cpdlog.errors import EncryptionUnfinishedError

                    raise EncryptionUnfinishedError(recovery.recovery_key, str(exc)) from exc
            key = encryption.unlock(home, passphrase=old_passphrase)
            encryption.decrypt_journal(home, database, key)
            return None, reopen(None)

        was_encrypted = new_passphrase is None

        def reopen_as_is() -> App:
            from cpdlog.services.encryption import is_encrypted

            if is_encrypted(home):
                return reopen(old_passphrase if was_encrypted else new_passphrase)
            return reopen(None)

        def undone(error: BaseException) -> None:
            # the old journal is whole: open it again as it is, then say what happened
            self.window.tasks.start(
                reopen_as_is,
                lambda app: self._failed(app, error, was_encrypted),
                lambda again: self._lost(again, error),
            )

        self._show_busy(
            self.tr("Encrypting your journal, its evidence and backups…")
            if new_passphrase is not None
            else self.tr("Storing your journal unencrypted…")
        )
        window.tasks.start(work, self._converted, undone)

    def _attach(self, app: App) -> None:
        if self._reopened is not None:
            self._reopened(app)
        self.window.attach(app)

    def _converted(self, result: tuple[str | None, App]) -> None:
        self._hide_busy()
        recovery_key, app = result
        self._attach(app)
        self.update_actions()
        if recovery_key is not None:
            self._show_recovery_key(recovery_key)
            self.window.statusBar().showMessage(self.tr("Your journal is now encrypted."), 8000)
        else:
            self.window.statusBar().showMessage(
                self.tr(
                    "Your journal is no longer encrypted: anyone who can open its folder can "
                    "read it."
                ),
                8000,
            )
        self.changed.emit(app.encrypted)

    def _show_recovery_key(self, recovery_key: str) -> RecoveryKeyDialog:
        dialog = RecoveryKeyDialog(recovery_key, self.window)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _failed(self, app: App, error: BaseException, was_encrypted: bool) -> None:
        from cpdlog.errors import EncryptionUnfinishedError
        from cpdlog.services.encryption import needs_sealing

        self._hide_busy()
        self._attach(app)
        self.update_actions()
        if app.encrypted == was_encrypted:
            text = self.tr("Your journal was not changed and is as it was: {error}").format(
                error=error
            )
        elif isinstance(error, EncryptionUnfinishedError):
            if needs_sealing(self.home):
                text = self.tr(
                    "Your journal is now encrypted, but sealing its evidence and backups "
                    "stopped part-way: {problem} It is finished the next time your journal "
                    "opens."
                )
            else:
                text = self.tr(
                    "Your journal is now encrypted. Sealing its evidence and backups stopped "
                    "part-way ({problem}), but it was finished when your journal was opened "
                    "again."
                )
            text = text.format(problem=error.problem)
        else:
            text = self.tr(
                "Your journal itself was converted, but the rest stopped part-way: {error} "
                "It is finished the next time your journal opens."
            ).format(error=error)
        if app.encrypted != was_encrypted:
            self.changed.emit(app.encrypted)  # e.g. an encrypted journal locks itself
        self._after_recovery_key(error, lambda: self._warn(text))
        self.failed.emit(text)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("cpdlog"), text, parent=self.window)
        box.setObjectName("protection_failed")
        self.warning = box
        box.open()

    def _after_recovery_key(self, error: BaseException, then: Callable[[], None]) -> None:
        """If the journal was encrypted before ``error``, its recovery key is shown first (it
        exists nowhere else), and ``then`` once the user has kept it; else ``then`` now."""
        from cpdlog.errors import EncryptionUnfinishedError

        if isinstance(error, EncryptionUnfinishedError):
            dialog = self._show_recovery_key(error.recovery_key)
            dialog.finished.connect(lambda _result: then())
        else:
            then()

    def _lost(self, error: BaseException, earlier: BaseException | None = None) -> None:
        """The journal could not be opened again after ``earlier`` (the conversion's failure,
        if it failed)."""
        from cpdlog.errors import EncryptionUnfinishedError

        self._hide_busy()
        if isinstance(earlier, EncryptionUnfinishedError):
            text = self.tr(
                "Your journal is now encrypted, but it could not be opened again: {error} "
                "Keep your recovery key, then start cpdlog again."
            ).format(error=error)
            self._after_recovery_key(earlier, lambda: self._warn(text))
            self.failed.emit(text)
            return
        self.failed.emit(str(error))
        self.window.show_error(error)

    def _change(self, current: str, new: str) -> None:
        window = self.window
        home = self.home

        def work() -> str:
            from cpdlog.services import encryption

            key = encryption.unlock(home, passphrase=current)
            return encryption.change_passphrase(home, key, new).recovery_key

        def failed(error: BaseException) -> None:
            self.failed.emit(str(error))
            window.show_error(error)

        def changed(recovery_key: str) -> None:
            from cpdlog.ui.dialogs.unlock import forget_passphrase

            forget_passphrase(home)  # the remembered one no longer works
            self._show_recovery_key(recovery_key)
            window.statusBar().showMessage(
                self.tr("Your passphrase is changed; the old recovery key no longer works."),
                8000,
            )

        window.tasks.start(work, changed, failed)


def install(
    window: MainWindow, reopen: Reopen, reopened: Callable[[App], None] | None = None
) -> Protection:
    """The passphrase commands, in the window's File menu above its last item (Quit)."""
    protection = Protection(window, reopen, reopened)
    actions = window.menuBar().actions()
    file_menu = actions[0].menu() if actions else None
    if isinstance(file_menu, QMenu):
        items = file_menu.actions()
        if items:
            file_menu.insertMenu(items[-1], protection.menu)
        else:
            file_menu.addMenu(protection.menu)
    return protection
