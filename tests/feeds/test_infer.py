"""From feed item to draft CPD entry: activity type, suggested hours, prefilled source."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdlog.domain.entry import ActivityType, EntryStatus
from cpdlog.domain.feed import Enclosure, Feed, FeedItem
from cpdlog.feeds.infer import (
    entry_from_item,
    infer_activity,
    is_bluesky_url,
    is_mastodon_url,
    round_hours,
    suggest_hours,
)
from cpdlog.feeds.parse import parse_feed

A = ActivityType


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"enclosure_type": "audio/mpeg", "link": "https://pod.example.org/1"}, A.PODCAST),
        (
            {"enclosure_type": "audio/x-m4a", "feed_url": "https://mastodon.social/@x.rss"},
            A.PODCAST,
        ),
        ({"is_podcast": True, "link": "https://pod.example.org/2"}, A.PODCAST),
        ({"enclosure_type": "video/mp4", "link": "https://talks.example.org/3"}, A.VIDEO),
        ({"link": "https://mastodon.social/@jane/112233"}, A.SOCIAL_POST),
        ({"feed_url": "https://mastodon.social/tags/socialwork.rss"}, A.SOCIAL_POST),
        ({"link": "https://social.example.scot/@sam/998877"}, A.SOCIAL_POST),
        ({"link": "https://social.example.scot/users/sam/statuses/998877"}, A.SOCIAL_POST),
        ({"link": "https://bsky.app/profile/alice.bsky.social/post/3kabc"}, A.SOCIAL_POST),
        ({"feed_url": "https://bsky.app/profile/did:plc:abc/rss"}, A.SOCIAL_POST),
        ({"link": "https://www.youtube.com/watch?v=abc"}, A.VIDEO),
        ({"feed_url": "https://www.youtube.com/feeds/videos.xml?channel_id=UC1"}, A.VIDEO),
        ({"link": "https://youtu.be/abc"}, A.VIDEO),
        ({"feed_url": "https://academic.oup.com/rss/site_5504/3365.xml"}, A.READING),
        ({"feed_url": "https://www.tandfonline.com/feed/rss/cjsw20"}, A.READING),
        ({"link": "https://www.communitycare.co.uk/2026/03/01/story/"}, A.BLOG),
        ({"link": "https://example.org/@notmastodon/page/extra"}, A.BLOG),
        ({}, A.BLOG),
    ],
)
def test_activity_is_inferred_from_the_source(kwargs: dict[str, object], expected: A) -> None:
    assert infer_activity(**kwargs) is expected  # type: ignore[arg-type]


def test_url_shapes() -> None:
    assert is_mastodon_url("https://any.instance.example/tags/socialwork.rss")
    assert is_mastodon_url("https://mastodon.social/about")  # a well-known server
    assert not is_mastodon_url("https://bsky.app/@x")
    assert not is_mastodon_url("not a url")
    assert is_bluesky_url("https://bsky.app/")
    assert not is_bluesky_url("https://bsky.app/settings/privacy")


@pytest.mark.parametrize(
    ("hours", "rounded"),
    [
        (0.0, 0.25),
        (-3, 0.25),
        (float("nan"), 0.25),
        (0.1, 0.25),
        (0.37, 0.25),
        (0.38, 0.5),
        (1.2, 1.25),
        (2.0, 2.0),
        (5000, 1000.0),
    ],
)
def test_quarter_hours(hours: float, rounded: float) -> None:
    assert round_hours(hours) == rounded


def test_suggested_hours() -> None:
    # Reading time at 200 words a minute: 9000 words is 45 minutes.
    assert suggest_hours(activity=A.BLOG, words=9000) == 0.75
    assert suggest_hours(activity=A.BLOG, words=50) == 0.25
    assert suggest_hours(activity=A.BLOG) == 0.25
    # An episode's stated duration wins over everything else.
    assert suggest_hours(activity=A.PODCAST, words=9000, duration_seconds=80 * 60) == 1.25
    # Else the enclosure's size at 128 kbit/s: 57.6 MB is an hour.
    assert (
        suggest_hours(activity=A.PODCAST, enclosure_length=57_600_000, enclosure_type="audio/mpeg")
        == 1.0
    )
    # A video file's size says nothing reliable about its length.
    assert suggest_hours(activity=A.VIDEO, enclosure_length=10**9, enclosure_type="video/mp4") == (
        0.25
    )
    # A social post is a quarter hour however long the thread.
    assert suggest_hours(activity=A.SOCIAL_POST, words=5000) == 0.25


def _feed(**kwargs: object) -> Feed:
    base: dict[str, object] = {"url": "https://blog.example.org/feed", "title": "Practice Blog"}
    base.update(kwargs)
    return Feed(**base, id=3)  # type: ignore[arg-type]


def test_entry_from_a_blog_item() -> None:
    feed = _feed(site_url="https://www.blog.example.org/")
    item = FeedItem(
        feed_id=3,
        key="guid:1",
        link="https://blog.example.org/post",
        title="Genograms in practice",
        author="Sam Practitioner",
        published=dt.datetime(2026, 3, 3, 10, 15, tzinfo=dt.UTC),
        summary="Genograms help families tell their story.",
        content_html="<p>" + "word " * 3000 + "</p>",
        id=42,
    )
    entry = entry_from_item(item, feed, today=dt.date(2026, 3, 20))
    assert entry.title == "Genograms in practice"
    assert entry.activity_type is A.BLOG
    assert entry.start_date == dt.date(2026, 3, 20)  # the day it is logged
    assert entry.hours == 0.25  # 3000 words is 15 minutes
    assert entry.status is EntryStatus.DRAFT
    assert entry.feed_item_id == 42
    assert entry.source.url == "https://blog.example.org/post"
    assert entry.source.author == "Sam Practitioner"
    assert entry.source.publication == "Practice Blog"
    assert entry.source.provider == "blog.example.org"
    # The summary is source notes, never the reflection.
    assert entry.source.notes == (
        "Genograms help families tell their story.\n\nPublished 3 March 2026."
    )
    assert entry.reflection.sections == {}


def test_entry_from_a_podcast_item_uses_the_enclosure() -> None:
    item = FeedItem(
        feed_id=3,
        key="guid:ep",
        link="https://pod.example.org/ep1",
        title="Episode 1",
        enclosure=Enclosure("https://pod.example.org/ep1.mp3", "audio/mpeg", 86_400_000),
    )
    entry = entry_from_item(item, _feed(custom_title="My podcast"), today=dt.date(2026, 3, 1))
    assert entry.activity_type is A.PODCAST
    assert entry.hours == 1.5  # 86.4 MB at 128 kbit/s
    assert entry.source.publication == "My podcast"
    assert entry.start_date == dt.date(2026, 3, 1)  # no date: today
    item.duration_seconds = 45 * 60
    assert entry_from_item(item, _feed()).hours == 0.75


def test_entry_from_a_mastodon_hashtag_item() -> None:
    feed = _feed(url="https://mastodon.social/tags/socialwork.rss", title="#socialwork")
    text = "Thinking about how " + "we record what people tell us " * 5
    item = FeedItem(
        feed_id=3,
        key="guid:p",
        link="https://mastodon.social/@jane/112233",
        author="Jane Doe",
        published=dt.datetime(2030, 1, 1, tzinfo=dt.UTC),  # a clock in the future
        summary=text,
    )
    entry = entry_from_item(item, feed, today=dt.date(2026, 3, 1))
    assert entry.activity_type is A.SOCIAL_POST
    assert entry.title == "Thinking about how we record what people tell us we record what…"
    assert entry.start_date == dt.date(2026, 3, 1)  # never a future date
    assert entry.source.notes.endswith("Published 1 March 2026.")  # nor a future publication
    assert entry.hours == 0.25
    no_text = FeedItem(feed_id=3, key="k", author="Jane Doe")
    assert entry_from_item(no_text, feed).title == "Post by Jane Doe"
    nobody = FeedItem(feed_id=3, key="k2")
    assert entry_from_item(nobody, feed).title == "Item from #socialwork"


def test_entry_from_an_item_never_keeps_an_unsafe_link() -> None:
    item = FeedItem(feed_id=3, key="k", link="javascript:alert(1)", title="T")
    assert entry_from_item(item, _feed()).source.url == ""


def test_long_summaries_are_cut_for_the_notes() -> None:
    item = FeedItem(feed_id=3, key="k", title="T", summary="x" * 5000)
    notes = entry_from_item(item, _feed()).source.notes
    assert len(notes) == 4000 and notes.endswith("…")


def test_parsed_podcast_feed_to_entry() -> None:
    body = b"""<?xml version="1.0"?>
    <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
    <title>The Social Work Podcast</title><link>https://pod.example.org/</link>
    <item><title>Episode 7: supervision</title><guid>ep7</guid>
    <link>https://pod.example.org/7</link><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>
    <enclosure url="https://pod.example.org/ep7.mp3" length="43200000" type="audio/mpeg"/>
    <itunes:duration>1:02:03</itunes:duration></item></channel></rss>"""
    parsed = parse_feed(body, {"content-type": "application/rss+xml"}, "https://pod.example.org/f")
    [p] = parsed.items
    item = FeedItem(
        feed_id=1,
        key=p.key,
        link=p.link,
        title=p.title,
        published=p.published,
        enclosure=p.enclosure,
        duration_seconds=p.duration_seconds,
    )
    entry = entry_from_item(item, Feed(url=parsed.url, title=parsed.title), dt.date(2026, 3, 9))
    assert entry.activity_type is A.PODCAST
    assert entry.hours == 1.0  # 62 minutes, to the nearest quarter hour
    assert entry.start_date == dt.date(2026, 3, 9)  # logged on 9 March
    assert entry.source.notes == "Published 2 March 2026."
    assert entry.source.publication == "The Social Work Podcast"
