"""A tiny HTTP server on 127.0.0.1 whose answers a test can change between requests.

Only loopback: every address it hands out (and every redirect it sends) is on 127.0.0.1, so
nothing a test does can make the code under test send packets anywhere else."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Route = Callable[[], Reply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        route = self.server.routes.get(self.path.split("?", 1)[0])
        reply = route() if route is not None else Reply(404, b"not found")
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    requests: list[str]


@dataclass
class Loopback:
    server: _Server

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, reply: Reply | Route) -> None:
        self.server.routes[path] = reply if callable(reply) else (lambda: reply)

    def redirect(self, path: str, target: str, status: int = 302) -> None:
        assert target.startswith("http://127.0.0.1:") or target.startswith("/"), target
        self.route(path, Reply(status, b"", {"Location": target}))

    @property
    def requests(self) -> list[str]:
        return self.server.requests


@contextmanager
def loopback_server() -> Iterator[Loopback]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.routes = {}
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Loopback(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def rss(title: str, items: list[tuple[str, str]], encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 document; ``items`` are (title, guid) pairs, newest first."""
    entries = "".join(
        f"<item><title>{t}</title><link>https://example.org/{g}</link><guid>{g}</guid>"
        f"<pubDate>Thu, {26 - n:02d} Nov 2026 09:00:00 GMT</pubDate>"
        f"<description>About {t}.</description></item>"
        for n, (t, g) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>'
        f'<rss version="2.0"><channel><title>{title}</title><link>https://example.org/</link>'
        f"<description>{title}</description>{entries}</channel></rss>"
    ).encode(encoding)


RSS_HEADERS = {"Content-Type": "application/rss+xml; charset=utf-8"}
