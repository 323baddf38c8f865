"""A feed's parse problem is in the language chosen in the main process, although the parse
processes start without it (cpdlog.feeds.parse carries a code and its values; the sentence is
built where the problem is read)."""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import pickle
from collections.abc import Iterator

import pytest

from cpdlog import i18n
from cpdlog.feeds.fetch import HostCooldowns
from cpdlog.feeds.parse import ParsedFeed, ParseStatus, Problem, parse_feed
from cpdlog.feeds.refresh import FeedRequest, Refresher, RefreshOutcome
from tests.feeds.conftest import FAST
from tests.feeds.httpserver import FeedServer

RSS = {"content-type": "application/rss+xml"}
WEB_PAGE_CY = "Mae'r cyfeiriad hwn yn rhoi tudalen we, nid ffrwd."
MISMATCHED = b'<?xml version="1.0"?>\n<notes>\n<a></b>\n</notes>'  # not a feed at all
# Items survive, but the XML is broken: a degraded feed whose warning names the line.
DEGRADED = (
    b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n'
    b"<item><title>One</title><guid>g1</guid><link>https://example.org/1</link></item>\n"
    b"<item><title>Two &bogus; </title></item>\n</channel></rss>"
)
HTML = b"<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Hello</p></body></html>"


@pytest.fixture
def welsh() -> None:
    i18n.set_language(i18n.WELSH)  # tests/conftest.py puts English back afterwards


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


@pytest.fixture
def spawn_pool() -> Iterator[cf.ProcessPoolExecutor]:
    # Started as feeds.refresh starts its pool: "spawn", no initializer, so no language.
    pool = cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    yield pool
    pool.shutdown(wait=True, cancel_futures=True)


def _in_process(pool: cf.ProcessPoolExecutor, body: bytes, headers: dict[str, str]) -> ParsedFeed:
    return pool.submit(parse_feed, body, headers, "https://example.org/feed").result(timeout=120)


def test_a_parse_process_gives_a_code_the_main_process_words_in_welsh(
    spawn_pool: cf.ProcessPoolExecutor, welsh: None
) -> None:
    page = _in_process(spawn_pool, HTML, {"content-type": "text/html"})
    assert page.status is ParseStatus.FAILED
    assert page.problem_code == Problem.WEB_PAGE
    assert page.problem == WEB_PAGE_CY

    broken = _in_process(spawn_pool, MISMATCHED, RSS)
    assert broken.status is ParseStatus.FAILED
    assert broken.problem_code == Problem.UNREADABLE
    assert isinstance(broken.problem_values["line"], int)
    line = broken.problem_values["line"]
    assert broken.problem.startswith("Nid yw hon yn ffrwd y gall cpdlog ei darllen: ")
    assert broken.problem.endswith(f" (llinell {line}).")

    # The same result reads in English once the process's language is English again.
    i18n.set_language(i18n.ENGLISH)
    assert page.problem == "This address gives a web page, not a feed."
    assert broken.problem.startswith("This is not a feed cpdlog can read: ")
    assert broken.problem.endswith(f" (line {line}).")


def test_the_problem_is_plain_values_that_pickle(spawn_pool: cf.ProcessPoolExecutor) -> None:
    degraded = _in_process(spawn_pool, DEGRADED, RSS)
    assert degraded.status is ParseStatus.DEGRADED
    assert all(isinstance(v, str | int) for v in degraded.problem_values.values())
    again = pickle.loads(pickle.dumps(degraded))
    assert (again.problem_code, again.problem_values) == (
        degraded.problem_code,
        degraded.problem_values,
    )


def test_json_feed_problems_are_welsh_too(spawn_pool: cf.ProcessPoolExecutor, welsh: None) -> None:
    junk = _in_process(spawn_pool, b"{nope", {"content-type": "application/feed+json"})
    assert junk.problem == "Nid yw hwn yn JSON dilys, felly nid yw'n ffrwd."
    items = b'{"version": "https://jsonfeed.org/version/1.1", "items": [1, 2, {"id": "a"}]}'
    some_bad = _in_process(spawn_pool, items, {"content-type": "application/feed+json"})
    assert some_bad.status is ParseStatus.DEGRADED
    assert some_bad.problem == (
        "Mae gwallau yn y ffrwd, felly gall rhan ohoni fod ar goll: 2 o eitemau gwallus."
    )


def test_a_refresh_in_welsh_reports_parse_problems_in_welsh(
    server: FeedServer, welsh: None
) -> None:
    page = server.add("/page", HTML, content_type="text/html; charset=utf-8")
    broken = server.add("/broken", MISMATCHED)
    degraded = server.add("/degraded", DEGRADED)
    requests = [FeedRequest(1, page), FeedRequest(2, broken), FeedRequest(3, degraded)]
    with Refresher(
        settings=FAST, workers=2, parse_workers=1, parse_in_processes=True,
        cooldowns=HostCooldowns(),
    ) as refresher:  # fmt: skip
        results = refresher.refresh(requests)
        assert refresher._pool is not None, "the feeds were not parsed in a parse process"
    by_id = {r.feed_id: r for r in results}
    assert by_id[1].outcome is RefreshOutcome.FAILED
    assert by_id[1].error == WEB_PAGE_CY
    assert by_id[2].outcome is RefreshOutcome.FAILED
    assert by_id[2].error.startswith("Nid yw hon yn ffrwd y gall cpdlog ei darllen: ")
    assert by_id[3].outcome is RefreshOutcome.NEW_CONTENT
    assert by_id[3].warning.startswith(
        "Mae gwallau yn y ffrwd, felly gall rhan ohoni fod ar goll: "
    )
    assert "(llinell " in by_id[3].warning
