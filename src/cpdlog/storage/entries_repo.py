"""Entries: row ⇄ domain mapping, queries, trash, and the full-text index.

Functions take the caller's ``Session``: the service owns the transaction.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence

from sqlalchemy import Select, delete, func, or_, select, text
from sqlalchemy.orm import Session

from cpdlog.domain.entry import (
    ActivityType,
    Delivery,
    Entry,
    EntryStatus,
    Evidence,
    EvidenceKind,
    PeerReflection,
    Reflection,
    Source,
)
from cpdlog.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    EntryFilter,
    EntrySummary,
    SearchHit,
)
from cpdlog.errors import NotFoundError
from cpdlog.i18n import tr
from cpdlog.storage.evidence import check_id
from cpdlog.storage.fts import (
    Highlighter,
    fts5_match,
    pg_word_queries,
    search_tokens,
    tsquery_lexemes,
)
from cpdlog.storage.orm import (
    EntryEvidenceRow,
    EntryRow,
    EntryStandardRow,
    EntryTagRow,
    EntryTopicRow,
    EvidenceFileRow,
    SectionRow,
)

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

EVERY_ENTRY = EntryFilter()  # the default filter: everything not in the trash


def to_domain(row: EntryRow) -> Entry:
    peer = (
        PeerReflection(row.peer_name, row.peer_role, row.peer_date, row.peer_text)
        if row.has_peer
        else None
    )
    return Entry(
        id=row.id,
        uid=row.uid,
        title=row.title,
        activity_type=ActivityType(row.activity_type),
        start_date=row.start_date,
        end_date=row.end_date,
        hours=row.quarter_hours / 4,
        source=Source(
            row.source_url,
            row.source_provider,
            row.source_author,
            row.source_publication,
            row.source_notes,
        ),
        reflection=Reflection(row.template_id, {s.key: s.text for s in row.sections}),
        peer=peer,
        standards=[s.standard_id for s in row.standards],
        tags=[t.tag for t in row.tags],
        evidence=[
            Evidence(
                ev.sha256, ev.filename, ev.media_type, ev.size, ev.added_at, EvidenceKind(ev.kind)
            )
            for ev in row.evidence
        ],
        status=EntryStatus(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        feed_item_id=row.feed_item_id,
        inbox=bool(row.inbox),
        delivery=Delivery(row.delivery) if row.delivery else None,
        provider_approval=row.provider_approval,
        topics=[t.topic_id for t in row.topics],
    )


def _fill(row: EntryRow, entry: Entry, now: dt.datetime) -> None:
    row.title = entry.title
    row.activity_type = entry.activity_type.value
    row.start_date = entry.start_date
    row.end_date = entry.end_date
    row.quarter_hours = round(entry.hours * 4)
    row.source_url = entry.source.url
    row.source_provider = entry.source.provider
    row.source_author = entry.source.author
    row.source_publication = entry.source.publication
    row.source_notes = entry.source.notes
    row.template_id = entry.reflection.template_id
    peer = entry.peer
    row.has_peer = peer is not None
    row.peer_name = peer.name if peer else ""
    row.peer_role = peer.role if peer else ""
    row.peer_date = peer.date if peer else None
    row.peer_text = peer.text if peer else ""
    row.status = entry.status.value
    row.updated_at = entry.updated_at or now
    row.feed_item_id = entry.feed_item_id
    row.inbox = entry.inbox
    row.delivery = entry.delivery.value if entry.delivery else None
    row.provider_approval = entry.provider_approval
    row.topics = [EntryTopicRow(topic_id=t, position=i) for i, t in enumerate(entry.topics)]
    row.sections = [
        SectionRow(position=i, key=k, text=v)
        for i, (k, v) in enumerate(entry.reflection.sections.items())
    ]
    row.standards = [
        EntryStandardRow(standard_id=s, position=i) for i, s in enumerate(entry.standards)
    ]
    row.tags = [EntryTagRow(tag=t, position=i) for i, t in enumerate(entry.tags)]
    row.evidence = [
        EntryEvidenceRow(
            sha256=check_id(ev.sha256),  # never store an id the evidence store would refuse
            filename=ev.filename,
            media_type=ev.media_type,
            size=ev.size,
            position=i,
            added_at=ev.added_at or now,
            kind=ev.kind.value,
        )
        for i, ev in enumerate(entry.evidence)
    ]


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """Column values read without the ORM come back naive (stored as UTC)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


