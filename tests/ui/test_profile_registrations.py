"""The profile dialog adds and removes registrations (regulator, number, date, birth month
where renewal follows it, licence type)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate

from cpdlog.domain.practitioner import Registration
from cpdlog.services.app import App
from cpdlog.ui.dialogs.registration import RegistrationDialog
from cpdlog.ui.dialogs.welcome import WelcomeDialog
from tests.ui.mnemonics import check_window


def _profile_dialog(app: App, qtbot: Any) -> WelcomeDialog:
    dialog = WelcomeDialog(app.profile, app.clock, first_run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog: RegistrationDialog, regulator_id: str) -> None:
    index = dialog.regulator_combo.findData(regulator_id)
    assert index >= 0, regulator_id
    dialog.regulator_combo.setCurrentIndex(index)


def test_adding_a_new_york_licence_is_saved_with_the_profile(onboarded: App, qtbot: Any) -> None:
    dialog = _profile_dialog(onboarded, qtbot)
    assert dialog.others_box.isVisible()
    add = dialog.add_registration()
    qtbot.waitExposed(add)
    assert add.regulator_combo.findData("swe") < 0  # the main registration is not offered
    _choose(add, "ny-lmsw")
    assert not add.birth_combo.isVisible()  # New York counts from the registration date
    add.number_edit.setText(" 123456 ")
    add.registered.check.setChecked(True)
    add.registered.date_edit.setDate(QDate(2020, 6, 1))
    add.licence_edit.setText("LMSW")
    add.add_button.click()
    assert not add.isVisible()
    assert dialog.other_registrations() == [
        Registration("ny-lmsw", "123456", dt.date(2020, 6, 1), None, "LMSW")
    ]
    assert "LMSW" in dialog.others_list.item(0).text()
    assert onboarded.profile.registrations()[1:] == []  # nothing is kept until Save
    assert dialog.save()
    regs = onboarded.profile.registrations()
    assert [r.regulator_id for r in regs] == ["swe", "ny-lmsw"]
    assert regs[1] == Registration("ny-lmsw", "123456", dt.date(2020, 6, 1), None, "LMSW")


def test_texas_asks_for_the_birth_month_and_refuses_without_it(onboarded: App, qtbot: Any) -> None:
    dialog = _profile_dialog(onboarded, qtbot)
    add = dialog.add_registration()
    qtbot.waitExposed(add)
    _choose(add, "tx-bswe")
    assert add.birth_combo.isVisible()
    add.add_button.click()
    assert add.isVisible()  # refused: no birth month yet
    assert "birth month" in add.error.label.text()
    add.birth_combo.setCurrentIndex(add.birth_combo.findData(4))
    add.add_button.click()
    assert not add.isVisible()
    assert dialog.save()
    texas = onboarded.profile.get().registration_for("tx-bswe")
    assert texas is not None and texas.birth_month == 4


def test_removing_a_registration_and_the_main_ones_birth_month_and_licence(
    onboarded: App, qtbot: Any
) -> None:
    onboarded.profile.add_registration(Registration("ny-lmsw", "1", dt.date(2020, 6, 1)))
    onboarded.profile.add_registration(Registration("scw", "", dt.date(2024, 9, 1)))
    dialog = _profile_dialog(onboarded, qtbot)
    assert [r.regulator_id for r in dialog.other_registrations()] == ["ny-lmsw", "scw"]
    assert not dialog.remove_registration_button.isEnabled()
    dialog.others_list.setCurrentRow(0)
    assert dialog.remove_registration_button.isEnabled()
    dialog.remove_registration_button.click()
    assert [r.regulator_id for r in dialog.other_registrations()] == ["scw"]
    # The main registration becomes Texas: its birth month and licence type are asked here.
    assert not dialog.birth_combo.isVisible()
    dialog.regulator_combo.setCurrentIndex(dialog.regulator_combo.findData("tx-bswe"))
    assert dialog.birth_combo.isVisible()
    dialog.birth_combo.setCurrentIndex(dialog.birth_combo.findData(11))
    dialog.licence_edit.setText("LMSW")
    assert dialog.save()
    regs = onboarded.profile.registrations()
    assert [r.regulator_id for r in regs] == ["tx-bswe", "scw"]
    assert regs[0].birth_month == 11 and regs[0].license_type == "LMSW"


def test_a_regulator_held_twice_is_refused_with_a_message(onboarded: App, qtbot: Any) -> None:
    onboarded.profile.add_registration(Registration("ny-lmsw", "1", dt.date(2020, 6, 1)))
    dialog = _profile_dialog(onboarded, qtbot)
    dialog.regulator_combo.setCurrentIndex(dialog.regulator_combo.findData("ny-lmsw"))
    assert not dialog.save()
    assert dialog.isVisible()
    assert "already have a registration" in dialog.error.label.text()
    assert [r.regulator_id for r in onboarded.profile.registrations()] == ["swe", "ny-lmsw"]


def test_profile_and_registration_dialog_mnemonics(onboarded: App, qtbot: Any) -> None:
    dialog = _profile_dialog(onboarded, qtbot)
    dialog.regulator_combo.setCurrentIndex(dialog.regulator_combo.findData("tx-bswe"))
    problems = check_window(qtbot, dialog)
    assert problems == [], "\n".join(problems)
    dialog.regulator_combo.setCurrentIndex(dialog.regulator_combo.findData("swe"))
    add = dialog.add_registration()
    qtbot.waitExposed(add)
    _choose(add, "tx-bswe")
    assert add.birth_combo.isVisible()
    problems = check_window(qtbot, add)
    assert problems == [], "\n".join(problems)
