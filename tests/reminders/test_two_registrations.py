"""Reminders for every registration: a practitioner registered with Social Work England and
CORU hears about both deadlines (in one notification a day), can keep a plan for each and
gets both in the calendar file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from cpdlog.domain.practitioner import Registration
from cpdlog.domain.reminders import KeyDate, ReminderKind, ReminderPlan
from cpdlog.services.app import App
from cpdlog.services.reminders import ReminderService
from tests.conftest import cli_ok, run_cli

# 16 November 2026: Social Work England's deadline (30 November) is 14 days away; CORU's
# period ends on 31 December 2026, 45 days away (the 90-day stage of the default plan).
SWE_DUE = "Your Social Work England CPD is due in 14 days (30 November 2026)"
CORU_NAME = "CORU – Social Workers Registration Board"


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.UTC)


def two_registrations(home: Path, day: dt.date = dt.date(2026, 11, 16)) -> App:
    app = App.open(home, clock=lambda: at(day))
    app.profile.add_registration(Registration("coru", "SW123", dt.date(2020, 1, 1)))
    return app


@pytest.fixture
def app(home: Path):
    application = two_registrations(home)
    yield application
    application.close()


def test_each_registration_keeps_its_own_plan(app: App):
    service = ReminderService(app)
    assert service.registrations() == ["swe", "coru"]
    service.update_plan(days_before=(60, 7), regulator_id="coru")
    service.update_plan(
        add_dates=[KeyDate(dt.date(2027, 2, 1), "CORU sampling")], regulator_id="coru"
    )
    assert service.plan() == ReminderPlan()  # the main registration's is untouched
    assert service.plan("coru").days_before == (60, 7)
    assert [k.label for k in service.plans()["coru"].key_dates] == ["CORU sampling"]
    assert list(service.plans()) == ["swe", "coru"]


def test_one_notification_writes_out_each_registrations_deadline_nearest_first(app: App):
    """Review 7, finding 7: the second registration's sentence is in the body, not a count."""
    service = ReminderService(app)
    check = service.check()
    assert [d.regulator for d in check.deadlines] == ["Social Work England", CORU_NAME]
    assert check.deadline is not None and check.deadline.regulator == "Social Work England"
    notice = check.notice
    assert notice is not None
    lines = notice.body.splitlines()
    assert lines[0].startswith(SWE_DUE)
    assert lines[1].startswith(f"Your {CORU_NAME} CPD is due in 45 days (31 December 2026): ")
    assert notice.also == ()
    service.mark_shown(check)
    assert service.check().notice is None  # still one a day, overall
    state = json.loads(service.state_path.read_text(encoding="utf-8"))
    assert set(state["shown"]) == {d.key for d in check.deadlines}  # both were told


def test_the_next_day_neither_deadline_is_repeated(home: Path):
    first = two_registrations(home)
    try:
        service = ReminderService(first)
        service.mark_shown(service.check())
    finally:
        first.close()
    later = App.open(home, clock=lambda: at(dt.date(2026, 11, 17)))
    try:
        assert ReminderService(later).check().notice is None
    finally:
        later.close()


def test_the_second_registration_alone_is_reminded_with_its_own_plan(app: App):
    service = ReminderService(app)
    service.update_plan(days_before=(3,), monthly_nudge=False)  # nothing for SWE at 14 days
    check = service.check()
    assert check.notice is not None
    assert check.notice.body == (
        f"Your {CORU_NAME} CPD is due in 45 days (31 December 2026): "
        + check.notice.reminders[0].text.split(": ", 1)[1]
    )
    assert check.notice.reminders[0].kind is ReminderKind.DUE
    assert check.notice.also == ()
    service.update_plan(days_before=(30,), monthly_nudge=False, regulator_id="coru")
    assert service.check().notice is None  # CORU's own plan: not yet at 30 days


