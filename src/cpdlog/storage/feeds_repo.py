"""Feeds and items: row ⇄ domain mapping, de-duplication, retention, and the full-text index.

Functions take the caller's ``Session``: the service owns the transaction. Items are matched
to what is already stored by guid, then link, then content hash; an item that changed
replaces its old content (keeping whether it was read, starred or logged). Items removed by
retention leave a small record behind so the feed cannot bring them back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any, cast

from sqlalchemy import (
    Integer,
    Select,
    Table,
    bindparam,
    column,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, defer

import cpdlog.storage.feeds_orm  # noqa: F401  (the feed tables must be on Base.metadata)
from cpdlog.domain.feed import Enclosure, Feed, FeedItem, ItemFullText, normalise_category
from cpdlog.errors import NotFoundError, ValidationError
from cpdlog.i18n import tr
from cpdlog.storage.feeds_orm import FeedItemFullTextRow, FeedItemRow, FeedRow, PurgedItemRow
from cpdlog.storage.fts import fts5_match, pg_prefix_query, search_tokens
from cpdlog.storage.orm import EntryRow

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

_TAG = re.compile(r"<[^>]*>")
MAX_INDEXED_CHARS = 20_000
_CHUNK = 500
# The item tables for Core statements (storing a refresh's items without ORM objects).
_ITEMS = cast(Table, FeedItemRow.__table__)
_PURGED = cast(Table, PurgedItemRow.__table__)


class Keep(Enum):
    """The value of a :class:`FeedChanges` field that leaves its column as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(slots=True)
class FeedChanges:
    """The feed columns a service may change through :meth:`FeedRepository.update_feed`.

    A field left at ``KEEP`` is not touched, so a refresh never undoes a rename made
    meanwhile; ``None`` is a real value for the optional columns (``next_fetch_after=None``
    means "due now").
    """

    url: str | Keep = KEEP
    title: str | Keep = KEEP
    custom_title: str | Keep = KEEP
    site_url: str | Keep = KEEP
    category: str | Keep = KEEP
    enabled: bool | Keep = KEEP
    discover_from: str | Keep = KEEP
    etag: str | Keep = KEEP
    last_modified: str | Keep = KEEP
    body_hash: str | Keep = KEEP
    last_checked_at: dt.datetime | Keep | None = KEEP
    last_success_at: dt.datetime | Keep | None = KEEP
    last_error: str | Keep = KEEP
    degraded: str | Keep = KEEP
    consecutive_failures: int | Keep = KEEP
    next_fetch_after: dt.datetime | Keep | None = KEEP
    ttl_seconds: int | Keep | None = KEEP
    full_text: bool | Keep = KEEP

    def columns(self) -> dict[str, object]:
        """The columns to change, by name."""
        found: dict[str, object] = {}
        for name in FEED_FIELDS:
            value = getattr(self, name)
            if value is not KEEP:
                found[name] = value
        return found


FEED_FIELDS = tuple(f.name for f in fields(FeedChanges))


@dataclass(frozen=True, slots=True)
class ItemQuery:
    """Which items to list. ``category`` includes its sub-folders; ``limit=None`` means all."""

    feed_id: int | None = None
    category: str | None = None
    unread: bool = False
    starred: bool = False
    search: str = ""
    offset: int = 0
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class StoreResult:
    new: int = 0
    updated: int = 0
    skipped_purged: int = 0


def feed_to_domain(row: FeedRow) -> Feed:
    return Feed(
        id=row.id,
        url=row.url,
        title=row.title,
        custom_title=row.custom_title,
        site_url=row.site_url,
        category=row.category,
        enabled=row.enabled,
        discover_from=row.discover_from,
        etag=row.etag,
        last_modified=row.last_modified,
        body_hash=row.body_hash,
        last_checked_at=row.last_checked_at,
        last_success_at=row.last_success_at,
        last_error=row.last_error,
        degraded=row.degraded,
        consecutive_failures=row.consecutive_failures,
        next_fetch_after=row.next_fetch_after,
        ttl_seconds=row.ttl_seconds,
        created_at=row.created_at,
        full_text=bool(row.full_text),
    )


