"""A loopback server speaking the Mastodon REST and Bluesky XRPC shapes the capture uses.

Mastodon: ``/api/v1/statuses/ID``, ``/api/v1/statuses/ID/context`` and
``/api/v1/timelines/tag/TAG`` with ``max_id``/``limit`` paging and ``Link: rel="next"``.
Bluesky: ``/xrpc/com.atproto.identity.resolveHandle`` and ``/xrpc/app.bsky.feed.getPostThread``.
Knobs make it hostile: latency, rate limits, 429s, malformed pages, looping ``Link`` headers.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

EPOCH = dt.datetime(2026, 3, 13, 9, 0, tzinfo=dt.UTC)


def snowflake(moment: dt.datetime, seq: int = 0) -> str:
    return str((int(moment.timestamp() * 1000) << 16) + seq)


def status(
    moment: dt.datetime,
    text: str,
    *,
    user: str = "alice",
    name: str = "Alice Smith",
    host: str = "127.0.0.1",
    reply_to: str | None = None,
    spoiler: str = "",
    seq: int = 0,
    tags: tuple[str, ...] = (),
) -> dict[str, Any]:
    sid = snowflake(moment, seq)
    return {
        "id": sid,
        "created_at": moment.isoformat().replace("+00:00", "Z"),
        "in_reply_to_id": reply_to,
        "spoiler_text": spoiler,
        "sensitive": bool(spoiler),
        "visibility": "public",
        "url": f"https://{host}/@{user}/{sid}",
        "uri": f"https://{host}/users/{user}/statuses/{sid}",
        "content": f"<p>{text}</p>",
        "account": {"id": "1", "acct": user, "display_name": name, "username": user},
        "reblog": None,
        "media_attachments": [],
        "tags": [{"name": t} for t in tags],
    }


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        return  # clients hanging up on hostile answers is the point of some tests


@dataclass
class Behaviour:
    latency: float = 0.0
    rate_limit: int | None = None  # requests allowed per window
    rate_reset_seconds: float = 0.3
    too_many_first: int = 0  # answer 429 (Retry-After) to this many tag-timeline requests
    retry_after: str = "1"
    malformed_page: int | None = None  # the tag page number (1-based) that is broken JSON
    loop_links: bool = False  # every page's next link repeats the same max_id
    foreign_next: bool = False  # the next link points at another host
    page_size_cap: int = 40
    raw: dict[str, tuple[int, bytes, dict[str, str]]] = field(default_factory=dict)


class SocialServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.statuses: dict[str, dict[str, Any]] = {}
        self.contexts: dict[str, dict[str, Any]] = {}
        self.tags: dict[str, list[dict[str, Any]]] = {}
        self.handles: dict[str, str] = {}
        self.threads: dict[str, Any] = {}  # at-uri → getPostThread answer (or a callable)
        self.behaviour = Behaviour()
        self.requests: list[str] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._window_start = 0.0
        self._window_used = 0
        self._tag_requests = 0
        self._pages = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                return

            def do_GET(self) -> None:
                try:
                    server.handle(self)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

        self._httpd = _Quiet((host, 0), Handler)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> SocialServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    # --- content helpers ---------------------------------------------------------------------
    def add_status(self, item: dict[str, Any]) -> dict[str, Any]:
        self.statuses[item["id"]] = item
        return item

    def add_tag(self, tag: str, items: list[dict[str, Any]]) -> None:
        self.tags[tag.lower()] = sorted(items, key=lambda s: int(s["id"]), reverse=True)

    # --- serving -----------------------------------------------------------------------------
    def _send(
        self,
        h: BaseHTTPRequestHandler,
        code: int,
        body: bytes,
        headers: dict[str, str] | None = None,
    ) -> None:
        h.send_response(code)
        if "Content-Type" not in (headers or {}):
            h.send_header("Content-Type", "application/json; charset=utf-8")
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _json(
        self, h: BaseHTTPRequestHandler, data: Any, headers: dict[str, str] | None = None
    ) -> None:
        self._send(h, 200, json.dumps(data).encode(), headers)

    def _rate_headers(self) -> dict[str, str] | None:
        """Count the request against the window; None means answer 429."""
        b = self.behaviour
        if b.rate_limit is None:
            return {}
        import time

        with self._lock:
            now = time.monotonic()
            if now - self._window_start >= b.rate_reset_seconds:
                self._window_start, self._window_used = now, 0
            self._window_used += 1
            used = self._window_used
            reset = dt.datetime.now(dt.UTC) + dt.timedelta(
                seconds=max(0.0, b.rate_reset_seconds - (now - self._window_start))
            )
        if used > b.rate_limit:
            return None
        return {
            "X-RateLimit-Limit": str(b.rate_limit),
            "X-RateLimit-Remaining": str(b.rate_limit - used),
            "X-RateLimit-Reset": reset.isoformat().replace("+00:00", "Z"),
        }

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append(h.path)
        b = self.behaviour
        if b.latency:
            self.stopping.wait(b.latency)
        parts = urlsplit(h.path)
        path, query = parts.path, parse_qs(parts.query)
        if h.path in b.raw:
            code, body, headers = b.raw[h.path]
            self._send(h, code, body, headers)
            return
        rate = self._rate_headers()
        if rate is None:
            self._send(h, 429, b'{"error":"Too many requests"}', {"Retry-After": "1"})
            return
        if path.startswith("/api/v1/statuses/"):
            rest = path.removeprefix("/api/v1/statuses/")
            if rest.endswith("/context"):
                sid = rest.removesuffix("/context")
                context = self.contexts.get(sid)
                if context is None:
                    self._send(h, 404, b'{"error":"Record not found"}')
                    return
                self._json(h, context, rate)
                return
            item = self.statuses.get(rest)
            if item is None:
                self._send(h, 404, b'{"error":"Record not found"}')
                return
            self._json(h, item, rate)
            return
        if path.startswith("/api/v1/timelines/tag/"):
            self._tag_page(h, path.removeprefix("/api/v1/timelines/tag/"), query, rate)
            return
        if path == "/xrpc/com.atproto.identity.resolveHandle":
            handle = query.get("handle", [""])[0]
            did = self.handles.get(handle)
            if did is None:
                self._send(h, 400, b'{"error":"InvalidRequest","message":"Unable to resolve"}')
                return
            self._json(h, {"did": did}, rate)
            return
        if path == "/xrpc/app.bsky.feed.getPostThread":
            uri = query.get("uri", [""])[0]
            answer = self.threads.get(uri)
            if answer is None:
                self._send(h, 400, b'{"error":"NotFound","message":"Post not found"}')
                return
            if callable(answer):
                answer = answer(query)
            body = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
            self._send(h, 200, body, rate)
            return
        self._send(h, 404, b'{"error":"not found"}')

    def _tag_page(
        self,
        h: BaseHTTPRequestHandler,
        tag: str,
        query: dict[str, list[str]],
        rate: dict[str, str],
    ) -> None:
        b = self.behaviour
        with self._lock:
            self._tag_requests += 1
            number = self._tag_requests
        if number <= b.too_many_first:
            self._send(h, 429, b'{"error":"Too many requests"}', {"Retry-After": b.retry_after})
            return
        with self._lock:
            self._pages += 1
            page_number = self._pages
        if b.malformed_page is not None and page_number == b.malformed_page:
            self._send(h, 200, b'[{"id": "1", "content": ', rate)
            return
        items = self.tags.get(tag.lower(), [])
        limit = min(int(query.get("limit", ["20"])[0]), b.page_size_cap)
        max_id = int(query.get("max_id", [str(2**63)])[0])
        page = [s for s in items if int(s["id"]) < max_id][:limit]
        headers = dict(rate)
        if page:
            next_max = page[-1]["id"] if not b.loop_links else str(max_id)
            host = "127.0.0.9" if b.foreign_next else self.host
            nxt = f"http://{host}:{self.port}/api/v1/timelines/tag/{tag}?limit={limit}&max_id={next_max}"
            prev = f"{self.base}/api/v1/timelines/tag/{tag}?min_id={page[0]['id']}"
            headers["Link"] = f'<{nxt}>; rel="next", <{prev}>; rel="prev"'
        self._json(h, page, headers)


Factory = Callable[[], SocialServer]
