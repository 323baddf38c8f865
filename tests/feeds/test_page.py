"""Page capture for ``entry add --from-url``: OpenGraph, meta tags, JSON-LD and social posts."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdlog.domain.entry import ActivityType, EntryStatus
from cpdlog.feeds.fetch import Fetcher
from cpdlog.feeds.page import PageCapture, entry_from_page, extract_page, fetch_page, parse_when

from .httpserver import FeedServer

UTC = dt.UTC

OPENGRAPH = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Ignored page title | Community Practice</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Strengths-based practice in adult safeguarding">
<meta property="og:site_name" content="Community Practice">
<meta property="og:description" content="What strengths-based working looks like in a s42 enquiry.">
<meta property="og:url" content="https://news.example.org/adults/strengths-based?utm_source=x">
<meta property="article:published_time" content="2026-02-10T08:30:00+00:00">
<meta property="article:author" content="https://www.facebook.com/someone">
<meta name="author" content="Priya Shah">
<link rel="canonical" href="/adults/strengths-based">
</head><body><nav>menu words here</nav>
<article><p>{words}</p></article><footer>footer words</footer>
<script>var tracking = "not words";</script></body></html>"""


def test_opengraph_article() -> None:
    html = OPENGRAPH.replace("{words}", "word " * 6000)
    page = extract_page(html, "https://news.example.org/adults/strengths-based?utm_source=feed")
    assert page.title == "Strengths-based practice in adult safeguarding"
    assert page.site_name == "Community Practice"
    assert page.description == "What strengths-based working looks like in a s42 enquiry."
    assert page.url == "https://news.example.org/adults/strengths-based"  # canonical wins
    assert page.published == dt.datetime(2026, 2, 10, 8, 30, tzinfo=UTC)
    assert page.author == "Priya Shah"  # a profile URL is not an author's name
    assert page.activity_type is ActivityType.BLOG
    assert page.words == 6000  # navigation, footer and scripts are not counted
    assert page.suggested_hours == 0.5  # 6000 words at 200 a minute
    assert not page.is_post


def test_plain_meta_tags_and_title() -> None:
    html = """<html><head><title>  Notes on   the Mental Capacity Act </title>
    <meta name="description" content="A short note.">
    <meta name="author" content="Dr Lee">
    <meta name="date" content="2026-01-05">
    </head><body><p>Short.</p></body></html>"""
    page = extract_page(html, "https://www.practice-notes.example.org/mca")
    assert page.title == "Notes on the Mental Capacity Act"
    assert page.author == "Dr Lee"
    assert page.description == "A short note."
    assert page.published == dt.datetime(2026, 1, 5, tzinfo=UTC)
    assert page.site_name == "practice-notes.example.org"
    assert page.suggested_hours == 0.25  # never less than a quarter hour


JSON_LD = """<html><head><title>Fallback</title>
<script type="application/ld+json">{ this is not json }</script>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Practice Hub"},
  {"@type": "WebPage", "name": "The web page"},
  {"@type": ["Article", "BlogPosting"], "headline": "Understanding the Care Act",
   "author": [{"@type": "Person", "name": "Sam Writer"}, {"name": "Alex Co"}],
   "datePublished": "2026-02-01T09:00:00+01:00",
   "publisher": {"@type": "Organization", "name": "Practice Hub"}}
]}
</script>
<meta property="og:title" content="OpenGraph title loses to JSON-LD">
</head><body></body></html>"""


def test_json_ld_graph_is_trusted_first() -> None:
    page = extract_page(JSON_LD, "https://hub.example.org/care-act")
    assert page.title == "Understanding the Care Act"
    assert page.author == "Sam Writer, Alex Co"
    assert page.published == dt.datetime(2026, 2, 1, 8, 0, tzinfo=UTC)
    assert page.site_name == "Practice Hub"
    assert page.activity_type is ActivityType.BLOG


MASTODON_POST = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Jane Doe: "Supervision today reminded me..." - Mastodon</title>
<meta content="Mastodon" property="og:site_name">
<meta content="article" property="og:type">
<meta content="Jane Doe (@jane@social.example.scot)" property="og:title">
<meta content="https://social.example.scot/@jane/112233445566" property="og:url">
<meta content="2026-03-14T10:05:00Z" property="og:published_time">
<meta content="jane@social.example.scot" property="profile:username">
<meta content="Supervision today reminded me that strengths-based practice starts with
listening, not forms. Thinking about how I record what people say. #SocialWork"
 property="og:description">
<link href="https://social.example.scot/users/jane/statuses/112233445566" rel="alternate"
 type="application/activity+json">
