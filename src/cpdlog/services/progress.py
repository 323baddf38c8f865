"""Progress against the practitioner's regulator for a registration period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cpdlog.domain.entry import Entry
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

    def report(
        self,
        regulator_id: str | None = None,
        year: int | None = None,
        entries: Sequence[Entry] | None = None,
    ) -> ProgressReport:
        """``entries``: every entry in the journal (``list_entries()``), when the caller
        already holds them, so they are not read again; None reads them."""
        profile = self.app.profile.requirement_profile(regulator_id)
        period = self.period(profile, year)
        if entries is None:
            entries = self.app.entries.list_entries()
        return compute_progress(
            profile, period, entries, self.app.entries.templates(), self.app.clock()
        )
