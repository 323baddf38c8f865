"""FeedService against a real loopback server and a real (temporary) database."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cpdlog.domain.entry import ActivityType, EntryStatus
from cpdlog.domain.feed import Feed
from cpdlog.errors import FeedError, NotFoundError, ValidationError
from cpdlog.feeds.refresh import RefreshOutcome
from cpdlog.services.app import App
from cpdlog.services.feeds import FeedPreferences, FeedService, ItemQuery, normalise_url
from cpdlog.storage.feeds_repo import FeedChanges, FeedRepository
from tests.conftest import FIXED_NOW

from .conftest import FAST
from .httpserver import FeedServer, RequestHandler, conditional

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def rss(items: list[dict[str, str]], title: str = "Practice Notes", extra: str = "") -> str:
    """An RSS 2.0 document; each item dict may hold title, link, guid, date, body, enclosure."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">',
        f"<channel><title>{title}</title><link>https://notes.example.org/</link>{extra}",
    ]
    for item in items:
        parts.append("<item>")
        if "title" in item:
            parts.append(f"<title>{item['title']}</title>")
        if "link" in item:
            parts.append(f"<link>{item['link']}</link>")
        if "guid" in item:
            parts.append(f'<guid isPermaLink="false">{item["guid"]}</guid>')
        if "author" in item:
            parts.append(f"<author>{item['author']}</author>")
        if "date" in item:
            parts.append(f"<pubDate>{item['date']}</pubDate>")
        if "body" in item:
            parts.append(f"<description><![CDATA[{item['body']}]]></description>")
        parts.append(item.get("enclosure", ""))
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)


RECENT = "Fri, 20 Nov 2026 09:00:00 GMT"
ITEMS = [
    {
        "title": "Strengths-based supervision",
        "link": "https://notes.example.org/supervision",
        "guid": "n-1",
        "author": "sam@example.org (Sam Practitioner)",
        "date": RECENT,
        "body": "<p>What supervision <b>taught</b> us about genograms.</p>",
    },
    {
        "title": "Mental Capacity Act refresher",
        "link": "https://notes.example.org/mca",
        "guid": "n-2",
        "date": "Sat, 21 Nov 2026 09:00:00 GMT",
        "body": "<p>Capacity is decision-specific.</p>",
    },
]


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(FIXED_NOW)


@pytest.fixture
def app(home: Path, clock: Clock, journal_url: str | None) -> Iterator[App]:
    """On SQLite and on PostgreSQL (``journal_url``)."""
    application = App.open(home, database_url=journal_url, clock=clock)
    yield application
    application.close()


@pytest.fixture
def feeds(app: App) -> Iterator[FeedService]:
    service = FeedService(app, fetch_settings=FAST, parse_in_processes=False)
    yield service
    service.close()


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed"


# --- subscribing ----------------------------------------------------------------------------


def test_subscribe_by_feed_url_stores_the_feed_and_its_items(
    feeds: FeedService, server: FeedServer
) -> None:
    url = server.add("/notes.xml", rss(ITEMS), headers={"ETag": '"v1"'})
    feed = feeds.subscribe(url, category=" News /  Practice ")
    assert feed.id is not None
    assert (feed.url, feed.title, feed.category) == (url, "Practice Notes", "News/Practice")
    assert feed.etag == '"v1"' and feed.last_success_at == FIXED_NOW
    items = feeds.list_items(ItemQuery(feed_id=feed.id))
    assert [i.title for i in items] == [
        "Mental Capacity Act refresher",
        "Strengths-based supervision",
    ]
    assert items[1].author == "Sam Practitioner"
    assert feeds.unread_counts() == {feed.id: 2}
    with pytest.raises(ValidationError, match="already follow"):
        feeds.subscribe(url)
    assert len(server.hits("/notes.xml")) == 1  # the duplicate was refused before fetching


def test_subscribe_by_page_url_discovers_the_feed(feeds: FeedService, server: FeedServer) -> None:
    page = server.add_file("/blog/", "page_with_feed.html", "text/html; charset=utf-8")
    feed_url = server.add("/feed.xml", rss(ITEMS, title="Practice Blog"))
    server.add("/comments/feed/", rss([], title="Comments"))
    feed = feeds.subscribe(page)
    assert feed.url == feed_url and feed.title == "Practice Blog"
    with pytest.raises(ValidationError, match="already follow"):
        feeds.subscribe(feed_url)


