"""Whole refreshes against real loopback servers: every hostile case ends bounded, per feed."""

from __future__ import annotations

import threading
import tracemalloc
from collections.abc import Callable, Iterator

import pytest

from cpdlog.feeds import refresh as refresh_module
from cpdlog.feeds.fetch import Fetcher, FetchSettings, HostCooldowns, Validators
from cpdlog.feeds.parse import ParseStatus
from cpdlog.feeds.refresh import FeedRequest, Refresher, RefreshOutcome, summarise

from .conftest import FAST
from .httpserver import (
    DATA,
    FeedServer,
    RequestHandler,
    conditional,
    endless_body,
    gzip_bomb_body,
    most_at_once,
    stall_mid_body,
)

SMALL = FetchSettings(
    connect_timeout=2.0, read_timeout=1.0, deadline=3.0, max_bytes=1024 * 1024, max_redirects=5
)


@pytest.fixture
def refresher() -> Iterator[Refresher]:
    with Refresher(settings=SMALL, parse_in_processes=False, cooldowns=HostCooldowns()) as r:
        yield r


def _file(name: str) -> bytes:
    return (DATA / name).read_bytes()


Setup = Callable[[FeedServer], str]


def _route(path: str, body: bytes | str = b"", **kwargs: object) -> Setup:
    return lambda server: server.add(path, body, **kwargs)  # type: ignore[arg-type]


CASES: list[tuple[str, Setup, RefreshOutcome, str]] = [
    ("rss091", _route("/rss091", _file("rss091.xml")), RefreshOutcome.NEW_CONTENT, "ok"),
    (
        "rss10",
        _route("/rss10", _file("rss10.rdf"), content_type="application/rdf+xml"),
        RefreshOutcome.NEW_CONTENT,
        "ok",
    ),
    ("rss20", _route("/rss20", _file("rss20.xml")), RefreshOutcome.NEW_CONTENT, "ok"),
    (
        "atom03",
        _route("/atom03", _file("atom03.xml"), content_type="application/atom+xml"),
        RefreshOutcome.NEW_CONTENT,
        "ok",
    ),
    (
        "atom10",
        _route("/atom10", _file("atom10.xml"), content_type="application/atom+xml"),
        RefreshOutcome.NEW_CONTENT,
        "ok",
    ),
    (
        "jsonfeed",
        _route("/json", _file("feed.json"), content_type="application/feed+json"),
        RefreshOutcome.NEW_CONTENT,
        "ok",
    ),
    (
        "wrong charset",
        _route(
            "/wrong", _file("wrong_charset.xml"), content_type="application/rss+xml; charset=utf-8"
        ),
        RefreshOutcome.NEW_CONTENT,
        "ok",
    ),
    (
        "missing charset",
        _route("/nocharset", _file("latin1_nocharset.xml"), content_type="application/xml"),
        RefreshOutcome.NEW_CONTENT,
        "ok",
    ),
    (
        "malformed but partly readable",
        _route("/malformed", _file("malformed.xml")),
        RefreshOutcome.NEW_CONTENT,
        "degraded",
    ),
    (
        "billion laughs",
        _route("/laughs", _file("billion_laughs.xml")),
        RefreshOutcome.NEW_CONTENT,
        "degraded",
    ),
    ("hostile html", _route("/hostile", _file("hostile.xml")), RefreshOutcome.NEW_CONTENT, "ok"),
    (
        "plain html page",
        _route("/page", _file("plain_page.html"), content_type="text/html; charset=utf-8"),
        RefreshOutcome.FAILED,
        "web page, not a feed",
    ),
    ("404", _route("/missing", b"nope", status=404), RefreshOutcome.FAILED, "404 Not Found"),
    ("410", _route("/gone", b"gone", status=410), RefreshOutcome.FAILED, "410 Gone"),
    ("500", _route("/broken", b"oops", status=500), RefreshOutcome.FAILED, "500"),
    (
        "429",
        _route("/limited", status=429, headers={"Retry-After": "60"}),
        RefreshOutcome.FAILED,
        "slow down",
    ),
    (
        "endless body",
        lambda s: s.add("/endless", handler=endless_body),
        RefreshOutcome.FAILED,
        "larger than 1 MiB",
    ),
    (
        "gzip bomb",
        lambda s: s.add("/bomb", gzip_bomb_body(100), headers={"Content-Encoding": "gzip"}),
        RefreshOutcome.FAILED,
        "larger than 1 MiB",
    ),
    (
        "stall mid-body",
        lambda s: s.add("/stall", handler=stall_mid_body),
        RefreshOutcome.FAILED,
        "stopped sending part-way",
    ),
    (
        "301-302-308 chain",
        lambda s: (
            s.add("/chain-end", _file("rss20.xml")),
            s.add("/chain3", status=308, headers={"Location": "/chain-end"}),
            s.add("/chain2", status=302, headers={"Location": "/chain3"}),
            s.add("/chain1", status=301, headers={"Location": "/chain2"}),
        )[-1],
        RefreshOutcome.NEW_CONTENT,
        "ok",
    ),
    (
        "html page with a discoverable feed",
        lambda s: (
            s.add("/feed.xml", _file("rss20.xml")),
            s.add("/blog", _file("page_with_feed.html"), content_type="text/html"),
        )[-1],
        RefreshOutcome.FAILED,
        "The page names a feed at http://",
    ),
    (
        "redirect loop",
        lambda s: (
            s.add("/l1", status=301, headers={"Location": "/l2"}),
            s.add("/l2", status=302, headers={"Location": "/l1"}),
        )[1],
        RefreshOutcome.FAILED,
        "loop",
    ),
]


