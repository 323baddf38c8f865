"""Reflection templates: the regulator-shaped default, Gibbs, Kolb, Driscoll, HCPC, free text."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

DEFAULT_TEMPLATE_ID = "swe"

# Text from a template the practitioner switched away from that the new template has no
# section for. Every template accepts this one extra section, so nothing typed is lost.
CARRIED_OVER_KEY = "from-previous-template"
CARRIED_OVER_PROMPT = "From your previous template"
CARRIED_OVER_GUIDANCE = (
    "Text from sections this template does not have, each part under its old heading. "
    "Move it into the sections above, or delete what you do not need."
)


@dataclass(frozen=True, slots=True)
class TemplateSection:
    """One headed section. ``concept`` names what it asks about (``description``,
    ``learning``, ``impact``...), shared by the sections of other templates that mean the
    same thing; ``collects_all`` marks a section that takes every other section's text."""

    key: str
    prompt: str
    guidance: str = ""
    required: bool = False
    concept: str = ""
    collects_all: bool = False


CARRIED_OVER_SECTION = TemplateSection(CARRIED_OVER_KEY, CARRIED_OVER_PROMPT, CARRIED_OVER_GUIDANCE)


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
        """The section with this key; every template also has the carried-over section."""
        if key == CARRIED_OVER_KEY:
            return CARRIED_OVER_SECTION
        return next((s for s in self.sections if s.key == key), None)

    def section_for(self, concept: str) -> TemplateSection | None:
        """The first section asking about ``concept`` (never the collect-all section)."""
        if not concept:
            return None
        return next((s for s in self.sections if s.concept == concept and not s.collects_all), None)

    @property
    def collecting_section(self) -> TemplateSection | None:
        return next((s for s in self.sections if s.collects_all), None)

    def prompt_for(self, key: str) -> str:
        found = self.section(key)
        return found.prompt if found else key

    def check_sections(self, sections: Mapping[str, str]) -> dict[str, str]:
        """Order ``sections`` as the template does; unknown keys are an error."""
        for key in sections:
            if self.section(key) is None:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "The template '{id}' has no section '{key}'. Its sections are: {keys}.",
                    ).format(id=self.id, key=key, keys=", ".join(self.keys)),
                    field="reflection",
                )
        ordered = {k: sections[k] for k in self.keys if k in sections}
        if CARRIED_OVER_KEY in sections:
            ordered[CARRIED_OVER_KEY] = sections[CARRIED_OVER_KEY]
        return ordered

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], user_defined: bool = False) -> Template:
        try:
            sections = tuple(
                TemplateSection(
                    key=str(s["key"]),
                    prompt=str(s["prompt"]),
                    guidance=str(s.get("guidance", "")),
                    required=bool(s.get("required", False)),
                    concept=str(s.get("concept", "")),
                    collects_all=bool(s.get("collects_all", False)),
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
            raise ValidationError(
                tr(ERRORS, "A reflection template is missing {exc}.").format(exc=exc)
            ) from None
        if not template.sections:
            raise ValidationError(
                tr(ERRORS, "The template '{id}' has no sections.").format(id=template.id)
            )
        if len(set(template.keys)) != len(template.keys):
            raise ValidationError(
                tr(ERRORS, "The template '{id}' repeats a section key.").format(id=template.id)
            )
        if CARRIED_OVER_KEY in template.keys:
            raise ValidationError(
                tr(
                    ERRORS,
                    "The template '{id}' uses the section key '{carried_over_key}', "
                    "which cpdlog keeps for text carried over from another template.",
                ).format(id=template.id, carried_over_key=CARRIED_OVER_KEY)
            )
        return template


@dataclass(frozen=True, slots=True)
class _Part:
    """A piece of reflection on its way to another template."""

    concept: str
    title: str  # the heading it had, as shown; "" for text that had none
    text: str


def _identity(text: str) -> str:
    return text


def _split_headed(text: str, headings: Mapping[str, TemplateSection], first: _Part) -> list[_Part]:
    """Cut text written as "heading line, then its text" back into parts.

    A line that is exactly a known section heading starts a part; text before the first
    heading becomes ``first`` (with the text filled in).
    """
    parts: list[_Part] = []
    current, lines = first, list[str]()
    for line in text.split("\n"):
        section = headings.get(line.strip())
        if section is not None:
            parts.append(_Part(current.concept, current.title, "\n".join(lines)))
            current, lines = _Part(section.concept, line.strip(), ""), []
        else:
            lines.append(line)
    parts.append(_Part(current.concept, current.title, "\n".join(lines)))
    return [_Part(p.concept, p.title, p.text.strip("\n")) for p in parts if p.text.strip()]


def _headed(part: _Part) -> str:
    return f"{part.title}\n{part.text}" if part.title else part.text


def switch_template(
    sections: Mapping[str, str],
    source: Template | None,
    target: Template,
    known: Iterable[Template],
    title: Callable[[str], str] = _identity,
) -> dict[str, str]:
    """Carry a reflection's text to another template without losing or repeating a word.

    Each section's text goes to the target's section with the same ``concept``; text with
    no counterpart goes to the carried-over section under its old heading (``title`` turns
    a prompt into the heading shown, e.g. a translation). A collect-all target (free text)
    receives everything, each part under its old heading. Headed text in the carried-over
    or a collect-all section is split back into its parts, so switching back and forth
    restores the sections.
    """
    headings: dict[str, TemplateSection] = {}
    for template in [*([source] if source is not None else []), *known]:
        for section in template.sections:
            headings.setdefault(title(section.prompt), section)
    order = list(source.keys) if source is not None else []
    order += [k for k in sections if k not in order and k != CARRIED_OVER_KEY]
    if CARRIED_OVER_KEY in sections:
        order.append(CARRIED_OVER_KEY)
    parts: list[_Part] = []
    for key in order:
        text = sections.get(key, "")
        if not text.strip():
            continue
        found = source.section(key) if source is not None else None
        if key == CARRIED_OVER_KEY:
            parts += _split_headed(text, headings, _Part("", "", ""))
        elif found is not None and found.collects_all:
            first = _Part(found.concept, title(found.prompt), "")
            parts += _split_headed(text, headings, first)
        elif found is not None:
            parts.append(_Part(found.concept, title(found.prompt), text.strip("\n")))
        else:
            parts.append(_Part("", key, text.strip("\n")))
    result: dict[str, list[str]] = {}
    collector = target.collecting_section
    if collector is not None:
        own_title = title(collector.prompt)
        own = [p.text for p in parts if p.title in ("", own_title)]
        others = [_headed(p) for p in parts if p.title not in ("", own_title)]
        if own or others:
            result[collector.key] = own + others
    else:
        for part in parts:
            match = target.section_for(part.concept)
            if match is not None:
                result.setdefault(match.key, []).append(part.text)
            else:
                result.setdefault(CARRIED_OVER_KEY, []).append(_headed(part))
    keys = [*target.keys, CARRIED_OVER_KEY]
    return {k: "\n\n".join(result[k]) for k in keys if k in result}
