"""``cpdlog feeds``, ``cpdlog items`` and ``entry add --from-url`` end to end, in subprocesses,
against a real loopback server."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path

from tests.conftest import run_cli

from .httpserver import FeedServer

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Practice Notes</title><link>https://notes.example.org/</link>
<item><title>Supervision &amp; genograms</title><link>https://notes.example.org/sup</link>
<guid>n-1</guid><author>sam@example.org (Sam Practitioner)</author>
<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate>
<description><![CDATA[<p>What we <b>learnt</b>.<script>alert(1)</script></p>]]></description></item>
<item><title>Capacity refresher</title><link>https://notes.example.org/mca</link><guid>n-2</guid>
<pubDate>Sat, 21 Nov 2026 09:00:00 GMT</pubDate><description>Decision-specific.</description>
</item></channel></rss>"""


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, home=home)


def ok(*args: str, home: Path) -> str:
    result = cli(*args, home=home)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def fails(code: int, *args: str, home: Path) -> str:
    result = cli(*args, home=home)
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cpdlog: "), result.stderr
    return lines[0]


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


def test_follow_read_and_log_an_item(tmp_path: Path, server: FeedServer) -> None:
    home = tmp_path / "h"
    url = server.add("/notes.xml", FEED)
    out = ok("feeds", "add", url, "--category", "News/Practice", home=home)
    assert out.strip() == "Following Practice Notes (feed 1, 2 items)."

    (feed,) = json.loads(ok("feeds", "list", "--json", home=home))
    assert feed["id"] == 1 and feed["url"] == url and feed["title"] == "Practice Notes"
    assert (feed["category"], feed["unread"], feed["status"]) == ("News/Practice", 2, "ok")

    items = json.loads(ok("items", "list", "--json", home=home))
    assert [i["title"] for i in items] == ["Capacity refresher", "Supervision & genograms"]
    first = items[1]
    assert {"id", "feed", "title", "link", "published", "content_html"} <= set(first)
    assert first["feed"] == 1 and first["link"] == "https://notes.example.org/sup"
    assert first["published"] == "2026-11-20T09:00:00+00:00"
    assert "<b>learnt</b>" in first["content_html"] and "script" not in first["content_html"]

    listed = ok("items", "list", "--unread", "--search", "genogram", home=home)
    assert "Supervision & genograms" in listed and "Capacity" not in listed

    entry_id = ok("items", "log", str(first["id"]), home=home).strip()
    assert entry_id == "1"
    entry = json.loads(ok("entry", "show", entry_id, "--json", home=home))
    assert entry["status"] == "draft" and entry["title"] == "Supervision & genograms"
    # Dated the day it is logged (CPDLOG_NOW), not the day it was published.
    assert entry["type"] == "blog" and entry["start_date"] == "2026-11-28"
    assert entry["source"]["url"] == "https://notes.example.org/sup"
    assert entry["source"]["author"] == "Sam Practitioner"
    assert entry["source"]["publication"] == "Practice Notes"
    assert entry["source"]["notes"] == "What we learnt.\n\nPublished 20 November 2026."
    assert all(not s["text"] for s in entry["reflection"]["sections"])
    assert entry["feed_item_id"] == first["id"]

    again = cli("items", "log", str(first["id"]), home=home)
    assert again.returncode == 0 and again.stdout.strip() == "1"
    assert "already logged as entry 1" in again.stderr

    shown = json.loads(ok("items", "show", str(first["id"]), "--json", home=home))
    assert shown["logged_entry_id"] == 1 and shown["read"] is True

    out = ok("feeds", "remove", "1", home=home)
    assert "1 item you logged as CPD stays with its entry" in out
    assert json.loads(ok("entry", "show", "1", "--json", home=home))["title"] == entry["title"]
    assert json.loads(ok("items", "list", "--json", home=home)) == []


