"""Reflection templates: the regulator-shaped default, Gibbs, Kolb, Driscoll, HCPC, free text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cpdlog.errors import ValidationError

DEFAULT_TEMPLATE_ID = "swe"


@dataclass(frozen=True, slots=True)
class TemplateSection:
    key: str
    prompt: str
    guidance: str = ""
    required: bool = False


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    name: str
    sections: tuple[TemplateSection, ...]
    description: str = ""
    impact_section: str | None = None
    sources: tuple[str, ...] = ()
    user_defined: bool = False

    @property
    def keys(self) -> list[str]:
        return [s.key for s in self.sections]

    def section(self, key: str) -> TemplateSection | None:
        return next((s for s in self.sections if s.key == key), None)

    def prompt_for(self, key: str) -> str:
        found = self.section(key)
        return found.prompt if found else key

    def check_sections(self, sections: Mapping[str, str]) -> dict[str, str]:
        """Order ``sections`` as the template does; unknown keys are an error."""
        for key in sections:
            if self.section(key) is None:
                raise ValidationError(
                    f"The template '{self.id}' has no section '{key}'. "
                    f"Its sections are: {', '.join(self.keys)}.",
                    field="reflection",
                )
        return {k: sections[k] for k in self.keys if k in sections}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], user_defined: bool = False) -> Template:
        try:
            sections = tuple(
                TemplateSection(
                    key=str(s["key"]),
                    prompt=str(s["prompt"]),
                    guidance=str(s.get("guidance", "")),
                    required=bool(s.get("required", False)),
                )
                for s in data["sections"]
            )
            template = cls(
                id=str(data["id"]),
                name=str(data["name"]),
                sections=sections,
                description=str(data.get("description", "")),
                impact_section=(
                    str(data["impact_section"]) if data.get("impact_section") else None
                ),
                sources=tuple(str(s) for s in data.get("sources", [])),
                user_defined=user_defined,
            )
        except (KeyError, TypeError) as exc:
            raise ValidationError(f"A reflection template is missing {exc}.") from None
        if not template.sections:
            raise ValidationError(f"The template '{template.id}' has no sections.")
        if len(set(template.keys)) != len(template.keys):
            raise ValidationError(f"The template '{template.id}' repeats a section key.")
        return template
