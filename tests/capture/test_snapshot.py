"""Readable snapshots: extraction quality on realistic pages, bounds, and safe rendering."""

from __future__ import annotations

import collections
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog.capture.snapshot import (
    MAX_ELEMENTS,
    MAX_SNAPSHOT_BYTES,
    Snapshot,
    SnapshotError,
    make_snapshot,
    render_snapshot_html,
    render_snapshot_text,
    snapshot_filename,
)
from cpdlog.domain.entry import ActivityType
from cpdlog.services.app import App
from cpdlog.services.feeds import FeedService
from cpdlog.services.snapshot import SnapshotService
from tests.conftest import FIXED_NOW
from tests.feeds.conftest import FAST
from tests.feeds.httpserver import FeedServer

DATA = Path(__file__).parent / "data"
WHEN = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
PAGES = ["blog_post", "news_article", "cookie_banner"]
# Text that sits beside the article and must not be kept as if it were the article.
BOILERPLATE = {
    "blog_post": ["Popular posts", "Bookmarking this", "Leave a reply", "Subscribe"],
    "news_article": ["Most read", "Sign up to the morning briefing", "Storm warnings"],
    # trafilatura keeps the one-line "Was this page helpful?" here (measured in docs/capture.md).
    "cookie_banner": ["We value your privacy", "Accept all cookies", "Manage preferences"],
}


def _tokens(text: str) -> collections.Counter[str]:
    return collections.Counter(re.findall(r"[\w']+", text.lower()))


def snap(name: str) -> Snapshot:
    return make_snapshot((DATA / f"{name}.html").read_bytes(), f"https://x.example/{name}", WHEN)


@pytest.mark.parametrize("name", PAGES)
def test_main_text_is_kept_and_surroundings_dropped(name: str) -> None:
    snapshot = snap(name)
    expected = _tokens((DATA / f"{name}.expected.txt").read_text(encoding="utf-8"))
    got = _tokens(snapshot.text)
    common = sum((got & expected).values())
    assert common / sum(expected.values()) >= 0.98  # recall of the article's words
    assert common / sum(got.values()) >= 0.85  # precision: little that is not the article
    for junk in BOILERPLATE[name]:
        assert junk not in snapshot.text


