"""Podcast transcripts: every Podcasting 2.0 format read into speaker turns, broken files
refused in one sentence, and the transcript kept as evidence when the episode is logged."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog.capture.transcript import (
    MAX_TRANSCRIPT_BYTES,
    TranscriptError,
    parse_transcript,
    render_transcript_text,
    transcript_filename,
)
from cpdlog.feeds.parse import parse_feed
from cpdlog.services.app import App
from cpdlog.services.feeds import FeedService
from tests.conftest import FIXED_NOW
from tests.feeds.conftest import FAST
from tests.feeds.httpserver import FeedServer

WHEN = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
URL = "https://pod.example.org/ep12.vtt"

VTT = """WEBVTT

NOTE written by hand

1
00:00:00.000 --> 00:00:04.000
<v Sam Practitioner>Welcome to the podcast on trauma-informed practice.

2
00:00:04.000 --> 00:00:09.500
<v Sam Practitioner>Today we talk about <b>safety</b> first.

00:01:02.000 --> 00:01:07.000
<v Dr Lee>Thank you, Sam. Trust comes before questions.
"""

SRT = """1
00:00:00,000 --> 00:00:04,000
Welcome to the podcast.

2
00:00:04,000 --> 00:00:09,500
Safety comes first.
"""

JSON = json.dumps(
    {
        "version": "1.0.0",
        "segments": [
            {"speaker": "Sam", "startTime": 0, "endTime": 4, "body": "Welcome."},
            {"speaker": "Sam", "startTime": 4, "endTime": 8, "body": "Safety first."},
            {"speaker": "Dr Lee", "startTime": 3725.5, "endTime": 3730, "body": "Trust."},
            {"speaker": 7, "startTime": "x", "body": "No speaker, no time."},
            "not a segment",
        ],
    }
)


def read(body: str | bytes, media: str) -> list[tuple[float | None, str, str]]:
    data = body.encode("utf-8") if isinstance(body, str) else body
    transcript = parse_transcript(data, media, URL, WHEN, title="Episode 12")
    return [(c.start, c.speaker, c.text) for c in transcript.cues]


def test_webvtt_keeps_speakers_and_times_and_joins_their_turns() -> None:
    assert read(VTT, "text/vtt") == [
        (
            0.0,
            "Sam Practitioner",
            "Welcome to the podcast on trauma-informed practice. Today we talk about safety first.",
        ),
        (62.0, "Dr Lee", "Thank you, Sam. Trust comes before questions."),
    ]


def test_subrip_json_html_and_plain_text() -> None:
    assert read(SRT, "application/x-subrip") == [
        (0.0, "", "Welcome to the podcast. Safety comes first.")
    ]
    assert read(JSON, "application/json") == [
        (0.0, "Sam", "Welcome. Safety first."),
        (3725.5, "Dr Lee", "Trust."),
        (None, "", "No speaker, no time."),
    ]
    assert read("<p>One.</p><script>x()</script><p>Two &amp; three.</p>", "text/html") == [
        (None, "", "One. Two & three.")
    ]
    assert read("First paragraph.\n\nSecond\nparagraph.", "text/plain") == [
        (None, "", "First paragraph. Second paragraph.")
    ]


def test_the_evidence_file_is_plain_readable_text() -> None:
    transcript = parse_transcript(JSON.encode(), "application/json", URL, WHEN, "Episode 12")
    text = render_transcript_text(transcript)
    assert text.startswith("Transcript: Episode 12\nAddress: " + URL)
    assert "[0:00] Sam: Welcome. Safety first." in text
    assert "[1:02:05] Dr Lee: Trust." in text
    assert transcript_filename(transcript) == "transcript-pod-example-org-2026-12-01.txt"


@pytest.mark.parametrize(
    ("body", "media", "message"),
    [
        ("WEBVTT\n\nno timings here\n\njust words", "text/vtt", "not a WebVTT file"),
        ("1\nnot a time\nWords", "application/x-subrip", "not a SubRip file"),
        ('{"segments": [', "application/json", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "application/json", "not valid JSON"),
        ('{"version": "1.0.0"}', "application/json", "no list of segments"),
        ('{"segments": [{"body": "   "}]}', "application/json", "no words"),
        ("   \n ", "text/vtt", "empty"),
        ("words", "audio/mpeg", "cannot read transcripts of type audio/mpeg"),
    ],
)
def test_broken_transcripts_are_refused_in_one_sentence(
    body: str, media: str, message: str
) -> None:
    with pytest.raises(TranscriptError) as raised:
        read(body, media)
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_a_damaged_cue_is_skipped_and_the_rest_kept() -> None:
    damaged = VTT.replace("00:00:04.000 --> 00:00:09.500", "00:00:04.000 -> garbage")
    cues = read(damaged, "text/vtt")
    assert [c[2] for c in cues][-1] == "Thank you, Sam. Trust comes before questions."
    assert all("safety" not in c[2] for c in cues)  # the cue without its timing line


def test_huge_transcripts_are_refused_and_long_ones_cut_with_a_note() -> None:
    with pytest.raises(TranscriptError, match="larger than 5 MB"):
        read(b"a" * (MAX_TRANSCRIPT_BYTES + 1), "text/plain")
    many = "".join(
        f"00:{n // 60 % 60:02d}:{n % 60:02d}.000 --> 00:00:00.000\n" + "word " * 200 + "\n\n"
        for n in range(2_100)
    )
    transcript = parse_transcript(("WEBVTT\n\n" + many).encode(), "text/vtt", URL, WHEN)
    assert transcript.truncated
    assert render_transcript_text(transcript).rstrip().endswith("kept its first part only.]")


def podcast_feed(transcripts: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
        'xmlns:pod="https://podcastindex.org/namespace/1.0"><channel><title>The Podcast</title>'
        "<item><title>Episode 12</title><guid>ep12</guid>"
        '<enclosure url="https://pod.example.org/12.mp3" type="audio/mpeg" length="1000"/>'
        f"<itunes:duration>45:00</itunes:duration>{transcripts}</item></channel></rss>"
    )


def test_the_feed_parser_picks_the_most_useful_transcript_it_can_read() -> None:
    offers = (
        '<pod:transcript url="/t.html" type="text/html"/>'
        '<pod:transcript url="/t.vtt" type="text/vtt" language="en"/>'
        '<pod:transcript url="javascript:alert(1)" type="application/json"/>'
        '<pod:transcript url="/t.mp3" type="audio/mpeg"/>'
    )
    (item,) = parse_feed(podcast_feed(offers).encode(), {}, "https://pod.example.org/feed").items
    assert (item.transcript_url, item.transcript_type) == (
        "https://pod.example.org/t.vtt",
        "text/vtt",
    )
    (bare,) = parse_feed(podcast_feed("").encode(), {}, "https://pod.example.org/feed").items
    assert bare.transcript_url == "" and bare.transcript_type == ""


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


@pytest.fixture
def feeds(home: Path) -> Iterator[tuple[App, FeedService]]:
    app = App.open(home, clock=lambda: FIXED_NOW)
    service = FeedService(app, fetch_settings=FAST, parse_in_processes=False)
    yield app, service
    service.close()
    app.close()


def test_logging_an_episode_keeps_its_transcript_as_evidence(
    feeds: tuple[App, FeedService], server: FeedServer
) -> None:
    app, service = feeds
    server.add("/t.vtt", VTT, content_type="text/vtt")
    offer = f'<pod:transcript url="{server.url("/t.vtt")}" type="text/vtt"/>'
    service.subscribe(server.add("/pod.xml", podcast_feed(offer)))
    (item,) = service.list_items()
    entry, note = service.log_item_with_note(item.id or 0, snapshot=False)
    assert note == ""
    (evidence,) = entry.evidence
    assert evidence.filename.startswith("transcript-") and evidence.media_type == "text/plain"
    text = app.entries.evidence_path(evidence.sha256).read_text(encoding="utf-8")
    assert "Dr Lee: Thank you, Sam." in text and "<v " not in text
    assert entry.hours == 0.75
    assert entry.hours_suggestion is not None
    assert entry.hours_suggestion.describe() == "Suggested from the podcast's length (45 min)"


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [(404, "gone", "No transcript was kept: "), (200, "not vtt at all", "not a WebVTT file")],
)
def test_a_transcript_that_cannot_be_kept_leaves_the_entry_and_says_why(
    feeds: tuple[App, FeedService], server: FeedServer, status: int, body: str, message: str
) -> None:
    app, service = feeds
    server.add("/t.vtt", body, status=status, content_type="text/vtt")
    offer = f'<pod:transcript url="{server.url("/t.vtt")}" type="text/vtt"/>'
    service.subscribe(server.add("/pod.xml", podcast_feed(offer)))
    (item,) = service.list_items()
    entry, note = service.log_item_with_note(item.id or 0, snapshot=False)
    assert entry.id is not None and entry.evidence == []
    assert note.startswith("No transcript was kept: ") and message in note
    assert app.feeds.get_item(item.id or 0).logged_entry_id == entry.id