def test_a_date_in_the_second_plan_is_reminded(app: App):
    service = ReminderService(app)
    service.update_plan(days_before=(), regulator_id="swe")
    service.update_plan(
        days_before=(14,),
        add_dates=[KeyDate(dt.date(2026, 11, 30), "CORU audit")],
        regulator_id="coru",
    )
    check = service.check()
    assert check.notice is not None
    assert check.notice.body == "CORU audit: in 14 days (30 November 2026)."


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_the_calendar_holds_every_registration_with_distinct_stable_uids(app: App):
    service = ReminderService(app)
    service.update_plan(days_before=(60, 7), regulator_id="coru")
    service.update_plan(
        add_dates=[KeyDate(dt.date(2027, 2, 1), "CORU sampling")], regulator_id="coru"
    )
    data, events, alarms = service.calendar_bytes()
    found = _events(data)
    summaries = sorted((str(e["summary"]), e.decoded("dtstart")) for e in found)
    assert summaries == [
        ("CORU sampling", dt.date(2027, 2, 1)),
        (f"{CORU_NAME} CPD deadline", dt.date(2026, 12, 31)),
        (f"{CORU_NAME} CPD deadline", dt.date(2027, 12, 31)),
        ("Social Work England CPD deadline", dt.date(2026, 11, 30)),
        ("Social Work England CPD deadline", dt.date(2027, 11, 30)),
    ]
    assert events == 5
    by_summary = {str(e["summary"]): e for e in found}
    assert len(by_summary[f"{CORU_NAME} CPD deadline"].walk("VALARM")) == 2  # CORU's own plan
    assert len(by_summary["Social Work England CPD deadline"].walk("VALARM")) == 4
    assert len(by_summary["CORU sampling"].walk("VALARM")) == 2
    assert alarms == 2 * 4 + 2 * 2 + 2
    uids = [str(e["uid"]) for e in found]
    assert len(set(uids)) == len(uids)
    again, _, _ = service.calendar_bytes()
    assert [str(e["uid"]) for e in _events(again)] == uids


