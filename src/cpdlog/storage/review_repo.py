"""Sign-offs, review comments, sent packs, imported responses and reviewers' keys."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

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
