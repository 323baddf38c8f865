"""ORM tables (SQLAlchemy 2 typed mapping). Rows never leave the storage package."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC without a zone (portable); always hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return value.replace(tzinfo=dt.UTC) if value is not None else None


class Base(DeclarativeBase):
    pass


class EntryRow(Base):
    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text)
    activity_type: Mapped[str] = mapped_column(String(32))
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    quarter_hours: Mapped[int] = mapped_column(Integer, default=0)
    source_url: Mapped[str] = mapped_column(Text, default="")
    source_provider: Mapped[str] = mapped_column(Text, default="")
    source_author: Mapped[str] = mapped_column(Text, default="")
    source_publication: Mapped[str] = mapped_column(Text, default="")
    source_notes: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[str] = mapped_column(String(64))
    has_peer: Mapped[bool] = mapped_column(Boolean, default=False)
    peer_name: Mapped[str] = mapped_column(Text, default="")
    peer_role: Mapped[str] = mapped_column(Text, default="")
    peer_date: Mapped[dt.date | None] = mapped_column(Date)
    peer_text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)
    feed_item_id: Mapped[int | None] = mapped_column(Integer)
    inbox: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    delivery: Mapped[str | None] = mapped_column(String(32))
    provider_approval: Mapped[str] = mapped_column(Text, default="")

    sections: Mapped[list[SectionRow]] = relationship(
        order_by="SectionRow.position", cascade="all, delete-orphan", lazy="selectin"
    )
    standards: Mapped[list[EntryStandardRow]] = relationship(
        order_by="EntryStandardRow.position", cascade="all, delete-orphan", lazy="selectin"
    )
    tags: Mapped[list[EntryTagRow]] = relationship(
        order_by="EntryTagRow.position", cascade="all, delete-orphan", lazy="selectin"
    )
    evidence: Mapped[list[EntryEvidenceRow]] = relationship(
        order_by="EntryEvidenceRow.position", cascade="all, delete-orphan", lazy="selectin"
    )
    topics: Mapped[list[EntryTopicRow]] = relationship(
        order_by="EntryTopicRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class SectionRow(Base):
    __tablename__ = "entry_sections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)


class EntryStandardRow(Base):
    __tablename__ = "entry_standards"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    standard_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class EntryTagRow(Base):
    __tablename__ = "entry_tags"
    __table_args__ = (Index("ix_entry_tags_tag", "tag"),)

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(200), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class EntryTopicRow(Base):
    __tablename__ = "entry_topics"
    __table_args__ = (Index("ix_entry_topics_topic", "topic_id"),)

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class EvidenceFileRow(Base):
    """A stored file, named by its SHA-256; shared by every entry that attaches it."""

    __tablename__ = "evidence_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)


class EntryEvidenceRow(Base):
    __tablename__ = "entry_evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_files.sha256"))
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(16), default="evidence")


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
