"""The calendar file: parsed back by icalendar and by vobject, an independent parser."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
import vobject

from cpdlog.domain.reminders import KeyDate
from cpdlog.export.ics import PRODID, alarm_trigger
from cpdlog.services.app import App
from cpdlog.services.reminders import ReminderService
from tests.conftest import FIXED_NOW, run_cli


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def _fires_at(event_day: dt.date, trigger: dt.timedelta) -> dt.datetime:
    return dt.datetime.combine(event_day, dt.time()) + trigger


def test_deadlines_and_alarms_parse_back_with_icalendar(app: App, tmp_path: Path):
    service = ReminderService(app)
    service.update_plan(add_dates=[KeyDate(dt.date(2027, 1, 15), "CPD sampling")])
    result = service.export_calendar(tmp_path / "cpd.ics")
    assert (result.events, result.alarms) == (3, 12)
    cal = icalendar.Calendar.from_ical(result.path.read_bytes())
    assert str(cal["PRODID"]) == PRODID
    assert str(cal["VERSION"]) == "2.0"
    events = _events(result.path.read_bytes())
    # today is 28 November 2026: this year's deadline, next year's, and the date added
    starts = [e.decoded("DTSTART") for e in events]
    assert starts == [dt.date(2026, 11, 30), dt.date(2027, 11, 30), dt.date(2027, 1, 15)]
    for event in events:
        start = event.decoded("DTSTART")
        assert not isinstance(start, dt.datetime)  # all-day
        assert event.decoded("DTEND") == start + dt.timedelta(days=1)
        assert event.decoded("DTSTAMP") == FIXED_NOW
        fires = sorted(_fires_at(start, a.decoded("TRIGGER")) for a in event.walk("VALARM"))
        expected = [
            dt.datetime.combine(start - dt.timedelta(days=d), dt.time(9)) for d in (90, 30, 14, 3)
        ]
        assert fires == expected
        assert all(str(a["ACTION"]) == "DISPLAY" for a in event.walk("VALARM"))
    assert str(events[0]["SUMMARY"]) == "Social Work England CPD deadline"
    assert "At least 1 piece with a peer reflection" in str(events[0]["DESCRIPTION"])
    assert str(events[2]["SUMMARY"]) == "CPD sampling"


def test_second_parser_vobject_agrees_on_dates_and_alarm_offsets(app: App, tmp_path: Path):
    service = ReminderService(app)
    service.update_plan(days_before=(60, 7, 0))
    path = service.export_calendar(tmp_path / "cpd.ics").path
    parsed = vobject.readOne(path.read_text(encoding="utf-8"))
    events = parsed.contents["vevent"]
    assert [e.dtstart.value for e in events] == [dt.date(2026, 11, 30), dt.date(2027, 11, 30)]
    for event in events:
        triggers = sorted((a.trigger.value for a in event.contents["valarm"]), reverse=True)
        assert triggers == [
            dt.timedelta(hours=9),
            dt.timedelta(days=-7, hours=9),
            dt.timedelta(days=-60, hours=9),
        ]
        assert event.uid.value.endswith("@cpdlog.invalid")


def test_uids_are_stable_so_reimporting_updates(home: Path, tmp_path: Path):
    first = App.open(home, clock=lambda: FIXED_NOW)
    uids_first = [str(e["UID"]) for e in _events(ReminderService(first).calendar_bytes()[0])]
    first.close()
    later = App.open(home, clock=lambda: FIXED_NOW + dt.timedelta(days=1))
    ReminderService(later).update_plan(days_before=(30,))
    uids_later = [str(e["UID"]) for e in _events(ReminderService(later).calendar_bytes()[0])]
    later.close()
    assert uids_first == uids_later
    assert len(set(uids_first)) == len(uids_first)


def test_alarm_trigger_is_nine_in_the_morning_that_many_days_before():
    assert alarm_trigger(14) == -dt.timedelta(days=13, hours=15)
    assert alarm_trigger(0) == dt.timedelta(hours=9)


def test_cli_writes_the_file_atomically(home: Path, tmp_path: Path):
    (tmp_path / "out").mkdir()  # the folder must exist: cpdlog never makes one (review 7, 2)
    target = tmp_path / "out" / "cpd.ics"
    done = run_cli("calendar", "export", "-o", str(target), home=home)
    assert done.returncode == 0, done.stderr
    assert "Wrote" in done.stdout and "2 dates, 8 reminders" in done.stdout
    assert _events(target.read_bytes())
    assert [p.name for p in target.parent.iterdir()] == ["cpd.ics"]  # no temporary file left


@pytest.mark.parametrize("make_target", ["folder", "unwritable"])
def test_cli_refuses_an_unusable_target_in_one_line(home: Path, tmp_path: Path, make_target):
    if make_target == "folder":
        target = tmp_path / "a-folder"
        target.mkdir()
    else:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        target = blocker / "cpd.ics"  # a "folder" that is a file
    done = run_cli("calendar", "export", "-o", str(target), home=home)
    assert done.returncode == 2  # refused by safefile.require_output: bad usage
    assert done.stderr.startswith("cpdlog: ") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
