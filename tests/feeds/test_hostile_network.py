"""Hostile networks: redirects into private ranges, truncated bodies, broken encodings.

No test here ever connects to anything but loopback: every fetcher connects through a
recording backend that refuses (without connecting) any address outside 127.0.0.0/8, and the
tests assert that no such connection was even attempted.
"""

from __future__ import annotations

import gzip
import ipaddress
import re
from collections.abc import Iterable, Iterator

import httpcore
import pytest

from cpdlog.errors import FeedError
from cpdlog.feeds import fetch as fetch_module
from cpdlog.feeds.discover import discover_feed
from cpdlog.feeds.fetch import (
    Fetcher,
    FetchOutcome,
    address_kind,
    literal_address,
    redirect_refusal,
)
from cpdlog.feeds.parse import declared_encodings, parse_feed
from cpdlog.services.app import App
from cpdlog.services.feeds import FeedService, ItemQuery

from .conftest import FAST
from .httpserver import FeedServer, RequestHandler

RSS = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Notes</title>'
    "<item><title>Caf\u00e9 \u2615 r\u00e9flexion</title><guid>a</guid></item>"
    "<item><title>Second</title><guid>b</guid></item></channel></rss>"
).encode()


class RecordingBackend(httpcore.NetworkBackend):
    """Connects only to loopback; records every host it is asked to connect to."""

    def __init__(self) -> None:
        self.inner = httpcore.SyncBackend()
        self.hosts: list[str] = []

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[object] | None = None,
    ) -> httpcore.NetworkStream:
        self.hosts.append(host)
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise httpcore.ConnectError(f"test backend: refusing to connect to {host}")
        return self.inner.connect_tcp(host, port, timeout, local_address, socket_options)  # type: ignore[arg-type]

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


@pytest.fixture
def backend() -> RecordingBackend:
    return RecordingBackend()


@pytest.fixture
def guarded(backend: RecordingBackend) -> Iterator[Fetcher]:
    with Fetcher(FAST, network_backend=backend) as client:
        assert client.guarded  # the guard sits in httpx's own connection pool
        yield client


# --- the decision ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.9.9.9", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "private"),
        ("fd00::1", "private"),
        ("::ffff:10.0.0.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("::ffff:169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("0.1.2.3", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("192.0.2.1", "reserved"),
        ("::10.0.0.1", "reserved"),
        ("93.184.215.14", "public"),
        ("2606:4700::1", "public"),
    ],
)
def test_address_kinds(host: str, kind: str) -> None:
    address = literal_address(host)
    assert address is not None
    assert address_kind(address) == kind


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("167772161", "10.0.0.1"),
        ("012.0.0.1", "10.0.0.1"),
        ("0xa9.254.169.254", "169.254.169.254"),
        ("[::ffff:a9fe:a9fe]", "::ffff:169.254.169.254"),
        ("127.0.0.1.", "127.0.0.1"),
    ],
)
def test_numeric_hosts_are_read_as_the_system_reads_them(host: str, address: str) -> None:
    assert literal_address(host) == ipaddress.ip_address(address)


@pytest.mark.parametrize("host", ["example.org", "cafe.de", "feeds.local", "1.example"])
def test_names_are_not_numeric_hosts(host: str) -> None:
    assert literal_address(host) is None


@pytest.mark.parametrize(
    ("origin", "target", "refused"),
    [
        ({"public"}, "public", False),
        ({"public"}, "loopback", True),
        ({"public"}, "private", True),
        ({"public"}, "link-local", True),
        ({"loopback"}, "loopback", False),
        ({"loopback"}, "private", True),
        ({"loopback"}, "link-local", True),
        ({"loopback"}, "public", False),
        ({"private"}, "private", False),
        ({"private"}, "loopback", True),
        ({"private"}, "link-local", True),
        ({"link-local"}, "link-local", True),
        ({"loopback"}, "unspecified", True),
        ({"loopback"}, "multicast", True),
        ({"private"}, "reserved", True),
    ],
)
def test_redirect_rule(origin: set[str], target: str, refused: bool) -> None:
    assert redirect_refusal(origin, target) is refused


