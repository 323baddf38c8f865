"""An iCalendar (.ics) file of CPD deadlines and key dates, with reminder alarms.

Each date is an all-day VEVENT whose UID is derived from what it is (the regulator and the
period's last day, or the key date and its description), so importing a newer file updates the
events instead of adding copies. Each reminder day becomes a VALARM at 09:00 that many days
before (a TRIGGER relative to the event's start), so a phone calendar reminds the practitioner
with nothing else installed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cpdlog import __version__, safefile
from cpdlog.errors import ExportError
from cpdlog.i18n import plural, tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)
CALENDAR = "cpdlog.calendar"  # the events' and alarms' wording (cpdlog.i18n; Welsh in .ts)

PRODID = f"-//cpdlog//cpdlog {__version__}//EN"
ALARM_HOUR = 9  # alarms go off at 09:00 on the reminder day
UID_DOMAIN = "cpdlog.invalid"  # a reserved domain: the UIDs name no real host


@dataclass(frozen=True, slots=True)
class CalendarDate:
    """One event; ``summary``, ``description`` and ``alarm_text`` come already translated (the
    callers use the context ``"cpdlog.calendar"``, as :func:`build_calendar` does)."""

    key: str  # stable identity, e.g. "deadline:swe:2027-11-30"
    day: dt.date
    summary: str
    description: str
    alarm_days: tuple[int, ...]  # days before ``day``
    alarm_text: str


def uid_for(key: str) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{UID_DOMAIN}"


def alarm_trigger(days_before: int) -> dt.timedelta:
    """Relative to the all-day event's start (00:00): 09:00 ``days_before`` days earlier."""
    return dt.timedelta(days=-days_before, hours=ALARM_HOUR)


def _alarm_label(days: int) -> str:
    if days == 0:
        return tr(CALENDAR, "today")
    if days == 1:
        return tr(CALENDAR, "tomorrow")
    return plural(CALENDAR, days, "in %n day", "in %n days")


def build_calendar(dates: Sequence[CalendarDate], stamp: dt.datetime, name: str) -> bytes:
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    stamp_utc = stamp.astimezone(dt.UTC).replace(microsecond=0)
    for item in dates:
        event = Event()
        event.add("uid", uid_for(item.key))
        event.add("dtstamp", stamp_utc)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        for days in item.alarm_days:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            label = tr(CALENDAR, "{what} {when}").format(
                what=item.alarm_text, when=_alarm_label(days)
            )
            alarm.add("description", label)
            alarm.add("trigger", alarm_trigger(days))
            event.add_component(alarm)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def write_atomically(path: Path, data: bytes) -> Path:
    safefile.require_output(path)  # no device, pipe, folder or link; no folders made
    try:
        return safefile.write_atomically(path, data, create_folder=False)
    except OSError as exc:
        raise ExportError(
            tr(ERRORS, "cpdlog could not write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