@pytest.mark.parametrize(("name", "setup", "outcome", "detail"), CASES, ids=[c[0] for c in CASES])
def test_each_case_ends_bounded_with_the_right_outcome(
    server: FeedServer,
    refresher: Refresher,
    name: str,
    setup: Setup,
    outcome: RefreshOutcome,
    detail: str,
) -> None:
    url = setup(server)
    tracemalloc.start()
    try:
        [result] = refresher.refresh([FeedRequest(1, url)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Bounded: the refresh ended while every hostile server was still at it (they keep
    # sending or stalling for 10 to 30 s), so the client's own limits stopped it.
    assert server.outlasted == []
    # The cap is 1 MiB; everything else (server, parser, copies) fits in a few more.
    assert peak < 12 * 1024 * 1024, peak
    assert result.outcome is outcome, result.error
    if outcome is RefreshOutcome.NEW_CONTENT:
        assert result.parsed is not None
        assert result.parsed.status.value == detail
        assert result.parsed.items
        assert result.fetch.body == b""  # bodies are dropped once parsed
    else:
        assert detail in result.error
        assert result.error.endswith(".")
        assert result.parsed is None


def test_all_cases_together_one_failure_never_stops_the_others(
    server: FeedServer, other_server: FeedServer, refresher: Refresher
) -> None:
    # The 429 goes to its own host: a cooldown rightly stops further requests to that host.
    requests = [
        FeedRequest(n, setup(other_server if name == "429" else server))
        for n, (name, setup, _, _) in enumerate(CASES)
    ]
    progress: list[tuple[int, int]] = []
    results = refresher.refresh(requests, progress=lambda d, t: progress.append((d, t)))
    assert server.outlasted == [] and other_server.outlasted == []  # the client gave up first
    assert [r.feed_id for r in results] == list(range(len(CASES)))
    for result, (name, _, outcome, _) in zip(results, CASES, strict=True):
        assert result.outcome is outcome, (name, result.error)
        if name == "hostile html":
            assert result.parsed is not None
            [item] = result.parsed.items
            html = item.content_html.lower()
            for banned in ("<script", "onerror", "javascript:", "<svg", "<iframe", "pixel.gif"):
                assert banned not in html, banned
            assert 'rel="noopener noreferrer"' in html
            assert item.link == ""
    assert progress[-1] == (len(CASES), len(CASES))
    assert [d for d, _ in progress] == list(range(1, len(CASES) + 1))
    # No per-host check here: after the client gives up on the endless or stalling bodies, the
    # server's threads keep writing for a while, so the server can count more "active"
    # requests than the client ever had open. The per-host limit is tested with well-behaved
    # responses in test_fetch.py and below.
    counts = summarise(results)
    assert counts["new-content"] == sum(1 for c in CASES if c[2] is RefreshOutcome.NEW_CONTENT)


def test_not_modified_and_unchanged_skip_parsing(server: FeedServer, refresher: Refresher) -> None:
    body = _file("rss20.xml")
    etag, modified = '"abc"', "Tue, 03 Mar 2026 10:15:00 GMT"
    cond = server.add("/cond", handler=conditional(body, etag, modified))
    plain = server.add("/plain", body)
    first = refresher.refresh([FeedRequest(1, cond), FeedRequest(2, plain)])
    assert all(r.outcome is RefreshOutcome.NEW_CONTENT for r in first)
    again = refresher.refresh(
        [
            FeedRequest(1, cond, first[0].fetch.validators),
            FeedRequest(2, plain, first[1].fetch.validators),
        ]
    )
    assert again[0].outcome is RefreshOutcome.NOT_MODIFIED
    assert again[1].outcome is RefreshOutcome.UNCHANGED
    assert all(r.parsed is None for r in again)
    assert again[0].fetch.validators.etag == etag


def test_a_chain_of_permanent_redirects_reports_the_new_address(
    server: FeedServer, refresher: Refresher
) -> None:
    final = server.add("/p-end", _file("atom10.xml"), content_type="application/atom+xml")
    server.add("/p2", status=308, headers={"Location": "/p-end"})
    start = server.add("/p1", status=301, headers={"Location": "/p2"})
    temporary = server.add("/t1", status=302, headers={"Location": "/p-end"})
    moved, borrowed = refresher.refresh([FeedRequest(1, start), FeedRequest(2, temporary)])
    assert moved.outcome is RefreshOutcome.NEW_CONTENT
    assert moved.permanent_url == final
    assert moved.fetch.final_url == final
    assert borrowed.outcome is RefreshOutcome.NEW_CONTENT
    assert borrowed.permanent_url == ""  # a temporary redirect never moves a subscription


def test_a_home_page_subscription_discovers_its_feed(
    server: FeedServer, other_server: FeedServer, refresher: Refresher
) -> None:
    feed = server.add("/feed.xml", _file("rss20.xml"))
    page = server.add("/blog", _file("page_with_feed.html"), content_type="text/html")
    server.add("/bare", _file("plain_page.html"), content_type="text/html")
    bare = server.url("/bare")
    html = (DATA / "page_with_feed.html").read_text()
    broken = other_server.add("/blog", html, content_type="text/html")  # its feeds 404
    named, found, nothing, unreadable = refresher.refresh(
        [
            FeedRequest(1, page),
            FeedRequest(2, page, discover=True),
            FeedRequest(3, bare, discover=True),
            FeedRequest(4, broken, discover=True),
        ]
    )
    assert named.outcome is RefreshOutcome.FAILED
    assert named.discovered_url == feed
    assert named.error == (
        f"This address gives a web page, not a feed. The page names a feed at {feed}; "
        "subscribe to that address instead."
    )
    assert found.outcome is RefreshOutcome.NEW_CONTENT, found.error
    assert found.discovered_url == feed
    assert found.parsed is not None and found.parsed.title == "Social Work Stories"
    assert found.fetch.validators.body_hash  # the feed's, to store with its new address
    assert server.hits("/comments/feed/") == []
    assert nothing.outcome is RefreshOutcome.FAILED
    assert nothing.error == "This address gives a web page, not a feed."
    assert unreadable.outcome is RefreshOutcome.FAILED
    assert unreadable.error.startswith("The page names a feed, but it could not be read:")
    assert "404 Not Found" in unreadable.error
    assert unreadable.discovered_url == ""


def test_permanent_redirect_is_reported_only_when_the_target_parses(
    server: FeedServer, refresher: Refresher
) -> None:
    server.add("/moved-feed", _file("atom10.xml"), content_type="application/atom+xml")
    good = server.add("/was-feed", status=301, headers={"Location": "/moved-feed"})
    server.add("/moved-page", _file("plain_page.html"), content_type="text/html")
    bad = server.add("/was-page", status=308, headers={"Location": "/moved-page"})
    results = refresher.refresh([FeedRequest(1, good), FeedRequest(2, bad)])
    assert results[0].permanent_url == server.url("/moved-feed")
    assert results[1].outcome is RefreshOutcome.FAILED
    assert results[1].permanent_url == ""


def test_429_cools_the_host_for_the_rest_of_the_refresh(server: FeedServer) -> None:
    server.add("/a", status=429, headers={"Retry-After": "300"})
    for n in range(4):
        server.add(f"/b{n}", _file("rss20.xml"), delay=0.2)
    with Refresher(settings=SMALL, workers=1, parse_in_processes=False) as refresher:
        results = refresher.refresh(
            [FeedRequest(0, server.url("/a"))]
            + [FeedRequest(n + 1, server.url(f"/b{n}")) for n in range(4)]
        )
    assert results[0].outcome is RefreshOutcome.FAILED
    assert {r.outcome for r in results[1:]} == {RefreshOutcome.COOLING_DOWN}
    assert all("will not ask it again until" in r.error for r in results[1:])
    assert len(server.requests) == 1


def test_pool_bounds_and_per_host_limit(server: FeedServer, other_server: FeedServer) -> None:
    body = _file("rss20.xml")
    requests = []
    for n in range(6):
        requests.append(FeedRequest(n, server.add(f"/f{n}", body, delay=0.2)))
        requests.append(FeedRequest(100 + n, other_server.add(f"/f{n}", body, delay=0.2)))
    with Refresher(settings=FAST, workers=3, per_host=2, parse_in_processes=False) as refresher:
        results = refresher.refresh(requests)
    assert all(r.outcome is RefreshOutcome.NEW_CONTENT for r in results)
    assert server.max_active <= 2 and other_server.max_active <= 2
    # 12 feeds, 0.2 s each at the server: the pool of 3 had 3 requests in progress at once
    # (not one at a time), and never more.
    assert most_at_once(server, other_server) == 3


@pytest.mark.parametrize("in_processes", [False, True], ids=["threads", "processes"])
def test_parsing_overlaps_fetching(server: FeedServer, in_processes: bool) -> None:
    # One worker, five feeds: each feed must be parsed and reported while the next ones are
    # still being fetched, not all at the end. The last feed's server answers only once the
    # first feed has been reported (or after 30 s, when the test fails): an ordering, so a
    # slow start of the parsing processes cannot make it flake.
    body = _file("rss20.xml")
    first_reported = threading.Event()
    gate: list[bool] = []

    def last_feed(handler: RequestHandler) -> None:
        gate.append(first_reported.wait(30))
        handler.send_plain(200, body, {"Content-Type": "application/rss+xml"})

    requests = [FeedRequest(n, server.add(f"/o{n}", body)) for n in range(4)]
    requests.append(FeedRequest(4, server.add("/o4", handler=last_feed)))
    reported: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reported.append((done, len(server.requests)))
        first_reported.set()

    patient = FetchSettings(connect_timeout=2.0, read_timeout=40.0, deadline=60.0)
    with Refresher(
        settings=patient, workers=1, parse_in_processes=in_processes, parse_workers=1
    ) as refresher:
        refresher.start_parse_pool()
        results = refresher.refresh(requests, progress=progress)
    assert all(r.outcome is RefreshOutcome.NEW_CONTENT for r in results)
    # The first feed was reported while the last one was still being fetched.
    assert gate == [True]
    assert reported[0][0] == 1
    assert [d for d, _ in reported] == [1, 2, 3, 4, 5]


def test_cancellation_stops_promptly(server: FeedServer) -> None:
    body = _file("rss20.xml")
    requests = [FeedRequest(n, server.add(f"/c{n}", body, delay=0.3)) for n in range(30)]
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 2:
            cancel.set()

    with Refresher(settings=FAST, workers=2, parse_in_processes=False) as refresher:
        results = refresher.refresh(requests, progress=progress, cancel=cancel)
    assert len(results) == 30
    cancelled = [r for r in results if r.outcome is RefreshOutcome.CANCELLED]
    assert all(r.error == "The refresh was cancelled." for r in cancelled)
    # Promptly: after the second feed was done no new request was started beyond the two
    # workers' next ones, and every feed never asked for comes back cancelled.
    asked = len(server.requests)
    assert asked <= 2 + 2
    assert len(cancelled) >= 30 - asked


def test_a_crashing_progress_callback_does_not_break_the_refresh(
    server: FeedServer, refresher: Refresher
) -> None:
    url = server.add("/ok", _file("rss20.xml"))

    def broken(done: int, total: int) -> None:
        raise RuntimeError("display went away")

    [result] = refresher.refresh([FeedRequest(1, url)], progress=broken)
    assert result.outcome is RefreshOutcome.NEW_CONTENT


def test_parsing_in_processes_gives_the_same_items(server: FeedServer) -> None:
    urls = [
        server.add("/p1", _file("rss20.xml")),
        server.add("/p2", _file("feed.json"), content_type="application/feed+json"),
        server.add("/p3", _file("malformed.xml")),
    ]
    requests = [FeedRequest(n, u) for n, u in enumerate(urls)]
    with Refresher(settings=FAST, parse_in_processes=True, parse_workers=1) as in_processes:
        remote = in_processes.refresh(requests)
    with Refresher(settings=FAST, parse_in_processes=False) as in_threads:
        local = in_threads.refresh(requests)
    for a, b in zip(remote, local, strict=True):
        assert a.parsed is not None and b.parsed is not None
        assert [i.key for i in a.parsed.items] == [i.key for i in b.parsed.items]
        assert a.parsed.status is b.parsed.status
    assert remote[2].parsed is not None and remote[2].parsed.status is ParseStatus.DEGRADED


def test_empty_refresh(refresher: Refresher) -> None:
    assert refresher.refresh([]) == []


def test_validators_are_passed_through(server: FeedServer, refresher: Refresher) -> None:
    url = server.add("/v", _file("rss20.xml"))
    refresher.refresh([FeedRequest(1, url, Validators(etag='"x"', last_modified="yesterday"))])
    seen = server.hits("/v")[0].headers
    assert seen["if-none-match"] == '"x"'
    assert seen["if-modified-since"] == "yesterday"


@pytest.mark.parametrize(("cores", "expected"), [(1, 0), (2, 1), (3, 2), (16, 2)])
def test_no_more_processes_than_cores(
    cores: int, expected: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The command is one process; its parse processes take the other cores, at most two.
    monkeypatch.setattr(refresh_module.os, "sched_getaffinity", lambda _pid: set(range(cores)))
    assert refresh_module.default_parse_workers() == expected
    refresher = Refresher(fetcher=Fetcher(FAST))
    try:
        assert refresher.parse_in_processes is (expected > 0)
        if expected:
            assert refresher.parse_workers == expected
    finally:
        refresher.close()
        refresher.fetcher.close()
