"""When an entry is finished CPD, and what is still missing when it is not.

An entry is complete only when every section its reflection template marks as required has
text and, where the practitioner's regulator counts hours, it records more than 0 hours.
Anything less is a draft: it is kept, but progress never counts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cpdlog.domain.entry import Entry
from cpdlog.domain.requirements import RequirementProfile, RuleKind
from cpdlog.domain.templates import Template
from cpdlog.i18n import tr

CONTEXT = "cpdlog.completion"

_HOURS_RULES = (RuleKind.MIN_HOURS, RuleKind.MIN_HOURS_MATCHING)


def counts_hours(profile: RequirementProfile | None) -> bool:
    """Whether the regulator asks for a number of hours (SWE does not; AASW does)."""
    return profile is not None and any(r.kind in _HOURS_RULES for r in profile.rules)


class MissingKind(StrEnum):
    SECTION = "section"  # a required section of the template has no text
    REFLECTION = "reflection"  # the template is unknown and nothing is written at all
    HOURS = "hours"  # the regulator counts hours and the entry has none


@dataclass(frozen=True, slots=True)
class Missing:
    """One thing an entry still needs; ``prompt`` is the section's wording (SECTION only)."""

    kind: MissingKind
    prompt: str = ""

    def describe(self) -> str:
        """In the current language (:mod:`cpdlog.i18n`)."""
        if self.kind is MissingKind.SECTION:
            return tr(CONTEXT, "the '{prompt}' section").format(prompt=tr("cpdlog", self.prompt))
        if self.kind is MissingKind.HOURS:
            return tr(CONTEXT, "hours above 0")
        return tr(CONTEXT, "a written reflection")


def missing_items(
    entry: Entry, template: Template | None, profile: RequirementProfile | None
) -> list[Missing]:
    """What ``entry`` still needs before it is complete, as data (the desktop translates it).

    ``template`` is the entry's reflection template (None if it is unknown: then a written
    reflection is what is missing); ``profile`` is the practitioner's regulator (None: hours
    are not checked).
    """
    missing: list[Missing] = []
    sections = entry.reflection.sections
    if template is None:
        if not entry.reflection.text().strip():
            missing.append(Missing(MissingKind.REFLECTION))
    else:
        for section in template.sections:
            if section.required and not sections.get(section.key, "").strip():
                missing.append(Missing(MissingKind.SECTION, section.prompt))
    if counts_hours(profile) and entry.hours <= 0:
        missing.append(Missing(MissingKind.HOURS))
    return missing


def missing_for_completion(
    entry: Entry, template: Template | None, profile: RequirementProfile | None
) -> list[str]:
    """Plain-English items still needed before ``entry`` is complete (empty when it is).

    For example ``["the 'What did you learn?' section", "hours above 0"]``; see
    :func:`missing_items`.
    """
    return [m.describe() for m in missing_items(entry, template, profile)]


def describe_missing(missing: list[str]) -> str:
    """``["a", "b", "c"]`` → ``"a, b and c"``."""
    if len(missing) <= 1:
        return "".join(missing)
    return tr(CONTEXT, "{items} and {last}").format(items=", ".join(missing[:-1]), last=missing[-1])