# --- end to end: refused before any connection ------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/feed",
        "http://167772161/feed",
        "http://[::ffff:10.0.0.1]/feed",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
        "http://[::]/",
        "http://192.168.0.1:8080/feed",
    ],
)
def test_redirect_from_a_loopback_feed_into_other_ranges_is_refused_without_connecting(
    server: FeedServer, guarded: Fetcher, backend: RecordingBackend, target: str
) -> None:
    url = server.add("/feed", status=302, headers={"Location": target})
    result = guarded.fetch(url)
    assert result.outcome is FetchOutcome.FAILED
    assert target in result.error  # names the redirect target, not the subscribed address
    assert "private networks" in result.error
    assert len(server.hits("/feed")) == 1
    assert backend.hosts == ["127.0.0.1"]  # only the subscribed server was ever connected to


def test_a_redirect_httpx_cannot_parse_is_refused_without_connecting(
    server: FeedServer, guarded: Fetcher, backend: RecordingBackend
) -> None:
    url = server.add("/feed", status=302, headers={"Location": "http://012.0.0.1/feed"})
    result = guarded.fetch(url)
    assert result.outcome is FetchOutcome.FAILED
    assert result.error == "The site redirected to an address that is not valid."
    assert backend.hosts == ["127.0.0.1"]


