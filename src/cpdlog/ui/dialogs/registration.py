"""One registration (or licence) with a regulator: the profile dialog adds them with this."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.practitioner import Registration
from cpdlog.domain.requirements import PeriodKind, RequirementProfile
from cpdlog.ui.text import tr, tr_domain
from cpdlog.ui.widgets.fields import FieldError, RegisteredOnField


def needs_birth_month(profile: RequirementProfile | None) -> bool:
    """Whether this regulator's renewal follows the practitioner's birth month (Texas)."""
    return profile is not None and profile.period.kind is PeriodKind.BIRTH_MONTH


def fill_birth_months(combo: QComboBox, month: int | None) -> None:
    """ "Not set" and the twelve months, in the user's language."""
    combo.clear()
    combo.addItem(tr("RegistrationDialog", "Not set"), None)
    locale = QLocale()
    for m in range(1, 13):
        combo.addItem(locale.standaloneMonthName(m), m)
    combo.setCurrentIndex(max(0, combo.findData(month)))


class RegistrationDialog(QDialog):
    """Regulator, registration number, date registered, birth month (only where renewal
    follows it) and licence type. ``registration()`` gives what was entered."""

    def __init__(
        self,
        regulators: Sequence[RequirementProfile],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RegistrationDialog")
        self.setWindowTitle(self.tr("Add a registration"))
        self._profiles = {p.id: p for p in regulators}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Add another regulator you are registered or licensed with, for example a "
                "New York licence alongside Social Work England. cpdlog then shows your "
                "progress for each one."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.regulator_combo = QComboBox(self)
        self.regulator_combo.setAccessibleName(self.tr("Regulator"))
        self.regulator_combo.setAccessibleDescription(
            self.tr("The other body you are registered with, whose CPD requirements cpdlog tracks")
        )
        for profile in regulators:
            self.regulator_combo.addItem(tr_domain(profile.name), profile.id)
        label = QLabel(self.tr("&Regulator:"), self)
        label.setBuddy(self.regulator_combo)
        form.addRow(label, self.regulator_combo)

        self.number_edit = QLineEdit(self)
        self.number_edit.setAccessibleName(self.tr("Registration number"))
        self.number_edit.setAccessibleDescription(
            self.tr("The number this regulator gave you, if you want it on your portfolio")
        )
        self.number_edit.setPlaceholderText(self.tr("Optional"))
        label = QLabel(self.tr("Registration &number:"), self)
        label.setBuddy(self.number_edit)
        form.addRow(label, self.number_edit)

        self.registered = RegisteredOnField(None, today, self)
        label = QLabel(self.tr("Registered &on:"), self)
        label.setBuddy(self.registered.check)
        form.addRow(label, self.registered)

        self.birth_combo = QComboBox(self)
        self.birth_combo.setAccessibleName(self.tr("Birth month"))
        self.birth_combo.setAccessibleDescription(
            self.tr("The month you were born: this regulator sets your CPD dates by it")
        )
        fill_birth_months(self.birth_combo, None)
        self.birth_label = QLabel(self.tr("Birth &month:"), self)
        self.birth_label.setBuddy(self.birth_combo)
        form.addRow(self.birth_label, self.birth_combo)

        self.licence_edit = QLineEdit(self)
        self.licence_edit.setAccessibleName(self.tr("Licence type"))
        self.licence_edit.setAccessibleDescription(
            self.tr("The kind of licence you hold, as this regulator names it")
        )
        self.licence_edit.setPlaceholderText(self.tr("For example LMSW (optional)"))
        label = QLabel(self.tr("&Licence type:"), self)
        label.setBuddy(self.licence_edit)
        form.addRow(label, self.licence_edit)
        layout.addLayout(form)

        self.error = FieldError(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.add_button.setAccessibleDescription(
            self.tr("Adds this registration to your profile's list")
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Closes this window without adding anything"))
        self.add_button.clicked.connect(self._add)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.regulator_combo.currentIndexChanged.connect(lambda _i: self._regulator_changed())
        self._regulator_changed()

    def _regulator_changed(self) -> None:
        shown = needs_birth_month(self._profiles.get(str(self.regulator_combo.currentData())))
        self.birth_label.setVisible(shown)
        self.birth_combo.setVisible(shown)

    def registration(self) -> Registration:
        registered = self.registered.value()
        month = self.birth_combo.currentData() if self.birth_combo.isVisibleTo(self) else None
        return Registration(
            regulator_id=str(self.regulator_combo.currentData()),
            registration_number=self.number_edit.text().strip(),
            registered_on=registered,
            birth_month=int(month) if month else None,
            license_type=self.licence_edit.text().strip(),
        )

    def _add(self) -> None:
        if self.regulator_combo.currentData() is None:
            self.error.show_message(self.tr("Choose the regulator."))
            return
        if self.birth_combo.isVisibleTo(self) and self.birth_combo.currentData() is None:
            self.error.show_message(
                self.tr("This regulator's renewal follows your birth month: choose it.")
            )
            self.birth_combo.setFocus()
            return
        self.accept()
