"""Fetch feeds and pages politely and within hard limits.

One :class:`Fetcher` wraps one ``httpx.Client`` (thread-safe, reused for keep-alive). Every
fetch is bounded: connect and read timeouts, an overall deadline, a body cap that counts
*decompressed* bytes (so a gzip bomb stops at the cap, and we decompress ourselves with a
bounded output per step), at most five redirects followed by hand so loops are caught and
permanent redirects recorded. Conditional GET uses the stored ETag and Last-Modified, and a
429 or 503 cools the whole host down for as long as its Retry-After asks.

Nothing here raises for a bad server or a bad address: every failure comes back as a
:class:`FetchResult` whose ``error`` is one plain-English sentence.

Redirects into private networks (server-side request forgery). The address the user subscribed
to is trusted as given: an intranet feed on ``10.1.2.3`` or a test server on loopback is
legitimate. A *redirect* is the site's choice, not the user's, so before following one the
target's host is resolved and every address it gives is classified (:func:`address_kind`):
``public``, ``loopback``, ``private`` (RFC 1918, ``100.64.0.0/10``, ``fc00::/7``),
``link-local`` (``169.254.0.0/16``, ``fe80::/10``: cloud metadata lives here), ``unspecified``
(``0.0.0.0/8``, ``::``), ``multicast`` or ``reserved``; IPv4-mapped IPv6 (``::ffff:10.0.0.1``)
counts as its IPv4 address, and numeric hosts spelled in decimal, octal or hex
(``2130706433``, ``0177.0.0.1``, ``0x7f.1``) are read as the address the system would connect
to. The rule (:func:`redirect_refusal`):

* a redirect to a ``public`` address is always followed;
* a redirect to ``link-local``, ``unspecified``, ``multicast`` or ``reserved`` is never followed;
* a redirect to ``loopback`` or ``private`` is followed only when the address the user subscribed
  to is of the *same* kind: an intranet feed may redirect within the intranet and a loopback
  feed within the machine, but a public feed may never redirect into private space, and a
  loopback feed may not redirect to ``10.x`` (nor an intranet feed to loopback).

A feed address found on a page the user gave (discovery) is the site's choice too, so it is
checked the same way, as if the page had redirected to it (``fetch(..., via=page_url)``).

The refusal names the redirect target and happens before any connection to it. The same rule
is enforced again when the connection is made (:class:`_GuardedBackend`, installed in the
client's connection pool): it resolves the name itself and connects only to an address the rule
allows, so a name that resolves differently the second time (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import hashlib
import http.cookiejar
import ipaddress
import logging
import re
import socket
import ssl
import sys
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from http import HTTPStatus
from typing import TYPE_CHECKING, Literal, cast
from urllib.parse import urljoin, urlsplit

# httpx's package imports its command-line tool (click, rich and pygments, about 100 ms of CPU
# at every start of cpdlog) whenever those are installed, and spaCy's dependencies install
# them. cpdlog never runs that tool; a module marked absent takes httpx's own ImportError path.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

import httpx  # noqa: E402

from cpdlog import __version__  # noqa: E402
from cpdlog.domain.text import clean_line  # noqa: E402
from cpdlog.feeds import trace  # noqa: E402
from cpdlog.i18n import tr  # noqa: E402

# The problems below reach the user (the reader, ``cpdlog feeds list``) and are stored as the
# feed's last problem: they are translated when they are recorded, in the language chosen then.
ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:  # httpcore loads with the first client: parse processes never need it
    import httpcore

log = logging.getLogger(__name__)

USER_AGENT = (
    f"cpdlog/{__version__} (+https://github.com/cpdlog/cpdlog; feed reader for social workers' CPD)"
)
FEED_ACCEPT = (
    "application/atom+xml, application/rss+xml, application/feed+json;q=0.9, "
    "application/json;q=0.8, application/rdf+xml;q=0.8, application/xml;q=0.8, "
    "text/xml;q=0.8, text/html;q=0.5, */*;q=0.3"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
MIB = 1024 * 1024
MIN_TTL_SECONDS = 15 * 60
MAX_TTL_SECONDS = 24 * 60 * 60
DEFAULT_COOLDOWN_SECONDS = 10 * 60
MAX_COOLDOWN_SECONDS = 24 * 60 * 60
_PERMANENT = frozenset({301, 308})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_NOT_FEED_TYPES = ("image/", "audio/", "video/", "font/")


# What a file of a media type is, in words a social worker would use ("an image").
def _file_kinds() -> dict[str, str]:
    return {
        "application/pdf": tr(ERRORS, "a PDF document"),
        "application/msword": tr(ERRORS, "a Word document"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": tr(
            ERRORS, "a Word document"
        ),
        "application/vnd.ms-powerpoint": tr(ERRORS, "a PowerPoint presentation"),
        "application/vnd.openxmlformats-officedocument.presentationml.presentation": tr(
            ERRORS, "a PowerPoint presentation"
        ),
        "application/vnd.ms-excel": tr(ERRORS, "a spreadsheet"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": tr(
            ERRORS, "a spreadsheet"
        ),
        "application/zip": tr(ERRORS, "a zip file"),
        "application/json": tr(ERRORS, "a data file"),
    }


def _file_families() -> dict[str, str]:
    return {
        "image": tr(ERRORS, "an image"),
        "audio": tr(ERRORS, "a sound recording"),
        "video": tr(ERRORS, "a video"),
        "font": tr(ERRORS, "a font file"),
    }


def describe_file_type(content_type: str) -> str:
    """A file of this media type in plain words, with its article: "a PDF document", "an
    image"; a type we have no words for is named ("a file of type application/x-foo")."""
    media = content_type.split(";", 1)[0].strip().lower()
    family = media.split("/", 1)[0]
    return (
        _file_kinds().get(media)
        or _file_families().get(family)
        or tr(ERRORS, "a file of type {media}").format(media=media)
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits for one fetch. Tests use short timeouts; the defaults suit real servers."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    deadline: float = 60.0
    max_bytes: int = 15 * MIB
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    default_cooldown: float = DEFAULT_COOLDOWN_SECONDS


class FetchOutcome(StrEnum):
    OK = "ok"
    NOT_MODIFIED = "not-modified"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    COOLING_DOWN = "cooling-down"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Validators:
    """What we remember from the last fetch, for a conditional GET."""

    etag: str = ""
    last_modified: str = ""
    body_hash: str = ""


@dataclass(slots=True)
class FetchResult:
    """How one fetch went. ``body`` is only filled when ``outcome`` is OK."""

    url: str
    outcome: FetchOutcome
    final_url: str = ""
    permanent_url: str = ""
    status_code: int | None = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    validators: Validators = field(default_factory=Validators)
    bytes_received: int = 0
    error: str = ""
    gone: bool = False
    cooldown_until: dt.datetime | None = None
    cache_seconds: int | None = None
    elapsed: float = 0.0
    unreachable: bool = False  # no connection to the server at all (offline, no such host)

    @property
    def ok(self) -> bool:
        return self.outcome in (FetchOutcome.OK, FetchOutcome.NOT_MODIFIED, FetchOutcome.UNCHANGED)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


class HostLimiter:
    """At most ``per_host`` requests in flight to one host at a time."""

    def __init__(self, per_host: int = 2) -> None:
        self.per_host = max(1, per_host)
        self._in_flight: dict[str, int] = {}
        self._cond = threading.Condition()

    def has_capacity(self, host: str) -> bool:
        with self._cond:
            return self._in_flight.get(host, 0) < self.per_host

    @contextmanager
    def slot(self, host: str, cancel: threading.Event | None = None) -> Iterator[bool]:
        """Wait for a free slot; yields False (holding nothing) if cancelled while waiting."""
        acquired = False
        with self._cond:
            while self._in_flight.get(host, 0) >= self.per_host:
                if cancel is not None and cancel.is_set():
                    break
                self._cond.wait(0.1)
            else:
                self._in_flight[host] = self._in_flight.get(host, 0) + 1
                acquired = True
        if not acquired:
            yield False
            return
        try:
            yield True
        finally:
            with self._cond:
                self._in_flight[host] -= 1
                if not self._in_flight[host]:
                    del self._in_flight[host]
                self._cond.notify_all()


class HostCooldowns:
    """Hosts that asked us (429/503 Retry-After) to stay away until a given time."""

    def __init__(self, initial: dict[str, dt.datetime] | None = None) -> None:
        self._until: dict[str, dt.datetime] = dict(initial or {})
        self._lock = threading.Lock()

    def until(self, host: str, now: dt.datetime | None = None) -> dt.datetime | None:
        moment = now or utcnow()
        with self._lock:
            when = self._until.get(host)
            if when is not None and when <= moment:
                del self._until[host]
                return None
            return when

    def cool(self, host: str, until: dt.datetime) -> None:
        with self._lock:
            current = self._until.get(host)
            if current is None or until > current:
                self._until[host] = until

    def snapshot(self) -> dict[str, dt.datetime]:
        now = utcnow()
        with self._lock:
            return {h: t for h, t in self._until.items() if t > now}


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def parse_retry_after(value: str | None, now: dt.datetime, default: float) -> dt.datetime:
    """Retry-After as seconds or an HTTP date; missing, zero or nonsense → ``default``."""
    seconds: float = 0.0
    if value:
        text = value.strip()
        if text.isdigit():
            seconds = float(int(text))
        else:
            try:
                when = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                when = None
            if when is not None:
                if when.tzinfo is None:
                    when = when.replace(tzinfo=dt.UTC)
                seconds = (when - now).total_seconds()
    if seconds <= 0:
        seconds = default
    return now + dt.timedelta(seconds=min(seconds, MAX_COOLDOWN_SECONDS))


def cache_lifetime(headers: dict[str, str], now: dt.datetime) -> int | None:
    """Seconds the response may be reused for, from Cache-Control max-age or Expires."""
    control = headers.get("cache-control", "").lower()
    directives = {}
    for part in control.split(","):
        name, _, value = part.strip().partition("=")
        if name:
            directives[name.strip()] = value.strip().strip('"')
    if "no-cache" in directives or "no-store" in directives:
        return None
    if "max-age" in directives:
        try:
            age = int(headers.get("age", "0").strip() or 0)
        except ValueError:
            age = 0
        try:
            return max(0, int(directives["max-age"]) - max(0, age))
        except ValueError:
            return None
    expires = headers.get("expires")
    if expires:
        try:
            when = email.utils.parsedate_to_datetime(expires.strip())
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return max(0, int((when - now).total_seconds()))
    return None


def clamp_interval(seconds: float) -> int:
    """Keep any refresh interval between 15 minutes and 24 hours."""
    return int(min(MAX_TTL_SECONDS, max(MIN_TTL_SECONDS, seconds)))


def next_fetch_delay(
    interval: float, cache_seconds: int | None = None, feed_ttl_seconds: int | None = None
) -> int:
    """Miniflux's rule: the longest of the user's interval, max-age/Expires and ``<ttl>``."""
    return clamp_interval(max(interval, cache_seconds or 0, feed_ttl_seconds or 0))


def failure_backoff(consecutive_failures: int) -> int:
    """30 minutes after one failure, doubling each time, at most 24 hours."""
    steps = max(0, consecutive_failures - 1)
    return clamp_interval(30 * 60 * (2 ** min(steps, 10)))


def status_message(code: int) -> str:
    """A plain sentence for an HTTP status that is not a success."""
    try:
        phrase = HTTPStatus(code).phrase
    except ValueError:
        phrase = "Unknown status"  # HTTP's own reason phrases stay in English
    label = f"{code} {phrase}"
    if code == 404:
        return tr(ERRORS, "The feed was not found at this address ({label}).").format(label=label)
    if code == 410:
        return tr(ERRORS, "The site says this feed has been removed for good ({label}).").format(
            label=label
        )
    if code in (401, 407):
        return tr(ERRORS, "The site wants a login before it shows this feed ({label}).").format(
            label=label
        )
    if code == 403:
        return tr(ERRORS, "The site refused to give us this feed ({label}).").format(label=label)
    if code == 429:
        return tr(ERRORS, "The site asked us to slow down ({label}).").format(label=label)
    if 500 <= code <= 599:
        return tr(
            ERRORS, "The site had a problem of its own ({label}); cpdlog will try again later."
        ).format(label=label)
    return tr(ERRORS, "The site answered with an unexpected status ({label}).").format(label=label)


def _seconds(value: float) -> str:
    whole = round(value)
    if whole == 1:
        return tr(ERRORS, "1 second")
    return tr(ERRORS, "{seconds} seconds").format(seconds=f"{value:g}")


class _TooLarge(Exception):
    pass


class _Deadline(Exception):
    pass


class _Cancelled(Exception):
    pass


class _BadEncoding(Exception):
    pass


class _Truncated(Exception):
    pass


class _Decoder:
    """Undo Content-Encoding with a bounded output per step (gzip bombs stop at the cap)."""

    def __init__(self, encoding: str) -> None:
        name = encoding.strip().lower()
        self._name = name
        self._obj: zlib._Decompress | None
        if name in ("", "identity"):
            self._obj = None
        elif name in ("gzip", "x-gzip"):
            self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif name == "deflate":
            self._obj = zlib.decompressobj(zlib.MAX_WBITS)
            self._first = True
        else:
            raise _BadEncoding(name)

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode ``data``; raise _TooLarge as soon as more than ``room`` bytes come out."""
        if self._obj is None:
            if len(data) > room:
                raise _TooLarge
            return data
        if self._name == "deflate" and getattr(self, "_first", False):
            self._first = False
            try:
                return self._bounded(data, room)
            except zlib.error:
                # Some servers send raw deflate without the zlib header.
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._bounded(data, room)

    def _bounded(self, data: bytes, room: int) -> bytes:
        assert self._obj is not None
        out = bytearray()
        pending = data
        while True:
            piece = self._obj.decompress(pending, room - len(out) + 1)
            out += piece
            if len(out) > room:
                raise _TooLarge
            pending = self._obj.unconsumed_tail
            if not pending:
                return bytes(out)

    def complete(self) -> bool:
        """False when a compressed body stopped before its end (a truncated gzip stream)."""
        return self._obj is None or self._obj.eof

    def flush(self, room: int) -> bytes:
        if self._obj is None:
            return b""
        tail = self._obj.flush()
        if len(tail) > room:
            raise _TooLarge
        return tail


def _header_size(response: httpx.Response) -> int:
    return 17 + sum(len(k) + len(v) + 4 for k, v in response.headers.raw)


@functools.cache
def _tls_context() -> ssl.SSLContext | None:
    """One TLS context for every client: loading the CA certificates takes about 0.1 s."""
    try:
        return httpx.create_ssl_context()
    except AttributeError:  # an httpx release without the public helper: let it decide
        return None


def _client_ready() -> ssl.SSLContext | None:
    """:func:`_tls_context`, with its CA certificates loaded on a thread while httpcore (the
    client's connection pool, imported when the first client is made) is imported here:
    OpenSSL reads the certificates without holding the GIL, so the two overlap. Once per
    process; a client made later finds both ready."""
    if _tls_context.cache_info().currsize or "httpcore" in sys.modules:
        return _tls_context()
    loader = threading.Thread(target=_tls_context, name="cpdlog-tls-context", daemon=True)
    loader.start()
    try:
        _import_httpcore()
    finally:
        loader.join()
    return _tls_context()


def _import_httpcore() -> None:
    """Import httpcore (what ``httpx.Client`` imports first) without trio.

    httpcore imports trio at its own import whenever it is installed, only for the locks of
    its asynchronous client under trio; cpdlog uses the synchronous client alone. Importing
    trio costs about 0.14 CPU-s before the first request of every refresh (measured in the
    project's virtualenv, where selenium brings trio). While httpcore is imported, an absent
    trio is marked absent (httpcore's own ``ImportError`` path); the mark is removed after, so
    anything else in the process can still import trio. When trio is already imported,
    httpcore gets it as usual."""
    hide = "trio" not in sys.modules
    if hide:
        sys.modules["trio"] = None  # type: ignore[assignment]
    try:
        import httpcore  # noqa: F401
    finally:
        if hide and sys.modules.get("trio", 0) is None:
            del sys.modules["trio"]


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
PUBLIC = "public"
_NEVER_AFTER_REDIRECT = frozenset({"link-local", "unspecified", "multicast", "reserved"})
_SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")
_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")
_NUMERIC_HOST = re.compile(r"[0-9][0-9a-fA-FxX.]*")


def address_kind(address: IPAddress) -> str:
    """``public``, ``loopback``, ``private``, ``link-local``, ``unspecified``, ``multicast`` or
    ``reserved`` (see the module docstring)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_unspecified or (
        isinstance(address, ipaddress.IPv4Address) and address in _THIS_NETWORK
    ):
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED_ADDRESS_SPACE:
        return "private"
    if address.is_private:
        # ipaddress counts documentation and benchmarking ranges as private too; they are not
        # anyone's intranet, so they are "reserved".
        if isinstance(address, ipaddress.IPv4Address) and not any(
            address in ipaddress.ip_network(n)
            for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
        ):
            return "reserved"
        if isinstance(address, ipaddress.IPv6Address) and address not in ipaddress.ip_network(
            "fc00::/7"
        ):
            return "reserved"
        return "private"
    if address.is_reserved or not address.is_global:
        return "reserved"
    return PUBLIC


def literal_address(host: str) -> IPAddress | None:
    """The address a numeric host means, as the system's resolver reads it; None for a name."""
    text = host.strip().strip("[]").rstrip(".")
    text = text.split("%", 1)[0]  # an IPv6 zone id
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(text):
        try:  # inet_aton reads 2130706433, 0177.0.0.1 and 0x7f.1 as 127.0.0.1, as connect does
            return ipaddress.IPv4Address(socket.inet_aton(text))
        except OSError:
            return None
    return None


def _getaddrinfo(host: str, port: int) -> list[tuple[object, ...]]:
    return list(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))


def resolve_host(host: str, port: int = 0) -> list[IPAddress]:
    """Every address ``host`` stands for (no connection is made); [] when it cannot be found."""
    literal = literal_address(host)
    if literal is not None:
        return [literal]
    try:
        infos = _getaddrinfo(host.rstrip("."), port)
    except (OSError, UnicodeError, ValueError):
        return []
    addresses: list[IPAddress] = []
    for info in infos:
        sockaddr = info[4]
        if isinstance(sockaddr, tuple) and sockaddr:
            found = literal_address(str(sockaddr[0]))
            if found is not None and found not in addresses:
                addresses.append(found)
    return addresses


def redirect_refusal(origin_kinds: Iterable[str], target_kind: str) -> bool:
    """True when a redirect to an address of ``target_kind`` must not be followed, for a feed
    the user subscribed to at an address of ``origin_kinds`` (see the module docstring)."""
    if target_kind == PUBLIC:
        return False
    if target_kind in _NEVER_AFTER_REDIRECT:
        return True
    return target_kind not in set(origin_kinds)


def _kind_label(kind: str) -> str:
    """What a refused address is, as the refusal sentence names it (translated when used)."""
    labels = {
        "loopback": tr(ERRORS, "this computer's own (loopback)"),
        "private": tr(ERRORS, "a private network"),
        "link-local": tr(ERRORS, "a link-local address"),
        "unspecified": tr(ERRORS, "an unspecified address"),
        "multicast": tr(ERRORS, "a multicast address"),
        "reserved": tr(ERRORS, "a reserved address"),
    }
    return labels.get(kind, kind)


def _refusal_message(target: str, address: IPAddress, kind: str, found_on: bool = False) -> str:
    target = clean_line(target)  # the site chose it: no control characters in our message
    if len(target) > 200:
        target = target[:199] + "…"
    where = _kind_label(kind)
    if found_on:
        return tr(
            ERRORS,
            "The page points to {target} ({address}), which is {where}; cpdlog does not "
            "follow links from a site into private networks.",
        ).format(target=target, address=address, where=where)
    return tr(
        ERRORS,
        "The site redirected to {target} ({address}), which is {where}; cpdlog does not "
        "follow redirects into private networks.",
    ).format(target=target, address=address, where=where)


class _BlockedAddress(Exception):
    """A connection the redirect rule forbids, refused inside the pool before connecting.

    Not an httpcore error, so httpx lets it through unchanged to :meth:`Fetcher._fetch`.
    """

    def __init__(self, host: str, address: IPAddress) -> None:
        self.host = host
        self.address = address
        self.kind = address_kind(address)
        super().__init__(f"{host} resolves to {address} ({self.kind}); not connecting")


# The origin kinds of the fetch running in this thread: None while fetching the address the
# user gave (anything goes), a set once a redirect is being followed.
_connect_rule: ContextVar[frozenset[str] | None] = ContextVar("cpdlog_connect_rule", default=None)


_SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


class _GuardedBackend:
    """Resolve the host ourselves and connect only to addresses the redirect rule allows.

    An ``httpcore.NetworkBackend`` by its methods (httpcore only calls them).
    """

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        import httpcore

        self.inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        origin_kinds = _connect_rule.get()
        if origin_kinds is None:
            return self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
        import httpcore

        addresses = resolve_host(host, port)
        if not addresses:
            raise httpcore.ConnectError(f"[Errno -2] Name or service not known: {host}")
        allowed = [a for a in addresses if not redirect_refusal(origin_kinds, address_kind(a))]
        if not allowed:
            raise _BlockedAddress(host, addresses[0])
        error: Exception | None = None
        for address in allowed:
            try:
                return self.inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as failure:
                error = failure
        assert error is not None
        raise error

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        import httpcore

        raise httpcore.ConnectError("cpdlog does not connect to local sockets.")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class Fetcher:
    """A reusable, thread-safe HTTP fetcher with the limits in :class:`FetchSettings`."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        limiter: HostLimiter | None = None,
        cooldowns: HostCooldowns | None = None,
        max_connections: int = 32,
        transport: httpx.BaseTransport | None = None,
        network_backend: httpcore.NetworkBackend | None = None,
    ) -> None:
        """``transport`` replaces the HTTP transport (then only the check before a redirect
        guards it); ``network_backend`` is what the redirect guard connects through (tests
        record connections with it)."""
        self.settings = settings or FetchSettings()
        self.limiter = limiter or HostLimiter(2)
        self.cooldowns = cooldowns or HostCooldowns()
        jar = http.cookiejar.CookieJar(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        self._client = httpx.Client(
            headers={
                "User-Agent": self.settings.user_agent,
                "Accept-Encoding": "gzip, deflate",
            },
            cookies=jar,
            verify=_client_ready() or True,
            follow_redirects=False,
            limits=httpx.Limits(
                max_connections=max_connections,
                max_keepalive_connections=max_connections,
                keepalive_expiry=15.0,
            ),
            transport=transport,
        )
        self.guarded = False
        if transport is None:
            self.guarded = _install_guard(self._client, _GuardedBackend(network_backend))

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(
        self,
        url: str,
        validators: Validators | None = None,
        *,
        kind: Literal["feed", "page"] = "feed",
        cancel: threading.Event | None = None,
        via: str = "",
    ) -> FetchResult:
        """Fetch ``url``; never raises for network or server trouble.

        ``via`` is the address the user gave when ``url`` was found on it (a feed link on a
        page): ``url`` is then the site's choice, so it is checked as a redirect from ``via``.
        """
        started = time.monotonic()
        result = FetchResult(url=url, outcome=FetchOutcome.FAILED, final_url=url)
        try:
            self._fetch(url, validators or Validators(), kind, cancel, started, result, via)
        except _Cancelled:
            result.outcome = FetchOutcome.CANCELLED
            result.error = tr(ERRORS, "The refresh was cancelled.")
            result.body = b""
        except Exception as error:  # a bug or an exotic failure must not stop other feeds
            log.exception("Fetching a feed failed unexpectedly")
            result.outcome = FetchOutcome.FAILED
            result.error = tr(
                ERRORS, "Something unexpected went wrong while fetching: {kind}."
            ).format(kind=type(error).__name__)
            result.body = b""
        result.elapsed = time.monotonic() - started
        return result

    def _remaining(self, started: float) -> float:
        return self.settings.deadline - (time.monotonic() - started)

    def _fetch(
        self,
        url: str,
        validators: Validators,
        kind: Literal["feed", "page"],
        cancel: threading.Event | None,
        started: float,
        result: FetchResult,
        via: str = "",
    ) -> None:
        s = self.settings
        current = url.strip()
        seen: set[str] = set()
        permanent_chain = True
        hops = 0
        origin_kinds: frozenset[str] | None = None  # worked out at the first redirect
        if via:
            origin_kinds = _kinds_of(host_of(via))
            refusal = _check_redirect(current, origin_kinds, found_on=True)
            if refusal:
                result.error = refusal
                return
        while True:
            if cancel is not None and cancel.is_set():
                raise _Cancelled
            try:
                parts = urlsplit(current)
            except ValueError:
                result.error = tr(ERRORS, "'{address}' is not a valid web address.").format(
                    address=current
                )
                return
            if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
                result.error = tr(
                    ERRORS,
                    "'{address}' is not a web address cpdlog can fetch "
                    "(it must start with http:// or https://).",
                ).format(address=current)
                return
            host = parts.hostname.lower()
            now = utcnow()
            cooling = self.cooldowns.until(host, now)
            if cooling is not None:
                result.outcome = FetchOutcome.COOLING_DOWN
                result.cooldown_until = cooling
                result.error = tr(
                    ERRORS, "{host} asked us to wait; cpdlog will not ask it again until {time}."
                ).format(host=host, time=cooling.astimezone().strftime("%H:%M"))
                return
            seen.add(current)
            remaining = self._remaining(started)
            if remaining <= 0:
                raise _Deadline
            headers = {"Accept": FEED_ACCEPT if kind == "feed" else PAGE_ACCEPT}
            if hops == 0 and kind == "feed":
                if validators.etag:
                    headers["If-None-Match"] = validators.etag
                if validators.last_modified:
                    headers["If-Modified-Since"] = validators.last_modified
            timeout = httpx.Timeout(
                connect=min(s.connect_timeout, remaining),
                read=min(s.read_timeout, remaining),
                write=min(s.read_timeout, remaining),
                pool=remaining,
            )
            with self.limiter.slot(host, cancel) as got:
                if not got:
                    raise _Cancelled
                rule = _connect_rule.set(origin_kinds if hops or via else None)
                try:
                    request = self._client.build_request(
                        "GET", current, headers=headers, timeout=timeout
                    )
                    trace.event("request", host=host)
                    response = self._client.send(request, stream=True)
                except _BlockedAddress as blocked:
                    result.error = _refusal_message(current, blocked.address, blocked.kind)
                    return
                except httpx.ConnectTimeout:
                    result.unreachable = True
                    result.error = tr(ERRORS, "Could not connect to {host} within {time}.").format(
                        host=host, time=_seconds(min(s.connect_timeout, remaining))
                    )
                    return
                except httpx.TimeoutException:
                    result.error = tr(ERRORS, "The server did not answer within {time}.").format(
                        time=_seconds(min(s.read_timeout, remaining))
                    )
                    return
                except (httpx.InvalidURL, httpx.UnsupportedProtocol):
                    result.error = tr(ERRORS, "'{address}' is not a valid web address.").format(
                        address=current
                    )
                    return
                except httpx.RemoteProtocolError as error:
                    if "location header" in str(error).lower():  # httpx could not parse it
                        result.error = tr(
                            ERRORS, "The site redirected to an address that is not valid."
                        )
                    else:
                        result.error = _network_message(host, error)
                    return
                except httpx.HTTPError as error:
                    result.unreachable = isinstance(error, httpx.ConnectError)
                    result.error = _network_message(host, error)
                    return
                finally:
                    _connect_rule.reset(rule)
                try:
                    outcome = self._handle(
                        response, current, kind, validators, cancel, started, result
                    )
                finally:
                    response.close()
                    trace.event(
                        "answer", host=host, status=response.status_code, bytes=len(result.body)
                    )
            result.status_code = response.status_code
            if outcome is None:
                return
            # A redirect: follow it by hand.
            target = outcome
            hops += 1
            if target in seen:
                result.error = tr(
                    ERRORS, "The feed's address redirects in a loop, so it cannot be read."
                )
                result.outcome = FetchOutcome.FAILED
                return
            if hops > s.max_redirects:
                result.error = tr(
                    ERRORS, "The feed's address was redirected more than {most} times."
                ).format(most=s.max_redirects)
                result.outcome = FetchOutcome.FAILED
                return
            if origin_kinds is None:
                origin_kinds = _kinds_of(host_of(url))
            refusal = _check_redirect(target, origin_kinds)
            if refusal:
                result.error = refusal
                result.outcome = FetchOutcome.FAILED
                return
            if permanent_chain and response.status_code in _PERMANENT:
                result.permanent_url = target
            else:
                permanent_chain = False
            current = target
            result.final_url = current

    def _handle(
        self,
        response: httpx.Response,
        current: str,
        kind: Literal["feed", "page"],
        validators: Validators,
        cancel: threading.Event | None,
        started: float,
        result: FetchResult,
    ) -> str | None:
        """Deal with one response; return a redirect target to follow, else None."""
        s = self.settings
        code = response.status_code
        result.bytes_received += _header_size(response)
        headers = {k.lower(): v for k, v in response.headers.items()}
        result.headers = headers
        result.final_url = current
        now = utcnow()
        if code in _REDIRECTS:
            location = headers.get("location", "").strip()
            if not location:
                result.error = tr(
                    ERRORS, "The site sent a redirect ({code}) without saying where to."
                ).format(code=code)
                return None
            try:
                return urljoin(current, location)
            except ValueError:
                result.error = tr(
                    ERRORS, "The site redirected to an invalid address ({location})."
                ).format(location=repr(location))
                return None
        if code == 304:
            if kind != "feed" or not (validators.etag or validators.last_modified):
                result.error = status_message(code)
                return None
            result.outcome = FetchOutcome.NOT_MODIFIED
            result.validators = Validators(
                etag=headers.get("etag", validators.etag),
                last_modified=headers.get("last-modified", validators.last_modified),
                body_hash=validators.body_hash,
            )
            result.cache_seconds = cache_lifetime(headers, now)
            return None
        if code in (429, 503):
            host = host_of(current)
            until = parse_retry_after(headers.get("retry-after"), now, s.default_cooldown)
            self.cooldowns.cool(host, until)
            result.cooldown_until = until
            result.error = tr(
                ERRORS, "{problem}; cpdlog will not ask {host} again until {time}."
            ).format(
                problem=status_message(code)[:-1],
                host=host,
                time=until.astimezone().strftime("%H:%M"),
            )
            return None
        if not 200 <= code <= 299:
            result.error = status_message(code)
            result.gone = code == 410
            return None
        content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if content_type.startswith(_NOT_FEED_TYPES):
            if kind == "feed":
                refused = tr(ERRORS, "This address gives {kind}, not a feed.")
            else:
                refused = tr(ERRORS, "This address gives {kind}, not a web page.")
            result.error = refused.format(kind=describe_file_type(content_type))
            return None
        try:
            decoder = _Decoder(headers.get("content-encoding", ""))
        except _BadEncoding as error:
            result.error = tr(
                ERRORS, "The site used a compression cpdlog cannot read ({error})."
            ).format(error=error)
            return None
        body = bytearray()
        try:
            for chunk in response.iter_raw():
                result.bytes_received += len(chunk)
                if cancel is not None and cancel.is_set():
                    raise _Cancelled
                body += decoder.feed(chunk, s.max_bytes - len(body))
                if self._remaining(started) <= 0:
                    raise _Deadline
            body += decoder.flush(s.max_bytes - len(body))
            if not decoder.complete():
                raise _Truncated
        except _Truncated:
            if kind == "feed":
                result.error = tr(
                    ERRORS,
                    "The site's compressed feed stops part-way (it was cut short), so cpdlog "
                    "did not use it and kept the items it already had.",
                )
            else:
                result.error = tr(
                    ERRORS,
                    "The site's compressed page stops part-way (it was cut short), so cpdlog "
                    "did not use it.",
                )
            return None
        except _TooLarge:
            if kind == "feed":
                too_large = tr(
                    ERRORS, "The feed is larger than {size} MiB, so cpdlog stopped reading it."
                )
            else:
                too_large = tr(
                    ERRORS, "The page is larger than {size} MiB, so cpdlog stopped reading it."
                )
            result.error = too_large.format(size=f"{s.max_bytes / MIB:g}")
            return None
        except _Deadline:
            result.error = tr(
                ERRORS, "The server did not finish sending within {time}, so cpdlog gave up."
            ).format(time=_seconds(s.deadline))
            return None
        except httpx.TimeoutException:
            result.error = tr(
                ERRORS,
                "The server stopped sending part-way through and did not answer within {time}.",
            ).format(time=_seconds(min(s.read_timeout, s.deadline)))
            return None
        except zlib.error:
            result.error = tr(ERRORS, "The site sent compressed data that is damaged.")
            return None
        except httpx.HTTPError as error:
            result.error = _network_message(host_of(current), error, mid_body=True)
            if kind == "feed":
                result.error = tr(
                    ERRORS, "{problem}; cpdlog kept the items it already had."
                ).format(problem=result.error[:-1])
            return None
        data = bytes(body)
        digest = hashlib.sha256(data).hexdigest()
        result.validators = Validators(
            etag=headers.get("etag", ""),
            last_modified=headers.get("last-modified", ""),
            body_hash=digest,
        )
        result.cache_seconds = cache_lifetime(headers, now)
        if kind == "feed" and validators.body_hash and digest == validators.body_hash:
            result.outcome = FetchOutcome.UNCHANGED
            return None
        result.outcome = FetchOutcome.OK
        result.body = data
        return None


def _install_guard(client: httpx.Client, backend: _GuardedBackend) -> bool:
    """Put the redirect guard into the client's own connection pool (direct connections; a
    proxy from the environment keeps its own pool). True when it is in place."""
    import httpcore

    transport = getattr(client, "_transport", None)
    pool = getattr(transport, "_pool", None)
    if type(pool) is httpcore.ConnectionPool and hasattr(pool, "_network_backend"):
        pool._network_backend = cast("httpcore.NetworkBackend", backend)
        return True
    return False


def _kinds_of(host: str) -> frozenset[str]:
    """The kinds of address ``host`` stands for (``public`` when it cannot be resolved)."""
    return frozenset(address_kind(a) for a in resolve_host(host)) or frozenset({PUBLIC})


def _check_redirect(target: str, origin_kinds: frozenset[str], found_on: bool = False) -> str:
    """A refusal naming ``target`` when the redirect rule forbids it, else ""."""
    try:
        parts = urlsplit(target)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return ""  # the next hop reports the invalid address
    if not host:
        return ""
    for address in resolve_host(host, port):
        kind = address_kind(address)
        if redirect_refusal(origin_kinds, kind):
            return _refusal_message(target, address, kind, found_on)
    return ""


def _network_message(host: str, error: httpx.HTTPError, mid_body: bool = False) -> str:
    text = str(error).lower()
    if isinstance(error, httpx.RemoteProtocolError) or mid_body:
        return tr(ERRORS, "The server closed the connection before sending everything.")
    lookup_failures = ("name or service not known", "nodename nor servname", "getaddrinfo")
    if any(failure in text for failure in lookup_failures):
        return tr(
            ERRORS, "The address {host} could not be found. Check it, or your internet connection."
        ).format(host=host)
    if "certificate" in text or "ssl" in text:
        return tr(ERRORS, "The secure connection to {host} failed (a certificate problem).").format(
            host=host
        )
    if "refused" in text:
        return tr(ERRORS, "{host} refused the connection.").format(host=host)
    return tr(
        ERRORS, "Could not connect to {host}. Check the address or your internet connection."
    ).format(host=host)
