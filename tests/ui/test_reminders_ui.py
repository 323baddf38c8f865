"""Reminders in the desktop app: the check on start, once a day, and the settings dialog."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtWidgets import QWidget

from cpdlog import autostart
from cpdlog.domain.reminders import ReminderPlan
from cpdlog.services.reminders import ReminderService
from cpdlog.ui import reminders as ui_reminders
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner

# The test clock says 28 November 2026: 2 days before Social Work England's deadline.
DUE_TEXT = (
    "Your Social Work England CPD is due in 2 days (30 November 2026): "
    "2 more entries and 1 more entry with a peer reflection are needed."
)


def opened(window: MainWindow, qtbot: Any) -> ui_reminders.ReminderSettingsDialog:
    """The settings dialog, open, once its saved plans have arrived from the worker."""
    dialog = window.reminders.edit_settings()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10_000)
    return dialog


def form_fields(dialog: ui_reminders.ReminderSettingsDialog) -> tuple[QWidget, ...]:
    """What can be typed or chosen in the dialog (not its buttons at the foot)."""
    return (
        dialog.days_edit,
        dialog.nudge_check,
        dialog.date_edit,
        dialog.date_label_edit,
        dialog.add_date_button,
        dialog.registration_combo,
        dialog.calendar_button,
    )


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The freedesktop notifications sent (none really goes to the desktop)."""
    calls: list[tuple[str, str]] = []

    def fake_send(summary: str, body: str) -> bool:
        calls.append((summary, body))
        return True

    monkeypatch.setattr(ui_reminders, "send_notification", fake_send)
    return calls


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def test_the_window_checks_on_start_and_notifies_once_a_day(
    onboarded: Any, qtbot: Any, sent: list[tuple[str, str]]
) -> None:
    win = MainWindow(onboarded, tasks=TaskRunner(), check_startup=True)
    qtbot.addWidget(win)
    notifier = win.reminders
    notifier.freedesktop = True
    with qtbot.waitSignal(notifier.checked, timeout=10_000) as first:
        win.show()
    assert first.args[0].notice is not None
    assert sent == [("CPD reminder", DUE_TEXT)]
    assert notifier.timer.isActive()
    assert notifier.timer.interval() == ui_reminders.CHECK_INTERVAL_MS
    state = json.loads(ReminderService(onboarded).state_path.read_text(encoding="utf-8"))
    assert state["last_notified"] == "2026-11-28"

    with qtbot.waitSignal(notifier.checked, timeout=10_000) as second:
        notifier.timer.timeout.emit()
    assert second.args[0].notice is None and second.args[0].already_today
    assert len(sent) == 1
    notifier.timer.stop()
    win.tasks.wait_for_all(10_000)


def test_without_a_notification_service_the_window_says_it_itself(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui_reminders, "send_notification", lambda _s, _b: False)
    monkeypatch.setattr(
        ui_reminders.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False)
    )
    notifier = window.reminders
    notifier.freedesktop = True
    with qtbot.waitSignal(notifier.shown, timeout=10_000) as shown:
        notifier.tick()
    assert shown.args == [DUE_TEXT]
    assert window.statusBar().currentMessage() == DUE_TEXT
    state_path = ReminderService(window.app).state_path
    qtbot.waitUntil(state_path.exists, timeout=10_000)  # remembered: no second one today
    with qtbot.waitSignal(notifier.checked, timeout=10_000) as again:
        notifier.tick()
    assert again.args[0].notice is None


