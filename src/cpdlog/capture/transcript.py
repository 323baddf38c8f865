"""Podcast transcripts (``podcast:transcript``) turned into readable text kept as evidence.

The Podcasting 2.0 formats (https://podcastindex.org/namespace/1.0#transcript): WebVTT
(``text/vtt``), SubRip (``application/x-subrip``), the JSON format (``application/json``:
``{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}``), HTML
and plain text. Cues become paragraphs with their start time and speaker; consecutive cues of
one speaker are joined. Pure and bounded: at most :data:`MAX_TRANSCRIPT_BYTES` in,
:data:`MAX_CUES` cues and :data:`MAX_TRANSCRIPT_CHARS` of text out. A file that is not in the
format it claims raises :class:`TranscriptError` with one plain sentence.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from cpdlog.domain.text import squeeze
from cpdlog.errors import ValidationError
from cpdlog.feeds.discover import decode_html
from cpdlog.feeds.sanitize import html_to_text
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

__all__ = [
    "MAX_TRANSCRIPT_BYTES",
    "TRANSCRIPT_PREFIX",
    "Cue",
    "Transcript",
    "TranscriptError",
    "parse_transcript",
    "render_transcript_text",
    "transcript_filename",
]

MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024
MAX_CUES = 50_000
MAX_TRANSCRIPT_CHARS = 2_000_000
TRANSCRIPT_PREFIX = "transcript-"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_TIMING = re.compile(
    r"^\s*((?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]{1,100})>")
_TAGS = re.compile(r"<[^>]{0,500}>")


class TranscriptError(ValidationError):
    """The transcript cannot be read (the rest of logging the item goes on)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="transcript")


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: float | None = None
    speaker: str = ""


@dataclass(frozen=True, slots=True)
class Transcript:
    url: str
    media_type: str
    retrieved_at: dt.datetime
    title: str = ""
    cues: tuple[Cue, ...] = field(default_factory=tuple)
    truncated: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(c.text for c in self.cues)

    @property
    def word_count(self) -> int:
        return sum(len(c.text.split()) for c in self.cues)


def _clean(value: str) -> str:
    return " ".join(_CONTROL.sub("", value).split())


def _seconds(stamp: str) -> float | None:
    parts = stamp.replace(",", ".").split(":")
    try:
        total = 0.0
        for part in parts:
            total = total * 60 + float(part)
    except ValueError:
        return None
    return total


def _cue_text(lines: list[str]) -> tuple[str, str]:
    raw = " ".join(lines)
    speaker = ""
    voice = _VOICE.search(raw)
    if voice:
        speaker = _clean(voice.group(1))
    return _clean(html_to_text(_TAGS.sub(" ", raw))), speaker


def _timed_cues(text: str, webvtt: bool) -> list[Cue]:
    """Cues from WebVTT or SubRip: blocks separated by blank lines, each with a timing line."""
    cues: list[Cue] = []
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    timed = 0
    for number, block in enumerate(blocks):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if webvtt and number == 0 and lines[0].lstrip("\ufeff").startswith("WEBVTT"):
            continue
        if webvtt and lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        index = next((i for i, line in enumerate(lines[:3]) if _TIMING.match(line)), None)
        if index is None:
            continue  # a block without timing (damaged): skipped, the rest still read
        timed += 1
        match = _TIMING.match(lines[index])
        start = _seconds(match.group(1)) if match else None
        body, speaker = _cue_text(lines[index + 1 :])
        if body:
            cues.append(Cue(body, start, speaker))
        if len(cues) >= MAX_CUES:
            break
    if not timed:
        kind = "WebVTT" if webvtt else "SubRip"
        raise TranscriptError(
            tr(ERRORS, "The transcript is not a {kind} file cpdlog can read.").format(kind=kind)
        )
    return cues


def _json_cues(text: str) -> list[Cue]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise TranscriptError(tr(ERRORS, "The transcript is not valid JSON.")) from exc
    segments = data.get("segments") if isinstance(data, dict) else None
    if not isinstance(segments, list):
        raise TranscriptError(tr(ERRORS, "The transcript is JSON, but has no list of segments."))
    cues: list[Cue] = []
    for segment in segments[: MAX_CUES * 2]:
        if not isinstance(segment, dict):
            continue
        body = segment.get("body")
        if not isinstance(body, str):
            continue
        start = segment.get("startTime")
        when = (
            float(start)
            if isinstance(start, int | float) and not isinstance(start, bool) and start >= 0
            else None
        )
        speaker = segment.get("speaker")
        cues.append(Cue(_clean(body), when, _clean(speaker) if isinstance(speaker, str) else ""))
        if len(cues) >= MAX_CUES:
            break
    return [c for c in cues if c.text]


