"""Fixtures for the feed tests: loopback HTTP servers and a fetcher with short timeouts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cpdlog.feeds.fetch import Fetcher, FetchSettings, HostCooldowns, HostLimiter

from .httpserver import FeedServer

# Short limits so that every hostile case ends in a second or two.
FAST = FetchSettings(
    connect_timeout=2.0,
    read_timeout=1.0,
    deadline=3.0,
    max_bytes=2 * 1024 * 1024,
    max_redirects=5,
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


@pytest.fixture
def other_server() -> Iterator[FeedServer]:
    """A second host (127.0.0.2) for per-host limits and cross-host redirects."""
    feed_server = FeedServer("127.0.0.2").start()
    yield feed_server
    feed_server.stop()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FAST, limiter=HostLimiter(2), cooldowns=HostCooldowns()) as client:
        yield client
