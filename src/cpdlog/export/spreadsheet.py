"""The CSV export for spreadsheets: one row per entry, UTF-8 with a BOM, ISO dates.

The column names and the ids (``type``, ``status``, ``template``) are a contract for other
programs and stay as they are; the words for people (``type_label``, the reflection's prompts)
are in the language chosen (cpdlog.i18n).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

from cpdlog.domain.entry import Entry
from cpdlog.domain.templates import Template
from cpdlog.export.files import write_export
from cpdlog.i18n import tr

DOMAIN_CONTEXT = "cpdlog"  # wording from the domain and the data files (activity types, prompts)

CSV_COLUMNS = (
    "id", "title", "type", "type_label", "start_date", "end_date", "hours", "status",
    "source_url", "provider", "author", "publication", "template", "reflection",
    "peer_name", "peer_role", "peer_date", "peer_reflection", "standards", "tags",
    "evidence", "created_at", "updated_at",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    # A cell starting like a formula would run in a spreadsheet: keep it as text.
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(path: Path, entries: Sequence[Entry], templates: Mapping[str, Template]) -> None:
    """One row per entry in date order; UTF-8 with a BOM so Excel reads accents; ISO dates.
    Raises :class:`~cpdlog.errors.ExportError` if the file cannot be written."""

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(CSV_COLUMNS)
            for e in sorted(entries, key=lambda x: (x.start_date, x.id or 0)):
                template = templates.get(e.reflection.template_id)
                reflection = "\n\n".join(
                    f"{tr(DOMAIN_CONTEXT, template.prompt_for(k)) if template else k}:\n{v}"
                    for k, v in e.reflection.sections.items()
                    if v.strip()
                )
                peer = e.peer
                type_label = tr(DOMAIN_CONTEXT, e.activity_type.label)
                row = [
                    str(e.id), e.title, e.activity_type.value, type_label,
                    e.start_date.isoformat(), e.end_date.isoformat() if e.end_date else "",
                    f"{e.hours:g}", e.status.value, e.source.url, e.source.provider,
                    e.source.author, e.source.publication, e.reflection.template_id,
                    reflection, peer.name if peer else "", peer.role if peer else "",
                    peer.date.isoformat() if peer and peer.date else "",
                    peer.text if peer else "", "; ".join(e.standards), "; ".join(e.tags),
                    "; ".join(ev.filename for ev in e.evidence),
                    e.created_at.isoformat() if e.created_at else "",
                    e.updated_at.isoformat() if e.updated_at else "",
                ]  # fmt: skip
                out.writerow([_cell(v) for v in row])

    write_export(path, write)
