"""Parsing bytes into items: formats, dedup keys, plain-text fields and sanitised HTML."""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc

import pytest

from cpdlog.domain.feed import is_openable_link
from cpdlog.feeds.parse import ParseStatus, parse_duration, parse_feed
from cpdlog.feeds.sanitize import html_to_text, plain_text_to_html, sanitize_html

from .httpserver import DATA


def _parse(name: str, content_type: str = "application/rss+xml", url: str = "") -> object:
    return parse_feed(
        (DATA / name).read_bytes(),
        {"Content-Type": content_type, "Content-Encoding": "gzip"},
        url or f"https://feeds.example.org/{name}",
    )


@pytest.mark.parametrize(
    ("name", "version", "title"),
    [
        ("rss091.xml", "rss091u", "Practice Notes 0.91"),
        ("rss10.rdf", "rss10", "Journal of Reflective Practice (RSS 1.0)"),
        ("rss20.xml", "rss20", "Social Work Stories"),
        ("atom03.xml", "atom03", "Old Atom Blog"),
        ("atom10.xml", "atom10", "Atom Practice Blog"),
        ("feed.json", "json11", "JSON Feed Practice"),
    ],
)
def test_every_format_parses(name: str, version: str, title: str) -> None:
    feed = _parse(name)
    assert feed.status is ParseStatus.OK  # type: ignore[attr-defined]
    assert feed.version == version  # type: ignore[attr-defined]
    assert feed.title == title  # type: ignore[attr-defined]
    assert feed.items  # type: ignore[attr-defined]


def test_rss20_fields_and_keys() -> None:
    feed = _parse("rss20.xml")
    first, second = feed.items  # type: ignore[attr-defined]
    assert feed.ttl_seconds == 7200  # type: ignore[attr-defined]
    assert first.key == "guid:rss20-genograms"
    assert second.key == "link:https://rss20.example.org/second"
    assert first.title == "Using <script> tags? No: using genograms"  # plain text, kept literally
    assert first.author == "Sam Practitioner"
    assert first.published == dt.datetime(2026, 3, 3, 10, 15, tzinfo=dt.UTC)
    assert first.summary == "Genograms help families tell their story."
    # Relative URLs resolve against the document (xml:base), as feedparser defines it.
    assert 'href="https://feeds.example.org/more"' in first.content_html
    assert first.tags == ["assessment"]
    assert first.content_hash and first.content_hash != second.content_hash


def test_atom_relative_links_resolve_against_the_final_url() -> None:
    feed = _parse("atom10.xml", "application/atom+xml", "https://atom10.example.org/feed.atom")
    [item] = feed.items  # type: ignore[attr-defined]
    assert item.link == "https://atom10.example.org/mca"
    assert 'src="https://atom10.example.org/pic.png"' in item.content_html
    assert item.title == "<b>Bold</b> claims about MCA assessments"
    assert item.published == dt.datetime(2026, 3, 10, 17, 30, 2, tzinfo=dt.UTC)
    assert item.updated == dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)


def test_json_feed_items_attachments_and_authors() -> None:
    feed = _parse("feed.json", "application/feed+json")
    first, second = feed.items  # type: ignore[attr-defined]
    assert first.author == "Feed Author"
    assert "<script" not in first.content_html and "javascript:" not in first.content_html
    assert second.key == "guid:2"
    assert second.author == "Host Person"
    assert second.enclosure is not None and second.enclosure.media_type == "audio/mpeg"
    assert second.enclosure.length == 28_800_000
    assert second.duration_seconds == 2700
    assert "&lt;supervision&gt;" in second.content_html
    assert feed.is_podcast  # type: ignore[attr-defined]


def test_json_that_is_not_a_feed_fails_plainly() -> None:
    feed = parse_feed(json.dumps({"hello": "world"}).encode(), {}, "https://x.example.org/")
    assert feed.status is ParseStatus.FAILED
    assert feed.problem == "This is JSON but not a JSON Feed cpdlog can read."
    broken = parse_feed(b"{not json", {"content-type": "application/json"}, "https://x/")
    assert broken.status is ParseStatus.FAILED


def test_malformed_feed_is_degraded_but_usable() -> None:
    feed = _parse("malformed.xml")
    assert feed.status is ParseStatus.DEGRADED  # type: ignore[attr-defined]
    assert feed.problem.startswith("The feed has errors")  # type: ignore[attr-defined]
    assert feed.items[0].title == "First item survives"  # type: ignore[attr-defined]