def test_dns_rebinding_is_caught_when_connecting(
    server: FeedServer,
    guarded: Fetcher,
    backend: RecordingBackend,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The name looks like loopback when the redirect is checked and 10.0.0.1 at connect time."""
    answers = iter(["127.0.0.1", "10.0.0.1", "10.0.0.1"])
    lookups: list[str] = []

    def fake_getaddrinfo(host: str, port: int) -> list[tuple[object, ...]]:
        assert host == "rebind.test"
        address = next(answers)
        lookups.append(address)
        return [(2, 1, 6, "", (address, port))]

    monkeypatch.setattr(fetch_module, "_getaddrinfo", fake_getaddrinfo)
    target = f"http://rebind.test:{server.port}/other"
    server.add("/other", RSS)
    url = server.add("/feed", status=302, headers={"Location": target})
    result = guarded.fetch(url)
    assert result.outcome is FetchOutcome.FAILED
    assert target in result.error and "10.0.0.1" in result.error
    assert lookups == ["127.0.0.1", "10.0.0.1"]
    assert backend.hosts == ["127.0.0.1"]
    assert server.hits("/other") == []


def test_a_redirect_within_loopback_is_followed_by_address(
    server: FeedServer,
    other_server: FeedServer,
    guarded: Fetcher,
    backend: RecordingBackend,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        fetch_module, "_getaddrinfo", lambda host, port: [(2, 1, 6, "", ("127.0.0.2", port))]
    )
    other_server.add("/feed.xml", RSS)
    target = f"http://feeds.test:{other_server.port}/feed.xml"
    url = server.add("/feed", status=302, headers={"Location": target})
    result = guarded.fetch(url)
    assert result.outcome is FetchOutcome.OK, result.error
    assert result.final_url == target
    # The guard connected to the address it checked, not to the name (no second lookup).
    assert backend.hosts == ["127.0.0.1", "127.0.0.2"]
    assert other_server.hits("/feed.xml")[0].headers["host"] == f"feeds.test:{other_server.port}"


def test_a_feed_link_on_a_page_pointing_into_link_local_space_is_not_fetched(
    server: FeedServer, guarded: Fetcher, backend: RecordingBackend
) -> None:
    page = (
        '<html><head><link rel="alternate" type="application/rss+xml" '
        'href="http://169.254.169.254/latest/meta-data/"></head><body>Hi</body></html>'
    )
    url = server.add("/", page, content_type="text/html; charset=utf-8")
    found = discover_feed(guarded, url)
    assert not found.found
    assert "http://169.254.169.254/latest/meta-data/" in found.error
    assert backend.hosts == ["127.0.0.1"]


def test_a_direct_subscription_to_loopback_is_fetched(
    server: FeedServer, guarded: Fetcher, backend: RecordingBackend
) -> None:
    result = guarded.fetch(server.add("/feed.xml", RSS))
    assert result.outcome is FetchOutcome.OK
    assert backend.hosts == ["127.0.0.1"]


# --- truncated bodies -------------------------------------------------------------------------


def _truncated_gzip() -> bytes:
    whole = gzip.compress(RSS * 20)
    return whole[: len(whole) // 2]


def _short_body(handler: RequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", str(len(RSS) * 2))
    handler.end_headers()
    handler.wfile.write(RSS)
    handler.close_connection = True


def _broken_chunked(handler: RequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    handler.wfile.write(f"{len(RSS):x}\r\n".encode() + RSS + b"\r\n")  # no closing 0 chunk
    handler.close_connection = True


def test_a_truncated_gzip_body_is_a_failed_fetch(server: FeedServer, guarded: Fetcher) -> None:
    url = server.add("/feed", _truncated_gzip(), headers={"Content-Encoding": "gzip"})
    result = guarded.fetch(url)
    assert result.outcome is FetchOutcome.FAILED
    assert result.body == b""
    assert "cut short" in result.error and "kept the items" in result.error


@pytest.mark.parametrize("handler", [_short_body, _broken_chunked])
def test_a_body_shorter_than_promised_is_a_failed_fetch(
    server: FeedServer, guarded: Fetcher, handler: object
) -> None:
    url = server.add("/feed", handler=handler)  # type: ignore[arg-type]
    result = guarded.fetch(url)
    assert result.outcome is FetchOutcome.FAILED
    assert result.body == b""
    assert "before sending everything" in result.error and "kept the items" in result.error


def test_a_truncated_refresh_keeps_the_previous_items(app: App, server: FeedServer) -> None:
    service = FeedService(app, fetch_settings=FAST, parse_in_processes=False)
    try:
        feed = service.subscribe(server.add("/feed.xml", RSS))
        assert feed.id is not None
        before = [i.title for i in service.list_items(ItemQuery(feed_id=feed.id))]
        assert len(before) == 2
        server.add("/feed.xml", _truncated_gzip(), headers={"Content-Encoding": "gzip"})
        report = service.refresh([feed.id])
        assert report.feeds[0].failed
        stored = service.get_feed(feed.id)
        assert "cut short" in stored.last_error
        assert [i.title for i in service.list_items(ItemQuery(feed_id=feed.id))] == before
    finally:
        service.close()


# --- encodings --------------------------------------------------------------------------------


def test_one_invalid_byte_in_a_utf8_feed_becomes_a_replacement_character() -> None:
    body = RSS.replace(b"r\xc3\xa9flexion", b"r\xc3\xa9f\xfflexion")
    for headers in (
        {"content-type": "application/rss+xml; charset=utf-8"},
        {"content-type": "text/xml"},
        {},
    ):
        parsed = parse_feed(body, headers, "http://127.0.0.1/feed")
        titles = [item.title for item in parsed.items]
        assert titles == ["Caf\u00e9 \u2615 r\u00e9f\ufffdlexion", "Second"], headers
        assert "\u00c3" not in "".join(titles)  # no mojibake


def test_a_latin1_feed_served_as_latin1_reads_correctly(server: FeedServer) -> None:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Caf\u00e9</title>'
        "<item><title>Na\u00efve r\u00e9sum\u00e9 \u00a35</title><guid>1</guid></item>"
        "</channel></rss>"
    ).encode("iso-8859-1")
    url = server.add("/latin1.xml", body, content_type="application/rss+xml; charset=iso-8859-1")
    with Fetcher(FAST, network_backend=RecordingBackend()) as fetcher:
        result = fetcher.fetch(url)
    assert result.outcome is FetchOutcome.OK
    parsed = parse_feed(result.body, result.headers, url)
    assert parsed.title == "Caf\u00e9"
    assert [item.title for item in parsed.items] == ["Na\u00efve r\u00e9sum\u00e9 \u00a35"]


def test_an_undeclared_windows_1252_feed_keeps_feedparsers_guess() -> None:
    body = (
        '<rss version="2.0"><channel><item><title>Caf\u00e9 \u2019</title></item></channel></rss>'
    )
    parsed = parse_feed(body.encode("cp1252"), {"content-type": "application/rss+xml"}, "http://x/")
    assert [item.title for item in parsed.items] == ["Caf\u00e9 \u2019"]


def test_declared_encodings_in_order() -> None:
    body = b'\xef\xbb\xbf<?xml version="1.0" encoding="ISO-8859-1"?><rss/>'
    assert declared_encodings(body, {"content-type": "text/xml; charset=UTF-8"}) == [
        "utf-8",
        "iso8859-1",
    ]
    assert declared_encodings(b"<rss/>", {}) == []


def test_unsafe_item_links_are_dropped_and_the_feed_kept() -> None:
    links = [
        "javascript:alert(1)",
        "java&#x09;script:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
        "https://example.org/\u200bhidden",
        "https://example.org/a b",
    ]
    items = "".join(
        f"<item><title>Item {n}</title><link>{link}</link><guid>g{n}</guid></item>"
        for n, link in enumerate(links)
    )
    body = f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()
    parsed = parse_feed(body, {"content-type": "application/rss+xml"}, "https://example.org/")
    assert parsed.usable
    assert [item.link for item in parsed.items] == ["", "", "", "", "", "https://example.org/a%20b"]


def test_the_feed_service_refuses_and_keeps_items_on_a_redirect_to_metadata(
    app: App, server: FeedServer, backend: RecordingBackend
) -> None:
    service = FeedService(app, fetch_settings=FAST, parse_in_processes=False)
    service._fetcher = Fetcher(FAST, network_backend=backend)  # record every connection
    try:
        moved = server.add("/moved.xml", status=301, headers={"Location": "http://10.0.0.1/f"})
        with pytest.raises(FeedError, match=re.escape("http://10.0.0.1/f")):
            service.subscribe(moved)
        assert service.list_feeds() == []
        feed = service.subscribe(server.add("/feed.xml", RSS))
        assert feed.id is not None
        target = "http://169.254.169.254/latest/meta-data/iam/"
        server.add("/feed.xml", status=302, headers={"Location": target})
        report = service.refresh([feed.id])
        assert report.feeds[0].failed
        stored = service.get_feed(feed.id)
        assert target in stored.last_error and stored.url == feed.url
        assert len(service.list_items(ItemQuery(feed_id=feed.id))) == 2
        assert set(backend.hosts) == {"127.0.0.1"}
    finally:
        service.close()


def test_terminal_escapes_in_feed_text_are_removed() -> None:
    body = (
        b'<rss version="2.0"><channel><title>T\x1b[31mred\xc2\x9b</title>'
        b"<item><title>a&#27;[2Jb \x07bell</title><description>x\x1b]0;pwn\x07y</description>"
        b"<author>e\x1b[1mv</author><category>t\x1bag</category></item></channel></rss>"
    )
    parsed = parse_feed(body, {"content-type": "application/rss+xml; charset=utf-8"}, "http://x/")
    item = parsed.items[0]
    shown = [parsed.title, item.title, item.summary, item.author, item.content_html, *item.tags]
    assert shown == ["Tred\u203a", "ab bell", "xy", "ev", "xy", "tag"]  # sequences go whole
    json_feed = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "J\\u001b[2J",'
        b' "items": [{"id": "1", "title": "t\\u0007", "content_text": "c\\u001b[0m"}]}'
    )
    parsed = parse_feed(json_feed, {"content-type": "application/feed+json"}, "http://x/")
    assert (parsed.title, parsed.items[0].title) == ("J", "t")
    assert "\x1b" not in parsed.items[0].summary + parsed.items[0].content_html


def test_a_refusal_message_has_no_control_characters(
    server: FeedServer, guarded: Fetcher, backend: RecordingBackend
) -> None:
    url = server.add("/feed", status=302, headers={"Location": "http://10.0.0.1/\x9b2J"})
    result = guarded.fetch(url)
    assert result.outcome is FetchOutcome.FAILED
    assert "http://10.0.0.1/" in result.error and "\x9b" not in result.error
    assert backend.hosts == ["127.0.0.1"]


def test_a_feed_renamed_with_terminal_escapes_keeps_only_the_words(
    app: App, server: FeedServer
) -> None:
    service = FeedService(app, fetch_settings=FAST, parse_in_processes=False)
    try:
        feed = service.subscribe(server.add("/feed.xml", RSS))
        assert feed.id is not None
        renamed = service.rename(feed.id, "My\x1b[2J  notes\x07")
        assert renamed.custom_title == "My notes"
    finally:
        service.close()
