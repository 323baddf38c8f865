"""What is due on a given day: stages, the gentle note when met, the monthly nudge, once a day."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdlog.domain.reminders import (
    Deadline,
    KeyDate,
    ReminderKind,
    ReminderPlan,
    Shown,
    after_showing,
    deadline_text,
    due_today,
    parse_days,
    stage_for,
)
from cpdlog.errors import ValidationError

DEADLINE_DAY = dt.date(2027, 11, 30)


def deadline(days_left: int, met: bool = False, missing: tuple[str, ...] = ()) -> Deadline:
    return Deadline(
        key="swe:2027-11-30",
        regulator="Social Work England",
        day=DEADLINE_DAY,
        days_left=days_left,
        met=met,
        missing=missing or (() if met else ("1 more entry with a peer reflection",)),
        missing_singular=not met and not missing,
    )


def day_with(days_left: int) -> dt.date:
    return DEADLINE_DAY - dt.timedelta(days=days_left)


def test_parse_days_sorts_dedupes_and_refuses_nonsense():
    assert parse_days("3, 14,90 30 14") == (90, 30, 14, 3)
    assert parse_days("") == ()
    with pytest.raises(ValidationError, match="not a number of days"):
        parse_days("90,soon")
    with pytest.raises(ValidationError, match="between 0 and 366"):
        parse_days("400")
    with pytest.raises(ValidationError, match="between 0 and 366"):
        parse_days("-1")


@pytest.mark.parametrize(
    ("days_left", "stage"),
    [
        (200, None),
        (91, None),
        (90, 90),
        (85, 90),
        (30, 30),
        (15, 30),
        (14, 14),
        (4, 14),
        (3, 3),
        (0, 3),
        (-1, None),
    ],
)
def test_stage_is_the_smallest_plan_day_still_reached(days_left, stage):
    assert stage_for((90, 30, 14, 3), days_left) == stage


def test_due_text_is_true_on_the_day():
    text = deadline_text(deadline(14))
    assert text == (
        "Your Social Work England CPD is due in 14 days (30 November 2027): "
        "1 more entry with a peer reflection is needed."
    )
    two = deadline(1, missing=("2 more entries", "1 more entry with a peer reflection"))
    assert deadline_text(two) == (
        "Your Social Work England CPD is due tomorrow (30 November 2027): "
        "2 more entries and 1 more entry with a peer reflection are needed."
    )
    assert "due today (30 November 2027)" in deadline_text(deadline(0))


def test_each_stage_is_shown_once_even_when_the_day_itself_was_missed():
    plan = ReminderPlan()
    shown: dict[str, Shown] = {}
    seen: list[tuple[int, str]] = []
    for days_left in range(120, -1, -1):
        if days_left % 2:  # the practitioner logs in only every other day
            continue
        notice = due_today(plan, day_with(days_left), deadline(days_left), 0, shown, None, None)
        if notice is not None:
            seen.append((days_left, notice.body))
            shown = after_showing(shown, notice)
    assert [d for d, _ in seen] == [90, 30, 14, 2]
    assert "due in 2 days" in seen[-1][1]  # the 3-day stage, said on the day it was seen


def test_nothing_when_met_except_one_gentle_note_at_fourteen_days_or_fewer():
    plan = ReminderPlan()
    assert due_today(plan, day_with(90), deadline(90, met=True), 0, {}, None, None) is None
    assert due_today(plan, day_with(30), deadline(30, met=True), 0, {}, None, None) is None
    notice = due_today(plan, day_with(14), deadline(14, met=True), 0, {}, None, None)
    assert notice is not None
    assert notice.reminders[0].kind is ReminderKind.MET
    assert "meets the requirements for the period ending 30 November 2027" in notice.body
    shown = after_showing({}, notice)
    assert due_today(plan, day_with(3), deadline(3, met=True), 0, shown, None, None) is None


def test_falling_short_again_after_the_note_is_said():
    plan = ReminderPlan()
    shown = {"swe:2027-11-30": Shown(stage=None, met_noted=True)}
    notice = due_today(plan, day_with(3), deadline(3), 0, shown, None, None)
    assert notice is not None and notice.reminders[0].kind is ReminderKind.DUE


def test_at_most_one_notification_a_day():
    plan = ReminderPlan()
    today = day_with(14)
    assert due_today(plan, today, deadline(14), 3, {}, None, last_notified=today) is None
    notice = due_today(
        plan, today, deadline(14), 3, {}, None, last_notified=today - dt.timedelta(1)
    )
    assert notice is not None
    # the deadline and the nudge arrive together, in one notification
    assert [r.kind for r in notice.reminders] == [ReminderKind.DUE, ReminderKind.NUDGE]
    assert "You have 3 unfinished entries." in notice.body


def test_monthly_nudge_once_a_calendar_month_and_only_with_unfinished_entries():
    plan = ReminderPlan(days_before=())
    june = dt.date(2027, 6, 10)
    assert due_today(plan, june, None, 0, {}, None, None) is None
    first = due_today(plan, june, None, 1, {}, None, None)
    assert first is not None and first.body == (
        "You have 1 unfinished entry. It does not count toward your CPD until you finish it."
    )
    assert due_today(plan, dt.date(2027, 6, 30), None, 1, {}, june, None) is None
    assert due_today(plan, dt.date(2027, 7, 1), None, 1, {}, june, None) is not None
    off = ReminderPlan(days_before=(), monthly_nudge=False)
    assert due_today(off, dt.date(2027, 7, 1), None, 5, {}, june, None) is None


def test_key_dates_are_reminded_on_the_plan_days():
    audit = KeyDate(dt.date(2027, 2, 1), "  CPD   audit ")
    plan = ReminderPlan(days_before=(14, 3), key_dates=(audit,))
    assert audit.label == "CPD audit"
    assert due_today(plan, dt.date(2027, 1, 17), None, 0, {}, None, None) is None
    notice = due_today(plan, dt.date(2027, 1, 18), None, 0, {}, None, None)
    assert notice is not None and notice.body == "CPD audit: in 14 days (1 February 2027)."
    shown = after_showing({}, notice)
    assert due_today(plan, dt.date(2027, 1, 19), None, 0, shown, None, None) is None
    assert due_today(plan, dt.date(2027, 1, 29), None, 0, shown, None, None) is not None


def test_plan_round_trips_and_falls_back_on_damaged_settings():
    plan = ReminderPlan((3, 90), False, (KeyDate(dt.date(2027, 2, 1), "Audit"),))
    assert plan.days_before == (90, 3)
    assert ReminderPlan.from_dict(plan.to_dict()) == plan
    damaged = {"days_before": [1000], "monthly_nudge": "yes", "key_dates": [{"date": "soon"}]}
    assert ReminderPlan.from_dict(damaged) == ReminderPlan()
    assert ReminderPlan.from_dict(None) == ReminderPlan()
    with pytest.raises(ValidationError):
        KeyDate(dt.date(2027, 2, 1), "   ")
    assert KeyDate(dt.date(2027, 2, 1), "CPD\x00\x1b[31m audit\n").label == "CPD [31m audit"


def test_a_stored_plan_with_too_many_dates_falls_back_instead_of_failing():
    """Review 7, finding 5: more dates than can be kept (or odd day counts) in a stored plan
    give the default for that part, not an error; the same date twice counts once."""
    many = [{"date": f"2027-01-{day:02d}", "label": "Audit"} for day in range(1, 22)]
    plan = ReminderPlan.from_dict({"key_dates": many, "days_before": [10**30, -5, "x"]})
    assert plan == ReminderPlan()
    twice = [{"date": f"2027-01-{day:02d}", "label": "Audit"} for day in range(1, 21)] * 2
    assert len(ReminderPlan.from_dict({"key_dates": twice}).key_dates) == 20
    same = tuple(KeyDate(dt.date(2027, 1, 1), "Audit") for _ in range(25))
    assert len(ReminderPlan(key_dates=same).key_dates) == 1
