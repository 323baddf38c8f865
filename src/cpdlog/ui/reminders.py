"""Reminders while the app is open, and the reminder settings.

:class:`ReminderNotifier` asks the reminder service what is due when the journal opens and
then every hour (the service itself shows at most one notification a day). On Linux the
notification goes through the desktop's freedesktop notification service, elsewhere (or when
that fails) through the tray icon, and failing both in the status bar. The check and the D-Bus
call run on a worker.

:class:`ReminderSettingsDialog` edits the plan: the days before the deadline, the monthly
reminder about unfinished entries, "Add to my calendar…" (an .ics file) and "Remind me when I
log in" (cpdlog.autostart: XDG autostart, the Flatpak portal, the Run key or a LaunchAgent).
The saved plans are read, and saved, on a worker; the form is read-only until they arrive.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cpdlog import autostart
from cpdlog.domain.dates import long_date
from cpdlog.domain.reminders import KeyDate, ReminderPlan, parse_days
from cpdlog.errors import CpdlogError
from cpdlog.notify import send_notification
from cpdlog.ui.a11y import describe_button
from cpdlog.ui.icons import app_icon
from cpdlog.ui.text import tr_domain

if TYPE_CHECKING:
    from pathlib import Path

    from cpdlog.services.app import Clock
    from cpdlog.services.confidentiality import ConfidentialityService
    from cpdlog.services.reminders import ReminderCheck, ReminderService
    from cpdlog.ui.main_window import MainWindow
    from cpdlog.ui.tasks import TaskRunner

CHECK_INTERVAL_MS = 60 * 60 * 1000  # hourly: a new day is noticed soon after midnight
LOGIN_CHECK_SUPPORTED = sys.platform.startswith("linux")


def _deliver_in_worker(service: ReminderService, freedesktop: bool) -> tuple[ReminderCheck, bool]:
    """Runs on a worker: what is due, and (on Linux) the freedesktop notification."""
    check = service.check()
    delivered = False
    if check.notice is not None and freedesktop:
        delivered = send_notification(check.notice.title, check.notice.body)
        if delivered:
            service.mark_shown(check)
    return check, delivered


class SettingsLoaded(NamedTuple):
    """What the settings dialog shows, read on a worker when it opens."""

    registrations: list[tuple[str, str]]  # (regulator id, English name), the main one first
    plans: dict[str, ReminderPlan]  # every registration's saved plan
    login_check: bool  # whether the check at login is on


def _load_in_worker(service: ReminderService) -> SettingsLoaded:
    """Runs on a worker: the registrations, their saved plans and the check at login."""
    return SettingsLoaded(service.registration_names(), service.plans(), autostart.is_enabled())


class ReminderNotifier(QObject):
    """The window's reminder hook: a check at start and every hour, and the settings action."""

    checked = Signal(object)  # the ReminderCheck, after each check
    shown = Signal(str)  # the text shown, however it was shown

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("&Reminders…"), window)
        self.action.setStatusTip(
            self.tr("Choose when cpdlog reminds you, add your deadlines to your calendar")
        )
        self.action.setEnabled(False)
        self.action.triggered.connect(self.edit_settings)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        # An app drawn offscreen (tests, the bundle's smoke test) is on no desktop.
        self.freedesktop = LOGIN_CHECK_SUPPORTED and QGuiApplication.platformName() not in (
            "offscreen",
            "minimal",
        )
        self.tray: QSystemTrayIcon | None = None
        self._busy = False
        self.dialog: ReminderSettingsDialog | None = None

    @property
    def service(self) -> ReminderService:
        from cpdlog.services.reminders import ReminderService  # not before the journal opens

        return ReminderService(self.window.app)

    def start(self) -> None:
        self.tick()
        self.timer.start()

    def tick(self) -> None:
        if self._busy or self.window.app is None:
            return
        self._busy = True
        service, freedesktop = self.service, self.freedesktop
        self.window.tasks.start(
            lambda: _deliver_in_worker(service, freedesktop), self._checked, self._failed
        )

    def _failed(self, _error: BaseException) -> None:
        self._busy = False  # a reminder that cannot be worked out is not worth an error box

    def _checked(self, result: tuple[ReminderCheck, bool]) -> None:
        self._busy = False
        check, delivered = result
        notice = check.notice
        if check.problems:  # a registration whose reminders are off: said, not notified
            self.window.statusBar().showMessage(" ".join(check.problems), 60_000)
        if notice is not None:
            if not delivered:
                self._show_here(self.tr("CPD reminder"), notice.body)
                service = self.service
                self.window.tasks.start(lambda: service.mark_shown(check), None, self._failed)
            self.shown.emit(notice.body)
        self.checked.emit(check)

    def _show_here(self, title: str, body: str) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(app_icon(), self)
                self.tray.setToolTip(self.tr("cpdlog"))
                self.tray.messageClicked.connect(self._raise_window)
            self.tray.show()
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)
        else:
            self.window.statusBar().showMessage(body.replace("\n", " "), 60_000)

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def edit_settings(self) -> ReminderSettingsDialog:
        app = self.window.app
        dialog = ReminderSettingsDialog(
            self.service,
            app.clock,
            app.paths.home,
            self.window.tasks,
            self.window,
            confidentiality=app.confidentiality,
        )
        self.dialog = dialog
        dialog.open()
        return dialog


