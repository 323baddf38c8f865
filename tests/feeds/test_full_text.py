"""Full text of feed items: fetched with the safe fetcher, sanitised, kept offline; the
per-feed "always fetch full text" setting; a logged item's snapshot reuses it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog.capture.snapshot import MAX_SNAPSHOT_BYTES
from cpdlog.errors import FeedError
from cpdlog.feeds.fetch import FetchSettings
from cpdlog.services.app import App
from cpdlog.services.feeds import FeedService
from tests.conftest import FIXED_NOW

from .conftest import FAST
from .httpserver import FeedServer

ARTICLES = Path(__file__).resolve().parents[1] / "capture" / "data"

HOSTILE = (
    "<html><head><title>Hostile</title><script>steal()</script></head><body><article>"
    "<h1>Safeguarding adults: what changed</h1>"
    + "".join(
        f"<p>Paragraph {n} on making safeguarding personal, with <a href='/more{n}'>a link</a>,"
        " <a href='javascript:alert(1)'>a trap</a> and <img src='/pic.png' onerror='x()'>"
        " plenty of ordinary words so that the extractor keeps it as the article.</p>"
        for n in range(8)
    )
    + "<p>&lt;para&gt;&lt;font color=red size=99&gt;PDF markup&lt;/font&gt;&lt;/para&gt;"
    " <b onclick='x()'>bold</b> <iframe src='https://evil.example/'></iframe> end.</p>"
    "</article><footer>Cookie settings</footer></body></html>"
)


def rss(items: list[tuple[str, str]], title: str = "Practice Notes") -> str:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        "<description>Only a short summary.</description>"
        f"<pubDate>Fri, {20 + n} Nov 2026 09:00:00 GMT</pubDate></item>"
        for n, (t, link) in enumerate(items)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://notes.example.org/</link>{body}</channel></rss>"
    )


@pytest.fixture
def app(home: Path) -> Iterator[App]:
    application = App.open(home, clock=lambda: FIXED_NOW)
    yield application
    application.close()


@pytest.fixture
def feeds(app: App) -> Iterator[FeedService]:
    service = FeedService(app, fetch_settings=FAST, parse_in_processes=False)
    yield service
    service.close()


def follow(feeds: FeedService, server: FeedServer, pages: dict[str, str | bytes]) -> list[int]:
    links = []
    for path, body in pages.items():
        server.add(path, body, content_type="text/html; charset=utf-8")
        links.append((path.strip("/").title(), server.url(path)))
    feeds.subscribe(server.add("/feed.xml", rss(links)))
    items = sorted(feeds.list_items(), key=lambda i: i.link)
    return [i.id for i in items if i.id is not None]


def test_full_text_is_read_sanitised_and_kept_offline(
    feeds: FeedService, server: FeedServer
) -> None:
    (item_id,) = follow(feeds, server, {"/hostile": HOSTILE})
    assert feeds.full_text(item_id) is None
    full = feeds.fetch_full_text(item_id)
    assert full.ok and "Safeguarding adults" in full.text and "Paragraph 7" in full.text
    # nh3's allowlist: no script, handlers, frames or javascript: links; relative links
    # made absolute against the page; markup aimed at the PDF stays visible text.
    lowered = full.html.lower()
    for bad in ("<script", "steal()", "onerror", "onclick", "<iframe", "javascript:", "<font"):
        assert bad not in lowered
    assert f'href="{server.url("/more0")}"' in full.html
    assert "&lt;para&gt;" in full.html and "Cookie settings" not in full.text
    # Kept: asking again does not fetch again, and it is there with the server gone.
    assert len(server.hits("/hostile")) == 1
    assert feeds.fetch_full_text(item_id).html == full.html
    server.stop()
    kept = feeds.full_text(item_id)
    assert kept is not None and kept.text == full.text
    assert kept.retrieved_at == FIXED_NOW


def test_a_real_article_keeps_its_words(feeds: FeedService, server: FeedServer) -> None:
    page = (ARTICLES / "blog_post.html").read_bytes()
    (item_id,) = follow(feeds, server, {"/blog": page})
    full = feeds.fetch_full_text(item_id)
    expected = (ARTICLES / "blog_post.expected.txt").read_text(encoding="utf-8").split()
    found = set(full.text.split())
    assert sum(1 for word in expected if word in found) / len(expected) > 0.95
    assert "Popular posts" not in full.text


@pytest.mark.parametrize(
    ("path", "body", "content_type", "message"),
    [
        ("/gone", b"no", "text/html", "404"),
        ("/pdf", b"%PDF-1.4", "application/pdf", "PDF"),
        ("/empty", b"<html><body><script>x()</script></body></html>", "text/html", "text"),
    ],
)
def test_a_page_that_cannot_be_read_says_why_and_is_not_tried_again(
    feeds: FeedService,
    server: FeedServer,
    path: str,
    body: bytes,
    content_type: str,
    message: str,
) -> None:
    (item_id,) = follow(feeds, server, {path: body})
    server.add(path, body, content_type=content_type, status=404 if path == "/gone" else 200)
    with pytest.raises(FeedError) as raised:
        feeds.fetch_full_text(item_id)
    text = str(raised.value)
    assert message in text and "\n" not in text
    kept = feeds.full_text(item_id)
    assert kept is not None and not kept.ok and kept.error == text
    feeds.set_full_text(feeds.list_feeds()[0].id or 0, True)
    assert feeds.fetch_pending_full_text() == 0  # remembered: the background leaves it
    assert len(server.hits(path)) == 1


def test_huge_and_slow_pages_cost_a_bounded_time(app: App, server: FeedServer) -> None:
    settings = FetchSettings(
        connect_timeout=2.0,
        read_timeout=0.5,
        deadline=1.5,
        max_bytes=MAX_SNAPSHOT_BYTES + 1024 * 1024,
    )
    service = FeedService(app, fetch_settings=settings, parse_in_processes=False)
    try:
        huge = b"<html><body><p>" + b"words " * (MAX_SNAPSHOT_BYTES // 6 + 10) + b"</p></body>"
        ids = follow(service, server, {"/huge": huge, "/slow": HOSTILE})
        server.add("/slow", HOSTILE, content_type="text/html", delay=5)
        by_link = {service.get_item(i).link: i for i in ids}
        with pytest.raises(FeedError, match="larger than 5 MB"):
            service.fetch_full_text(by_link[server.url("/huge")])
        with pytest.raises(FeedError, match="full text could not be fetched"):
            service.fetch_full_text(by_link[server.url("/slow")])
    finally:
        service.close()


def test_feeds_set_to_always_fetch_get_new_items_full_text_after_a_refresh(
    feeds: FeedService, server: FeedServer, other_server: FeedServer
) -> None:
    ids = follow(feeds, server, {f"/a{n}": HOSTILE for n in range(3)})
    other_server.add("/b", HOSTILE, content_type="text/html")
    feeds.subscribe(other_server.add("/other.xml", rss([("B", other_server.url("/b"))], "Other")))
    # Off by default: a refresh fetches no pages.
    feeds.refresh()
    assert all(feeds.full_text(i) is None for i in ids)
    (first, _other) = sorted(feeds.list_feeds(), key=lambda f: f.url)
    assert not first.full_text
    on = feeds.set_full_text(first.id or 0, True)
    assert on.full_text and feeds.get_feed(first.id or 0).full_text
    report = feeds.refresh()
    assert report.full_texts == 3
    assert all((kept := feeds.full_text(i)) is not None and kept.ok for i in ids)
    assert server.max_active == 1  # one request at a time to the host
    # The other feed is not set to fetch full text: its page was never asked for.
    assert other_server.hits("/b") == []
    # Kept: the next refresh fetches nothing again.
    before = len(server.requests)
    assert feeds.refresh().full_texts == 0
    assert [r.path for r in server.requests[before:]] == ["/feed.xml"]


def test_the_number_fetched_after_one_refresh_is_capped(
    feeds: FeedService, server: FeedServer
) -> None:
    ids = follow(feeds, server, {f"/p{n}": HOSTILE for n in range(4)})
    feeds.set_full_text(feeds.list_feeds()[0].id or 0, True)
    assert feeds.fetch_pending_full_text(limit=2) == 2
    assert sum(1 for i in ids if feeds.full_text(i) is not None) == 2
    assert feeds.fetch_pending_full_text(limit=2) == 2  # the rest at the next refresh
    assert all(feeds.full_text(i) is not None for i in ids)


def test_a_passing_failure_is_tried_again_later(feeds: FeedService, server: FeedServer) -> None:
    (item_id,) = follow(feeds, server, {"/busy": HOSTILE})
    server.add(
        "/busy", b"busy", status=503, headers={"Retry-After": "60"}, content_type="text/html"
    )
    feeds.set_full_text(feeds.list_feeds()[0].id or 0, True)
    assert feeds.fetch_pending_full_text() == 0
    kept = feeds.full_text(item_id)
    assert kept is None or not kept.ok
    with pytest.raises(FeedError):
        feeds.fetch_full_text(item_id)


def test_a_logged_items_snapshot_reuses_the_kept_full_text(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    (item_id,) = follow(feeds, server, {"/hostile": HOSTILE})
    feeds.fetch_full_text(item_id)
    entry, note = feeds.log_item_with_note(item_id, snapshot=True)
    assert note == ""
    assert len(server.hits("/hostile")) == 1  # no second fetch
    names = sorted(ev.filename for ev in entry.evidence)
    assert [n.rsplit(".", 1)[1] for n in names] == ["html", "txt"]
    page = next(ev for ev in entry.evidence if ev.filename.endswith(".html"))
    text = app.entries.evidence_path(page.sha256).read_text(encoding="utf-8")
    assert "Paragraph 7" in text and "<script" not in text and "<font" not in text
    assert entry.hours_suggestion is not None
    assert entry.hours_suggestion.describe().startswith("Suggested from reading time (about ")


def test_a_removed_item_takes_its_full_text_with_it(feeds: FeedService, server: FeedServer) -> None:
    (item_id,) = follow(feeds, server, {"/hostile": HOSTILE})
    feeds.fetch_full_text(item_id)
    feeds.purge_old_items(days=1)  # first seen now: retention keeps it
    assert feeds.full_text(item_id) is not None
    feed_id = feeds.list_feeds()[0].id or 0
    feeds.remove(feed_id)
    with pytest.raises(Exception, match="no item"):
        feeds.full_text(item_id)


def test_a_slow_server_is_tried_later_and_cancelling_stops_the_rest(
    feeds: FeedService, server: FeedServer
) -> None:
    ids = follow(feeds, server, {"/a-slow": HOSTILE, "/b-next": HOSTILE})
    server.add("/a-slow", HOSTILE, content_type="text/html", delay=2)
    server.add("/b-next", HOSTILE, content_type="text/html")
    # The slow item is the newest, so it is fetched first.
    with feeds.app.db.session() as session:
        from cpdlog.storage.feeds_orm import FeedItemRow

        row = session.get(FeedItemRow, ids[0])
        assert row is not None and row.link.endswith("/a-slow")
        row.sort_at = FIXED_NOW
    feeds.set_full_text(feeds.list_feeds()[0].id or 0, True)
    cancel = threading.Event()
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    try:
        assert feeds.fetch_pending_full_text(cancel=cancel) == 0
    finally:
        timer.cancel()
    assert cancel.is_set()
    assert server.hits("/b-next") == []  # cancelled before the next page
    assert all(feeds.full_text(i) is None for i in ids)  # nothing remembered as unreadable
