"""``cpdlog remind`` (the login check and its settings) and ``cpdlog calendar export``.

``cpdlog remind`` shows at most one desktop notification a day, only when something is due,
then exits. It never needs Qt: notifications go over D-Bus (see :mod:`cpdlog.notify`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog.cli.common import print_json
from cpdlog.i18n import plural, tr

CLI_CONTEXT = "cpdlog.cli"  # what the commands print (cpdlog.i18n; saved language or --language)

if TYPE_CHECKING:
    from cpdlog.domain.reminders import KeyDate, ReminderPlan
    from cpdlog.services.app import App
    from cpdlog.services.reminders import ReminderService


def register(commands: Any) -> None:
    remind = commands.add_parser(
        "remind",
        help=tr(CLI_CONTEXT, "show a notification if any CPD is due today (at most one a day)"),
        description=tr(
            CLI_CONTEXT,
            "Show a desktop notification if a CPD deadline, a date you added or unfinished "
            "entries need attention today, then exit. At most one notification a day; nothing "
            "is shown when nothing is due.",
        ),
    )
    remind.add_argument(
        "--dry-run",
        action="store_true",
        help=tr(CLI_CONTEXT, "print what would be shown, and show nothing"),
    )
    remind.set_defaults(handler=cmd_remind)
    rsub = remind.add_subparsers(dest="remind_command", metavar="<command>")

    settings = rsub.add_parser(
        "settings", help=tr(CLI_CONTEXT, "show or change when you are reminded")
    )
    settings.add_argument(
        "--days",
        metavar="LIST",
        help=tr(
            CLI_CONTEXT, "days before the deadline to remind you, e.g. 90,30,14,3 ('' for none)"
        ),
    )
    settings.add_argument(
        "--monthly-nudge",
        choices=("on", "off"),
        help=tr(CLI_CONTEXT, "a monthly reminder when entries are unfinished (drafts)"),
    )
    settings.add_argument(
        "--add-date",
        nargs=2,
        action="append",
        default=[],
        metavar=("YYYY-MM-DD", "WHAT"),
        help=tr(CLI_CONTEXT, "a date to be reminded of, such as an audit or sampling date"),
    )
    settings.add_argument(
        "--remove-date",
        action="append",
        default=[],
        metavar="YYYY-MM-DD",
        help=tr(CLI_CONTEXT, "forget a date you added"),
    )
    settings.add_argument(
        "--registration",
        metavar="REGULATOR",
        help=tr(
            CLI_CONTEXT,
            "the registration whose reminders to show or change, e.g. sssc (default: your main "
            "registration)",
        ),
    )
    settings.add_argument(
        "--json", action="store_true", help=tr(CLI_CONTEXT, "print the settings as JSON")
    )
    settings.set_defaults(handler=cmd_remind_settings)

    login = rsub.add_parser(
        "login",
        help=tr(
            CLI_CONTEXT,
            "turn the check at login on or off (XDG autostart on Linux, the Background portal "
            "under Flatpak, the Run key on Windows, a LaunchAgent on macOS)",
        ),
    )
    login.add_argument("state", choices=("on", "off", "status"))
    login.set_defaults(handler=cmd_remind_login)

    calendar = commands.add_parser(
        "calendar", help=tr(CLI_CONTEXT, "your CPD deadlines as a calendar file")
    )
    csub = calendar.add_subparsers(dest="calendar_command", metavar="<command>", required=True)
    export = csub.add_parser(
        "export",
        help=tr(
            CLI_CONTEXT, "write an iCalendar (.ics) file with the deadlines and reminder alarms"
        ),
        description=tr(
            CLI_CONTEXT,
            "Write an iCalendar file with your CPD deadlines, the dates you added and an alarm "
            "for each reminder day. Import it into your phone or computer calendar; importing "
            "a newer file updates the events instead of adding copies.",
        ),
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    from cpdlog.cli.check import add_allow_identifiers

    add_allow_identifiers(export)
    export.set_defaults(handler=cmd_calendar_export)


def _service(app: App) -> ReminderService:
    from cpdlog.services.reminders import ReminderService

    return ReminderService(app)


def cmd_remind(args: argparse.Namespace, app: App) -> int:
    from cpdlog.notify import send_notification

    service = _service(app)
    check = service.check()
    notice = check.notice
    if args.dry_run:
        if notice is not None:
            print(tr(CLI_CONTEXT, "{title}:").format(title=notice.title))
            for line in notice.body.splitlines():  # with the count of other deadlines due
                print(f"  {line}")
        elif check.already_today:
            print(
                tr(
                    CLI_CONTEXT,
                    "Nothing more would be shown today: a reminder was already shown today.",
                )
            )
        else:
            print(tr(CLI_CONTEXT, "Nothing is due today, so nothing would be shown."))
        for problem in check.problems:  # each names its registration
            print(problem)
        return 0
    for problem in check.problems:  # the login check: said, but not as a notification
        print(f"cpdlog: {problem}", file=sys.stderr)
    if notice is None:
        return 0
    if send_notification(notice.title, notice.body):
        service.mark_shown(check)
    elif sys.stdout.isatty():
        print(tr(CLI_CONTEXT, "{title}:").format(title=notice.title))
        print(notice.body)
        service.mark_shown(check)
    return 0


def _parse_key_dates(pairs: list[list[str]]) -> list[KeyDate]:
    from cpdlog.domain.entry import parse_date
    from cpdlog.domain.reminders import KeyDate

    return [KeyDate(parse_date(day, "date"), label) for day, label in pairs]


def _describe_days(days: tuple[int, ...]) -> str:
    if not days:
        return tr(CLI_CONTEXT, "none")
    words = [str(d) for d in days]
    joined = (
        words[0]
        if len(words) == 1
        else tr(CLI_CONTEXT, "{items} and {last}").format(
            items=", ".join(words[:-1]), last=words[-1]
        )
    )
    return tr(CLI_CONTEXT, "{days} days before the deadline").format(days=joined)


def _on_off(on: bool) -> str:
    return tr(CLI_CONTEXT, "on") if on else tr(CLI_CONTEXT, "off")


def plan_to_dict(plan: ReminderPlan, login: bool) -> dict[str, Any]:
    return {**plan.to_dict(), "login_check": login}


def cmd_remind_settings(args: argparse.Namespace, app: App) -> int:
    from cpdlog import autostart
    from cpdlog.domain.dates import long_date
    from cpdlog.domain.entry import parse_date
    from cpdlog.domain.reminders import parse_days
    from cpdlog.errors import ValidationError

    service = _service(app)
    regulator_id: str | None = None
    if args.registration is not None:
        regulator_id = args.registration.strip().lower()
        held = service.registrations()
        if regulator_id not in held:
            raise ValidationError(
                tr(
                    CLI_CONTEXT,
                    "You have no registration with {regulator}. Your registrations: {held}.",
                ).format(regulator=args.registration, held=", ".join(held))
            )
    changing = (
        args.days is not None or args.monthly_nudge is not None or args.add_date or args.remove_date
    )
    if changing:
        plan = service.update_plan(
            days_before=parse_days(args.days) if args.days is not None else None,
            monthly_nudge=None if args.monthly_nudge is None else args.monthly_nudge == "on",
            add_dates=_parse_key_dates(args.add_date),
            remove_dates=[parse_date(d, "date") for d in args.remove_date],
            regulator_id=regulator_id,
        )
    else:
        plan = service.plan(regulator_id)
    login = autostart.is_enabled()
    if args.json:
        print_json(plan_to_dict(plan, login))
        return 0
    if changing:
        print(tr(CLI_CONTEXT, "Reminder settings saved."))
    name = tr("cpdlog", app.profile.requirement_profile(regulator_id).name)
    print(
        tr(CLI_CONTEXT, "Reminders ({name}): {days}").format(
            name=name, days=_describe_days(plan.days_before)
        )
    )
    print(
        tr(CLI_CONTEXT, "Monthly reminder about unfinished entries: {state}").format(
            state=_on_off(plan.monthly_nudge)
        )
    )
    if plan.key_dates:
        print(tr(CLI_CONTEXT, "Dates you added:"))
        for key_date in plan.key_dates:
            print(f"  {key_date.day.isoformat()}  {key_date.label} ({long_date(key_date.day)})")
    print(tr(CLI_CONTEXT, "Check at login: {state}").format(state=_on_off(login)))
    return 0


def cmd_remind_login(args: argparse.Namespace, app: App) -> int:
    from cpdlog import autostart

    if args.state == "status":
        on = autostart.is_enabled()
        print(
            tr(CLI_CONTEXT, "Check at login: on ({where})").format(where=autostart.location())
            if on
            else tr(CLI_CONTEXT, "Check at login: {state}").format(state=_on_off(False))
        )
        return 0
    if args.state == "on":
        where = autostart.enable(autostart.remind_command(app.paths.home))
        print(
            tr(CLI_CONTEXT, "cpdlog will check for due CPD each time you log in ({where}).").format(
                where=where
            )
        )
        return 0
    if autostart.disable():
        print(tr(CLI_CONTEXT, "cpdlog will no longer check at login."))
    else:
        print(tr(CLI_CONTEXT, "The check at login was already off."))
    return 0


def cmd_calendar_export(args: argparse.Namespace, app: App) -> int:
    from cpdlog.cli.check import calendar_gate

    service = _service(app)
    # confidentiality gate: the dates' labels are the practitioner's own words
    if not calendar_gate(app, service.key_date_labels(), args.allow_identifiers):
        return 1
    result = service.export_calendar(args.output)
    events = plural(CLI_CONTEXT, result.events, "%n date", "%n dates")
    alarms = plural(CLI_CONTEXT, result.alarms, "%n reminder", "%n reminders")
    print(
        tr(CLI_CONTEXT, "Wrote {path} ({events}, {alarms}). Import it into your calendar.").format(
            path=result.path, events=events, alarms=alarms
        )
    )
    for line in result.skipped:  # a registration whose deadlines are not in the file
        print(f"cpdlog: {line}", file=sys.stderr)
    return 0
