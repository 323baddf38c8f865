"""A refresh started before the journal is opened (``cpdlog feeds refresh``'s first requests):
the plain read of the feed list, when it applies, and the refresh the service takes over."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog.feeds.refresh import RefreshOutcome
from cpdlog.services.app import App
from cpdlog.services.feeds import ItemQuery
from cpdlog.services.refresh_start import COOLDOWNS_KEY, start_refresh
from cpdlog.storage.keys import KEY_FILE_NAME
from cpdlog.storage.quick_read import read_refresh_start
from cpdlog.storage.settings_repo import set_setting

from ..conftest import FIXED_NOW, run_cli
from .httpserver import FeedServer, conditional
from .test_refresh_incremental import held, opml, rss

LIMIT = 20.0  # only bounds a broken run


@pytest.fixture
def app(home: Path) -> Iterator[App]:
    application = App.open(home, clock=lambda: FIXED_NOW)
    yield application
    application.close()


def _feeds(app: App, server: FeedServer, count: int) -> list[int]:
    urls = [
        server.add(
            f"/f{n}.xml",
            handler=conditional(rss(n).encode(), f'"v{n}"', "Tue, 03 Mar 2026 10:15:00 GMT"),
        )
        for n in range(count)
    ]
    app.feeds.import_opml_bytes(opml(urls))
    by_url = {f.url: f.id or 0 for f in app.feeds.list_feeds()}
    return [by_url[u] for u in urls]


def test_the_plain_read_gives_what_the_service_lists(app: App, server: FeedServer) -> None:
    ids = _feeds(app, server, 3)
    app.feeds.refresh()  # validators and the next fetch times are stored
    app.feeds.set_enabled(ids[2], False)
    with app.db.session() as session:
        set_setting(session, COOLDOWNS_KEY, {"busy.example.org": "2026-11-28T11:00:00+00:00"})
    start = read_refresh_start(app.paths.database, COOLDOWNS_KEY)
    assert start is not None
    assert start.setting == {"busy.example.org": "2026-11-28T11:00:00+00:00"}
    listed = {f.id: f for f in app.feeds.list_feeds()}
    assert [f.id for f in start.feeds] == sorted(ids)
    for quick in start.feeds:
        feed = listed[quick.id]
        assert (quick.url, quick.enabled, quick.discover_from) == (
            feed.url,
            feed.enabled,
            feed.discover_from,
        )
        assert (quick.etag, quick.last_modified, quick.body_hash) == (
            feed.etag,
            feed.last_modified,
            feed.body_hash,
        )
        assert quick.next_fetch_after == feed.next_fetch_after
        assert quick.next_fetch_after is not None and quick.next_fetch_after > FIXED_NOW
    assert [q.etag for q in start.feeds if q.id == ids[0]] == ['"v0"']
    assert not next(q for q in start.feeds if q.id == ids[2]).enabled


def test_the_plain_read_declines_what_only_the_usual_way_can_open(app: App, tmp_path: Path) -> None:
    assert read_refresh_start(tmp_path / "missing.sqlite", COOLDOWNS_KEY) is None
    assert not (tmp_path / "missing.sqlite").exists()  # nothing was created
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all " * 100)
    assert read_refresh_start(garbage, COOLDOWNS_KEY) is None
    older = tmp_path / "older.sqlite"
    source, copy = sqlite3.connect(app.paths.database), sqlite3.connect(older)
    source.backup(copy)  # (the journal's latest pages are in its WAL file)
    with copy:
        copy.execute("UPDATE alembic_version SET version_num = '0010_something_older'")
    source.close()
    copy.close()
    assert read_refresh_start(older, COOLDOWNS_KEY) is None  # to be upgraded first
    assert read_refresh_start(app.paths.database, COOLDOWNS_KEY) is not None


def test_start_refresh_takes_the_usual_way_when_it_does_not_apply(
    app: App, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _feeds(app, server, 2)
    home = app.paths.home
    assert start_refresh(home, database_url="postgresql+psycopg://h/db") is None
    assert start_refresh(home, [ids[0], 99999]) is None  # the usual way names feed 99999
    assert start_refresh(home.parent / "nobody-home") is None
    monkeypatch.setenv("CPDLOG_READ_ONLY", "1")
    assert start_refresh(home) is None
    monkeypatch.delenv("CPDLOG_READ_ONLY")
    (home / KEY_FILE_NAME).write_text("{}")  # an encrypted journal's key file
    assert start_refresh(home) is None
    (home / KEY_FILE_NAME).unlink()
    for feed_id in ids:
        app.feeds.set_enabled(feed_id, False)
    assert start_refresh(home) is None  # nothing to fetch
    assert sum(len(server.hits(f"/f{n}.xml")) for n in range(2)) == 0


def _titles(app: App, feed_id: int) -> list[str]:
    return sorted(i.title for i in app.feeds.list_items(ItemQuery(feed_id=feed_id)))


def test_an_early_refresh_is_stored_as_the_usual_one(home: Path, server: FeedServer) -> None:
    with _Opened(home) as app:
        ids = _feeds(app, server, 3)
    for round_, outcome in ((1, RefreshOutcome.NEW_CONTENT), (2, RefreshOutcome.NOT_MODIFIED)):
        early = start_refresh(home)
        assert early is not None and early.feed_ids == set(ids)
        with _Opened(home) as app:
            report = app.feeds.refresh(early=early)
            assert [line.outcome for line in report.feeds] == [outcome] * 3
            for n, feed_id in enumerate(ids):
                assert _titles(app, feed_id) == [f"Item {n}-{i}" for i in range(3)]
                # asked once per refresh: the service did not send the request again
                assert len(server.hits(f"/f{n}.xml")) == round_
            assert report.new_items == (9 if round_ == 1 else 0)


def test_feeds_added_or_removed_meanwhile(home: Path, server: FeedServer) -> None:
    release, answered = threading.Event(), threading.Event()
    with _Opened(home) as app:
        kept, removed = _feeds(app, server, 2)
    early = start_refresh(home)
    assert early is not None
    with _Opened(home) as app:
        # after the early start, before the service takes over: one feed is removed and one
        # is added (its answer held back, so it is surely fetched by the service's own run)
        app.feeds.remove(removed)
        added_url = server.add("/added.xml", handler=held(rss(7), release, answered))
        app.feeds.import_opml_bytes(opml([added_url]))
        added = next(f.id for f in app.feeds.list_feeds() if f.url == added_url)
        release.set()
        report = app.feeds.refresh(early=early)
        assert {line.feed_id: line.outcome for line in report.feeds} == {
            kept: RefreshOutcome.NEW_CONTENT,
            added: RefreshOutcome.NEW_CONTENT,
        }
        assert _titles(app, added or 0) == ["Item 7-0", "Item 7-1", "Item 7-2"]
        assert len(server.hits("/added.xml")) == 1
        assert len(server.hits("/f1.xml")) == 1  # fetched early, then left out
        assert [f.id for f in app.feeds.list_feeds()] == sorted([kept, added])


def test_the_command_sends_its_requests_before_opening_the_journal(
    home: Path, server: FeedServer
) -> None:
    with _Opened(home) as app:
        _feeds(app, server, 2)
    result = run_cli("--verbose", "feeds", "refresh", "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert '"new_items": 6' in result.stdout
    assert "Refresh of 2 feeds started before the journal was opened" in result.stderr


class _Opened:
    """``with _Opened(home) as app``: the journal opened (clock fixed) and closed again."""

    def __init__(self, home: Path) -> None:
        self.app = App.open(home, clock=lambda: FIXED_NOW)

    def __enter__(self) -> App:
        return self.app

    def __exit__(self, *exc: object) -> None:
        self.app.close()


def test_an_encrypted_journal_is_refreshed_the_usual_way(
    home: Path, server: FeedServer, tmp_path: Path
) -> None:
    pytest.importorskip("sqlcipher3")
    from cpdlog.services.encryption import encrypt_journal

    with _Opened(home) as app:
        ids = _feeds(app, server, 2)
        database = app.paths.database
    encrypt_journal(home, database, "correct horse battery staple")
    assert start_refresh(home) is None  # the plain driver cannot read it
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    result = run_cli(
        "--verbose", "--passphrase-file", str(secret), "feeds", "refresh", "--json", home=home
    )
    assert result.returncode == 0, result.stderr
    assert '"new_items": 6' in result.stdout
    assert "started before the journal was opened" not in result.stderr
    assert sum(len(server.hits(f"/f{n}.xml")) for n in range(len(ids))) == 2
