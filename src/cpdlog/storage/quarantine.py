"""Start-up check: evidence rows whose id is not a SHA-256 are set aside, not trusted.

Older cpdlog versions imported whatever a backup called an evidence id (``../../etc/passwd``
included). Such a row could make the evidence store read, export or delete a file outside the
data folder. On opening, :func:`quarantine_bad_evidence` finds rows whose id is not exactly 64
lower-case hex digits, writes them to a JSON note in the data folder's ``quarantine/`` folder
(so nothing is silently lost) and only then removes them from the entries.

The check runs at every opening, so it starts with :func:`any_suspect_evidence`: one plain SQL
query, without the ORM mapping of the journal's tables, that finds every row the full check
could set aside (and, where the engine cannot say as much in SQL, answers "maybe"). Only when it
finds one does the full check, with :func:`cpdlog.domain.entry.is_evidence_id` as the judge,
run.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

from cpdlog.errors import StorageError
from cpdlog.i18n import tr

if TYPE_CHECKING:
    from cpdlog.storage.orm import EntryEvidenceRow

# A row the full check would set aside: anything but 64 lower-case hex digits stored as text.
# The SQL is a superset of ``not is_evidence_id`` (a row it flags is then judged in Python).
_SUSPECT_SQLITE = "typeof(sha256) != 'text' OR length(sha256) != 64 OR sha256 GLOB '*[^0-9a-f]*'"
_SUSPECT_POSTGRESQL = "sha256 IS NULL OR sha256 !~ '^[0-9a-f]{64}$'"

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)


@dataclass(frozen=True, slots=True)
class QuarantineReport:
    rows: int  # evidence records taken off entries
    note: Path  # where they are listed

    def message(self) -> str:
        n = self.rows
        return (
            f"cpdlog set aside {n} evidence record{'s' if n != 1 else ''} with an invalid id "
            f"(from a damaged or crafted import); no file was read or deleted. They are listed "
            f"in {self.note}."
        )


def any_suspect_evidence(session: Session) -> bool:
    """Whether some evidence row may have an invalid id (cheap: no ORM, one query per table).

    ``True`` also for an engine this cannot ask in SQL, so the full check then runs."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        where = _SUSPECT_SQLITE
    elif dialect == "postgresql":
        where = _SUSPECT_POSTGRESQL
    else:
        return True
    return any(
        session.execute(text(f"SELECT 1 FROM {table} WHERE {where} LIMIT 1")).first() is not None
        for table in ("entry_evidence", "evidence_files")
    )


def _bad(session: Session) -> tuple[list[EntryEvidenceRow], list[str]]:
    from sqlalchemy import select

    from cpdlog.domain.entry import is_evidence_id
    from cpdlog.storage.orm import EntryEvidenceRow, EvidenceFileRow

    links = [
        row for row in session.scalars(select(EntryEvidenceRow)) if not is_evidence_id(row.sha256)
    ]
    files = [
        sha for sha in session.scalars(select(EvidenceFileRow.sha256)) if not is_evidence_id(sha)
    ]
    return links, files


def quarantine_bad_evidence(
    session: Session, folder: Path, now: dt.datetime
) -> QuarantineReport | None:
    """Set aside every evidence row with an invalid id; ``None`` when there are none."""
    if not any_suspect_evidence(session):
        return None
    from sqlalchemy import delete, select

    from cpdlog.storage.orm import EntryEvidenceRow, EntryRow, EvidenceFileRow

    links, files = _bad(session)
    if not links and not files:
        return None
    entries = {
        row.id: row
        for row in session.scalars(
            select(EntryRow).where(EntryRow.id.in_({link.entry_id for link in links}))
        )
    }
    record = {
        "what": "Evidence records cpdlog set aside because their id is not a SHA-256 "
        "(64 lower-case hexadecimal digits). No file was read or deleted for them.",
        "quarantined_at": now.isoformat(),
        "entry_evidence": [
            {
                "entry_id": link.entry_id,
                "entry_uid": entries[link.entry_id].uid if link.entry_id in entries else None,
                "entry_title": entries[link.entry_id].title if link.entry_id in entries else None,
                "sha256": link.sha256,
                "filename": link.filename,
                "media_type": link.media_type,
                "size": link.size,
                "position": link.position,
                "added_at": link.added_at.isoformat() if link.added_at else None,
            }
            for link in links
        ],
        "evidence_files": files,
    }
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    note = folder / f"evidence-{stamp}.json"
    partial = note.with_name(f".{note.name}.part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        partial.replace(note)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            tr(
                ERRORS,
                "cpdlog found evidence records with invalid ids but could not "
                "write the note {note}: {reason}. Nothing was changed.",
            ).format(note=note, reason=exc.strerror or exc)
        ) from None
    ids = [link.id for link in links]
    if ids:
        session.execute(delete(EntryEvidenceRow).where(EntryEvidenceRow.id.in_(ids)))
    if files:
        session.execute(delete(EvidenceFileRow).where(EvidenceFileRow.sha256.in_(files)))
    return QuarantineReport(len(links) if links else len(files), note)
