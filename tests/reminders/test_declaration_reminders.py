"""Regulators that ask only for a declaration (Social Care Wales, SSSC): cpdlog never says their
CPD "meets the requirements" (it cannot know); it reminds at every stage and asks the
practitioner to confirm their CPD. A target-based regulator (Social Work England) is unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from cpdlog.domain.reminders import (
    Deadline,
    ReminderKind,
    ReminderPlan,
    Shown,
    after_showing,
    deadline_reminder,
    deadline_text,
    due_today,
)
from cpdlog.services.app import App
from cpdlog.services.reminders import ReminderService
from tests.conftest import make_entry, run_cli

MEETS = "meets the requirements"
DAY = dt.date(2026, 12, 28)  # 30 days after the test clock's 28 November 2026
# Registered on 29 December 2023 (SCW, 3 years) or 2025 (SSSC, yearly): the period ends 28 December.
REGISTERED = {"scw": dt.date(2023, 12, 29), "sssc": dt.date(2025, 12, 29)}
NAMES = {"scw": "Social Care Wales", "sssc": "Scottish Social Services Council"}


def declaration(days_left: int, entries: int = 0) -> Deadline:
    # what ProgressReport gives for a declaration-only profile: met (no target to miss)
    return Deadline(
        key="scw:2026-12-28",
        regulator="Social Care Wales",
        day=DAY,
        days_left=days_left,
        met=True,
        missing=(),
        declaration=True,
        complete_entries=entries,
    )


def true_sentence(who: str, when: str, entries: str) -> str:
    return (
        f"Your {who} CPD is due {when} (28 December 2026): confirm by then that you have done "
        f"your CPD, and keep your record. You have {entries} for this period."
    )


# --- the rules ---------------------------------------------------------------------------------
@pytest.mark.parametrize("days_left", [90, 30, 14, 3, 0])
def test_a_declaration_deadline_is_due_at_every_stage_never_met(days_left: int):
    reminder = deadline_reminder(ReminderPlan(), declaration(days_left), None)
    assert reminder is not None
    assert reminder.kind is ReminderKind.DUE
    assert MEETS not in reminder.text
    assert "confirm by then that you have done your CPD" in reminder.text


def test_the_declaration_text_counts_complete_entries_with_plurals():
    assert deadline_text(declaration(30)) == true_sentence(
        "Social Care Wales", "in 30 days", "0 complete entries"
    )
    assert deadline_text(declaration(1, entries=1)) == true_sentence(
        "Social Care Wales", "tomorrow", "1 complete entry"
    )


def test_each_stage_of_a_declaration_is_shown_once():
    plan = ReminderPlan()
    shown: dict[str, Shown] = {}
    stages = []
    for days_left in range(95, -1, -1):
        today = DAY - dt.timedelta(days=days_left)
        notice = due_today(plan, today, declaration(days_left), 0, shown, None, None)
        if notice is not None:
            stages.append((days_left, notice.reminders[0].stage))
            shown = after_showing(shown, notice)
    assert stages == [(90, 90), (30, 30), (14, 14), (3, 3)]


def test_a_mixed_profile_met_note_claims_only_the_targets():
    mixed = Deadline("ocswssw:2026-12-31", "Ontario", DAY, 10, True, (), to_confirm=True)
    reminder = deadline_reminder(ReminderPlan(), mixed, None)
    assert reminder is not None and reminder.kind is ReminderKind.MET
    assert MEETS not in reminder.text
    assert reminder.text.startswith("Your Ontario CPD meets the set targets for the period")
    assert "Confirm the rest" in reminder.text
    # above 14 days a met mixed profile stays quiet, as any met deadline
    far = Deadline("ocswssw:2026-12-31", "Ontario", DAY, 30, True, (), to_confirm=True)
    assert deadline_reminder(ReminderPlan(), far, None) is None


def test_a_target_based_met_deadline_is_unchanged():
    met = Deadline("swe:2026-12-28", "Social Work England", DAY, 10, True, ())
    reminder = deadline_reminder(ReminderPlan(), met, None)
    assert reminder is not None and reminder.kind is ReminderKind.MET
    assert MEETS in reminder.text
    far = Deadline("swe:2026-12-28", "Social Work England", DAY, 30, True, ())
    assert deadline_reminder(ReminderPlan(), far, None) is None


# --- the service -------------------------------------------------------------------------------
@pytest.mark.parametrize("regulator", ["scw", "sssc"])
def test_an_empty_journal_with_a_declaration_regulator_is_reminded_at_30_days(
    app: App, regulator: str
):
    app.profile.update(regulator_id=regulator, registered_on=REGISTERED[regulator])
    check = ReminderService(app).check()
    assert check.deadline is not None and check.deadline.days_left == 30
    assert check.deadline.declaration
    assert check.notice is not None
    assert [r.kind for r in check.notice.reminders] == [ReminderKind.DUE]
    assert check.notice.body == true_sentence(NAMES[regulator], "in 30 days", "0 complete entries")
    assert MEETS not in check.notice.body


def test_the_count_is_of_complete_entries_in_the_period(app: App):
    app.profile.update(regulator_id="scw", registered_on=REGISTERED["scw"])
    app.entries.add(make_entry(day=dt.date(2026, 3, 1)))
    app.entries.add(make_entry(title="Before the period", day=dt.date(2023, 6, 1)))
    check = ReminderService(app).check()
    assert check.notice is not None
    assert "You have 1 complete entry for this period." in check.notice.body


def test_a_mixed_profile_lists_only_what_is_missing_of_its_targets(app: App):
    app.profile.update(regulator_id="ocswssw")
    check = ReminderService(app).check()
    assert check.deadline is not None and check.deadline.to_confirm
    assert check.notice is not None
    assert "0 more" not in check.notice.body  # the declaration has nothing "more" to do
    assert "1 more entry" in check.notice.body


def test_swe_is_unchanged(app: App):
    check = ReminderService(app).check()  # 2 days before 30 November, nothing logged
    assert check.deadline is not None and not check.deadline.declaration
    assert check.notice is not None
    assert check.notice.body == (
        "Your Social Work England CPD is due in 2 days (30 November 2026): "
        "2 more entries and 1 more entry with a peer reflection are needed."
    )


def test_the_calendar_asks_to_confirm_rather_than_what_is_missing(app: App):
    app.profile.update(regulator_id="scw", registered_on=REGISTERED["scw"])
    data, _events, _alarms = ReminderService(app).calendar_bytes()
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    description = str(events[0]["DESCRIPTION"])
    assert "Confirm by then that you have done your CPD, and keep your record." in description
    assert "still missing" not in description
    assert "meets" not in description


def test_remind_dry_run_for_social_care_wales(home: Path, tmp_path: Path):
    assert (
        run_cli(
            "profile",
            "set",
            "--regulator",
            "scw",
            "--registered-on",
            REGISTERED["scw"].isoformat(),
            home=home,
        ).returncode
        == 0
    )
    done = run_cli("remind", "--dry-run", home=home, env={"DBUS_SESSION_BUS_ADDRESS": ""})
    assert done.returncode == 0, done.stderr
    expected = true_sentence("Social Care Wales", "in 30 days", "0 complete entries")
    assert done.stdout == f"CPD reminder:\n  {expected}\n"
    assert MEETS not in done.stdout
