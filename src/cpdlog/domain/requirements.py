"""Regulators' requirements: requirement profiles, their rules, and registration periods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from cpdlog.domain.dates import add_years, long_date
from cpdlog.domain.entry import ActivityType, Delivery
from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

RECENTLY_ENDED_DAYS = 60  # how long after a deadline the period just ended is shown first


class PeriodKind(StrEnum):
    ANNUAL = "annual"  # the same start date every year (SWE: 1 December)
    FROM_REGISTRATION = "from-registration"  # N years from the practitioner's registration date
    BIRTH_MONTH = "birth-month"  # ends on the last day of the birth month every N years (Texas)


class RuleKind(StrEnum):
    MIN_ENTRIES = "min-entries"
    MIN_PEER_REFLECTIONS = "min-peer-reflections"
    MIN_HOURS = "min-hours"
    MIN_REFLECTIONS = "min-reflections"
    MIN_HOURS_MATCHING = "min-hours-matching"
    DECLARATION = "declaration"  # no target: confirm at renewal and keep a record


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive range of dates."""

    start: dt.date
    end: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def label(self) -> str:
        return tr("cpdlog.pdf", "{start} to {end}").format(
            start=long_date(self.start), end=long_date(self.end)
        )


@dataclass(frozen=True, slots=True)
class PeriodRule:
    kind: PeriodKind
    years: int = 1
    start_month: int = 1
    start_day: int = 1
    deadline_time: dt.time = dt.time(23, 59)
    timezone: str = "Europe/London"
    anchor_year: int = 2000  # a fixed-date period of 2 or 3 years starts in this year, +N·years
    birth_month: int | None = None  # set per registration for BIRTH_MONTH periods

    def for_birth_month(self, month: int | None) -> PeriodRule:
        """This rule with the practitioner's birth month filled in (BIRTH_MONTH periods)."""
        if self.kind is not PeriodKind.BIRTH_MONTH:
            return self
        return replace(self, birth_month=month)

    def _anchor(self, registered_on: dt.date | None) -> dt.date:
        if self.kind is PeriodKind.ANNUAL:
            return dt.date(self.anchor_year, self.start_month, self.start_day)
        if self.kind is PeriodKind.BIRTH_MONTH:
            if self.birth_month is None:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "This regulator's renewal follows your birth month. Set it with "
                        "`cpdlog profile add-registration --regulator ID --birth-month "
                        "N`.",
                    ),
                    field="birth_month",
                )
            # Periods end on the last day of the birth month. The first one ends at least
            # 12 months after registration (Texas: a first licence lasts 13 to 24 months);
            # later ones every ``years`` after that.
            if registered_on is None:
                return dt.date(
                    2000 + (1 if self.birth_month == 12 else 0), self.birth_month % 12 + 1, 1
                )
            year = registered_on.year
            while True:
                after = dt.date(
                    year + (1 if self.birth_month == 12 else 0), self.birth_month % 12 + 1, 1
                )
                if after - dt.timedelta(days=1) >= add_years(registered_on, 1):
                    return after
                year += 1
        if registered_on is None:
            raise ValidationError(
                tr(
                    ERRORS,
                    "This regulator counts from your registration date. Set it with "
                    "`cpdlog profile set --registered-on YYYY-MM-DD`.",
                ),
                field="registered_on",
            )
        return registered_on

    def period_containing(self, day: dt.date, registered_on: dt.date | None = None) -> Period:
        anchor = self._anchor(registered_on)
        # Number of whole periods between the anchor and ``day`` (may be negative).
        k = (day.year - anchor.year) // self.years
        start = add_years(anchor, k * self.years)
        while start > day:
            k -= 1
            start = add_years(anchor, k * self.years)
        while add_years(anchor, (k + 1) * self.years) <= day:
            k += 1
            start = add_years(anchor, k * self.years)
        end = add_years(anchor, (k + 1) * self.years) - dt.timedelta(days=1)
        return Period(start, end)

    def period_ending_in(self, year: int, registered_on: dt.date | None = None) -> Period:
        """The period whose last day falls in ``year`` (SWE "2026" = 1 Dec 2025 – 30 Nov 2026)."""
        candidate = self.period_containing(dt.date(year, 12, 31), registered_on)
        while candidate.end.year > year:
            candidate = self.period_containing(
                candidate.start - dt.timedelta(days=1), registered_on
            )
        if candidate.end.year == year:
            return candidate
        raise ValidationError(
            tr(ERRORS, "No registration period ends in {year} for this regulator.").format(
                year=year
            ),
            field="period",
        )

    def local_date(self, now: dt.datetime) -> dt.date:
        """Today's date where the regulator is (the deadline is local time)."""
        return now.astimezone(ZoneInfo(self.timezone)).date()

    def deadline(self, period: Period) -> dt.datetime:
        return dt.datetime.combine(period.end, self.deadline_time, tzinfo=ZoneInfo(self.timezone))

    def previous(self, period: Period, registered_on: dt.date | None = None) -> Period:
        """The period just before ``period``."""
        return self.period_containing(period.start - dt.timedelta(days=1), registered_on)

    def recently_ended(
        self, now: dt.datetime, registered_on: dt.date | None = None
    ) -> Period | None:
        """The period whose deadline passed in the last :data:`RECENTLY_ENDED_DAYS` days, if
        any: practitioners still look at (and export) it after the new period has begun."""
        today = self.local_date(now)
        current = self.period_containing(today, registered_on)
        previous = self.previous(current, registered_on)
        if registered_on is not None and previous.end < registered_on:
            return None  # it ended before the practitioner registered: nothing was due
        if now <= self.deadline(previous):
            return None
        if (today - previous.end).days > RECENTLY_ENDED_DAYS:
            return None
        return previous


