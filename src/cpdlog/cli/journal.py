"""``cpdlog progress``, ``profile``, ``trash`` and the reference lists (types, templates...)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog.cli.common import bounded_int, count, entry_id, hours, print_json, shorten, year
from cpdlog.i18n import plural, tr

if TYPE_CHECKING:
    from cpdlog.domain.entry import Entry
    from cpdlog.domain.progress import ProgressReport
    from cpdlog.domain.review import SignoffState
    from cpdlog.services.app import App


def register(commands: Any) -> None:
    progress = commands.add_parser(
        "progress", help=tr(CLI_CONTEXT, "progress towards your regulator's requirements")
    )
    progress.add_argument(
        "--regulator",
        metavar="ID",
        help=tr(CLI_CONTEXT, "e.g. swe, niscc, coru, aasw, swrb, ca-bbs, custom"),
    )
    progress.add_argument(
        "--period",
        type=year,
        metavar="YYYY",
        help=tr(CLI_CONTEXT, "the period that ends in this year"),
    )
    progress.add_argument("--json", action="store_true")
    progress.set_defaults(handler=cmd_progress)

    profile = commands.add_parser(
        "profile", help=tr(CLI_CONTEXT, "your name, registration and regulator")
    )
    psub = profile.add_subparsers(dest="profile_command", metavar="<action>", required=True)
    show = psub.add_parser("show", help=tr(CLI_CONTEXT, "show your profile"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_profile_show)
    pset = psub.add_parser(
        "set", help=tr(CLI_CONTEXT, "change your profile (only the options you give)")
    )
    pset.add_argument("--name")
    pset.add_argument("--regulator", metavar="ID")
    pset.add_argument("--registration-number")
    pset.add_argument("--registered-on", metavar="YYYY-MM-DD")
    pset.add_argument(
        "--custom-name", help=tr(CLI_CONTEXT, "name of your own requirements (regulator custom)")
    )
    pset.add_argument(
        "--custom-period-start",
        metavar="MM-DD",
        help=tr(CLI_CONTEXT, "start of each yearly period"),
    )
    pset.add_argument(
        "--custom-period-from-registration",
        action="store_true",
        help=tr(CLI_CONTEXT, "count periods from your registration date instead"),
    )
    pset.add_argument("--custom-period-years", type=bounded_int(1, 10), metavar="N")
    pset.add_argument("--custom-min-entries", type=count, metavar="N")
    pset.add_argument("--custom-min-hours", type=hours, metavar="H")
    pset.add_argument("--custom-min-peer", type=count, metavar="N")
    pset.add_argument("--custom-min-reflections", type=count, metavar="N")
    pset.set_defaults(handler=cmd_profile_set)
    padd = psub.add_parser(
        "add-registration",
        help=tr(CLI_CONTEXT, "add another registration, e.g. a US state licence"),
    )
    padd.add_argument("--regulator", metavar="ID", required=True)
    padd.add_argument("--registration-number", default="")
    padd.add_argument("--registered-on", metavar="YYYY-MM-DD")
    padd.add_argument(
        "--birth-month",
        type=int,
        metavar="1-12",
        help=tr(CLI_CONTEXT, "where renewal follows your birth month"),
    )
    padd.add_argument("--license-type", default="", help=tr(CLI_CONTEXT, "e.g. LMSW, LCSW"))
    padd.set_defaults(handler=cmd_profile_add_registration)
    prem = psub.add_parser(
        "remove-registration", help=tr(CLI_CONTEXT, "remove a registration you added")
    )
    prem.add_argument("regulator", metavar="ID")
    prem.set_defaults(handler=cmd_profile_remove_registration)

    trash = commands.add_parser("trash", help=tr(CLI_CONTEXT, "entries you deleted"))
    tsub = trash.add_subparsers(dest="trash_command", metavar="<action>", required=True)
    tlist = tsub.add_parser("list", help=tr(CLI_CONTEXT, "list the trash"))
    tlist.add_argument("--json", action="store_true")
    tlist.set_defaults(handler=cmd_trash_list)
    tpurge = tsub.add_parser(
        "purge", help=tr(CLI_CONTEXT, "delete one entry in the trash for good")
    )
    tpurge.add_argument("id", type=entry_id)
    tpurge.set_defaults(handler=cmd_trash_purge)
    tempty = tsub.add_parser(
        "empty", help=tr(CLI_CONTEXT, "delete everything in the trash for good")
    )
    tempty.add_argument(
        "--yes", action="store_true", required=True, help=tr(CLI_CONTEXT, "confirm")
    )
    tempty.set_defaults(handler=cmd_trash_empty)

    types = commands.add_parser("types", help=tr(CLI_CONTEXT, "list activity types"))
    types.add_argument("--json", action="store_true")
    types.set_defaults(handler=cmd_types, no_app=True)

    topics = commands.add_parser(
        "topics", help=tr(CLI_CONTEXT, "list learning topics (for --topic)")
    )
    topics.add_argument("--json", action="store_true")
    topics.set_defaults(handler=cmd_topics, no_app=True)

    standards = commands.add_parser(
        "standards", help=tr(CLI_CONTEXT, "list professional standards")
    )
    standards.add_argument(
        "--framework",
        metavar="ID",
        help=tr(CLI_CONTEXT, "e.g. swe, pcf, hcpc, sssc-workers, scw or niscc"),
    )
    standards.add_argument("--json", action="store_true")
    standards.set_defaults(handler=cmd_standards, no_app=True)

    regulators = commands.add_parser(
        "regulators", help=tr(CLI_CONTEXT, "list requirement profiles")
    )
    regulators.add_argument("--json", action="store_true")
    regulators.set_defaults(handler=cmd_regulators, no_app=True)

    templates = commands.add_parser("templates", help=tr(CLI_CONTEXT, "reflection templates"))
    tmsub = templates.add_subparsers(dest="templates_command", metavar="<action>", required=True)
    tml = tmsub.add_parser("list", help=tr(CLI_CONTEXT, "list templates and their sections"))
    tml.add_argument("--json", action="store_true")
    tml.set_defaults(handler=cmd_templates_list)
    tma = tmsub.add_parser("add", help=tr(CLI_CONTEXT, "add your own template from a TOML file"))
    tma.add_argument("file", type=Path)
    tma.set_defaults(handler=cmd_templates_add)


# --- progress ---------------------------------------------------------------------------------
def progress_to_dict(report: ProgressReport) -> dict[str, Any]:
    return {
        "regulator": report.profile.id,
        "regulator_name": report.profile.name,
        "unit": report.profile.unit,
        "period": {"start": report.period.start.isoformat(), "end": report.period.end.isoformat()},
        "deadline": report.deadline.isoformat(),
        "days_left": report.days_left,
        "met": report.met,
        "total_hours": report.total_hours,
        "rules": [
            {
                "id": r.rule.id,
                "kind": r.rule.kind.value,
                "label": r.rule.label,
                "required": r.required,
                "actual": r.actual,
                "remaining": r.remaining,
                "met": r.met,
                "status": r.status,
                "entries": list(r.entry_ids),
                "sentence": report.sentence(r),
                "to_close": report.closing(r),
                "carried_in": r.carried_in,
                "not_counted_over_cap": r.capped_out,
                "not_due": r.not_due or None,
                "confirmed": r.rule.confirmed,
            }
            for r in report.rules
        ],
        "warnings": [
            {
                "kind": w.kind.value,
                "entry_id": w.entry_id,
                "other_entry_id": w.other_entry_id,
                "message": w.message,
            }
            for w in report.warnings
        ],
        "counted_entries": [e.id for e in report.counted],
        "drafts": [e.id for e in report.drafts],
        "declaration_only": report.declaration_only,
        "outcome": report.outcome(),
        "registration_number": report.registration.registration_number
        if report.registration
        else "",
    }


def _mark(status: str) -> str:

    if status == "done":
        return tr(CLI_CONTEXT, "[done]")
    if status == "to-do":
        return tr(CLI_CONTEXT, "[to do]")
    return tr(CLI_CONTEXT, "[declare]")


CLI_CONTEXT = "cpdlog.cli"  # the progress report's own wording (cpdlog.i18n; --language)


def cmd_progress(args: argparse.Namespace, app: App) -> int:
    if args.regulator:
        regulators = [args.regulator.strip().lower()]
    else:
        regulators = [r.regulator_id for r in app.profile.registrations()]
    documents = []
    reports = []
    for index, regulator in enumerate(regulators):
        report = app.progress.report(regulator, args.period)
        reports.append(report)
        ended = app.progress.just_ended(regulator) if args.period is None else None
        previous = app.progress.report(regulator, period=ended) if ended is not None else None
        signed = app.review.states([*report.counted, *report.drafts])
        if args.json:
            data = progress_to_dict(report)
            data["just_ended"] = progress_to_dict(previous) if previous is not None else None
            data["signed_off"] = {
                "entries": sorted(signed),
                "changed_since": sorted(i for i, s in signed.items() if s.changed),
            }
            documents.append(data)
            continue
        if index:
            print()
            print("-" * 60)
            print()
        _print_progress(report, previous)
        _print_signoffs([*report.counted, *report.drafts], signed)
    if args.period is None and not args.regulator:
        app.team.publish_after_progress(reports)  # on a team server: the lead's figures
    if args.json:
        first = dict(documents[0])
        first["registrations"] = documents  # every registration, the main one first
        print_json(first)
    return 0


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _print_progress(report: ProgressReport, previous: ProgressReport | None) -> None:
    from cpdlog.domain.dates import long_date

    if previous is not None:
        print(
            tr(CLI_CONTEXT, "The period just ended: {period}").format(
                period=previous.period.label()
            )
        )
        print(f"  {previous.outcome()}")
        print(f"  {_first_upper(previous.counted_summary())}.")
        print(
            "  "
            + tr(
                CLI_CONTEXT,
                "Export its portfolio with `cpdlog export pdf -o FILE --from {start} --to {end}`.",
            ).format(start=previous.period.start.isoformat(), end=previous.period.end.isoformat())
        )
        print()
    number = report.registration.registration_number if report.registration else ""
    name = tr("cpdlog", report.profile.name)
    print(f"{name}{f' ({number})' if number else ''}: {report.period.label()}")
    days = report.days_left
    if days > 0:
        when = plural("cpdlog.progress", days, "%n day left", "%n days left")
    elif days == 0:
        when = tr("cpdlog.progress", "today is the last day")
    else:
        when = tr(CLI_CONTEXT, "the deadline has passed")
    print(
        tr(CLI_CONTEXT, "Deadline: {date}, {time} ({when})").format(
            date=long_date(report.deadline), time=f"{report.deadline:%H:%M}", when=when
        )
    )
    print(f"{_first_upper(report.counted_summary())}.")
    if report.deadline_passed or report.declaration_only:
        print(report.outcome())
    print()
    for r in report.rules:
        mark = _mark(r.status)
        label = tr("cpdlog", r.rule.label)
        if r.declaration:
            print(f"{mark} {label}")
        else:
            print(
                tr(CLI_CONTEXT, "{mark} {label}: {actual} of {required}").format(
                    mark=mark, label=label, actual=f"{r.actual:g}", required=f"{r.required:g}"
                )
            )
        print(f"       {report.sentence(r)}")
        closing = report.closing(r)
        if closing and not r.declaration:
            print("       " + tr(CLI_CONTEXT, "To close it: {closing}").format(closing=closing))
    if report.warnings:
        print()
        print(tr(CLI_CONTEXT, "Things a regulator may question:"))
        for w in report.warnings:
            ref = (
                tr(CLI_CONTEXT, "entry {id}: ").format(id=w.entry_id)
                if w.entry_id is not None
                else ""
            )
            print(f"  - {ref}{w.message}")


def _print_signoffs(entries: list[Entry], signed: dict[int, SignoffState]) -> None:
    from cpdlog.domain.review import progress_lines

    lines = progress_lines(entries, signed)
    if lines:
        print()
        print("\n".join(lines))


# --- profile ----------------------------------------------------------------------------------
def cmd_profile_show(args: argparse.Namespace, app: App) -> int:
    p = app.profile.get()
    if args.json:
        print_json(p.to_dict())
        return 0
    req = app.profile.requirement_profile()
    labels = {
        "name": tr(CLI_CONTEXT, "Name:"),
        "number": tr(CLI_CONTEXT, "Registration number:"),
        "regulator": tr(CLI_CONTEXT, "Regulator:"),
        "registered": tr(CLI_CONTEXT, "Registered on:"),
        "also": tr(CLI_CONTEXT, "Also registered:"),
        "home": tr(CLI_CONTEXT, "Data folder:"),
    }
    width = max(len(label) for label in labels.values()) + 1
    not_set = tr(CLI_CONTEXT, "(not set)")
    print(f"{labels['name']:{width}}{p.name or not_set}")
    print(f"{labels['number']:{width}}{p.registration_number or not_set}")
    print(f"{labels['regulator']:{width}}{tr('cpdlog', req.name)} ({p.regulator_id})")
    registered = p.registered_on.isoformat() if p.registered_on else not_set
    print(f"{labels['registered']:{width}}{registered}")
    for reg in p.all_registrations()[1:]:
        extra = ", ".join(
            x
            for x in (
                reg.license_type,
                reg.registration_number,
                tr(CLI_CONTEXT, "registered {date}").format(date=reg.registered_on.isoformat())
                if reg.registered_on
                else "",
            )
            if x
        )
        print(f"{labels['also']:{width}}{reg.regulator_id}{f' ({extra})' if extra else ''}")
    print(f"{labels['home']:{width}}{app.paths.home}")
    return 0


def cmd_profile_add_registration(args: argparse.Namespace, app: App) -> int:
    from cpdlog.domain.entry import parse_date
    from cpdlog.domain.practitioner import Registration
    from cpdlog.errors import ValidationError

    if args.birth_month is not None and not 1 <= args.birth_month <= 12:
        raise ValidationError(tr(CLI_CONTEXT, "A birth month is a number from 1 to 12."))
    reg = Registration(
        regulator_id=args.regulator.strip().lower(),
        registration_number=args.registration_number.strip(),
        registered_on=parse_date(args.registered_on, tr(CLI_CONTEXT, "registration date"))
        if args.registered_on
        else None,
        birth_month=args.birth_month,
        license_type=args.license_type.strip(),
    )
    app.profile.add_registration(reg)
    name = tr("cpdlog", app.profile.requirement_profile(reg.regulator_id).name)
    print(tr(CLI_CONTEXT, "Added your registration with {regulator}.").format(regulator=name))
    return 0


def cmd_profile_remove_registration(args: argparse.Namespace, app: App) -> int:
    app.profile.remove_registration(args.regulator.strip().lower())
    print(tr(CLI_CONTEXT, "Registration removed."))
    return 0


def cmd_profile_set(args: argparse.Namespace, app: App) -> int:
    from cpdlog.domain.entry import parse_date
    from cpdlog.domain.requirements import PeriodKind

    changes: dict[str, Any] = {}
    if args.name is not None:
        changes["name"] = args.name.strip()
    if args.regulator is not None:
        changes["regulator_id"] = args.regulator.strip().lower()
    if args.registration_number is not None:
        changes["registration_number"] = args.registration_number.strip()
    if args.registered_on is not None:
        changes["registered_on"] = (
            parse_date(args.registered_on, tr(CLI_CONTEXT, "registration date"))
            if args.registered_on
            else None
        )
    custom: dict[str, Any] = {}
    if args.custom_name is not None:
        custom["name"] = args.custom_name
    if args.custom_period_start is not None:
        custom["period_start"] = args.custom_period_start
        custom["period_kind"] = PeriodKind.ANNUAL.value
    if args.custom_period_from_registration:
        custom["period_kind"] = PeriodKind.FROM_REGISTRATION.value
    if args.custom_period_years is not None:
        custom["period_years"] = args.custom_period_years
    if args.custom_min_entries is not None:
        custom["min_entries"] = args.custom_min_entries
    if args.custom_min_hours is not None:
        custom["min_hours"] = args.custom_min_hours
    if args.custom_min_peer is not None:
        custom["min_peer_reflections"] = args.custom_min_peer
    if args.custom_min_reflections is not None:
        custom["min_reflections"] = args.custom_min_reflections
    if custom:
        changes["custom"] = custom
    app.profile.update(**changes)
    print(tr(CLI_CONTEXT, "Profile saved."))
    return 0


# --- trash ------------------------------------------------------------------------------------
def cmd_trash_list(args: argparse.Namespace, app: App) -> int:
    from cpdlog.domain.serialise import entry_to_dict

    trashed = app.entries.trash()
    if args.json:
        print_json([entry_to_dict(e) for e in trashed])
    elif not trashed:
        print(tr(CLI_CONTEXT, "The trash is empty."))
    else:
        for e in trashed:
            deleted = e.deleted_at.date().isoformat() if e.deleted_at else ""
            when = tr(CLI_CONTEXT, "deleted {date}").format(date=deleted)
            print(f"{e.id:>5}  {when}  {shorten(e.title, 60)}")
    return 0


def cmd_trash_purge(args: argparse.Namespace, app: App) -> int:
    app.entries.purge(args.id)
    print(tr(CLI_CONTEXT, "Entry {id} was deleted for good.").format(id=args.id))
    return 0


def cmd_trash_empty(args: argparse.Namespace, app: App) -> int:
    n = app.entries.empty_trash()
    print(plural(CLI_CONTEXT, n, "Deleted %n entry for good.", "Deleted %n entries for good."))
    return 0


# --- reference lists --------------------------------------------------------------------------
def cmd_types(args: argparse.Namespace, _app: None) -> int:
    from cpdlog.domain.entry import ActivityType

    if args.json:
        print_json([{"id": t.value, "label": t.label} for t in ActivityType])
    else:
        for t in ActivityType:
            print(f"{t.value:18} {tr('cpdlog', t.label)}")
    return 0


def cmd_topics(args: argparse.Namespace, _app: None) -> int:
    from cpdlog import reference_data

    topics = reference_data.topics().topics
    if args.json:
        print_json([{"id": t.id, "label": t.label} for t in topics])
    else:
        for t in topics:
            print(f"{t.id:24} {tr('cpdlog', t.label)}")
    return 0


def cmd_standards(args: argparse.Namespace, _app: None) -> int:
    from cpdlog import reference_data
    from cpdlog.errors import NotFoundError

    cat = reference_data.catalogue()
    frameworks = cat.frameworks
    if args.framework:
        frameworks = tuple(f for f in frameworks if f.id == args.framework)
        if not frameworks:
            known = ", ".join(f.id for f in cat.frameworks)
            raise NotFoundError(
                tr(CLI_CONTEXT, "Unknown framework '{framework}'. Choose one of: {known}.").format(
                    framework=args.framework, known=known
                )
            )
    if args.json:
        print_json(
            [
                {
                    "id": f.id,
                    "name": f.name,
                    "name_cy": f.name_cy,
                    "published_in": list(f.published_in),
                    "standards": [
                        {
                            "id": s.id,
                            "title": s.title,
                            "title_cy": s.title_cy,
                            "confirmed": s.confirmed,
                            "parent": s.parent,
                            "note": s.note,
                        }
                        for s in f.standards
                    ],
                }
                for f in frameworks
            ]
        )
        return 0
    from cpdlog import i18n
    from cpdlog.domain.frameworks import english_note

    language = i18n.language()  # the regulator's published Welsh in Welsh, else its English
    for f in frameworks:
        print(f.name_in(language))
        for s in f.standards:
            indent = "    " if s.parent else "  "
            print(f"{indent}{s.id:10} {shorten(s.title_in(language), 90)}")
        print()
    for note in english_note(frameworks, language):
        print(note)
    return 0


def cmd_regulators(args: argparse.Namespace, _app: None) -> int:
    from cpdlog import reference_data

    profiles = reference_data.profiles()
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "region": p.region,
                    "unit": p.unit,
                    "rules": [
                        {"id": r.id, "kind": r.kind.value, "minimum": r.minimum, "label": r.label}
                        for r in p.rules
                    ],
                }
                for p in profiles.values()
            ]
        )
        return 0
    for p in profiles.values():
        rules = "; ".join(tr("cpdlog", r.label) for r in p.rules)
        print(f"{p.id:8} {tr('cpdlog', p.name)} — {rules}")
    return 0


def cmd_templates_list(args: argparse.Namespace, app: App) -> int:
    templates = app.entries.templates()
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "name": t.name,
                    "user_defined": t.user_defined,
                    "impact_section": t.impact_section,
                    "sections": [
                        {
                            "key": s.key,
                            "prompt": s.prompt,
                            "guidance": s.guidance,
                            "required": s.required,
                        }
                        for s in t.sections
                    ],
                }
                for t in templates.values()
            ]
        )
        return 0
    for t in templates.values():
        yours = "  " + tr(CLI_CONTEXT, "(yours)") if t.user_defined else ""
        print(f"{t.id}: {tr('cpdlog', t.name)}{yours}")
        for s in t.sections:
            print(f"    {s.key:18} {shorten(tr('cpdlog', s.prompt), 80)}")
    return 0


def cmd_templates_add(args: argparse.Namespace, app: App) -> int:
    from cpdlog import safefile
    from cpdlog.errors import StorageError, ValidationError
    from cpdlog.reference_data import MAX_TOML_BYTES, parse_template_bytes

    app.require_writable()
    # read once (a regular file, with a cap), check, and save exactly the bytes checked
    data = safefile.read_bytes(args.file, MAX_TOML_BYTES, tr(CLI_CONTEXT, "template file"))
    template = parse_template_bytes(data, f"template file {args.file.name}")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,40}", template.id):
        raise ValidationError(
            tr(CLI_CONTEXT, "A template id uses lower-case letters, digits and hyphens only.")
        )
    if template.id in app.entries.templates():
        raise ValidationError(
            tr(CLI_CONTEXT, "A template called '{id}' already exists; choose another id.").format(
                id=template.id
            )
        )
    target = app.paths.templates / f"{template.id}.toml"
    try:
        safefile.write_atomically(target, data, create_folder=False)
    except OSError as exc:
        raise StorageError(
            tr(CLI_CONTEXT, "The template could not be saved: {reason}.").format(
                reason=exc.strerror or exc
            )
        ) from None
    print(
        tr(CLI_CONTEXT, "Added the template '{name}' ({id}).").format(
            name=template.name, id=template.id
        )
    )
    return 0
