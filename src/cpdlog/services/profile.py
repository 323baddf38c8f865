"""The practitioner's profile: name, registration, regulator and custom requirements."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from cpdlog import reference_data
from cpdlog.domain.practitioner import CustomRequirements, Practitioner, validate_practitioner
from cpdlog.domain.profiles import RequirementProfile
from cpdlog.errors import ValidationError
from cpdlog.storage.settings_repo import get_setting, set_setting

if TYPE_CHECKING:
    from cpdlog.services.app import App

SETTING_KEY = "practitioner"


class ProfileService:
    def __init__(self, app: App) -> None:
        self.app = app

    def get(self) -> Practitioner:
        with self.app.db.session() as session:
            return Practitioner.from_dict(get_setting(session, SETTING_KEY))

    def save(self, practitioner: Practitioner) -> Practitioner:
        validate_practitioner(practitioner)
        reference_data.profile(practitioner.regulator_id)  # unknown ids are refused
        if practitioner.regulator_id == "custom":
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
        raise ValidationError("Minimums for your own requirements cannot be negative.")
    return RequirementProfile.from_dict(data)