def _join_speakers(cues: list[Cue]) -> list[Cue]:
    """Consecutive cues of one speaker (or of no named speaker) become one paragraph."""
    joined: list[Cue] = []
    for cue in cues:
        if joined and joined[-1].speaker == cue.speaker and len(joined[-1].text) < 1500:
            last = joined[-1]
            joined[-1] = Cue(f"{last.text} {cue.text}", last.start, last.speaker)
        else:
            joined.append(cue)
    return joined


def parse_transcript(
    body: bytes, media_type: str, url: str, retrieved_at: dt.datetime, title: str = ""
) -> Transcript:
    """Read a fetched transcript. ``media_type`` is the type the feed declared (the server's
    own is used when the feed's is missing)."""
    if len(body) > MAX_TRANSCRIPT_BYTES:
        raise TranscriptError(
            tr(
                ERRORS,
                "The transcript is larger than {max_transcript_bytes} MB, so it was not kept.",
            ).format(max_transcript_bytes=MAX_TRANSCRIPT_BYTES // (1024 * 1024))
        )
    media = media_type.split(";", 1)[0].strip().lower()
    text = _CONTROL.sub("", decode_html(body, media_type)).lstrip("\ufeff")
    if not text.strip():
        raise TranscriptError(tr(ERRORS, "The transcript is empty."))
    if media == "text/vtt":
        cues = _timed_cues(text, webvtt=True)
    elif media in ("application/x-subrip", "application/srt", "text/srt"):
        cues = _timed_cues(text, webvtt=False)
    elif media == "application/json":
        cues = _json_cues(text)
    elif media in ("text/html", "application/xhtml+xml"):
        cues = [Cue(_clean(p)) for p in html_to_text(text).split("\n")]
    elif media == "text/plain":
        cues = [Cue(_clean(p)) for p in re.split(r"\n\s*\n", text)]
    else:
        raise TranscriptError(
            tr(ERRORS, "cpdlog cannot read transcripts of type {media}.").format(
                media=media or "unknown"
            )
        )
    cues = _join_speakers([c for c in cues if c.text])
    kept: list[Cue] = []
    used = 0
    truncated = False
    for cue in cues:
        if used + len(cue.text) > MAX_TRANSCRIPT_CHARS:
            truncated = True
            break
        kept.append(cue)
        used += len(cue.text)
    if not kept:
        raise TranscriptError(tr(ERRORS, "The transcript has no words in it."))
    retrieved = retrieved_at if retrieved_at.tzinfo else retrieved_at.replace(tzinfo=dt.UTC)
    return Transcript(url, media, retrieved, squeeze(_clean(title), 500), tuple(kept), truncated)


def _stamp(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def render_transcript_text(transcript: Transcript) -> str:
    """Plain-text evidence: where it came from, then one paragraph per speaker turn."""
    lines = []
    if transcript.title:
        lines.append(f"Transcript: {transcript.title}")
    lines.append(f"Address: {transcript.url}")
    lines.append(
        "Retrieved: " + transcript.retrieved_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    )
    lines.append(f"Length: {transcript.word_count:,} words")
    lines.append("")
    for cue in transcript.cues:
        head = " ".join(
            x
            for x in ((f"[{_stamp(cue.start)}]" if cue.start is not None else ""), cue.speaker)
            if x
        )
        lines.append((f"{head}: " if cue.speaker else f"{head} " if head else "") + cue.text)
        lines.append("")
    if transcript.truncated:
        lines.append("[The transcript was longer; cpdlog kept its first part only.]")
    return "\n".join(lines).rstrip() + "\n"


def transcript_filename(transcript: Transcript) -> str:
    """``transcript-<site>-<date>.txt``: plain ASCII, short, never a path."""
    host = (urlsplit(transcript.url).hostname or "podcast").removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")[:40] or "podcast"
    day = transcript.retrieved_at.astimezone(dt.UTC).strftime("%Y-%m-%d")
    return f"{TRANSCRIPT_PREFIX}{slug}-{day}.txt"