def test_without_a_notification_service_a_tray_shows_the_reminder_once(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No freedesktop service, but a system tray: the reminder is a tray message, shown once
    (not in the status bar), and a click on it brings the window forward."""
    tried: list[tuple[str, str]] = []

    def no_service(summary: str, body: str) -> bool:
        tried.append((summary, body))
        return False

    messages: list[tuple[str, str, Any]] = []
    monkeypatch.setattr(ui_reminders, "send_notification", no_service)
    monkeypatch.setattr(
        ui_reminders.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True)
    )
    monkeypatch.setattr(
        ui_reminders.QSystemTrayIcon,
        "showMessage",
        lambda _tray, title, body, icon, *_rest: messages.append((title, body, icon)),
    )
    notifier = window.reminders
    notifier.freedesktop = True
    window.statusBar().clearMessage()
    with qtbot.waitSignal(notifier.shown, timeout=10_000) as shown:
        notifier.tick()
    assert tried == [("CPD reminder", DUE_TEXT)]  # the freedesktop service was asked first
    assert shown.args == [DUE_TEXT]
    assert messages == [
        ("CPD reminder", DUE_TEXT, ui_reminders.QSystemTrayIcon.MessageIcon.Information)
    ]
    assert notifier.tray is not None and notifier.tray.toolTip() == "cpdlog"
    assert window.statusBar().currentMessage() == ""  # the tray said it, not the status bar

    state_path = ReminderService(window.app).state_path
    qtbot.waitUntil(state_path.exists, timeout=10_000)  # remembered: no second one today
    with qtbot.waitSignal(notifier.checked, timeout=10_000) as again:
        notifier.tick()
    assert again.args[0].notice is None
    assert len(messages) == 1

    raised: list[bool] = []
    monkeypatch.setattr(window, "activateWindow", lambda: raised.append(True))
    notifier.tray.messageClicked.emit()
    assert raised == [True]
    notifier.tray.hide()


def test_settings_dialog_saves_the_plan_and_the_login_check(
    window: MainWindow, qtbot: Any, config_home: Path
) -> None:
    window.reminders.action.trigger()
    dialog = window.reminders.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10_000)
    assert dialog.days_edit.text() == "90, 30, 14, 3"
    dialog.days_edit.setText("60, 7")
    dialog.nudge_check.setChecked(False)
    dialog.login_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    service = ReminderService(window.app)
    assert service.plan() == ReminderPlan((60, 7), False)
    entry = config_home / "autostart" / "cpdlog-remind.desktop"
    assert entry.exists() == ui_reminders.LOGIN_CHECK_SUPPORTED
    if entry.exists():
        assert f"--home {window.app.paths.home.resolve()} remind" in entry.read_text()

    again = opened(window, qtbot)
    assert again.days_edit.text() == "60, 7" and not again.nudge_check.isChecked()
    assert again.login_check.isChecked() == ui_reminders.LOGIN_CHECK_SUPPORTED
    again.login_check.setChecked(False)
    with qtbot.waitSignal(again.saved, timeout=10_000):
        assert again.save()  # on a worker: under Flatpak the portal may wait for the user
    assert not autostart.is_enabled()


def test_bad_days_are_explained_and_nothing_is_saved(window: MainWindow, qtbot: Any) -> None:
    dialog = opened(window, qtbot)
    dialog.days_edit.setText("90, next week")
    assert dialog.save() is False
    assert dialog.isVisible()
    assert "'next' is not a number of days" in dialog.message.text()
    assert ReminderService(window.app).plan() == ReminderPlan()
    dialog.reject()


def test_add_to_my_calendar_writes_the_ics_on_a_worker(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = opened(window, qtbot)
    dialog.days_edit.setText("30, 3")
    target = tmp_path / "cpd.ics"
    with qtbot.waitSignal(dialog.calendar_written, timeout=10_000):
        dialog.export_calendar(target)
    assert str(target) in dialog.message.text()
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [e.decoded("DTSTART") for e in events] == [
        dt.date(2026, 11, 30),
        dt.date(2027, 11, 30),
    ]
    assert len(events[0].walk("VALARM")) == 2
    assert dialog.calendar_button.isEnabled()
    dialog.reject()


def test_a_calendar_that_cannot_be_written_is_explained(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog = opened(window, qtbot)
    with qtbot.waitSignal(dialog.calendar_failed, timeout=10_000) as failed:
        dialog.export_calendar(blocker / "cpd.ics")
    assert "is a file, not a folder" in failed.args[0]  # the refusal says what is wrong
    assert dialog.message.text() == failed.args[0]
    dialog.reject()


def test_dates_to_be_reminded_of_are_added_removed_and_saved(
    window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtCore import QDate

    dialog = opened(window, qtbot)
    dialog.date_edit.setDate(QDate(2027, 1, 15))
    dialog.date_label_edit.setText("   ")
    assert dialog.add_date() is False
    assert "Say what the date is for" in dialog.message.text()
    dialog.date_label_edit.setText("CPD sampling")
    assert dialog.add_date()
    dialog.date_edit.setDate(QDate(2027, 3, 1))
    dialog.date_label_edit.setText("Audit")
    assert dialog.add_date()
    texts = [dialog.dates_list.item(i).text() for i in range(dialog.dates_list.count())]
    assert texts == ["15 January 2027 – CPD sampling", "1 March 2027 – Audit"]
    dialog.dates_list.setCurrentRow(0)
    dialog.remove_selected_date()
    assert dialog.dates_list.count() == 1
    assert ReminderService(window.app).plan().key_dates == ()  # nothing saved before Save
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        assert dialog.save()
    saved = ReminderService(window.app).plan().key_dates
    assert [(k.day, k.label) for k in saved] == [(dt.date(2027, 3, 1), "Audit")]


def test_saving_runs_off_the_gui_thread_and_a_failure_is_explained(
    window: MainWindow, qtbot: Any, monkeypatch: Any
) -> None:
    """The check at login may ask the desktop (Flatpak's portal waits for the user): the
    dialog saves on a worker, and a refusal is shown in the dialog, which stays open."""
    import threading

    from cpdlog.errors import CpdlogError

    gui = threading.get_ident()
    seen: list[int] = []

    def refused(_command: object) -> str:
        seen.append(threading.get_ident())
        raise CpdlogError("The desktop refused the request to run cpdlog at login (denied).")

    monkeypatch.setattr(ui_reminders.autostart, "SUPPORTED", True)
    monkeypatch.setattr(ui_reminders.autostart, "is_enabled", lambda: False)
    monkeypatch.setattr(ui_reminders.autostart, "enable", refused)
    dialog = opened(window, qtbot)
    dialog.login_check.setChecked(True)
    dialog.days_edit.setText("45, 5")
    dialog.date_label_edit.setText("Audit, not added yet")
    assert dialog.save()
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=10_000)
    assert seen and seen[0] != gui
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    # what was typed is still there, editable, to try again
    assert dialog.days_edit.text() == "45, 5" and dialog.days_edit.isEnabled()
    assert dialog.date_label_edit.text() == "Audit, not added yet"
    assert dialog.login_check.isChecked()
    dialog.reject()


def test_the_dialog_reads_the_saved_plans_off_the_gui_thread_and_waits_for_them(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the dialog opens no database session on the GUI thread: the registrations and
    their saved plans are read on a worker, and until they arrive the form says it is
    loading and nothing can be typed or saved (Cancel still closes it)."""
    import threading
    from collections.abc import Iterator
    from contextlib import contextmanager

    from cpdlog.domain.practitioner import Registration

    window.app.profile.add_registration(Registration("coru", "SW1", dt.date(2020, 1, 1)))
    ReminderService(window.app).save_plan(ReminderPlan((21,), False), "coru")
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=10_000)  # the window settled
    gui = threading.get_ident()
    sessions: list[int] = []
    real_session = window.app.db.session

    @contextmanager
    def watched() -> Iterator[Any]:
        sessions.append(threading.get_ident())
        with real_session() as session:
            yield session

    release = threading.Event()
    real_plans = ReminderService.plans

    def held(self: ReminderService) -> dict[str, ReminderPlan]:
        assert release.wait(10)
        return real_plans(self)

    monkeypatch.setattr(window.app.db, "session", watched)
    monkeypatch.setattr(ReminderService, "plans", held)
    dialog = window.reminders.edit_settings()
    try:
        assert not dialog.ready
        assert dialog.message.text() == "Loading your reminder settings…"
        fields = (*form_fields(dialog), dialog.save_button)
        assert not any(field.isEnabled() for field in fields)
        cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        assert cancel is not None and cancel.isEnabled()
        assert dialog.save() is False  # nothing to save before the plans are on show
    finally:
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            release.set()
    assert sessions and gui not in sessions
    assert dialog.message.text() == ""
    assert all(field.isEnabled() for field in fields)
    assert dialog.days_edit.text() == "90, 30, 14, 3"  # the main registration's plan
    assert dialog.registration_combo.isVisibleTo(dialog)
    assert dialog.registration_combo.currentIndex() == 0 and dialog.registration_combo.count() == 2
    dialog.registration_combo.setCurrentIndex(1)
    assert dialog.days_edit.text() == "21" and not dialog.nudge_check.isChecked()
    assert gui not in sessions  # switching read nothing either
    dialog.reject()


def test_settings_that_cannot_be_read_are_said_and_the_form_stays_read_only(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cpdlog.errors import StorageError

    def unreadable(_self: ReminderService) -> dict[str, ReminderPlan]:
        raise StorageError("The journal could not be read.")

    monkeypatch.setattr(ReminderService, "plans", unreadable)
    dialog = window.reminders.edit_settings()
    with qtbot.waitSignal(dialog.load_failed, timeout=10_000) as failed:
        pass
    assert failed.args == ["The journal could not be read."]
    assert dialog.message.text() == "The journal could not be read."
    assert not dialog.ready and not dialog.save_button.isEnabled()
    assert not dialog.days_edit.isEnabled() and dialog.save() is False
    dialog.reject()


def test_each_registration_has_its_plan_and_nothing_typed_is_lost_when_switching(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    from cpdlog.domain.practitioner import Registration

    window.app.profile.add_registration(Registration("coru", "SW1", dt.date(2020, 1, 1)))
    dialog = opened(window, qtbot)
    combo = dialog.registration_combo
    assert combo.isVisibleTo(dialog)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Social Work England",
        "CORU – Social Workers Registration Board",
    ]
    dialog.days_edit.setText("60, 7")  # Social Work England's, not saved yet
    combo.setCurrentIndex(1)
    assert dialog.days_edit.text() == "90, 30, 14, 3"  # CORU's own (the default) plan
    dialog.days_edit.setText("45")
    dialog.nudge_check.setChecked(False)
    dialog.date_edit.setDate(QDate(2027, 2, 1))
    dialog.date_label_edit.setText("CORU audit")
    assert dialog.add_date()
    combo.setCurrentIndex(0)
    assert dialog.days_edit.text() == "60, 7" and dialog.dates_list.count() == 0
    combo.setCurrentIndex(1)
    assert dialog.days_edit.text() == "45" and not dialog.nudge_check.isChecked()
    assert dialog.dates_list.item(0).text() == "1 February 2027 – CORU audit"

    target = tmp_path / "cpd.ics"
    with qtbot.waitSignal(dialog.calendar_written, timeout=10_000):
        dialog.export_calendar(target)  # both registrations, as edited
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    alarms = {(str(e["summary"]), e.decoded("DTSTART")): len(e.walk("VALARM")) for e in events}
    assert alarms == {
        ("Social Work England CPD deadline", dt.date(2026, 11, 30)): 2,
        ("Social Work England CPD deadline", dt.date(2027, 11, 30)): 2,
        ("CORU – Social Workers Registration Board CPD deadline", dt.date(2026, 12, 31)): 1,
        ("CORU – Social Workers Registration Board CPD deadline", dt.date(2027, 12, 31)): 1,
        ("CORU audit", dt.date(2027, 2, 1)): 1,
    }

    service = ReminderService(window.app)
    assert service.plans() == {"swe": ReminderPlan(), "coru": ReminderPlan()}  # not yet saved
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        assert dialog.save()
    assert service.plan() == ReminderPlan((60, 7))
    saved = service.plan("coru")
    assert (saved.days_before, saved.monthly_nudge) == ((45,), False)
    assert [k.label for k in saved.key_dates] == ["CORU audit"]


def test_bad_days_for_the_other_registration_show_its_plan(window: MainWindow, qtbot: Any) -> None:
    from cpdlog.domain.practitioner import Registration

    window.app.profile.add_registration(Registration("coru", "SW1", dt.date(2020, 1, 1)))
    dialog = opened(window, qtbot)
    dialog.registration_combo.setCurrentIndex(1)
    dialog.days_edit.setText("soon")
    dialog.registration_combo.setCurrentIndex(0)
    assert dialog.save() is False
    assert dialog.registration_combo.currentIndex() == 1 and dialog.days_edit.text() == "soon"
    assert "'soon' is not a number of days" in dialog.message.text()
    assert ReminderService(window.app).plans() == {"swe": ReminderPlan(), "coru": ReminderPlan()}
    dialog.reject()


def test_one_registration_shows_no_choice(window: MainWindow, qtbot: Any) -> None:
    dialog = opened(window, qtbot)
    assert not dialog.registration_combo.isVisibleTo(dialog)
    dialog.reject()


def test_a_typed_date_label_stays_with_its_registration_and_is_saved(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 7, finding 9: a label typed but not added belongs to the registration it was
    typed for (and is saved with it); switching reads no plan from the database."""
    from PySide6.QtCore import QDate

    from cpdlog.domain.practitioner import Registration

    window.app.profile.add_registration(Registration("coru", "SW1", dt.date(2020, 1, 1)))
    dialog = opened(window, qtbot)

    def no_read(*_args: object) -> ReminderPlan:
        raise AssertionError("the plan was read again on the GUI thread")

    monkeypatch.setattr(ReminderService, "plan", no_read)
    monkeypatch.setattr(ReminderService, "plans", no_read)
    dialog.date_edit.setDate(QDate(2027, 3, 1))
    dialog.date_label_edit.setText("SWE audit")  # typed, "Add date" not pressed
    dialog.registration_combo.setCurrentIndex(1)
    assert dialog.date_label_edit.text() == ""  # not offered to CORU
    assert dialog.add_date() is False  # nothing typed for CORU to add
    dialog.registration_combo.setCurrentIndex(0)
    assert dialog.date_label_edit.text() == "SWE audit"
    assert dialog.date_edit.date() == QDate(2027, 3, 1)
    monkeypatch.undo()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        assert dialog.save()
    service = ReminderService(window.app)
    assert [(k.day, k.label) for k in service.plan().key_dates] == [
        (dt.date(2027, 3, 1), "SWE audit")
    ]
    assert service.plan("coru").key_dates == ()


def test_the_form_is_read_only_while_saving(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 7, finding 9: nothing can be typed while saving (it would not be saved)."""
    import threading

    release = threading.Event()
    started = threading.Event()
    real_save = ReminderService.save_plan

    def held(self: ReminderService, plan: ReminderPlan, regulator_id: str | None = None) -> Any:
        started.set()
        release.wait(10)
        return real_save(self, plan, regulator_id)

    monkeypatch.setattr(ReminderService, "save_plan", held)
    dialog = opened(window, qtbot)
    assert dialog.save()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    fields = (*form_fields(dialog), dialog.buttons)
    try:
        assert not any(field.isEnabled() for field in fields)
    finally:
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            release.set()
    assert all(field.isEnabled() for field in fields)


def test_add_to_my_calendar_names_a_registration_left_out(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    """Review 7, finding 3: a registration without the date its regulator counts from is left
    out of the calendar, said in the dialog; the others are written."""
    from cpdlog.domain.practitioner import Registration

    window.app.profile.add_registration(Registration("coru", "SW1", None))
    dialog = opened(window, qtbot)
    target = tmp_path / "cpd.ics"
    with qtbot.waitSignal(dialog.calendar_written, timeout=10_000) as written:
        dialog.export_calendar(target)
    assert written.args[0].events == 2 and target.exists()
    lines = dialog.message.text().splitlines()
    assert lines[0].startswith("Saved ")
    assert "CORU – Social Workers Registration Board" in lines[1]
    assert "profile add-registration --regulator coru --registered-on" in lines[1]
    dialog.reject()