class ReminderSettingsDialog(QDialog):
    """The reminder settings of every registration. The saved plans are read on a worker when
    the dialog opens; until they arrive (``loaded``) the form says so and is read-only."""

    loaded = Signal()  # the saved plans are on show and the form can be edited
    load_failed = Signal(str)
    saved = Signal()
    calendar_written = Signal(object)  # the CalendarExport
    calendar_held = Signal(int)  # findings in the dates' labels were listed; nothing written
    calendar_failed = Signal(str)

    def __init__(
        self,
        service: ReminderService,
        clock: Clock,
        home: Path,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        confidentiality: ConfidentialityService | None = None,
    ) -> None:
        """``home``: the data folder, which the check at login is told to use;
        ``confidentiality``: the check of the dates' labels before a calendar file is written."""
        super().__init__(parent)
        self.service = service
        self.confidentiality = confidentiality
        self._calendar_confirmed: frozenset[tuple[str, str]] = frozenset()
        self.clock = clock
        self.home = home
        self.tasks = tasks
        self.setWindowTitle(self.tr("Reminders"))
        self.ready = False  # the saved plans have arrived and are on show
        self._registration = ""  # whose plan the form shows, once loaded
        # Each registration's plan as last shown in the form (days, nudge, dates, and the date
        # and label typed but not added yet), kept until Save or Cancel.
        self._drafts: dict[str, tuple[str, bool, list[KeyDate], QDate, str]] = {}
        # every registration's saved plan, read once on a worker: switching reads nothing
        self._saved_plans: dict[str, ReminderPlan] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "cpdlog can remind you before your CPD deadline. It tells you what is still "
                "needed, and shows at most one reminder a day."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.registration_combo = QComboBox(self)
        self.registration_combo.setAccessibleName(self.tr("Registration"))
        self.registration_combo.setAccessibleDescription(
            self.tr("Which of your registrations these reminders are for")
        )
        self.registration_combo.currentIndexChanged.connect(self._registration_chosen)
        form.addRow(self.tr("Reminders for your re&gistration with:"), self.registration_combo)
        self._registration_label = form.labelForField(self.registration_combo)
        self._show_registration_choice(False)  # until it is known there is a choice
        self.days_edit = QLineEdit(self)
        self.days_edit.setPlaceholderText(self.tr("for example 90, 30, 14, 3"))
        self.days_edit.setAccessibleName(self.tr("Days before the deadline"))
        self.days_edit.setAccessibleDescription(
            self.tr("Numbers of days, separated by commas, for reminders before your deadline")
        )
        form.addRow(self.tr("Remind me this many &days before:"), self.days_edit)
        layout.addLayout(form)

        self.nudge_check = QCheckBox(
            self.tr("Once a &month, remind me about unfinished entries (drafts)"), self
        )
        self.nudge_check.setAccessibleDescription(
            self.tr(
                "When ticked, cpdlog reminds you each month of the drafts you have not finished"
            )
        )
        layout.addWidget(self.nudge_check)

        dates_label = QLabel(
            self.tr("Other dates to be reminded of, such as an audit or CPD sampling date:"), self
        )
        dates_label.setWordWrap(True)
        layout.addWidget(dates_label)
        self.dates_list = QListWidget(self)
        self.dates_list.setAccessibleName(self.tr("Dates to be reminded of"))
        self.dates_list.setAccessibleDescription(
            self.tr("Your own dates, such as an audit, each with what it is for")
        )
        self.dates_list.setMaximumHeight(110)
        dates_label.setBuddy(self.dates_list)
        layout.addWidget(self.dates_list)
        add_row = QHBoxLayout()
        soon = self.clock().date() + dt.timedelta(days=30)
        self._first_day = QDate(soon.year, soon.month, soon.day)
        self.date_edit = QDateEdit(self._first_day, self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setAccessibleDescription(self.tr("The day of a date to add to the list"))
        self.date_label_edit = QLineEdit(self)
        self.date_label_edit.setPlaceholderText(self.tr("For example: CPD audit"))
        self.date_label_edit.setAccessibleName(self.tr("What the date is for"))
        self.date_label_edit.setAccessibleDescription(
            self.tr("A few words to say what happens on that day, such as CPD audit")
        )
        self.add_date_button = QPushButton(self.tr("&Add date"), self)
        self.add_date_button.setAccessibleDescription(
            self.tr("Adds the date and what it is for to the list")
        )
        self.add_date_button.clicked.connect(self.add_date)
        self.remove_date_button = QPushButton(self.tr("&Remove"), self)
        self.remove_date_button.setAccessibleDescription(
            self.tr("Takes the chosen date off the list")
        )
        self.remove_date_button.clicked.connect(self.remove_selected_date)
        add_row.addWidget(self.date_edit)
        add_row.addWidget(self.date_label_edit, 1)
        add_row.addWidget(self.add_date_button)
        add_row.addWidget(self.remove_date_button)
        layout.addLayout(add_row)
        self._key_dates: list[KeyDate] = []
        self._fill_dates()

        self.login_check = QCheckBox(
            self.tr("Remind me when I &log in, even when cpdlog is closed"), self
        )
        self.login_check.setAccessibleDescription(
            self.tr(
                "When ticked, reminders that are due appear as you log in, even with cpdlog closed"
            )
        )
        self.login_check.setVisible(autostart.SUPPORTED)
        layout.addWidget(self.login_check)

        self.calendar_button = QPushButton(self.tr("Add to my &calendar…"), self)
        self.calendar_button.setToolTip(
            self.tr(
                "Save a calendar file with your deadlines and reminders. Open it with your "
                "phone or computer calendar; saving it again later updates the same events."
            )
        )
        self.calendar_button.clicked.connect(self._choose_calendar_file)
        layout.addWidget(self.calendar_button)

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save_button is not None
        self.save_button = save_button
        save_button.setAccessibleDescription(self.tr("Keeps these reminder settings"))
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Cancel,
            self.tr("Closes this window without changing your reminders"),
        )

        self._set_editable(False)  # Cancel still closes it
        self.message.setText(self.tr("Loading your reminder settings…"))
        self.tasks.start(lambda: _load_in_worker(service), self._loaded, self._load_failed)

    def _show_registration_choice(self, shown: bool) -> None:
        self.registration_combo.setVisible(shown)
        if self._registration_label is not None:
            self._registration_label.setVisible(shown)

    def _loaded(self, result: SettingsLoaded) -> None:
        if not isValid(self):
            return  # closed and deleted before the plans arrived
        self._saved_plans = result.plans
        self._registration = result.registrations[0][0]
        self.registration_combo.blockSignals(True)  # the first item is not a switch
        for regulator_id, name in result.registrations:
            self.registration_combo.addItem(tr_domain(name), regulator_id)
        self.registration_combo.blockSignals(False)
        self._show_registration_choice(len(result.registrations) > 1)
        self._show_form(*self._saved_form(self._registration))
        self.login_check.setChecked(result.login_check)
        self.message.clear()
        self.ready = True
        self._set_editable(True)
        self.days_edit.setFocus()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        text = (
            str(error)
            if isinstance(error, CpdlogError)
            else self.tr("Your reminder settings could not be read.")
        )
        self.message.setText(text)  # the form stays read-only: there is nothing to edit
        self.load_failed.emit(text)

    def _saved_form(self, regulator_id: str) -> tuple[str, bool, list[KeyDate], QDate, str]:
        """A registration's saved plan as the form shows it, nothing typed yet."""
        plan = self._saved_plans.get(regulator_id, ReminderPlan())
        days = ", ".join(str(d) for d in plan.days_before)
        return days, plan.monthly_nudge, list(plan.key_dates), self._first_day, ""

    def _show_form(
        self, days: str, nudge: bool, key_dates: list[KeyDate], day: QDate, label: str
    ) -> None:
        self.days_edit.setText(days)
        self.nudge_check.setChecked(nudge)
        self.date_edit.setDate(day)
        self.date_label_edit.setText(label)  # what was typed for this registration only
        self._key_dates = list(key_dates)
        self._fill_dates()

    def _registration_chosen(self, index: int) -> None:
        """Show another registration's plan; what was typed for the one left is kept."""
        chosen = self.registration_combo.itemData(index)
        if not isinstance(chosen, str) or chosen == self._registration:
            return
        self._keep_draft()
        self._registration = chosen
        self._show_form(
            *(self._drafts[chosen] if chosen in self._drafts else self._saved_form(chosen))
        )
        self.message.clear()

    def _keep_draft(self) -> None:
        self._drafts[self._registration] = (
            self.days_edit.text(),
            self.nudge_check.isChecked(),
            list(self._key_dates),
            self.date_edit.date(),
            self.date_label_edit.text(),
        )

    def plans_from_form(self) -> dict[str, ReminderPlan]:
        """The plan of every registration shown in the dialog (the one on show and any other
        edited since it opened), with a date whose label was typed but not added yet; raises
        ValidationError for days or a date it cannot use, with that registration's plan on
        show."""
        self._keep_draft()
        plans: dict[str, ReminderPlan] = {}
        for regulator_id, (days, nudge, key_dates, day, label) in self._drafts.items():
            try:
                typed = (
                    [KeyDate(dt.date(day.year(), day.month(), day.day()), label)]
                    if label.strip()
                    else []
                )
                plans[regulator_id] = ReminderPlan(parse_days(days), nudge, (*key_dates, *typed))
            except CpdlogError:
                index = self.registration_combo.findData(regulator_id)
                if index >= 0:
                    self.registration_combo.setCurrentIndex(index)
                raise
        return plans

    def _fill_dates(self) -> None:
        self.dates_list.clear()
        for key_date in self._key_dates:
            item = QListWidgetItem(
                self.tr("{date} – {what}").format(date=long_date(key_date.day), what=key_date.label)
            )
            self.dates_list.addItem(item)
        self.remove_date_button.setEnabled(bool(self._key_dates))

    def add_date(self) -> bool:
        chosen = self.date_edit.date()
        day = dt.date(chosen.year(), chosen.month(), chosen.day())
        try:
            key_date = KeyDate(day, self.date_label_edit.text())
            plan = ReminderPlan(key_dates=(*self._key_dates, key_date))  # checks the limits
        except CpdlogError as exc:
            self.message.setText(str(exc))
            return False
        self._key_dates = list(plan.key_dates)
        self._fill_dates()
        self.date_label_edit.clear()
        self.message.clear()
        return True

    def remove_selected_date(self) -> None:
        row = self.dates_list.currentRow()
        if 0 <= row < len(self._key_dates):
            del self._key_dates[row]
            self._fill_dates()

    def plan_from_form(self) -> ReminderPlan:
        """The plan as shown in the dialog; raises ValidationError for days it cannot use."""
        return ReminderPlan(
            parse_days(self.days_edit.text()),
            self.nudge_check.isChecked(),
            tuple(self._key_dates),
        )

    def save(self) -> bool:
        """Check the form, then save the plan and set the check at login on a worker (under
        Flatpak that asks the desktop's portal, which may wait for the user to answer); the
        dialog closes when it is done (``saved``). False, with the reason shown, if the form
        cannot be used (or the saved plans have not arrived yet)."""
        if not self.ready:
            return False
        try:
            plans = self.plans_from_form()
        except CpdlogError as exc:
            self.message.setText(str(exc))
            return False
        wanted = self.login_check.isChecked() if autostart.SUPPORTED else None
        service, home = self.service, self.home

        def work() -> None:
            for regulator_id, plan in plans.items():
                service.save_plan(plan, regulator_id)
            if wanted is not None and wanted != autostart.is_enabled():
                if wanted:
                    autostart.enable(autostart.remind_command(home))
                else:
                    autostart.disable()

        self._set_editable(False)  # nothing typed while saving would be saved
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        self.tasks.start(work, lambda _none: self._saved(), self._save_failed)
        return True

    def _set_editable(self, editable: bool) -> None:
        """The form and Save on or off; Cancel is left as it is."""
        for widget in (
            self.save_button,
            self.registration_combo,
            self.days_edit,
            self.nudge_check,
            self.dates_list,
            self.date_edit,
            self.date_label_edit,
            self.add_date_button,
            self.login_check,
            self.calendar_button,
        ):
            widget.setEnabled(editable)
        self.remove_date_button.setEnabled(editable and bool(self._key_dates))

    def _saved(self) -> None:
        self.buttons.setEnabled(True)
        self._set_editable(True)
        self.message.clear()
        self.saved.emit()
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._set_editable(True)  # everything typed is still there to try again
        self.message.setText(
            str(error)
            if isinstance(error, CpdlogError)
            else self.tr("Your reminder settings could not be saved.")
        )

    def _choose_calendar_file(self) -> None:
        suggested = str(Path.home() / "cpd-deadlines.ics")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save your CPD calendar as"), suggested, self.tr("Calendar (*.ics)")
        )
        if chosen:
            path = Path(chosen)
            self.export_calendar(path if path.suffix else path.with_suffix(".ics"))

    def export_calendar(self, path: Path) -> None:
        """Write the .ics on a worker, for every registration's plan as shown in the dialog
        (saved or not); nothing before the saved plans have arrived."""
        if not self.ready:
            return
        try:
            plans = self.plans_from_form()
        except CpdlogError as exc:
            self.message.setText(str(exc))
            return
        self.calendar_button.setEnabled(False)
        service, checker = self.service, self.confidentiality
        confirmed = self._calendar_confirmed

        def work() -> Any:
            if checker is not None:  # the labels are the practitioner's own words
                found = checker.gate_key_dates(service.key_date_labels(plans))
                if found and not {(place, f.fingerprint) for place, f in found} <= confirmed:
                    return found  # listed first; choosing the button again writes the file
            return service.export_calendar(path, plans=plans)

        self.tasks.start(work, self._calendar_done, self._calendar_error)

    def _calendar_done(self, result: Any) -> None:
        self.calendar_button.setEnabled(True)
        if isinstance(result, list):
            self._calendar_confirmed = frozenset((place, f.fingerprint) for place, f in result)
            lines = [
                self.tr("{place}: {label} “{words}”").format(
                    place=place, label=tr_domain(f.label), words=f.text
                )
                for place, f in result
            ]
            self.message.setText(
                "\n".join(
                    [
                        self.tr("A date you added could identify someone:"),
                        *lines,
                        self.tr(
                            "Change it, or choose Add to my calendar again to include it anyway."
                        ),
                    ]
                )
            )
            self.calendar_held.emit(len(result))
            return
        saved = self.tr("Saved {path}. Open it with your calendar to add your deadlines.").format(
            path=result.path
        )
        # a registration whose deadlines could not be worked out, and how to fix it
        self.message.setText("\n".join([saved, *result.skipped]))
        self.calendar_written.emit(result)

    def _calendar_error(self, error: BaseException) -> None:
        self.calendar_button.setEnabled(True)
        text = (
            str(error)
            if isinstance(error, CpdlogError)
            else self.tr("The calendar file could not be saved: {error}").format(error=error)
        )
        self.message.setText(text)
        self.calendar_failed.emit(text)
