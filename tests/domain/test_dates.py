"""Calendar arithmetic and date wording shared by the periods, the HCPC gaps and every screen."""

from __future__ import annotations

import datetime as dt
import io
import re
import tokenize
from pathlib import Path

import pytest

from cpdlog.domain.dates import add_months, add_years, long_date, short_date
from cpdlog.domain.requirements import Period

D = dt.date
PACKAGE = Path(__file__).resolve().parents[2] / "src" / "cpdlog"
# strftime's "no padding" flags (%-d, %-m, %#d...) are platform-specific: glibc has "-",
# Windows raises ValueError on it. The app writes day numbers with ``day.day`` instead.
_PLATFORM_FLAG = re.compile(r"%[-#][A-Za-z]")


def test_add_years():
    assert add_years(D(2024, 2, 29), 4) == D(2028, 2, 29)
    assert add_years(D(2024, 2, 29), 1) == D(2025, 3, 1)
    assert add_years(D(2023, 12, 1), -2) == D(2021, 12, 1)
    assert add_years(D(2024, 2, 29), -1) == D(2023, 3, 1)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2025, 11, 15), 3, D(2026, 2, 15)),
        (D(2026, 1, 10), 3, D(2026, 4, 10)),
        (D(2026, 1, 31), 1, D(2026, 3, 1)),  # no 31 February: the 1st of the month after
        (D(2024, 1, 31), 1, D(2024, 3, 1)),
        (D(2024, 1, 29), 1, D(2024, 2, 29)),  # a leap year has the 29th
        (D(2025, 1, 29), 1, D(2025, 3, 1)),
        (D(2025, 11, 30), 3, D(2026, 3, 1)),
        (D(2026, 3, 31), 1, D(2026, 5, 1)),  # no 31 April
        (D(2026, 12, 31), 2, D(2027, 3, 1)),  # across a year end
        (D(2026, 12, 15), 1, D(2027, 1, 15)),
        (D(2026, 3, 15), -3, D(2025, 12, 15)),
        (D(2026, 3, 31), -1, D(2026, 3, 1)),  # 31 February does not exist either way
        (D(2026, 5, 20), 0, D(2026, 5, 20)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_add_months_and_add_years_agree_on_leap_days() -> None:
    for day in (D(2024, 2, 29), D(2023, 12, 31), D(2026, 6, 1)):
        for years in (-2, -1, 1, 3, 4):
            assert add_months(day, 12 * years) == add_years(day, years)


def test_long_and_short_dates_have_no_leading_zero() -> None:
    assert long_date(D(2026, 3, 4)) == "4 March 2026"
    assert long_date(dt.datetime(2026, 12, 1, 23, 59)) == "1 December 2026"
    assert short_date(D(2026, 3, 4)) == "4 Mar 2026"
    assert Period(D(2025, 12, 1), D(2026, 11, 30)).label() == "1 December 2025 to 30 November 2026"


def _string_literals(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    return [
        (token.start[0], token.string)
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1)
    ]


def test_no_platform_specific_strftime_flags_anywhere_in_the_package() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}: {text}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in _string_literals(path)
        if _PLATFORM_FLAG.search(text)
    ]
    assert offenders == []


def test_the_flag_check_finds_a_flag() -> None:
    # The check above must be able to fail: the forms it is meant to catch are found.
    assert _PLATFORM_FLAG.search('f"{day:%-d %B %Y}"')
    assert _PLATFORM_FLAG.search('day.strftime("%#d/%m")')
    assert not _PLATFORM_FLAG.search('f"{day.day} {day:%B %Y}"')
