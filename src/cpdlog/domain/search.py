"""What the journal's lists and search ask for and give back: the entry filter, the summary a
search result shows, and the markers around the matched words in a snippet.

Plain values with no I/O, so the desktop app and the command line build filters and read
search hits without touching storage; the repositories turn them into queries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cpdlog.domain.entry import ActivityType, EntryStatus

# Around each matched term in ``SearchHit.snippet`` (control characters no entry text keeps).
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


@dataclass(frozen=True, slots=True)
class EntryFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    activity_type: ActivityType | None = None
    standard: str | None = None
    tag: str | None = None
    status: EntryStatus | None = None
    deleted: bool = False  # True lists the trash instead
    inbox: bool | None = None  # True: only the Inbox (captured, not reflected on yet)


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """The few fields a search result list shows (loading whole entries would be slower)."""

    id: int
    title: str
    activity_type: ActivityType
    start_date: dt.date
    status: EntryStatus


@dataclass(frozen=True, slots=True)
class SearchHit:
    entry: EntrySummary
    snippet: str  # highlighted terms are wrapped in HIGHLIGHT_START / HIGHLIGHT_END
    rank: float
