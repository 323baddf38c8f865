"""Reminder plans and the decision of what to remind a practitioner about today.

Pure rules, no I/O. A plan says how many days before a deadline to remind (default 90, 30,
14 and 3) and whether to nudge once a month about unfinished (draft) entries. Key dates the
practitioner adds (an audit or sampling date their regulator gave them) are reminded on the
same days.

A reminder is due at a *stage*: the smallest plan day that is still at least the days left.
With the default plan and 10 days left the stage is 14. Each stage is shown once per deadline,
so a practitioner who did not log in on the 14th day before still hears about it on the 10th,
with the number of days that is true on that day. When the requirements are met nothing is
said, except one gentle note at 14 days or fewer. A regulator that asks only for a declaration
(no hours or entries to count) is never "met" by cpdlog: its deadline is reminded at every
stage, asking the practitioner to confirm their CPD, with the number of complete entries.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cpdlog.domain.dates import long_date
from cpdlog.errors import ValidationError
from cpdlog.i18n import plural, tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

DEFAULT_DAYS: tuple[int, ...] = (90, 30, 14, 3)
MAX_DAYS_BEFORE = 366
MAX_REMINDER_DAYS = 12
MAX_KEY_DATES = 20
MAX_LABEL = 80
MAX_DEADLINES_SHOWN = 3  # deadlines written out in one notification; the rest are counted
MET_NOTE_DAYS = 14  # when everything is met, one note at this many days or fewer
CONTEXT = "cpdlog.reminders"  # the notifications' wording (cpdlog.i18n)
TITLE = "CPD reminder"


def parse_days(text: str) -> tuple[int, ...]:
    """``"90, 30,14 3"`` → ``(90, 30, 14, 3)``; an empty text means no deadline reminders."""
    parts = [p for p in text.replace(",", " ").split() if p]
    values: list[int] = []
    for part in parts:
        try:
            values.append(int(part))
        except ValueError:
            raise ValidationError(
                tr(
                    ERRORS,
                    "'{part}' is not a number of days; give whole numbers such as 90,30,14,3.",
                ).format(part=part),
                field="days",
            ) from None
    return normalise_days(values)


def normalise_days(values: Iterable[int]) -> tuple[int, ...]:
    chosen = sorted(set(values), reverse=True)
    for value in chosen:
        if not 0 <= value <= MAX_DAYS_BEFORE:
            raise ValidationError(
                tr(
                    ERRORS,
                    "Reminder days must be between 0 and {max_days_before} days "
                    "before the deadline ({value} is not).",
                ).format(max_days_before=MAX_DAYS_BEFORE, value=value),
                field="days",
            )
    if len(chosen) > MAX_REMINDER_DAYS:
        raise ValidationError(
            tr(ERRORS, "At most {max_reminder_days} reminder days can be set.").format(
                max_reminder_days=MAX_REMINDER_DAYS
            ),
            field="days",
        )
    return tuple(chosen)


@dataclass(frozen=True, slots=True)
class KeyDate:
    """A date the practitioner was given, such as an audit or CPD sampling date."""

    day: dt.date
    label: str

    def __post_init__(self) -> None:
        printable = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in self.label)
        label = " ".join(printable.split())
        if not label:
            raise ValidationError(
                tr(ERRORS, "Say what the date is for, e.g. 'CPD audit'."), field="label"
            )
        if len(label) > MAX_LABEL:
            raise ValidationError(
                tr(ERRORS, "Keep the description of a date under {max_label} characters.").format(
                    max_label=MAX_LABEL
                ),
                field="label",
            )
        object.__setattr__(self, "label", label)


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    days_before: tuple[int, ...] = DEFAULT_DAYS
    monthly_nudge: bool = True
    key_dates: tuple[KeyDate, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "days_before", normalise_days(self.days_before))
        unique = {(k.day, k.label): k for k in self.key_dates}
        if len(unique) > MAX_KEY_DATES:  # the same date twice is kept once
            raise ValidationError(
                tr(ERRORS, "At most {max_key_dates} dates can be kept.").format(
                    max_key_dates=MAX_KEY_DATES
                ),
                field="dates",
            )
        object.__setattr__(
            self, "key_dates", tuple(sorted(unique.values(), key=lambda k: (k.day, k.label)))
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "days_before": list(self.days_before),
            "monthly_nudge": self.monthly_nudge,
            "key_dates": [{"date": k.day.isoformat(), "label": k.label} for k in self.key_dates],
        }

    @classmethod
    def from_dict(cls, data: Any) -> ReminderPlan:
        """A stored plan; anything unreadable falls back to the default for that part."""
        if not isinstance(data, Mapping):
            return cls()
        days: tuple[int, ...] = DEFAULT_DAYS
        raw_days = data.get("days_before")
        if isinstance(raw_days, list) and all(
            isinstance(d, int) and not isinstance(d, bool) for d in raw_days
        ):
            try:
                days = normalise_days(raw_days)
            except ValidationError:
                days = DEFAULT_DAYS
        nudge = data.get("monthly_nudge", True)
        key_dates: list[KeyDate] = []
        raw_dates = data.get("key_dates")
        for item in raw_dates if isinstance(raw_dates, list) else []:
            try:
                key_dates.append(
                    KeyDate(dt.date.fromisoformat(str(item["date"])), str(item["label"]))
                )
            except (KeyError, TypeError, ValueError, ValidationError):
                continue
        try:
            return cls(days, nudge if isinstance(nudge, bool) else True, tuple(key_dates))
        except ValidationError:  # e.g. more dates than can be kept: the default dates (none)
            return cls(days, nudge if isinstance(nudge, bool) else True)


def stage_for(days_before: Sequence[int], days_left: int) -> int | None:
    """The plan day whose reminder is current: the smallest one still >= ``days_left``."""
    if days_left < 0:
        return None
    return min((d for d in days_before if d >= days_left), default=None)


@dataclass(frozen=True, slots=True)
class Shown:
    """What was already shown for one deadline or key date."""

    stage: int | None = None
    met_noted: bool = False


class ReminderKind(StrEnum):
    DUE = "due"  # requirements not met yet
    MET = "met"  # all met: the one gentle note
    KEY_DATE = "key-date"
    NUDGE = "nudge"


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    key: str  # what it is about (a deadline or key date); "" for the nudge
    stage: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Deadline:
    """The public facts about the current registration period that reminders need."""

    key: str  # e.g. "swe:2027-11-30"
    regulator: str  # "Social Work England"
    day: dt.date
    days_left: int
    met: bool
    missing: tuple[str, ...]  # e.g. ("1 more entry with a peer reflection",)
    missing_singular: bool = False  # "is needed" rather than "are needed"
    # Every rule is a declaration (no set hours or entries): cpdlog cannot know it is met, so
    # ``met`` is ignored and the practitioner is asked to confirm their CPD.
    declaration: bool = False
    # Some rules are declarations beside ones with targets: "met" covers the targets only.
    to_confirm: bool = False
    complete_entries: int = 0  # complete entries counted this period


@dataclass(frozen=True, slots=True)
class Notice:
    """One notification: everything due today, in one."""

    title: str
    reminders: tuple[Reminder, ...]
    # Due too, but only counted in the body (when more than MAX_DEADLINES_SHOWN registrations'
    # deadlines are due on the same day); they are not remembered as shown, so they come back.
    also: tuple[Reminder, ...] = ()

    @property
    def body(self) -> str:
        deadline = (ReminderKind.DUE, ReminderKind.MET)
        lines = [r.text for r in self.reminders if r.kind in deadline]
        if self.also:
            lines.append(
                plural(
                    CONTEXT,
                    len(self.also),
                    "and %n more — open cpdlog to see it",
                    "and %n more — open cpdlog to see them",
                )
            )
        lines += [r.text for r in self.reminders if r.kind not in deadline]
        return "\n".join(lines)


def _in_days(days_left: int) -> str:
    if days_left == 0:
        return tr(CONTEXT, "today")
    if days_left == 1:
        return tr(CONTEXT, "tomorrow")
    return plural(CONTEXT, days_left, "in %n day", "in %n days")


def deadline_text(deadline: Deadline) -> str:
    when = f"{_in_days(deadline.days_left)} ({long_date(deadline.day)})"
    who = f"{tr('cpdlog', deadline.regulator)} " if deadline.regulator else ""
    if deadline.declaration:
        confirm = tr(
            CONTEXT,
            "Your {who}CPD is due {when}: confirm by then that you have done your CPD, "
            "and keep your record.",
        ).format(who=who, when=when)
        count = plural(
            CONTEXT,
            deadline.complete_entries,
            "You have %n complete entry for this period.",
            "You have %n complete entries for this period.",
        )
        return f"{confirm} {count}"
    if deadline.met and deadline.to_confirm:
        return tr(
            CONTEXT,
            "Your {who}CPD meets the set targets for the period ending {date}. Confirm the rest "
            "as your regulator asks when you renew, and keep your record.",
        ).format(who=who, date=long_date(deadline.day))
    if deadline.met:
        return tr(
            CONTEXT,
            "Your {who}CPD meets the requirements for the period ending {date}. Check anything "
            "else your regulator asks for when you renew.",
        ).format(who=who, date=long_date(deadline.day))
    text = (
        tr(CONTEXT, "Your {who}CPD is due {when}: {need} is needed.")
        if deadline.missing_singular and len(deadline.missing) == 1
        else tr(CONTEXT, "Your {who}CPD is due {when}: {need} are needed.")
    )
    return text.format(who=who, when=when, need=_join(deadline.missing))


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return tr("cpdlog.progress", "{items} and {last}").format(
        items=", ".join(parts[:-1]), last=parts[-1]
    )


def key_date_key(key_date: KeyDate) -> str:
    return f"date:{key_date.day.isoformat()}:{key_date.label}"


def nudge_text(unfinished: int) -> str:
    return plural(
        CONTEXT,
        unfinished,
        "You have %n unfinished entry. It does not count toward your CPD until you finish it.",
        "You have %n unfinished entries. They do not count toward your CPD until you finish them.",
    )


def deadline_reminder(
    plan: ReminderPlan, deadline: Deadline, shown: Shown | None
) -> Reminder | None:
    stage = stage_for(plan.days_before, deadline.days_left)
    if stage is None:
        return None
    if deadline.met and not deadline.declaration:
        if stage > MET_NOTE_DAYS or (shown is not None and shown.met_noted):
            return None
        return Reminder(ReminderKind.MET, deadline.key, stage, deadline_text(deadline))
    if shown is not None and shown.stage is not None and shown.stage <= stage:
        return None
    return Reminder(ReminderKind.DUE, deadline.key, stage, deadline_text(deadline))


def key_date_reminder(
    plan: ReminderPlan, key_date: KeyDate, today: dt.date, shown: Shown | None
) -> Reminder | None:
    days_left = (key_date.day - today).days
    stage = stage_for(plan.days_before, days_left)
    if stage is None:
        return None
    if shown is not None and shown.stage is not None and shown.stage <= stage:
        return None
    text = tr(CONTEXT, "{label}: {when} ({date}).").format(
        label=key_date.label, when=_in_days(days_left), date=long_date(key_date.day)
    )
    return Reminder(ReminderKind.KEY_DATE, key_date_key(key_date), stage, text)


def nudge_due(plan: ReminderPlan, unfinished: int, today: dt.date, last: dt.date | None) -> bool:
    """At most once per calendar month, and only when something is unfinished."""
    if not plan.monthly_nudge or unfinished <= 0:
        return False
    return last is None or (last.year, last.month) != (today.year, today.month)


@dataclass(frozen=True, slots=True)
class RegistrationDue:
    """One registration's plan and its current deadline (None: it could not be worked out)."""

    plan: ReminderPlan
    deadline: Deadline | None


