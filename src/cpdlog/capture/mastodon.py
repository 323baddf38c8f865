"""Mastodon threads and hashtag timelines through the public REST API.

- A post URL (``https://HOST/@user/ID``, ``https://HOST/@user@elsewhere/ID`` or
  ``https://HOST/users/user/statuses/ID``) → ``GET /api/v1/statuses/ID`` and
  ``GET /api/v1/statuses/ID/context`` (ancestors and descendants as flat lists).
- A hashtag over a window → ``GET /api/v1/timelines/tag/TAG?limit=40&max_id=…``, following the
  ``Link: <…>; rel="next"`` header. Status ids are snowflakes (milliseconds since the epoch
  shifted left 16 bits), so paging starts at ``max_id`` = snowflake(end) and stops once a
  page reaches below the window's start.

Bounded throughout: at most ``max_posts`` posts and ``max_pages`` pages, ``next`` links must
stay on the same server and never repeat, and a malformed answer part-way through keeps the
posts already read and says what went wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from cpdlog.capture.api import NOT_JSON, ApiError, JsonClient, RateLimited
from cpdlog.capture.thread import MAX_POSTS, Post, Thread
from cpdlog.errors import CaptureError, ValidationError
from cpdlog.feeds.sanitize import sanitize_html, single_line
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

PAGE_LIMIT = 40  # the most the tag timeline gives per page
MAX_PAGES = 250
_POST_PATHS = (
    re.compile(r"^/@(?P<user>[^/@]+)(?:@[^/]+)?/(?P<id>\d{1,20})/?$"),
    re.compile(r"^/users/(?P<user>[^/]+)/statuses/(?P<id>\d{1,20})/?$"),
)
_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?(?::\d{1,5})?$", re.IGNORECASE)
_TAG = re.compile(r"^\w{1,100}$")
_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]*)*)")

Progress = Callable[[int, int], None]


class NotMastodon(CaptureError):
    """The address looked like a Mastodon post but the server does not speak its API."""


@dataclass(frozen=True, slots=True)
class PostRef:
    base: str  # scheme://host[:port]
    status_id: str
    url: str


def _base(parts: Any) -> str:
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def parse_post_url(url: str) -> PostRef | None:
    """The server and status id of a Mastodon post URL, or None if it is not one."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if parts.hostname.lower() in ("bsky.app", "bsky.social"):
        return None
    for pattern in _POST_PATHS:
        match = pattern.match(parts.path)
        if match:
            return PostRef(_base(parts), match.group("id"), url.strip())
    return None


def parse_instance(value: str) -> str:
    """``mastodon.social`` → ``https://mastodon.social``; a base URL is kept (no path)."""
    text = value.strip().rstrip("/")
    if not text:
        raise ValidationError(
            tr(ERRORS, "Give the Mastodon server, e.g. mastodon.social."), field="instance"
        )
    if "://" not in text:
        if not _HOST.match(text):
            raise ValidationError(
                tr(ERRORS, "'{text}' is not a server name like mastodon.social.").format(
                    text=text[:60]
                ),
                field="instance",
            )
        return f"https://{text.lower()}"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise ValidationError(
            tr(ERRORS, "'{text}' is not a valid address.").format(text=text[:60]), field="instance"
        ) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            tr(ERRORS, "'{text}' must start with https:// (or http://).").format(text=text[:60]),
            field="instance",
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValidationError(
            tr(
                ERRORS,
                "'{text}' should be just the server, e.g. https://mastodon.social.",
            ).format(text=text[:60]),
            field="instance",
        )
    host = parts.hostname.lower()
    return f"{parts.scheme.lower()}://{host}" + (f":{port}" if port else "")


def parse_tag(value: str) -> str:
    tag = value.strip().lstrip("#")
    if not _TAG.match(tag):
        raise ValidationError(
            tr(
                ERRORS,
                "'{value}' is not a hashtag: use letters, digits and underscores, e.g. 12thMW.",
            ).format(value=value[:60]),
            field="tag",
        )
    return tag


def snowflake(moment: dt.datetime) -> int:
    """The smallest status id Mastodon would give a post made at ``moment``."""
    return int(moment.timestamp() * 1000) << 16