def test_refresh_prints_one_line_per_feed(tmp_path: Path, server: FeedServer) -> None:
    home = tmp_path / "h"
    ok("feeds", "add", server.add("/a.xml", FEED), home=home)
    ok("feeds", "add", server.add("/b.xml", FEED.replace("Practice Notes", "Second")), home=home)
    server.add("/b.xml", b"down", status=404, content_type="text/plain")
    grown = FEED.replace(
        "</channel>", "<item><title>Third</title><guid>n-3</guid></item></channel>"
    )
    server.add("/a.xml", grown)
    result = cli("feeds", "refresh", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Practice Notes (feed 1): 1 new item",
        "Second (feed 2): failed: The feed was not found at this address (404 Not Found).",
    ]
    assert "1 failed" in result.stderr

    report = json.loads(ok("feeds", "refresh", "--json", home=home))
    assert (report["total"], report["failed"], report["new_items"]) == (2, 1, 0)
    outcomes = {f["id"]: f["outcome"] for f in report["feeds"]}
    assert outcomes == {1: "unchanged", 2: "failed"}

    listed = json.loads(ok("feeds", "list", "--json", home=home))
    broken = next(f for f in listed if f["id"] == 2)
    assert broken["status"] == "failing" and broken["consecutive_failures"] == 2
    assert "not found" in broken["last_error"]

    # When every feed fails (here: only feed 2 asked for), the command fails too.
    only_broken = cli("feeds", "refresh", "2", home=home)
    assert only_broken.returncode == 1
    assert only_broken.stdout.startswith("Second (feed 2): failed:")


def test_bad_input_gives_one_line_and_the_right_exit_code(
    tmp_path: Path, server: FeedServer
) -> None:
    home = tmp_path / "h"
    assert "web address" in fails(2, "feeds", "add", "javascript:alert(1)", home=home)
    server.add("/missing", b"no", status=404, content_type="text/plain")
    assert "not found" in fails(2, "feeds", "add", server.url("/missing"), home=home)
    page = server.add("/page", "<html><body>Hello</body></html>", content_type="text/html")
    assert "No feed was found" in fails(2, "feeds", "add", page, home=home)
    assert "refused" in fails(1, "feeds", "add", closed_port_url(), home=home)
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body>")
    assert "not well-formed" in fails(2, "feeds", "import", str(broken), home=home)
    assert "no feed 7" in fails(2, "feeds", "remove", "7", home=home)
    assert "no item 7" in fails(2, "items", "log", "7", home=home)
    assert "not a feed id" in fails(2, "feeds", "remove", "seven", home=home)
    assert "not a hashtag" in fails(2, "feeds", "add-hashtag", "two words", home=home)
    assert "no feed 3" in fails(2, "items", "list", "--feed", "3", home=home)
    assert ok("feeds", "refresh", home=home).strip() == "No feeds to refresh."


def test_hashtags_opml_and_curated_sources(tmp_path: Path) -> None:
    home = tmp_path / "h"
    out = ok("feeds", "add-hashtag", "#SocialWorkUK", "--instance", "mastodon.scot", home=home)
    assert out.startswith("Following #SocialWorkUK on mastodon.scot (feed 1).")
    ok("feeds", "rename", "1", "UK social work chat", home=home)
    ok("feeds", "category", "1", "Social/Mastodon", home=home)
    ok("feeds", "disable", "1", home=home)
    (feed,) = json.loads(ok("feeds", "list", "--json", home=home))
    assert feed["url"] == "https://mastodon.scot/tags/SocialWorkUK.rss"
    assert (feed["title"], feed["category"], feed["enabled"]) == (
        "UK social work chat",
        "Social/Mastodon",
        False,
    )

    listing = ok("feeds", "curated", home=home)
    assert "News and practice" in listing and "Social media and hashtags" in listing
    added = ok("feeds", "curated", "--subscribe", "Research and journals", home=home)
    assert added.startswith("Added 2 curated sources.")

    exported = tmp_path / "mine.opml"
    assert ok("feeds", "export", str(exported), home=home).strip() == (
        f"Wrote 3 feeds to {exported}."
    )
    text = exported.read_text()
    assert '<outline text="Social" title="Social">' in text
    assert 'xmlUrl="https://mastodon.scot/tags/SocialWorkUK.rss"' in text

    other = tmp_path / "other"
    assert ok("feeds", "import", str(exported), home=other).startswith("Added 3 feeds")
    imported = json.loads(ok("feeds", "list", "--json", home=other))
    assert sorted(f["category"] for f in imported) == [
        "Research and journals",
        "Research and journals",
        "Social/Mastodon",
    ]
    assert any(f["status"] == "to-discover" for f in imported)


