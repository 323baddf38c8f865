"""``cpdlog entry ...`` and ``cpdlog search``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog.cli.common import MAX_LIMIT, entry_id, limit, print_json, shorten
from cpdlog.i18n import tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)
DOMAIN_CONTEXT = "cpdlog"  # wording from the domain and the data files: types, topics...
STATUS_CONTEXT = "cpdlog.status"  # the desktop app's words for an entry's status

if TYPE_CHECKING:
    from cpdlog.domain.entry import Entry
    from cpdlog.services.app import App


def _entry_options(p: argparse.ArgumentParser, adding: bool) -> None:
    p.add_argument("--title", required=False, help=tr(CLI_CONTEXT, "what the learning was"))
    p.add_argument(
        "--type",
        dest="activity_type",
        metavar="TYPE",
        help=tr(
            CLI_CONTEXT, "activity type id, e.g. blog, podcast, supervision (see `cpdlog types`)"
        ),
    )
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=tr(CLI_CONTEXT, "the date of the learning (start date)"),
    )
    p.add_argument(
        "--end-date",
        metavar="YYYY-MM-DD",
        help=tr(CLI_CONTEXT, "last day, for learning over several days"),
    )
    p.add_argument("--hours", help=tr(CLI_CONTEXT, "time spent, in quarter hours: 1.5 or 1:30"))
    p.add_argument("--url", help=tr(CLI_CONTEXT, "link to the source"))
    p.add_argument("--provider", help=tr(CLI_CONTEXT, "provider or organiser"))
    p.add_argument("--author", help=tr(CLI_CONTEXT, "author or speaker"))
    p.add_argument("--publication", help=tr(CLI_CONTEXT, "publication, site or journal"))
    p.add_argument("--notes", help=tr(CLI_CONTEXT, "notes about the source (not your reflection)"))
    p.add_argument("--template", help=tr(CLI_CONTEXT, "reflection template id (default: swe)"))
    p.add_argument(
        "--section",
        action="append",
        default=None,
        metavar="KEY=TEXT",
        help=tr(CLI_CONTEXT, "a reflection section, e.g. --section learnt='...' (repeatable)"),
    )
    p.add_argument("--peer-name", help=tr(CLI_CONTEXT, "who you discussed it with"))
    p.add_argument("--peer-role", help=tr(CLI_CONTEXT, "their role, e.g. practice supervisor"))
    p.add_argument(
        "--peer-date", metavar="YYYY-MM-DD", help=tr(CLI_CONTEXT, "when you discussed it")
    )
    p.add_argument(
        "--peer-text", help=tr(CLI_CONTEXT, "what you learnt from discussing it with a peer")
    )
    p.add_argument(
        "--standard",
        action="append",
        default=None,
        metavar="ID",
        help=tr(CLI_CONTEXT, "a standard it maps to, e.g. swe:4.6 (repeatable)"),
    )
    p.add_argument(
        "--tag", action="append", default=None, help=tr(CLI_CONTEXT, "a tag (repeatable)")
    )
    p.add_argument(
        "--delivery",
        metavar="HOW",
        help=tr(
            CLI_CONTEXT,
            "how it was delivered: live, self-study or online-interactive ('' to clear)",
        ),
    )
    p.add_argument(
        "--provider-approval",
        metavar="NUMBER",
        help=tr(CLI_CONTEXT, "the provider's approval number with your regulator, if it has one"),
    )
    p.add_argument(
        "--topic",
        action="append",
        default=None,
        metavar="ID",
        help=tr(CLI_CONTEXT, "a topic it covers, e.g. ethics (repeatable; see `cpdlog topics`)"),
    )
    p.add_argument(
        "--certificate",
        action="append",
        default=[],
        metavar="FILE",
        help=tr(CLI_CONTEXT, "a certificate of completion to keep with the entry (repeatable)"),
    )
    p.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="FILE",
        help=tr(CLI_CONTEXT, "an evidence file to keep with the entry (repeatable)"),
    )
    state = p.add_mutually_exclusive_group()
    state.add_argument(
        "--draft", action="store_true", help=tr(CLI_CONTEXT, "save as a draft (not yet counted)")
    )
    state.add_argument(
        "--complete",
        action="store_true",
        help=tr(
            CLI_CONTEXT, "save as complete, or refuse (exit 2) if something required is missing"
        ),
    )
    if not adding:
        p.add_argument(
            "--no-peer", action="store_true", help=tr(CLI_CONTEXT, "remove the peer reflection")
        )
        p.add_argument(
            "--detach",
            action="append",
            default=[],
            metavar="NAME",
            help=tr(CLI_CONTEXT, "remove an evidence file by its name (repeatable)"),
        )
    p.add_argument(
        "--json", action="store_true", help=tr(CLI_CONTEXT, "print the saved entry as JSON")
    )


def register(commands: Any) -> None:
    entry = commands.add_parser(
        "entry", help=tr(CLI_CONTEXT, "add, list, show, edit, delete or restore CPD entries")
    )
    sub = entry.add_subparsers(dest="entry_command", metavar="<action>", required=True)

    add = sub.add_parser("add", help=tr(CLI_CONTEXT, "record a new CPD entry; prints its id"))
    _entry_options(add, adding=True)
    add.add_argument(
        "--from-url", metavar="URL", help=tr(CLI_CONTEXT, "start a draft from a web page or post")
    )
    add.set_defaults(handler=cmd_add)

    lst = sub.add_parser("list", help=tr(CLI_CONTEXT, "list entries"))
    lst.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    lst.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    lst.add_argument("--type", dest="activity_type", metavar="TYPE")
    lst.add_argument("--standard", metavar="ID")
    lst.add_argument("--tag")
    lst.add_argument("--status", choices=["draft", "complete"])
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", help=tr(CLI_CONTEXT, "show one entry in full"))
    show.add_argument("id", type=entry_id)
    show.add_argument("--json", action="store_true")
    show.add_argument(
        "--form",
        choices=["swe"],
        help=tr(
            CLI_CONTEXT,
            "lay the entry out in the order of a regulator's online form, ready to paste",
        ),
    )
    show.set_defaults(handler=cmd_show)

    edit = sub.add_parser(
        "edit", help=tr(CLI_CONTEXT, "change an entry (only the options you give)")
    )
    edit.add_argument("id", type=entry_id)
    _entry_options(edit, adding=False)
    edit.set_defaults(handler=cmd_edit)

    delete = sub.add_parser("delete", help=tr(CLI_CONTEXT, "move an entry to the trash"))
    delete.add_argument("id", type=entry_id)
    delete.set_defaults(handler=cmd_delete)

    restore = sub.add_parser("restore", help=tr(CLI_CONTEXT, "bring an entry back from the trash"))
    restore.add_argument("id", type=entry_id)
    restore.set_defaults(handler=cmd_restore)

    search = commands.add_parser(
        "search", help=tr(CLI_CONTEXT, "search titles, reflections, tags and sources")
    )
    search.add_argument("query")
    search.add_argument(
        "--limit",
        type=limit,
        default=50,
        metavar="N",
        help=tr(CLI_CONTEXT, "at most N results (1 to {maximum}; default 50)").format(
            maximum=f"{MAX_LIMIT:,}"
        ),
    )
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)

    from cpdlog.cli.team import add_entry_commands

    add_entry_commands(sub)


def _sections(values: list[str] | None) -> dict[str, str]:
    from cpdlog.errors import ValidationError

    sections: dict[str, str] = {}
    for value in values or []:
        key, sep, text = value.partition("=")
        if not sep or not key.strip():
            raise ValidationError(
                tr(
                    CLI_CONTEXT, "'{value}' should look like KEY=TEXT, e.g. --section learnt='...'."
                ).format(value=shorten(value, 40)),
                field="reflection",
            )
        sections[key.strip()] = text.replace("\\n", "\n")
    return sections


def _apply(entry: Entry, args: argparse.Namespace, app: App) -> Entry:
    """Copy the options the user gave onto ``entry``."""
    from cpdlog.domain.entry import (
        EntryStatus,
        PeerReflection,
        parse_activity_type,
        parse_date,
        parse_delivery,
        parse_hours,
    )

    if args.title is not None:
        entry.title = args.title
    if args.activity_type is not None:
        entry.activity_type = parse_activity_type(args.activity_type)
    if args.date is not None:
        entry.start_date = parse_date(args.date, tr(CLI_CONTEXT, "date"))
    if args.end_date is not None:
        entry.end_date = (
            parse_date(args.end_date, tr(CLI_CONTEXT, "end date")) if args.end_date else None
        )
    if args.hours is not None:
        entry.hours = parse_hours(args.hours)
    for attr, option in (
        ("url", "url"),
        ("provider", "provider"),
        ("author", "author"),
        ("publication", "publication"),
        ("notes", "notes"),
    ):
        value = getattr(args, option)
        if value is not None:
            setattr(entry.source, attr, value)
    if args.template is not None and args.template != entry.reflection.template_id:
        app.entries.template(args.template)  # unknown ids fail here, clearly
        entry.reflection.template_id = args.template
    if args.section:
        entry.reflection.sections.update(_sections(args.section))
    if getattr(args, "no_peer", False):
        entry.peer = None
    peer_given = [args.peer_name, args.peer_role, args.peer_date, args.peer_text]
    if any(v is not None for v in peer_given):
        peer = entry.peer or PeerReflection()
        if args.peer_name is not None:
            peer.name = args.peer_name
        if args.peer_role is not None:
            peer.role = args.peer_role
        if args.peer_date is not None:
            peer.date = (
                parse_date(args.peer_date, tr(CLI_CONTEXT, "peer date")) if args.peer_date else None
            )
        if args.peer_text is not None:
            peer.text = args.peer_text.replace("\\n", "\n")
        entry.peer = peer
    if args.standard is not None:
        entry.standards = [s for s in args.standard if s]
    if args.tag is not None:
        entry.tags = [t for t in args.tag if t]
    if args.delivery is not None:
        entry.delivery = parse_delivery(args.delivery)
    if args.provider_approval is not None:
        entry.provider_approval = args.provider_approval
    if args.topic is not None:
        entry.topics = [t.strip().lower() for t in args.topic if t.strip()]
    for name in getattr(args, "detach", []):
        kept = [ev for ev in entry.evidence if name not in (ev.filename, ev.sha256)]
        if len(kept) == len(entry.evidence):
            from cpdlog.errors import ValidationError

            raise ValidationError(
                tr(CLI_CONTEXT, "Entry {id} has no evidence file called {name}.").format(
                    id=entry.id, name=name
                )
            )
        entry.evidence = kept
    if args.draft:
        entry.status = EntryStatus.DRAFT
    elif getattr(args, "complete", False):
        entry.status = EntryStatus.COMPLETE
    return entry


def _say_if_kept_as_draft(saved: Entry, args: argparse.Namespace, app: App) -> None:
    """One line on stderr when an entry is a draft the user did not ask for."""
    if not saved.is_draft or args.draft:
        return
    from cpdlog.domain.completion import describe_missing

    missing = app.entries.missing(saved)
    if missing:
        print(
            "cpdlog: "
            + tr(
                CLI_CONTEXT,
                "entry {id} is saved as a draft, not counted as CPD yet: it still needs {missing}.",
            ).format(id=saved.id, missing=describe_missing(missing)),
            file=sys.stderr,
        )


def cmd_add(args: argparse.Namespace, app: App) -> int:
    from cpdlog.domain.entry import ActivityType, Entry, parse_date
    from cpdlog.errors import ValidationError

    from_url = getattr(args, "from_url", None)
    if from_url:
        from cpdlog.cli.feeds import entry_from_url

        entry = entry_from_url(app, from_url)
    else:
        missing = [
            name
            for name, value in (
                ("--title", args.title),
                ("--type", args.activity_type),
                ("--date", args.date),
            )
            if not value
        ]
        if missing:
            raise ValidationError(
                tr(CLI_CONTEXT, "entry add needs {options}.").format(options=", ".join(missing))
            )
        entry = Entry(
            title="",
            activity_type=ActivityType.OTHER,
            start_date=parse_date(args.date, tr(CLI_CONTEXT, "date")),
        )
        entry.reflection.template_id = app.profile.requirement_profile().default_template
        if entry.reflection.template_id not in app.entries.templates():
            entry.reflection.template_id = "swe"
    captured = {ev.sha256 for ev in entry.evidence}  # a page's snapshot, already stored
    try:
        entry = _apply(entry, args, app)
        saved = app.entries.add(
            entry,
            [Path(p) for p in args.attach],
            require_complete=bool(args.complete),
            certificates=[Path(p) for p in args.certificate],
        )
    except BaseException:
        import contextlib

        from cpdlog.errors import CpdlogError

        # No entry was made, so nothing keeps the snapshot; the error that stopped the
        # entry is the one to report.
        with contextlib.suppress(CpdlogError):
            app.entries.discard_unsaved_evidence(captured)
        raise
    _say_if_kept_as_draft(saved, args, app)
    if args.json:
        from cpdlog.domain.serialise import entry_to_dict

        print_json(entry_to_dict(saved))
    else:
        print(saved.id)
    return 0


def cmd_edit(args: argparse.Namespace, app: App) -> int:
    entry = _apply(app.entries.get(args.id), args, app)
    saved = app.entries.update(
        entry,
        [Path(p) for p in args.attach],
        require_complete=bool(args.complete),
        certificates=[Path(p) for p in args.certificate],
    )
    _say_if_kept_as_draft(saved, args, app)
    if args.json:
        from cpdlog.domain.serialise import entry_to_dict

        print_json(entry_to_dict(saved))
    else:
        print(tr(CLI_CONTEXT, "Saved entry {id}.").format(id=saved.id))
    return 0


def _filter(args: argparse.Namespace) -> Any:
    from cpdlog.domain.entry import EntryStatus, parse_activity_type, parse_date
    from cpdlog.domain.search import EntryFilter

    return EntryFilter(
        date_from=parse_date(args.date_from, tr(CLI_CONTEXT, "from date"))
        if args.date_from
        else None,
        date_to=parse_date(args.date_to, tr(CLI_CONTEXT, "to date")) if args.date_to else None,
        activity_type=parse_activity_type(args.activity_type) if args.activity_type else None,
        standard=args.standard,
        tag=args.tag.strip().lstrip("#").lower() if args.tag else None,
        status=EntryStatus(args.status) if args.status else None,
    )


def cmd_list(args: argparse.Namespace, app: App) -> int:
    from cpdlog.domain.serialise import entry_to_dict

    f = _filter(args)
    if f.standard:
        app.entries.catalogue().check([f.standard])
    entries = app.entries.list_entries(f)
    if args.json:
        print_json([entry_to_dict(e) for e in entries])
        return 0
    if not entries:
        print(tr(CLI_CONTEXT, "No entries."))
        return 0
    # the column headings are one string, so that a translation can keep them aligned
    print(tr(CLI_CONTEXT, "   ID  DATE        TYPE              HOURS  PEER  STATUS    TITLE"))
    for e in entries:
        print(
            f"{e.id:>5}  {e.start_date.isoformat():10}  {e.activity_type.value:16}  "
            f"{e.hours:>5g}  {tr(CLI_CONTEXT, 'yes') if e.has_peer_reflection else '':4}  "
            f"{e.status.value:8}  "
            f"{shorten(e.title, 60)}"
        )
    return 0


def status_label(entry: Entry) -> str:
    """The entry's status in words, as the desktop app shows it ("Draft", "Complete")."""
    from cpdlog.domain.entry import EntryStatus

    if entry.status is EntryStatus.DRAFT:
        return tr(STATUS_CONTEXT, "Draft")
    return tr(STATUS_CONTEXT, "Complete")


