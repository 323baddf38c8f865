"""A refresh's results read in Welsh when the app does: the discovery and cancel errors of
cpdlog.feeds.refresh and cpdlog.services.feeds, and the CLI's per-feed outcome line
(FeedRefreshLine.describe), counts included."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog import i18n
from cpdlog.feeds.fetch import HostCooldowns
from cpdlog.feeds.refresh import FeedRequest, Refresher, RefreshOutcome
from cpdlog.services.feeds import FeedRefreshLine
from tests.feeds.conftest import FAST
from tests.feeds.httpserver import FeedServer

DATA = Path(__file__).resolve().parents[1] / "feeds" / "data"


@pytest.fixture
def welsh() -> None:
    i18n.set_language(i18n.WELSH)  # tests/conftest.py puts English back afterwards


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


def line(outcome: RefreshOutcome, **values: object) -> FeedRefreshLine:
    return FeedRefreshLine(1, "Nodiadau", "https://example.org/feed", outcome, **values)  # type: ignore[arg-type]


def test_outcome_lines_in_english() -> None:
    assert line(RefreshOutcome.NEW_CONTENT, new_items=1).describe() == "1 new item"
    assert line(RefreshOutcome.NEW_CONTENT, new_items=3, updated_items=2).describe() == (
        "3 new items, 2 updated"
    )
    assert line(RefreshOutcome.FAILED, error="Gone.", warning="Odd.").describe() == (
        "failed: Gone. (warning: Odd.)"
    )


@pytest.mark.usefixtures("welsh")
def test_outcome_lines_in_welsh() -> None:
    assert line(RefreshOutcome.NEW_CONTENT, new_items=1).describe() == "1 eitem newydd"
    assert line(RefreshOutcome.NEW_CONTENT, new_items=3, updated_items=2).describe() == (
        "3 eitem newydd, 2 wedi’u diweddaru"
    )
    moved = line(RefreshOutcome.NOT_MODIFIED, moved_to="https://example.org/new")
    assert moved.describe() == "heb ei newid; ei gyfeiriad nawr yw https://example.org/new"
    assert line(RefreshOutcome.CANCELLED).describe() == "wedi’i ganslo"
    failed = line(RefreshOutcome.FAILED, error="X.", warning="Y.")
    assert failed.describe() == "wedi methu: X. (rhybudd: Y.)"
    assert line(RefreshOutcome.COOLING_DOWN, error="X.").describe() == "wedi’i hepgor: X."


@pytest.mark.usefixtures("welsh")
def test_discovery_and_cancel_errors_in_welsh(server: FeedServer) -> None:
    feed = server.add("/feed.xml", (DATA / "rss20.xml").read_bytes())
    page = server.add(
        "/blog", (DATA / "page_with_feed.html").read_bytes(), content_type="text/html"
    )
    with Refresher(settings=FAST, parse_in_processes=False, cooldowns=HostCooldowns()) as r:
        (named,) = r.refresh([FeedRequest(1, page)])
        stop = threading.Event()
        stop.set()
        (cancelled,) = r.refresh([FeedRequest(2, feed)], cancel=stop)
    assert named.outcome is RefreshOutcome.FAILED
    assert named.error == (
        "Mae'r cyfeiriad hwn yn rhoi tudalen we, nid ffrwd. Mae'r dudalen yn enwi ffrwd yn "
        f"{feed}; tanysgrifiwch i’r cyfeiriad hwnnw yn lle hynny."
    )
    assert cancelled.outcome is RefreshOutcome.CANCELLED
    assert cancelled.error == "Cafodd yr adnewyddiad ei ganslo."
