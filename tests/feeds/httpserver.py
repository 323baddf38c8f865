"""A real HTTP server on loopback for the feed tests: routes, request log, concurrency gauge."""

from __future__ import annotations

import functools
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

Handler = Callable[["RequestHandler"], None]


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    handler: Handler | None = None


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]
    host: str


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FeedHTTPServer

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        owner = self.server.owner
        seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, owner.host)
        owner.record_start(seen)
        answering = False
        try:
            route = owner.routes.get(self.path)
            if route is None:
                self.send_plain(404, b"not found")
                return
            if route.delay and not owner.stopping.wait(route.delay):
                owner.record_outlasted(self.path)
            owner.record_answering()
            answering = True
            if route.handler is not None:
                route.handler(self)
                return
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            owner.record_end(answering)

    def send_plain(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class FeedHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: FeedServer

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up on hostile responses is the point of those tests.
        return


class FeedServer:
    """Serve routes on ``host`` (any 127.0.0.x) on a free port, in a background thread."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        # Paths whose hostile handler ran its whole course (the client never hung up): a test
        # that checks this right after its fetch returned knows the client gave up first.
        self.outlasted: list[str] = []
        # (clock, +1 | -1) as requests begin and end: the clock only orders the events (of
        # several servers, too) for overlap checks; no test measures durations with it
        self.events: list[tuple[float, int]] = []
        self._httpd = FeedHTTPServer((host, 0), RequestHandler)
        self._httpd.owner = self
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        content_type: str | None = "application/rss+xml; charset=utf-8",
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        handler: Handler | None = None,
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        all_headers = dict(headers or {})
        if content_type and "Content-Type" not in all_headers:
            all_headers["Content-Type"] = content_type
        self.routes[path] = Route(status, data, all_headers, delay, handler)
        return self.url(path)

    def add_file(self, path: str, name: str, content_type: str, **kwargs: object) -> str:
        return self.add(path, (DATA / name).read_bytes(), content_type=content_type, **kwargs)  # type: ignore[arg-type]

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def record_start(self, seen: Seen) -> None:
        with self._lock:
            self.requests.append(seen)
            self.events.append((time.monotonic(), +1))
            self.active += 1
            self.max_active = max(self.max_active, self.active)

    def record_answering(self) -> None:
        """The request's wait is over and its answer starts: for most_at_once, it ends here.
        Counted to the end of the answer, a client that had read it and sent its next request
        could be seen twice while this thread was still finishing (4 at once from a pool of 3,
        seen in CI under load)."""
        with self._lock:
            self.events.append((time.monotonic(), -1))

    def record_end(self, answered: bool = False) -> None:
        with self._lock:
            if not answered:
                self.events.append((time.monotonic(), -1))
            self.active -= 1

    def record_outlasted(self, path: str) -> None:
        with self._lock:
            self.outlasted.append(path)


# Handlers for hostile servers -------------------------------------------------------------


def endless_body(handler: RequestHandler) -> None:
    """Claim a feed and never stop sending (stops by itself after 10 s as a safety net)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.end_headers()
    chunk = b"<item><title>more</title></item>" * 2048
    handler.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
    end = time.monotonic() + 10
    while time.monotonic() < end and not handler.server.owner.stopping.is_set():
        handler.wfile.write(chunk)
    if not handler.server.owner.stopping.is_set():
        handler.server.owner.record_outlasted(handler.path)
    handler.close_connection = True


@functools.cache
def gzip_bomb_body(megabytes: int = 100) -> bytes:
    """``megabytes`` MiB of zeros after an RSS prefix, gzip-compressed to about 100 KiB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [packer.compress(b'<?xml version="1.0"?><rss version="2.0"><channel><title>')]
    zeros = b"\0" * (1024 * 1024)
    parts.extend(packer.compress(zeros) for _ in range(megabytes))
    parts.append(packer.flush())
    return b"".join(parts)


def stall_mid_body(handler: RequestHandler) -> None:
    """Promise 100 KB, send 1 KB, then go silent."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>' + b" " * 1000)
    handler.wfile.flush()
    if not handler.server.owner.stopping.wait(30):
        handler.server.owner.record_outlasted(handler.path)
    handler.close_connection = True


def slow_drip(handler: RequestHandler) -> None:
    """Send a byte every 0.2 s forever: never idle long enough for a read timeout."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.end_headers()
    end = time.monotonic() + 30
    while time.monotonic() < end and not handler.server.owner.stopping.is_set():
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.2)
    if not handler.server.owner.stopping.is_set():
        handler.server.owner.record_outlasted(handler.path)
    handler.close_connection = True


def conditional(body: bytes, etag: str, last_modified: str) -> Handler:
    """200 with validators; 304 only when the request carries exactly those validators."""

    def handle(handler: RequestHandler) -> None:
        inm = handler.headers.get("If-None-Match")
        ims = handler.headers.get("If-Modified-Since")
        if inm == etag and ims == last_modified:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_plain(
            200,
            body,
            {
                "Content-Type": "application/rss+xml",
                "ETag": etag,
                "Last-Modified": last_modified,
                "Cache-Control": "max-age=600",
            },
        )

    return handle


def most_at_once(*servers: FeedServer) -> int:
    """The most requests in progress at one moment across ``servers`` (from arriving until
    their answer starts)."""
    events = sorted(e for server in servers for e in server.events)
    most = now = 0
    for _, step in events:
        now += step
        most = max(most, now)
    return most