@pytest.mark.parametrize(
    "typed", ["", "javascript:alert(1)", "mailto:someone@example.org", "http://exa mple.org/"]
)
def test_unusable_addresses_are_refused_before_any_fetch(feeds: FeedService, typed: str) -> None:
    with pytest.raises(ValidationError):
        feeds.subscribe(typed)


def test_addresses_are_tidied() -> None:
    assert normalise_url(" example.org/feed ") == "https://example.org/feed"
    assert normalise_url("feed:https://example.org/rss") == "https://example.org/rss"
    assert normalise_url("localhost:8080/feed") == "https://localhost:8080/feed"


def test_subscribe_failures_say_what_went_wrong(feeds: FeedService, server: FeedServer) -> None:
    server.add("/gone", b"nope", status=404, content_type="text/plain")
    with pytest.raises(ValidationError, match="not found"):
        feeds.subscribe(server.url("/gone"))
    plain = server.add_file("/plain", "plain_page.html", "text/html")
    with pytest.raises(ValidationError, match="No feed was found"):
        feeds.subscribe(plain)
    server.add("/broken", b"oops", status=500, content_type="text/plain")
    with pytest.raises(FeedError, match="problem of its own"):
        feeds.subscribe(server.url("/broken"))
    with pytest.raises(FeedError, match="refused"):
        feeds.subscribe(closed_port_url())
    assert feeds.list_feeds() == []


def test_add_hashtag_builds_the_mastodon_feed_without_fetching(feeds: FeedService) -> None:
    feed = feeds.add_hashtag("#SocialWork", "https://mastodon.scot/")
    assert feed.url == "https://mastodon.scot/tags/SocialWork.rss"
    assert feed.title == "#SocialWork on mastodon.scot"
    assert feed.category == "Social media and hashtags" and feed.last_checked_at is None
    with pytest.raises(ValidationError, match="already follow"):
        feeds.add_hashtag("socialwork", "mastodon.scot")
    with pytest.raises(ValidationError, match="not a hashtag"):
        feeds.add_hashtag("social work")
    with pytest.raises(ValidationError, match="not a Mastodon server"):
        feeds.add_hashtag("socialwork", "not a host")


def test_rename_category_enable_disable(feeds: FeedService) -> None:
    feed = feeds.add_hashtag("socialwork")
    assert feed.id is not None
    assert feeds.rename(feed.id, "  My   tag ").display_title == "My tag"
    assert feeds.rename(feed.id, "").display_title == "#socialwork on mastodon.social"
    assert feeds.set_category(feed.id, "Social/Mastodon").category == "Social/Mastodon"
    assert feeds.categories() == ["Social", "Social/Mastodon"]
    assert feeds.set_enabled(feed.id, False).enabled is False
    assert feeds.set_enabled(feed.id, True).enabled is True
    with pytest.raises(NotFoundError, match="no feed 99"):
        feeds.rename(99, "x")


# --- refreshing -----------------------------------------------------------------------------


def test_refresh_uses_validators_and_records_state(feeds: FeedService, server: FeedServer) -> None:
    url = server.add(
        "/c.xml",
        handler=conditional(rss(ITEMS).encode(), '"abc"', "Fri, 20 Nov 2026 09:00:00 GMT"),
    )
    feed = feeds.subscribe(url)
    assert feed.id is not None
    report = feeds.refresh()
    (line,) = report.feeds
    assert line.outcome is RefreshOutcome.NOT_MODIFIED and line.describe() == "not modified"
    last = server.hits("/c.xml")[-1]
    assert last.headers["if-none-match"] == '"abc"'
    assert last.headers["if-modified-since"] == "Fri, 20 Nov 2026 09:00:00 GMT"
    stored = feeds.get_feed(feed.id)
    assert stored.consecutive_failures == 0 and stored.last_error == ""
    # max-age=600 is below the 60-minute interval, so the interval wins.
    assert stored.next_fetch_after == FIXED_NOW + dt.timedelta(hours=1)


