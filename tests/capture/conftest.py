"""Fixtures for the capture tests: a real capture endpoint on a free loopback port saving into
a fresh journal (``endpoint``, ``client``), and a loopback Mastodon/Bluesky server with fast
limits (``social``, ``fetcher``, ``json_client``)."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from cpdlog.capture.api import JsonClient
from cpdlog.capture.server import CaptureEndpoint
from cpdlog.feeds.fetch import Fetcher, FetchSettings, HostCooldowns, HostLimiter
from cpdlog.services.app import App

from .fakesocial import SocialServer

FAST = FetchSettings(connect_timeout=2.0, read_timeout=2.0, deadline=5.0, max_bytes=4 * 1024 * 1024)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


class Client:
    def __init__(self, endpoint: CaptureEndpoint) -> None:
        self.endpoint = endpoint
        self.port = endpoint.port
        self.token = endpoint.token

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        token: bool = True,
    ) -> Reply:
        sent = {"Host": f"127.0.0.1:{self.port}"}
        if token:
            sent["Authorization"] = f"Bearer {self.token}"
        if body is not None:
            sent.setdefault("Content-Type", "application/json")
        sent.update(headers or {})
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for name, value in sent.items():
                connection.putheader(name, value)
            if body is not None and "Content-Length" not in sent:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            response = connection.getresponse()
            return Reply(response.status, dict(response.getheaders()), response.read())
        finally:
            connection.close()

    def capture(self, data: Any, **kwargs: Any) -> Reply:
        return self.request("POST", "/capture", json.dumps(data).encode(), **kwargs)


@pytest.fixture
def endpoint(app: App) -> Iterator[CaptureEndpoint]:
    server = app.capture.endpoint(port=0)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def client(endpoint: CaptureEndpoint) -> Client:
    return Client(endpoint)


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
def json_client(fetcher: Fetcher) -> JsonClient:
    return JsonClient(fetcher, max_wait=5.0, cancel=threading.Event())
