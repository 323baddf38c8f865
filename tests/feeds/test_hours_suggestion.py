"""Suggested hours say where they came from: the podcast's or video's length, the size of
the episode's file, or the reading time."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdlog.domain.entry import ActivityType
from cpdlog.domain.feed import Enclosure, Feed, FeedItem
from cpdlog.domain.suggestion import HoursBasis
from cpdlog.feeds.infer import entry_from_item, suggestion_for
from cpdlog.feeds.page import entry_from_page, extract_page

DAY = dt.date(2026, 12, 1)


def item(**fields: object) -> FeedItem:
    return FeedItem(feed_id=1, key="k", id=3, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "feed_url", "hours", "described"),
    [
        (
            {
                "duration_seconds": 45 * 60,
                "enclosure": Enclosure("https://p.example/1.mp3", "audio/mpeg"),
            },
            "https://p.example/feed",
            0.75,
            "Suggested from the podcast's length (45 min)",
        ),
        (
            {"duration_seconds": 1260, "link": "https://www.youtube.com/watch?v=abc"},
            "https://www.youtube.com/feeds/videos.xml?channel_id=x",
            0.25,
            "Suggested from the video's length (21 min)",
        ),
        (
            {"enclosure": Enclosure("https://p.example/1.mp3", "audio/mpeg", 16_000 * 60 * 90)},
            "https://p.example/feed",
            1.5,
            "Suggested from the size of the podcast's file (about 90 min)",
        ),
        (
            {"summary": "word " * 2400, "link": "https://blog.example/post"},
            "https://blog.example/feed",
            0.25,
            "Suggested from reading time (about 12 min)",
        ),
    ],
)
def test_an_items_suggestion_names_its_source(
    given: dict[str, object], feed_url: str, hours: float, described: str
) -> None:
    entry = entry_from_item(item(**given), Feed(url=feed_url), today=DAY)
    assert entry.hours_suggestion is not None
    assert entry.hours == entry.hours_suggestion.hours == hours
    assert entry.hours_suggestion.describe() == described


def test_nothing_to_go_on_gives_no_label() -> None:
    post = entry_from_item(
        item(link="https://mastodon.social/@sam/1", summary="A post " * 50),
        Feed(url="https://mastodon.social/@sam.rss"),
        today=DAY,
    )
    assert post.activity_type is ActivityType.SOCIAL_POST and post.hours_suggestion is None
    empty = entry_from_item(item(), Feed(url="https://blog.example/feed"), today=DAY)
    assert empty.hours == 0.25 and empty.hours_suggestion is None
    assert suggestion_for(activity=ActivityType.BLOG) is None


def test_a_video_pages_duration_is_named() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "VideoObject", '
        '"name": "Assessing risk", "duration": "PT1H2M"}</script></head><body></body></html>'
    )
    capture = extract_page(page, "https://www.youtube.com/watch?v=abc")
    entry = entry_from_page(capture, today=DAY)
    assert entry.activity_type is ActivityType.VIDEO and entry.hours == 1.0
    assert entry.hours_suggestion is not None
    assert entry.hours_suggestion.basis is HoursBasis.VIDEO_LENGTH
    assert entry.hours_suggestion.describe() == "Suggested from the video's length (62 min)"


def test_a_youtube_pages_itemprop_duration_is_read() -> None:
    page = (
        '<html><head><meta property="og:type" content="video.other">'
        '<meta property="og:title" content="Working with families">'
        '</head><body><div itemscope itemtype="http://schema.org/VideoObject">'
        '<meta itemprop="duration" content="PT44M50S"></div></body></html>'
    )
    entry = entry_from_page(extract_page(page, "https://www.youtube.com/watch?v=xyz"), today=DAY)
    assert entry.activity_type is ActivityType.VIDEO and entry.hours == 0.75
    assert entry.hours_suggestion is not None
    assert entry.hours_suggestion.describe() == "Suggested from the video's length (45 min)"