def test_new_and_changed_items_are_stored_once(feeds: FeedService, server: FeedServer) -> None:
    url = server.add("/n.xml", rss(ITEMS))
    feed = feeds.subscribe(url)
    assert feed.id is not None
    first = feeds.list_items(ItemQuery(feed_id=feed.id))
    feeds.mark_read([i.id for i in first if i.id is not None])
    changed = [dict(ITEMS[0], body="<p>Corrected: supervision and genograms.</p>"), ITEMS[1]]
    changed.append(
        {"title": "New one", "link": "https://notes.example.org/new", "guid": "n-3", "date": RECENT}
    )
    server.add("/n.xml", rss(changed))
    (line,) = feeds.refresh().feeds
    assert (line.new_items, line.updated_items) == (1, 1)
    assert line.describe() == "1 new item, 1 updated"
    items = {i.title: i for i in feeds.list_items(ItemQuery(feed_id=feed.id))}
    assert len(items) == 3
    assert "Corrected" in items["Strengths-based supervision"].summary
    assert items["Strengths-based supervision"].read is True  # an update keeps the read state
    assert [i.title for i in feeds.search_items("corrected")] == ["Strengths-based supervision"]
    assert feeds.search_items("taught") == []  # the old text left the search index
    assert items["New one"].read is False
    assert feeds.unread_counts() == {feed.id: 1}
    # The same body again is not even parsed.
    (again,) = feeds.refresh().feeds
    assert again.outcome is RefreshOutcome.UNCHANGED and again.new_items == 0


