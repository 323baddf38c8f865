"""Who the portfolio belongs to, and which regulator they answer to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)


@dataclass(slots=True)
class CustomRequirements:
    """The practitioner's own requirement profile (regulator id ``custom``)."""

    name: str = "My own requirements"
    period_kind: str = "annual"
    period_start: str = "01-01"  # MM-DD, for an annual period
    period_years: int = 1
    min_entries: int = 1
    min_hours: float = 0.0
    min_peer_reflections: int = 0
    min_reflections: int = 0


@dataclass(slots=True, frozen=True)
class Registration:
    """One registration (or licence) with one regulator.

    ``birth_month`` (1–12) is only needed where renewal follows the birth month (e.g. Texas);
    ``license_type`` is free text such as "LMSW".
    """

    regulator_id: str
    registration_number: str = ""
    registered_on: dt.date | None = None
    birth_month: int | None = None
    license_type: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "regulator": self.regulator_id,
            "registration_number": self.registration_number,
            "registered_on": self.registered_on.isoformat() if self.registered_on else None,
            "birth_month": self.birth_month,
            "license_type": self.license_type,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Registration | None:
        if not isinstance(data, dict) or not data.get("regulator"):
            return None
        month = data.get("birth_month")
        return cls(
            regulator_id=str(data["regulator"]),
            registration_number=str(data.get("registration_number") or ""),
            registered_on=_date_or_none(data.get("registered_on")),
            birth_month=month if isinstance(month, int) and 1 <= month <= 12 else None,
            license_type=str(data.get("license_type") or ""),
        )


def _date_or_none(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


@dataclass(slots=True)
class Practitioner:
    """The practitioner. ``regulator_id``, ``registration_number`` and ``registered_on`` are
    the FIRST registration (kept for older callers); ``registrations`` lists every one, the
    first always agreeing with those fields (see :meth:`normalised`)."""

    name: str = ""
    registration_number: str = ""
    regulator_id: str = "swe"
    registered_on: dt.date | None = None
    custom: CustomRequirements = field(default_factory=CustomRequirements)
    onboarded: bool = False
    registrations: list[Registration] = field(default_factory=list)

    def normalised(self) -> Practitioner:
        """The first registration takes the single-registration fields (older callers change
        those); without registrations, those fields become the first one."""
        first = self.registrations[0] if self.registrations else None
        primary = Registration(
            regulator_id=self.regulator_id,
            registration_number=self.registration_number,
            registered_on=self.registered_on,
            birth_month=first.birth_month if first else None,
            license_type=first.license_type if first else "",
        )
        self.registrations = [primary, *self.registrations[1:]]
        return self

    def all_registrations(self) -> list[Registration]:
        return list(self.normalised().registrations)

    def registration_for(self, regulator_id: str) -> Registration | None:
        for reg in self.all_registrations():
            if reg.regulator_id == regulator_id:
                return reg
        return None

    def to_dict(self) -> dict[str, Any]:
        self.normalised()
        return {
            "registrations": [r.to_dict() for r in self.registrations],
            "name": self.name,
            "registration_number": self.registration_number,
            "regulator": self.regulator_id,
            "registered_on": self.registered_on.isoformat() if self.registered_on else None,
            "custom": {
                "name": self.custom.name,
                "period_kind": self.custom.period_kind,
                "period_start": self.custom.period_start,
                "period_years": self.custom.period_years,
                "min_entries": self.custom.min_entries,
                "min_hours": self.custom.min_hours,
                "min_peer_reflections": self.custom.min_peer_reflections,
                "min_reflections": self.custom.min_reflections,
            },
            "onboarded": self.onboarded,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Practitioner:
        if not data:
            return cls()
        c = data.get("custom") or {}
        defaults = CustomRequirements()
        reg = data.get("registered_on")
        try:
            registered_on = dt.date.fromisoformat(reg) if reg else None
        except ValueError:
            registered_on = None
        return cls(
            name=str(data.get("name", "")),
            registration_number=str(data.get("registration_number", "")),
            regulator_id=str(data.get("regulator", "swe")),
            registered_on=registered_on,
            custom=CustomRequirements(
                name=str(c.get("name", defaults.name)),
                period_kind=str(c.get("period_kind", defaults.period_kind)),
                period_start=str(c.get("period_start", defaults.period_start)),
                period_years=int(c.get("period_years", defaults.period_years)),
                min_entries=int(c.get("min_entries", defaults.min_entries)),
                min_hours=float(c.get("min_hours", defaults.min_hours)),
                min_peer_reflections=int(
                    c.get("min_peer_reflections", defaults.min_peer_reflections)
                ),
                min_reflections=int(c.get("min_reflections", defaults.min_reflections)),
            ),
            onboarded=bool(data.get("onboarded", False)),
            registrations=[
                r
                for r in (Registration.from_dict(x) for x in data.get("registrations") or [])
                if r is not None
            ],
        ).normalised()


MAX_PERIOD_YEARS = 10
MAX_MINIMUM = 10_000


def validate_practitioner(practitioner: Practitioner) -> Practitioner:
    """The rules a saved profile keeps (text tidied as entries are; numbers within range).

    Raises :class:`~cpdlog.errors.ValidationError` naming the field.
    """
    from cpdlog.domain.entry import check_date, validate_hours
    from cpdlog.domain.text import check_line
    from cpdlog.errors import ValidationError

    p = practitioner
    p.name = check_line(p.name, "name", tr(ERRORS, "Your name"))
    p.registration_number = check_line(
        p.registration_number, "registration_number", tr(ERRORS, "The registration number")
    )
    if p.registered_on is not None:
        check_date(p.registered_on, tr(ERRORS, "registration date"))
    c = p.custom
    c.name = check_line(c.name, "custom_name", tr(ERRORS, "The name of your requirements"))
    if not 1 <= c.period_years <= MAX_PERIOD_YEARS:
        raise ValidationError(
            tr(
                ERRORS,
                "A period of {period_years} years is not possible: use 1 to {max_period_years}.",
            ).format(period_years=c.period_years, max_period_years=MAX_PERIOD_YEARS),
            field="custom_period_years",
        )
    for label, value in (
        ("entries", c.min_entries),
        ("peer reflections", c.min_peer_reflections),
        ("written reflections", c.min_reflections),
    ):
        if not 0 <= value <= MAX_MINIMUM:
            raise ValidationError(
                tr(
                    ERRORS,
                    "A minimum of {value} {label} is not possible: use 0 to {max_minimum:,}.",
                ).format(value=value, label=label, max_minimum=MAX_MINIMUM),
                field="custom",
            )
    c.min_hours = validate_hours(c.min_hours)
    return p
