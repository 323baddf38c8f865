import datetime as dt

import pytest

from cpdlog import reference_data
from cpdlog.domain.requirements import PeriodKind, PeriodRule
from cpdlog.errors import ValidationError

SWE = reference_data.profile("swe").period


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (dt.date(2026, 11, 30), dt.date(2025, 12, 1), dt.date(2026, 11, 30)),
        (dt.date(2026, 12, 1), dt.date(2026, 12, 1), dt.date(2027, 11, 30)),
        (dt.date(2026, 1, 1), dt.date(2025, 12, 1), dt.date(2026, 11, 30)),
        (dt.date(2024, 2, 29), dt.date(2023, 12, 1), dt.date(2024, 11, 30)),
    ],
)
def test_swe_registration_year_runs_1_december_to_30_november(day, start, end):
    period = SWE.period_containing(day)
    assert (period.start, period.end) == (start, end)
    assert day in period


def test_swe_period_named_by_the_year_it_ends():
    period = SWE.period_ending_in(2026)
    assert (period.start, period.end) == (dt.date(2025, 12, 1), dt.date(2026, 11, 30))


def test_swe_deadline_is_one_minute_before_midnight_uk_time_in_winter():
    deadline = SWE.deadline(SWE.period_ending_in(2026))
    assert deadline.isoformat() == "2026-11-30T23:59:00+00:00"
    assert deadline.tzinfo is not None


def test_deadline_follows_british_summer_time_for_a_summer_period_end():
    rule = PeriodRule(PeriodKind.ANNUAL, 1, 7, 1, dt.time(23, 59), "Europe/London")
    deadline = rule.deadline(rule.period_ending_in(2026))
    assert deadline.utcoffset() == dt.timedelta(hours=1)
    assert deadline.date() == dt.date(2026, 6, 30)


def test_aasw_financial_year():
    rule = reference_data.profile("aasw").period
    period = rule.period_containing(dt.date(2026, 6, 30))
    assert (period.start, period.end) == (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    assert rule.period_containing(dt.date(2026, 7, 1)).start == dt.date(2026, 7, 1)


def test_niscc_three_years_from_registration():
    rule = reference_data.profile("niscc").period
    registered = dt.date(2019, 5, 17)
    period = rule.period_containing(dt.date(2026, 11, 28), registered)
    assert (period.start, period.end) == (dt.date(2025, 5, 17), dt.date(2028, 5, 16))
    before = rule.period_containing(dt.date(2025, 5, 16), registered)
    assert (before.start, before.end) == (dt.date(2022, 5, 17), dt.date(2025, 5, 16))
    assert rule.period_ending_in(2028, registered) == period


def test_registration_on_29_february_rolls_to_1_march_in_common_years():
    rule = PeriodRule(PeriodKind.FROM_REGISTRATION, years=3)
    registered = dt.date(2024, 2, 29)
    first = rule.period_containing(dt.date(2026, 11, 28), registered)
    assert (first.start, first.end) == (dt.date(2024, 2, 29), dt.date(2027, 2, 28))
    second = rule.period_containing(dt.date(2027, 3, 1), registered)
    assert (second.start, second.end) == (dt.date(2027, 3, 1), dt.date(2030, 2, 28))
    # Periods tile with no gap or overlap across many cycles.
    period = first
    for _ in range(10):
        following = rule.period_containing(period.end + dt.timedelta(days=1), registered)
        assert following.start == period.end + dt.timedelta(days=1)
        period = following


def test_one_year_period_from_a_leap_day():
    rule = PeriodRule(PeriodKind.FROM_REGISTRATION, years=1)
    period = rule.period_containing(dt.date(2025, 2, 28), dt.date(2024, 2, 29))
    assert (period.start, period.end) == (dt.date(2024, 2, 29), dt.date(2025, 2, 28))


def test_dates_before_registration_still_get_a_period():
    rule = PeriodRule(PeriodKind.FROM_REGISTRATION, years=2)
    period = rule.period_containing(dt.date(2019, 1, 1), dt.date(2020, 6, 1))
    assert (period.start, period.end) == (dt.date(2018, 6, 1), dt.date(2020, 5, 31))


def test_from_registration_needs_the_registration_date():
    rule = reference_data.profile("niscc").period
    with pytest.raises(ValidationError, match="registration date"):
        rule.period_containing(dt.date(2026, 1, 1))


def test_no_period_ends_in_a_year_between_multi_year_periods():
    rule = PeriodRule(PeriodKind.FROM_REGISTRATION, years=3)
    with pytest.raises(ValidationError, match="No registration period ends in 2028"):
        rule.period_ending_in(2028, dt.date(2024, 2, 29))


def test_every_shipped_profile_loads_and_has_rules():
    profiles = reference_data.profiles()
    assert {"swe", "niscc", "coru", "aasw", "swrb", "ca-bbs", "custom"} <= set(profiles)
    for profile in profiles.values():
        assert profile.rules, profile.id
        assert profile.sources or profile.id == "custom"
