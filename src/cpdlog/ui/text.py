"""Small formatting helpers shared by the views: dates, hours and translated domain labels."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from cpdlog.domain.dates import long_date, short_date
from cpdlog.domain.entry import ActivityType, EntryStatus
from cpdlog.domain.review import SignoffState

DOMAIN_CONTEXT = "cpdlog"


def tr_domain(text: str) -> str:
    """Translate a label that comes from the domain or a data file (types, prompts...)."""
    return QCoreApplication.translate(DOMAIN_CONTEXT, text)


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def plural(context: str, n: int, one: str, many: str) -> str:
    """A count in words. ``many`` (with ``%n``) is the source text translators see with its
    plural forms; without a translation, English picks ``one`` or ``many`` itself."""
    translated = QCoreApplication.translate(context, many, None, n)
    if translated != many.replace("%n", str(n)):
        return translated
    return (one if n == 1 else many).replace("%n", str(n))


def activity_label(activity: ActivityType) -> str:
    return tr_domain(activity.label)


def status_label(status: EntryStatus) -> str:
    if status is EntryStatus.DRAFT:
        return tr("cpdlog.status", "Draft")
    return tr("cpdlog.status", "Complete")


def format_date(day: dt.date | None) -> str:
    """UK style, unambiguous: 14 Mar 2026."""
    return short_date(day) if day else ""


def format_long_date(day: dt.date | None) -> str:
    return long_date(day) if day else ""


def format_hours(hours: float) -> str:
    if hours == 0:
        return "–"
    whole = int(hours)
    minutes = round((hours - whole) * 60)
    if whole == 0:
        return tr("cpdlog.hours", "%n min", "", minutes).replace("%n", str(minutes))
    if minutes == 0:
        return tr("cpdlog.hours", "%n h", "", whole).replace("%n", str(whole))
    return tr("cpdlog.hours", "{hours} h {minutes} min").format(hours=whole, minutes=minutes)


def format_hours_short(hours: float) -> str:
    """Hours as a plain number for tables and totals: 0.75, 1.5, 12."""
    return f"{hours:g}" if hours else "–"


def _highlight_markers() -> tuple[str, str]:
    # Imported when a search result is shown, not at start-up: the storage layer brings
    # SQLAlchemy with it, which loads after the window is on screen.
    from cpdlog.domain.search import HIGHLIGHT_END, HIGHLIGHT_START

    return HIGHLIGHT_START, HIGHLIGHT_END


def snippet_html(snippet: str) -> str:
    """Escape a search snippet and turn the highlight markers into bold marks."""
    start, end = _highlight_markers()
    return html.escape(snippet).replace(start, "<b><u>").replace(end, "</u></b>")


def snippet_plain(snippet: str) -> str:
    start, end = _highlight_markers()
    return snippet.replace(start, "").replace(end, "")


def word_count(text: str) -> int:
    return len(text.split())


def signoff_text(state: SignoffState | None) -> str:
    """The sign-off line the journal and the editor show (empty when never signed off)."""
    if state is None:
        return ""
    when = long_date(state.signed_on)
    who = state.signoff.reviewer_name
    if state.signoff.reviewer_role:
        who = f"{who} ({state.signoff.reviewer_role})"
    if state.changed:
        return tr("Review", "Changed since it was signed off on {date} by {who}").format(
            date=when, who=who
        )
    return tr("Review", "Signed off on {date} by {who}").format(date=when, who=who)


def signoff_mark(state: SignoffState | None) -> str:
    """A few words for the journal's Status column ("Signed off", "Changed since sign-off")."""
    if state is None:
        return ""
    if state.changed:
        return tr("Review", "Changed since sign-off")
    return tr("Review", "Signed off")
