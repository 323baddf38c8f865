"""Dates and hours as people type them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from cpdlog.ui.text import format_hours
from cpdlog.ui.widgets.fields import HoursSpinBox, parse_typed_date, parse_typed_hours


@pytest.mark.parametrize(
    "text",
    [
        "11 Mar 2026",
        "11 March 2026",
        " 11  mar 2026 ",
        "11th March 2026",
        "11 Mar. 2026",
        "March 11, 2026",
        "11/3/2026",
        "11/03/26",
        "11.3.2026",
        "11-03-2026",
        "2026-03-11",
    ],
)
def test_ways_of_writing_11_march_2026(text: str) -> None:
    assert parse_typed_date(text) == dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1",
        "11",
        "11 M",
        "11 Mar",
        "11 Mar 2",
        "11 Mar 202",
        "11/3/2",
        "31 Feb 2026",
        "13/13/2026",
        "11 Smarch 2026",
        "yesterday",
    ],
)
def test_unfinished_or_impossible_dates_are_not_dates(text: str) -> None:
    assert parse_typed_date(text) is None


def test_a_missing_year_is_filled_in_only_when_asked() -> None:
    assert parse_typed_date("11 Mar") is None
    assert parse_typed_date("11 Mar", 2025) == dt.date(2025, 3, 11)


def test_a_two_digit_year_waits_until_typing_ends() -> None:
    assert parse_typed_date("11/3/20", short_year=False) is None  # "11/3/2026" half typed
    assert parse_typed_date("11/3/20") == dt.date(2020, 3, 11)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("1 h 30 min", 1.5),
        ("1h30m", 1.5),
        ("90 min", 1.5),
        ("1.5", 1.5),
        ("1,5", 1.5),
        ("1:30", 1.5),
        ("2 hours", 2.0),
        ("45 minutes", 0.75),
    ],
)
def test_ways_of_writing_hours(text: str, hours: float) -> None:
    assert parse_typed_hours(text) == hours


@pytest.mark.parametrize("text", ["", "h", "1:75", "one hour", "1 h 30"])
def test_not_hours(text: str) -> None:
    assert parse_typed_hours(text) is None


def test_the_hours_field_reads_like_the_journal(qtbot: Any) -> None:
    spin = HoursSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(1.5)
    assert spin.text() == "1 h 30 min" == format_hours(1.5)
    spin.stepUp()
    assert spin.value() == 1.75 and spin.text() == "1 h 45 min"
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "90 min")
    spin.interpretText()
    assert spin.value() == 1.5
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "1 h 10 min")  # between quarters: rounded down, never up
    spin.interpretText()
    assert spin.value() == 1.0
