"""Fixtures for the social capture tests: a loopback Mastodon/Bluesky server and fast limits."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from cpdlog.capture.api import JsonClient
from cpdlog.feeds.fetch import Fetcher, FetchSettings, HostCooldowns, HostLimiter

from .fakesocial import SocialServer

FAST = FetchSettings(connect_timeout=2.0, read_timeout=2.0, deadline=5.0, max_bytes=4 * 1024 * 1024)


@pytest.fixture
def social() -> Iterator[SocialServer]:
    server = SocialServer().start()
    yield server
    server.stop()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FAST, limiter=HostLimiter(2), cooldowns=HostCooldowns()) as client:
        yield client


@pytest.fixture
def client(fetcher: Fetcher) -> JsonClient:
    return JsonClient(fetcher, max_wait=5.0, cancel=threading.Event())
