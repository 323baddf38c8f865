"""Dates as people type them."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdlog.ui.widgets.fields import parse_typed_date


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