def item_to_domain(row: FeedItemRow, with_content: bool = True) -> FeedItem:
    enclosure = (
        Enclosure(row.enclosure_url, row.enclosure_type, row.enclosure_length)
        if row.enclosure_url
        else None
    )
    return FeedItem(
        id=row.id,
        feed_id=row.feed_id or 0,
        key=row.key,
        guid=row.guid,
        link=row.link,
        title=row.title,
        author=row.author,
        published=row.published,
        updated=row.updated,
        summary=row.summary,
        content_html=row.content_html if with_content else "",
        enclosure=enclosure,
        duration_seconds=row.duration_seconds,
        tags=[t for t in row.tags.split("\n") if t],
        content_hash=row.content_hash,
        transcript_url=row.transcript_url or "",
        transcript_type=row.transcript_type or "",
        read=row.read,
        starred=row.starred,
        logged_entry_id=row.logged_entry_id,
        fetched_at=row.fetched_at,
    )


def _full_text_to_domain(row: FeedItemFullTextRow) -> ItemFullText:
    return ItemFullText(
        item_id=row.item_id,
        url=row.url,
        retrieved_at=row.retrieved_at,
        html=row.html,
        text=row.text,
        title=row.title,
        author=row.author,
        site_name=row.site_name,
        published=row.published,
        truncated=bool(row.truncated),
        error=row.error,
    )


def _plain(fragment: str) -> str:
    """Text for the search index (the sanitised HTML with its tags dropped)."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    return html.unescape(_TAG.sub(" ", fragment))


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _item_values(item: FeedItem, first_seen: dt.datetime, now: dt.datetime) -> dict[str, Any]:
    """Column values for an item's content (not its identity or read/starred/logged state)."""
    published = item.published or first_seen
    return {
        "guid": item.guid,
        "link": item.link,
        "title": item.title,
        "author": item.author,
        "published": item.published,
        "updated": item.updated,
        "summary": item.summary,
        "content_html": item.content_html,
        "enclosure_url": item.enclosure.url if item.enclosure else "",
        "enclosure_type": item.enclosure.media_type[:100] if item.enclosure else "",
        "enclosure_length": item.enclosure.length if item.enclosure else None,
        "duration_seconds": item.duration_seconds,
        "tags": "\n".join(t.replace("\n", " ") for t in item.tags),
        "content_hash": item.content_hash,
        "transcript_url": item.transcript_url,
        "transcript_type": item.transcript_type[:100],
        "sort_at": min(published, now),
    }


def _index_values(item_id: int, values: dict[str, Any]) -> dict[str, Any]:
    body = "\n".join(p for p in (values["summary"], _plain(values["content_html"])) if p)
    return {
        "id": item_id,
        "title": values["title"],
        "body": body[:MAX_INDEXED_CHARS],
        "author": values["author"],
    }