@dataclass(frozen=True, slots=True)
class Cap:
    """At most ``maximum`` hours of the matching entries COUNT toward hours rules (a limit on
    counting, never a rule that can become unmet). ``share`` instead limits them to a
    fraction of each hours rule's target (Minnesota: half by independent learning)."""

    id: str
    label: str
    maximum: float | None = None
    share: float | None = None
    delivery: frozenset[Delivery] = frozenset()
    types: frozenset[ActivityType] = frozenset()

    def matches(self, delivery: Delivery | None, activity: ActivityType) -> bool:
        return (delivery is not None and delivery in self.delivery) or activity in self.types

    def limit(self, target: float) -> float:
        if self.maximum is not None:
            return self.maximum
        return (self.share or 0.0) * target


@dataclass(frozen=True, slots=True)
class Rule:
    """One requirement. The options beyond ``minimum`` are documented in resources/README.md.

    ``topics``, ``delivery`` and ``approved_only`` narrow what a ``min-hours-matching`` rule
    counts (an entry matches if its type, tag or topic is listed, and it passes the delivery
    and approval filters). ``carry_forward``: up to this many hours above the previous
    period's target count in this one. ``prorate``: a first period that starts after the
    period's start (the registration date) asks for a share of ``minimum`` by whole months.
    ``every_nth_period``: due only in every Nth period since registration (the first period
    being the 1st). ``first_period_exempt``: nothing is due in the first period.
    ``statement``: the sentence a declaration rule shows.
    """

    id: str
    kind: RuleKind
    minimum: float
    label: str
    types: frozenset[ActivityType] = frozenset()
    tags: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    delivery: frozenset[Delivery] = frozenset()
    approved_only: bool = False
    carry_forward: float = 0.0
    prorate: bool = False
    every_nth_period: int = 0
    first_period_exempt: bool = False
    capped: bool = True
    statement: str = ""
    note: str = ""
    confirmed: bool = True


