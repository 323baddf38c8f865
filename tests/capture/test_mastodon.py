"""Mastodon threads and hashtag windows against a loopback server with the real API shapes."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdlog.capture import mastodon
from cpdlog.capture.api import JsonClient
from cpdlog.capture.thread import DELETED, render_html
from cpdlog.errors import CaptureError, ValidationError
from cpdlog.feeds.fetch import MIB, Fetcher, FetchSettings

from .fakesocial import EPOCH, SocialServer, snowflake, status

T = dt.timedelta


def test_post_urls_of_both_shapes_are_recognised() -> None:
    one = mastodon.parse_post_url("https://mastodon.social/@alice/109876543210")
    two = mastodon.parse_post_url("https://mastodon.social/users/alice/statuses/109876543210")
    remote = mastodon.parse_post_url("https://mastodon.social/@bob@example.org/42")
    assert one is not None and two is not None and remote is not None
    assert (one.base, one.status_id) == ("https://mastodon.social", "109876543210")
    assert (two.base, two.status_id) == ("https://mastodon.social", "109876543210")
    assert remote.status_id == "42"
    assert mastodon.parse_post_url("https://mastodon.social/@alice") is None
    assert mastodon.parse_post_url("https://bsky.app/@alice/123") is None
    assert mastodon.parse_post_url("ftp://mastodon.social/@alice/1") is None


def test_instance_accepts_a_host_or_a_base_url_only() -> None:
    assert mastodon.parse_instance("mastodon.social") == "https://mastodon.social"
    assert mastodon.parse_instance("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"
    for bad in ("", "not a host", "javascript:alert(1)", "https://x.org/some/path", "ftp://x.org"):
        with pytest.raises(ValidationError):
            mastodon.parse_instance(bad)


def test_snowflake_encodes_the_time() -> None:
    moment = dt.datetime(2026, 3, 13, 9, 0, tzinfo=dt.UTC)
    assert mastodon.snowflake(moment) >> 16 == int(moment.timestamp() * 1000)


def test_a_thread_has_ancestors_replies_authors_times_and_is_sanitised(
    social: SocialServer, json_client: JsonClient
) -> None:
    root = status(EPOCH, "Who uses strengths-based assessment?", user="carol", name="Carol")
    focus = status(
        EPOCH + T(minutes=5),
        "We do <script>alert(1)</script><b>every</b> day",
        reply_to=root["id"],
        spoiler="Safeguarding",
    )
    reply = status(EPOCH + T(minutes=9), "Same here", user="dan", name="Dan", reply_to=focus["id"])
    social.add_status(focus)
    social.contexts[focus["id"]] = {"ancestors": [root], "descendants": [reply]}
    ref = mastodon.parse_post_url(f"{social.base}/@alice/{focus['id']}")
    assert ref is not None
    thread = mastodon.fetch_thread(json_client, ref)
    ordered = thread.ordered()
    assert [p.author_handle for p in ordered] == [
        "@carol@127.0.0.1",
        "@alice@127.0.0.1",
        "@dan@127.0.0.1",
    ]
    assert ordered[1].content_warning == "Safeguarding"
    assert "<script" not in ordered[1].html and "<b>every</b>" in ordered[1].html
    assert thread.focus_id == focus["id"]
    assert thread.summary().endswith("3 posts by 3 people")
    page = render_html(thread, EPOCH)
    assert page.index("Content warning:</strong> Safeguarding") < page.index("<b>every</b>")
    assert "every" not in thread.title() and "Safeguarding" in thread.title()
    assert "<script" not in page.replace("<script>", "")  # no script element at all
    assert "alert(1)" not in page


def test_a_parent_missing_from_the_context_is_shown_as_deleted(
    social: SocialServer, json_client: JsonClient
) -> None:
    focus = social.add_status(status(EPOCH, "Replying to something gone", reply_to="999"))
    social.contexts[focus["id"]] = {"ancestors": [], "descendants": []}
    ref = mastodon.parse_post_url(f"{social.base}/@alice/{focus['id']}")
    assert ref is not None
    page = render_html(mastodon.fetch_thread(json_client, ref), EPOCH)
    assert f"Replying to {DELETED}" in page


def test_a_deleted_post_says_so(social: SocialServer, json_client: JsonClient) -> None:
    ref = mastodon.parse_post_url(f"{social.base}/@alice/12345")
    assert ref is not None
    with pytest.raises(CaptureError, match="deleted"):
        mastodon.fetch_thread(json_client, ref)


def test_malformed_context_keeps_the_post_and_says_why(
    social: SocialServer, json_client: JsonClient
) -> None:
    focus = social.add_status(status(EPOCH, "The post itself"))
    social.behaviour.raw[f"/api/v1/statuses/{focus['id']}/context"] = (200, b"{not json", {})
    ref = mastodon.parse_post_url(f"{social.base}/@alice/{focus['id']}")
    assert ref is not None
    thread = mastodon.fetch_thread(json_client, ref)
    assert [p.id for p in thread.posts] == [focus["id"]]
    assert "not valid JSON" in thread.notes[0]


def test_a_ten_thousand_deep_reply_chain_is_bounded_and_does_not_recurse(
    social: SocialServer, json_client: JsonClient
) -> None:
    chain = [status(EPOCH, "Start", seq=0)]
    for i in range(1, 10_000):
        chain.append(status(EPOCH + T(seconds=i), f"reply {i}", seq=i, reply_to=chain[-1]["id"]))
    social.add_status(chain[0])
    social.contexts[chain[0]["id"]] = {"ancestors": [], "descendants": chain[1:]}
    ref = mastodon.parse_post_url(f"{social.base}/@alice/{chain[0]['id']}")
    assert ref is not None
    roomy = FetchSettings(connect_timeout=2.0, read_timeout=5.0, deadline=20.0, max_bytes=16 * MIB)
    with Fetcher(roomy) as big:
        thread = mastodon.fetch_thread(JsonClient(big), ref, max_posts=5000)
    assert len(thread.posts) == 5000
    assert thread.notes == ["Stopped after 5,000 posts."]
    page = render_html(thread, EPOCH)
    assert page.count("<article") == 5000


def _discussion(social: SocialServer, count: int, tag: str = "12thMW") -> list[dict]:
    items = [
        status(
            EPOCH + T(seconds=20 * i),
            f"#{tag} point {i}",
            user=f"user{i % 37}",
            name=f"Person {i % 37}",
            seq=i,
        )
        for i in range(count)
    ]
    social.add_tag(tag, items)
    return items


def test_hashtag_window_pages_with_max_id_and_keeps_only_the_window(
    social: SocialServer, json_client: JsonClient
) -> None:
    items = _discussion(social, 300)  # 09:00 to 10:39:40
    start, end = EPOCH + T(minutes=10), EPOCH + T(minutes=60)
    seen: list[int] = []
    thread = mastodon.fetch_hashtag(
        json_client, social.base, "12thMW", start, end, progress=lambda n, _t: seen.append(n)
    )
    inside = [s for s in items if start <= mastodon.parse_time(s["created_at"]) <= end]  # type: ignore[operator]
    assert [p.id for p in thread.ordered()] == [s["id"] for s in inside]
    assert len(thread.participants()) == 37
    assert thread.notes == []
    first = social.requests[0]
    assert f"max_id={mastodon.snowflake(end + T(milliseconds=1))}" in first
    assert "limit=40" in first
    assert seen == sorted(seen) and seen[-1] == len(inside)
    # Paging stopped once it went below the window instead of reading all 300 posts.
    pages = [r for r in social.requests if "/timelines/tag/" in r]
    assert len(pages) <= len(inside) // 40 + 3


def test_a_boost_is_shown_once(social: SocialServer, json_client: JsonClient) -> None:
    original = status(EPOCH + T(minutes=1), "#chat original", seq=1)
    boost = status(EPOCH + T(minutes=2), "", user="booster", seq=2)
    boost["reblog"] = original
    social.add_tag("chat", [original, boost])
    thread = mastodon.fetch_hashtag(json_client, social.base, "chat", EPOCH, EPOCH + T(hours=1))
    assert [p.id for p in thread.ordered()] == [original["id"]]


def test_rate_limit_headers_are_honoured(social: SocialServer, json_client: JsonClient) -> None:
    _discussion(social, 200)
    social.behaviour.rate_limit = 2
    social.behaviour.rate_reset_seconds = 0.3
    thread = mastodon.fetch_hashtag(json_client, social.base, "12thMW", EPOCH, EPOCH + T(hours=2))
    assert len(thread.posts) == 200
    assert thread.notes == []
    assert json_client.waited > 0  # it paused when Remaining reached 0 instead of hitting 429s


def test_429_with_retry_after_is_waited_out(social: SocialServer, json_client: JsonClient) -> None:
    _discussion(social, 50)
    social.behaviour.too_many_first = 1
    thread = mastodon.fetch_hashtag(json_client, social.base, "12thMW", EPOCH, EPOCH + T(hours=2))
    assert len(thread.posts) == 50


def test_a_wait_longer_than_allowed_stops_with_a_clear_message(
    social: SocialServer, fetcher: Fetcher
) -> None:
    _discussion(social, 50)
    social.behaviour.too_many_first = 1
    social.behaviour.retry_after = "3600"
    impatient = JsonClient(fetcher, max_wait=1.0)
    with pytest.raises(CaptureError, match="slow down"):
        mastodon.fetch_hashtag(impatient, social.base, "12thMW", EPOCH, EPOCH + T(hours=2))


def test_malformed_page_part_way_keeps_what_was_read(
    social: SocialServer, json_client: JsonClient
) -> None:
    _discussion(social, 200)
    social.behaviour.malformed_page = 3
    thread = mastodon.fetch_hashtag(json_client, social.base, "12thMW", EPOCH, EPOCH + T(hours=2))
    assert len(thread.posts) == 80
    assert "Stopped after 80 posts" in thread.notes[0] and "not valid JSON" in thread.notes[0]


def test_malformed_first_page_is_a_clear_error(
    social: SocialServer, json_client: JsonClient
) -> None:
    social.behaviour.malformed_page = 1
    with pytest.raises(CaptureError, match="not valid JSON"):
        mastodon.fetch_hashtag(json_client, social.base, "x", EPOCH, EPOCH + T(hours=2))


def test_looping_link_headers_stop(social: SocialServer, json_client: JsonClient) -> None:
    _discussion(social, 200)
    social.behaviour.loop_links = True
    thread = mastodon.fetch_hashtag(json_client, social.base, "12thMW", EPOCH, EPOCH + T(hours=2))
    assert "same page twice" in thread.notes[0]
    assert len(thread.posts) == 40  # the first page is kept; the repeat is never fetched
    assert len([r for r in social.requests if "/timelines/tag/" in r]) == 1


def test_endless_pages_stop_at_the_page_cap(social: SocialServer, json_client: JsonClient) -> None:
    _discussion(social, 200)
    thread = mastodon.fetch_hashtag(
        json_client, social.base, "12thMW", EPOCH, EPOCH + T(hours=2), max_pages=2
    )
    assert len(thread.posts) == 80
    assert thread.notes == ["Stopped after 2 pages of results."]


def test_next_links_to_another_server_are_not_followed(
    social: SocialServer, json_client: JsonClient
) -> None:
    _discussion(social, 100)
    social.behaviour.foreign_next = True
    thread = mastodon.fetch_hashtag(json_client, social.base, "12thMW", EPOCH, EPOCH + T(hours=2))
    assert len(thread.posts) == 40
    assert "another server" in thread.notes[0]


def test_posts_cap_on_a_discussion(social: SocialServer, json_client: JsonClient) -> None:
    _discussion(social, 120)
    thread = mastodon.fetch_hashtag(
        json_client, social.base, "12thMW", EPOCH, EPOCH + T(hours=2), max_posts=50
    )
    assert len(thread.posts) == 50
    assert thread.notes == ["Stopped after 50 posts."]


def test_link_header_parsing() -> None:
    header = (
        '<https://m.example/api/v1/timelines/tag/x?max_id=5>; rel="next", '
        '<https://m.example/api/v1/timelines/tag/x?min_id=9>; rel="prev"'
    )
    assert mastodon.next_link(header) == "https://m.example/api/v1/timelines/tag/x?max_id=5"
    assert mastodon.next_link('<https://m.example/a?min_id=9>; rel="prev"') is None
    assert mastodon.next_link("garbage") is None
    assert snowflake(EPOCH).isdigit()


def test_a_long_rate_limit_part_way_keeps_the_posts_read(
    social: SocialServer, fetcher: Fetcher
) -> None:
    _discussion(social, 200)
    social.behaviour.rate_limit = 1
    social.behaviour.rate_reset_seconds = 3600
    impatient = JsonClient(fetcher, max_wait=1.0)
    thread = mastodon.fetch_hashtag(impatient, social.base, "12thMW", EPOCH, EPOCH + T(hours=2))
    assert len(thread.posts) == 40
    assert thread.notes[0].startswith("Stopped after 40 posts:")
    assert "longer than cpdlog waits" in thread.notes[0]
    assert len([r for r in social.requests if "/timelines/tag/" in r]) == 1


def test_a_thousand_post_discussion_is_complete(
    social: SocialServer, json_client: JsonClient
) -> None:
    items = _discussion(social, 1000)
    thread = mastodon.fetch_hashtag(json_client, social.base, "12thMW", EPOCH, EPOCH + T(hours=6))
    assert [p.id for p in thread.ordered()] == [s["id"] for s in items]
    assert thread.summary().endswith("1,000 posts by 37 people")


def test_garbage_statuses_are_skipped_not_fatal() -> None:
    assert mastodon.status_to_post("text", "h") is None
    assert mastodon.status_to_post({"id": None}, "h") is None
    odd = mastodon.status_to_post(
        {
            "id": 7,
            "content": 5,
            "account": ["x"],
            "created_at": "yesterday",
            "media_attachments": {"a": 1},
            "spoiler_text": ["no"],
            "url": "javascript:alert(1)",
        },
        "h",
    )
    assert odd is not None
    assert (odd.id, odd.html, odd.author, odd.created_at, odd.url) == ("7", "", "Someone", None, "")


def test_a_slow_endless_discussion_stops_at_the_time_budget(
    social: SocialServer, fetcher: Fetcher
) -> None:
    _discussion(social, 400)
    social.behaviour.latency = 0.2
    budgeted = JsonClient(fetcher, budget=0.5)
    thread = mastodon.fetch_hashtag(budgeted, social.base, "12thMW", EPOCH, EPOCH + T(hours=3))
    assert 0 < len(thread.posts) < 400
    assert "took longer than" in thread.notes[0]