def test_billion_laughs_is_not_expanded() -> None:
    tracemalloc.start()
    try:
        feed = _parse("billion_laughs.xml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, peak  # expanded, the entities would need gigabytes
    assert feed.status is ParseStatus.DEGRADED  # type: ignore[attr-defined]
    for item in feed.items:  # type: ignore[attr-defined]
        assert "lollol" not in item.title + item.summary + item.content_html


def test_charsets() -> None:
    for name, content_type in [
        ("latin1_nocharset.xml", "application/xml"),
        ("wrong_charset.xml", "application/rss+xml; charset=utf-8"),
    ]:
        feed = _parse(name, content_type)
        assert feed.status is ParseStatus.OK  # type: ignore[attr-defined]
        assert feed.title == "Café Société"  # type: ignore[attr-defined]
        assert feed.items[0].title == "Réflexion sur la pratique"  # type: ignore[attr-defined]


def test_html_and_garbage_fail_with_plain_words() -> None:
    page = _parse("plain_page.html", "text/html")
    assert page.status is ParseStatus.FAILED  # type: ignore[attr-defined]
    assert page.problem == "This address gives a web page, not a feed."  # type: ignore[attr-defined]
    junk = parse_feed(b"\x00\x01\x02 binary junk", {}, "https://x.example.org/")
    assert junk.status is ParseStatus.FAILED
    assert junk.problem.endswith(".")
    empty = parse_feed(b"", {}, "https://x.example.org/")
    assert empty.status is ParseStatus.FAILED


def test_hostile_item_is_made_safe() -> None:
    feed = _parse("hostile.xml")
    [item] = feed.items  # type: ignore[attr-defined]
    html = item.content_html.lower()
    for banned in (
        "<script",
        "onerror",
        "onclick",
        "javascript:",
        "data:text",
        "<svg",
        "<iframe",
        "<style",
        "<form",
        "<input",
        "<object",
        "style=",
        "pixel.gif",
        "stats.wordpress.com",
        "alert(",
    ):
        assert banned not in html, banned
    assert 'href="https://safe.example.org/page" rel="noopener noreferrer"' in item.content_html
    assert 'href="mailto:team@example.org"' in item.content_html
    assert 'src="https://hostile.example.org/photo.jpg"' in item.content_html
    assert item.link == ""  # a javascript: link is not kept
    assert feed.title == "Hostile Feed"  # type: ignore[attr-defined]
    assert item.title == "<img src=x onerror=alert(1)>Attack title"  # literal text, never HTML
    assert "Mallory" in item.author and "<" not in item.author


@pytest.mark.parametrize(
    "fragment",
    [
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<a href=" javascript:alert(1)">x</a>',
        '<a href="jav&#x0A;ascript:alert(1)">x</a>',
        '<img src="javascript:alert(1)">',
        '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
        '<a href="vbscript:msgbox(1)">x</a>',
        '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
        '<div onmouseenter="alert(1)">x</div>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        '<base href="javascript:alert(1)//">',
        '<a href="/relative" onfocus="x()">x</a>',
    ],
)
def test_sanitizer_rejects_tricks(fragment: str) -> None:
    cleaned = sanitize_html(fragment, "https://base.example.org/post/").lower()
    for banned in ("javascript", "vbscript", "data:", "on", "<meta", "<base", "<math"):
        if banned == "on":
            assert " on" not in cleaned.replace(' rel="noopener noreferrer"', "")
        else:
            assert banned not in cleaned


def test_sanitizer_keeps_ordinary_content() -> None:
    fragment = (
        "<h2>Heading</h2><p>Text with <em>emphasis</em>, <code>code</code> and "
        '<a href="https://example.org/x" title="t">a link</a>.</p>'
        "<ul><li>one</li></ul><blockquote>quote</blockquote>"
        '<table><tr><td colspan="2">cell</td></tr></table>'
    )
    cleaned = sanitize_html(fragment)
    for kept in ("<h2>", "<em>", "<code>", "<ul>", "<blockquote>", 'colspan="2"', 'title="t"'):
        assert kept in cleaned
    assert 'rel="noopener noreferrer"' in cleaned


def test_text_helpers() -> None:
    assert html_to_text("<p>One &amp; two</p><p>Three<script>x()</script></p>") == (
        "One & two\n\nThree"
    )
    assert plain_text_to_html("a <b>\n\nnext") == "<p>a &lt;b&gt;</p><p>next</p>"
    assert is_openable_link("https://example.org")
    assert is_openable_link("mailto:a@example.org")
    assert not is_openable_link("javascript:alert(1)")
    assert not is_openable_link("file:///etc/passwd")


def test_duplicate_guids_get_distinct_keys() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><guid isPermaLink="false">same</guid><link>https://d.example.org/1</link><title>One</title></item>
    <item><guid isPermaLink="false">same</guid><link>https://d.example.org/2</link><title>Two</title></item>
    <item><guid isPermaLink="false">same</guid><link>https://d.example.org/2</link><title>Two</title></item>
    <item><title>No ids</title><description>Only text</description></item>
    </channel></rss>"""
    feed = parse_feed(body, {}, "https://d.example.org/feed")
    keys = [i.key for i in feed.items]
    assert keys[0] == "guid:same"
    assert keys[1] == "guid:same|https://d.example.org/2"
    assert keys[2].startswith("hash:")
    assert len(keys) == 3


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("3600", 3600), ("59:30", 3570), ("1:02:03", 3723), ("", None), ("abc", None), (90, 90)],
)
def test_itunes_durations(value: object, seconds: int | None) -> None:
    assert parse_duration(value) == seconds


def test_podcast_feed_is_recognised() -> None:
    body = b"""<?xml version="1.0"?>
    <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
    <title>The Social Work Podcast</title><link>https://pod.example.org/</link>
    <item><title>Episode 1</title><guid>ep1</guid>
    <enclosure url="https://pod.example.org/ep1.mp3" length="43200000" type="audio/mpeg"/>
    <itunes:duration>45:00</itunes:duration></item></channel></rss>"""
    feed = parse_feed(body, {"content-type": "application/rss+xml"}, "https://pod.example.org/f")
    assert feed.is_podcast
    [item] = feed.items
    assert item.enclosure is not None and item.enclosure.url.endswith("ep1.mp3")
    assert item.duration_seconds == 2700


NESTED_BASE = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/">
 <title>Bases</title><link href="./"/>
 <entry xml:base="posts/"><id>1</id><title>One</title><link href="one.html"/>
   <link rel="enclosure" type="audio/mpeg" length="1000" href="../media/one.mp3"/>
   <content type="html">&lt;a href="more.html"&gt;more&lt;/a&gt;
   &lt;img src="/i.png" alt=""&gt;</content>
 </entry>
 <entry xml:base="https://other.example.net/x/"><id>2</id><title>Two</title><link href="two"/>
   <content type="html">&lt;a href="y"&gt;y&lt;/a&gt;</content></entry>
</feed>"""

NO_BASE = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Relative</title>
<link>/</link>
<item><title>One</title><link>posts/one.html</link><guid>one</guid>
<enclosure url="../media/one.mp3" length="1000" type="audio/mpeg"/>
<description>&lt;a href="more.html"&gt;more&lt;/a&gt;</description></item>
</channel></rss>"""


@pytest.mark.parametrize("body", [NESTED_BASE, NO_BASE], ids=["nested xml:base", "no xml:base"])
def test_relative_links_resolve_as_feedparser_defines_them(body: bytes) -> None:
    import io

    import feedparser

    url = "https://site.example.org/feeds/main.xml"
    ours = parse_feed(body, {"content-type": "application/xml"}, url)
    # feedparser's own answer, given the final URL as Content-Location.
    theirs = feedparser.parse(io.BytesIO(body), response_headers={"content-location": url})
    assert ours.site_url == theirs.feed.link
    for item, entry in zip(ours.items, theirs.entries, strict=True):
        assert item.link == entry.link
        if body is NESTED_BASE:  # feedparser leaves RSS enclosure URLs as they are
            hrefs = [e["href"] for e in entry.get("enclosures", [])]
            assert ([item.enclosure.url] if item.enclosure else []) == hrefs
    [first, *_] = ours.items
    if body is NESTED_BASE:
        assert first.key == "guid:https://site.example.org/blog/posts/1"
        assert 'href="https://site.example.org/blog/posts/more.html"' in first.content_html
        assert 'src="https://site.example.org/i.png"' in first.content_html
        assert 'href="https://other.example.net/x/y"' in ours.items[1].content_html
    else:
        assert first.link == "https://site.example.org/feeds/posts/one.html"
        assert first.enclosure is not None
        assert first.enclosure.url == "https://site.example.org/media/one.mp3"
