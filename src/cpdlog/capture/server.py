"""The local capture endpoint: HTTP on 127.0.0.1 that the browser extension and bookmarklet use.

Any web page can send requests to localhost, so every route that changes or reveals the journal
is guarded:

* **Address and Host.** The server binds 127.0.0.1 only and answers only requests whose
  ``Host`` header is ``127.0.0.1:PORT`` or ``localhost:PORT`` (DNS rebinding: a hostile domain
  that resolves to 127.0.0.1 still sends its own name).
* **Token.** ``POST /capture`` and ``GET /lookup`` need the install's token (``Authorization:
  Bearer TOKEN`` or ``X-Cpdlog-Token``), compared with :func:`hmac.compare_digest`.
* **Origin.** Those routes accept no ``Origin`` (curl, the command line) or a browser-extension
  origin (``moz-extension://…``, ``chrome-extension://…``); a web page origin (``http(s)://…``)
  is refused even with a token. Any extension origin is accepted *with the token*: an extension
  id differs per browser and per Firefox install, so pinning one would break pairing, and the
  token — pasted by the user into the options page — is what proves the pairing. CORS preflight is
  answered only for extension origins.
* **The bookmarklet** runs inside an arbitrary page, so it cannot hold the token: any script on
  that page could read it. Instead it opens ``http://127.0.0.1:PORT/capture?url=…`` in a new tab;
  cpdlog shows what will be saved and a one-time form ("Save to my CPD inbox"). The form carries a
  single-use random nonce, the capture waits on the server under that nonce, the page forbids
  framing (no clickjacking) and runs no script. A hostile page can at most open that tab; nothing
  is saved until the user clicks. (A ``cpdlog://`` link would also work but needs the desktop
  file installed; the tab works in every browser.)
* **Cost.** Bodies are at most 256 KiB (``Content-Length`` required, checked before reading),
  fields are length-capped and JSON depth bounded (:mod:`cpdlog.capture.models`), each client is
  limited to :data:`REQUESTS_PER_MINUTE`, at most :data:`MAX_CONNECTIONS` connections are served
  at once, and a connection is cut after :data:`CONNECTION_SECONDS` (slow clients).
* ``GET /ping`` answers ``{"app": "cpdlog", "version": …}`` and nothing secret, for clients to find
  the endpoint.

The server never writes to the database: it calls the ``receive`` function it was given (the app
passes :meth:`cpdlog.services.capture.CaptureService.receive`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import html
import json
import logging
import secrets
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cpdlog import __version__
from cpdlog.capture.models import (
    MAX_BODY_BYTES,
    Capture,
    CaptureKind,
    capture_from_mapping,
    check_url,
    decode_json_body,
    parse_query,
)
from cpdlog.capture.pairing import DEFAULT_PORT, ensure_token, remove_discovery, write_discovery
from cpdlog.errors import CpdlogError, ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

log = logging.getLogger(__name__)

REQUESTS_PER_MINUTE = 120
MAX_CONNECTIONS = 16
CONNECTION_SECONDS = 10.0
MAX_PENDING_CONFIRMATIONS = 64
CONFIRMATION_SECONDS = 15 * 60
MAX_QUERY_LENGTH = 48 * 1024
EXTENSION_SCHEMES = ("moz-extension", "chrome-extension")
BOOKMARKLET_META = ("description", "author", "site_name", "published_time")

Receiver = Callable[[Capture], Mapping[str, Any]]
"""Stores a capture; returns what the client is told, e.g. ``{"entry_id", "title", "merged"}``."""
Lookup = Callable[[str], list[int]]
"""Ids of journal entries for a page address (for the extension's badge)."""
Clock = Callable[[], dt.datetime]


class RateLimiter:
    """At most ``limit`` requests per rolling minute for each client key."""

    def __init__(self, limit: int = REQUESTS_PER_MINUTE, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            if len(self._seen) > 256:  # forget idle clients so the table stays small
                for k in [k for k, q in self._seen.items() if not q or q[-1] < now - self.window]:
                    del self._seen[k]
            times = self._seen.setdefault(key[:200], deque())
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.limit:
                return False
            times.append(now)
            return True


@dataclass(slots=True)
class _Pending:
    capture: Capture
    expires: float


class _Refused(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class CaptureHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False  # never share the port with another process (server_bind)

    def __init__(self, endpoint: CaptureEndpoint, port: int) -> None:
        self.endpoint = endpoint
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self.closing = False
        super().__init__(("127.0.0.1", port), _Handler)

    def cut_open_connections(self) -> None:
        """Stopping: hang up kept-alive connections, which would otherwise go on being served
        (saving captures) by their threads after the endpoint is stopped."""
        self.closing = True
        with self._open_lock:
            open_now = list(self._open)
        for request in open_now:
            with contextlib.suppress(OSError):
                request.shutdown(socket.SHUT_RDWR)

    def server_bind(self) -> None:
        # The app closed and opened again must get its port back, or the paired extension (which
        # remembers the port) never finds it: the connections it just closed linger in TIME_WAIT,
        # and on Linux and macOS only SO_REUSEADDR binds past them (it does not let a second
        # process listen on the same port there). On Windows SO_REUSEADDR would let another
        # process take the port over, so ask for it exclusively instead.
        exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)
        if sys.platform == "win32":
            if exclusive is not None:
                self.socket.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        else:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        super().server_bind()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A request that failed in its thread. socketserver's default prints a traceback to
        stderr; a client that hung up before the answer (a closed tab, an extension that gave
        up) is normal and says nothing, and anything else is logged by its kind only (a
        request may carry a page's text)."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return
        log.warning("capture: a request failed (%s)", type(error).__name__)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)  # too many at once: drop, cost bounded
            return
        with self._open_lock:
            self._open.add(request)
        try:
            super().process_request(request, client_address)
        except BaseException:
            with self._open_lock:
                self._open.discard(request)
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)
            self._slots.release()


class CaptureEndpoint:
    """Owns the token, the rate limiter and the pending bookmarklet confirmations."""

    def __init__(
        self,
        home: Path,
        receive: Receiver,
        lookup: Lookup,
        *,
        port: int = DEFAULT_PORT,
        clock: Clock | None = None,
        rate_limit: int = REQUESTS_PER_MINUTE,
    ) -> None:
        self.home = home
        self.receive = receive
        self.lookup = lookup
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.token = ensure_token(home)
        self.limiter = RateLimiter(rate_limit)
        self._pending: dict[str, _Pending] = {}
        self._pending_lock = threading.Lock()
        self._requested_port = port
        self.server: CaptureHTTPServer | None = None
        self._port: int | None = None
        self._thread: threading.Thread | None = None

    # --- life cycle ----------------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The port listened on (kept after :meth:`stop`: a request still being answered on a
        kept-alive connection checks its Host header against it)."""
        assert self._port is not None, "the endpoint is not started"
        return self._port

    def bind(self) -> int:
        """Listen on the chosen port, or a free one if it is taken; write the discovery file."""
        try:
            self.server = CaptureHTTPServer(self, self._requested_port)
        except OSError:
            try:
                self.server = CaptureHTTPServer(self, 0)
            except OSError as exc:
                raise CpdlogError(
                    tr(ERRORS, "The capture endpoint cannot listen on 127.0.0.1: {reason}.").format(
                        reason=exc.strerror or exc
                    )
                ) from None
        self._port = int(self.server.server_address[1])
        write_discovery(self.home, self.port)
        return self.port

    def serve_forever(self) -> None:
        if self.server is None:
            self.bind()
        assert self.server is not None
        self.server.serve_forever(poll_interval=0.2)

    def start(self) -> int:
        """Serve on a background (daemon) thread; returns the port."""
        port = self.bind()
        self._thread = threading.Thread(
            target=self.serve_forever, name="cpdlog-capture-endpoint", daemon=True
        )
        self._thread.start()
        return port

    def stop(self) -> None:
        server = self.server
        if server is None:
            return
        port = self.port
        if self._thread is not None:
            server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        server.cut_open_connections()
        server.server_close()
        remove_discovery(self.home, port)
        self.server = None

    # --- checks --------------------------------------------------------------------------------
    def token_matches(self, offered: str | None) -> bool:
        if not offered:
            return False
        return hmac.compare_digest(offered.encode("utf-8", "replace"), self.token.encode())

    def host_allowed(self, host: str | None) -> bool:
        return host in (f"127.0.0.1:{self.port}", f"localhost:{self.port}")

    def own_origins(self) -> tuple[str, str]:
        return (f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}")

    # --- bookmarklet confirmations -------------------------------------------------------------
    def hold(self, capture: Capture) -> str:
        nonce = secrets.token_urlsafe(24)
        now = time.monotonic()
        with self._pending_lock:
            for key in [k for k, p in self._pending.items() if p.expires < now]:
                del self._pending[key]
            if len(self._pending) >= MAX_PENDING_CONFIRMATIONS:
                oldest = min(self._pending, key=lambda k: self._pending[k].expires)
                del self._pending[oldest]
            self._pending[nonce] = _Pending(capture, now + CONFIRMATION_SECONDS)
        return nonce

    def release(self, nonce: str) -> Capture | None:
        """The capture held under ``nonce`` (once only), or None if unknown or expired."""
        with self._pending_lock:
            pending = self._pending.pop(nonce, None)
        if pending is None or pending.expires < time.monotonic():
            return None
        return pending.capture


def _is_extension_origin(origin: str) -> bool:
    scheme, _, rest = origin.partition("://")
    return scheme in EXTENSION_SCHEMES and bool(rest) and "/" not in rest.rstrip("/")


class _Handler(BaseHTTPRequestHandler):
    server: CaptureHTTPServer
    server_version = "cpdlog-capture"
    protocol_version = "HTTP/1.1"
    timeout = CONNECTION_SECONDS  # each read; the watchdog below bounds the whole connection
    _html_errors = False

    # --- plumbing ------------------------------------------------------------------------------
    @property
    def endpoint(self) -> CaptureEndpoint:
        return self.server.endpoint

    def setup(self) -> None:
        super().setup()
        self._watchdog = threading.Timer(CONNECTION_SECONDS, self._cut)
        self._watchdog.daemon = True
        self._watchdog.start()

    def _cut(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def finish(self) -> None:
        self._watchdog.cancel()
        with contextlib.suppress(OSError):
            super().finish()

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: requests are not logged (a capture's address is the user's business)."""

    def _cors_headers(self) -> None:
        origin = self.headers.get("Origin")
        if origin and _is_extension_origin(origin):
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")

    def _send(
        self, status: HTTPStatus, body: bytes, content_type: str, extra: Mapping[str, str] = {}
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in extra.items():
            self.send_header(name, value)
        self._cors_headers()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: HTTPStatus, data: Mapping[str, Any]) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8")

    def _error(self, status: HTTPStatus, message: str) -> None:
        self.close_connection = True
        if self._html_errors:  # the bookmarklet's pages: show a page
            body = f"<h1>Not saved</h1><p>{html.escape(message)}</p>"
            self._page(status, "Not saved", body)
        else:
            self._json(status, {"error": message})

    def _page(self, status: HTTPStatus, title: str, body_html: str) -> None:
        document = (
            "<!doctype html><html lang='en-GB'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{html.escape(title)}</title><style>"
            "body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}"
            "blockquote{border-left:4px solid #888;margin:1em 0;padding:.2em 1em;"
            "white-space:pre-wrap}button{font-size:1.1em;padding:.5em 1.2em}"
            f"</style></head><body>{body_html}</body></html>"
        )
        self._send(
            status,
            document.encode("utf-8"),
            "text/html; charset=utf-8",
            {
                "Content-Security-Policy": (
                    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                    "frame-ancestors 'none'; base-uri 'none'"
                ),
                "X-Frame-Options": "DENY",
                # same-origin, not no-referrer: with no-referrer the browser sends
                # "Origin: null" on the Save form, which cannot be told from a sandboxed page.
                "Referrer-Policy": "same-origin",
            },
        )

    def _client_key(self) -> str:
        return f"{self.client_address[0]}|{self.headers.get('Origin', '')}"

    def _gate(self) -> tuple[str, dict[str, list[str]]]:
        """Host and rate checks every request passes; returns the path and query."""
        if not self.endpoint.host_allowed(self.headers.get("Host")):
            raise _Refused(HTTPStatus.MISDIRECTED_REQUEST, "This address is not cpdlog's.")
        if not self.endpoint.limiter.allow(self._client_key()):
            raise _Refused(HTTPStatus.TOO_MANY_REQUESTS, "Too many requests: wait a minute.")
        if len(self.path) > MAX_QUERY_LENGTH:
            raise _Refused(HTTPStatus.REQUEST_URI_TOO_LONG, "The address is too long.")
        parts = urlsplit(self.path)
        return parts.path, parse_query(parts.query, 32)

    def _authorise(self) -> None:
        """Token-guarded routes: no Origin or an extension's, and the right token."""
        origin = self.headers.get("Origin")
        if origin is not None and not _is_extension_origin(origin):
            raise _Refused(HTTPStatus.FORBIDDEN, "Web pages cannot use the capture endpoint.")
        auth = self.headers.get("Authorization", "")
        offered = auth[7:].strip() if auth[:7].lower() == "bearer " else None
        offered = offered or self.headers.get("X-Cpdlog-Token")
        if not self.endpoint.token_matches(offered):
            raise _Refused(
                HTTPStatus.UNAUTHORIZED,
                "The capture token is missing or wrong: pair the extension again.",
            )

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise _Refused(HTTPStatus.LENGTH_REQUIRED, "Send the capture with a Content-Length.")
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.strip().isdigit():
            raise _Refused(HTTPStatus.LENGTH_REQUIRED, "Send the capture with a Content-Length.")
        length = int(length_text)
        if length > MAX_BODY_BYTES:
            raise _Refused(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"The capture is larger than {MAX_BODY_BYTES // 1024} KiB.",
            )
        body = self.rfile.read(length)
        if len(body) != length:
            raise _Refused(HTTPStatus.BAD_REQUEST, "The capture was cut off.")
        return body

    def _run(self, route: Callable[[str, dict[str, list[str]]], None]) -> None:
        self._html_errors = False  # one handler serves every request on a kept-alive connection
        if self.server.closing:  # stopped while this connection was kept alive: answer nothing
            self.close_connection = True
            return
        try:
            path, query = self._gate()
            route(path, query)
        except _Refused as refused:
            self._error(refused.status, refused.message)
        except ValidationError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
        except CpdlogError as exc:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True
        except Exception:  # a bug must not kill the endpoint or leak a traceback to a client
            log.exception("The capture endpoint failed unexpectedly")
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, "cpdlog could not save this capture.")

    # --- routes --------------------------------------------------------------------------------
    def do_OPTIONS(self) -> None:
        def route(path: str, _query: dict[str, list[str]]) -> None:
            origin = self.headers.get("Origin", "")
            if not _is_extension_origin(origin) or path not in ("/capture", "/lookup"):
                raise _Refused(HTTPStatus.FORBIDDEN, "Web pages cannot use the capture endpoint.")
            self.send_response(HTTPStatus.NO_CONTENT)
            self._cors_headers()
            self.send_header("Access-Control-Allow-Methods", "GET, POST")
            self.send_header(
                "Access-Control-Allow-Headers", "Authorization, Content-Type, X-Cpdlog-Token"
            )
            self.send_header("Access-Control-Max-Age", "600")
            self.send_header("Content-Length", "0")
            self.end_headers()

        self._run(route)

    def do_GET(self) -> None:
        def route(path: str, query: dict[str, list[str]]) -> None:
            if path == "/ping":
                self._json(HTTPStatus.OK, {"app": "cpdlog", "version": __version__})
            elif path == "/lookup":
                self._authorise()
                url = check_url((query.get("url") or [""])[0])
                ids = self.endpoint.lookup(url)
                self._json(HTTPStatus.OK, {"url": url, "in_journal": bool(ids), "entries": ids})
            elif path == "/capture":
                self._html_errors = True
                self._confirmation(query)
            elif path == "/bookmarklet":
                self._bookmarklet_page()
            else:
                raise _Refused(HTTPStatus.NOT_FOUND, "cpdlog has nothing at this address.")

        self._run(route)

    def do_POST(self) -> None:
        def route(path: str, _query: dict[str, list[str]]) -> None:
            if path == "/capture":
                self._authorise()
                if "json" not in self.headers.get("Content-Type", "").lower():
                    raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "Send the capture as JSON.")
                data = decode_json_body(self._read_body())
                capture = capture_from_mapping(
                    data, CaptureKind.EXTENSION, captured_at=self.endpoint.clock()
                )
                result = dict(self.endpoint.receive(capture))
                self._json(HTTPStatus.CREATED, {"saved": True, **result})
            elif path == "/capture/confirm":
                self._html_errors = True
                self._confirmed()
            else:
                raise _Refused(HTTPStatus.NOT_FOUND, "cpdlog has nothing at this address.")

        self._run(route)

    def _bookmarklet_page(self) -> None:
        """A page with the bookmarklet to drag to the bookmarks bar (it holds no secret)."""
        link = html.escape(bookmarklet(self.endpoint.port), quote=True)
        self._page(
            HTTPStatus.OK,
            "Log as CPD: bookmarklet",
            "<h1>Save pages to your CPD inbox</h1>"
            "<p>Drag this button to your browser's bookmarks bar:</p>"
            f"<p><a id='bookmarklet' href=\"{link}\" style='padding:.4em 1em;border:1px solid;"
            "border-radius:.4em;text-decoration:none'>Log as CPD</a></p>"
            "<p>On any page, select the words that made you think (if you like) and click the "
            "bookmark. cpdlog shows what it will save and waits for you to confirm.</p>",
        )

    # --- the bookmarklet's two steps -----------------------------------------------------------
    def _confirmation(self, query: dict[str, list[str]]) -> None:
        def one(name: str) -> str | None:
            values = query.get(name)
            return values[0] if values else None

        metadata = {k: v for k in BOOKMARKLET_META if (v := one(f"meta_{k}"))}
        try:
            capture = capture_from_mapping(
                {
                    "url": one("url"),
                    "title": one("title"),
                    "selection": one("selection"),
                    "metadata": metadata,
                },
                CaptureKind.BOOKMARKLET,
            )
        except ValidationError as exc:
            self._page(
                HTTPStatus.BAD_REQUEST,
                "Not saved",
                f"<h1>Not saved</h1><p>{html.escape(str(exc))}</p>",
            )
            return
        nonce = self.endpoint.hold(capture)
        quote = (
            f"<blockquote>{html.escape(capture.selection)}</blockquote>"
            if capture.selection
            else ""
        )
        self._page(
            HTTPStatus.OK,
            "Save to my CPD inbox",
            "<h1>Save this page to your CPD inbox?</h1>"
            f"<p><strong id='title'>{html.escape(capture.title or capture.url)}</strong><br>"
            f"<span id='url'>{html.escape(capture.url)}</span></p>{quote}"
            "<form method='post' action='/capture/confirm'>"
            f"<input type='hidden' name='nonce' value='{html.escape(nonce)}'>"
            "<button id='save' type='submit'>Save to my CPD inbox</button></form>"
            "<p>You can add your reflection later in cpdlog.</p>",
        )

    def _confirmed(self) -> None:
        origin = self.headers.get("Origin")
        if origin is not None and origin not in self.endpoint.own_origins():
            raise _Refused(HTTPStatus.FORBIDDEN, "Web pages cannot use the capture endpoint.")
        if "application/x-www-form-urlencoded" not in self.headers.get("Content-Type", ""):
            raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "Use the Save button.")
        body = self._read_body()
        if len(body) > 1024:
            raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "Use the Save button.")
        fields = parse_query(body.decode("ascii", "replace"), 4)
        capture = self.endpoint.release((fields.get("nonce") or [""])[0])
        if capture is None:
            self._page(
                HTTPStatus.BAD_REQUEST,
                "Not saved",
                "<h1>Not saved</h1><p>This confirmation has expired or was already used. "
                "Use the bookmarklet again on the page.</p>",
            )
            return
        dated = Capture(
            capture.url,
            capture.title,
            capture.selection,
            capture.metadata,
            self.endpoint.clock(),
            capture.kind,
        )
        result = self.endpoint.receive(dated)
        title = str(result.get("title") or capture.title or capture.url)
        self._page(
            HTTPStatus.OK,
            "Saved to your CPD inbox",
            "<h1 id='saved'>Saved to your CPD inbox</h1>"
            f"<p>{html.escape(title)}</p><p>You can close this tab.</p>",
        )


