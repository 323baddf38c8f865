"""ProgressService.report can use entries the caller already holds instead of reading them."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdlog.domain.entry import ActivityType
from cpdlog.services.app import App
from tests.conftest import make_entry

pytestmark = pytest.mark.usefixtures("journal_url")  # on SQLite and on PostgreSQL


def test_report_from_given_entries_matches_and_reads_nothing(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.profile.update(name="Sam Patel", onboarded=True, registered_on=dt.date(2024, 12, 1))
    for n in range(3):
        app.entries.add(
            make_entry(f"Course part {n}", ActivityType.COURSE, dt.date(2026, 3, 1 + n), 2)
        )
    everything = app.entries.list_entries()
    expected = app.progress.report()

    def no_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the entries were read again")

    monkeypatch.setattr(app.entries, "list_entries", no_reading)
    given = app.progress.report(entries=everything)
    assert given.total_hours == expected.total_hours == 6
    assert [r.actual for r in given.rules] == [r.actual for r in expected.rules]
    assert [e.id for e in given.counted] == [e.id for e in expected.counted]
    assert given.period == expected.period
