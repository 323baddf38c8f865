"""Reminders: the plan (in settings), what is due today, the calendar file and the login check.

The plan is kept per registration (per regulator profile id) in the database settings, so it
travels with the journal. What was already shown (the date of the last notification, the last
monthly nudge and each deadline's stage) is kept in ``reminders.json`` in the data folder: it
belongs to this computer, and never more than one notification a day is shown from it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog import safefile
from cpdlog.domain.dates import long_date
from cpdlog.domain.entry import Entry
from cpdlog.domain.progress import ProgressReport, describe_amount
from cpdlog.domain.reminders import (
    Deadline,
    KeyDate,
    Notice,
    RegistrationDue,
    ReminderKind,
    ReminderPlan,
    Shown,
    after_showing,
    due_today_for,
    key_date_key,
)
from cpdlog.domain.requirements import Period, RequirementProfile, RuleKind
from cpdlog.errors import CpdlogError, StorageError
from cpdlog.i18n import tr
from cpdlog.storage.settings_repo import get_setting, set_setting

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)
CALENDAR = "cpdlog.calendar"  # the calendar file's wording (cpdlog.i18n; as in export/ics.py)

if TYPE_CHECKING:
    from cpdlog.export.ics import CalendarDate
    from cpdlog.services.app import App

SETTING_KEY = "reminders"
STATE_FILE = "reminders.json"
MAX_STATE_BYTES = 64_000


@dataclass(frozen=True, slots=True)
class ReminderState:
    last_notified: dt.date | None = None
    last_nudge: dt.date | None = None
    shown: dict[str, Shown] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "last_notified": self.last_notified.isoformat() if self.last_notified else None,
            "last_nudge": self.last_nudge.isoformat() if self.last_nudge else None,
            "shown": {
                key: {"stage": s.stage, "met_noted": s.met_noted} for key, s in self.shown.items()
            },
        }

    @classmethod
    def from_dict(cls, data: Any) -> ReminderState:
        if not isinstance(data, dict):
            return cls()

        def day(name: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(str(data[name])) if data.get(name) else None
            except ValueError:
                return None

        shown: dict[str, Shown] = {}
        raw = data.get("shown")
        for key, value in (raw if isinstance(raw, dict) else {}).items():
            if not isinstance(value, dict):
                continue
            stage = value.get("stage")
            shown[str(key)] = Shown(
                stage if isinstance(stage, int) and not isinstance(stage, bool) else None,
                value.get("met_noted") is True,
            )
        return cls(day("last_notified"), day("last_nudge"), shown)


@dataclass(frozen=True, slots=True)
class ReminderCheck:
    """What ``cpdlog remind`` (and the app's daily check) found."""

    today: dt.date
    notice: Notice | None  # None: nothing to show today
    deadline: Deadline | None  # the nearest of ``deadlines``
    unfinished: int
    problem: str = ""  # why a deadline could not be worked out, if one could not
    already_today: bool = False  # a notification was already shown today
    deadlines: tuple[Deadline, ...] = ()  # every registration's, the main one first
    # one sentence per registration whose deadline could not be worked out (its reminders
    # are off), naming it
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CalendarExport:
    path: Path
    events: int
    alarms: int
    # one sentence per registration whose deadlines could not be worked out (not in the file)
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CalendarData:
    data: bytes
    events: int
    alarms: int
    skipped: tuple[str, ...] = ()


def _deadline(report: ProgressReport) -> Deadline:
    unmet = [r for r in report.rules if r.met is False]  # a declaration (None) has no target
    unit = report.profile.unit
    missing = tuple(describe_amount(r, r.remaining, unit, more=True) for r in unmet)
    singular = len(unmet) == 1 and not unmet[0].is_hours and math.isclose(unmet[0].remaining, 1)
    profile = report.profile
    return Deadline(
        key=f"{profile.id}:{report.period.end.isoformat()}",
        regulator="" if profile.id == "custom" else profile.name,
        day=report.deadline.date(),
        days_left=report.days_left,
        met=report.met,
        missing=missing,
        missing_singular=singular,
        declaration=report.declaration_only,
        to_confirm=any(r.declaration for r in report.rules) and not report.declaration_only,
        complete_entries=len(report.counted),
    )


class ReminderService:
    def __init__(self, app: App) -> None:
        self.app = app

    # --- the plan ------------------------------------------------------------------------------
    def registrations(self) -> list[str]:
        """The regulator ids of every registration the practitioner holds, the main one first
        (each has its own plan)."""
        return [reg.regulator_id for reg in self.app.profile.registrations()]

    def registration_names(self) -> list[tuple[str, str]]:
        """(regulator id, regulator name in English) of every registration, the main one first."""
        return [
            (reg, self.app.profile.requirement_profile(reg).name) for reg in self.registrations()
        ]

    def _registration(self, regulator_id: str | None = None) -> str:
        return regulator_id or self.app.profile.get().regulator_id

    def plans(self) -> dict[str, ReminderPlan]:
        """Every registration's plan, the main one first (one read of the settings)."""
        with self.app.db.session() as session:
            stored = get_setting(session, SETTING_KEY, {})
        stored = stored if isinstance(stored, dict) else {}
        return {reg: ReminderPlan.from_dict(stored.get(reg)) for reg in self.registrations()}

    def plan(self, regulator_id: str | None = None) -> ReminderPlan:
        """The plan of the registration with ``regulator_id`` (default: the main one)."""
        with self.app.db.session() as session:
            plans = get_setting(session, SETTING_KEY, {})
        registration = self._registration(regulator_id)
        stored = plans.get(registration) if isinstance(plans, dict) else None
        return ReminderPlan.from_dict(stored)

    def save_plan(self, plan: ReminderPlan, regulator_id: str | None = None) -> ReminderPlan:
        registration = self._registration(regulator_id)
        with self.app.db.session() as session:
            plans = get_setting(session, SETTING_KEY, {})
            plans = dict(plans) if isinstance(plans, dict) else {}
            plans[registration] = plan.to_dict()
            set_setting(session, SETTING_KEY, plans)
        return plan

    def update_plan(
        self,
        days_before: Sequence[int] | None = None,
        monthly_nudge: bool | None = None,
        add_dates: Sequence[KeyDate] = (),
        remove_dates: Sequence[dt.date] = (),
        regulator_id: str | None = None,
    ) -> ReminderPlan:
        plan = self.plan(regulator_id)
        kept = [k for k in plan.key_dates if k.day not in set(remove_dates)]
        updated = ReminderPlan(
            tuple(days_before) if days_before is not None else plan.days_before,
            plan.monthly_nudge if monthly_nudge is None else monthly_nudge,
            (*kept, *add_dates),
        )
        return self.save_plan(updated, regulator_id)

    # --- what was shown (this computer) --------------------------------------------------------
    @property
    def state_path(self) -> Path:
        return self.app.paths.home / STATE_FILE

    def state(self) -> ReminderState:
        try:  # never a named pipe or a device (their read would not end)
            raw = safefile.read_bytes(self.state_path, MAX_STATE_BYTES, "reminder state")
        except (OSError, CpdlogError):  # missing, too large, not an ordinary file
            return ReminderState()
        try:
            return ReminderState.from_dict(json.loads(raw.decode("utf-8")))
        except (ValueError, UnicodeDecodeError):
            return ReminderState()

    def _save_state(self, state: ReminderState) -> None:
        path = self.state_path
        data = json.dumps(state.to_dict(), indent=2).encode("utf-8")
        try:
            safefile.write_atomically(path, data, create_folder=False)
        except OSError as exc:
            raise StorageError(
                tr(
                    ERRORS,
                    "cpdlog could not remember the reminder it showed ({path}): {reason}.",
                ).format(path=path, reason=exc.strerror or exc)
            ) from None

    # --- what is due ---------------------------------------------------------------------------
    def check(self) -> ReminderCheck:
        """Everything due today for every registration, in one notice (None when nothing is,
        or one was already shown today)."""
        plans = self.plans()
        state = self.state()
        entries: list[Entry] = self.app.entries.list_entries()
        unfinished = sum(1 for e in entries if e.is_draft)
        problem = ""
        problems: list[str] = []
        today: dt.date | None = None
        due: list[RegistrationDue] = []
        deadlines: list[Deadline] = []
        for regulator_id, plan in plans.items():
            try:
                report = self.app.progress.report(regulator_id, entries=entries)
            except CpdlogError as exc:  # e.g. a registration date the regulator counts from
                problem = problem or str(exc)
                name = tr("cpdlog", self.app.profile.requirement_profile(regulator_id).name)
                problems.append(
                    tr(
                        ERRORS,
                        "Deadline reminders for {regulator} are off until this is fixed: {problem}",
                    ).format(regulator=name, problem=exc)
                )
                due.append(RegistrationDue(plan, None))
                continue
            deadline = _deadline(report)
            deadlines.append(deadline)
            due.append(RegistrationDue(plan, deadline))
            if today is None:  # the day where the main (or first workable) deadline is kept
                today = report.now.astimezone(report.deadline.tzinfo).date()
        if today is None:
            today = self.app.clock().astimezone(dt.UTC).date()
        notice = due_today_for(
            due, today, unfinished, state.shown, state.last_nudge, state.last_notified
        )
        nearest = min(deadlines, key=lambda d: d.days_left) if deadlines else None
        return ReminderCheck(
            today=today,
            notice=notice,
            deadline=nearest,
            unfinished=unfinished,
            problem=problem,
            already_today=state.last_notified == today,
            deadlines=tuple(deadlines),
            problems=tuple(problems),
        )

    def mark_shown(self, check: ReminderCheck) -> None:
        """Remember that ``check.notice`` was shown today (so nothing more is shown today)."""
        if check.notice is None:
            return
        state = self.state()
        shown = after_showing(state.shown, check.notice)
        current = {key_date_key(k) for plan in self.plans().values() for k in plan.key_dates}
        current.update(d.key for d in check.deadlines)
        if check.deadline is not None:
            current.add(check.deadline.key)
        nudged = any(r.kind is ReminderKind.NUDGE for r in check.notice.reminders)
        self._save_state(
            ReminderState(
                last_notified=check.today,
                last_nudge=check.today if nudged else state.last_nudge,
                shown={k: v for k, v in shown.items() if k in current},
            )
        )

    # --- the calendar --------------------------------------------------------------------------
    def _periods(self, profile: RequirementProfile) -> list[Period]:
        current = self.app.progress.period(profile)
        following = self.app.progress.period(profile, on=current.end + dt.timedelta(days=1))
        return [current, following]

    def with_edits(
        self, plan: ReminderPlan | None, plans: Mapping[str, ReminderPlan] | None
    ) -> dict[str, ReminderPlan]:
        """Every registration's plan: ``plans`` (as edited) over the saved ones, and ``plan``
        over the main registration's."""
        chosen = self.plans()
        if plans:
            chosen.update({reg: p for reg, p in plans.items() if reg in chosen})
        if plan is not None:
            chosen[next(iter(chosen))] = plan
        return chosen

    def key_date_labels(self, plans: Mapping[str, ReminderPlan] | None = None) -> list[str]:
        """The labels of the dates added to any registration's plan (each date once);
        ``plans`` (by regulator id) replace the saved ones, as in :meth:`calendar_bytes`."""
        seen: dict[str, str] = {}
        for each in self.with_edits(None, plans).values():
            for key_date in each.key_dates:
                seen.setdefault(key_date_key(key_date), key_date.label)
        return list(seen.values())

    def calendar_bytes(
        self, plan: ReminderPlan | None = None, plans: Mapping[str, ReminderPlan] | None = None
    ) -> tuple[bytes, int, int]:
        """The .ics for every registration: data, events, alarms (see :meth:`calendar`)."""
        made = self.calendar(plan, plans)
        return made.data, made.events, made.alarms

    def calendar(
        self, plan: ReminderPlan | None = None, plans: Mapping[str, ReminderPlan] | None = None
    ) -> CalendarData:
        """The .ics for every registration. ``plans`` (by regulator id) and ``plan`` (the main
        registration's) replace the saved plans, e.g. a dialog's unsaved edits. A registration
        whose deadlines cannot be worked out (no registration date where its regulator counts
        from one) is left out with a sentence in ``skipped``; when none can, its error is
        raised."""
        from cpdlog.export.ics import CalendarDate

        dates: list[CalendarDate] = []
        seen: set[str] = set()
        skipped: list[str] = []
        failed: CpdlogError | None = None
        chosen = self.with_edits(plan, plans)
        for index, (regulator_id, each) in enumerate(chosen.items()):
            try:
                dates += self._deadline_dates(regulator_id, each)
            except CpdlogError as exc:
                failed = failed or exc
                skipped.append(self.left_out(regulator_id, exc))
            for key_date in each.key_dates:
                key = key_date_key(key_date)
                if key in seen:  # the same date in two plans is one event
                    continue
                seen.add(key)
                dates.append(
                    CalendarDate(
                        # the main registration's UIDs are those of earlier files
                        key=f"key-date:{key}" if index == 0 else f"key-date:{regulator_id}:{key}",
                        day=key_date.day,
                        summary=key_date.label,
                        description=tr(CALENDAR, "{label} (added in cpdlog).").format(
                            label=key_date.label
                        ),
                        alarm_days=each.days_before,
                        alarm_text=key_date.label,
                    )
                )
        from cpdlog.export.ics import build_calendar

        if failed is not None and len(skipped) == len(chosen):
            raise failed  # no registration's deadlines: nothing worth a file
        data = build_calendar(dates, self.app.clock(), tr(CALENDAR, "CPD deadlines"))
        return CalendarData(data, len(dates), sum(len(d.alarm_days) for d in dates), tuple(skipped))

    def left_out(self, regulator_id: str, error: CpdlogError) -> str:
        """One sentence: this registration's deadlines were left out, and why."""
        name = tr("cpdlog", self.app.profile.requirement_profile(regulator_id).name)
        return tr(ERRORS, "The calendar has no deadlines for {regulator}: {problem}").format(
            regulator=name, problem=error
        )

    def _deadline_dates(self, regulator_id: str, plan: ReminderPlan) -> list[CalendarDate]:
        """The registration's deadlines (this period's and the next), with the plan's alarms."""
        from cpdlog.export.ics import CalendarDate

        profile = self.app.profile.requirement_profile(regulator_id)
        who = "" if profile.id == "custom" else tr("cpdlog", profile.name)
        dates: list[CalendarDate] = []
        # no set hours or entries: nothing can be "missing", the practitioner confirms it
        declaration_only = bool(profile.rules) and all(
            rule.kind is RuleKind.DECLARATION for rule in profile.rules
        )
        for period in self._periods(profile):
            deadline = profile.period.deadline(period)
            rules = "; ".join(tr("cpdlog", rule.label) for rule in profile.rules)
            recorded = (
                tr(
                    CALENDAR,
                    "Your {who} CPD for {period} must be recorded by {time} ({timezone} time) "
                    "on {date}.",
                )
                if who
                else tr(
                    CALENDAR,
                    "Your CPD for {period} must be recorded by {time} ({timezone} time) on {date}.",
                )
            ).format(
                who=who,
                period=period.label(),
                time=f"{deadline:%H:%M}",
                timezone=profile.period.timezone,
                date=long_date(period.end),
            )
            needed = tr(CALENDAR, "What is needed: {rules}.").format(rules=rules) if rules else ""
            dates.append(
                CalendarDate(
                    key=f"deadline:{profile.id}:{period.end.isoformat()}",
                    day=period.end,
                    summary=(
                        tr(CALENDAR, "{who} CPD deadline").format(who=who)
                        if who
                        else tr(CALENDAR, "CPD deadline")
                    ),
                    description=" ".join(
                        part
                        for part in (
                            recorded,
                            needed,
                            tr(
                                CALENDAR,
                                "Confirm by then that you have done your CPD, and keep your "
                                "record.",
                            )
                            if declaration_only
                            else tr(CALENDAR, "Open cpdlog to see what is still missing."),
                        )
                        if part
                    ),
                    alarm_days=plan.days_before,
                    alarm_text=(
                        tr(CALENDAR, "Your {who} CPD is due").format(who=who)
                        if who
                        else tr(CALENDAR, "Your CPD is due")
                    ),
                )
            )
        return dates

    def export_calendar(
        self,
        path: Path,
        plan: ReminderPlan | None = None,
        plans: Mapping[str, ReminderPlan] | None = None,
    ) -> CalendarExport:
        from cpdlog.export.ics import write_atomically

        made = self.calendar(plan, plans)
        written = write_atomically(Path(path), made.data)
        return CalendarExport(written, made.events, made.alarms, made.skipped)