class FeedRepository:
    def __init__(self, session: Session, fts: bool) -> None:
        self.session = session
        dialect = session.get_bind().dialect.name
        self.fts = fts and dialect == "sqlite"  # FTS5 tables only
        # PostgreSQL's own text search (0010_pg_feed_search's generated ``search_vector``)
        self.pg_search = fts and dialect == "postgresql"
        # Rows waiting for the search index while :meth:`batched_index` is open.
        self._pending_index: list[dict[str, Any]] | None = None

    @contextlib.contextmanager
    def batched_index(self) -> Iterator[None]:
        """Index every item stored inside the block with one statement at its end.

        For a writer that stores many feeds in one transaction: the items go to the search
        index together, just before the caller's session commits. Search inside the block
        does not see the items stored in it yet.
        """
        outer = self._pending_index is not None
        if not outer:
            self._pending_index = []
        try:
            yield
            if not outer:
                self._flush_index()
        finally:
            if not outer:
                self._pending_index = None

    def _flush_index(self) -> None:
        rows, self._pending_index = self._pending_index or [], []
        if self.fts and rows:
            self._insert_index(rows)

    def _insert_index(self, rows: Sequence[dict[str, Any]]) -> None:
        """The search index rows (SQLite FTS5), as one executemany of the driver: the values are
        plain ints and strings, which need none of SQLAlchemy's per-row parameter processing
        (10,000 rows: 0.37 -> 0.26 CPU-s, most of what is left SQLite's own indexing)."""
        self.session.connection().exec_driver_sql(
            "INSERT INTO feed_items_fts(rowid, title, body, author) VALUES (?, ?, ?, ?)",
            [(r["id"], r["title"], r["body"], r["author"]) for r in rows],
        )

    # --- feeds -----------------------------------------------------------------------------
    def _feed_row(self, feed_id: int) -> FeedRow:
        row = self.session.get(FeedRow, feed_id)
        if row is None:
            raise NotFoundError(
                tr(ERRORS, "There is no feed {feed_id} (see `cpdlog feeds list`).").format(
                    feed_id=feed_id
                )
            )
        return row

    def feed(self, feed_id: int) -> Feed:
        return feed_to_domain(self._feed_row(feed_id))

    def feed_by_url(self, url: str) -> Feed | None:
        row = self.session.scalar(
            select(FeedRow).where(or_(FeedRow.url == url, FeedRow.discover_from == url))
        )
        return feed_to_domain(row) if row is not None else None

    def list_feeds(self, feed_ids: Sequence[int] | None = None) -> list[Feed]:
        q = select(FeedRow)
        if feed_ids is not None:
            q = q.where(FeedRow.id.in_(list(feed_ids)))
        rows = self.session.scalars(q).all()
        feeds = [feed_to_domain(r) for r in rows]
        feeds.sort(key=lambda f: (f.category.casefold(), f.display_title.casefold(), f.id or 0))
        return feeds

    def add_feed(self, feed: Feed, now: dt.datetime) -> Feed:
        if self.feed_by_url(feed.url) is not None:
            raise ValidationError(
                tr(ERRORS, "You already follow {url}.").format(url=feed.url), field="url"
            )
        row = FeedRow(
            url=feed.url,
            title=feed.title,
            custom_title=feed.custom_title,
            site_url=feed.site_url,
            category=normalise_category(feed.category),
            enabled=feed.enabled,
            discover_from=feed.discover_from,
            etag=feed.etag,
            last_modified=feed.last_modified,
            body_hash=feed.body_hash,
            last_checked_at=feed.last_checked_at,
            last_success_at=feed.last_success_at,
            last_error=feed.last_error,
            degraded=feed.degraded,
            consecutive_failures=feed.consecutive_failures,
            next_fetch_after=feed.next_fetch_after,
            ttl_seconds=feed.ttl_seconds,
            created_at=feed.created_at or now,
            full_text=feed.full_text,
        )
        self.session.add(row)
        self.session.flush()
        return feed_to_domain(row)

    def update_feed(self, feed_id: int, changes: FeedChanges) -> Feed:
        """Change only the columns ``changes`` sets (a refresh never undoes a rename)."""
        row = self._feed_row(feed_id)
        columns = changes.columns()
        if isinstance(changes.category, str):
            columns["category"] = normalise_category(changes.category)
        for name, value in columns.items():
            setattr(row, name, value)
        self.session.flush()
        return feed_to_domain(row)

    def remove_feed(self, feed_id: int) -> tuple[Feed, int]:
        """Delete a feed and its items, except items logged as CPD, which stay (feedless).

        Returns the feed as it was and how many logged items were kept.
        """
        row = self._feed_row(feed_id)
        feed = feed_to_domain(row)
        protected = self._protected()
        doomed = list(
            self.session.scalars(
                select(FeedItemRow.id).where(FeedItemRow.feed_id == feed_id, ~protected)
            )
        )
        self._delete_items(doomed)
        kept = self.session.execute(
            update(FeedItemRow).where(FeedItemRow.feed_id == feed_id).values(feed_id=None)
        )
        self.session.execute(delete(PurgedItemRow).where(PurgedItemRow.feed_id == feed_id))
        self.session.delete(row)
        self.session.flush()
        return feed, int(getattr(kept, "rowcount", 0) or 0)

    def categories(self) -> list[str]:
        """Every folder path in use, parents included, sorted."""
        found: set[str] = set()
        for (category,) in self.session.execute(select(FeedRow.category).distinct()):
            parts = [p for p in str(category).split("/") if p]
            for depth in range(1, len(parts) + 1):
                found.add("/".join(parts[:depth]))
        return sorted(found, key=str.casefold)

    def unread_counts(self) -> dict[int, int]:
        q = (
            select(FeedItemRow.feed_id, func.count())
            .where(FeedItemRow.feed_id.is_not(None), FeedItemRow.read.is_(False))
            .group_by(FeedItemRow.feed_id)
        )
        return {int(feed_id or 0): int(n) for feed_id, n in self.session.execute(q)}

    def item_counts(self) -> dict[int, int]:
        q = (
            select(FeedItemRow.feed_id, func.count())
            .where(FeedItemRow.feed_id.is_not(None))
            .group_by(FeedItemRow.feed_id)
        )
        return {int(feed_id or 0): int(n) for feed_id, n in self.session.execute(q)}

    # --- storing what a refresh found ------------------------------------------------------
    def store_items(self, feed_id: int, items: Sequence[FeedItem], now: dt.datetime) -> StoreResult:
        """Add new items and replace changed ones; returns how many of each."""
        self._feed_row(feed_id)
        # Core statements on the tables (not the ORM entities): a refresh stores thousands of
        # items, and the ORM's work per statement and per row is most of the cost here.
        items_table = _ITEMS.c
        known = self.session.execute(
            select(
                items_table.id,
                items_table.key,
                items_table.guid,
                items_table.link,
                items_table.content_hash,
            ).where(items_table.feed_id == feed_id)
        ).all()
        by_key: dict[str, int] = {}
        by_guid: dict[str, int] = {}
        by_link: dict[str, tuple[int, str]] = {}
        by_hash: dict[str, int] = {}
        hash_of: dict[int, str] = {}
        for item_id, key, guid, link, content_hash in known:
            by_key.setdefault(key, item_id)
            if guid:
                by_guid.setdefault(guid, item_id)
            if link:
                by_link.setdefault(link, (item_id, guid))
            if content_hash:
                by_hash.setdefault(content_hash, item_id)
            hash_of[item_id] = content_hash
        purged_table = _PURGED.c
        gone = self.session.execute(
            select(purged_table.key, purged_table.guid, purged_table.content_hash).where(
                purged_table.feed_id == feed_id
            )
        ).all()
        gone_keys = {k for k, _, _ in gone}
        gone_guids = {g for _, g, _ in gone if g}
        gone_hashes = {h for _, _, h in gone if h}

        matched: set[int] = set()
        changed: dict[int, FeedItem] = {}
        fresh: list[FeedItem] = []
        fresh_keys: set[str] = set()
        skipped = 0
        for item in items:
            found = by_key.get(item.key)
            if found is None and item.guid:
                found = by_guid.get(item.guid)
            if found is None and item.link:
                candidate = by_link.get(item.link)
                # The same link only means the same item when one side has no guid.
                if candidate is not None and (not candidate[1] or not item.guid):
                    found = candidate[0]
            if found is None and item.content_hash:
                found = by_hash.get(item.content_hash)
            if found is not None:
                if found in matched:
                    continue
                matched.add(found)
                if item.content_hash and item.content_hash != hash_of.get(found):
                    changed[found] = item
                continue
            if (
                item.key in gone_keys
                or (item.guid and item.guid in gone_guids)
                or (item.content_hash and item.content_hash in gone_hashes)
            ):
                skipped += 1
                continue
            if item.key in fresh_keys:
                continue
            fresh_keys.add(item.key)
            fresh.append(item)

        indexed: list[dict[str, Any]] = []
        if changed:
            first_seen = self.session.execute(
                select(items_table.id, items_table.fetched_at).where(
                    items_table.id.in_(list(changed))
                )
            ).all()
            updates = []
            for item_id, fetched_at in first_seen:
                values = _item_values(changed[item_id], fetched_at, now)
                updates.append({"item_id": item_id, **values})
                if self.fts:
                    indexed.append(_index_values(item_id, values))
            self.session.execute(
                update(_ITEMS).where(items_table.id == bindparam("item_id")),
                updates,
            )
            self._expire_items(set(changed))
        if fresh:
            # A first refresh may bring thousands of items: a Core INSERT … RETURNING (no ORM
            # bulk layer) giving each row's key with its id, so the rows need not come back in
            # order: SQLite then gets a few multi-row statements instead of one statement per
            # row (which ordered RETURNING needs there).
            batch = [
                {
                    "feed_id": feed_id,
                    "key": item.key,
                    "read": item.read,
                    "starred": item.starred,
                    "logged_entry_id": None,
                    "fetched_at": now,
                    **_item_values(item, now, now),
                }
                for item in fresh
            ]
            returned = self.session.execute(
                insert(_ITEMS).returning(items_table.key, items_table.id), batch
            )
            new_ids: dict[str, int] = {row[0]: row[1] for row in returned}
            if self.fts:  # (PostgreSQL's search column is filled by the database)
                indexed.extend(_index_values(new_ids[v["key"]], v) for v in batch)
        self._index_many(indexed, replace=[r["id"] for r in indexed[: len(changed)]])
        return StoreResult(len(fresh), len(changed), skipped)

    def _expire_items(self, item_ids: set[int]) -> None:
        """Rows changed by a Core statement are read again if this session holds them."""
        for obj in list(self.session.identity_map.values()):
            if isinstance(obj, FeedItemRow) and obj.id in item_ids:
                self.session.expire(obj)

    # --- reading items ---------------------------------------------------------------------
    def _item_row(self, item_id: int) -> FeedItemRow:
        row = self.session.get(FeedItemRow, item_id)
        if row is None:
            raise NotFoundError(
                tr(ERRORS, "There is no item {item_id} (see `cpdlog items list`).").format(
                    item_id=item_id
                )
            )
        return row

    def item(self, item_id: int) -> FeedItem:
        return item_to_domain(self._item_row(item_id))

    def item_with_feed(self, item_id: int) -> tuple[FeedItem, Feed | None]:
        row = self._item_row(item_id)
        feed_row = self.session.get(FeedRow, row.feed_id) if row.feed_id is not None else None
        return item_to_domain(row), feed_to_domain(feed_row) if feed_row is not None else None

    def _filtered(self, q: ItemQuery) -> Select[FeedItemRow]:
        stmt = select(FeedItemRow).where(FeedItemRow.feed_id.is_not(None))
        if q.feed_id is not None:
            stmt = stmt.where(FeedItemRow.feed_id == q.feed_id)
        if q.category is not None:
            category = normalise_category(q.category)
            in_folder = select(FeedRow.id).where(
                or_(
                    FeedRow.category == category,
                    FeedRow.category.startswith(category + "/", autoescape=True),
                )
            )
            stmt = stmt.where(FeedItemRow.feed_id.in_(in_folder))
        if q.unread:
            stmt = stmt.where(FeedItemRow.read.is_(False))
        if q.starred:
            stmt = stmt.where(FeedItemRow.starred.is_(True))
        if q.search.strip():
            stmt = self._matching(stmt, q.search)
        return stmt

    def _matching(self, stmt: Select[FeedItemRow], query: str) -> Select[FeedItemRow]:
        tokens = search_tokens(query)
        if not tokens:
            return stmt.where(FeedItemRow.id.is_(None))  # nothing searchable: no results
        if self.fts:
            match = fts5_match(tokens)
            ids = (
                text("SELECT rowid FROM feed_items_fts WHERE feed_items_fts MATCH :q")
                .bindparams(q=match)
                .columns(column("rowid", Integer))
            )
            return stmt.where(FeedItemRow.id.in_(ids))
        if self.pg_search:
            # the same query as an entry search: every word as a prefix, stemmed or as written
            query, params = pg_prefix_query(tokens)
            return stmt.where(text(f"feed_items.search_vector @@ ({query})").bindparams(**params))
        for token in tokens:
            like = f"%{token.lower()}%"
            stmt = stmt.where(
                or_(
                    func.lower(FeedItemRow.title).like(like),
                    func.lower(FeedItemRow.summary).like(like),
                    func.lower(FeedItemRow.author).like(like),
                    func.lower(FeedItemRow.content_html).like(like),
                )
            )
        return stmt

    def list_items(self, q: ItemQuery, with_content: bool = True) -> list[FeedItem]:
        stmt = self._filtered(q).order_by(FeedItemRow.sort_at.desc(), FeedItemRow.id.desc())
        if not with_content:
            stmt = stmt.options(defer(FeedItemRow.content_html))
        if q.offset:
            stmt = stmt.offset(max(0, q.offset))
        if q.limit is not None:
            stmt = stmt.limit(max(0, q.limit))
        return [item_to_domain(r, with_content) for r in self.session.scalars(stmt)]

    def count_items(self, q: ItemQuery) -> int:
        inner = self._filtered(q).with_only_columns(FeedItemRow.id).subquery()
        return int(self.session.scalar(select(func.count()).select_from(inner)) or 0)

    # --- changing items --------------------------------------------------------------------
    def mark_read(self, item_ids: Sequence[int], read: bool) -> int:
        ids = list(dict.fromkeys(item_ids))
        if not ids:
            return 0
        found = set(self.session.scalars(select(FeedItemRow.id).where(FeedItemRow.id.in_(ids))))
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError(
                tr(ERRORS, "There is no item {missing} (see `cpdlog items list`).").format(
                    missing=missing[0]
                )
            )
        changed = 0
        for chunk in _chunks(ids):
            result = self.session.execute(
                update(FeedItemRow)
                .where(FeedItemRow.id.in_(list(chunk)), FeedItemRow.read.is_(not read))
                .values(read=read)
            )
            changed += int(getattr(result, "rowcount", 0) or 0)
        return changed

    def mark_all_read(self, q: ItemQuery) -> int:
        ids = list(
            self.session.scalars(
                self._filtered(
                    ItemQuery(q.feed_id, q.category, unread=True, search=q.search)
                ).with_only_columns(FeedItemRow.id)
            )
        )
        return self.mark_read(ids, True) if ids else 0

    def set_starred(self, item_id: int, starred: bool) -> FeedItem:
        row = self._item_row(item_id)
        row.starred = starred
        self.session.flush()
        return item_to_domain(row)

    def set_logged(self, item_id: int, entry_id: int) -> FeedItem:
        row = self._item_row(item_id)
        row.logged_entry_id = entry_id
        row.read = True
        self.session.flush()
        return item_to_domain(row)

    # --- full text kept offline -------------------------------------------------------------
    def full_text(self, item_id: int) -> ItemFullText | None:
        row = self.session.get(FeedItemFullTextRow, item_id)
        return _full_text_to_domain(row) if row is not None else None

    def store_full_text(self, full: ItemFullText) -> ItemFullText:
        """Keep (or replace) an item's full text, or the reason it could not be read."""
        self._item_row(full.item_id)
        row = self.session.get(FeedItemFullTextRow, full.item_id)
        if row is None:
            row = FeedItemFullTextRow(item_id=full.item_id)
            self.session.add(row)
        row.url = full.url
        row.html = full.html
        row.text = full.text
        row.title = full.title
        row.author = full.author
        row.site_name = full.site_name
        row.published = full.published
        row.truncated = full.truncated
        row.error = full.error
        row.retrieved_at = full.retrieved_at
        self.session.flush()
        return _full_text_to_domain(row)

    def items_wanting_full_text(self, limit: int) -> list[FeedItem]:
        """Items of feeds set to "always fetch full text" that have a link and no full text
        kept (nor a failed try), newest first."""
        wanting = select(FeedRow.id).where(FeedRow.full_text.is_(True), FeedRow.enabled.is_(True))
        if self.session.execute(wanting.limit(1)).first() is None:
            # No feed asks for full text: skip the newest-first walk over every item (it ran
            # after each refresh, 0.2 s at 10,000 items and growing with the journal).
            return []
        have = select(FeedItemFullTextRow.item_id)
        rows = self.session.scalars(
            select(FeedItemRow)
            .join(FeedRow, FeedRow.id == FeedItemRow.feed_id)
            .where(
                FeedRow.full_text.is_(True),
                FeedRow.enabled.is_(True),
                FeedItemRow.link != "",
                FeedItemRow.id.not_in(have),
            )
            .order_by(FeedItemRow.sort_at.desc(), FeedItemRow.id.desc())
            .limit(max(0, limit))
        ).all()
        return [item_to_domain(r, with_content=False) for r in rows]

    # --- retention -------------------------------------------------------------------------
    def _protected(self) -> Any:
        """Items that must never be purged: starred, or logged as CPD by any entry."""
        linked = select(EntryRow.feed_item_id).where(EntryRow.feed_item_id.is_not(None))
        return or_(
            FeedItemRow.starred.is_(True),
            FeedItemRow.logged_entry_id.is_not(None),
            FeedItemRow.id.in_(linked),
        )

    def purge_older_than(self, cutoff: dt.datetime, now: dt.datetime) -> int:
        """Remove unprotected items first seen before ``cutoff``, remembering each one."""
        rows = self.session.execute(
            select(
                FeedItemRow.id,
                FeedItemRow.feed_id,
                FeedItemRow.key,
                FeedItemRow.guid,
                FeedItemRow.link,
                FeedItemRow.content_hash,
            ).where(
                FeedItemRow.feed_id.is_not(None),
                FeedItemRow.fetched_at < cutoff,
                ~self._protected(),
            )
        ).all()
        if not rows:
            return 0
        self.session.add_all(
            PurgedItemRow(
                feed_id=feed_id,
                key=key,
                guid=guid,
                link=link,
                content_hash=content_hash,
                purged_at=now,
            )
            for _, feed_id, key, guid, link, content_hash in rows
        )
        self._delete_items([r[0] for r in rows])
        self.session.flush()
        return len(rows)

    def _delete_items(self, ids: Sequence[int]) -> None:
        for chunk in _chunks(list(ids)):
            self.session.execute(
                delete(FeedItemFullTextRow).where(FeedItemFullTextRow.item_id.in_(list(chunk)))
            )
            self.session.execute(delete(FeedItemRow).where(FeedItemRow.id.in_(list(chunk))))
            if self.fts:
                marks = ", ".join(str(int(i)) for i in chunk)
                self.session.execute(text(f"DELETE FROM feed_items_fts WHERE rowid IN ({marks})"))

    # --- full-text index -------------------------------------------------------------------
    def _index_many(self, rows: Sequence[dict[str, Any]], replace: Sequence[int] = ()) -> None:
        """Add items to the search index; ``replace`` names ids already in it (updated items)."""
        if not self.fts or not rows:
            return
        for chunk in _chunks(list(replace)):
            marks = ", ".join(str(int(i)) for i in chunk)
            self.session.execute(text(f"DELETE FROM feed_items_fts WHERE rowid IN ({marks})"))
        if self._pending_index is not None:
            self._pending_index.extend(rows)
            return
        self._insert_index(rows)
