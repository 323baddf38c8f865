"""OPML import and export: nested folders round-trip, hostile and broken files are refused."""

from __future__ import annotations

import datetime as dt
import tracemalloc
from pathlib import Path

import pytest

from cpdlog.errors import ValidationError
from cpdlog.feeds.curated import curated_categories, curated_feeds, curated_path, load_curated
from cpdlog.feeds.opml import (
    MAX_DEPTH,
    MAX_OUTLINES,
    OpmlFeed,
    export_opml,
    parse_opml,
    read_opml,
)
from cpdlog.feeds.refresh import FeedRequest

NESTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Team &amp; me</title></head>
  <body>
    <outline text="Practice">
      <outline text="Children">
        <outline text="Deep feed" type="rss" xmlUrl="https://a.example.org/feed"
                 htmlUrl="https://a.example.org/"/>
      </outline>
      <outline text="Shallow" type="rss" xmlUrl="feed://b.example.org/rss"/>
    </outline>
    <outline text="Loose feed" type="rss" xmlUrl="https://c.example.org/atom"/>
    <outline text="Not web" type="rss" xmlUrl="javascript:alert(1)"/>
    <outline text="Repeat" type="rss" xmlUrl="https://c.example.org/atom"/>
    <outline text="By attribute" type="rss" xmlUrl="https://d.example.org/f"
             category="/News/Daily,Other"/>
    <outline text="Empty folder"/>
  </body>
</opml>
"""


def test_import_reads_nested_folders_as_category_paths() -> None:
    doc = parse_opml(NESTED)
    assert doc.title == "Team & me"
    by_url = {f.url: f for f in doc.feeds}
    assert by_url["https://a.example.org/feed"].category == "Practice/Children"
    assert by_url["https://a.example.org/feed"].site_url == "https://a.example.org/"
    assert by_url["https://a.example.org/feed"].title == "Deep feed"
    # feed:// is a way of writing an http(s) address.
    assert by_url["https://b.example.org/rss"].category == "Practice"
    assert by_url["https://c.example.org/atom"].category == ""
    assert by_url["https://c.example.org/atom"].title == "Loose feed"  # the first one wins
    assert by_url["https://d.example.org/f"].category == "News/Daily"
    assert len(doc.feeds) == 4
    assert doc.skipped == 1  # the javascript: address
    assert doc.categories == [
        "Practice",
        "Practice/Children",
        "Empty folder",
        "News",
        "News/Daily",
    ]


def _key(feed: OpmlFeed) -> tuple[str, str, str, str, str, bool, str]:
    return (
        feed.url,
        feed.title,
        feed.site_url,
        feed.category,
        feed.confidence,
        feed.discover,
        feed.note,
    )


def test_export_then_import_round_trips_nested_outlines() -> None:
    feeds = [
        OpmlFeed("https://a.example.org/feed", "A <&> \"quoted\" 'feed'", category="One/Two/Three"),
        OpmlFeed("https://b.example.org/rss", "Café société", category="One"),
        OpmlFeed("https://c.example.org/atom", "Top level"),
        OpmlFeed(
            "",
            "Home page only",
            site_url="https://e.example.org/",
            category="One/Two",
            confidence="low",
            discover=True,
            note="Found from the page",
        ),
        OpmlFeed("https://f.example.org/f", "Slash in name", category="Health ∕ care/Adults"),
    ]
    categories = [
        "One",
        "One/Two",
        "One/Two/Three",
        "Empty",
        "Health ∕ care",
        "Health ∕ care/Adults",
    ]
    text = export_opml(feeds, now=dt.datetime(2026, 3, 1, tzinfo=dt.UTC), categories=categories)
    assert "<dateCreated>Sun, 01 Mar 2026 00:00:00 GMT</dateCreated>" in text
    # Nested outlines, not flattened paths.
    assert '<outline text="One" title="One">' in text
    assert '      <outline text="Two" title="Two">' in text
    assert "One/Two" not in text
    again = parse_opml(text.encode("utf-8"))
    assert sorted(map(_key, again.feeds)) == sorted(map(_key, feeds))
    assert sorted(again.categories) == sorted(categories)
    # And once more: a second round trip changes nothing.
    third = parse_opml(export_opml(again.feeds, categories=again.categories).encode("utf-8"))
    assert sorted(map(_key, third.feeds)) == sorted(map(_key, again.feeds))
    assert third.categories == again.categories


def test_curated_list_loads_with_every_category_and_hashtag_feeds() -> None:
    path = curated_path()
    assert path is not None and path.is_file()
    doc = load_curated()
    top = {c.split("/")[0] for c in doc.categories}
    assert top == {
        "News and practice",
        "Government, regulators and inspectorates",
        "Research and journals",
        "Podcasts and video",
        "Social media and hashtags",
    }
    assert curated_categories() == doc.categories
    hashtags = [f for f in doc.feeds if "/tags/" in f.url]
    assert any(f.url == "https://mastodon.social/tags/socialwork.rss" for f in hashtags)
    assert all(f.category == "Social media and hashtags" for f in hashtags)
    # Sources known only by a home page are marked for discovery, never guessed.
    to_discover = [f for f in doc.feeds if f.discover]
    assert to_discover
    assert all(not f.url and f.site_url.startswith("https://") for f in to_discover)
    assert all(f.confidence in ("high", "medium", "low") for f in doc.feeds)
    assert all(f.url.startswith("https://") or f.discover for f in doc.feeds)
    # Picking categories (case-insensitive) gives only their feeds.
    chosen = curated_feeds(["social media and hashtags", "Podcasts and video"])
    assert chosen and {f.category for f in chosen} <= {
        "Social media and hashtags",
        "Podcasts and video",
    }
    assert curated_feeds() == doc.feeds
    # The curated feeds can be handed to the refresher as they are.
    assert FeedRequest(1, hashtags[0].url).url.endswith(".rss")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE opml [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<opml version="2.0"><head><title>&lol9;</title></head>
<body><outline text="&lol9;" xmlUrl="https://x.example.org/feed"/></body></opml>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;" xmlUrl="https://x.example.org/f"/></body></opml>
"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<opml version="2.0"><body/></opml>
"""

