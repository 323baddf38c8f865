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

if TYPE_CHECKING:
    from cpdlog.services.app import App


def _url_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        dest="server_url",
        metavar="URL",
        help="the server, as a superuser: postgresql+psycopg://ADMIN@HOST/DATABASE "
        "(env CPDLOG_DATABASE_URL)",
    )


def register(commands: Any) -> None:
    server = commands.add_parser(
        "server",
        help="set up your organisation's shared cpdlog server (PostgreSQL; administrators)",
        description="For the organisation's database administrator: create or upgrade the "
        "shared database with its roles and row-level security, and manage accounts.",
    )
    sub = server.add_subparsers(dest="server_command", metavar="<action>", required=True)

    init = sub.add_parser(
        "init",
        help="create or upgrade the schema, roles and policies (safe to run again)",
    )
    _url_option(init)
    init.set_defaults(handler=cmd_init, no_app=True)

    add = sub.add_parser("add-user", help="create a person's account in a role")
    add.add_argument("name", help="their PostgreSQL user name, e.g. jane.smith")
    add.add_argument("--role", required=True, choices=["practitioner", "supervisor", "lead"])
    secret = add.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-file", type=Path, metavar="FILE", help="their password: the file's first line"
    )
    secret.add_argument(
        "--no-password",
        action="store_true",
        help="no password: your server's own authentication (Kerberos/GSSAPI, certificates)",
    )
    _url_option(add)
    add.set_defaults(handler=cmd_add_user, no_app=True)

    remove = sub.add_parser(
        "remove-user",
        help="stop a person logging in (their entries stay on the server, seen by no one)",
    )
    remove.add_argument("name")
    _url_option(remove)
    remove.set_defaults(handler=cmd_remove_user, no_app=True)

    hand = sub.add_parser(
        "hand-over",
        help="give a practitioner the entries that were in the database before it was shared",
        description="After `cpdlog server init` upgraded a database one person used on its own, "
        "its rows belong to the administrator who ran the upgrade; this gives them to that "
        "person (add them first with add-user).",
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
            "Give the server with --database-url postgresql+psycopg://ADMIN@HOST/DATABASE."
        )
    return ServerAdmin(url)


def cmd_init(args: argparse.Namespace, _app: App | None) -> int:
    admin = _admin(args)
    report = admin.init()
    if report.revision_before == report.revision:
        print(f"The schema at {admin.where} was already up to date ({report.revision}).")
    elif report.revision_before is None:
        print(f"Created cpdlog's schema at {admin.where} ({report.revision}).")
    else:
        print(f"Upgraded {admin.where} from {report.revision_before} to {report.revision}.")
    tables = {p.table for p in report.policies}
    print(
        f"Row-level security is on and forced for every table; {len(report.policies)} "
        f"policies on {len(tables)} tables."
    )
    print("Roles: cpdlog_practitioner, cpdlog_supervisor, cpdlog_lead.")
    print("Add people with `cpdlog server add-user NAME --role practitioner`.")
    if report.revision_before not in (None, report.revision) and report.owned_by_admin:
        print(
            f"{report.owned_by_admin} entries written before this upgrade belong to you now; "
            "give them to their practitioner with `cpdlog server hand-over NAME`."
        )
    return 0


def cmd_add_user(args: argparse.Namespace, _app: App | None) -> int:
    from cpdlog.services.team import read_password_file

    admin = _admin(args)
    password = read_password_file(args.password_file) if args.password_file else None
    user = admin.add_user(args.name, args.role, password, no_password=args.no_password)
    print(f"Added {user.name} as a {user.role}.")
    if user.password is not None:
        print(f"Their password (shown only this once; give it to them privately): {user.password}")
    elif args.no_password:
        print("They have no password: your server's own authentication must let them in.")
    return 0


def cmd_remove_user(args: argparse.Namespace, _app: App | None) -> int:
    removed = _admin(args).remove_user(args.name)
    print(f"{removed.name} can no longer log in and is in no cpdlog role.")
    print(
        "Their entries stay on the server, owned by them and seen by no one but you "
        f"(the administrator); {removed.shares_withdrawn} share(s) with or by them were "
        "withdrawn. The name is kept so that it cannot be given to someone else."
    )
    return 0


def cmd_hand_over(args: argparse.Namespace, _app: App | None) -> int:
    count = _admin(args).hand_over(args.name)
    print(
        f"{count} entr{'y' if count == 1 else 'ies'}, with their sections, evidence details, "
        f"feeds and settings, now belong to {args.name}."
    )
    return 0
