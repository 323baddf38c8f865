"""The practitioner's profile: name, registration, regulator and custom requirements."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from cpdlog import reference_data
from cpdlog.domain.practitioner import (
    CustomRequirements,
    Practitioner,
    Registration,
    validate_practitioner,
)
from cpdlog.domain.requirements import RequirementProfile
from cpdlog.errors import ValidationError
from cpdlog.i18n import tr
from cpdlog.storage.settings_repo import get_setting, set_setting

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.services.app import App

SETTING_KEY = "practitioner"


class PractitionerService:
    """The practitioner: name, registrations, regulator and custom requirements (settings)."""

    def __init__(self, app: App) -> None:
        self.app = app

    def get(self) -> Practitioner:
        with self.app.db.session() as session:
            return Practitioner.from_dict(get_setting(session, SETTING_KEY))

    def save(self, practitioner: Practitioner) -> Practitioner:
        validate_practitioner(practitioner)
        practitioner.normalised()
        seen: set[str] = set()
        for reg in practitioner.registrations:
            reference_data.profile(reg.regulator_id)  # unknown ids are refused
            if reg.regulator_id in seen:
                raise ValidationError(
                    tr(ERRORS, "You already have a registration with '{regulator_id}'.").format(
                        regulator_id=reg.regulator_id
                    ),
                    field="regulator",
                )
            seen.add(reg.regulator_id)
            if reg.birth_month is not None and not 1 <= reg.birth_month <= 12:
                raise ValidationError(
                    tr(ERRORS, "A birth month is a number from 1 to 12."), field="birth_month"
                )
        if "custom" in seen:
            build_custom_profile(practitioner.custom)  # refuses an unusable definition
        with self.app.db.session() as session:
            set_setting(session, SETTING_KEY, practitioner.to_dict())
        return practitioner

    def update(self, **changes: Any) -> Practitioner:
        current = self.get()
        custom_changes = changes.pop("custom", None) or {}
        updated = replace(current, **changes)
        if custom_changes:
            updated.custom = replace(current.custom, **custom_changes)
        return self.save(updated)

    def registrations(self) -> list[Registration]:
        """Every registration the practitioner holds, the first (main) one first."""
        return self.get().all_registrations()

    def add_registration(self, registration: Registration) -> Practitioner:
        """Add a second (or further) registration, e.g. a New York licence beside Social
        Work England. A regulator can be held only once."""
        current = self.get()
        current.registrations = [*current.all_registrations(), registration]
        return self.save(current)

    def remove_registration(self, regulator_id: str) -> Practitioner:
        """Remove a registration that is not the main one (change the main one with
        ``update(regulator_id=...)``)."""
        current = self.get()
        regs = current.all_registrations()
        if regs[0].regulator_id == regulator_id:
            raise ValidationError(
                tr(
                    ERRORS,
                    "'{regulator_id}' is your main registration; change it with "
                    "`cpdlog profile set --regulator ID` instead.",
                ).format(regulator_id=regulator_id),
                field="regulator",
            )
        kept = [r for r in regs if r.regulator_id != regulator_id]
        if len(kept) == len(regs):
            raise ValidationError(
                tr(ERRORS, "You have no registration with '{regulator_id}'.").format(
                    regulator_id=regulator_id
                )
            )
        current.registrations = kept
        return self.save(current)

    def regulators(self) -> list[RequirementProfile]:
        return list(reference_data.profiles().values())

    def requirement_profile(self, regulator_id: str | None = None) -> RequirementProfile:
        practitioner = self.get()
        chosen = regulator_id or practitioner.regulator_id
        if chosen == "custom":
            return build_custom_profile(practitioner.custom)
        return reference_data.profile(chosen)


def build_custom_profile(custom: CustomRequirements) -> RequirementProfile:
    """The shipped ``custom`` profile with the practitioner's own period and minimums."""
    base = reference_data.profile("custom")
    data: dict[str, Any] = {
        "id": "custom",
        "name": custom.name or base.name,
        "region": base.region,
        "notes": base.notes,
        "default_template": base.default_template,
        "frameworks": list(base.frameworks),
        "unit": base.unit,
        "period": {
            "kind": custom.period_kind,
            "start": custom.period_start,
            "years": custom.period_years,
            "deadline_time": base.period.deadline_time.strftime("%H:%M"),
            "timezone": base.period.timezone,
        },
        "rules": [
            {
                "id": "entries",
                "kind": "min-entries",
                "minimum": custom.min_entries,
                "label": f"At least {custom.min_entries} pieces of CPD",
            },
        ],
    }
    extras = [
        ("hours", "min-hours", custom.min_hours, f"At least {custom.min_hours:g} hours"),
        (
            "peer",
            "min-peer-reflections",
            custom.min_peer_reflections,
            f"At least {custom.min_peer_reflections} with a peer reflection",
        ),
        (
            "reflections",
            "min-reflections",
            custom.min_reflections,
            f"At least {custom.min_reflections} written reflections",
        ),
    ]
    for rule_id, kind, minimum, label in extras:
        if minimum > 0:
            data["rules"].append({"id": rule_id, "kind": kind, "minimum": minimum, "label": label})
    if (
        min(
            custom.min_entries,
            custom.min_hours,
            custom.min_peer_reflections,
            custom.min_reflections,
        )
        < 0
    ):
        raise ValidationError(tr(ERRORS, "Minimums for your own requirements cannot be negative."))
    return RequirementProfile.from_dict(data)
