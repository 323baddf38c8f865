"""A team on the organisation's cpdlog server: ``cpdlog team …`` (sources, figures),
``cpdlog entry share|unshare`` and ``cpdlog review list``.

What each person sees is decided by the server's row-level security (``cpdlog server init``).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cpdlog.cli.common import entry_id, numeric_id, print_json, shorten
from cpdlog.i18n import plural, tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.services.app import App

source_id = numeric_id("a team source")


def register(commands: Any) -> None:
    team = commands.add_parser(
        "team",
        help=tr(CLI_CONTEXT, "your team on the organisation's cpdlog server: sources, figures"),
    )
    sub = team.add_subparsers(dest="team_command", metavar="<action>", required=True)

    sources = sub.add_parser(
        "sources", help=tr(CLI_CONTEXT, "the feeds your team's lead recommends")
    )
    ssub = sources.add_subparsers(dest="sources_command", metavar="<action>", required=True)
    lst = ssub.add_parser("list", help=tr(CLI_CONTEXT, "list the team's sources"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_sources_list, no_app=True)
    publish = ssub.add_parser(
        "publish", help=tr(CLI_CONTEXT, "(leads) add a source to the team's list")
    )
    publish.add_argument("url")
    publish.add_argument("--title", required=True)
    publish.add_argument(
        "--folder", default="", help=tr(CLI_CONTEXT, "a folder in the list, e.g. Adults")
    )
    publish.set_defaults(handler=cmd_sources_publish, no_app=True)
    withdraw = ssub.add_parser(
        "withdraw", help=tr(CLI_CONTEXT, "(leads) take a source off the team's list")
    )
    withdraw.add_argument("id", type=source_id)
    withdraw.set_defaults(handler=cmd_sources_withdraw, no_app=True)
    follow = ssub.add_parser(
        "follow", help=tr(CLI_CONTEXT, "follow a team source (in your Team sources folder)")
    )
    follow.add_argument("id", type=source_id)
    follow.set_defaults(handler=cmd_sources_follow)

    progress = sub.add_parser(
        "progress",
        help=tr(
            CLI_CONTEXT, "(leads) each person's figures: entries, hours, met or not, days left"
        ),
    )
    progress.add_argument("--json", action="store_true")
    progress.set_defaults(handler=cmd_team_progress, no_app=True)
    share_progress = sub.add_parser(
        "publish-progress",
        help=tr(
            CLI_CONTEXT, "let your lead see whether you meet your requirements (no entry is shown)"
        ),
    )
    share_progress.set_defaults(handler=cmd_publish_progress)
    # ``cpdlog review list`` joins the review commands (cli/review.py registers the group)


def add_review_list(review_commands: Any) -> None:
    """``cpdlog review list`` (on the server): the entries shared with you."""
    lst = review_commands.add_parser(
        "list",
        help=tr(
            CLI_CONTEXT, "(supervisors) the entries practitioners share with you on the server"
        ),
    )
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_review_list, no_app=True)


def add_entry_commands(entry_commands: Any) -> None:
    """``cpdlog entry share|unshare``: called from the ``entry`` command's registration."""
    share = entry_commands.add_parser(
        "share",
        help=tr(CLI_CONTEXT, "share an entry with your supervisor on the organisation's server"),
    )
    share.add_argument("id", type=entry_id)
    share.add_argument("--with", dest="supervisor", required=True, metavar="USER")
    share.set_defaults(handler=cmd_share)
    unshare = entry_commands.add_parser("unshare", help=tr(CLI_CONTEXT, "stop sharing an entry"))
    unshare.add_argument("id", type=entry_id)
    unshare.add_argument(
        "--with", dest="supervisor", metavar="USER", help=tr(CLI_CONTEXT, "(default: everyone)")
    )
    unshare.set_defaults(handler=cmd_unshare)


def _open(args: argparse.Namespace) -> App:
    """The server, without the start-up work (upgrade, evidence check) a lead or supervisor
    has no right to do; the server's administrator keeps its schema up to date."""
    from cpdlog.cli.common import database_url
    from cpdlog.errors import ValidationError
    from cpdlog.services.app import App

    url = database_url(args)  # as every command: also the server chosen in the app
    if not url or url.startswith("sqlite"):
        raise ValidationError(
            tr(
                CLI_CONTEXT,
                "This needs your organisation's cpdlog server: give --database-url "
                "postgresql+psycopg://YOU@HOST/DATABASE.",
            )
        )
    return App.open(args.home, url, migrate=False)


def _with_app(args: argparse.Namespace, handler: Any) -> int:
    app = _open(args)
    try:
        return int(handler(app))
    finally:
        app.close()


def cmd_share(args: argparse.Namespace, app: App) -> int:
    if app.team.share(args.id, args.supervisor):
        said = tr(CLI_CONTEXT, "Entry {id} is now shared with {supervisor}.")
    else:
        said = tr(CLI_CONTEXT, "Entry {id} was already shared with {supervisor}.")
    print(said.format(id=args.id, supervisor=args.supervisor))
    return 0


def cmd_unshare(args: argparse.Namespace, app: App) -> int:
    count = app.team.unshare(args.id, args.supervisor)
    who = args.supervisor or plural(CLI_CONTEXT, count, "%n supervisor", "%n supervisors")
    print(tr(CLI_CONTEXT, "Entry {id} is no longer shared with {who}.").format(id=args.id, who=who))
    return 0


