"""Guess what kind of learning an item or page was, how long it took, and draft an entry.

Everything is a suggestion the practitioner can change: the draft is saved as a draft, the
captured text goes into the source notes (never into the reflection, which must be theirs).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from urllib.parse import urlsplit

from cpdlog.domain.entry import MAX_TITLE_LENGTH, ActivityType, Entry, EntryStatus, Source
from cpdlog.domain.feed import Feed, FeedItem
from cpdlog.domain.suggestion import HoursBasis, HoursSuggestion
from cpdlog.feeds.sanitize import html_to_text

WORDS_PER_MINUTE = 200
AUDIO_BYTES_PER_SECOND = 16_000  # 128 kbit/s, the usual podcast bitrate
MIN_HOURS = 0.25
MAX_SUGGESTED_HOURS = 1000.0
MAX_NOTES_CHARS = 4000

VIDEO_HOSTS = frozenset(
    {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "vimeo.com", "player.vimeo.com"}
)
BLUESKY_HOSTS = frozenset({"bsky.app", "bsky.social"})
# Well-known Mastodon servers; any server is recognised by its URL shapes as well.
MASTODON_HOSTS = frozenset(
    {
        "mastodon.social",
        "mastodon.online",
        "mas.to",
        "mstdn.social",
        "fosstodon.org",
        "hachyderm.io",
        "mastodon.scot",
        "mastodonapp.uk",
        "mastodon.me.uk",
        "social.coop",
        "infosec.exchange",
        "sciences.social",
        "aus.social",
    }
)
# Publishers whose feeds are journal tables of contents.
JOURNAL_HOSTS = frozenset(
    {
        "academic.oup.com",
        "www.tandfonline.com",
        "tandfonline.com",
        "onlinelibrary.wiley.com",
        "journals.sagepub.com",
        "link.springer.com",
        "www.sciencedirect.com",
        "rss.sciencedirect.com",
        "www.cambridge.org",
        "bmcsocialwork.biomedcentral.com",
        "www.emerald.com",
        "journals.plos.org",
        "www.frontiersin.org",
        "www.mdpi.com",
    }
)
_MASTODON_PATHS = (
    re.compile(r"^/tags/[^/]+\.rss$"),
    re.compile(r"^/@[^/]+(?:\.rss)?$"),
    re.compile(r"^/@[^/]+/\d+$"),
    re.compile(r"^/users/[^/]+/statuses/\d+$"),
    re.compile(r"^/users/[^/]+\.rss$"),
)
_BLUESKY_PATH = re.compile(r"^/profile/[^/]+(?:/post/[^/]+|/rss)?$")


def _split(url: str) -> tuple[str, str]:
    try:
        parts = urlsplit(url)
    except ValueError:
        return "", ""
    return (parts.hostname or "").lower(), parts.path


def is_mastodon_url(url: str) -> bool:
    host, path = _split(url)
    if not host:
        return False
    if any(p.match(path) for p in _MASTODON_PATHS):
        return host not in BLUESKY_HOSTS
    return host in MASTODON_HOSTS


def is_bluesky_url(url: str) -> bool:
    host, path = _split(url)
    return host in BLUESKY_HOSTS and bool(_BLUESKY_PATH.match(path) or path in ("", "/"))


def is_video_url(url: str) -> bool:
    host, _ = _split(url)
    return host in VIDEO_HOSTS


def is_journal_url(url: str) -> bool:
    host, _ = _split(url)
    return host in JOURNAL_HOSTS


def infer_activity(
    *,
    link: str = "",
    feed_url: str = "",
    enclosure_type: str = "",
    is_podcast: bool = False,
) -> ActivityType:
    """Podcast enclosure → podcast; Mastodon/Bluesky → social post; YouTube → video;
    journal table of contents → reading; anything else → blog or article."""
    media = enclosure_type.lower()
    if media.startswith("audio/") or (is_podcast and not media.startswith("video/")):
        return ActivityType.PODCAST
    if media.startswith("video/") or is_video_url(link) or is_video_url(feed_url):
        return ActivityType.VIDEO
    for url in (link, feed_url):
        if url and (is_mastodon_url(url) or is_bluesky_url(url)):
            return ActivityType.SOCIAL_POST
    if is_journal_url(feed_url) or is_journal_url(link):
        return ActivityType.READING
    return ActivityType.BLOG


def round_hours(hours: float) -> float:
    """Nearest quarter hour, at least a quarter, at most 1000."""
    if math.isnan(hours) or hours <= 0:
        return MIN_HOURS
    return min(MAX_SUGGESTED_HOURS, max(MIN_HOURS, round(hours * 4) / 4))


def word_count(text: str) -> int:
    return len(text.split())


def suggest_hours(
    *,
    activity: ActivityType,
    words: int = 0,
    duration_seconds: int | None = None,
    enclosure_length: int | None = None,
    enclosure_type: str = "",
) -> float:
    """Reading time at 200 words a minute, or the episode's length, in quarter hours."""
    found = suggestion_for(
        activity=activity,
        words=words,
        duration_seconds=duration_seconds,
        enclosure_length=enclosure_length,
        enclosure_type=enclosure_type,
    )
    return found.hours if found is not None else MIN_HOURS


