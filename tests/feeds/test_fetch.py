"""The fetcher against a real loopback server: redirects, validators, errors, hostile bodies."""

from __future__ import annotations

import datetime as dt
import email.utils
import time
import tracemalloc

import pytest

from cpdlog.feeds.fetch import (
    USER_AGENT,
    Fetcher,
    FetchOutcome,
    FetchSettings,
    HostCooldowns,
    HostLimiter,
    Validators,
    cache_lifetime,
    clamp_interval,
    failure_backoff,
    next_fetch_delay,
    parse_retry_after,
)

from .conftest import FAST
from .httpserver import (
    DATA,
    FeedServer,
    conditional,
    endless_body,
    gzip_bomb_body,
    slow_drip,
    stall_mid_body,
)

RSS = (DATA / "rss20.xml").read_bytes()


def test_plain_fetch_sends_a_descriptive_user_agent_and_no_cookies(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.add("/feed", RSS, headers={"Set-Cookie": "tracker=1; Path=/"})
    first = fetcher.fetch(url)
    second = fetcher.fetch(url)
    assert first.outcome is FetchOutcome.OK
    assert first.body == RSS
    assert first.validators.body_hash
    seen = server.hits("/feed")
    assert seen[0].headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("cpdlog/") and "+https://github.com/cpdlog/cpdlog" in USER_AGENT
    assert "gzip" in seen[0].headers["accept-encoding"]
    assert "cookie" not in seen[1].headers
    assert second.outcome is FetchOutcome.OK


@pytest.mark.parametrize("code", [301, 302, 308])
def test_single_redirects_are_followed(server: FeedServer, fetcher: Fetcher, code: int) -> None:
    target = server.add("/new", RSS)
    start = server.add("/old", status=code, headers={"Location": "/new"}, content_type=None)
    result = fetcher.fetch(start)
    assert result.outcome is FetchOutcome.OK
    assert result.final_url == target
    assert result.permanent_url == (target if code in (301, 308) else "")


def test_redirect_chain_records_only_the_leading_permanent_hops(
    server: FeedServer, other_server: FeedServer, fetcher: Fetcher
) -> None:
    final = other_server.add("/final", RSS)
    server.add("/c", status=302, headers={"Location": final}, content_type=None)
    server.add("/b", status=308, headers={"Location": "/c"}, content_type=None)
    start = server.add("/a", status=301, headers={"Location": "/b"}, content_type=None)
    result = fetcher.fetch(start)
    assert result.outcome is FetchOutcome.OK
    assert result.final_url == final
    assert result.permanent_url == server.url("/c")


def test_redirect_loop_is_detected(server: FeedServer, fetcher: Fetcher) -> None:
    server.add("/loop-a", status=302, headers={"Location": "/loop-b"}, content_type=None)
    start = server.add("/loop-b", status=301, headers={"Location": "/loop-a"}, content_type=None)
    result = fetcher.fetch(start)
    assert result.outcome is FetchOutcome.FAILED
    assert "loop" in result.error
    # caught at the first repeat, not after following it up to the redirect limit
    assert len(server.hits("/loop-a")) == 1
    assert len(server.hits("/loop-b")) == 1


def test_more_than_five_redirects_fail(server: FeedServer, fetcher: Fetcher) -> None:
    for n in range(7):
        server.add(f"/hop{n}", status=302, headers={"Location": f"/hop{n + 1}"}, content_type=None)
    server.add("/hop7", RSS)
    result = fetcher.fetch(server.url("/hop0"))
    assert result.outcome is FetchOutcome.FAILED
    assert "more than 5 times" in result.error


def test_conditional_get_sends_both_validators_and_304_means_not_modified(
    server: FeedServer, fetcher: Fetcher
) -> None:
    etag = '"v1-abc"'
    modified = "Tue, 03 Mar 2026 10:15:00 GMT"
    url = server.add("/cond", handler=conditional(RSS, etag, modified))
    first = fetcher.fetch(url)
    assert first.outcome is FetchOutcome.OK
    assert first.validators.etag == etag
    assert first.validators.last_modified == modified
    assert first.cache_seconds == 600
    second = fetcher.fetch(url, first.validators)
    assert second.outcome is FetchOutcome.NOT_MODIFIED
    assert second.body == b""
    assert second.validators.etag == etag
    assert second.validators.body_hash == first.validators.body_hash
    assert second.bytes_received < 300
    sent = server.hits("/cond")[1].headers
    assert sent["if-none-match"] == etag
    assert sent["if-modified-since"] == modified
    # With only one of the validators this server answers 200: proves it checks what it got.
    partial = fetcher.fetch(url, Validators(etag=etag))
    assert partial.outcome is FetchOutcome.OK


def test_unchanged_body_is_recognised_by_hash(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.add("/same", RSS)
    first = fetcher.fetch(url)
    second = fetcher.fetch(url, first.validators)
    assert second.outcome is FetchOutcome.UNCHANGED
    assert second.body == b""


@pytest.mark.parametrize(
    ("code", "words", "gone"),
    [
        (404, "not found at this address (404 Not Found)", False),
        (410, "removed for good (410 Gone)", True),
        (500, "problem of its own (500 Internal Server Error)", False),
        (403, "refused", False),
    ],
)
def test_http_errors_become_plain_sentences(
    server: FeedServer, fetcher: Fetcher, code: int, words: str, gone: bool
) -> None:
    url = server.add(f"/e{code}", b"error page", status=code, content_type="text/html")
    result = fetcher.fetch(url)
    assert result.outcome is FetchOutcome.FAILED
    assert words in result.error
    assert result.gone is gone
    assert result.status_code == code


def test_429_with_retry_after_seconds_cools_the_host_down(
    server: FeedServer, other_server: FeedServer, fetcher: Fetcher
) -> None:
    limited = server.add("/limited", status=429, headers={"Retry-After": "120"})
    neighbour = server.add("/neighbour", RSS)
    elsewhere = other_server.add("/elsewhere", RSS)
    before = dt.datetime.now(dt.UTC)
    result = fetcher.fetch(limited)
    assert result.outcome is FetchOutcome.FAILED
    assert "slow down" in result.error
    assert result.cooldown_until is not None
    assert 110 <= (result.cooldown_until - before).total_seconds() <= 130
    skipped = fetcher.fetch(neighbour)
    assert skipped.outcome is FetchOutcome.COOLING_DOWN
    assert server.hits("/neighbour") == []
    assert fetcher.fetch(elsewhere).outcome is FetchOutcome.OK


def test_503_with_retry_after_date_cools_the_host_down(server: FeedServer) -> None:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30)
    header = email.utils.format_datetime(when, usegmt=True)
    url = server.add("/busy", status=503, headers={"Retry-After": header})
    with Fetcher(FAST) as fetcher:
        result = fetcher.fetch(url)
        assert result.cooldown_until is not None
        assert abs((result.cooldown_until - when).total_seconds()) < 5
        assert fetcher.cooldowns.until("127.0.0.1") is not None


def test_retry_after_forms() -> None:
    now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    assert parse_retry_after("90", now, 600) == now + dt.timedelta(seconds=90)
    date = "Sun, 01 Mar 2026 12:30:00 GMT"
    assert parse_retry_after(date, now, 600) == now + dt.timedelta(minutes=30)
    assert parse_retry_after(None, now, 600) == now + dt.timedelta(seconds=600)
    assert parse_retry_after("0", now, 600) == now + dt.timedelta(seconds=600)
    assert parse_retry_after("soon", now, 600) == now + dt.timedelta(seconds=600)
    assert parse_retry_after("99999999", now, 600) == now + dt.timedelta(hours=24)


def test_cache_lifetime_and_interval_clamping() -> None:
    now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    assert cache_lifetime({"cache-control": "public, max-age=3600", "age": "600"}, now) == 3000
    assert cache_lifetime({"cache-control": "no-cache, max-age=60"}, now) is None
    expires = "Sun, 01 Mar 2026 14:00:00 GMT"
    assert cache_lifetime({"expires": expires}, now) == 7200
    assert cache_lifetime({}, now) is None
    assert clamp_interval(60) == 15 * 60
    assert clamp_interval(10**9) == 24 * 3600
    assert next_fetch_delay(3600, cache_seconds=5 * 3600, feed_ttl_seconds=None) == 5 * 3600
    assert next_fetch_delay(3600, cache_seconds=16 * 365 * 86400) == 24 * 3600
    assert next_fetch_delay(60) == 15 * 60
    assert failure_backoff(1) == 30 * 60
    assert failure_backoff(2) == 60 * 60
    assert failure_backoff(50) == 24 * 3600


def test_endless_body_stops_at_the_size_cap(server: FeedServer) -> None:
    url = server.add("/endless", handler=endless_body)
    settings = FetchSettings(read_timeout=2, deadline=8, max_bytes=1024 * 1024)
    with Fetcher(settings) as fetcher:
        result = fetcher.fetch(url)
        # the client hung up while the server was still sending (it gives up after 10 s)
        assert server.outlasted == []
    assert result.outcome is FetchOutcome.FAILED
    assert "larger than 1 MiB" in result.error
    assert result.body == b""


def test_gzip_bomb_stops_at_the_cap_with_little_memory(server: FeedServer) -> None:
    bomb = gzip_bomb_body(100)
    assert len(bomb) < 1024 * 1024
    url = server.add(
        "/bomb", bomb, headers={"Content-Encoding": "gzip"}, content_type="application/rss+xml"
    )
    settings = FetchSettings(read_timeout=2, deadline=8, max_bytes=1024 * 1024)
    with Fetcher(settings) as fetcher:
        tracemalloc.start()
        try:
            result = fetcher.fetch(url)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert result.outcome is FetchOutcome.FAILED
    assert "larger than 1 MiB" in result.error
    # memory, not time, shows it stopped at the cap: 100 MiB were never decompressed
    assert peak < 16 * 1024 * 1024


def test_gzip_body_within_the_cap_is_decoded(server: FeedServer, fetcher: Fetcher) -> None:
    import gzip

    url = server.add("/gz", gzip.compress(RSS), headers={"Content-Encoding": "gzip"})
    result = fetcher.fetch(url)
    assert result.outcome is FetchOutcome.OK
    assert result.body == RSS


def test_server_stalling_mid_body_hits_the_read_timeout(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.add("/stall", handler=stall_mid_body)
    result = fetcher.fetch(url)
    # the fetch gave up while the server was still silent (it stays so for 30 s)
    assert server.outlasted == []
    assert result.outcome is FetchOutcome.FAILED
    assert "stopped sending part-way" in result.error


def test_slow_drip_hits_the_overall_deadline(server: FeedServer) -> None:
    url = server.add("/drip", handler=slow_drip)
    settings = FetchSettings(connect_timeout=1.0, read_timeout=1.0, deadline=1.5)
    started = time.monotonic()
    with Fetcher(settings) as fetcher:
        result = fetcher.fetch(url)
        elapsed = time.monotonic() - started
        dripping = server.outlasted == []  # the server was still dripping (it stops at 30 s)
    assert result.outcome is FetchOutcome.FAILED
    assert "did not finish sending within 1.5 seconds" in result.error
    # A byte every 0.2 s never trips the 1 s read timeout: only the deadline stops it, and
    # not before it is reached (a lower bound, which a loaded machine cannot break).
    assert elapsed >= settings.deadline
    assert dripping


def test_server_that_never_answers_times_out_in_plain_words(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.add("/silent", RSS, delay=30)
    result = fetcher.fetch(url)
    assert server.outlasted == []  # the fetch gave up before the server's 30 s were over
    assert result.outcome is FetchOutcome.FAILED
    assert result.error == "The server did not answer within 1 second."


def test_refused_connection_and_bad_addresses(fetcher: Fetcher) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    refused = fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    assert refused.outcome is FetchOutcome.FAILED
    assert "refused" in refused.error or "Could not connect" in refused.error
    for bad in ("ftp://example.org/feed", "file:///etc/passwd", "not a url", "http://"):
        result = fetcher.fetch(bad)
        assert result.outcome is FetchOutcome.FAILED
        assert result.error.endswith(".")


def test_an_image_is_not_a_feed(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.add("/pic", b"\x89PNG....", content_type="image/png")
    result = fetcher.fetch(url)
    assert result.outcome is FetchOutcome.FAILED
    assert result.error == "This address gives an image, not a feed."


def test_host_limiter_caps_concurrency_per_host(server: FeedServer) -> None:
    import threading

    for n in range(8):
        server.add(f"/slow{n}", RSS, delay=0.15)
    with Fetcher(FAST, limiter=HostLimiter(2)) as fetcher:
        threads = [
            threading.Thread(target=fetcher.fetch, args=(server.url(f"/slow{n}"),))
            for n in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert server.max_active == 2
    assert len(server.requests) == 8


def test_cooldowns_expire() -> None:
    cooldowns = HostCooldowns()
    now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    cooldowns.cool("example.org", now + dt.timedelta(minutes=5))
    assert cooldowns.until("example.org", now) == now + dt.timedelta(minutes=5)
    assert cooldowns.until("example.org", now + dt.timedelta(minutes=6)) is None
