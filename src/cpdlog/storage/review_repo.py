"""Sign-offs, review comments, sent packs, imported responses and reviewers' keys."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdlog.domain.review import Arrival, CommentKind, ReviewComment, Signoff
from cpdlog.storage.review_orm import (
    ReviewCommentRow,
    ReviewerKeyRow,
    ReviewPackRow,
    ReviewResponseRow,
    SignoffRow,
)


def _signoff(row: SignoffRow) -> Signoff:
    return Signoff(
        entry_id=row.entry_id,
        reviewer_name=row.reviewer_name,
        reviewer_role=row.reviewer_role,
        signed_at=row.signed_at,
        content_hash=row.content_hash,
        statement=row.statement,
        arrival=Arrival(row.arrival),
        reviewer_fingerprint=row.reviewer_fingerprint,
        id=row.id,
    )


def _comment(row: ReviewCommentRow) -> ReviewComment:
    return ReviewComment(
        entry_id=row.entry_id,
        section_key=row.section_key,
        kind=CommentKind(row.kind),
        author_name=row.author_name,
        author_role=row.author_role,
        date=row.comment_date,
        text=row.text,
        id=row.id,
    )


class ReviewRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- sign-offs and comments ----------------------------------------------------------------
    def add_signoff(self, signoff: Signoff, response_id: str | None) -> None:
        self.session.add(
            SignoffRow(
                entry_id=signoff.entry_id,
                reviewer_name=signoff.reviewer_name,
                reviewer_role=signoff.reviewer_role,
                signed_at=signoff.signed_at,
                content_hash=signoff.content_hash,
                statement=signoff.statement,
                arrival=signoff.arrival.value,
                reviewer_fingerprint=signoff.reviewer_fingerprint,
                response_id=response_id,
            )
        )

    def add_comment(self, comment: ReviewComment, response_id: str | None) -> None:
        self.session.add(
            ReviewCommentRow(
                entry_id=comment.entry_id,
                section_key=comment.section_key,
                kind=comment.kind.value,
                author_name=comment.author_name,
                author_role=comment.author_role,
                comment_date=comment.date,
                text=comment.text,
                response_id=response_id,
            )
        )

    def signoffs(self, entry_ids: Sequence[int] | None = None) -> dict[int, list[Signoff]]:
        """Sign-offs by entry id, oldest first (of ``entry_ids``, or of every entry)."""
        q = select(SignoffRow).order_by(SignoffRow.signed_at, SignoffRow.id)
        if entry_ids is not None:
            q = q.where(SignoffRow.entry_id.in_(list(entry_ids)))
        found: dict[int, list[Signoff]] = {}
        for row in self.session.scalars(q):
            found.setdefault(row.entry_id, []).append(_signoff(row))
        return found

    def comments(self, entry_ids: Sequence[int] | None = None) -> dict[int, list[ReviewComment]]:
        q = select(ReviewCommentRow).order_by(ReviewCommentRow.comment_date, ReviewCommentRow.id)
        if entry_ids is not None:
            q = q.where(ReviewCommentRow.entry_id.in_(list(entry_ids)))
        found: dict[int, list[ReviewComment]] = {}
        for row in self.session.scalars(q):
            found.setdefault(row.entry_id, []).append(_comment(row))
        return found

    # --- packs, responses and keys -------------------------------------------------------------
    def add_pack(self, pack_hash: str, created_at: dt.datetime, entries: dict[str, str]) -> None:
        """Remember a pack this journal wrote: ``entries`` maps each uid to its content hash."""
        self.session.add(
            ReviewPackRow(
                pack_hash=pack_hash, created_at=created_at, entries_json=json.dumps(entries)
            )
        )

    def pack_entries(self, pack_hash: str) -> dict[str, str] | None:
        row = self.session.get(ReviewPackRow, pack_hash)
        if row is None:
            return None
        value = json.loads(row.entries_json)
        return {str(k): str(v) for k, v in value.items()}

    def response_imported_at(self, response_hash: str) -> dt.datetime | None:
        row = self.session.get(ReviewResponseRow, response_hash)
        return None if row is None else row.imported_at

    def add_response(self, response_hash: str, pack_hash: str, now: dt.datetime) -> None:
        self.session.add(
            ReviewResponseRow(response_hash=response_hash, pack_hash=pack_hash, imported_at=now)
        )

    def reviewer_key(self, reviewer: str) -> tuple[str, str] | None:
        """(public key base64, fingerprint) first seen for ``reviewer`` (case-folded name)."""
        row = self.session.get(ReviewerKeyRow, reviewer)
        return None if row is None else (row.public_key, row.fingerprint)

    def set_reviewer_key(
        self, reviewer: str, public_key: str, fingerprint: str, now: dt.datetime
    ) -> None:
        row = self.session.get(ReviewerKeyRow, reviewer)
        if row is None:
            self.session.add(
                ReviewerKeyRow(
                    reviewer=reviewer,
                    public_key=public_key,
                    fingerprint=fingerprint,
                    first_seen=now,
                )
            )
        else:
            row.public_key, row.fingerprint, row.first_seen = public_key, fingerprint, now

    # --- the lossless JSON export (backup and restore) -----------------------------------------
    def backup_rows(self, uids: Mapping[int, str]) -> dict[str, list[dict[str, Any]]]:
        """Everything review-related, as plain JSON values, entries named by ``uids[entry_id]``
        (ids change on import). Reviews of an entry not in ``uids`` are left out."""
        signoffs = [
            {
                "entry": uids[row.entry_id],
                "reviewer_name": row.reviewer_name,
                "reviewer_role": row.reviewer_role,
                "signed_at": _moment(row.signed_at),
                "content_hash": row.content_hash,
                "statement": row.statement,
                "arrival": row.arrival,
                "reviewer_fingerprint": row.reviewer_fingerprint,
                "response_id": row.response_id,
            }
            for row in self.session.scalars(select(SignoffRow).order_by(SignoffRow.id))
            if row.entry_id in uids
        ]
        comments = [
            {
                "entry": uids[row.entry_id],
                "section_key": row.section_key,
                "kind": row.kind,
                "author_name": row.author_name,
                "author_role": row.author_role,
                "date": row.comment_date.isoformat(),
                "text": row.text,
                "response_id": row.response_id,
            }
            for row in self.session.scalars(select(ReviewCommentRow).order_by(ReviewCommentRow.id))
            if row.entry_id in uids
        ]
        packs = [
            {
                "pack_hash": row.pack_hash,
                "created_at": _moment(row.created_at),
                "entries": json.loads(row.entries_json),
            }
            for row in self.session.scalars(
                select(ReviewPackRow).order_by(ReviewPackRow.created_at, ReviewPackRow.pack_hash)
            )
        ]
        responses = [
            {
                "response_hash": row.response_hash,
                "pack_hash": row.pack_hash,
                "imported_at": _moment(row.imported_at),
            }
            for row in self.session.scalars(
                select(ReviewResponseRow).order_by(
                    ReviewResponseRow.imported_at, ReviewResponseRow.response_hash
                )
            )
        ]
        keys = [
            {
                "reviewer": row.reviewer,
                "public_key": row.public_key,
                "fingerprint": row.fingerprint,
                "first_seen": _moment(row.first_seen),
            }
            for row in self.session.scalars(
                select(ReviewerKeyRow).order_by(ReviewerKeyRow.reviewer)
            )
        ]
        return {
            "signoffs": signoffs,
            "comments": comments,
            "packs": packs,
            "responses": responses,
            "reviewer_keys": keys,
        }

    def restore_rows(self, review: Mapping[str, Any], ids: Mapping[str, int]) -> RestoredReviews:
        """Add what :meth:`backup_rows` wrote (checked by ``domain.backup_schema``), each entry
        named by uid found in ``ids``. What this journal already holds is kept as it is: the
        same sign-off or comment is not added twice, a pack or response already known is
        skipped, and a reviewer's key already trusted here is never replaced."""
        restored = RestoredReviews()
        have_signoffs = {
            (r.entry_id, r.reviewer_name, _moment(r.signed_at), r.content_hash, r.response_id)
            for r in self.session.scalars(select(SignoffRow))
        }
        for s in review.get("signoffs") or []:
            entry_id = ids.get(s["entry"])
            if entry_id is None:
                continue
            signed_at = _parse_moment(s["signed_at"])
            key = (entry_id, s["reviewer_name"], _moment(signed_at), s["content_hash"])
            if (*key, s.get("response_id")) in have_signoffs:
                continue
            have_signoffs.add((*key, s.get("response_id")))
            self.session.add(
                SignoffRow(
                    entry_id=entry_id,
                    reviewer_name=s["reviewer_name"],
                    reviewer_role=s.get("reviewer_role") or "",
                    signed_at=signed_at,
                    content_hash=s["content_hash"],
                    statement=s.get("statement") or "",
                    arrival=s["arrival"],
                    reviewer_fingerprint=s.get("reviewer_fingerprint") or "",
                    response_id=s.get("response_id"),
                )
            )
            restored.signoffs += 1
        have_comments = {
            (r.entry_id, r.section_key, r.kind, r.author_name, r.comment_date, r.text)
            for r in self.session.scalars(select(ReviewCommentRow))
        }
        for c in review.get("comments") or []:
            entry_id = ids.get(c["entry"])
            if entry_id is None:
                continue
            day = dt.date.fromisoformat(c["date"])
            ckey = (entry_id, c.get("section_key"), c["kind"], c["author_name"], day, c["text"])
            if ckey in have_comments:
                continue
            have_comments.add(ckey)
            self.session.add(
                ReviewCommentRow(
                    entry_id=entry_id,
                    section_key=c.get("section_key"),
                    kind=c["kind"],
                    author_name=c["author_name"],
                    author_role=c.get("author_role") or "",
                    comment_date=day,
                    text=c["text"],
                    response_id=c.get("response_id"),
                )
            )
            restored.comments += 1
        for p in review.get("packs") or []:
            if self.session.get(ReviewPackRow, p["pack_hash"]) is None:
                self.add_pack(p["pack_hash"], _parse_moment(p["created_at"]), dict(p["entries"]))
                restored.packs += 1
        for r in review.get("responses") or []:
            if self.session.get(ReviewResponseRow, r["response_hash"]) is None:
                self.add_response(
                    r["response_hash"], r["pack_hash"], _parse_moment(r["imported_at"])
                )
                restored.responses += 1
        for k in review.get("reviewer_keys") or []:
            if self.reviewer_key(k["reviewer"]) is None:
                self.set_reviewer_key(
                    k["reviewer"], k["public_key"], k["fingerprint"], _parse_moment(k["first_seen"])
                )
                restored.reviewer_keys += 1
        self.session.flush()
        return restored


@dataclass(slots=True)
class RestoredReviews:
    """How many of each kind of review row an import added."""

    signoffs: int = 0
    comments: int = 0
    packs: int = 0
    responses: int = 0
    reviewer_keys: int = 0


def _moment(when: dt.datetime) -> str:
    """A stored moment as ISO 8601 in UTC (what the export writes)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).isoformat()


def _parse_moment(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text)
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