def test_dedupe_by_guid_then_link_then_content_hash(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    no_guid = {"title": "Linked", "link": "https://notes.example.org/linked", "date": RECENT}
    bare = {"title": "Bare", "body": "<p>No guid and no link.</p>"}
    url = server.add("/d.xml", rss([no_guid, bare]))
    feed = feeds.subscribe(url)
    assert feed.id is not None
    # The feed gains guids for the linked item; the bare one comes back unchanged.
    server.add("/d.xml", rss([dict(no_guid, guid="late-guid"), bare, bare]))
    (line,) = feeds.refresh().feeds
    assert line.new_items == 0
    titles = sorted(i.title for i in feeds.list_items(ItemQuery(feed_id=feed.id)))
    assert titles == ["Bare", "Linked"]


def test_one_failing_feed_never_stops_the_others(feeds: FeedService, server: FeedServer) -> None:
    good = feeds.subscribe(server.add("/good.xml", rss(ITEMS)))
    bad = feeds.subscribe(server.add("/bad.xml", rss(ITEMS[:1], title="Soon broken")))
    assert good.id is not None and bad.id is not None
    server.add("/good.xml", rss([*ITEMS, {"title": "Third", "guid": "n-3", "date": RECENT}]))
    server.add("/bad.xml", b"down", status=404, content_type="text/plain")
    report = feeds.refresh()
    lines = {line.feed_id: line for line in report.feeds}
    assert lines[good.id].new_items == 1 and not lines[good.id].failed
    assert lines[bad.id].failed and not report.all_failed
    assert lines[bad.id].describe().startswith("failed: The feed was not found")
    stored = feeds.get_feed(bad.id)
    assert stored.consecutive_failures == 1 and stored.has_error
    assert stored.next_fetch_after == FIXED_NOW + dt.timedelta(minutes=30)
    feeds.refresh([bad.id])
    stored = feeds.get_feed(bad.id)
    assert stored.consecutive_failures == 2
    assert stored.next_fetch_after == FIXED_NOW + dt.timedelta(hours=1)
    # Its items stay readable.
    assert len(feeds.list_items(ItemQuery(feed_id=bad.id))) == 1


def test_a_server_that_cannot_be_reached_is_told_apart_from_a_failing_one(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    answering = feeds.subscribe(server.add("/a.xml", rss(ITEMS)))
    offline = feeds.subscribe(server.add("/b.xml", rss(ITEMS[:1], title="Soon unreachable")))
    assert answering.id is not None and offline.id is not None
    home_page = closed_port_url()
    with app.db.session() as session:
        repo = FeedRepository(session, fts=app.fts)
        repo.update_feed(offline.id, FeedChanges(url=closed_port_url()))
        # a curated source known by its home page, whose feed is found at the next refresh
        undiscovered = repo.add_feed(
            Feed(url=home_page, discover_from=home_page, title="Curated"), FIXED_NOW
        )
    server.add("/a.xml", b"down", status=404, content_type="text/plain")
    lines = {line.feed_id: line for line in feeds.refresh().feeds}
    assert lines[offline.id].failed and lines[offline.id].unreachable
    assert lines[undiscovered.id].failed and lines[undiscovered.id].unreachable
    assert lines[answering.id].failed and not lines[answering.id].unreachable


def test_a_feed_removed_for_good_is_switched_off(feeds: FeedService, server: FeedServer) -> None:
    feed = feeds.subscribe(server.add("/old.xml", rss(ITEMS)))
    assert feed.id is not None
    server.add("/old.xml", b"", status=410, content_type="text/plain")
    (line,) = feeds.refresh().feeds
    assert line.disabled and "stopped checking" in line.error
    assert feeds.get_feed(feed.id).enabled is False
    assert feeds.refresh().feeds == []  # disabled feeds are left out


def test_permanent_redirect_updates_the_stored_address(
    feeds: FeedService, server: FeedServer
) -> None:
    feed = feeds.subscribe(server.add("/moved.xml", rss(ITEMS)))
    temp = feeds.subscribe(server.add("/temp.xml", rss(ITEMS, title="Temporary")))
    assert feed.id is not None and temp.id is not None
    new_home = server.add("/new-home.xml", rss([*ITEMS, {"title": "More", "guid": "m"}]))
    server.add("/moved.xml", b"", status=301, headers={"Location": new_home})
    other = server.add("/elsewhere.xml", rss(ITEMS, title="Elsewhere"))
    server.add("/temp.xml", b"", status=302, headers={"Location": other})
    lines = {line.feed_id: line for line in feeds.refresh().feeds}
    assert lines[feed.id].moved_to == new_home and lines[feed.id].new_items == 1
    assert feeds.get_feed(feed.id).url == new_home
    assert feeds.get_feed(temp.id).url == server.url("/temp.xml")


def test_refresh_discovers_feeds_known_only_by_their_home_page(
    feeds: FeedService, server: FeedServer, tmp_path: Path
) -> None:
    page = server.add_file("/site/", "page_with_feed.html", "text/html")
    feed_url = server.add("/feed.xml", rss(ITEMS, title="Practice Blog"))
    opml = tmp_path / "sources.opml"
    opml.write_text(
        '<opml version="2.0" xmlns:cpdlog="https://github.com/cpdlog/cpdlog/ns/opml"><body>'
        f'<outline type="link" text="Site" htmlUrl="{page}" cpdlog:discover="true"/>'
        "</body></opml>"
    )
    (added,) = feeds.import_opml(opml).added
    assert added.id is not None and added.discover_from == page
    assert server.requests == []  # importing fetches nothing
    (line,) = feeds.refresh().feeds
    assert line.outcome is RefreshOutcome.NEW_CONTENT and line.new_items == 2
    stored = feeds.get_feed(added.id)
    assert (stored.url, stored.discover_from, stored.title) == (feed_url, "", "Practice Blog")


def test_automatic_refresh_waits_for_the_interval_explicit_does_not(
    feeds: FeedService, server: FeedServer, clock: Clock
) -> None:
    feeds.subscribe(server.add("/a.xml", rss(ITEMS)))
    assert feeds.refresh(explicit=False).feeds == []
    assert len(feeds.refresh(explicit=True).feeds) == 1
    clock.now = FIXED_NOW + dt.timedelta(hours=2)
    assert len(feeds.refresh(explicit=False).feeds) == 1
    assert feeds.next_due() == clock.now + dt.timedelta(hours=1)


def test_progress_and_cancel(feeds: FeedService, server: FeedServer) -> None:
    for n in range(3):
        feeds.subscribe(server.add(f"/p{n}.xml", rss(ITEMS, title=f"Feed {n}")))
    seen: list[tuple[int, int]] = []
    feeds.refresh(progress=lambda done, total: seen.append((done, total)))
    assert sorted(seen) == [(1, 3), (2, 3), (3, 3)]
    stop = threading.Event()
    stop.set()
    report = feeds.refresh(cancel=stop)
    assert report.cancelled
    assert {line.outcome for line in report.feeds} == {RefreshOutcome.CANCELLED}


def test_no_database_session_is_open_during_network_io(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    open_sessions = [0]
    seen_open: list[int] = []
    real = app.db.session

    @contextlib.contextmanager
    def counting() -> Iterator[object]:
        with real() as session:
            open_sessions[0] += 1
            try:
                yield session
            finally:
                open_sessions[0] -= 1

    app.db.session = counting  # type: ignore[method-assign]
    body = rss(ITEMS).encode()

    def watched(handler: RequestHandler) -> None:
        seen_open.append(open_sessions[0])
        handler.send_plain(200, body, {"Content-Type": "application/rss+xml"})

    page = server.add(
        "/page.html",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/w.xml"></head></html>',
        content_type="text/html",
    )
    server.add("/w.xml", handler=watched)
    feed = feeds.subscribe(page)
    assert feed.id is not None
    server.add(
        "/w.xml", handler=lambda h: (seen_open.append(open_sessions[0]), h.send_plain(500, b""))
    )
    feeds.refresh()
    feeds.capture_url(server.url("/page.html"))
    assert seen_open == [0, 0]


def test_hostile_item_html_is_stored_sanitised(feeds: FeedService, server: FeedServer) -> None:
    feed = feeds.subscribe(server.add_file("/hostile.xml", "hostile.xml", "application/rss+xml"))
    (item,) = feeds.list_items(ItemQuery(feed_id=feed.id))
    html = item.content_html.lower()
    for bad in ("<script", "onerror", "javascript:", "<iframe", "<svg", "<form", "pixel.gif"):
        assert bad not in html
    assert 'rel="noopener noreferrer"' in html
    assert item.link == "" and item.openable_link == ""
    assert item.title == "<img src=x onerror=alert(1)>Attack title"  # plain text, never HTML


# --- reading --------------------------------------------------------------------------------


@pytest.fixture
def library(feeds: FeedService, server: FeedServer) -> tuple[int, int]:
    many = [
        {"title": f"Item {n:02d}", "guid": f"g{n}", "date": f"{n + 1:02d} Nov 2026 09:00:00 GMT"}
        for n in range(12)
    ]
    many[3]["body"] = "<p>Safeguarding adults and the <em>Care Act</em></p>"
    a = feeds.subscribe(server.add("/a.xml", rss(many, title="Adults")), category="News/Adults")
    b = feeds.subscribe(server.add("/b.xml", rss(ITEMS, title="Children")), category="Children")
    assert a.id is not None and b.id is not None
    return a.id, b.id


def test_listing_paging_unread_and_category(feeds: FeedService, library: tuple[int, int]) -> None:
    adults, _children = library
    assert feeds.count_items() == 14
    page = feeds.list_items(ItemQuery(feed_id=adults, offset=2, limit=3), with_content=False)
    assert [i.title for i in page] == ["Item 09", "Item 08", "Item 07"]
    assert all(i.content_html == "" for i in page)
    assert feeds.count_items(ItemQuery(category="News")) == 12
    assert feeds.count_items(ItemQuery(category="Child")) == 0  # whole folder names only
    first = page[0].id
    assert first is not None
    assert feeds.mark_read([first]) == 1 and feeds.mark_read([first]) == 0
    assert feeds.count_items(ItemQuery(unread=True)) == 13
    assert feeds.mark_all_read(category="Children") == 2
    assert feeds.unread_counts() == {adults: 11}
    starred = feeds.set_starred(first)
    assert starred.starred and [i.id for i in feeds.list_items(ItemQuery(starred=True))] == [first]
    with pytest.raises(NotFoundError, match="no item 999"):
        feeds.mark_read([999])


def test_search_finds_words_and_prefixes(
    app: App, feeds: FeedService, library: tuple[int, int]
) -> None:
    assert [i.title for i in feeds.search_items("safeguard care")] == ["Item 03"]
    assert [i.title for i in feeds.search_items("genograms")] == ["Strengths-based supervision"]
    assert feeds.search_items("nothing-like-this") == []
    assert feeds.count_items(ItemQuery(feed_id=library[1], search="capacity")) == 1
    # The portable LIKE search (for databases without FTS5) finds the same items.
    with app.db.session() as session:
        portable = FeedRepository(session, fts=False)
        found = portable.list_items(ItemQuery(search="safeguarding care"))
    assert [i.title for i in found] == ["Item 03"]


# --- retention ------------------------------------------------------------------------------


def test_retention_keeps_starred_and_logged_and_remembers_the_rest(
    app: App, feeds: FeedService, server: FeedServer, clock: Clock
) -> None:
    three = [*ITEMS, {"title": "Third", "guid": "n-3", "date": RECENT}]
    feed = feeds.subscribe(server.add("/r.xml", rss(three)))
    items = {i.title: i for i in feeds.list_items(ItemQuery(feed_id=feed.id))}
    star_id = items["Third"].id
    logged_id = items["Mental Capacity Act refresher"].id
    assert star_id is not None and logged_id is not None
    feeds.set_starred(star_id)
    entry = feeds.log_item(logged_id)
    clock.now = FIXED_NOW + dt.timedelta(days=181)
    assert feeds.purge_old_items() == 1
    assert sorted(i.title for i in feeds.list_items()) == [
        "Mental Capacity Act refresher",
        "Third",
    ]
    # The feed still carries the purged item, but it does not come back.
    server.add("/r.xml", rss([*three, {"title": "Fresh", "guid": "n-4", "date": RECENT}]))
    (line,) = feeds.refresh().feeds
    assert line.new_items == 1
    assert sorted(i.title for i in feeds.list_items()) == [
        "Fresh",
        "Mental Capacity Act refresher",
        "Third",
    ]
    assert app.entries.get(entry.id or 0).feed_item_id == logged_id
    with pytest.raises(ValidationError):
        feeds.purge_old_items(0)


# --- logging as CPD -------------------------------------------------------------------------


def test_log_item_creates_a_prefilled_draft_once(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    feed = feeds.subscribe(server.add("/l.xml", rss(ITEMS)), title="Notes from practice")
    item = next(i for i in feeds.list_items() if i.title == "Strengths-based supervision")
    assert item.id is not None
    entry = feeds.log_item(item.id)
    assert entry.id is not None and entry.status is EntryStatus.DRAFT
    assert entry.title == "Strengths-based supervision"
    assert entry.activity_type is ActivityType.BLOG and entry.hours == 0.25
    # Dated the day it is logged (FIXED_NOW), not when the post was published (20 November).
    assert entry.start_date == dt.date(2026, 11, 28)
    assert entry.source.url == "https://notes.example.org/supervision"
    assert entry.source.author == "Sam Practitioner"
    assert entry.source.publication == "Notes from practice"
    assert entry.source.provider == "notes.example.org"
    assert entry.source.notes == (
        "What supervision taught us about genograms.\n\nPublished 20 November 2026."
    )
    assert entry.reflection.text() == ""  # the summary is never the reflection
    assert entry.feed_item_id == item.id
    logged = feeds.get_item(item.id)
    assert logged.logged_entry_id == entry.id and logged.read
    assert feeds.log_item(item.id).id == entry.id
    assert len(app.entries.list_entries()) == 1
    # Once that entry is deleted, logging again makes a new draft.
    app.entries.delete(entry.id)
    assert feeds.log_item(item.id).id != entry.id
    assert feed.id is not None
    with pytest.raises(NotFoundError):
        feeds.log_item(9999)


def test_a_draft_for_an_item_is_not_saved_until_the_entry_is(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    feeds.subscribe(server.add("/d.xml", rss(ITEMS)), title="Notes from practice")
    item = next(i for i in feeds.list_items() if i.title == "Strengths-based supervision")
    assert item.id is not None
    draft = feeds.draft_for_item(item.id)
    assert draft.id is None and draft.feed_item_id == item.id
    assert draft.start_date == dt.date(2026, 11, 28)
    # Nothing is written and the item is not logged until the entry is saved.
    assert app.entries.list_entries() == []
    assert feeds.get_item(item.id).logged_entry_id is None
    saved = app.entries.add(draft)
    assert feeds.get_item(item.id).logged_entry_id == saved.id
    assert feeds.draft_for_item(item.id).id == saved.id  # logged: its entry, not a new draft


def test_log_podcast_item_suggests_its_length(feeds: FeedService, server: FeedServer) -> None:
    episode = {
        "title": "Episode 12: Trauma-informed practice",
        "guid": "ep12",
        "date": RECENT,
        "enclosure": '<enclosure url="https://pod.example.org/12.mp3" type="audio/mpeg" '
        'length="1000"/><itunes:duration>1:30:00</itunes:duration>',
    }
    feeds.subscribe(server.add("/pod.xml", rss([episode], title="The Podcast")))
    (item,) = feeds.list_items()
    assert item.id is not None and item.enclosure is not None
    entry = feeds.log_item(item.id)
    assert entry.activity_type is ActivityType.PODCAST and entry.hours == 1.5


def test_removing_a_feed_keeps_logged_items_and_entries(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    feed = feeds.subscribe(server.add("/x.xml", rss(ITEMS)))
    assert feed.id is not None
    item = feeds.list_items()[0]
    assert item.id is not None
    entry = feeds.log_item(item.id)
    removed = feeds.remove(feed.id)
    assert removed.kept_logged_items == 1 and removed.feed.id == feed.id
    assert feeds.list_feeds() == [] and feeds.list_items() == []
    kept = feeds.get_item(item.id)
    assert kept.logged_entry_id == entry.id
    saved = app.entries.get(entry.id or 0)
    assert saved.source.url == entry.source.url and saved.source.notes == entry.source.notes
    assert feeds.search_items("capacity") == []
    # Following it again brings the items back fresh; ids are never reused.
    again = feeds.subscribe(server.url("/x.xml"))
    assert again.id is not None and again.id > feed.id
    assert all((i.id or 0) > item.id for i in feeds.list_items())
    with pytest.raises(NotFoundError):
        feeds.remove(feed.id)


def test_capture_url_reads_a_page_into_an_unsaved_draft(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    page = server.add(
        "/article",
        "<html><head><title>Fallback</title>"
        '<meta property="og:title" content="Reflective practice in court work">'
        '<meta property="og:site_name" content="Practice Journal">'
        '<meta name="author" content="Jo Writer">'
        '<meta property="article:published_time" content="2026-11-02T08:00:00Z">'
        '<meta property="og:description" content="How reflection helps.">'
        "</head><body><p>" + "word " * 9000 + "</p></body></html>",  # 45 minutes
        content_type="text/html; charset=utf-8",
    )
    entry = feeds.capture_url(page)
    assert entry.id is None and entry.status is EntryStatus.DRAFT
    assert entry.title == "Reflective practice in court work"
    assert (entry.source.author, entry.source.publication) == ("Jo Writer", "Practice Journal")
    # Dated the day it is logged (the app clock); the publication date is in the notes.
    assert entry.start_date == dt.date(2026, 11, 28) and entry.hours == 0.75
    assert entry.source.notes == "How reflection helps.\n\nPublished 2 November 2026."
    assert app.entries.list_entries() == []
    with pytest.raises(ValidationError, match="not found"):
        feeds.capture_url(server.url("/missing"))
    server.add("/image", b"\x89PNG", content_type="image/png")
    with pytest.raises(ValidationError, match="gives an image, not a web page"):
        feeds.capture_url(server.url("/image"))


# --- OPML and the curated list --------------------------------------------------------------


def test_opml_round_trip_keeps_nested_folders(
    feeds: FeedService, tmp_path: Path, home: Path, clock: Clock
) -> None:
    feeds.add_hashtag("socialwork")
    feeds.add_hashtag("care", category="News/Adults/Care")
    target = tmp_path / "out.opml"
    assert feeds.export_opml(target) == 2
    other = App.open(tmp_path / "other", clock=clock)
    try:
        report = other.feeds.import_opml(target)
        assert len(report.added) == 2 and report.already_followed == 0
        assert sorted((f.title, f.category) for f in other.feeds.list_feeds()) == [
            ("#care on mastodon.social", "News/Adults/Care"),
            ("#socialwork on mastodon.social", "Social media and hashtags"),
        ]
        assert other.feeds.import_opml(target).already_followed == 2
    finally:
        other.close()


def test_broken_opml_is_refused_plainly(feeds: FeedService, tmp_path: Path) -> None:
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body><outline text='x'")
    with pytest.raises(ValidationError, match="not well-formed"):
        feeds.import_opml(broken)
    with pytest.raises(ValidationError, match="no file"):
        feeds.import_opml(tmp_path / "missing.opml")
    with pytest.raises(ValidationError, match="does not exist"):
        feeds.export_opml(tmp_path / "no" / "such" / "folder.opml")


def test_curated_sources_are_offered_then_followed_without_fetching(feeds: FeedService) -> None:
    assert feeds.curated_offer_pending()
    categories = {c.name: c for c in feeds.curated_categories()}
    assert "News and practice" in categories and "Social media and hashtags" in categories
    assert all(c.sources > 0 and c.subscribed == 0 for c in categories.values())
    with pytest.raises(ValidationError, match="not one of the curated categories"):
        feeds.subscribe_curated(["Cooking"])
    report = feeds.subscribe_curated(["social media AND hashtags"])
    assert len(report.added) == categories["Social media and hashtags"].sources
    assert all(f.last_checked_at is None for f in feeds.list_feeds())
    assert not feeds.curated_offer_pending()
    refreshed = {c.name: c for c in feeds.curated_categories()}
    assert refreshed["Social media and hashtags"].subscribed == len(report.added)
    everything = feeds.subscribe_curated()
    assert everything.already_followed == len(report.added)
    pending = [f for f in feeds.list_feeds() if f.discover_from]
    assert pending and all(f.url == f.discover_from for f in pending)


def test_chosen_curated_sources_are_followed_one_by_one(feeds: FeedService) -> None:
    sources = feeds.curated_sources()
    counts = {c.name: c.sources for c in feeds.curated_categories()}
    assert {s.category for s in sources} == set(counts)
    assert all(sum(s.category == name for s in sources) == n for name, n in counts.items())
    assert not any(s.followed for s in sources) and all(s.title and s.key for s in sources)
    chosen = [sources[0].key, sources[-1].key]
    report = feeds.subscribe_curated(sources=chosen)
    assert len(report.added) == 2
    followed = [s.key for s in feeds.curated_sources() if s.followed]
    assert followed == chosen
    assert not feeds.curated_offer_pending()
    with pytest.raises(ValidationError, match="not one of the curated sources"):
        feeds.subscribe_curated(sources=["https://cooking.example/feed"])
    assert len(feeds.list_feeds()) == 2


def test_declining_the_curated_list_is_remembered(feeds: FeedService) -> None:
    feeds.decline_curated()
    assert not feeds.curated_offer_pending()
    assert feeds.preferences().curated_offered


def test_preferences_are_kept_within_bounds(feeds: FeedService) -> None:
    saved = feeds.save_preferences(
        FeedPreferences(auto_refresh=True, interval_minutes=1, retention_days=90)
    )
    assert saved == FeedPreferences(auto_refresh=True, interval_minutes=15, retention_days=90)
    assert feeds.preferences() == saved


# --- schema ---------------------------------------------------------------------------------


def test_a_first_revision_database_gains_feeds_and_keeps_its_entries(
    tmp_path: Path, server: FeedServer
) -> None:
    home = tmp_path / "old"
    home.mkdir()
    shutil.copyfile(FIXTURES / "rev_0001.sqlite", home / "cpdlog.sqlite")
    shutil.copytree(FIXTURES / "rev_0001_evidence", home / "evidence")
    app = App.open(home)
    try:
        before = {e.id: e.title for e in app.entries.list_entries()}
        assert len(before) == 2
        service = FeedService(app, fetch_settings=FAST, parse_in_processes=False)
        service.subscribe(server.add("/f.xml", rss(ITEMS)))
        entry = service.log_item(service.list_items()[0].id or 0)
        service.close()
        after = {e.id: e.title for e in app.entries.list_entries()}
        assert after == {**before, entry.id: entry.title}
        assert app.entries.search("eligibility")
    finally:
        app.close()


def test_the_migration_matches_the_orm_tables(app: App) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from cpdlog.storage.orm import Base

    with app.db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    postgresql = app.db.engine.dialect.name == "postgresql"
    real = [
        d
        for d in differences
        if not _search_index(d) and not (postgresql and _team_server_key(d, Base.metadata))
    ]
    assert real == []


# On PostgreSQL, 0007_team makes every journal row belong to a role: ``owner`` is NOT NULL with
# the default current_user, is indexed, and the natural keys become per person. The ORM keeps
# the one-person shape (owner nullable; SQLite leaves it empty), so these differ by design.
_PER_PERSON_KEYS = {
    "uq_entries_owner_uid": ("entries", ["uid"]),
    "uq_feeds_owner_url": ("feeds", ["url"]),
}


def _team_server_key(difference: Any, metadata: Any) -> bool:
    if isinstance(difference, list):  # column modifications come as a list of tuples
        return all(
            d[0] == "modify_nullable" and d[3] == "owner" and d[-2:] == (False, True)
            for d in difference
        )
    kind, thing = difference[0], difference[1]
    name = getattr(thing, "name", None) or ""
    if kind == "remove_index":  # 0007_team's per-owner indexes, "C"-collated by 0009_owner_index
        return name.startswith("ix_") and (
            name.endswith(("_owner", "_owner_c")) or name == "ix_entries_owner_live"
        )
    if kind == "remove_constraint":
        return name in _PER_PERSON_KEYS
    if kind == "add_constraint":  # the one-person unique key the per-person one replaced
        columns = [c.name for c in thing.columns]
        return (thing.table.name, columns) in _PER_PERSON_KEYS.values()
    if kind == "remove_fk":
        return name == "fk_entry_evidence_owner_file"
    if kind == "add_fk":  # entry_evidence.sha256 -> evidence_files, replaced by (owner, sha256)
        return thing.parent.name == "entry_evidence" and thing.referred_table.name == (
            "evidence_files"
        )
    return False


def _search_index(difference: tuple[Any, ...]) -> bool:
    """The full-text indexes the migrations keep outside the ORM: SQLite's FTS5 tables, and
    PostgreSQL's ``search_vector`` columns with their GIN indexes (0006_pg_search on
    ``entries``, 0010_pg_feed_search on ``feed_items``)."""
    kind = difference[0]
    if kind == "remove_table":
        return "_fts" in difference[1].name
    if kind == "remove_index":
        return bool(difference[1].name in _PG_SEARCH_INDEXES)
    if kind == "remove_column":
        return bool(
            difference[2] in ("entries", "feed_items") and difference[3].name == "search_vector"
        )
    return False


_PG_SEARCH_INDEXES = {"ix_entries_search_vector", "ix_feed_items_search_vector"}