def render_entry(entry: Entry, app: App) -> str:
    """The whole entry as readable text."""
    template = app.entries.templates().get(entry.reflection.template_id)
    catalogue = app.entries.catalogue()
    lines = [entry.title, "=" * min(len(entry.title), 78)]
    dates = entry.start_date.isoformat()
    if entry.end_date:
        dates = tr(CLI_CONTEXT, "{start} to {end}").format(
            start=dates, end=entry.end_date.isoformat()
        )
    labels = {
        "entry": tr(CLI_CONTEXT, "Entry:"),
        "type": tr(CLI_CONTEXT, "Type:"),
        "date": tr(CLI_CONTEXT, "Date:"),
        "hours": tr(CLI_CONTEXT, "Hours:"),
        "status": tr(CLI_CONTEXT, "Status:"),
        "link": tr(CLI_CONTEXT, "Link:"),
        "provider": tr(CLI_CONTEXT, "Provider:"),
        "author": tr(CLI_CONTEXT, "Author:"),
        "published": tr(CLI_CONTEXT, "Published:"),
        "tags": tr(CLI_CONTEXT, "Tags:"),
        "delivery": tr(CLI_CONTEXT, "Delivery:"),
        "approval": tr(CLI_CONTEXT, "Approval:"),
        "topics": tr(CLI_CONTEXT, "Topics:"),
        "template": tr(CLI_CONTEXT, "Template:"),
    }
    width = max(11, *(len(label) + 1 for label in labels.values()))

    def field(key: str, value: object) -> str:
        return f"{labels[key]:<{width}}{value}"

    trashed = "  " + tr(CLI_CONTEXT, "(in the trash)") if entry.deleted_at else ""
    lines += [
        field("entry", f"{entry.id}{trashed}"),
        field("type", tr(DOMAIN_CONTEXT, entry.activity_type.label)),
        field("date", dates),
        field("hours", f"{entry.hours:g}"),
        field("status", status_label(entry)),
    ]
    for key, value in (
        ("link", entry.source.url),
        ("provider", entry.source.provider),
        ("author", entry.source.author),
        ("published", entry.source.publication),
    ):
        if value:
            lines.append(field(key, value))
    if entry.standards:
        lines.append(tr(CLI_CONTEXT, "Standards:"))
        for sid in entry.standards:
            std = catalogue.standard(sid)
            lines.append(f"  {sid}  {std.title if std else ''}".rstrip())
    if entry.tags:
        lines.append(field("tags", ", ".join(entry.tags)))
    if entry.delivery:
        lines.append(field("delivery", tr(DOMAIN_CONTEXT, entry.delivery.label)))
    if entry.provider_approval:
        lines.append(field("approval", entry.provider_approval))
    if entry.topics:
        topics = app.entries.topics()
        names = (tr(DOMAIN_CONTEXT, topics.label(t)) for t in entry.topics)
        lines.append(field("topics", ", ".join(names)))
    lines.append(
        field(
            "template",
            tr(DOMAIN_CONTEXT, template.name) if template else entry.reflection.template_id,
        )
    )
    for key, text in entry.reflection.sections.items():
        prompt = tr(DOMAIN_CONTEXT, template.prompt_for(key)) if template else key
        lines += ["", prompt, "-" * 20, text]
    if entry.peer:
        p = entry.peer
        who = ", ".join(x for x in (p.name, p.role) if x)
        if who and p.date:
            heading = tr(CLI_CONTEXT, "Peer reflection with {who} on {date}")
        elif who:
            heading = tr(CLI_CONTEXT, "Peer reflection with {who}")
        elif p.date:
            heading = tr(CLI_CONTEXT, "Peer reflection on {date}")
        else:
            heading = tr(CLI_CONTEXT, "Peer reflection")
        date = p.date.isoformat() if p.date else ""
        lines += [
            "",
            heading.format(who=who, date=date),
            "-" * 20,
            p.text or tr(CLI_CONTEXT, "(nothing written yet)"),
        ]
    if entry.source.notes:
        lines += ["", tr(CLI_CONTEXT, "Source notes"), "-" * 20, entry.source.notes]
    if entry.evidence:
        lines += ["", tr(CLI_CONTEXT, "Evidence:")]
        certificate = "  " + tr(CLI_CONTEXT, "[certificate]")
        lines += [
            "  "
            + tr(CLI_CONTEXT, "{file} ({size} bytes, sha256 {checksum}…)").format(
                file=ev.filename, size=ev.size, checksum=ev.sha256[:12]
            )
            + (certificate if ev.is_certificate else "")
            for ev in entry.evidence
        ]
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace, app: App) -> int:
    entry = app.entries.get(args.id, include_deleted=True)
    if getattr(args, "form", None) == "swe":
        from cpdlog.export.form import swe_form_text

        template = app.entries.templates().get(entry.reflection.template_id)
        print(swe_form_text(entry, template, app.entries.catalogue()), end="")
        return 0
    if args.json:
        from cpdlog.domain.serialise import entry_to_dict

        print_json(entry_to_dict(entry))
    else:
        print(render_entry(entry, app))
    return 0