_BOOKMARKLET_JS = (
    "(function(){{var d=document,m=function(n){{var e=d.querySelector("
    "'meta[property=\"'+n+'\"],meta[name=\"'+n+'\"]');return e?e.content:''}},"
    "s=String(window.getSelection()).slice(0,{selection}),"
    "q=['url='+encodeURIComponent(location.href),"
    "'title='+encodeURIComponent(d.title.slice(0,500)),"
    "'selection='+encodeURIComponent(s),"
    "'meta_description='+encodeURIComponent((m('og:description')||m('description')).slice(0,500)),"
    "'meta_author='+encodeURIComponent((m('author')||m('article:author')).slice(0,200)),"
    "'meta_site_name='+encodeURIComponent(m('og:site_name').slice(0,200)),"
    "'meta_published_time='+encodeURIComponent(m('article:published_time').slice(0,64))];"
    "window.open('http://127.0.0.1:{port}/capture?'+q.join('&'),'_blank','noopener')}})()"
)
BOOKMARKLET_SELECTION_LIMIT = 8000  # keeps the address the browser opens within its limits


def bookmarklet_source(port: int) -> str:
    """The JavaScript the bookmarklet runs (no token: see the module docstring)."""
    return _BOOKMARKLET_JS.format(port=int(port), selection=BOOKMARKLET_SELECTION_LIMIT)


def bookmarklet(port: int) -> str:
    """The ``javascript:`` link to drag to the bookmarks bar."""
    from urllib.parse import quote

    return "javascript:" + quote(bookmarklet_source(port), safe="(){}[];,=+!'.:/?&|_*-")
