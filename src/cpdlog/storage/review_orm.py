"""ORM tables for review and sign-off (revision ``0005_signoffs``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cpdlog.storage.orm import Base, UtcDateTime, owner_column


class SignoffRow(Base):
    __tablename__ = "signoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    reviewer_name: Mapped[str] = mapped_column(Text)
    reviewer_role: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    content_hash: Mapped[str] = mapped_column(String(64))
    statement: Mapped[str] = mapped_column(Text, default="")
    arrival: Mapped[str] = mapped_column(String(16))
    reviewer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    response_id: Mapped[str | None] = mapped_column(String(64))


class ReviewCommentRow(Base):
    __tablename__ = "review_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    section_key: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    author_name: Mapped[str] = mapped_column(Text)
    author_role: Mapped[str] = mapped_column(Text, default="")
    comment_date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    response_id: Mapped[str | None] = mapped_column(String(64))


class ReviewPackRow(Base):
    """A review pack this journal wrote: its hash and each entry's uid and content hash."""

    __tablename__ = "review_packs"
    owner: Mapped[str | None] = owner_column()

    pack_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    entries_json: Mapped[str] = mapped_column(Text)


class ReviewResponseRow(Base):
    """A response already imported (a second import of it is a replay and is refused)."""

    __tablename__ = "review_responses"
    owner: Mapped[str | None] = owner_column()

    response_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    pack_hash: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class ReviewerKeyRow(Base):
    """The public key first seen for a reviewer (by name, case-folded): trust on first use."""

    __tablename__ = "reviewer_keys"
    owner: Mapped[str | None] = owner_column()

    reviewer: Mapped[str] = mapped_column(String(2000), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    first_seen: Mapped[dt.datetime] = mapped_column(UtcDateTime)