def cmd_delete(args: argparse.Namespace, app: App) -> int:
    entry = app.entries.delete(args.id)
    print(
        tr(
            CLI_CONTEXT, "Moved “{title}” to the trash. `cpdlog entry restore {id}` brings it back."
        ).format(title=entry.title, id=entry.id)
    )
    return 0


def cmd_restore(args: argparse.Namespace, app: App) -> int:
    entry = app.entries.restore(args.id)
    print(tr(CLI_CONTEXT, "Restored “{title}”.").format(title=entry.title))
    return 0


def split_snippet(snippet: str) -> tuple[str, list[list[int]]]:
    """Remove highlight markers; return plain text and [start, end) offsets of highlights."""
    from cpdlog.domain.search import HIGHLIGHT_END, HIGHLIGHT_START

    plain: list[str] = []
    spans: list[list[int]] = []
    pos = 0
    start = None
    for ch in snippet:
        if ch == HIGHLIGHT_START:
            start = pos
        elif ch == HIGHLIGHT_END and start is not None:
            spans.append([start, pos])
            start = None
        else:
            plain.append(ch)
            pos += 1
    return "".join(plain), spans


def cmd_search(args: argparse.Namespace, app: App) -> int:
    hits = app.entries.search(args.query, args.limit)
    if args.json:
        out = []
        for hit in hits:
            text, spans = split_snippet(hit.snippet)
            out.append(
                {
                    "id": hit.entry.id,
                    "title": hit.entry.title,
                    "type": hit.entry.activity_type.value,
                    "start_date": hit.entry.start_date.isoformat(),
                    "status": hit.entry.status.value,
                    "snippet": text,
                    "highlights": spans,
                }
            )
        print_json(out)
        return 0
    if not hits:
        print(tr(CLI_CONTEXT, "Nothing found."))
        return 0
    for hit in hits:
        text, spans = split_snippet(hit.snippet)
        for s, e in reversed(spans):
            text = text[:s] + "[" + text[s:e] + "]" + text[e:]
        print(
            f"{hit.entry.id:>5}  {hit.entry.start_date.isoformat()}  {shorten(hit.entry.title, 60)}"
        )
        print(f"       {shorten(text, 100)}")
    return 0
