"""``cpdlog server``: the organisation's administrator sets up the shared PostgreSQL server
(schema, roles, row-level security) and manages the team's accounts.

Run as a PostgreSQL superuser, from the administrator's own machine; practitioners never hold
that password (each connects as their own role).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog.i18n import plural, tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.services.app import App


def _url_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        dest="server_url",
        metavar="URL",
        help=tr(
            CLI_CONTEXT,
            "the server, as a superuser: postgresql+psycopg://ADMIN@HOST/DATABASE "
            "(env CPDLOG_DATABASE_URL)",
        ),
    )


def register(commands: Any) -> None:
    server = commands.add_parser(
        "server",
        help=tr(
            CLI_CONTEXT,
            "set up your organisation's shared cpdlog server (PostgreSQL; administrators)",
        ),
        description=tr(
            CLI_CONTEXT,
            "For the organisation's database administrator: create or upgrade the "
            "shared database with its roles and row-level security, and manage accounts.",
        ),
    )
    sub = server.add_subparsers(dest="server_command", metavar="<action>", required=True)

    init = sub.add_parser(
        "init",
        help=tr(
            CLI_CONTEXT, "create or upgrade the schema, roles and policies (safe to run again)"
        ),
    )
    _url_option(init)
    init.set_defaults(handler=cmd_init, no_app=True)

    add = sub.add_parser("add-user", help=tr(CLI_CONTEXT, "create a person's account in a role"))
    add.add_argument("name", help=tr(CLI_CONTEXT, "their PostgreSQL user name, e.g. jane.smith"))
    add.add_argument("--role", required=True, choices=["practitioner", "supervisor", "lead"])
    secret = add.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help=tr(CLI_CONTEXT, "their password: the file's first line"),
    )
    secret.add_argument(
        "--no-password",
        action="store_true",
        help=tr(
            CLI_CONTEXT,
            "no password: your server's own authentication (Kerberos/GSSAPI, certificates)",
        ),
    )
    _url_option(add)
    add.set_defaults(handler=cmd_add_user, no_app=True)

    remove = sub.add_parser(
        "remove-user",
        help=tr(
            CLI_CONTEXT,
            "stop a person logging in (their entries stay on the server, seen by no one)",
        ),
    )
    remove.add_argument("name")
    _url_option(remove)
    remove.set_defaults(handler=cmd_remove_user, no_app=True)

    hand = sub.add_parser(
        "hand-over",
        help=tr(
            CLI_CONTEXT,
            "give a practitioner the entries that were in the database before it was shared",
        ),
        description=tr(
            CLI_CONTEXT,
            "After `cpdlog server init` upgraded a database one person used on its own, "
            "its rows belong to the administrator who ran the upgrade; this gives them to that "
            "person (add them first with add-user).",
        ),
    )
    hand.add_argument("name")
    _url_option(hand)
    hand.set_defaults(handler=cmd_hand_over, no_app=True)


def _admin(args: argparse.Namespace) -> Any:
    from cpdlog.errors import ValidationError
    from cpdlog.paths import DATABASE_URL_ENV
    from cpdlog.services.team import ServerAdmin

    url = args.server_url or args.database_url or os.environ.get(DATABASE_URL_ENV)
    if not url:
        raise ValidationError(
            tr(
                CLI_CONTEXT,
                "Give the server with --database-url postgresql+psycopg://ADMIN@HOST/DATABASE.",
            )
        )
    return ServerAdmin(url)


def cmd_init(args: argparse.Namespace, _app: App | None) -> int:
    admin = _admin(args)
    report = admin.init()
    if report.revision_before == report.revision:
        said = tr(CLI_CONTEXT, "The schema at {where} was already up to date ({revision}).")
    elif report.revision_before is None:
        said = tr(CLI_CONTEXT, "Created cpdlog's schema at {where} ({revision}).")
    else:
        said = tr(CLI_CONTEXT, "Upgraded {where} from {before} to {revision}.")
    print(said.format(where=admin.where, revision=report.revision, before=report.revision_before))
    tables = {p.table for p in report.policies}
    print(
        tr(
            CLI_CONTEXT,
            "Row-level security is on and forced for every table; {policies} on {tables}.",
        ).format(
            policies=plural(CLI_CONTEXT, len(report.policies), "%n policy", "%n policies"),
            tables=plural(CLI_CONTEXT, len(tables), "%n table", "%n tables"),
        )
    )
    print(
        tr(CLI_CONTEXT, "Roles: {roles}.").format(
            roles="cpdlog_practitioner, cpdlog_supervisor, cpdlog_lead"
        )
    )
    print(tr(CLI_CONTEXT, "Add people with `cpdlog server add-user NAME --role practitioner`."))
    if report.revision_before not in (None, report.revision) and report.owned_by_admin:
        print(
            plural(
                CLI_CONTEXT,
                report.owned_by_admin,
                "%n entry written before this upgrade belongs to you now; give it to its "
                "practitioner with `cpdlog server hand-over NAME`.",
                "%n entries written before this upgrade belong to you now; give them to their "
                "practitioner with `cpdlog server hand-over NAME`.",
            )
        )
    return 0


def cmd_add_user(args: argparse.Namespace, _app: App | None) -> int:
    from cpdlog.services.team import read_password_file

    admin = _admin(args)
    password = read_password_file(args.password_file) if args.password_file else None
    user = admin.add_user(args.name, args.role, password, no_password=args.no_password)
    roles = {
        "practitioner": tr(CLI_CONTEXT, "Added {name} as a practitioner."),
        "supervisor": tr(CLI_CONTEXT, "Added {name} as a supervisor."),
        "lead": tr(CLI_CONTEXT, "Added {name} as a lead."),
    }
    added = roles.get(user.role) or tr(CLI_CONTEXT, "Added {name} as a {role}.")
    print(added.format(name=user.name, role=user.role))
    if user.password is not None:
        print(
            tr(
                CLI_CONTEXT,
                "Their password (shown only this once; give it to them privately): {password}",
            ).format(password=user.password)
        )
    elif args.no_password:
        print(
            tr(
                CLI_CONTEXT,
                "They have no password: your server's own authentication must let them in.",
            )
        )
    return 0


def cmd_remove_user(args: argparse.Namespace, _app: App | None) -> int:
    removed = _admin(args).remove_user(args.name)
    print(
        tr(CLI_CONTEXT, "{name} can no longer log in and is in no cpdlog role.").format(
            name=removed.name
        )
    )
    print(
        tr(
            CLI_CONTEXT,
            "Their entries stay on the server, owned by them and seen by no one but you "
            "(the administrator); {count} share(s) with or by them were withdrawn. The name is "
            "kept so that it cannot be given to someone else.",
        ).format(count=removed.shares_withdrawn)
    )
    return 0


def cmd_hand_over(args: argparse.Namespace, _app: App | None) -> int:
    count = _admin(args).hand_over(args.name)
    print(
        plural(
            CLI_CONTEXT,
            count,
            "%n entry, with its sections, evidence details, feeds and settings, now belongs "
            "to {name}.",
            "%n entries, with their sections, evidence details, feeds and settings, now belong "
            "to {name}.",
        ).format(name=args.name)
    )
    return 0