def cmd_review_list(args: argparse.Namespace, _app: App | None) -> int:
    def run(app: App) -> int:
        rows = app.team.shared_with_me()
        if args.json:
            print_json(
                [
                    {
                        "entry_id": r.entry_id,
                        "practitioner": r.owner,
                        "title": r.title,
                        "date": r.start_date.isoformat(),
                        "hours": r.quarter_hours / 4,
                        "status": r.status,
                        "shared_at": r.shared_at.isoformat(),
                    }
                    for r in rows
                ]
            )
            return 0
        if not rows:
            print(tr(CLI_CONTEXT, "Nothing is shared with you."))
            return 0
        # the column headings are one string, so that a translation can keep them aligned
        print(tr(CLI_CONTEXT, "   ID  DATE        PRACTITIONER          HOURS  STATUS    TITLE"))
        for r in rows:
            print(
                f"{r.entry_id:>5}  {r.start_date.isoformat():10}  {shorten(r.owner, 20):20}  "
                f"{r.quarter_hours / 4:>5g}  {r.status:8}  {shorten(r.title, 50)}"
            )
        return 0

    return _with_app(args, run)


def cmd_sources_list(args: argparse.Namespace, _app: App | None) -> int:
    def run(app: App) -> int:
        sources = app.team.sources()
        if args.json:
            print_json(
                [
                    {
                        "id": s.id,
                        "title": s.title,
                        "url": s.url,
                        "folder": s.folder,
                        "published_by": s.published_by,
                        "published_at": s.published_at.isoformat(),
                    }
                    for s in sources
                ]
            )
            return 0
        if not sources:
            print(tr(CLI_CONTEXT, "Your team has no sources yet."))
            return 0
        for s in sources:
            folder = f" [{s.folder}]" if s.folder else ""
            print(f"{s.id:>4}  {shorten(s.title, 50)}{folder}  {s.url}")
        print(tr(CLI_CONTEXT, "Follow one with `cpdlog team sources follow ID`."))
        return 0

    return _with_app(args, run)


def cmd_sources_publish(args: argparse.Namespace, _app: App | None) -> int:
    def run(app: App) -> int:
        source = app.team.publish_source(args.url, args.title, args.folder)
        print(
            tr(CLI_CONTEXT, "Published team source {id}: {title} ({url}).").format(
                id=source.id, title=source.title, url=source.url
            )
        )
        return 0

    return _with_app(args, run)


def cmd_sources_withdraw(args: argparse.Namespace, _app: App | None) -> int:
    def run(app: App) -> int:
        app.team.withdraw_source(args.id)
        print(
            tr(
                CLI_CONTEXT, "Team source {id} is off the list (anyone following it still does)."
            ).format(id=args.id)
        )
        return 0

    return _with_app(args, run)


def cmd_sources_follow(args: argparse.Namespace, app: App) -> int:
    feed = app.team.follow_source(args.id)
    print(
        tr(CLI_CONTEXT, "Following {feed} in {folder}.").format(
            feed=feed.display_title, folder=feed.category
        )
    )
    return 0


def cmd_team_progress(args: argparse.Namespace, _app: App | None) -> int:
    def run(app: App) -> int:
        people = app.team.team_progress()
        if args.json:
            print_json(
                [
                    {
                        "person": p.person,
                        "entries": p.entries,
                        "complete_entries": p.complete_entries,
                        "hours": p.hours,
                        "regulator": p.regulator_id,
                        "period_end": p.period_end.isoformat() if p.period_end else None,
                        "met": p.met,
                        "days_left": p.days_left,
                        "figures_at": p.figures_at.isoformat() if p.figures_at else None,
                    }
                    for p in people
                ]
            )
            return 0
        if not people:
            print(tr(CLI_CONTEXT, "There are no practitioners on this server yet."))
            return 0
        # the column headings are one string, so that a translation can keep them aligned
        print(tr(CLI_CONTEXT, "PERSON                ENTRIES   HOURS  MET        DAYS LEFT"))
        unknown = tr(CLI_CONTEXT, "unknown")
        for p in people:
            met = tr(CLI_CONTEXT, "not yet") if p.met is False else unknown
            if p.met:
                met = tr(CLI_CONTEXT, "yes")
            days = "" if p.days_left is None else str(p.days_left)
            person = shorten(p.person, 20)
            print(f"{person:20}  {p.complete_entries:>7}  {p.hours:>6g}  {met:9}  {days}")
        if any(p.met is None for p in people):
            print(
                tr(
                    CLI_CONTEXT, "'{unknown}': that person has not published their progress yet."
                ).format(unknown=unknown)
            )
        return 0

    return _with_app(args, run)


def cmd_publish_progress(args: argparse.Namespace, app: App) -> int:
    count = app.team.publish_progress()
    print(
        tr(
            CLI_CONTEXT,
            "Published whether you meet your requirements ({registrations}); your lead sees the "
            "figures, never your entries.",
        ).format(registrations=plural(CLI_CONTEXT, count, "%n registration", "%n registrations"))
    )
    return 0
