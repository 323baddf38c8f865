"""Hostile feed servers — on 127.0.0.1 only. (Refusing redirects into private and link-local
ranges is unit-tested elsewhere with a transport that blocks connections: no test here may make
cpdlog connect to a non-loopback address.)"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from tests.hostile.conftest import Sandbox
from tests.hostile.harness import (
    Result,
    assert_clean_exit,
    assert_no_crash,
    assert_ok,
    assert_outside_unchanged,
    run_session,
)
from tests.hostile.loopback import RSS_HEADERS, Loopback, Reply, loopback_server, rss


@pytest.fixture
def server() -> Iterator[Loopback]:
    with loopback_server() as s:
        yield s


@pytest.fixture
def second_server() -> Iterator[Loopback]:
    with loopback_server() as s:
        yield s


def _refresh(result: Result) -> dict[str, Any]:
    assert_no_crash(result)
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def _outcome(report: dict[str, Any], url: str) -> dict[str, Any]:
    (line,) = [f for f in report["feeds"] if f["url"] == url or f.get("moved_to") == url]
    return line


def _titles(result: Result) -> list[str]:
    assert_ok(result)
    return [item["title"] for item in json.loads(result.stdout)]


GOOD = [("Good news one", "good-1"), ("Good news two", "good-2")]


def test_a_loopback_feed_redirecting_within_loopback_still_works(
    sandbox: Sandbox, server: Loopback, second_server: Loopback
) -> None:
    """An intranet feed is legitimate: subscribed directly on 127.0.0.1, it may redirect to
    another loopback address and port."""
    server.redirect("/feed", "/moved")
    server.redirect("/moved", second_server.url("/final.xml"), status=307)
    second_server.route("/final.xml", Reply(200, rss("Intranet news", GOOD), RSS_HEADERS))

    results = run_session(
        [
            ["feeds", "add", server.url("/feed")],
            ["feeds", "refresh", "--json"],
            ["items", "list", "--json"],
        ],
        home=sandbox.home,
        timeout=60,
    )

    assert_ok(results[0])
    assert_ok(results[1])
    assert {"Good news one", "Good news two"} <= set(_titles(results[2]))
    assert "/final.xml" in second_server.requests
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())


def test_an_endless_redirect_loop_fails_that_feed_only(sandbox: Sandbox, server: Loopback) -> None:
    server.route("/loop", Reply(200, rss("Looping", [("Before the loop", "loop-1")]), RSS_HEADERS))
    server.route("/good", Reply(200, rss("Good", GOOD), RSS_HEADERS))
    added = run_session(
        [["feeds", "add", server.url("/loop")], ["feeds", "add", server.url("/good")]],
        home=sandbox.home,
    )
    for r in added:
        assert_ok(r)
    server.redirect("/loop", "/loop-b")
    server.redirect("/loop-b", server.url("/loop"))

    results = run_session(
        [["feeds", "refresh", "--json"], ["feeds", "refresh"], ["items", "list", "--json"]],
        home=sandbox.home,
        timeout=60,
    )

    assert_ok(results[0])  # exit 0: only some feeds failed
    report = _refresh(results[0])
    looping = _outcome(report, server.url("/loop"))
    assert looping["outcome"] == "failed", looping
    assert looping["error"], looping
    assert _outcome(report, server.url("/good"))["outcome"] != "failed"
    assert_ok(results[1])  # the plain-text report says so in its lines, also exit 0
    assert "Good news one" in _titles(results[2])
    assert server.requests.count("/loop") < 50, "the loop was followed without limit"
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())


def _big_feed(prefix: str, n: int) -> list[tuple[str, str]]:
    rng = random.Random(prefix)
    return [
        (f"{prefix} {i} " + "".join(rng.choice("abcdefghij ") for _ in range(200)), f"{prefix}-{i}")
        for i in range(n)
    ]


def test_a_truncated_gzip_body_is_a_failed_fetch_that_keeps_the_items(
    sandbox: Sandbox, server: Loopback
) -> None:
    first = [("First refresh item A", "a"), ("First refresh item B", "b")]
    body = gzip.compress(rss("Zipped", first))
    headers = {**RSS_HEADERS, "Content-Encoding": "gzip"}
    server.route("/gz", lambda: Reply(200, body, headers))
    server.route("/good", Reply(200, rss("Good", GOOD), RSS_HEADERS))
    results = run_session(
        [
            ["feeds", "add", server.url("/gz")],
            ["feeds", "add", server.url("/good")],
            ["feeds", "refresh", "--json"],
            ["items", "list", "--json"],
        ],
        home=sandbox.home,
        timeout=60,
    )
    for r in results[:3]:
        assert_ok(r)
    kept = set(_titles(results[3]))
    assert {"First refresh item A", "First refresh item B"} <= kept

    newer = _big_feed("Newer", 60) + first
    whole = gzip.compress(rss("Zipped", newer))
    # the /gz route reads `body` when asked: from now on it serves the cut stream
    body = whole[: len(whole) * 2 // 3]  # cut mid-stream: the first items still inflate
    assert b"Newer 0" in gzip.decompress(whole)

    results = run_session(
        [["feeds", "refresh", "--json"], ["items", "list", "--json"]],
        home=sandbox.home,
        timeout=60,
    )

    assert_clean_exit(results[0])
    report = _refresh(results[0])
    assert _outcome(report, server.url("/gz"))["outcome"] == "failed", report
    titles = set(_titles(results[1]))
    assert {"First refresh item A", "First refresh item B"} <= titles
    partial = [t for t in titles if t.startswith("Newer ")]
    assert not partial, f"{len(partial)} items from the truncated body were stored"
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())


def test_one_invalid_byte_in_a_utf8_feed_is_not_mojibake(
    sandbox: Sandbox, server: Loopback
) -> None:
    body = (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        b"<title>Caf\xc3\xa9 society</title><link>https://example.org/</link>"
        b"<description>d</description>"
        b"<item><title>Caf\xc3\xa9 on the ward</title><guid>u-1</guid>"
        b"<link>https://example.org/1</link></item>"
        b"<item><title>Bad \xff byte, na\xc3\xafve reader</title><guid>u-2</guid>"
        b"<link>https://example.org/2</link></item>"
        b"</channel></rss>"
    )
    server.route("/utf8", Reply(200, body, RSS_HEADERS))

    results = run_session(
        [
            ["feeds", "add", server.url("/utf8")],
            ["feeds", "refresh", "--json"],
            ["items", "list", "--json"],
        ],
        home=sandbox.home,
        timeout=60,
    )

    assert_ok(results[0])
    assert_clean_exit(results[1])
    titles = _titles(results[2])
    assert "Café on the ward" in titles, titles
    assert not [t for t in titles if "Ã" in t or "Â" in t], titles
    (bad,) = [t for t in titles if t.startswith("Bad")]
    assert "naïve reader" in bad, bad
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())