def test_entry_add_from_url(tmp_path: Path, server: FeedServer) -> None:
    home = tmp_path / "h"
    post = server.add(
        "/@alex/112233",
        "<html><head>"
        '<meta property="og:title" content="Alex Example (@alex@social.example)">'
        '<meta property="og:description" content="Thread on #socialwork supervision ethics">'
        '<meta property="og:site_name" content="Mastodon">'
        '<link rel="alternate" type="application/activity+json" href="/users/alex/1">'
        '<meta property="article:published_time" content="2026-11-25T18:30:00Z">'
        "</head><body></body></html>",
        content_type="text/html",
    )
    new_id = ok("entry", "add", "--from-url", post, "--tag", "ethics", home=home).strip()
    entry = json.loads(ok("entry", "show", new_id, "--json", home=home))
    assert entry["status"] == "draft" and entry["type"] == "social-post"
    assert entry["source"]["author"] == "Alex Example (@alex@social.example)"
    assert "supervision ethics" in entry["source"]["notes"]
    # Dated the day it is logged (CPDLOG_NOW), the post's own time kept in the notes.
    assert entry["start_date"] == "2026-11-28" and entry["tags"] == ["ethics"]
    assert "Posted 2026-11-25T18:30+00:00" in entry["source"]["notes"]

    article = server.add(
        "/article",
        '<html><head><meta property="og:title" content="Court skills"></head></html>',
        content_type="text/html",
    )
    second = ok(
        "entry", "add", "--from-url", article, "--title", "My own title", "--json", home=home
    )
    assert json.loads(second)["title"] == "My own title"
    assert "not found" in fails(2, "entry", "add", "--from-url", server.url("/nope"), home=home)
    assert "needs --title" in fails(2, "entry", "add", home=home)


def test_entry_add_from_url_is_dated_the_day_it_is_logged(
    tmp_path: Path, server: FeedServer
) -> None:
    home = tmp_path / "h"
    page = server.add(
        "/old-article",
        "<html><head>"
        '<meta property="og:title" content="Risk assessment in practice">'
        '<meta property="og:description" content="How to weigh protective factors.">'
        '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
        "</head><body></body></html>",
        content_type="text/html",
    )
    entry = json.loads(ok("entry", "add", "--from-url", page, "--json", home=home))
    # Not the day the page was published (2024) but the day the learning is logged.
    assert entry["start_date"] == "2026-11-28"
    assert entry["source"]["notes"] == "How to weigh protective factors.\n\nPublished 5 March 2024."
    assert entry["source"]["url"] == page

    later = run_cli(
        "entry",
        "add",
        "--from-url",
        page,
        "--json",
        home=home,
        env={"CPDLOG_NOW": "2027-01-15T09:00:00+00:00"},
    )
    assert later.returncode == 0, later.stderr
    assert json.loads(later.stdout)["start_date"] == "2027-01-15"

    given = json.loads(
        ok("entry", "add", "--from-url", page, "--date", "2026-10-02", "--json", home=home)
    )
    assert given["start_date"] == "2026-10-02"
    assert "Published 5 March 2024." in given["source"]["notes"]
