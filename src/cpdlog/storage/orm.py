"""ORM tables (SQLAlchemy 2 typed mapping). Rows never leave the storage package."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
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


def owner_column() -> Mapped[str | None]:
    """Whose row it is on a shared PostgreSQL server: the database fills it in (its role,
    ``current_user``) and cpdlog never writes it. NULL in one person's own SQLite journal."""
    return mapped_column(Text, nullable=True, server_default=FetchedValue())


class EntryRow(Base):
    __tablename__ = "entries"
    owner: Mapped[str | None] = owner_column()

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
    owner: Mapped[str | None] = owner_column()

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)


class EntryStandardRow(Base):
    __tablename__ = "entry_standards"
    owner: Mapped[str | None] = owner_column()

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    standard_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class EntryTagRow(Base):
    __tablename__ = "entry_tags"
    __table_args__ = (Index("ix_entry_tags_tag", "tag"),)
    owner: Mapped[str | None] = owner_column()

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(200), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class EntryTopicRow(Base):
    __tablename__ = "entry_topics"
    __table_args__ = (Index("ix_entry_topics_topic", "topic_id"),)
    owner: Mapped[str | None] = owner_column()

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class EvidenceFileRow(Base):
    """A stored file, named by its SHA-256; shared by every entry that attaches it."""

    __tablename__ = "evidence_files"
    owner: Mapped[str | None] = owner_column()

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)


class EntryEvidenceRow(Base):
    __tablename__ = "entry_evidence"
    owner: Mapped[str | None] = owner_column()

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
    owner: Mapped[str | None] = owner_column()

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ShareRow(Base):
    """An entry a practitioner shares with a supervisor (on a team server)."""

    __tablename__ = "shares"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    owner: Mapped[str | None] = owner_column()
    supervisor: Mapped[str] = mapped_column(Text, index=True)
    shared_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class TeamSourceRow(Base):
    """A feed the team's lead recommends (on a team server)."""

    __tablename__ = "team_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text, unique=True)
    folder: Mapped[str] = mapped_column(Text, server_default="")
    published_by: Mapped[str] = mapped_column(Text, server_default=FetchedValue())
    published_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class ProgressFiguresRow(Base):
    """A practitioner's published outcome per regulator, for the lead's figures."""

    __tablename__ = "progress_figures"
    __table_args__ = (
        UniqueConstraint("owner", "regulator_id", name="uq_progress_figures_owner_regulator"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str | None] = owner_column()
    regulator_id: Mapped[str] = mapped_column(String(64))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    met: Mapped[bool] = mapped_column(Boolean)
    computed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
