"""With Cymraeg chosen, dates are Welsh wherever Qt writes them (date edits, calendars,
``QLocale``) and wherever the app writes a month itself: Qt's default locale follows the
app's language, not the system's (cpdlog.ui.language)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDateEdit

from cpdlog.domain.dates import long_date, short_date
from cpdlog.services.app import App
from cpdlog.ui.language import Language, default_locale, install_translators
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.views.progress import ProgressView
from cpdlog.ui.widgets.fields import DateField
from tests.conftest import make_entry

DAY = QDate(2026, 12, 1)


@pytest.fixture
def welsh_app(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    install_translators(qapp, Language.WELSH, tmp_path)
    yield
    install_translators(qapp, Language.ENGLISH, tmp_path)


@pytest.mark.usefixtures("welsh_app")
def test_qt_dates_follow_the_chosen_language(qtbot: Any) -> None:
    assert QLocale().language() == QLocale.Language.Welsh
    assert QLocale().toString(DAY, "d MMMM yyyy") == "1 Rhagfyr 2026"

    edit = QDateEdit(DAY)
    qtbot.addWidget(edit)
    edit.setDisplayFormat("d MMM yyyy")
    assert edit.text() == "1 Rhag 2026"

    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().language() == QLocale.Language.Welsh
    assert calendar.locale().monthName(12) == "Rhagfyr"


@pytest.mark.usefixtures("welsh_app")
def test_the_date_field_writes_and_reads_welsh_months(qtbot: Any) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(DAY)
    assert field.text() == "1 Rhag 2026"
    # The same text as the app's own dates (cpdlog.domain.dates, from the catalogue).
    assert field.text() == short_date(dt.date(2026, 12, 1))
    assert long_date(dt.date(2026, 3, 14)) == "14 Mawrth 2026"
    # Welsh months typed are read, and so are English ones.
    for typed, expected in (
        ("14 Mawrth 2026", QDate(2026, 3, 14)),
        ("3 Jul 2026", QDate(2026, 7, 3)),
    ):
        field.edit.setText(typed)
        assert field.commit()
        assert field.date() == expected
    assert field.text() == "3 Gorff 2026"
    # The longest Welsh date fits without being cut.
    field.setDate(QDate(2026, 7, 28))
    metrics = field.edit.fontMetrics()
    assert field.edit.minimumWidth() >= metrics.horizontalAdvance("28 Gorff 2026")


def test_english_dates_stay_english(qapp: QApplication, qtbot: Any, tmp_path: Path) -> None:
    install_translators(qapp, Language.ENGLISH, tmp_path)
    assert QLocale().language() == QLocale.Language.English
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(DAY)
    assert field.text() == "1 Dec 2026"


def test_a_system_language_without_a_translation_gets_uk_english() -> None:
    assert default_locale("cy").language() == QLocale.Language.Welsh
    fallback = default_locale("fr")
    assert fallback.language() == QLocale.Language.English
    if QLocale.system().language() != QLocale.Language.English:
        assert fallback.territory() == QLocale.Country.UnitedKingdom


@pytest.mark.usefixtures("welsh_app")
def test_the_progress_months_are_welsh(onboarded: App, qtbot: Any) -> None:
    onboarded.entries.add(make_entry("Darlleniad", day=dt.date(2026, 3, 14)))
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        view = window.show_page("progress")
        assert isinstance(view, ProgressView)
        with qtbot.waitSignal(view.report_ready, timeout=10_000):
            view.reload()
        months = [
            view.month_model.item(row, 0).text() for row in range(view.month_model.rowCount())
        ]
        assert "Mawrth 2026" in months, months
        assert not any("March" in m or "December" in m for m in months), months
        assert "Mawrth 2026: " in view.month_table.accessibleDescription()
    finally:
        window.tasks.cancel_all()
        window.tasks.wait_for_all(10_000)


@pytest.mark.usefixtures("welsh_app")
def test_hours_and_minutes_are_written_in_welsh() -> None:
    from cpdlog.ui.text import format_hours

    assert format_hours(1.5) == "1 awr 30 mun"
    assert format_hours(2) == "2 awr"
    assert format_hours(0.25) == "15 mun"


@pytest.mark.usefixtures("welsh_app")
def test_pane_dividers_are_named_in_welsh(qtbot: Any) -> None:
    """Their words were looked up with QCoreApplication.translate and a module constant,
    which the extraction never saw: they stayed English in Welsh."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QSplitter

    from cpdlog.ui import a11y

    splitter = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("a"))
    splitter.addWidget(QLabel("b"))
    handle = splitter.handle(1)
    a11y.prepare_handle(handle)
    assert handle.accessibleName() == "Rhannwr cwarel"
    assert handle.accessibleDescription() == "Pwyswch y saeth i’r chwith neu i’r dde i’w symud"