def suggestion_for(
    *,
    activity: ActivityType,
    words: int = 0,
    duration_seconds: int | None = None,
    enclosure_length: int | None = None,
    enclosure_type: str = "",
) -> HoursSuggestion | None:
    """:func:`suggest_hours` with where it came from; None when there was nothing to go on
    (a social post, or no words: the quarter-hour minimum)."""
    if duration_seconds:
        basis = (
            HoursBasis.VIDEO_LENGTH
            if activity is ActivityType.VIDEO or enclosure_type.lower().startswith("video/")
            else HoursBasis.PODCAST_LENGTH
        )
        minutes = max(1, round(duration_seconds / 60))
        return HoursSuggestion(round_hours(duration_seconds / 3600), basis, minutes)
    if enclosure_length and enclosure_type.lower().startswith("audio/"):
        seconds = enclosure_length / AUDIO_BYTES_PER_SECOND
        return HoursSuggestion(
            round_hours(seconds / 3600), HoursBasis.AUDIO_FILE_SIZE, max(1, round(seconds / 60))
        )
    if activity is ActivityType.SOCIAL_POST:
        return None
    if words:
        return reading_suggestion(math.ceil(words / WORDS_PER_MINUTE))
    return None


def reading_suggestion(minutes: int) -> HoursSuggestion:
    """Hours from a reading time in minutes."""
    return HoursSuggestion(round_hours(minutes / 60), HoursBasis.READING_TIME, max(1, minutes))


def site_name(url: str) -> str:
    host, _ = _split(url)
    return host.removeprefix("www.")


def _title_from_text(text: str, fallback: str) -> str:
    words = text.split()
    if not words:
        return fallback
    short = " ".join(words[:12])
    return short + ("…" if len(words) > 12 else "")


def _notes(text: str) -> str:
    text = text.strip()
    if len(text) <= MAX_NOTES_CHARS:
        return text
    return text[: MAX_NOTES_CHARS - 1].rstrip() + "…"


def _with_published(notes: str, moment: dt.datetime | None, today: dt.date) -> str:
    """The notes with a last line saying when the item was published (never a future day)."""
    if moment is None:
        return notes
    local = moment.astimezone() if moment.tzinfo else moment
    day = min(local.date(), today)
    line = f"Published {day.day} {day:%B %Y}."
    return f"{notes}\n\n{line}" if notes else line


def entry_from_item(item: FeedItem, feed: Feed, today: dt.date | None = None) -> Entry:
    """A draft CPD entry prefilled from a feed item (the summary goes to the source notes).

    The entry is dated ``today``, the day the learning is logged, so it falls in the period
    that is open now; when the item was published stays in the source notes.
    """
    day = today or dt.date.today()
    enclosure_type = item.enclosure.media_type if item.enclosure else ""
    activity = infer_activity(
        link=item.link,
        feed_url=feed.url,
        enclosure_type=enclosure_type,
    )
    words = word_count(html_to_text(item.content_html) if item.content_html else item.summary)
    suggestion = suggestion_for(
        activity=activity,
        words=words,
        duration_seconds=item.duration_seconds,
        enclosure_length=item.enclosure.length if item.enclosure else None,
        enclosure_type=enclosure_type,
    )
    hours = suggestion.hours if suggestion is not None else MIN_HOURS
    fallback = f"Post by {item.author}" if item.author else f"Item from {feed.display_title}"
    title = item.title.strip() or _title_from_text(item.summary, fallback)
    return Entry(
        title=title[:MAX_TITLE_LENGTH],
        activity_type=activity,
        start_date=day,
        hours=hours,
        source=Source(
            url=item.openable_link,
            provider=site_name(feed.site_url or item.link or feed.url),
            author=item.author,
            publication=feed.display_title,
            notes=_with_published(_notes(item.summary), item.published, day),
        ),
        status=EntryStatus.DRAFT,
        feed_item_id=item.id,
        hours_suggestion=suggestion,
    )
