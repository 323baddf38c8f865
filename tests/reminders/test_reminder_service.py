"""The reminder service: the plan per registration, today's check, once a day, the state file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cpdlog.domain.entry import EntryStatus, PeerReflection
from cpdlog.domain.reminders import KeyDate, ReminderKind, ReminderPlan
from cpdlog.services.app import App
from cpdlog.services.reminders import ReminderService
from tests.conftest import make_entry


def open_at(home: Path, when: dt.datetime) -> App:
    return App.open(home, clock=lambda: when)


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.UTC)


@pytest.fixture
def late_november(home: Path):
    """16 November 2026: 14 days before Social Work England's 30 November deadline."""
    application = open_at(home, at(dt.date(2026, 11, 16)))
    yield application
    application.close()


def test_the_plan_is_kept_per_registration(late_november: App):
    service = ReminderService(late_november)
    assert service.plan() == ReminderPlan()
    service.update_plan(days_before=(60, 7), monthly_nudge=False)
    assert service.plan() == ReminderPlan((60, 7), False)
    late_november.profile.update(regulator_id="swrb")
    assert service.plan() == ReminderPlan()  # another registration has its own plan
    late_november.profile.update(regulator_id="swe")
    assert service.plan().days_before == (60, 7)


def test_key_dates_are_added_and_removed(late_november: App):
    service = ReminderService(late_november)
    service.update_plan(add_dates=[KeyDate(dt.date(2027, 1, 15), "CPD sampling")])
    service.update_plan(add_dates=[KeyDate(dt.date(2027, 3, 1), "Audit")])
    assert [k.label for k in service.plan().key_dates] == ["CPD sampling", "Audit"]
    service.update_plan(remove_dates=[dt.date(2027, 1, 15)])
    assert [k.label for k in service.plan().key_dates] == ["Audit"]


def test_check_tells_what_is_missing_and_is_shown_once_a_day(late_november: App):
    late_november.entries.add(make_entry(day=dt.date(2026, 3, 1)))
    service = ReminderService(late_november)
    check = service.check()
    assert check.deadline is not None and check.deadline.days_left == 14
    assert check.notice is not None
    assert check.notice.body == (
        "Your Social Work England CPD is due in 14 days (30 November 2026): "
        "1 more entry and 1 more entry with a peer reflection are needed."
    )
    service.mark_shown(check)
    again = service.check()
    assert again.notice is None and again.already_today
    state = json.loads(service.state_path.read_text(encoding="utf-8"))
    assert state["last_notified"] == "2026-11-16"
    assert state["shown"] == {"swe:2026-11-30": {"stage": 14, "met_noted": False}}


def test_next_day_nothing_new_until_the_next_stage(home: Path):
    with_clock = open_at(home, at(dt.date(2026, 11, 16)))
    service = ReminderService(with_clock)
    service.mark_shown(service.check())
    with_clock.close()
    for day, expected in ((dt.date(2026, 11, 17), False), (dt.date(2026, 11, 27), True)):
        application = open_at(home, at(day))
        try:
            assert (ReminderService(application).check().notice is not None) is expected
        finally:
            application.close()


def test_met_requirements_get_one_gentle_note(late_november: App):
    peer = PeerReflection(name="A colleague", text="We talked about consent.")
    late_november.entries.add(make_entry(day=dt.date(2026, 3, 1)))
    late_november.entries.add(
        make_entry(
            title="Supervision on consent",
            day=dt.date(2026, 4, 1),
            peer=peer,
            learnt="Consent is ongoing.",
        )
    )
    service = ReminderService(late_november)
    check = service.check()
    assert check.deadline is not None and check.deadline.met
    assert check.notice is not None
    assert [r.kind for r in check.notice.reminders] == [ReminderKind.MET]


def test_drafts_count_as_unfinished_and_nudge_monthly(late_november: App):
    service = ReminderService(late_november)
    service.update_plan(days_before=())
    for n in range(3):
        late_november.entries.add(
            make_entry(title=f"Draft {n}", status=EntryStatus.DRAFT, day=dt.date(2026, 3, 1))
        )
    check = service.check()
    assert check.unfinished == 3
    assert check.notice is not None
    assert check.notice.body.startswith("You have 3 unfinished entries.")
    service.mark_shown(check)
    assert service.state().last_nudge == dt.date(2026, 11, 16)


def test_a_registration_date_problem_still_allows_the_nudge(late_november: App):
    late_november.profile.update(regulator_id="niscc")  # counts from the registration date
    late_november.entries.add(make_entry(status=EntryStatus.DRAFT))
    check = ReminderService(late_november).check()
    assert check.deadline is None
    assert "registration date" in check.problem
    assert check.notice is not None and "1 unfinished entry" in check.notice.body


@pytest.mark.parametrize("content", [b"{not json", b"[]", b"x" * 70_000, b'{"shown": 5}'])
def test_a_damaged_state_file_is_ignored(late_november: App, content: bytes):
    service = ReminderService(late_november)
    service.state_path.write_bytes(content)
    assert service.check().notice is not None