DOCTYPE_ONLY = b"""<?xml version="1.0"?>
<!DOCTYPE opml SYSTEM "http://127.0.0.1:9/opml.dtd">
<opml version="2.0"><body/></opml>
"""


@pytest.mark.parametrize(
    "data",
    [BILLION_LAUGHS, XXE, PARAMETER_ENTITY, DOCTYPE_ONLY],
    ids=["billion laughs", "external entity", "parameter entity", "external DTD"],
)
def test_document_type_declarations_are_refused_quickly(data: bytes) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as caught:
            parse_opml(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # refused before anything was expanded (a billion laughs needs gigabytes), in memory
    # terms: no clock, which a loaded machine would make flaky
    assert peak < 2 * 1024 * 1024, peak
    assert "refuses for safety" in str(caught.value)
    assert caught.value.field == "file"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"<opml><body><outline text='x'></body></opml>", "not well-formed XML (line 1)"),
        (b"", "not well-formed XML"),
        (b"\x00\x01 binary", "not well-formed XML"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "not an OPML"),
        (b"<!doctype html><html><body>Hi</body></html>", "a web page, not an OPML"),
    ],
    ids=["unclosed outline", "empty", "binary", "a feed, not OPML", "a web page"],
)
def test_broken_or_wrong_files_give_a_clear_message(data: bytes, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_opml(data)
    message = str(caught.value)
    assert words in message
    assert message.endswith(".")
    assert "Traceback" not in message


def test_size_depth_and_count_limits() -> None:
    deep = b"<opml><body>" + b'<outline text="f">' * (MAX_DEPTH + 1)
    deep += b"</outline>" * (MAX_DEPTH + 1) + b"</body></opml>"
    with pytest.raises(ValidationError, match="more than 32 deep"):
        parse_opml(deep)
    many = b"<opml><body>" + b'<outline text="x" xmlUrl="https://m.example.org/f"/>' * (
        MAX_OUTLINES + 1
    )
    with pytest.raises(ValidationError, match="more than 20000 entries"):
        parse_opml(many + b"</body></opml>")
    with pytest.raises(ValidationError, match="larger than 10 MiB"):
        parse_opml(b" " * (10 * 1024 * 1024 + 1))


def test_read_opml_file_errors_are_plain(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="There is no file at"):
        read_opml(tmp_path / "missing.opml")
    with pytest.raises(ValidationError, match="is a folder, not an OPML file"):
        read_opml(tmp_path)
    good = tmp_path / "subs.opml"
    good.write_text(export_opml([OpmlFeed("https://a.example.org/f", "A", category="X")]))
    doc = read_opml(good)
    assert [(f.url, f.category) for f in doc.feeds] == [("https://a.example.org/f", "X")]
