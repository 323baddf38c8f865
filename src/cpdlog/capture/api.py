"""A small JSON client for social APIs, on top of the safe fetcher in :mod:`cpdlog.feeds.fetch`.

Every request goes through :class:`~cpdlog.feeds.fetch.Fetcher` (byte caps, timeouts, redirect
rules). This layer adds what the Mastodon and Bluesky APIs need: JSON decoding with a clear
message for anything malformed or too deeply nested, and rate limits. When a server says
``X-RateLimit-Remaining: 0`` the next request waits until ``X-RateLimit-Reset``; a 429 or 503
waits for its ``Retry-After``. Either wait is bounded by ``max_wait``: a longer one stops the
capture with a sentence saying so (the caller keeps what it already has).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from dataclasses import dataclass
from typing import Any

from cpdlog.errors import CaptureError
from cpdlog.feeds.fetch import Fetcher, FetchOutcome, host_of, utcnow
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

MAX_RETRIES = 3
NESTED, NOT_JSON = "nested", "not-json"  # ApiError.kind (the message is translated)
MAX_CAPTURE_SECONDS = 300.0  # one capture's whole budget, however many pages it reads


class ApiError(CaptureError):
    """One request failed; ``status`` is the HTTP status when the server answered."""

    def __init__(
        self, message: str, status: int | None = None, from_api: bool = False, kind: str = ""
    ) -> None:
        super().__init__(message)
        self.status = status
        self.from_api = from_api  # the error answer itself was JSON, as an API's would be
        self.kind = kind  # NESTED or NOT_JSON for an answer that could not be decoded


class RateLimited(ApiError):
    """The server asked for a longer pause than cpdlog will wait."""


class Cancelled(CaptureError):
    def __init__(self) -> None:
        super().__init__(tr(ERRORS, "The capture was cancelled."))


@dataclass(frozen=True, slots=True)
class JsonResponse:
    data: Any
    headers: dict[str, str]
    url: str


def _clock_time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


def parse_reset(value: str, now: dt.datetime) -> dt.datetime | None:
    """``X-RateLimit-Reset`` as Mastodon sends it (ISO 8601), or Unix seconds, or None."""
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        number = int(text)
        if number > 1_000_000_000:  # a Unix time
            try:
                return dt.datetime.fromtimestamp(number, dt.UTC)
            except (OverflowError, OSError, ValueError):
                return None
        return now + dt.timedelta(seconds=number)  # seconds from now
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class JsonClient:
    """GET JSON documents politely. Not thread-safe: one capture uses one client."""

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        max_wait: float = 60.0,
        cancel: threading.Event | None = None,
        budget: float = MAX_CAPTURE_SECONDS,
    ) -> None:
        self.fetcher = fetcher
        self.max_wait = max_wait
        self.budget = budget
        self._started = time.monotonic()
        self.cancel = cancel or threading.Event()
        self.requests = 0
        self.waited = 0.0
        self._not_before: dict[str, dt.datetime] = {}

    def _wait_until(self, host: str, until: dt.datetime, why: str) -> None:
        seconds = (until - utcnow()).total_seconds()
        if seconds <= 0:
            return
        if seconds > self.max_wait:
            raise RateLimited(
                tr(
                    ERRORS,
                    "{host} {why} until {clock_time}, longer than cpdlog waits "
                    "({max_wait:g} seconds), so it stopped there.",
                ).format(host=host, why=why, clock_time=_clock_time(until), max_wait=self.max_wait)
            )
        if self.cancel.wait(seconds):
            raise Cancelled
        self.waited += seconds

    def get(self, url: str) -> JsonResponse:
        """Fetch ``url`` and decode its JSON; raises :class:`ApiError` with a clear sentence."""
        host = host_of(url)
        for _attempt in range(MAX_RETRIES + 1):
            if self.cancel.is_set():
                raise Cancelled
            if time.monotonic() - self._started > self.budget:
                raise RateLimited(
                    tr(
                        ERRORS,
                        "The capture took longer than {budget:g} minutes, so cpdlog stopped there.",
                    ).format(budget=self.budget / 60)
                )
            pause = self._not_before.pop(host, None)
            if pause is not None:
                self._wait_until(host, pause, "asked cpdlog to pause (its rate limit)")
            result = self.fetcher.fetch(url, kind="page", cancel=self.cancel)
            self.requests += 1
            if result.outcome is FetchOutcome.CANCELLED:
                raise Cancelled
            self._note_rate_limit(host, result.headers)
            if result.outcome is FetchOutcome.COOLING_DOWN or result.status_code in (429, 503):
                until = result.cooldown_until or utcnow()
                self._wait_until(host, until, "asked cpdlog to slow down")
                self.fetcher.cooldowns.until(host)  # forget a cooldown that has passed
                continue
            if result.outcome is not FetchOutcome.OK:
                raise ApiError(
                    self._failure(result.status_code, result.error),
                    result.status_code,
                    from_api="json" in result.content_type,
                )
            return JsonResponse(decode_json(result.body, host), result.headers, result.final_url)
        raise RateLimited(
            tr(ERRORS, "{host} kept asking cpdlog to slow down, so it stopped there.").format(
                host=host
            )
        )

    def _note_rate_limit(self, host: str, headers: dict[str, str]) -> None:
        # Mastodon sends X-RateLimit-*; Bluesky's AppView the unprefixed RateLimit-* names.
        prefix = "x-" if "x-ratelimit-remaining" in headers else ""
        remaining = headers.get(f"{prefix}ratelimit-remaining", "").strip()
        if remaining != "0":
            return
        now = utcnow()
        reset = parse_reset(headers.get(f"{prefix}ratelimit-reset", ""), now)
        if reset is not None and reset > now:
            self._not_before[host] = reset

    @staticmethod
    def _failure(status: int | None, error: str) -> str:
        if status in (404, 410):
            return tr(
                ERRORS,
                "The server says there is nothing at this address (it may have been deleted).",
            )
        if status in (401, 403, 422):
            return tr(
                ERRORS,
                "The server only shows this to people signed in to it, so cpdlog cannot read it.",
            )
        return error or tr(ERRORS, "The server could not be read.")


def decode_json(body: bytes, host: str) -> Any:
    """Parse JSON bytes; malformed or absurdly nested input gives one clear sentence."""
    try:
        return json.loads(body)
    except RecursionError:
        raise ApiError(
            tr(ERRORS, "{host} sent an answer nested too deeply to read.").format(host=host),
            kind=NESTED,
        ) from None
    except (ValueError, UnicodeDecodeError):
        raise ApiError(
            tr(ERRORS, "{host} sent an answer that is not valid JSON.").format(host=host),
            kind=NOT_JSON,
        ) from None