def test_details_come_from_the_page() -> None:
    news = snap("news_article")
    assert news.title == "Councils warn of rising demand for adult social care assessments"
    assert news.author == "Jonathan Reeve" and news.site_name == "The Daily Chronicle"
    assert news.published == dt.datetime(2026, 11, 20, 7, 0, tzinfo=dt.UTC)
    assert news.retrieved_at == WHEN and news.url == "https://x.example/news_article"
    blog = snap("blog_post")
    assert blog.author == "Amara Okafor" and blog.title == "Supervision that actually helps"
    assert blog.word_count == len(blog.text.split())
    assert blog.reading_minutes == -(-blog.word_count // 230)


def test_a_huge_page_is_refused_with_one_sentence() -> None:
    body = b"<html><body><p>" + b"word " * (MAX_SNAPSHOT_BYTES // 5 + 10) + b"</p></body></html>"
    with pytest.raises(SnapshotError, match="larger than 5 MB") as info:
        make_snapshot(body, "https://x.example/", WHEN)
    assert "\n" not in str(info.value)


def test_a_page_with_too_many_parts_is_refused() -> None:
    body = ("<html><body>" + "<span>a</span>" * (MAX_ELEMENTS + 1) + "</body></html>").encode()
    with pytest.raises(SnapshotError, match="too complicated"):
        make_snapshot(body, "https://x.example/", WHEN)


@pytest.mark.parametrize("body", [b"", b"   ", b"<html><body><script>x()</script></body></html>"])
def test_a_page_without_text_is_refused(body: bytes) -> None:
    with pytest.raises(SnapshotError):
        make_snapshot(body, "https://x.example/", WHEN)


def test_deep_nesting_is_bounded() -> None:
    body = ("<div>" * 50_000 + "<p>" + "deep text " * 60 + "</p>" + "</div>" * 50_000).encode()
    try:
        snapshot = make_snapshot(body, "https://x.example/", WHEN)
    except SnapshotError as exc:
        assert "\n" not in str(exc)
    else:
        assert len(snapshot.text) <= len(body)


HOSTILE = (
    "<html><head><title>Hostile &lt;font&gt;</title>"
    '<script>alert("head")</script><style>p{}</style></head><body>'
    "<article><h1>Hostile</h1>"
    + "<p>An honest paragraph about safeguarding practice and what we learnt from it.</p>"
    * 5
    + '<p>Look: &lt;font color="red"&gt;big&lt;/font&gt; &lt;para&gt;x&lt;/para&gt; '
    "&lt;img src=file:///etc/passwd&gt; &lt;script&gt;steal()&lt;/script&gt; "
    "&lt;a href=javascript:alert(1)&gt;click&lt;/a&gt; and some more ordinary words here.</p>"
    '<img src="file:///etc/passwd"><iframe src="https://evil.example/"></iframe>'
    '<script>document.write("<p>injected by script</p>")</script>'
    "</article></body></html>"
)


def test_markup_in_the_page_stays_literal_text() -> None:
    snapshot = make_snapshot(HOSTILE.encode(), "https://x.example/h", WHEN)
    assert '<font color="red">big</font>' in snapshot.text
    assert "<img src=file:///etc/passwd>" in snapshot.text
    assert "injected by script" not in snapshot.text and 'alert("head")' not in snapshot.text
    page = render_snapshot_html(snapshot)
    # Every tag in the evidence file is one we wrote; the page's markup is escaped.
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", page))
    ours = {"html", "head", "meta", "title", "style", "body", "h1", "dl", "dt", "dd", "hr", "p"}
    assert tags <= ours
    assert "&lt;font color=&quot;red&quot;&gt;" in page
    assert "&lt;img src=file:///etc/passwd&gt;" in page
    assert "default-src 'none'" in page
    assert "src=" not in page.replace("&lt;img src=file", "")
    text = render_snapshot_text(snapshot)
    assert "Address: https://x.example/h" in text and "Retrieved: 2026-12-01 10:00 UTC" in text


def test_filename_is_plain() -> None:
    snapshot = Snapshot(url="https://www.Example.org/../../etc/passwd", retrieved_at=WHEN)
    assert snapshot_filename(snapshot, "html") == "snapshot-example-org-2026-12-01.html"
    odd = Snapshot(url="not a url", retrieved_at=WHEN)
    assert snapshot_filename(odd, "txt") == "snapshot-page-2026-12-01.txt"


# --- the service and the capture paths --------------------------------------------------------


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


@pytest.fixture
def feeds(app: App) -> Iterator[FeedService]:
    service = FeedService(app, fetch_settings=FAST, parse_in_processes=False)
    yield service
    service.close()


def test_service_stores_html_and_text_evidence(app: App) -> None:
    service = SnapshotService(app)
    snapshot, note = service.try_snapshot(
        (DATA / "blog_post.html").read_bytes(), "https://x.example/b"
    )
    assert snapshot is not None and note == ""
    assert snapshot.retrieved_at == FIXED_NOW
    evidence = service.evidence_for(snapshot)
    assert [e.media_type for e in evidence] == ["text/html", "text/plain"]
    stored = app.evidence_store.read_bytes(evidence[1].sha256).decode()
    assert stored == render_snapshot_text(snapshot)
    assert "Kolb's learning cycle" in stored


def test_attach_to_a_saved_entry(app: App) -> None:
    from tests.conftest import make_entry

    saved = app.entries.add(make_entry())
    assert saved.id is not None
    snapshot, _ = SnapshotService(app).try_snapshot(
        (DATA / "news_article.html").read_bytes(), "https://x.example/n"
    )
    assert snapshot is not None
    updated = SnapshotService(app).attach(saved.id, snapshot)
    names = [e.filename for e in updated.evidence]
    assert "snapshot-x-example-2026-11-28.html" in names
    assert "snapshot-x-example-2026-11-28.txt" in names
    assert [e.filename for e in app.entries.get(saved.id).evidence] == names


def test_capture_url_keeps_a_snapshot(feeds: FeedService, server: FeedServer) -> None:
    url = server.add(
        "/article.html",
        (DATA / "blog_post.html").read_bytes(),
        content_type="text/html; charset=utf-8",
    )
    entry, note = feeds.capture_url_with_note(url)
    assert note == ""
    assert entry.activity_type is ActivityType.BLOG
    assert [e.media_type for e in entry.evidence] == ["text/html", "text/plain"]
    # 291 words of main text: about 2 minutes, so the smallest suggestion.
    assert entry.hours == 0.25


def test_reading_time_suggests_hours(feeds: FeedService, server: FeedServer) -> None:
    # 7,000 words in the article and 4,000 in the navigation: the article's ~31 minutes count.
    article = "".join(
        f"<p>Point {i}: " + " ".join(f"w{i}x{j}" for j in range(68)) + ".</p>" for i in range(100)
    )
    side = "<li><a href='/x'>" + "link " * 200 + "</a></li>"
    page = (
        "<html><head><title>Long read</title></head><body><nav><ul>"
        + side * 20
        + "</ul></nav><article><h1>Long read</h1>"
        + article
        + "</article></body></html>"
    )
    url = server.add("/long.html", page, content_type="text/html")
    entry, note = feeds.capture_url_with_note(url)
    assert note == ""
    text = app_text(feeds, entry)
    assert 7000 <= len(text.split()) <= 7100
    assert entry.hours == 0.5


def app_text(feeds: FeedService, entry: object) -> str:
    from cpdlog.domain.entry import Entry

    assert isinstance(entry, Entry)
    (txt,) = [e for e in entry.evidence if e.media_type == "text/plain"]
    return feeds.app.evidence_store.read_bytes(txt.sha256).decode()


def test_a_hostile_page_still_captures(feeds: FeedService, server: FeedServer) -> None:
    big = "<html><head><title>Massive</title></head><body>" + "<b>x</b>" * (MAX_ELEMENTS + 5)
    url = server.add("/big.html", big + "</body></html>", content_type="text/html")
    entry, note = feeds.capture_url_with_note(url)
    assert entry.title == "Massive" and entry.evidence == []
    assert "too complicated" in note and "\n" not in note


def test_entry_add_from_url_says_why_no_snapshot(server: FeedServer, home: Path) -> None:
    from tests.conftest import run_cli

    url = server.add(
        "/empty.html", "<html><head><title>Empty</title></head></html>", content_type="text/html"
    )
    ok = server.add("/ok.html", (DATA / "news_article.html").read_bytes(), content_type="text/html")
    result = run_cli("entry", "add", "--from-url", url, home=home)
    assert result.returncode == 0, result.stderr
    assert "no readable main text" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("entry", "add", "--from-url", ok, "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert "snapshot-127-0-0-1-2026-11-28.html" in result.stdout


def _feed_with_link(link: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Notes</title>'
        "<link>http://127.0.0.1/</link><description>d</description>"
        f"<item><title>Supervision that helps</title><link>{link}</link>"
        "<guid>sup-1</guid><description>Short summary.</description>"
        "<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>"
    )


def test_logging_an_item_can_keep_its_snapshot(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    page = server.add("/sup.html", (DATA / "blog_post.html").read_bytes(), content_type="text/html")
    feeds.subscribe(server.add("/feed.xml", _feed_with_link(page)))
    (item,) = feeds.list_items()
    assert item.id is not None
    entry, note = feeds.log_item_with_note(item.id, snapshot=True)
    assert note == "" and entry.id is not None
    saved = app.entries.get(entry.id)
    assert [e.media_type for e in saved.evidence] == ["text/html", "text/plain"]
    assert saved.feed_item_id == item.id and saved.start_date == FIXED_NOW.date()
    assert len(server.hits("/sup.html")) == 1
    # Logging again returns the same entry and fetches nothing.
    again, _ = feeds.log_item_with_note(item.id, snapshot=True)
    assert again.id == entry.id and len(server.hits("/sup.html")) == 1


def test_logging_an_item_whose_page_fails_still_logs(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    gone = server.add("/gone.html", "nope", status=404, content_type="text/html")
    feeds.subscribe(server.add("/feed.xml", _feed_with_link(gone)))
    (item,) = feeds.list_items()
    assert item.id is not None
    entry, note = feeds.log_item_with_note(item.id, snapshot=True)
    assert entry.id is not None and app.entries.get(entry.id).evidence == []
    assert note.startswith("No snapshot was kept:") and "\n" not in note
    # Without asking, nothing is fetched.
    other = server.add("/other.html", "<p>x</p>", content_type="text/html")
    feeds.subscribe(server.add("/feed2.xml", _feed_with_link(other).replace("sup-1", "o-1")))
    fresh = next(i for i in feeds.list_items() if i.link == other)
    assert fresh.id is not None
    feeds.log_item(fresh.id)
    assert server.hits("/other.html") == []


def test_items_log_snapshot_on_the_command_line(server: FeedServer, home: Path) -> None:
    from tests.conftest import run_cli

    page = server.add(
        "/s.html", (DATA / "news_article.html").read_bytes(), content_type="text/html"
    )
    feed = server.add("/f.xml", _feed_with_link(page))
    assert run_cli("feeds", "add", feed, home=home).returncode == 0
    result = run_cli("items", "log", "1", "--snapshot", "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert "snapshot-127-0-0-1-2026-11-28.txt" in result.stdout and result.stderr == ""