</head><body><div id="mastodon"></div><noscript>Enable JavaScript</noscript></body></html>"""


def test_a_mastodon_post_keeps_handle_time_and_text() -> None:
    url = "https://social.example.scot/@jane/112233445566"
    page = extract_page(MASTODON_POST, url)
    assert page.platform == "mastodon"
    assert page.is_post
    assert page.author == "Jane Doe"
    assert page.author_handle == "@jane@social.example.scot"
    assert page.published == dt.datetime(2026, 3, 14, 10, 5, tzinfo=UTC)
    assert page.text.startswith("Supervision today reminded me that strengths-based practice")
    assert page.text.endswith("#SocialWork")
    assert page.title == (
        "Post by Jane Doe: Supervision today reminded me that strengths-based practice "
        "starts with listening, not forms.…"
    )
    assert page.activity_type is ActivityType.SOCIAL_POST
    assert page.suggested_hours == 0.25
    entry = entry_from_page(page, today=dt.date(2026, 3, 20))
    assert entry.status is EntryStatus.DRAFT
    assert entry.activity_type is ActivityType.SOCIAL_POST
    assert entry.start_date == dt.date(2026, 3, 20)  # the day it is logged; posted in the notes
    assert entry.source.url == url
    assert entry.source.author == "Jane Doe (@jane@social.example.scot)"
    assert entry.source.provider == "Mastodon"
    # The post goes to the source notes with its time; the reflection stays the user's.
    assert entry.source.notes.startswith("Supervision today reminded me")
    assert "Posted 2026-03-14T10:05+00:00" in entry.source.notes
    assert entry.reflection.sections == {}


BLUESKY_POST = """<html><head>
<meta property="og:site_name" content="Bluesky Social">
<meta property="og:title" content="Alice Example (@alice.bsky.social)">
<meta property="og:description" content="Reading the new guidance on kinship care this morning.">
<meta property="article:published_time" content="2026-03-15T08:30:00.000Z">
</head><body><noscript>This is a heavily interactive web application.</noscript></body></html>"""


def test_a_bluesky_post_keeps_handle_time_and_text() -> None:
    page = extract_page(BLUESKY_POST, "https://bsky.app/profile/alice.bsky.social/post/3kabc")
    assert page.platform == "bluesky"
    assert page.author == "Alice Example"
    assert page.author_handle == "@alice.bsky.social"
    assert page.published == dt.datetime(2026, 3, 15, 8, 30, tzinfo=UTC)
    assert page.text == "Reading the new guidance on kinship care this morning."
    assert (
        page.title
        == "Post by Alice Example: Reading the new guidance on kinship care this morning."
    )
    assert page.activity_type is ActivityType.SOCIAL_POST


def test_a_bluesky_post_without_a_handle_in_the_title_uses_the_address() -> None:
    html = '<meta property="og:description" content="Short post">'
    page = extract_page(html, "https://bsky.app/profile/did:plc:abc123/post/3kxyz")
    assert page.author_handle == "@did:plc:abc123"
    assert page.author == "@did:plc:abc123"
    assert page.title == "Post by @did:plc:abc123: Short post"


@pytest.mark.parametrize(
    ("html", "url", "activity", "hours"),
    [
        (
            '<meta property="og:type" content="video.other">'
            '<script type="application/ld+json">{"@type": "VideoObject", "name": "Care Act '
            'explained", "duration": "PT1H10M", "uploadDate": "2026-01-02"}</script>',
            "https://www.youtube.com/watch?v=abc",
            ActivityType.VIDEO,
            1.25,
        ),
        (
            '<meta name="citation_title" content="Relationship-based practice">'
            '<meta name="citation_author" content="Ruch, G.">'
            '<meta name="citation_publication_date" content="2026/01/15">'
            '<meta name="citation_journal_title" content="British Journal of Social Work">',
            "https://academic.oup.com/bjsw/article/56/1/1/123",
            ActivityType.READING,
            0.25,
        ),
        (
            '<script type="application/ld+json">{"@type": "PodcastEpisode", "name": "Ep 12",'
            ' "duration": "PT45M"}</script>',
            "https://podcast.example.org/12",
            ActivityType.PODCAST,
            0.75,
        ),
    ],
    ids=["youtube video", "journal article", "podcast episode"],
)
def test_kinds_of_page(html: str, url: str, activity: ActivityType, hours: float) -> None:
    page = extract_page(html, url)
    assert page.activity_type is activity
    assert page.suggested_hours == hours


def test_journal_page_fields() -> None:
    html = (
        '<meta name="citation_title" content="Relationship-based practice">'
        '<meta name="citation_author" content="Ruch, G.">'
        '<meta name="citation_publication_date" content="2026/01/15">'
        '<meta name="citation_journal_title" content="British Journal of Social Work">'
    )
    page = extract_page(html, "https://academic.oup.com/bjsw/article/56/1/1/123")
    assert page.title == "Relationship-based practice"
    assert page.author == "Ruch, G."
    assert page.published == dt.datetime(2026, 1, 15, tzinfo=UTC)
    assert page.site_name == "British Journal of Social Work"


def test_hostile_or_broken_pages_give_plain_text() -> None:
    html = (
        '<title><script>alert(1)</script>Real   title</title><meta property="og:title" '
        'content="&lt;img src=x onerror=alert(1)&gt;Caught">'
        '<script type="application/ld+json">' + "[" * 5000 + "</script>"
    )
    page = extract_page(html, "https://x.example.org/")
    assert page.title == "<img src=x onerror=alert(1)>Caught"  # literal text, never markup
    broken = extract_page("<html><head><title>Unclosed", "https://y.example.org/a")
    assert isinstance(broken, PageCapture)
    assert broken.site_name == "y.example.org"


def test_entry_from_an_article_page() -> None:
    page = extract_page(OPENGRAPH.replace("{words}", "word " * 100), "https://news.example.org/a")
    entry = entry_from_page(page, today=dt.date(2026, 3, 1))
    assert entry.title == "Strengths-based practice in adult safeguarding"
    assert entry.activity_type is ActivityType.BLOG
    # Dated the day it is logged, not the day the page was published (that is in the notes).
    assert entry.start_date == dt.date(2026, 3, 1)
    assert entry.hours == 0.25
    assert entry.status is EntryStatus.DRAFT
    assert entry.source.notes == (
        "What strengths-based working looks like in a s42 enquiry.\n\nPublished 10 February 2026."
    )
    assert entry.source.publication == "Community Practice"
    assert entry.source.author == "Priya Shah"
    # A page dated in the future does not make a future entry.
    future = PageCapture(
        url="https://x.example.org/", published=dt.datetime(2030, 1, 1, tzinfo=UTC)
    )
    assert entry_from_page(future, today=dt.date(2026, 3, 1)).start_date == dt.date(2026, 3, 1)
    assert entry_from_page(future, today=dt.date(2026, 3, 1)).source.notes == (
        "Published 1 March 2026."
    )
    assert entry_from_page(future, today=dt.date(2026, 3, 1)).title == "https://x.example.org/"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-14", dt.datetime(2026, 3, 14, tzinfo=UTC)),
        ("2026-03-14T10:00:00Z", dt.datetime(2026, 3, 14, 10, tzinfo=UTC)),
        ("2026/03/14", dt.datetime(2026, 3, 14, tzinfo=UTC)),
        ("2026-03-14 and some words", dt.datetime(2026, 3, 14, tzinfo=UTC)),
        ("2026-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_when(text: str, expected: dt.datetime | None) -> None:
    assert parse_when(text) == expected


def capture_page(fetcher: Fetcher, url: str) -> PageCapture | str:
    page = fetch_page(fetcher, url)
    assert (page.capture is None) == bool(page.error)  # one or the other, never both
    return page.capture if page.capture is not None else page.error


def test_fetch_page_over_http(server: FeedServer, fetcher: Fetcher) -> None:
    html = OPENGRAPH.replace("{words}", "word " * 10).encode("windows-1252")
    url = server.add("/article", html, content_type="text/html; charset=windows-1252")
    page = capture_page(fetcher, url)
    assert isinstance(page, PageCapture)
    assert page.title == "Strengths-based practice in adult safeguarding"
    assert page.url == server.url("/adults/strengths-based")
    assert server.hits("/article")[0].headers["accept"].startswith("text/html")
    pdf = server.add("/paper.pdf", b"%PDF-1.7", content_type="application/pdf")
    assert capture_page(fetcher, pdf) == "This address gives a PDF document, not a web page."
    missing = capture_page(fetcher, server.url("/missing"))
    assert isinstance(missing, str) and "404 Not Found" in missing
    image = server.add("/pic.png", b"\x89PNG", content_type="image/png")
    assert capture_page(fetcher, image) == "This address gives an image, not a web page."
    other = server.add("/data.bin", b"\0\1", content_type="application/octet-stream")
    assert (
        capture_page(fetcher, other)
        == "This address gives a file of type application/octet-stream, not a web page."
    )
