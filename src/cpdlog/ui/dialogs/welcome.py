"""First run (and later, the profile dialog): name, regulator, registration date, curated feeds."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cpdlog.errors import CpdlogError
from cpdlog.ui.text import tr_domain
from cpdlog.ui.widgets.fields import FieldError

if TYPE_CHECKING:
    from cpdlog.services.app import App


class WelcomeDialog(QDialog):
    """Sets the practitioner's profile. On first run it also offers the curated feeds."""

    def __init__(
        self,
        app: App,
        *,
        first_run: bool = True,
        offer_feeds: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.first_run = first_run
        self.offered_feeds = offer_feeds
        self._wants_curated = False
        self.setObjectName("WelcomeDialog")
        self.setWindowTitle(self.tr("Welcome to cpdlog") if first_run else self.tr("Your profile"))
        practitioner = app.profile.get()
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
        name_label = QLabel(self.tr("Your &name:"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        self.regulator_combo = QComboBox(self)
        self.regulator_combo.setAccessibleName(self.tr("Regulator"))
        for profile in app.profile.regulators():
            self.regulator_combo.addItem(tr_domain(profile.name), profile.id)
        self.regulator_combo.setCurrentIndex(
            max(0, self.regulator_combo.findData(practitioner.regulator_id))
        )
        regulator_label = QLabel(self.tr("&Regulator:"), self)
        regulator_label.setBuddy(self.regulator_combo)
        form.addRow(regulator_label, self.regulator_combo)
        self.number_edit = QLineEdit(practitioner.registration_number, self)
        self.number_edit.setAccessibleName(self.tr("Registration number"))
        self.number_edit.setPlaceholderText(self.tr("For example SW123456 (optional)"))
        number_label = QLabel(self.tr("Registration n&umber:"), self)
        number_label.setBuddy(self.number_edit)
        form.addRow(number_label, self.number_edit)
        when = QWidget(self)
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        self.registered_check = QCheckBox(self.tr("I know it:"), when)
        self.registered_edit = QDateEdit(when)
        self.registered_edit.setCalendarPopup(True)
        self.registered_edit.setDisplayFormat("d MMM yyyy")
        self.registered_edit.setAccessibleName(self.tr("Registration date"))
        day = practitioner.registered_on or app.clock().date()
        self.registered_edit.setDate(QDate(day.year, day.month, day.day))
        self.registered_check.setChecked(practitioner.registered_on is not None)
        self.registered_edit.setEnabled(self.registered_check.isChecked())
        self.registered_check.toggled.connect(self.registered_edit.setEnabled)
        when_layout.addWidget(self.registered_check)
        when_layout.addWidget(self.registered_edit)
        when_layout.addStretch(1)
        registered_label = QLabel(self.tr("Registered &on:"), self)
        registered_label.setBuddy(self.registered_check)
        form.addRow(registered_label, when)
        layout.addLayout(form)
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

        self.feeds_check = QCheckBox(self.tr("&Follow the curated social work sources"), self)
        self.feeds_check.setChecked(offer_feeds)
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

        self.error = FieldError(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Start") if first_run else self.tr("&Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setDefault(True)
        if first_run:
            self.skip_button = self.buttons.addButton(
                self.tr("S&kip for now"), QDialogButtonBox.ButtonRole.RejectRole
            )
        else:
            self.skip_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(self.skip)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    @property
    def wants_curated_feeds(self) -> bool:
        """Whether the user started with "Follow the curated sources" ticked (decided when
        Start was pressed, so it still holds once the dialog has closed)."""
        return self._wants_curated

    def save(self) -> bool:
        current = self.app.profile.get()
        registered = None
        if self.registered_check.isChecked():
            q = self.registered_edit.date()
            registered = dt.date(q.year(), q.month(), q.day())
        updated = replace(
            current,
            name=self.name_edit.text().strip(),
            regulator_id=str(self.regulator_combo.currentData()),
            registration_number=self.number_edit.text().strip(),
            registered_on=registered,
            onboarded=True,
        )
        try:
            self.app.profile.save(updated)
        except CpdlogError as exc:
            self.error.show_message(str(exc))
            return False
        self._wants_curated = self.offered_feeds and self.feeds_check.isChecked()
        self.accept()
        return True

    def skip(self) -> None:
        if self.first_run:
            with contextlib.suppress(CpdlogError):
                self.app.profile.save(replace(self.app.profile.get(), onboarded=True))
        self.reject()
