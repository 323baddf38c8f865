"""The "registered on" row the profile and registration dialogs share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate

from cpdlog.ui.widgets.fields import RegisteredOnField

TODAY = dt.date(2026, 12, 1)


def test_an_unknown_date_starts_unticked_on_today_and_gives_none(qtbot: Any) -> None:
    field = RegisteredOnField(None, TODAY)
    qtbot.addWidget(field)
    assert not field.check.isChecked()
    assert not field.date_edit.isEnabled()
    assert field.date_edit.date() == QDate(2026, 12, 1)
    assert field.value() is None


def test_a_known_date_starts_ticked_and_is_given_back(qtbot: Any) -> None:
    field = RegisteredOnField(dt.date(2019, 4, 2), TODAY)
    qtbot.addWidget(field)
    assert field.check.isChecked()
    assert field.date_edit.isEnabled()
    assert field.value() == dt.date(2019, 4, 2)


def test_ticking_enables_the_date_and_unticking_forgets_it(qtbot: Any) -> None:
    field = RegisteredOnField(None, TODAY)
    qtbot.addWidget(field)
    field.check.setChecked(True)
    assert field.date_edit.isEnabled()
    field.date_edit.setDate(QDate(2020, 6, 1))
    assert field.value() == dt.date(2020, 6, 1)
    field.check.setChecked(False)
    assert not field.date_edit.isEnabled()
    assert field.value() is None