class EntryRepository:
    def __init__(self, session: Session, fts: bool) -> None:
        """``fts``: search with the engine's own full-text index (SQLite's FTS5 table or
        PostgreSQL's ``search_vector``); without it, a portable word match."""
        self.session = session
        self.fts = fts
        self.postgresql = session.get_bind().dialect.name == "postgresql"

    # --- reading ---------------------------------------------------------------------------
    def _row(self, entry_id: int, include_deleted: bool = False) -> EntryRow:
        row = self.session.get(EntryRow, entry_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            message = (
                tr(
                    ERRORS,
                    "There is no entry {entry_id} (it is in the trash: `cpdlog entry restore` "
                    "brings it back).",
                )
                if row
                else tr(ERRORS, "There is no entry {entry_id}.")
            )
            raise NotFoundError(message.format(entry_id=entry_id))
        return row

    def get(self, entry_id: int, include_deleted: bool = False) -> Entry:
        row = self._row(entry_id, include_deleted)
        return to_domain(row)

    def get_by_uid(self, uid: str) -> Entry | None:
        row = self.session.scalar(select(EntryRow).where(EntryRow.uid == uid))
        if row is None:
            return None
        return to_domain(row)

    def _filtered(self, f: EntryFilter) -> Select[EntryRow]:
        q = select(EntryRow)
        q = q.where(
            EntryRow.deleted_at.is_not(None) if f.deleted else EntryRow.deleted_at.is_(None)
        )
        if f.date_from:
            q = q.where(func.coalesce(EntryRow.end_date, EntryRow.start_date) >= f.date_from)
        if f.date_to:
            q = q.where(EntryRow.start_date <= f.date_to)
        if f.activity_type:
            q = q.where(EntryRow.activity_type == f.activity_type.value)
        if f.status:
            q = q.where(EntryRow.status == f.status.value)
        if f.inbox is not None:
            q = q.where(EntryRow.inbox.is_(f.inbox))
        if f.standard:
            q = q.where(
                EntryRow.id.in_(
                    select(EntryStandardRow.entry_id).where(
                        or_(
                            EntryStandardRow.standard_id == f.standard,
                            EntryStandardRow.standard_id.like(f"{f.standard}.%"),
                        )
                    )
                )
            )
        if f.tag:
            q = q.where(
                EntryRow.id.in_(select(EntryTagRow.entry_id).where(EntryTagRow.tag == f.tag))
            )
        return q

    def list_entries(self, f: EntryFilter = EVERY_ENTRY) -> list[Entry]:
        """Entries matching ``f``, newest first.

        Built from five plain column queries rather than ORM objects: listing 10,000 entries
        through the ORM took seconds, which the desktop app's start-up cannot afford.
        """
        ids = self._filtered(f).with_only_columns(EntryRow.id)
        columns = list(EntryRow.__table__.columns)
        at = {c.name: i for i, c in enumerate(columns)}
        rows = self.session.execute(
            self._filtered(f)
            .with_only_columns(*columns)
            .order_by(EntryRow.start_date.desc(), EntryRow.id.desc())
        ).all()
        if not rows:
            return []
        sections: dict[int, dict[str, str]] = {}
        for entry_id, key, body in self.session.execute(
            select(SectionRow.entry_id, SectionRow.key, SectionRow.text)
            .where(SectionRow.entry_id.in_(ids))
            .order_by(SectionRow.entry_id, SectionRow.position)
        ):
            sections.setdefault(entry_id, {})[key] = body
        standards: dict[int, list[str]] = {}
        for entry_id, standard in self.session.execute(
            select(EntryStandardRow.entry_id, EntryStandardRow.standard_id)
            .where(EntryStandardRow.entry_id.in_(ids))
            .order_by(EntryStandardRow.entry_id, EntryStandardRow.position)
        ):
            standards.setdefault(entry_id, []).append(standard)
        tags: dict[int, list[str]] = {}
        for entry_id, tag in self.session.execute(
            select(EntryTagRow.entry_id, EntryTagRow.tag)
            .where(EntryTagRow.entry_id.in_(ids))
            .order_by(EntryTagRow.entry_id, EntryTagRow.position)
        ):
            tags.setdefault(entry_id, []).append(tag)
        topics: dict[int, list[str]] = {}
        for entry_id, topic in self.session.execute(
            select(EntryTopicRow.entry_id, EntryTopicRow.topic_id)
            .where(EntryTopicRow.entry_id.in_(ids))
            .order_by(EntryTopicRow.entry_id, EntryTopicRow.position)
        ):
            topics.setdefault(entry_id, []).append(topic)
        evidence: dict[int, list[Evidence]] = {}
        for ev in self.session.execute(
            select(EntryEvidenceRow.__table__)
            .where(EntryEvidenceRow.entry_id.in_(ids))
            .order_by(EntryEvidenceRow.entry_id, EntryEvidenceRow.position)
        ).mappings():
            evidence.setdefault(ev["entry_id"], []).append(
                Evidence(
                    ev["sha256"],
                    ev["filename"],
                    ev["media_type"],
                    ev["size"],
                    _utc(ev["added_at"]),
                    EvidenceKind(ev["kind"]),
                )
            )
        out = []
        for r in rows:
            m = tuple(r)
            rid = m[at["id"]]
            out.append(
                Entry(
                    id=rid,
                    uid=m[at["uid"]],
                    title=m[at["title"]],
                    activity_type=ActivityType(m[at["activity_type"]]),
                    start_date=m[at["start_date"]],
                    end_date=m[at["end_date"]],
                    hours=m[at["quarter_hours"]] / 4,
                    source=Source(
                        m[at["source_url"]],
                        m[at["source_provider"]],
                        m[at["source_author"]],
                        m[at["source_publication"]],
                        m[at["source_notes"]],
                    ),
                    reflection=Reflection(m[at["template_id"]], sections.get(rid, {})),
                    peer=(
                        PeerReflection(
                            m[at["peer_name"]],
                            m[at["peer_role"]],
                            m[at["peer_date"]],
                            m[at["peer_text"]],
                        )
                        if m[at["has_peer"]]
                        else None
                    ),
                    standards=standards.get(rid, []),
                    tags=tags.get(rid, []),
                    evidence=evidence.get(rid, []),
                    status=EntryStatus(m[at["status"]]),
                    created_at=_utc(m[at["created_at"]]),
                    updated_at=_utc(m[at["updated_at"]]),
                    deleted_at=_utc(m[at["deleted_at"]]),
                    feed_item_id=m[at["feed_item_id"]],
                    inbox=bool(m[at["inbox"]]),
                    delivery=Delivery(m[at["delivery"]]) if m[at["delivery"]] else None,
                    provider_approval=m[at["provider_approval"]],
                    topics=topics.get(rid, []),
                )
            )
        return out

    def ids_with_source_url(self, urls: Sequence[str]) -> list[int]:
        """Entries (not in the trash) whose source URL is one of ``urls``, newest first."""
        q = (
            select(EntryRow.id)
            .where(EntryRow.deleted_at.is_(None), EntryRow.source_url.in_(list(urls)))
            .order_by(EntryRow.id.desc())
        )
        return [int(i) for i in self.session.scalars(q)]

    def count_inbox(self) -> int:
        q = select(func.count()).where(EntryRow.deleted_at.is_(None), EntryRow.inbox.is_(True))
        return int(self.session.scalar(q) or 0)

    def all_tags(self) -> list[tuple[str, int]]:
        q = (
            select(EntryTagRow.tag, func.count())
            .join(EntryRow, EntryRow.id == EntryTagRow.entry_id)
            .where(EntryRow.deleted_at.is_(None))
            .group_by(EntryTagRow.tag)
            .order_by(func.count().desc(), EntryTagRow.tag)
        )
        return [(t, int(n)) for t, n in self.session.execute(q)]

    # --- writing ---------------------------------------------------------------------------
    def add(self, entry: Entry, now: dt.datetime) -> Entry:
        row = EntryRow(
            uid=entry.uid or str(uuid.uuid4()),
            created_at=entry.created_at or now,
            deleted_at=entry.deleted_at,
        )
        _fill(row, entry, now)
        self.session.add(row)
        self.session.flush()
        self._index(row)
        return self.get(row.id, include_deleted=True)

    def update(self, entry: Entry, now: dt.datetime) -> Entry:
        assert entry.id is not None
        row = self._row(entry.id)
        entry.updated_at = None
        _fill(row, entry, now)
        self.session.flush()
        self._index(row)
        return self.get(row.id)

    def ensure_evidence_file(self, sha256: str, size: int) -> None:
        check_id(sha256)
        if self.session.get(EvidenceFileRow, sha256) is None:
            if self.postgresql:
                # two people may attach the same file at once: the second waits for the
                # first's row rather than failing on it (no conflict target: the key is
                # (owner, sha256) since 0007_team, sha256 alone before it)
                from sqlalchemy.dialects.postgresql import insert

                new = insert(EvidenceFileRow).values(sha256=sha256, size=size)
                self.session.execute(new.on_conflict_do_nothing())
                return
            self.session.add(EvidenceFileRow(sha256=sha256, size=size))
            self.session.flush()

    def trash(self, entry_id: int, now: dt.datetime) -> Entry:
        row = self._row(entry_id)
        row.deleted_at = now
        return to_domain(row)

    def restore(self, entry_id: int) -> Entry:
        row = self.session.get(EntryRow, entry_id)
        if row is None:
            raise NotFoundError(
                tr(ERRORS, "There is no entry {entry_id}.").format(entry_id=entry_id)
            )
        if row.deleted_at is None:
            raise NotFoundError(
                tr(ERRORS, "Entry {entry_id} is not in the trash.").format(entry_id=entry_id)
            )
        row.deleted_at = None
        return to_domain(row)

    def purge(self, entry_id: int) -> None:
        row = self.session.get(EntryRow, entry_id)
        if row is None or row.deleted_at is None:
            raise NotFoundError(
                tr(ERRORS, "Entry {entry_id} is not in the trash.").format(entry_id=entry_id)
            )
        self.session.delete(row)
        if self.fts and not self.postgresql:  # PostgreSQL's vector goes with the row
            self.session.execute(
                text("DELETE FROM entries_fts WHERE rowid = :id"), {"id": entry_id}
            )

    def unreferenced_evidence(self) -> list[str]:
        used = select(EntryEvidenceRow.sha256)
        return list(
            self.session.scalars(
                select(EvidenceFileRow.sha256).where(EvidenceFileRow.sha256.not_in(used))
            )
        )

    def evidence_in_use(self, shas: Sequence[str]) -> set[str]:
        """Those of ``shas`` some entry (in the trash too) keeps, or that are registered."""
        if not shas:
            return set()
        kept = select(EntryEvidenceRow.sha256).where(EntryEvidenceRow.sha256.in_(shas))
        known = select(EvidenceFileRow.sha256).where(EvidenceFileRow.sha256.in_(shas))
        return set(self.session.scalars(kept)) | set(self.session.scalars(known))

    def forget_evidence(self, shas: Sequence[str]) -> None:
        if shas:
            self.session.execute(delete(EvidenceFileRow).where(EvidenceFileRow.sha256.in_(shas)))

    # --- full-text search ------------------------------------------------------------------
    def _index(self, row: EntryRow) -> None:
        """Keep the full-text index in step with ``row`` (PostgreSQL's column always: a save
        through a repository without ``fts`` must not leave the entry unfindable)."""
        if not (self.fts or self.postgresql):
            return
        body = "\n".join([s.text for s in row.sections] + [row.peer_text])
        source = " ".join(
            [row.source_url, row.source_provider, row.source_author, row.source_publication]
        )
        parts = {
            "id": row.id,
            "title": row.title,
            "body": body,
            "tags": " ".join(t.tag for t in row.tags),
            "source": source,
        }
        if self.postgresql:
            self.session.execute(
                text(
                    "UPDATE entries SET search_vector = "
                    "cpdlog_entry_vector(:title, :tags, :source, :body) WHERE id = :id"
                ),
                parts,
            )
            return
        self.session.execute(text("DELETE FROM entries_fts WHERE rowid = :id"), {"id": row.id})
        self.session.execute(
            text(
                "INSERT INTO entries_fts(rowid, title, body, tags, source) "
                "VALUES (:id, :title, :body, :tags, :source)"
            ),
            parts,
        )

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        tokens = search_tokens(query)
        if not tokens:
            return []
        if not self.fts:
            return self._search_portable(tokens, limit)
        if self.postgresql:
            return self._search_postgresql(tokens, limit)
        match = fts5_match(tokens)
        rows = self.session.execute(
            text(
                "SELECT e.id, e.title, e.activity_type, e.start_date, e.status, "
                "snippet(entries_fts, -1, :a, :b, '…', 12) AS snip, "
                "bm25(entries_fts, 8.0, 1.0, 4.0, 2.0) AS rank "
                # CROSS JOIN keeps the full-text match as the outer loop: newer SQLite builds
                # (SQLCipher's) otherwise walk every live entry and run the match per row
                "FROM entries_fts AS f CROSS JOIN entries AS e ON e.id = f.rowid "
                "WHERE entries_fts MATCH :q AND e.deleted_at IS NULL "
                "ORDER BY rank LIMIT :limit"
            ),
            {"a": HIGHLIGHT_START, "b": HIGHLIGHT_END, "q": match, "limit": limit},
        ).all()
        return [
            SearchHit(
                EntrySummary(
                    int(r[0]),
                    str(r[1]),
                    ActivityType(r[2]),
                    r[3] if isinstance(r[3], dt.date) else dt.date.fromisoformat(str(r[3])),
                    EntryStatus(r[4]),
                ),
                str(r[5]),
                float(r[6]),
            )
            for r in rows
        ]

    def _search_postgresql(self, tokens: list[str], limit: int) -> list[SearchHit]:
        """PostgreSQL's text search: the best ``limit`` entries by ``ts_rank`` (title words
        weigh most, as in SQLite), then a highlighted extract of those few only, in one
        round trip.

        On a team server row-level security keeps only the practitioner's own entries, and
        PostgreSQL applies it first: a team member's rows come from their owner index
        (0009_owner_index), not the GIN index (``@@`` is not "leakproof", so it may not run
        before the policy), and the match and the rank run over one person's journal only.
        ``ts_rank`` rather than ``ts_rank_cd``: the same order in the ranking tests at less
        than half the cost. The extract is made here from the hits' text and each query
        word's lexemes as the server's ``to_tsquery`` gives them
        (:class:`~cpdlog.storage.fts.Highlighter`): ``ts_headline`` for the 50 hits
        shown was most of a search's time (docs/team-server.md, "Speed")."""
        words, params = pg_word_queries(tokens)
        query = " && ".join(words)
        lexemes = ", ".join(f"CAST({w} AS text)" for w in words)
        rows = self.session.execute(
            text(
                f"WITH q AS (SELECT {query} AS query, ARRAY[{lexemes}] AS words), "
                "hits AS ("
                "  SELECT e.id, e.title, e.activity_type, e.start_date, e.status, e.peer_text,"
                "         ts_rank(e.search_vector, q.query) AS rank"
                "  FROM entries AS e CROSS JOIN q"
                "  WHERE e.search_vector @@ q.query AND e.deleted_at IS NULL"
                "  ORDER BY rank DESC, e.start_date DESC, e.id DESC LIMIT :limit) "
                "SELECT h.id, h.title, h.activity_type, h.start_date, h.status, "
                "  concat_ws(E'\\n', h.title, "
                "    (SELECT string_agg(s.text, E'\\n' ORDER BY s.position) "
                "     FROM entry_sections AS s WHERE s.entry_id = h.id), h.peer_text), "
                "  h.rank, q.words "
                "FROM hits AS h CROSS JOIN q "
                "ORDER BY h.rank DESC, h.start_date DESC, h.id DESC"
            ),
            {**params, "limit": limit},
        ).all()
        highlight = Highlighter([tsquery_lexemes(w) for w in rows[0][7]] if rows else [])
        return [
            SearchHit(
                EntrySummary(int(r[0]), str(r[1]), ActivityType(r[2]), r[3], EntryStatus(r[4])),
                highlight.extract(str(r[5])).strip(),
                -float(r[6]),  # lower is better, as SQLite's bm25 gives it
            )
            for r in rows
        ]

    def _search_portable(self, tokens: list[str], limit: int) -> list[SearchHit]:
        """Any database: every word must appear somewhere (case-insensitive substring)."""
        q = select(EntryRow).where(EntryRow.deleted_at.is_(None))
        for token in tokens:
            like = f"%{token.lower()}%"
            q = q.where(
                or_(
                    func.lower(EntryRow.title).like(like),
                    func.lower(EntryRow.peer_text).like(like),
                    func.lower(EntryRow.source_url).like(like),
                    func.lower(EntryRow.source_provider).like(like),
                    func.lower(EntryRow.source_author).like(like),
                    EntryRow.id.in_(
                        select(SectionRow.entry_id).where(func.lower(SectionRow.text).like(like))
                    ),
                    EntryRow.id.in_(
                        select(EntryTagRow.entry_id).where(func.lower(EntryTagRow.tag).like(like))
                    ),
                )
            )
        rows = self.session.scalars(q.order_by(EntryRow.start_date.desc()).limit(limit)).all()
        hits = []
        for row in rows:
            entry = to_domain(row)
            summary = EntrySummary(
                row.id, row.title, entry.activity_type, row.start_date, entry.status
            )
            hits.append(SearchHit(summary, make_snippet(entry.all_text(), tokens), 0.0))
        return hits


def make_snippet(body: str, tokens: list[str], width: int = 80) -> str:
    """A short extract around the first match with the matches highlighted (portable path)."""
    lower = body.lower()
    positions = [p for p in (lower.find(t.lower()) for t in tokens) if p >= 0]
    start = max(0, min(positions) - width // 2) if positions else 0
    extract = body[start : start + width]
    for token in sorted(set(tokens), key=len, reverse=True):
        extract = re.sub(
            re.escape(token),
            lambda m: f"{HIGHLIGHT_START}{m.group(0)}{HIGHLIGHT_END}",
            extract,
            flags=re.IGNORECASE,
        )
    return ("…" if start else "") + extract + ("…" if start + width < len(body) else "")
