"""When an entry is finished CPD, and what is still missing when it is not.

An entry is complete only when every section its reflection template marks as required has
text and, where the practitioner's regulator counts hours, it records more than 0 hours.
Anything less is a draft: it is kept, but progress never counts it.
"""

from __future__ import annotations

from cpdlog.domain.entry import Entry
from cpdlog.domain.profiles import RequirementProfile, RuleKind
from cpdlog.domain.templates import Template

_HOURS_RULES = (RuleKind.MIN_HOURS, RuleKind.MIN_HOURS_MATCHING)


def counts_hours(profile: RequirementProfile | None) -> bool:
    """Whether the regulator asks for a number of hours (SWE does not; AASW does)."""
    return profile is not None and any(r.kind in _HOURS_RULES for r in profile.rules)


def missing_for_completion(
    entry: Entry, template: Template | None, profile: RequirementProfile | None
) -> list[str]:
    """Plain-English items still needed before ``entry`` is complete (empty when it is).

    For example ``["the 'What did you learn?' section", "hours above 0"]``. ``template`` is
    the entry's reflection template (None if it is unknown: then a written reflection is what
    is missing); ``profile`` is the practitioner's regulator (None: hours are not checked).
    """
    missing: list[str] = []
    sections = entry.reflection.sections
    if template is None:
        if not entry.reflection.text().strip():
            missing.append("a written reflection")
    else:
        for section in template.sections:
            if section.required and not sections.get(section.key, "").strip():
                missing.append(f"the '{section.prompt}' section")
    if counts_hours(profile) and entry.hours <= 0:
        missing.append("hours above 0")
    return missing


def describe_missing(missing: list[str]) -> str:
    """``["a", "b", "c"]`` → ``"a, b and c"``."""
    if len(missing) <= 1:
        return "".join(missing)
    return ", ".join(missing[:-1]) + " and " + missing[-1]
