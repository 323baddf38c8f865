"""SocialService and the CLI: drafts with the thread or discussion kept as evidence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cpdlog.domain.entry import ActivityType, EntryStatus
from cpdlog.services.app import App
from cpdlog.services.social import SocialService, parse_moment
from tests.conftest import FIXED_NOW, run_cli

from .conftest import FAST
from .fakesocial import EPOCH, SocialServer, status

T = dt.timedelta


def _discussion(social: SocialServer, count: int = 214, people: int = 37) -> None:
    items = [
        status(EPOCH + T(seconds=60 * i), f"#12thMW thought {i}", user=f"u{i % people}", seq=i)
        for i in range(count)
    ]
    items.append(status(EPOCH - T(hours=1), "#12thMW before the window", seq=999))
    social.add_tag("12thMW", items)


def test_hashtag_discussion_becomes_one_inbox_draft_with_evidence(
    app: App, social: SocialServer
) -> None:
    _discussion(social)
    service = SocialService(app, fetch_settings=FAST)
    try:
        captured = service.capture_hashtag("#12thMW", social.base, EPOCH, EPOCH + T(hours=8))
    finally:
        service.close()
    entry = captured.entry
    assert entry.id is not None
    assert entry.status is EntryStatus.DRAFT and entry.inbox and entry.tags == []
    assert [e.id for e in app.capture.inbox()] == [entry.id]  # in the Inbox, counted there
    assert entry.activity_type is ActivityType.DISCUSSION
    assert entry.start_date == FIXED_NOW.date()  # the capture day, not the discussion's
    assert entry.hours == 0  # left for the practitioner
    assert captured.summary.endswith("214 posts by 37 people")
    assert captured.summary.startswith("Hashtag discussion #12thMW on 127.0.0.1:")
    assert entry.reflection.sections["description"] == captured.summary + "."
    assert entry.source.url == f"{social.base}/tags/12thMW"
    names = sorted(ev.filename for ev in entry.evidence)
    assert names[0].endswith(".html") and names[1].endswith(".json")
    stored = app.entries.get(entry.id)
    data = json.loads(
        app.entries.evidence_path(
            next(e.sha256 for e in stored.evidence if e.filename.endswith(".json"))
        ).read_text("utf-8")
    )
    assert data["post_count"] == 214 and len(data["participants"]) == 37
    times = [p["created_at"] for p in data["posts"]]
    assert times == sorted(times)
    page = app.entries.evidence_path(
        next(e.sha256 for e in stored.evidence if e.filename.endswith(".html"))
    ).read_text("utf-8")
    assert page.count("<article") == 214 and "before the window" not in page


def test_a_mastodon_post_url_becomes_a_social_post_draft(app: App, social: SocialServer) -> None:
    focus = social.add_status(status(EPOCH, "Reflections on #12thMW"))
    social.contexts[focus["id"]] = {
        "ancestors": [],
        "descendants": [status(EPOCH + T(minutes=1), "Yes!", user="bob", reply_to=focus["id"])],
    }
    service = SocialService(app, fetch_settings=FAST)
    try:
        captured = service.capture_post(f"{social.base}/@alice/{focus['id']}")
    finally:
        service.close()
    assert captured.entry.activity_type is ActivityType.SOCIAL_POST
    assert captured.entry.title.startswith("Mastodon thread by Alice Smith")
    assert "2 posts by 2 people" in captured.summary
    assert len(captured.entry.evidence) == 2


def test_bad_window_and_bad_tag_are_validation_errors(app: App) -> None:
    from cpdlog.errors import ValidationError

    service = SocialService(app, fetch_settings=FAST)
    with pytest.raises(ValidationError, match="after its start"):
        service.fetch_hashtag("x", "127.0.0.1", EPOCH, EPOCH)
    with pytest.raises(ValidationError, match="not a hashtag"):
        service.fetch_hashtag("no spaces", "127.0.0.1", EPOCH, EPOCH + T(hours=1))
    with pytest.raises(ValidationError, match="at most 31 days"):
        service.fetch_hashtag("x", "127.0.0.1", EPOCH, EPOCH + T(days=40))


def test_times_without_an_offset_are_local() -> None:
    assert parse_moment("2026-03-13T09:00Z", "from") == EPOCH
    assert parse_moment("2026-03-13T10:00+01:00", "from") == EPOCH
    local = dt.datetime(2026, 3, 13, 9, 0).astimezone()
    assert parse_moment("2026-03-13T09:00", "from") == local.astimezone(dt.UTC)


# --- the command line ---------------------------------------------------------------------------


def test_cli_capture_hashtag_prints_the_new_id(home: Path, social: SocialServer) -> None:
    _discussion(social, count=30, people=5)
    result = run_cli(
        "capture",
        "hashtag",
        "12thMW",
        "--instance",
        social.base,
        "--from",
        "2026-03-13T09:00Z",
        "--to",
        "2026-03-13T17:00Z",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    new_id = int(result.stdout.strip())
    shown = run_cli("entry", "show", str(new_id), "--json", home=home)
    data = json.loads(shown.stdout)
    assert data["type"] == "discussion" and data["status"] == "draft"
    assert "30 posts by 5 people" in result.stderr


def test_cli_capture_hashtag_bad_input_is_one_line_exit_2(home: Path) -> None:
    result = run_cli(
        "capture",
        "hashtag",
        "12thMW",
        "--instance",
        "not a host",
        "--from",
        "x",
        "--to",
        "y",
        home=home,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_cli_unreadable_server_is_one_line_exit_1(home: Path, social: SocialServer) -> None:
    social.behaviour.malformed_page = 1
    result = run_cli(
        "capture",
        "hashtag",
        "12thMW",
        "--instance",
        social.base,
        "--from",
        "2026-03-13T09:00Z",
        "--to",
        "2026-03-13T17:00Z",
        home=home,
    )
    assert result.returncode == 1
    assert "not valid JSON" in result.stderr and "Traceback" not in result.stderr


def test_cli_entry_add_from_a_mastodon_post_url(home: Path, social: SocialServer) -> None:
    focus = social.add_status(status(EPOCH, "A thread worth logging"))
    social.contexts[focus["id"]] = {"ancestors": [], "descendants": []}
    result = run_cli(
        "entry", "add", "--from-url", f"{social.base}/@alice/{focus['id']}", "--json", home=home
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["type"] == "social-post"
    assert [e["filename"].rsplit(".", 1)[1] for e in data["evidence"]] == ["html", "json"]


def test_cli_entry_add_from_a_bluesky_post_url(home: Path, social: SocialServer) -> None:
    from .test_bluesky import DID, URI, view

    social.handles["alice.bsky.social"] = DID
    social.threads[URI] = {"thread": view("3kfocus", "Bluesky thoughts")}
    result = run_cli(
        "entry",
        "add",
        "--from-url",
        "https://bsky.app/profile/alice.bsky.social/post/3kfocus",
        home=home,
        env={"CPDLOG_BLUESKY_API": social.base},
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(run_cli("entry", "show", result.stdout.strip(), "--json", home=home).stdout)
    assert shown["title"].startswith("Bluesky thread by Alice")


def test_cli_an_address_that_only_looks_like_mastodon_is_captured_as_a_page(
    home: Path, social: SocialServer
) -> None:
    page = (
        b"<html><head><title>Not a toot</title>"
        b'<meta property="og:title" content="A blog post on supervision"></head>'
        b"<body><p>Words.</p></body></html>"
    )
    social.behaviour.raw["/api/v1/statuses/123"] = (
        200,
        b"<html>nope</html>",
        {"Content-Type": "text/html"},
    )
    social.behaviour.raw["/@writer/123"] = (200, page, {"Content-Type": "text/html"})
    result = run_cli(
        "entry", "add", "--from-url", f"{social.base}/@writer/123", "--json", home=home
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # The ordinary page capture took over (its own rules name the post's title).
    assert "A blog post on supervision" in data["title"]
    assert data["evidence"] == []
    assert any(r == "/@writer/123" for r in social.requests)


def test_stopped_early_is_said_in_the_entry(app: App, social: SocialServer) -> None:
    _discussion(social, count=100)
    service = SocialService(app, fetch_settings=FAST, max_posts=30)
    try:
        captured = service.capture_hashtag("12thMW", social.base, EPOCH, EPOCH + T(hours=8))
    finally:
        service.close()
    assert captured.notes == ("Stopped after 30 posts.",)
    assert "Stopped after 30 posts." in captured.entry.source.notes
    assert captured.summary.endswith("30 posts by 30 people")
