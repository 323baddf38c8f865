"""Who the portfolio belongs to, and which regulator they answer to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


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


@dataclass(slots=True)
class Practitioner:
    name: str = ""
    registration_number: str = ""
    regulator_id: str = "swe"
    registered_on: dt.date | None = None
    custom: CustomRequirements = field(default_factory=CustomRequirements)
    onboarded: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
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
        )
