"""Where a suggested number of hours came from, so the editor can say so.

Plain data: the capture code (``feeds.infer``, ``feeds.page``, snapshots) fills it in; the
editor and the command line turn it into a sentence such as "Suggested from the podcast's
length (45 min)". The practitioner can always change the hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["HoursBasis", "HoursSuggestion", "describe_suggestion"]


class HoursBasis(StrEnum):
    PODCAST_LENGTH = "podcast-length"  # itunes:duration, JSON Feed duration, JSON-LD duration
    VIDEO_LENGTH = "video-length"  # a video page's duration (YouTube, Vimeo…)
    AUDIO_FILE_SIZE = "audio-file-size"  # no length given: the episode file's size
    READING_TIME = "reading-time"  # the words of the article


@dataclass(frozen=True, slots=True)
class HoursSuggestion:
    hours: float
    basis: HoursBasis
    minutes: int  # the length or reading time the hours were rounded from

    def describe(self) -> str:
        return describe_suggestion(self)


def describe_suggestion(suggestion: HoursSuggestion) -> str:
    """The suggestion in plain English (the desktop app translates its own copy)."""
    minutes = suggestion.minutes
    if suggestion.basis is HoursBasis.PODCAST_LENGTH:
        return f"Suggested from the podcast's length ({minutes} min)"
    if suggestion.basis is HoursBasis.VIDEO_LENGTH:
        return f"Suggested from the video's length ({minutes} min)"
    if suggestion.basis is HoursBasis.AUDIO_FILE_SIZE:
        return f"Suggested from the size of the podcast's file (about {minutes} min)"
    return f"Suggested from reading time (about {minutes} min)"
