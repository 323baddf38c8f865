"""An entry laid out in the order of Social Work England's online CPD form, ready to paste.

Field order, from Research in Practice's summary of the form (November 2023) and SWE's
peer-reflection page: type of CPD; a short description and why it is relevant; the date;
what you learnt; the positive impact on your practice and the people you work with; and the
optional peer reflection, marked "P". The form's exact wording of fields 1–5 is unconfirmed,
so the labels below describe each field rather than quote it. (Source: shared reference
``regulators.md``, section 1.2.)

``cpdlog entry show ID --form swe`` prints this; the desktop app offers it as a copy button.
"""

from __future__ import annotations

import datetime as dt

from cpdlog.domain.entry import Entry
from cpdlog.domain.frameworks import Catalogue
from cpdlog.domain.templates import Template
from cpdlog.export.pdf.markup import clean

NOT_WRITTEN = "(not written yet)"
PEER_PROMPT = "Describe what you have learnt from discussing this CPD activity with a peer."


def _date(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _text(value: str) -> str:
    """User text as typed, minus characters a web form would choke on."""
    lines = [line.rstrip() for line in clean(value).strip().split("\n")]
    return "\n".join(lines) if any(lines) else NOT_WRITTEN


def _fields(entry: Entry, template: Template | None) -> tuple[str, str, str]:
    """(description, learnt, impact) from the entry's reflection, whatever its template.

    The default template's sections are the form's; for another template, the first section
    is the description, its impact section the impact, and the others (under their prompts)
    what was learnt.
    """
    sections = entry.reflection.sections
    if (
        template is None
        or template.id == "swe"
        or {"description", "learnt", "impact"} <= set(template.keys)
    ):
        # Text carried over from another template has no field of its own: it goes with
        # what was learnt, under its heading, rather than being left out of the form.
        extra = [
            f"{template.prompt_for(k) if template else k}\n{v.strip()}"
            for k, v in sections.items()
            if k not in ("description", "learnt", "impact") and v.strip()
        ]
        learnt = "\n\n".join([t for t in [sections.get("learnt", "")] if t.strip()] + extra)
        return sections.get("description", ""), learnt, sections.get("impact", "")
    keys = [k for k in template.keys if k in sections] + [
        k for k in sections if k not in template.keys
    ]
    if not keys:
        return "", "", ""
    description_key = keys[0]
    impact_key = template.impact_section if template.impact_section in sections else None
    rest = [k for k in keys if k not in (description_key, impact_key)]
    learnt = "\n\n".join(
        f"{template.prompt_for(k)}\n{sections[k].strip()}" for k in rest if sections[k].strip()
    )
    return (
        sections[description_key],
        learnt,
        sections[impact_key] if impact_key else "",
    )


def swe_form_fields(
    entry: Entry, template: Template | None, catalogue: Catalogue | None
) -> list[tuple[str, str]]:
    """(field label, text to paste) in the form's order; the desktop app copies each."""
    description, learnt, impact = _fields(entry, template)
    dates = _date(entry.start_date)
    if entry.end_date and entry.end_date != entry.start_date:
        dates += f" to {_date(entry.end_date)}"
    blocks = [
        ("Type of CPD", entry.activity_type.label),
        ("Title", _text(entry.title)),
        ("Short description of the activity and why it is relevant to you", _text(description)),
        ("Date", dates),
        ("What you learnt from doing the activity", _text(learnt)),
        (
            "The positive impact the activity has had, or will have, on your practice and the "
            "people you work with",
            _text(impact),
        ),
    ]
    if entry.peer is not None:
        peer = entry.peer
        who = ", ".join(x.strip() for x in (peer.name, peer.role) if x.strip())
        when = f" on {_date(peer.date)}" if peer.date else ""
        intro = f"(Discussed with {who or 'a peer'}{when}.)\n" if (who or when) else ""
        blocks.append((f"Peer reflection (P): {PEER_PROMPT}", intro + _text(peer.text)))
    extras: list[str] = []
    if entry.hours:
        extras.append(f"Hours: {entry.hours:g}")
    if entry.source.url.strip():
        extras.append(f"Link: {clean(entry.source.url).strip()}")
    if entry.source.provider.strip():
        extras.append(f"Provider: {clean(entry.source.provider).strip()}")
    for sid in entry.standards:
        standard = catalogue.standard(sid) if catalogue else None
        extras.append(f"Standard {sid}" + (f": {standard.title}" if standard else ""))
    if extras:
        blocks.append(("Also recorded in cpdlog (not a form field)", "\n".join(extras)))
    return blocks


def swe_form_text(entry: Entry, template: Template | None, catalogue: Catalogue | None) -> str:
    """Plain text, one block per form field in the form's order: the label underlined with
    dashes, then the text to paste, then a blank line."""
    return "\n".join(
        f"{label}\n{'-' * min(len(label), 78)}\n{value}\n"
        for label, value in swe_form_fields(entry, template, catalogue)
    )