def test_cli_remind_and_calendar_export_cover_both_registrations(home: Path, tmp_path: Path):
    cli_ok(
        "profile",
        "add-registration",
        "--regulator",
        "coru",
        "--registered-on",
        "2020-01-01",
        home=home,
    )
    env = {"DBUS_SESSION_BUS_ADDRESS": "", "PATH": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}
    # CPDLOG_NOW (run_cli) is 28 November 2026: SWE in 2 days, CORU in 33 (stage 90)
    done = run_cli("remind", "--dry-run", home=home, env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "CPD reminder:"
    assert lines[1].startswith("  Your Social Work England CPD is due in 2 days")
    assert lines[2].startswith(f"  Your {CORU_NAME} CPD is due in 33 days")
    cli_ok("remind", "settings", "--registration", "coru", "--days", "14", home=home)
    shown = cli_ok("remind", "settings", "--registration", "CORU", home=home)
    assert f"Reminders ({CORU_NAME}): 14 days before the deadline" in shown
    assert "90, 30, 14 and 3 days" in cli_ok("remind", "settings", home=home)
    refused = run_cli("remind", "settings", "--registration", "swrb", home=home)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "no registration with swrb" in refused.stderr
    target = tmp_path / "cpd.ics"
    cli_ok("calendar", "export", "-o", str(target), home=home)
    summaries = [
        str(e["summary"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    ]
    assert summaries.count(f"{CORU_NAME} CPD deadline") == 2
    assert summaries.count("Social Work England CPD deadline") == 2


def test_the_nearest_deadline_comes_first_whichever_registration_is_main():
    from cpdlog.domain.reminders import Deadline, RegistrationDue, due_today_for

    today = dt.date(2026, 11, 16)
    far = Deadline(
        "scw:2026-12-31",
        "Social Care Wales",
        dt.date(2026, 12, 31),
        45,
        False,
        ("1 more entry",),
        True,
    )
    near = Deadline(
        "swe:2026-11-30",
        "Social Work England",
        dt.date(2026, 11, 30),
        14,
        False,
        ("2 more entries",),
    )
    audit = KeyDate(dt.date(2026, 11, 30), "Audit")
    plan = ReminderPlan(key_dates=(audit,), monthly_nudge=False)
    notice = due_today_for(
        [RegistrationDue(plan, far), RegistrationDue(plan, near)], today, 0, {}, None, None
    )
    assert notice is not None
    assert [r.key for r in notice.reminders] == [near.key, far.key, "date:2026-11-30:Audit"]
    assert notice.also == ()
    assert notice.body.splitlines() == [
        "Your Social Work England CPD is due in 14 days (30 November 2026): "
        "2 more entries are needed.",
        "Your Social Care Wales CPD is due in 45 days (31 December 2026): 1 more entry is needed.",
        "Audit: in 14 days (30 November 2026).",
    ]


def test_an_unmet_deadline_goes_before_a_note_and_only_what_was_written_is_marked_shown():
    """Review 7, finding 7: at most three deadlines are written out, the rest counted (and
    still to be shown); an unmet one comes before a nearer "met" note."""
    from cpdlog.domain.reminders import (
        Deadline,
        RegistrationDue,
        Shown,
        after_showing,
        due_today_for,
    )

    today = dt.date(2026, 11, 16)

    def deadline(key: str, days: int, met: bool = False) -> Deadline:
        day = today + dt.timedelta(days=days)
        return Deadline(f"{key}:{day}", key.upper(), day, days, met, () if met else ("1 entry",))

    met = deadline("met", 2, met=True)
    unmet = [deadline(f"r{n}", 10 + n) for n in range(4)]
    plan = ReminderPlan(monthly_nudge=False)
    notice = due_today_for(
        [RegistrationDue(plan, d) for d in (met, *unmet)], today, 0, {}, None, None
    )
    assert notice is not None
    assert [r.key for r in notice.reminders] == [d.key for d in unmet[:3]]
    assert [r.key for r in notice.also] == [unmet[3].key, met.key]
    assert notice.body.splitlines()[-1] == "and 2 more — open cpdlog to see them"
    shown = after_showing({}, notice)
    assert set(shown) == {d.key for d in unmet[:3]}
    later = due_today_for(
        [RegistrationDue(plan, d) for d in (met, *unmet)],
        today,
        0,
        {**shown, "x": Shown()},
        None,
        None,
    )
    assert later is not None and [r.key for r in later.reminders] == [unmet[3].key, met.key]


def test_an_added_registration_without_its_date_leaves_the_others_in_the_calendar(
    home: Path, tmp_path: Path
):
    """Review 7, finding 3: one registration without the date its regulator counts from no
    longer stops the whole calendar, and the advice does not change the main registration."""
    cli_ok("profile", "set", "--regulator", "niscc", "--registered-on", "2024-01-10", home=home)
    cli_ok("profile", "add-registration", "--regulator", "coru", home=home)
    target = tmp_path / "cpd.ics"
    result = run_cli("calendar", "export", "-o", str(target), home=home)
    assert result.returncode == 0, result.stderr
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    summaries = [str(e["SUMMARY"]) for e in events]
    assert summaries == ["Northern Ireland Social Care Council CPD deadline"] * 2
    problem = result.stderr.strip()
    assert len(problem.splitlines()) == 1 and CORU_NAME in problem
    assert "profile add-registration --regulator coru --registered-on" in problem
    assert "profile set --registered-on" not in problem
    progress = run_cli("progress", home=home)
    assert "profile remove-registration coru" in progress.stderr
    assert "profile set --registered-on" not in progress.stderr


def test_one_unreadable_stored_plan_leaves_every_other_reminder_working(app: App):
    """Review 7, finding 5: 21 dates kept under CORU no longer stop every reminder."""
    from cpdlog.storage.settings_repo import set_setting

    many = [{"date": f"2027-01-{day:02d}", "label": "Audit"} for day in range(1, 22)]
    with app.db.session() as session:
        set_setting(
            session, "reminders", {"coru": {"key_dates": many}, "swe": {"days_before": [14]}}
        )
    service = ReminderService(app)
    assert service.plans() == {"swe": ReminderPlan(days_before=(14,)), "coru": ReminderPlan()}
    check = service.check()
    assert check.notice is not None and SWE_DUE in check.notice.body


def test_remind_names_the_registration_whose_reminders_are_off(home: Path, tmp_path: Path):
    """Review 7, finding 4: the dry run says which registration's reminders are off (and how
    to fix it for an added one); the login check says so on stderr instead of nothing."""
    cli_ok("profile", "set", "--regulator", "niscc", "--registered-on", "2024-01-10", home=home)
    cli_ok("profile", "add-registration", "--regulator", "coru", home=home)
    env = {"DBUS_SESSION_BUS_ADDRESS": "", "PATH": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}
    dry = run_cli("remind", "--dry-run", home=home, env=env)
    assert dry.returncode == 0, dry.stderr
    off = [line for line in dry.stdout.splitlines() if "are off" in line]
    assert off == [
        f"Deadline reminders for {CORU_NAME} are off until this is fixed: Your registration "
        f"with {CORU_NAME} counts from its registration date, which is not set. Remove it "
        "with `cpdlog profile remove-registration coru` and add it again with `cpdlog "
        "profile add-registration --regulator coru --registered-on YYYY-MM-DD`."
    ]
    assert "Northern Ireland Social Care Council CPD is due" in dry.stdout
    login = run_cli("remind", home=home, env=env)
    assert login.returncode == 0
    assert login.stderr.splitlines() == [f"cpdlog: {off[0]}"]
