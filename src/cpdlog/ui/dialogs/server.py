"""Where the journal is kept: "My own computer" or "My organisation's cpdlog server".

The choice is saved in the data folder's app settings (``cpdlog.services.connection``); the
password goes to the system keychain. It is used from the next start, so switching closes
nothing and loses no unsaved text (open editors keep autosaving their drafts meanwhile).

Saving runs on a worker: the keychain is D-Bus on Linux and may wait for the user to unlock it,
which must not freeze the window. Meanwhile the dialog says it is saving, and Save, Cancel and
the fields are off (a Cancel then could not undo what the keychain already kept); a failure
is shown in the dialog, which stays open with everything typed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cpdlog.errors import CpdlogError
from cpdlog.services import connection
from cpdlog.services.connection import ServerChoice
from cpdlog.ui.a11y import describe_button
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.widgets.fields import FieldError
from cpdlog.ui.widgets.wrapping import WrappingCheckBox, keep_height_for_width

log = logging.getLogger(__name__)


class ServerDialog(QDialog):
    """Choose this computer or the organisation's server; test the connection; save."""

    def __init__(self, home: Path, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.tasks = tasks
        self.saving = False  # a save is running on a worker
        self.setObjectName("ServerDialog")
        self.setWindowTitle(self.tr("Where your journal is kept"))
        layout = QVBoxLayout(self)
        self.local_radio = QRadioButton(self.tr("My own &computer"), self)
        self.server_radio = QRadioButton(self.tr("My o&rganisation's cpdlog server"), self)
        self.local_radio.setAccessibleDescription(
            self.tr("Your journal is a file on this computer, which only you can open")
        )
        self.server_radio.setAccessibleDescription(
            self.tr("Your journal is kept on a server that your organisation runs")
        )
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)
        layout.addWidget(self.local_radio)
        layout.addWidget(self.server_radio)

        self.server_box = QWidget(self)
        # The fields in a form, the tick boxes under it (their words wrap: a form's whole-row
        # items were given one line's height when they wrapped onto more)
        box_layout = QVBoxLayout(self.server_box)
        form = QFormLayout()
        box_layout.addLayout(form)
        self.host = QLineEdit(self.server_box)
        self.host.setObjectName("server_host")
        self.port = QSpinBox(self.server_box)
        self.port.setRange(1, 65535)
        self.port.setValue(connection.DEFAULT_PORT)
        self.database = QLineEdit(self.server_box)
        self.database.setObjectName("server_database")
        self.user = QLineEdit(self.server_box)
        self.user.setObjectName("server_user")
        self.password = QLineEdit(self.server_box)
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept in this computer's keychain"))
        for field, description in (
            (self.host, self.tr("The server's name or address, as your organisation gave it")),
            (self.port, self.tr("The server's port number; leave it as it is unless told")),
            (self.database, self.tr("The name of the database that holds your journal")),
            (self.user, self.tr("The user name your organisation gave you for the server")),
            (self.password, self.tr("Your password for the server; cpdlog keeps it safely")),
        ):
            field.setAccessibleDescription(description)
        form.addRow(self.tr("Server &address:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database name:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        self.signs_in = WrappingCheckBox(
            self.tr("My organisation signs me &in (no password: Kerberos or a certificate)"),
            self.server_box,
        )
        self.signs_in.setAccessibleDescription(
            self.tr("Tick if you sign in to the server without a password")
        )
        box_layout.addWidget(self.signs_in)
        self.test_server = WrappingCheckBox(
            self.tr(
                "This is a &test server: do not check its security certificate "
                "(never for real records)"
            ),
            self.server_box,
        )
        self.test_server.setAccessibleDescription(
            self.tr("Only for a server set up for testing, never for real records")
        )
        box_layout.addWidget(self.test_server)
        self.test_button = QPushButton(self.tr("T&est the connection"), self.server_box)
        self.test_button.setObjectName("server_test")
        self.test_button.setAccessibleDescription(
            self.tr("Tries to reach the server with these details and says what happened")
        )
        self.test_result = QLabel(self.server_box)
        self.test_result.setObjectName("server_test_result")
        self.test_result.setWordWrap(True)
        test_row = QFormLayout()
        test_row.addRow(self.test_button, self.test_result)
        box_layout.addLayout(test_row)
        layout.addWidget(self.server_box)

        note = QLabel(
            self.tr(
                "cpdlog uses your choice the next time it starts. Nothing you have typed is "
                "lost: open entries keep their drafts on this computer."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("server_save_status")
        self.save_status.setWordWrap(True)
        self.save_status.hide()
        layout.addWidget(self.save_status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        describe_button(
            self.buttons,
            QDialogButtonBox.StandardButton.Save,
            self.tr("Keeps your choice; cpdlog uses it the next time it starts"),
        )
        describe_button(
            self.buttons,
            QDialogButtonBox.StandardButton.Cancel,
            self.tr("Closes this window and leaves your journal where it is"),
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        keep_height_for_width(self)  # its tick boxes' words wrap when it is narrow

        saved = connection.load_choice(home)
        if saved is None:
            self.local_radio.setChecked(True)
        else:
            self.server_radio.setChecked(True)
            self.host.setText(saved.host)
            self.port.setValue(saved.port)
            self.database.setText(saved.database)
            self.user.setText(saved.user)
            self.signs_in.setChecked(saved.organisation_signs_in)
            self.test_server.setChecked(not saved.check_certificate)
        self.server_radio.toggled.connect(self._update)
        self.signs_in.toggled.connect(self._update)
        self.test_button.clicked.connect(self.test)
        self._update()

    def _update(self) -> None:
        self.server_box.setEnabled(self.server_radio.isChecked())
        self.password.setEnabled(not self.signs_in.isChecked())

    def choice(self) -> ServerChoice | None:
        """The server as typed (None: this computer); :class:`ValidationError` if incomplete."""
        if not self.server_radio.isChecked():
            return None
        return ServerChoice(
            host=self.host.text(),
            database=self.database.text(),
            user=self.user.text(),
            port=self.port.value(),
            organisation_signs_in=self.signs_in.isChecked(),
            check_certificate=not self.test_server.isChecked(),
        ).checked()

    def test(self) -> None:
        """Try the server on a worker; the answer shows beside the button."""
        self.error.hide()
        try:
            choice = self.choice()
        except CpdlogError as exc:
            self.error.show_message(str(exc))
            return
        if choice is None:
            return
        typed = self.password.text() or None

        def attempt() -> str | None:
            password = typed
            if password is None and not choice.organisation_signs_in:
                password = connection.remembered_password(choice)
            return connection.test_connection(choice, password)

        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Trying the server…"))
        self.tasks.start(attempt, self._tested, lambda e: self._tested(str(e)))

    def _tested(self, problem: str | None) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(
            self.tr("The server answered: the connection works.") if problem is None else problem
        )

    def save(self) -> None:
        """Check what is typed, then keep it (and the password, in the keychain) on a worker;
        the dialog closes once it is kept."""
        if self.saving:
            return
        self.error.hide()
        try:
            choice = self.choice()
        except CpdlogError as exc:
            self.error.show_message(str(exc))
            return
        home, password = self.home, self.password.text() or None

        def keep() -> None:
            connection.save_choice(home, choice, password)

        self._set_saving(True)
        self.tasks.start(keep, self._saved, self._save_failed)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        for button in self.buttons.buttons():
            button.setEnabled(not saving)
        for widget in (self.local_radio, self.server_radio, self.server_box):
            widget.setEnabled(not saving)
        if not saving:
            self._update()
        self.save_status.setText(
            self.tr("Saving… your keychain may ask you to unlock it.") if saving else ""
        )
        self.save_status.setVisible(saving)

    def _saved(self, _result: object) -> None:
        self._set_saving(False)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, CpdlogError | OSError):
            message = str(error)
        else:
            log.error("Saving the server choice failed", exc_info=error)
            message = self.tr("cpdlog could not save your choice: {error}").format(error=error)
        self.error.show_message(message)

    # While saving, the dialog stays: Escape and closing the window wait for the save.
    def reject(self) -> None:
        if not self.saving:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.saving and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            event.ignore()
            return
        super().closeEvent(event)
