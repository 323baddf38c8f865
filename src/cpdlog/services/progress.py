"""Progress against the practitioner's regulator for a registration period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cpdlog.domain.entry import Entry
from cpdlog.domain.profiles import Period, RequirementProfile
from cpdlog.domain.progress import ProgressReport, compute_progress
from cpdlog.errors import CpdlogError

if TYPE_CHECKING:
    from cpdlog.services.app import App


class ProgressService:
    def __init__(self, app: App) -> None:
        self.app = app

    def period(
        self, profile: RequirementProfile, year: int | None = None, on: dt.date | None = None
    ) -> Period:
        """The period ending in ``year``, else the one containing ``on`` (default: today)."""
        registered_on = self.app.profile.get().registered_on
        if year is not None:
            return profile.period.period_ending_in(year, registered_on)
        today = on or profile.period.local_date(self.app.clock())
        return profile.period.period_containing(today, registered_on)

    def just_ended(self, regulator_id: str | None = None) -> Period | None:
        """The period whose deadline passed in the last 60 days, if there is one.

        For those 60 days the desktop shows it first (with its outcome and its export) and the
        command line reports its outcome before the new period's progress.
        """
        profile = self.app.profile.requirement_profile(regulator_id)
        registered_on = self.app.profile.get().registered_on
        try:
            return profile.period.recently_ended(self.app.clock(), registered_on)
        except CpdlogError:
            return None  # no registration date yet: there is no period to look back on

    def report(
        self,
        regulator_id: str | None = None,
        year: int | None = None,
        entries: Sequence[Entry] | None = None,
        period: Period | None = None,
    ) -> ProgressReport:
        """``entries``: every entry in the journal (``list_entries()``), when the caller
        already holds them, so they are not read again; None reads them. ``period`` (e.g.
        :meth:`just_ended`) wins over ``year``."""
        profile = self.app.profile.requirement_profile(regulator_id)
        if period is None:
            period = self.period(profile, year)
        if entries is None:
            entries = self.app.entries.list_entries()
        return compute_progress(
            profile, period, entries, self.app.entries.templates(), self.app.clock()
        )
