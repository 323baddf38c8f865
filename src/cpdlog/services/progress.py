"""Progress against the practitioner's regulator for a registration period."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cpdlog.domain.profiles import Period, RequirementProfile
from cpdlog.domain.progress import ProgressReport, compute_progress

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

    def report(self, regulator_id: str | None = None, year: int | None = None) -> ProgressReport:
        profile = self.app.profile.requirement_profile(regulator_id)
        period = self.period(profile, year)
        entries = self.app.entries.list_entries()
        return compute_progress(
            profile, period, entries, self.app.entries.templates(), self.app.clock()
        )