def due_today(
    plan: ReminderPlan,
    today: dt.date,
    deadline: Deadline | None,
    unfinished: int,
    shown: Mapping[str, Shown],
    last_nudge: dt.date | None,
    last_notified: dt.date | None,
) -> Notice | None:
    """The one notification to show today, or None (nothing due, or already shown today)."""
    return due_today_for(
        [RegistrationDue(plan, deadline)], today, unfinished, shown, last_nudge, last_notified
    )


def due_today_for(
    registrations: Sequence[RegistrationDue],
    today: dt.date,
    unfinished: int,
    shown: Mapping[str, Shown],
    last_nudge: dt.date | None,
    last_notified: dt.date | None,
) -> Notice | None:
    """The one notification for every registration (the main one first), or None.

    Still at most one a day: each registration's deadline that is due is written out (an unmet
    one before a note, the nearest first; after MAX_DEADLINES_SHOWN the rest are counted in
    ``Notice.also``); the dates the practitioner
    added (each once, even when two plans hold it) and the monthly nudge (when any plan asks
    for it) follow."""
    if last_notified == today:
        return None
    deadlines: list[tuple[int, int, Reminder]] = []
    dates: list[Reminder] = []
    seen: set[str] = set()
    for order, due in enumerate(registrations):
        if due.deadline is not None and due.deadline.key not in seen:
            seen.add(due.deadline.key)
            reminder = deadline_reminder(due.plan, due.deadline, shown.get(due.deadline.key))
            if reminder is not None:
                deadlines.append((due.deadline.days_left, order, reminder))
        for key_date in due.plan.key_dates:
            key = key_date_key(key_date)
            if key in seen:
                continue
            seen.add(key)
            reminder = key_date_reminder(due.plan, key_date, today, shown.get(key))
            if reminder is not None:
                dates.append(reminder)
    # an unmet deadline before a "met" or declaration note, then the nearest first
    deadlines.sort(key=lambda found: (found[2].kind is not ReminderKind.DUE, *found[:2]))
    ordered = [reminder for _days, _order, reminder in deadlines]
    found = [*ordered[:MAX_DEADLINES_SHOWN], *dates]
    if any(nudge_due(due.plan, unfinished, today, last_nudge) for due in registrations):
        found.append(Reminder(ReminderKind.NUDGE, "", None, nudge_text(unfinished)))
    also = tuple(ordered[MAX_DEADLINES_SHOWN:])
    return Notice(tr(CONTEXT, TITLE), tuple(found), also) if found else None


def after_showing(shown: Mapping[str, Shown], notice: Notice) -> dict[str, Shown]:
    """The ``shown`` record once ``notice`` has been shown (only what its body wrote out:
    a deadline that was only counted is still to be shown)."""
    updated = dict(shown)
    for r in notice.reminders:
        if r.kind is ReminderKind.NUDGE:
            continue
        before = updated.get(r.key, Shown())
        if r.kind is ReminderKind.MET:
            updated[r.key] = Shown(before.stage, True)
        else:
            updated[r.key] = Shown(r.stage, before.met_noted)
    return updated
