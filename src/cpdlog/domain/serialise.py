"""Entry ⇄ plain dict (JSON-ready). Used by the JSON export, ``--json`` output and autosave.

The shape is a stable, documented contract (see README "JSON output").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cpdlog.domain.entry import (
    Entry,
    EntryStatus,
    Evidence,
    EvidenceKind,
    PeerReflection,
    Reflection,
    Source,
    parse_activity_type,
    parse_delivery,
)
from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _datetime(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "uid": entry.uid,
        "title": entry.title,
        "type": entry.activity_type.value,
        "start_date": _date(entry.start_date),
        "end_date": _date(entry.end_date),
        "hours": entry.hours,
        "status": entry.status.value,
        "source": {
            "url": entry.source.url,
            "provider": entry.source.provider,
            "author": entry.source.author,
            "publication": entry.source.publication,
            "notes": entry.source.notes,
        },
        "reflection": {
            "template": entry.reflection.template_id,
            "sections": [{"key": k, "text": v} for k, v in entry.reflection.sections.items()],
        },
        "peer_reflection": (
            {
                "name": entry.peer.name,
                "role": entry.peer.role,
                "date": _date(entry.peer.date),
                "text": entry.peer.text,
            }
            if entry.peer
            else None
        ),
        "standards": list(entry.standards),
        "tags": list(entry.tags),
        "delivery": entry.delivery.value if entry.delivery else None,
        "provider_approval": entry.provider_approval,
        "topics": list(entry.topics),
        "evidence": [
            {
                "sha256": ev.sha256,
                "filename": ev.filename,
                "media_type": ev.media_type,
                "size": ev.size,
                "added_at": _datetime(ev.added_at),
                "kind": ev.kind.value,
            }
            for ev in entry.evidence
        ],
        "created_at": _datetime(entry.created_at),
        "updated_at": _datetime(entry.updated_at),
        "deleted_at": _datetime(entry.deleted_at),
        "feed_item_id": entry.feed_item_id,
        "inbox": entry.inbox,
    }


def _opt_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _opt_datetime(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def entry_from_dict(data: dict[str, Any]) -> Entry:
    """Inverse of :func:`entry_to_dict`; raises :class:`ValidationError` on a bad record."""
    try:
        src = data.get("source") or {}
        refl = data.get("reflection") or {}
        peer = data.get("peer_reflection")
        return Entry(
            id=data.get("id"),
            uid=str(data.get("uid") or ""),
            title=str(data["title"]),
            activity_type=parse_activity_type(str(data["type"])),
            start_date=dt.date.fromisoformat(data["start_date"]),
            end_date=_opt_date(data.get("end_date")),
            hours=float(data.get("hours") or 0),
            status=EntryStatus(data.get("status", "complete")),
            source=Source(
                str(src.get("url", "")),
                str(src.get("provider", "")),
                str(src.get("author", "")),
                str(src.get("publication", "")),
                str(src.get("notes", "")),
            ),
            reflection=Reflection(
                str(refl.get("template", "swe")),
                {str(s["key"]): str(s["text"]) for s in refl.get("sections", [])},
            ),
            peer=(
                PeerReflection(
                    str(peer.get("name", "")),
                    str(peer.get("role", "")),
                    _opt_date(peer.get("date")),
                    str(peer.get("text", "")),
                )
                if peer
                else None
            ),
            standards=[str(s) for s in data.get("standards", [])],
            tags=[str(t) for t in data.get("tags", [])],
            evidence=[
                Evidence(
                    str(ev["sha256"]),
                    str(ev["filename"]),
                    str(ev.get("media_type", "application/octet-stream")),
                    int(ev.get("size", 0)),
                    _opt_datetime(ev.get("added_at")),
                    EvidenceKind(str(ev.get("kind") or "evidence")),
                )
                for ev in data.get("evidence", [])
            ],
            created_at=_opt_datetime(data.get("created_at")),
            updated_at=_opt_datetime(data.get("updated_at")),
            deleted_at=_opt_datetime(data.get("deleted_at")),
            feed_item_id=data.get("feed_item_id"),
            inbox=data.get("inbox") is True,
            delivery=parse_delivery(str(data.get("delivery") or "")),
            provider_approval=str(data.get("provider_approval") or ""),
            topics=[str(t) for t in data.get("topics") or []],
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        title = data.get("title", "?") if isinstance(data, dict) else "?"
        raise ValidationError(
            tr(ERRORS, "The entry “{title}” in the file is not valid ({exc}).").format(
                title=title, exc=exc
            )
        ) from None
