"""First run (and later, the profile dialog): name, regulator, registration date, curated feeds."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.practitioner import Registration
from cpdlog.errors import CpdlogError
from cpdlog.ui.dialogs.registration import (
    RegistrationDialog,
    fill_birth_months,
    needs_birth_month,
)
from cpdlog.ui.text import format_long_date, tr_domain
from cpdlog.ui.widgets.fields import FieldError, RegisteredOnField

if TYPE_CHECKING:
    from pathlib import Path

    from cpdlog.services.app import Clock
    from cpdlog.services.practitioner import PractitionerService
    from cpdlog.ui.tasks import TaskRunner


class WelcomeDialog(QDialog):
    """Sets the practitioner's profile. On first run it also offers the curated feeds."""

    def __init__(
        self,
        profile: PractitionerService,
        clock: Clock,
        *,
        first_run: bool = True,
        offer_feeds: bool = False,
        can_protect: bool = False,
        home: Path | None = None,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``home`` and ``tasks`` (first run): offer the organisation's server too."""
        super().__init__(parent)
        self.profile = profile
        self.clock = clock
        self.first_run = first_run
        self.offered_feeds = offer_feeds
        self._wants_curated = False
        self._wants_protection = False
        self._home = home
        self._tasks = tasks
        self.setObjectName("WelcomeDialog")
        self.setWindowTitle(self.tr("Welcome to cpdlog") if first_run else self.tr("Your profile"))
        practitioner = profile.get()
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(
                self.tr(
                    "<p><b>cpdlog turns your everyday learning into CPD records.</b></p>"
                    "<p>Blogs, podcasts, supervision, team discussions and courses all count. "
                    "Everything stays on this computer. Tell cpdlog who regulates you and it "
                    "will track what you still need before your deadline. You can change "
                    "these later under File → Profile, or skip them now.</p>"
                ),
                self,
            )
            intro.setWordWrap(True)
            intro.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(practitioner.name, self)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setAccessibleDescription(
            self.tr("Your name as it should appear on your CPD portfolio")
        )
        name_label = QLabel(self.tr("Your &name:"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        self.regulator_combo = QComboBox(self)
        self.regulator_combo.setAccessibleName(self.tr("Regulator"))
        self.regulator_combo.setAccessibleDescription(
            self.tr("The body you are registered with, whose CPD requirements cpdlog tracks")
        )
        for regulator in profile.regulators():
            self.regulator_combo.addItem(tr_domain(regulator.name), regulator.id)
        self.regulator_combo.setCurrentIndex(
            max(0, self.regulator_combo.findData(practitioner.regulator_id))
        )
        regulator_label = QLabel(self.tr("&Regulator:"), self)
        regulator_label.setBuddy(self.regulator_combo)
        form.addRow(regulator_label, self.regulator_combo)
        self.number_edit = QLineEdit(practitioner.registration_number, self)
        self.number_edit.setAccessibleName(self.tr("Registration number"))
        self.number_edit.setAccessibleDescription(
            self.tr("The number your regulator gave you, if you want it on your portfolio")
        )
        self.number_edit.setPlaceholderText(self.tr("For example SW123456 (optional)"))
        number_label = QLabel(self.tr("Registration n&umber:"), self)
        number_label.setBuddy(self.number_edit)
        form.addRow(number_label, self.number_edit)
        self.registered = RegisteredOnField(practitioner.registered_on, clock().date(), self)
        registered_label = QLabel(self.tr("Registered &on:"), self)
        registered_label.setBuddy(self.registered.check)
        form.addRow(registered_label, self.registered)
        first = practitioner.all_registrations()[0]
        self.birth_combo = QComboBox(self)
        self.birth_combo.setAccessibleName(self.tr("Birth month"))
        self.birth_combo.setAccessibleDescription(
            self.tr("The month you were born: this regulator sets your CPD dates by it")
        )
        fill_birth_months(self.birth_combo, first.birth_month)
        self.birth_label = QLabel(self.tr("Birth &month:"), self)
        self.birth_label.setBuddy(self.birth_combo)
        form.addRow(self.birth_label, self.birth_combo)
        self.licence_edit = QLineEdit(first.license_type, self)
        self.licence_edit.setAccessibleName(self.tr("Licence type"))
        self.licence_edit.setAccessibleDescription(
            self.tr("The kind of licence you hold, as your regulator names it")
        )
        self.licence_edit.setPlaceholderText(self.tr("For example LMSW (optional)"))
        licence_label = QLabel(self.tr("&Licence type:"), self)
        licence_label.setBuddy(self.licence_edit)
        form.addRow(licence_label, self.licence_edit)
        layout.addLayout(form)
        self._profiles = {p.id: p for p in profile.regulators()}
        self.regulator_combo.currentIndexChanged.connect(lambda _i: self._regulator_changed())
        self._regulator_changed()
        hint = QLabel(
            self.tr(
                "Some regulators count your CPD years from your registration date; others "
                "(like Social Work England, 1 December to 30 November) use the same dates "
                "for everyone."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        # Further registrations (e.g. a New York licence beside Social Work England).
        self._others: list[Registration] = practitioner.all_registrations()[1:]
        self.others_box = QWidget(self)
        others_layout = QVBoxLayout(self.others_box)
        others_layout.setContentsMargins(0, 0, 0, 0)
        others_label = QLabel(self.tr("O&ther registrations:"), self.others_box)
        self.others_list = QListWidget(self.others_box)
        self.others_list.setAccessibleName(self.tr("Other registrations"))
        self.others_list.setAccessibleDescription(
            self.tr("Any other regulators you are registered with, besides the one above")
        )
        self.others_list.setMaximumHeight(110)
        others_label.setBuddy(self.others_list)
        others_buttons = QHBoxLayout()
        self.add_registration_button = QPushButton(self.tr("A&dd a registration…"), self.others_box)
        self.remove_registration_button = QPushButton(
            self.tr("Remo&ve registration"), self.others_box
        )
        self.add_registration_button.setAccessibleDescription(
            self.tr("Adds another regulator you are registered with")
        )
        self.remove_registration_button.setAccessibleDescription(
            self.tr("Removes the chosen registration from the list")
        )
        self.add_registration_button.clicked.connect(self.add_registration)
        self.remove_registration_button.clicked.connect(self.remove_registration)
        self.others_list.currentRowChanged.connect(
            lambda row: self.remove_registration_button.setEnabled(row >= 0)
        )
        others_buttons.addWidget(self.add_registration_button)
        others_buttons.addWidget(self.remove_registration_button)
        others_buttons.addStretch(1)
        others_layout.addWidget(others_label)
        others_layout.addWidget(self.others_list)
        others_layout.addLayout(others_buttons)
        self.others_box.setVisible(not first_run)
        layout.addWidget(self.others_box)
        self._refresh_others()
        self.registration_dialog: RegistrationDialog | None = None

        self.feeds_check = QCheckBox(self.tr("&Follow the curated social work sources"), self)
        self.feeds_check.setChecked(offer_feeds)
        self.feeds_check.setAccessibleDescription(
            self.tr("When ticked, the Reader follows news feeds chosen for social workers")
        )
        self.feeds_check.setVisible(offer_feeds)
        layout.addWidget(self.feeds_check)
        feeds_hint = QLabel(
            self.tr(
                "These are news feeds from social work publications, research bodies and "
                "practitioner blogs. New articles appear in the Reader, where one click "
                "turns an article into a draft CPD entry. Nothing about you is sent to them; "
                "you can unfollow any source later."
            ),
            self,
        )
        feeds_hint.setWordWrap(True)
        feeds_hint.setVisible(offer_feeds)
        layout.addWidget(feeds_hint)

        # can_protect: a plain journal file on this computer (a database server is not ours to
        # encrypt, and an encrypted journal needs no offer)
        self.offered_protection = first_run and can_protect
        self.protect_check = QCheckBox(self.tr("&Protect my journal with a passphrase"), self)
        self.protect_check.setVisible(self.offered_protection)
        self.protect_check.setAccessibleDescription(
            self.tr("When ticked, you choose a passphrase next and your journal is encrypted")
        )
        layout.addWidget(self.protect_check)
        protect_hint = QLabel(
            self.tr(
                "Your journal, evidence and backups are then stored encrypted: someone who "
                "copies them from this computer cannot read them. You choose the passphrase "
                "next and get a recovery key to keep. If you lose both, nobody can open your "
                "journal, not even cpdlog's makers. You can also do this later from the File "
                "menu."
            ),
            self,
        )
        protect_hint.setWordWrap(True)
        protect_hint.setVisible(self.offered_protection)
        layout.addWidget(protect_hint)

        # issue 17: "My own computer" (what cpdlog does unless told) or the organisation's server
        self.server_button = QPushButton(
            self.tr("My &journal is on my organisation's cpdlog server…"), self
        )
        self.server_button.setObjectName("welcome_server")
        self.server_button.setAccessibleDescription(
            self.tr("Choose where your journal is kept: here, or on your organisation's server")
        )
        self.server_button.setVisible(first_run and home is not None and tasks is not None)
        self.server_button.clicked.connect(self.choose_server)
        layout.addWidget(self.server_button)

        self.error = FieldError(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Start") if first_run else self.tr("&Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setDefault(True)
        self.ok_button.setAccessibleDescription(
            self.tr("Saves these details and starts using cpdlog")
            if first_run
            else self.tr("Saves the changes to your profile")
        )
        if first_run:
            self.skip_button = self.buttons.addButton(
                self.tr("S&kip for now"), QDialogButtonBox.ButtonRole.RejectRole
            )
            self.skip_button.setAccessibleDescription(
                self.tr("Starts cpdlog without these details; add them later under File, Profile")
            )
        else:
            self.skip_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.skip_button.setAccessibleDescription(
                self.tr("Closes your profile without saving the changes")
            )
        self.ok_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(self.skip)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def choose_server(self) -> QDialog:
        """ "My own computer" or "My organisation's cpdlog server" (used from the next start)."""
        from cpdlog.ui.dialogs.server import ServerDialog

        if self._home is None or self._tasks is None:
            raise RuntimeError("the welcome was not given the data folder")
        dialog = ServerDialog(self._home, self._tasks, parent=self)
        dialog.open()
        return dialog

    @property
    def wants_curated_feeds(self) -> bool:
        """Whether the user started with "Follow the curated sources" ticked (decided when
        Start was pressed, so it still holds once the dialog has closed)."""
        return self._wants_curated

    @property
    def wants_protection(self) -> bool:
        """Whether the user started with "Protect my journal with a passphrase" ticked."""
        return self._wants_protection

    def _regulator_changed(self) -> None:
        shown = needs_birth_month(self._profiles.get(str(self.regulator_combo.currentData())))
        self.birth_label.setVisible(shown)
        self.birth_combo.setVisible(shown)

    def _refresh_others(self) -> None:
        self.others_list.clear()
        for reg in self._others:
            profile = self._profiles.get(reg.regulator_id)
            name = tr_domain(profile.name) if profile else reg.regulator_id
            details = [reg.license_type] if reg.license_type else []
            if reg.registration_number:
                details.append(self.tr("number {number}").format(number=reg.registration_number))
            if reg.registered_on:
                details.append(
                    self.tr("registered {date}").format(date=format_long_date(reg.registered_on))
                )
            text = f"{name} ({', '.join(details)})" if details else name
            item = QListWidgetItem(text, self.others_list)
            item.setData(Qt.ItemDataRole.UserRole, reg.regulator_id)
        if not self._others:
            item = QListWidgetItem(self.tr("None"), self.others_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.remove_registration_button.setEnabled(False)

    def other_registrations(self) -> list[Registration]:
        """The further registrations the dialog will save."""
        return list(self._others)

    def add_registration(self) -> RegistrationDialog:
        """Ask for a further registration; it is kept when the profile is saved."""
        taken = {str(self.regulator_combo.currentData())} | {r.regulator_id for r in self._others}
        choices = [p for p in self._profiles.values() if p.id not in taken]
        dialog = RegistrationDialog(choices, self.clock().date(), self)
        dialog.accepted.connect(lambda: self._registration_added(dialog.registration()))
        self.registration_dialog = dialog
        dialog.open()
        return dialog

    def _registration_added(self, registration: Registration) -> None:
        self._others = [r for r in self._others if r.regulator_id != registration.regulator_id] + [
            registration
        ]
        self._refresh_others()
        self.error.clear()

    def remove_registration(self) -> None:
        item = self.others_list.currentItem()
        regulator_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not regulator_id:
            return
        self._others = [r for r in self._others if r.regulator_id != regulator_id]
        self._refresh_others()

    def save(self) -> bool:
        current = self.profile.get()
        registered = self.registered.value()
        regulator_id = str(self.regulator_combo.currentData())
        month = self.birth_combo.currentData() if self.birth_combo.isVisibleTo(self) else None
        main = Registration(
            regulator_id=regulator_id,
            registration_number=self.number_edit.text().strip(),
            registered_on=registered,
            birth_month=int(month) if month else None,
            license_type=self.licence_edit.text().strip(),
        )
        updated = replace(
            current,
            name=self.name_edit.text().strip(),
            regulator_id=regulator_id,
            registration_number=main.registration_number,
            registered_on=registered,
            onboarded=True,
            registrations=[main, *self._others],
        )
        try:
            self.profile.save(updated)
        except CpdlogError as exc:
            self.error.show_message(str(exc))
            return False
        self._wants_curated = self.offered_feeds and self.feeds_check.isChecked()
        self._wants_protection = self.offered_protection and self.protect_check.isChecked()
        self.accept()
        return True

    def skip(self) -> None:
        if self.first_run:
            with contextlib.suppress(CpdlogError):
                self.profile.save(replace(self.profile.get(), onboarded=True))
        self.reject()
