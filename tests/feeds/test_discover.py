"""Feed discovery from web pages (against a real loopback server) and Mastodon hashtag feeds."""

from __future__ import annotations

import pytest

from cpdlog.errors import ValidationError
from cpdlog.feeds.discover import (
    decode_html,
    discover_feed,
    find_feed_links,
    hashtag_feed_url,
    normalise_hashtag,
    normalise_instance,
)
from cpdlog.feeds.fetch import Fetcher

from .httpserver import DATA, FeedServer

RSS = (DATA / "rss20.xml").read_bytes()
ATOM = (DATA / "atom10.xml").read_bytes()
JSON_FEED = (DATA / "feed.json").read_bytes()


def _page(*links: str, base: str = "") -> str:
    head = f'<base href="{base}">' if base else ""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Blog</title>"
        + head
        + "".join(links)
        + "</head><body><p>Hello</p></body></html>"
    )


@pytest.mark.parametrize(
    ("link_type", "body", "content_type", "version"),
    [
        ("application/rss+xml", RSS, "application/rss+xml", "rss20"),
        ("application/atom+xml", ATOM, "application/atom+xml", "atom10"),
        ("application/feed+json", JSON_FEED, "application/feed+json", "json11"),
    ],
    ids=["rss", "atom", "json feed"],
)
def test_a_page_leads_to_its_feed(
    server: FeedServer,
    fetcher: Fetcher,
    link_type: str,
    body: bytes,
    content_type: str,
    version: str,
) -> None:
    feed_url = server.add("/blog/feed", body, content_type=content_type)
    page = server.add(
        "/blog/",
        _page(f'<link rel="alternate" type="{link_type}" title="Blog" href="feed">'),
        content_type="text/html; charset=utf-8",
    )
    found = discover_feed(fetcher, page)
    assert found.found, found.error
    assert found.feed_url == feed_url  # "feed" resolved against /blog/
    assert found.parsed is not None and found.parsed.version == version
    assert found.candidates is not None and [c.url for c in found.candidates] == [feed_url]
    assert found.error == ""


def test_the_main_feed_is_preferred_to_comments_and_base_href_is_honoured(
    server: FeedServer, other_server: FeedServer, fetcher: Fetcher
) -> None:
    # page_with_feed.html names "/comments/feed/" first and "/feed.xml" second; its <base>
    # (added here) sends both to the other server.
    html = (DATA / "page_with_feed.html").read_text()
    html = html.replace("<head>", f'<head><base href="{other_server.url("/blog/")}">')
    page = server.add("/", html, content_type="text/html")
    feed_url = other_server.add("/feed.xml", RSS)
    found = discover_feed(fetcher, page)
    assert found.found, found.error
    assert found.feed_url == feed_url
    assert found.candidates is not None
    assert [c.title for c in found.candidates] == [
        "Practice Blog » Feed",
        "Practice Blog » Comments Feed",
    ]
    assert all("/wp-json/" not in c.url for c in found.candidates)
    assert other_server.hits("/comments/feed/") == []
    assert server.hits("/feed.xml") == []


