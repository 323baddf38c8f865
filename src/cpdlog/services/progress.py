"""Progress against the practitioner's regulator for a registration period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cpdlog.domain.entry import Entry
from cpdlog.domain.practitioner import Registration
from cpdlog.domain.progress import ProgressReport, compute_progress
from cpdlog.domain.requirements import Period, PeriodRule, RequirementProfile
from cpdlog.errors import CpdlogError, ValidationError
from cpdlog.i18n import tr

if TYPE_CHECKING:
    from cpdlog.services.app import App

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)


class ProgressService:
    def __init__(self, app: App) -> None:
        self.app = app

    def registration(self, regulator_id: str | None = None) -> Registration:
        """The registration progress is measured for: the one with ``regulator_id`` (or, for a
        regulator not held, the main registration's dates with that regulator), else the
        main one."""
        practitioner = self.app.profile.get()
        main = practitioner.all_registrations()[0]
        if regulator_id is None:
            return main
        held = practitioner.registration_for(regulator_id)
        if held is not None:
            return held
        return Registration(regulator_id, main.registration_number, main.registered_on)

    def _period_rule(self, profile: RequirementProfile) -> tuple[PeriodRule, Registration]:
        reg = self.registration(profile.id)
        return profile.period.for_birth_month(reg.birth_month), reg

    def period(
        self, profile: RequirementProfile, year: int | None = None, on: dt.date | None = None
    ) -> Period:
        """The period ending in ``year``, else the one containing ``on`` (default: today)."""
        rule, reg = self._period_rule(profile)
        try:
            if year is not None:
                return rule.period_ending_in(year, reg.registered_on)
            today = on or rule.local_date(self.app.clock())
            return rule.period_containing(today, reg.registered_on)
        except ValidationError as exc:
            main = self.app.profile.get().all_registrations()[0]
            if exc.field != "registered_on" or reg.regulator_id == main.regulator_id:
                raise
            # an added registration: `profile set --registered-on` would change the main one
            raise ValidationError(
                tr(
                    ERRORS,
                    "Your registration with {regulator} counts from its registration date, "
                    "which is not set. Remove it with `cpdlog profile remove-registration {id}` "
                    "and add it again with `cpdlog profile add-registration --regulator {id} "
                    "--registered-on YYYY-MM-DD`.",
                ).format(regulator=tr("cpdlog", profile.name), id=reg.regulator_id),
                field="registered_on",
            ) from None

    def just_ended(self, regulator_id: str | None = None) -> Period | None:
        """The period whose deadline passed in the last 60 days, if there is one.

        For those 60 days the desktop shows it first (with its outcome and its export) and the
        command line reports its outcome before the new period's progress.
        """
        profile = self.app.profile.requirement_profile(regulator_id)
        rule, reg = self._period_rule(profile)
        try:
            return rule.recently_ended(self.app.clock(), reg.registered_on)
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
            profile,
            period,
            entries,
            self.app.entries.templates(),
            self.app.clock(),
            registration=self.registration(profile.id),
        )

    def reports(
        self, year: int | None = None, entries: Sequence[Entry] | None = None
    ) -> list[ProgressReport]:
        """One report per registration the practitioner holds, the main one first."""
        if entries is None:
            entries = self.app.entries.list_entries()
        return [
            self.report(reg.regulator_id, year, entries) for reg in self.app.profile.registrations()
        ]
