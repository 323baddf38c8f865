"""Bluesky threads through the public AppView's XRPC API (no account needed).

A post URL ``https://bsky.app/profile/HANDLE/post/RKEY`` (or an ``at://`` URI) → the handle
resolved to a DID with ``com.atproto.identity.resolveHandle`` → ``app.bsky.feed.getPostThread``
with ``depth`` and ``parentHeight``. The answer nests parents and replies; it is walked with an
explicit stack (never recursion), bounded by ``max_posts``. ``notFoundPost`` becomes
"[deleted post]" and ``blockedPost`` a note that the post is not shown.

The request asks for at most 100 levels each way so the JSON nesting stays readable; if a
server still sends something too deeply nested, the capture asks again for fewer levels and
says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from cpdlog.capture.api import NESTED, ApiError, JsonClient
from cpdlog.capture.mastodon import parse_time
from cpdlog.capture.thread import MAX_POSTS, Post, Thread
from cpdlog.errors import CaptureError
from cpdlog.feeds.sanitize import plain_text_to_html, single_line
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

PUBLIC_APPVIEW = "https://public.api.bsky.app"
WEB_HOSTS = frozenset({"bsky.app", "www.bsky.app"})
DEPTHS = (100, 10)
_WEB_PATH = re.compile(
    r"^/profile/(?P<actor>[^/]{1,253})/post/(?P<rkey>[A-Za-z0-9._:~-]{1,512})/?$"
)
_AT_URI = re.compile(
    r"^at://(?P<actor>[^/]{1,253})/app\.bsky\.feed\.post/(?P<rkey>[A-Za-z0-9._:~-]{1,512})$"
)
_HANDLE = re.compile(r"^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$", re.IGNORECASE)
_DID = re.compile(r"^did:[a-z]+:[A-Za-z0-9._:%-]{1,2048}$")
_LABELS = {
    "porn": "adult content",
    "sexual": "sexual content",
    "nudity": "nudity",
    "graphic-media": "graphic media",
    "gore": "graphic media",
}


@dataclass(frozen=True, slots=True)
class PostRef:
    actor: str  # a handle or a DID
    rkey: str
    url: str


def parse_post_url(url: str) -> PostRef | None:
    text = url.strip()
    match = _AT_URI.match(text)
    if match:
        return PostRef(match.group("actor"), match.group("rkey"), text)
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    if (parts.hostname or "").lower() not in WEB_HOSTS:
        return None
    found = _WEB_PATH.match(parts.path)
    if not found:
        return None
    return PostRef(found.group("actor"), found.group("rkey"), text)


def _web_url(uri: str, handle: str) -> str:
    match = _AT_URI.match(uri)
    if not match:
        return ""
    return f"https://bsky.app/profile/{handle or match.group('actor')}/post/{match.group('rkey')}"


def resolve_actor(client: JsonClient, api: str, actor: str) -> str:
    """A DID for ``actor`` (a DID is returned as it is)."""
    if actor.startswith("did:"):
        if not _DID.match(actor):
            raise CaptureError(
                tr(ERRORS, "'{actor}' is not a valid Bluesky account id.").format(actor=actor[:80])
            )
        return actor
    if not _HANDLE.match(actor):
        raise CaptureError(
            tr(ERRORS, "'{actor}' is not a valid Bluesky handle.").format(actor=actor[:80])
        )
    try:
        data = client.get(
            f"{api}/xrpc/com.atproto.identity.resolveHandle?handle={quote(actor)}"
        ).data
    except ApiError as error:
        if error.status in (400, 404):
            raise CaptureError(
                tr(ERRORS, "Bluesky does not know the account @{actor}.").format(actor=actor)
            ) from None
        raise
    did = data.get("did") if isinstance(data, dict) else None
    if not isinstance(did, str) or not _DID.match(did):
        raise CaptureError(
            tr(ERRORS, "Bluesky's answer for @{actor} did not include an account id.").format(
                actor=actor
            )
        )
    return did


def _str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _labels(post: dict[str, Any], record: dict[str, Any]) -> str:
    values: list[str] = []
    for label in _list(post.get("labels"))[:50]:
        if isinstance(label, dict) and isinstance(label.get("val"), str):
            values.append(label["val"])
    own = record.get("labels")
    if isinstance(own, dict):
        for label in _list(own.get("values"))[:50]:
            if isinstance(label, dict) and isinstance(label.get("val"), str):
                values.append(label["val"])
    shown = [_LABELS.get(v, v) for v in values if not v.startswith("!")]
    return ", ".join(dict.fromkeys(single_line(v, 60) for v in shown[:10]))


def node_to_post(node: Any, parent_uri: str | None) -> Post | None:
    """One thread node (threadViewPost, notFoundPost, blockedPost) as a :class:`Post`."""
    if not isinstance(node, dict):
        return None
    kind = node.get("$type", "")
    uri = node.get("uri")
    if node.get("notFound") or kind == "app.bsky.feed.defs#notFoundPost":
        return Post(id=str(uri)[:600], in_reply_to=parent_uri, deleted=True)
    if node.get("blocked") or kind == "app.bsky.feed.defs#blockedPost":
        return Post(
            id=str(uri)[:600],
            in_reply_to=parent_uri,
            unavailable="post not shown: its author has blocked or been blocked",
        )
    post = node.get("post")
    if not isinstance(post, dict) or not isinstance(post.get("uri"), str):
        return None
    record = post.get("record") if isinstance(post.get("record"), dict) else {}
    author = post.get("author") if isinstance(post.get("author"), dict) else {}
    assert isinstance(record, dict) and isinstance(author, dict)
    handle, name, text = _str(author, "handle"), _str(author, "displayName"), _str(record, "text")
    uri = _str(post, "uri")
    media: list[str] = []
    embed = record.get("embed")
    if isinstance(embed, dict):
        for image in _list(embed.get("images"))[:10]:
            if isinstance(image, dict):
                alt = _str(image, "alt")
                media.append(
                    f"image: {single_line(alt, 1000)}" if alt else "image (no description)"
                )
    return Post(
        id=uri[:600],
        url=_web_url(uri, single_line(handle, 253)),
        author_name=single_line(name, 200),
        author_handle=f"@{single_line(handle, 253)}" if handle else "",
        created_at=parse_time(record.get("createdAt")) or parse_time(post.get("indexedAt")),
        html=plain_text_to_html(text[:100_000]),
        content_warning=_labels(post, record),
        in_reply_to=parent_uri,
        media=media,
    )


def _walk(root: Any, thread: Thread, max_posts: int) -> None:
    """Add the root, its parents and its replies to ``thread`` without recursion."""
    focus = node_to_post(root, None)
    if focus is None:
        raise CaptureError(tr(ERRORS, "Bluesky's answer did not contain the post."))
    if focus.deleted:
        raise CaptureError(tr(ERRORS, "This post has been deleted, so it cannot be captured."))
    thread.focus_id = focus.id
    thread.posts.append(focus)
    # Parents: each node's parent is what it replies to.
    child = focus
    node = root.get("parent") if isinstance(root, dict) else None
    while isinstance(node, dict):
        if len(thread.posts) >= max_posts:
            thread.notes.append(f"Stopped after {max_posts:,} posts.")
            return
        parent = node_to_post(node, None)
        if parent is None:
            break
        child.in_reply_to = parent.id
        thread.posts.append(parent)
        child, node = parent, node.get("parent")
    stack: list[tuple[Any, str]] = [(root, focus.id)]
    while stack:
        current, uri = stack.pop()
        replies = _list(current.get("replies")) if isinstance(current, dict) else []
        for reply in replies:
            if len(thread.posts) >= max_posts:
                thread.notes.append(f"Stopped after {max_posts:,} posts.")
                return
            post = node_to_post(reply, uri)
            if post is None:
                continue
            thread.posts.append(post)
            stack.append((reply, post.id))


def fetch_thread(client: JsonClient, api: str, ref: PostRef, max_posts: int = MAX_POSTS) -> Thread:
    """The post at ``ref`` with its parents and replies."""
    did = resolve_actor(client, api, ref.actor)
    uri = f"at://{did}/app.bsky.feed.post/{ref.rkey}"
    thread = Thread("thread", "bluesky", ref.url, "bsky.app")
    for attempt, depth in enumerate(DEPTHS):
        url = (
            f"{api}/xrpc/app.bsky.feed.getPostThread?uri={quote(uri, safe='')}"
            f"&depth={depth}&parentHeight={depth}"
        )
        try:
            data = client.get(url).data
        except ApiError as error:
            if error.status in (400, 404):
                raise CaptureError(
                    tr(
                        ERRORS,
                        "This post has been deleted, or it is not public, so it cannot be "
                        "captured.",
                    )
                ) from None
            if error.kind == NESTED and attempt + 1 < len(DEPTHS):
                thread.notes.append(
                    f"Bluesky's answer was nested too deeply; only {DEPTHS[attempt + 1]} "
                    "levels of replies and earlier posts were asked for."
                )
                continue
            raise
        if not isinstance(data, dict) or "thread" not in data:
            raise CaptureError(tr(ERRORS, "Bluesky did not answer with a thread."))
        _walk(data["thread"], thread, max_posts)
        return thread
    raise CaptureError(tr(ERRORS, "Bluesky's answer could not be read."))


def is_bluesky_post(url: str) -> bool:
    return parse_post_url(url) is not None


__all__ = ["PUBLIC_APPVIEW", "PostRef", "fetch_thread", "is_bluesky_post", "parse_post_url"]