def parse_time(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def _text(obj: dict[str, Any], key: str, limit: int = 500) -> str:
    value = obj.get(key)
    return single_line(value, limit) if isinstance(value, str) else ""


def status_to_post(obj: Any, host: str) -> Post | None:
    """A Mastodon Status entity as a sanitised :class:`Post`; None if it is not one."""
    if not isinstance(obj, dict):
        return None
    reblog = obj.get("reblog")
    if isinstance(reblog, dict):
        obj = reblog  # a boost: the post itself, once
    status_id = obj.get("id")
    if not isinstance(status_id, (str, int)) or not str(status_id).strip():
        return None
    account = obj.get("account") if isinstance(obj.get("account"), dict) else {}
    assert isinstance(account, dict)
    acct = _text(account, "acct", 200)
    if acct and "@" not in acct:
        acct = f"{acct}@{host.rsplit(':', 1)[0] if host.count(':') == 1 else host}"
    url = _text(obj, "url", 2000) or _text(obj, "uri", 2000)
    if not url.startswith(("http://", "https://")):
        url = ""
    content = obj.get("content")
    reply_to = obj.get("in_reply_to_id")
    media: list[str] = []
    attachments = obj.get("media_attachments")
    if isinstance(attachments, list):
        for item in attachments[:20]:
            if isinstance(item, dict):
                kind = _text(item, "type", 20) or "file"
                alt = _text(item, "description", 1000)
                media.append(f"{kind}: {alt}" if alt else f"{kind} (no description)")
    return Post(
        id=str(status_id)[:40],
        url=url,
        author_name=_text(account, "display_name", 200),
        author_handle=f"@{acct}" if acct else "",
        created_at=parse_time(obj.get("created_at")),
        html=sanitize_html(content[:200_000], url) if isinstance(content, str) else "",
        content_warning=_text(obj, "spoiler_text", 1000),
        in_reply_to=str(reply_to)[:40] if isinstance(reply_to, (str, int)) and reply_to else None,
        media=media,
    )


def _host_label(base: str) -> str:
    return urlsplit(base).netloc


def fetch_thread(client: JsonClient, ref: PostRef, max_posts: int = MAX_POSTS) -> Thread:
    """The post at ``ref`` with its ancestors and replies."""
    host = _host_label(ref.base)
    try:
        main = client.get(f"{ref.base}/api/v1/statuses/{ref.status_id}")
    except RateLimited:
        raise
    except ApiError as error:
        if error.status in (404, 410) and error.from_api:
            raise CaptureError(
                tr(
                    ERRORS,
                    "This post has been deleted, or it is not public, so it cannot be captured.",
                )
            ) from None
        if error.status is not None and error.status < 500 and error.status != 429:
            # Not Mastodon's API (or one closed to visitors): the page itself may still be read.
            raise NotMastodon(
                tr(ERRORS, "{host} did not give the post through Mastodon's API.").format(host=host)
            ) from None
        if error.status is None and error.kind == NOT_JSON:
            raise NotMastodon(
                tr(ERRORS, "{host} does not look like a Mastodon server.").format(host=host)
            ) from None
        raise
    focus = status_to_post(main.data, host)
    if focus is None:
        raise NotMastodon(
            tr(ERRORS, "{host} did not answer with a Mastodon post.").format(host=host)
        )
    thread = Thread("thread", "mastodon", ref.url, host, focus_id=focus.id)
    thread.posts.append(focus)
    try:
        context = client.get(f"{ref.base}/api/v1/statuses/{focus.id}/context").data
    except (ApiError, RateLimited) as error:
        thread.notes.append(f"The earlier posts and replies could not be read: {error}")
        return thread
    if not isinstance(context, dict):
        thread.notes.append(f"{host} answered the request for replies with something else.")
        return thread
    for key in ("ancestors", "descendants"):
        items = context.get(key)
        if not isinstance(items, list):
            continue
        for item in items:
            if len(thread.posts) >= max_posts:
                thread.notes.append(f"Stopped after {max_posts:,} posts.")
                return thread
            post = status_to_post(item, host)
            if post is not None:
                thread.posts.append(post)
    return thread


def next_link(header: str) -> str | None:
    """The ``rel="next"`` target of a ``Link`` header."""
    for target, params in _LINK.findall(header[:20_000]):
        rels = re.findall(r'rel\s*=\s*"?([^";,]+)"?', params)
        if any("next" in r.split() for r in rels):
            return str(target).strip()
    return None


def _same_server(url: str, base: str) -> bool:
    try:
        parts = urlsplit(url)
        return _base(parts) == base and parts.path.startswith("/api/v1/timelines/tag/")
    except ValueError:
        return False


def fetch_hashtag(
    client: JsonClient,
    base: str,
    tag: str,
    start: dt.datetime,
    end: dt.datetime,
    *,
    max_posts: int = MAX_POSTS,
    max_pages: int = MAX_PAGES,
    progress: Progress | None = None,
) -> Thread:
    """Every post with ``#tag`` on the server between ``start`` and ``end``, oldest first."""
    host = _host_label(base)
    thread = Thread(
        "hashtag",
        "mastodon",
        f"{base}/tags/{quote(tag)}",
        host,
        tag=tag,
        window_start=start,
        window_end=end,
    )
    upper = snowflake(end + dt.timedelta(milliseconds=1))
    url: str | None = f"{base}/api/v1/timelines/tag/{quote(tag)}?limit={PAGE_LIMIT}&max_id={upper}"
    seen_pages: set[str] = set()
    seen_ids: set[str] = set()
    pages = 0
    while url:
        if pages >= max_pages:
            thread.notes.append(f"Stopped after {max_pages} pages of results.")
            break
        cursor = parse_qs(urlsplit(url).query).get("max_id", [url])[0]
        if cursor in seen_pages:
            thread.notes.append(f"{host} sent the same page twice, so cpdlog stopped there.")
            break
        seen_pages.add(cursor)
        try:
            response = client.get(url)
        except ApiError as error:
            if pages == 0:  # nothing read yet: there is no discussion to keep
                raise CaptureError(
                    tr(ERRORS, "The hashtag #{tag} could not be read on {host}: {error}").format(
                        tag=tag, host=host, error=error
                    )
                ) from None
            thread.notes.append(f"Stopped after {len(seen_ids):,} posts: {error}")
            break
        pages += 1
        if not isinstance(response.data, list):
            message = f"{host} did not answer with a list of posts."
            if pages == 1:
                raise CaptureError(message)
            thread.notes.append(f"Stopped after {len(seen_ids):,} posts: {message}")
            break
        if not response.data:
            break
        reached_start = False
        for item in response.data:
            post = status_to_post(item, host)
            if post is None or post.id in seen_ids:
                continue
            when = post.created_at
            if when is not None and when < start:
                reached_start = True
                continue
            if when is not None and when > end:
                continue
            if len(seen_ids) >= max_posts:
                thread.notes.append(f"Stopped after {max_posts:,} posts.")
                return thread
            seen_ids.add(post.id)
            thread.posts.append(post)
        if progress is not None:
            progress(len(seen_ids), 0)
        if reached_start:
            break
        following = next_link(response.headers.get("link", ""))
        if following and not _same_server(following, base):
            thread.notes.append(f"{host} pointed to another server for more posts; not followed.")
            break
        url = following
    return thread