def test_a_feed_address_is_used_as_it_is(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.add("/feed.atom", ATOM, content_type="application/atom+xml")
    found = discover_feed(fetcher, url)
    assert found.found
    assert found.feed_url == url
    assert found.candidates is None
    assert len(server.requests) == 1


def test_a_redirected_feed_reports_where_it_ended(server: FeedServer, fetcher: Fetcher) -> None:
    final = server.add("/new.xml", RSS)
    start = server.add("/old.xml", status=301, headers={"Location": "/new.xml"})
    found = discover_feed(fetcher, start)
    assert found.found and found.feed_url == final


def test_no_feed_on_the_page_gives_a_clear_message(server: FeedServer, fetcher: Fetcher) -> None:
    page = server.add("/plain", (DATA / "plain_page.html").read_bytes(), content_type="text/html")
    found = discover_feed(fetcher, page)
    assert not found.found
    assert found.error == (
        "No feed was found on this page. Ask the site for its RSS or Atom address."
    )


def test_a_named_feed_that_cannot_be_read_says_why(server: FeedServer, fetcher: Fetcher) -> None:
    page = server.add(
        "/p",
        _page('<link rel="alternate" type="application/rss+xml" href="/missing.xml">'),
        content_type="text/html",
    )
    found = discover_feed(fetcher, page)
    assert not found.found
    assert found.error.startswith("The page names a feed, but it could not be read:")
    assert "404 Not Found" in found.error


def test_an_unreachable_page_gives_the_fetch_error(server: FeedServer, fetcher: Fetcher) -> None:
    found = discover_feed(fetcher, server.url("/nothing-here"))
    assert not found.found
    assert "404 Not Found" in found.error
    junk = server.add("/junk", b"\x00\x01\x02", content_type="application/octet-stream")
    assert discover_feed(fetcher, junk).error.endswith(".")


def test_find_feed_links_rules() -> None:
    html = _page(
        '<link rel="alternate" type="application/rss+xml" href="/rss">',
        '<link rel="alternate" type="application/rss+xml" href="/rss">',  # repeated
        '<link rel="Alternate Feed" type="application/atom+xml; charset=utf-8" href="atom.xml">',
        '<link rel="alternate" type="text/html" href="/other-language">',
        '<link rel="stylesheet" type="application/rss+xml" href="/not-alternate">',
        '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">',
        '<link rel="alternate" type="application/rss+xml" href="">',
        '<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts">',
        '<link rel="alternate" type="application/json" href="/feed.json">',
        '<link rel="alternate" type="application/rss+xml" href="//cdn.example.net/f.xml">',
    )
    links = find_feed_links(html, "https://blog.example.org/2026/post")
    assert [(link.url, link.kind) for link in links] == [
        ("https://blog.example.org/rss", "rss"),
        ("https://blog.example.org/2026/atom.xml", "atom"),
        ("https://blog.example.org/feed.json", "json"),
        ("https://cdn.example.net/f.xml", "rss"),
    ]
    assert find_feed_links("<html><not closed", "https://x.example.org/") == []


def test_decode_html_uses_header_then_meta_then_utf8() -> None:
    text = "Café"
    assert decode_html(text.encode("latin-1"), "text/html; charset=ISO-8859-1") == text
    meta = b'<meta charset="windows-1252"><p>Caf\xe9</p>'
    assert "Café" in decode_html(meta)
    assert decode_html("\ufeffCafé".encode()) == "Café"
    assert decode_html(b"Caf\xc3\xa9", "text/html; charset=nonsense") == "Café"


@pytest.mark.parametrize(
    ("tag", "instance", "url"),
    [
        ("socialwork", "mastodon.social", "https://mastodon.social/tags/socialwork.rss"),
        ("#SocialWorkUK", "https://mastodon.scot/", "https://mastodon.scot/tags/SocialWorkUK.rss"),
        (
            " #care_leavers ",
            "@someone@fosstodon.org",
            "https://fosstodon.org/tags/care_leavers.rss",
        ),
        ("travailsocial", "MAS.TO", "https://mas.to/tags/travailsocial.rss"),
        ("Sozialarbeit", "social.example.de", "https://social.example.de/tags/Sozialarbeit.rss"),
        ("réflexion", "mastodon.social", "https://mastodon.social/tags/r%C3%A9flexion.rss"),
    ],
)
def test_hashtag_feed_urls(tag: str, instance: str, url: str) -> None:
    assert hashtag_feed_url(tag, instance) == url


def test_hashtag_default_instance() -> None:
    assert hashtag_feed_url("socialwork") == "https://mastodon.social/tags/socialwork.rss"


@pytest.mark.parametrize("tag", ["", "#", "social work", "tag/../../admin", "a?b"])
def test_bad_hashtags_are_refused(tag: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_hashtag(tag)
    assert caught.value.field == "tag"
    assert "is not a hashtag" in str(caught.value)


@pytest.mark.parametrize("instance", ["", "localhost", "not a host", "http://", "-bad-.org"])
def test_bad_instances_are_refused(instance: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_instance(instance)
    assert caught.value.field == "instance"
    assert "is not a Mastodon server name" in str(caught.value)