@dataclass(frozen=True, slots=True)
class RequirementProfile:
    id: str
    name: str
    period: PeriodRule
    rules: tuple[Rule, ...]
    region: str = ""
    unit: str = "hours"
    default_template: str = "swe"
    frameworks: tuple[str, ...] = ()
    notes: str = ""
    sources: tuple[str, ...] = field(default=())
    caps: tuple[Cap, ...] = ()
    retrieved: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RequirementProfile:
        try:
            p = data["period"]
            kind = PeriodKind(p["kind"])
            month, day = 1, 1
            if kind is PeriodKind.ANNUAL:
                month, day = (int(x) for x in str(p["start"]).split("-"))
                dt.date(2001, month, day)  # validates; 29 Feb is not a usable annual start
            hh, mm = (int(x) for x in str(p.get("deadline_time", "23:59")).split(":"))
            tz = str(p.get("timezone", "Europe/London"))
            ZoneInfo(tz)
            period = PeriodRule(
                kind=kind,
                years=int(p.get("years", 1)),
                start_month=month,
                start_day=day,
                deadline_time=dt.time(hh, mm),
                timezone=tz,
                anchor_year=int(p.get("anchor_year", 2000)),
            )
            if not 1 <= period.years <= 10:
                raise ValueError("years")
            rules = tuple(_rule(r, i) for i, r in enumerate(data.get("rules", [])))
            if len({r.id for r in rules}) != len(rules):
                raise ValueError("two rules share an id")
            caps = tuple(
                Cap(
                    id=str(c["id"]),
                    label=str(c.get("label", c["id"])),
                    maximum=float(c["maximum"]) if "maximum" in c else None,
                    share=float(c["share"]) if "share" in c else None,
                    delivery=frozenset(Delivery(d) for d in c.get("delivery", [])),
                    types=frozenset(ActivityType(t) for t in c.get("types", [])),
                )
                for c in data.get("caps", [])
            )
            for cap in caps:
                if (cap.maximum is None) == (cap.share is None):
                    raise ValueError(f"cap '{cap.id}' needs exactly one of maximum or share")
            return cls(
                id=str(data["id"]),
                name=str(data["name"]),
                period=period,
                rules=rules,
                region=str(data.get("region", "")),
                unit=str(data.get("unit", "hours")),
                default_template=str(data.get("default_template", "swe")),
                frameworks=tuple(str(f) for f in data.get("frameworks", [])),
                notes=str(data.get("notes", "")),
                sources=tuple(str(s) for s in data.get("sources", [])),
                caps=caps,
                retrieved=str(data.get("retrieved", "")),
            )
        except (KeyError, ValueError, TypeError) as exc:
            ident = data.get("id", "?") if isinstance(data, Mapping) else "?"
            raise ValidationError(
                tr(ERRORS, "The requirement profile '{ident}' is not valid ({exc}).").format(
                    ident=ident, exc=exc
                )
            ) from None


def _rule(r: Mapping[str, Any], i: int) -> Rule:
    kind = RuleKind(r["kind"])
    minimum = float(r.get("minimum", 0)) if kind is RuleKind.DECLARATION else float(r["minimum"])
    if minimum < 0 or float(r.get("carry_forward", 0)) < 0:
        raise ValueError("a minimum or carry-forward is negative")
    return Rule(
        id=str(r.get("id", f"rule-{i}")),
        kind=kind,
        minimum=minimum,
        label=str(r.get("label", r["kind"])),
        types=frozenset(ActivityType(t) for t in r.get("types", [])),
        tags=frozenset(str(t).lower() for t in r.get("tags", [])),
        topics=frozenset(str(t) for t in r.get("topics", [])),
        delivery=frozenset(Delivery(d) for d in r.get("delivery", [])),
        approved_only=bool(r.get("approved_only", False)),
        carry_forward=float(r.get("carry_forward", 0)),
        prorate=bool(r.get("prorate", False)),
        every_nth_period=int(r.get("every_nth_period", 0)),
        first_period_exempt=bool(r.get("first_period_exempt", False)),
        capped=bool(r.get("capped", True)),
        statement=str(r.get("statement", "")),
        note=str(r.get("note", "")),
        confirmed=bool(r.get("confirmed", True)),
    )
