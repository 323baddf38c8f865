"""Bluesky threads through loopback XRPC: resolveHandle, getPostThread, hostile nesting."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cpdlog.capture import bluesky
from cpdlog.capture.api import JsonClient
from cpdlog.capture.thread import DELETED, render_html
from cpdlog.errors import CaptureError

from .fakesocial import SocialServer

DID = "did:plc:abc123"
URI = f"at://{DID}/app.bsky.feed.post/3kfocus"


def view(rkey: str, text: str, handle: str = "alice.bsky.social", **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "$type": "app.bsky.feed.post",
        "text": text,
        "createdAt": f"2026-03-13T09:{len(rkey) % 60:02d}:00.000Z",
    }
    record.update(extra.pop("record", {}))
    return {
        "$type": "app.bsky.feed.defs#threadViewPost",
        "post": {
            "uri": f"at://{DID}/app.bsky.feed.post/{rkey}",
            "cid": "bafy",
            "author": {"did": DID, "handle": handle, "displayName": handle.split(".")[0].title()},
            "record": record,
            "indexedAt": "2026-03-13T09:00:00.000Z",
            **extra,
        },
    }


def test_post_urls() -> None:
    ref = bluesky.parse_post_url("https://bsky.app/profile/alice.bsky.social/post/3kabc")
    assert ref is not None and (ref.actor, ref.rkey) == ("alice.bsky.social", "3kabc")
    assert bluesky.parse_post_url(f"at://{DID}/app.bsky.feed.post/3kabc") is not None
    assert bluesky.parse_post_url("https://bsky.app/profile/alice.bsky.social") is None
    assert bluesky.parse_post_url("https://example.org/profile/a/post/b") is None


def _serve(social: SocialServer, answer: Any) -> bluesky.PostRef:
    social.handles["alice.bsky.social"] = DID
    social.threads[URI] = answer
    ref = bluesky.parse_post_url("https://bsky.app/profile/alice.bsky.social/post/3kfocus")
    assert ref is not None
    return ref


def test_thread_with_parent_replies_deleted_blocked_and_labels(
    social: SocialServer, json_client: JsonClient
) -> None:
    root = view("3kroot", "Question for social workers")
    root["parent"] = {
        "$type": "app.bsky.feed.defs#notFoundPost",
        "uri": "at://x/p/gone",
        "notFound": True,
    }
    focus = view(
        "3kfocus",
        "My answer <script>x</script>",
        labels=[{"val": "graphic-media"}],
    )
    focus["parent"] = root
    reply = view("3kreply1", "Thanks", handle="bob.bsky.social")
    reply["replies"] = [view("3kreply22", "Agreed", handle="carol.bsky.social")]
    blocked = {"$type": "app.bsky.feed.defs#blockedPost", "uri": "at://y/p/b", "blocked": True}
    focus["replies"] = [reply, blocked]
    ref = _serve(social, {"thread": focus})
    thread = bluesky.fetch_thread(json_client, social.base, ref)
    by_text = {p.text: p for p in thread.posts if p.html}
    assert set(by_text) == {
        "Question for social workers",
        "My answer <script>x</script>",
        "Thanks",
        "Agreed",
    }
    assert by_text["Agreed"].in_reply_to == by_text["Thanks"].id
    assert by_text["Thanks"].in_reply_to == thread.focus_id
    assert by_text["Question for social workers"].in_reply_to == "at://x/p/gone"
    assert by_text["My answer <script>x</script>"].content_warning == "graphic media"
    page = render_html(thread, by_text["Thanks"].created_at)  # type: ignore[arg-type]
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "<script>x" not in page
    assert DELETED in page and "post not shown" in page
    assert "https://bsky.app/profile/bob.bsky.social/post/3kreply1" in page
    request = next(r for r in social.requests if "getPostThread" in r)
    assert "depth=100" in request and "parentHeight=100" in request


def test_unknown_handle_and_missing_post(social: SocialServer, json_client: JsonClient) -> None:
    ref = bluesky.parse_post_url("https://bsky.app/profile/nobody.bsky.social/post/3k")
    assert ref is not None
    with pytest.raises(CaptureError, match="does not know"):
        bluesky.fetch_thread(json_client, social.base, ref)
    social.handles["alice.bsky.social"] = DID
    ref = bluesky.parse_post_url("https://bsky.app/profile/alice.bsky.social/post/3kother")
    assert ref is not None
    with pytest.raises(CaptureError, match="deleted"):
        bluesky.fetch_thread(json_client, social.base, ref)


def test_malformed_json_is_a_clear_error(social: SocialServer, json_client: JsonClient) -> None:
    ref = _serve(social, b'{"thread": {"post": ')
    with pytest.raises(CaptureError, match="not valid JSON"):
        bluesky.fetch_thread(json_client, social.base, ref)


def _deep(levels: int) -> bytes:
    """A reply chain ``levels`` deep, nested as the API nests it."""
    node = view("3kfocus", "root")
    text = json.dumps({"thread": node})
    reply = json.dumps(view("3kdeep", "deeper"))[:-1]  # without the closing brace
    opening = (reply + ', "replies": [') * levels
    closing = "]}" * levels
    return (text[:-2] + ', "replies": [' + opening + closing + "]}}").encode()


def test_ten_thousand_deep_nesting_asks_again_for_fewer_levels(
    social: SocialServer, json_client: JsonClient
) -> None:
    shallow = view("3kfocus", "root")
    shallow["replies"] = [view("3kr", "a reply")]

    def answer(query: dict[str, list[str]]) -> bytes:
        if query["depth"] == ["100"]:
            return _deep(10_000)
        return json.dumps({"thread": shallow}).encode()

    ref = _serve(social, answer)
    thread = bluesky.fetch_thread(json_client, social.base, ref)
    assert sorted(p.text for p in thread.posts) == ["a reply", "root"]
    assert "nested too deeply" in thread.notes[0]


def test_a_wide_thread_of_a_thousand_posts_is_bounded(
    social: SocialServer, json_client: JsonClient
) -> None:
    focus = view("3kfocus", "root")
    focus["replies"] = [view(f"3k{i}", f"reply {i}") for i in range(1000)]
    ref = _serve(social, {"thread": focus})
    thread = bluesky.fetch_thread(json_client, social.base, ref, max_posts=500)
    assert len(thread.posts) == 500
    assert thread.notes == ["Stopped after 500 posts."]
    full = bluesky.fetch_thread(json_client, social.base, ref)
    assert len(full.posts) == 1001 and full.notes == []


def test_parse_reset_reads_iso_unix_and_relative_forms() -> None:
    import datetime as dt

    from cpdlog.capture.api import parse_reset

    now = dt.datetime(2026, 3, 13, 9, 0, tzinfo=dt.UTC)
    assert parse_reset("2026-03-13T09:05:00.000Z", now) == now + dt.timedelta(minutes=5)
    assert parse_reset(str(int(now.timestamp()) + 30), now) == now + dt.timedelta(seconds=30)
    assert parse_reset("30", now) == now + dt.timedelta(seconds=30)
    assert parse_reset("soon", now) is None and parse_reset("", now) is None
