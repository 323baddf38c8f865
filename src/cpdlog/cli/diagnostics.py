"""``cpdlog diagnostics``: the diagnostic information for a bug report, as the app's Help menu
copies it (see :mod:`cpdlog.services.diagnostics`)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from cpdlog.i18n import tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.services.app import App


def register(commands: Any) -> None:
    command = commands.add_parser(
        "diagnostics",
        help=tr(CLI_CONTEXT, "print diagnostic information to paste into a bug report"),
        description=(
            tr(
                CLI_CONTEXT,
                "Print cpdlog's version, your system, what kind of data folder is in use, how "
                "many entries and feeds there are and the last lines of the log. Nothing that "
                "identifies you or anyone you wrote about is included; it works even when the "
                "journal cannot be opened.",
            )
        ),
    )
    command.set_defaults(handler=cmd_diagnostics, no_app=True)


def cmd_diagnostics(args: argparse.Namespace, _app: App | None) -> int:
    from cpdlog.cli import open_app
    from cpdlog.errors import CpdlogError
    from cpdlog.paths import resolve_paths
    from cpdlog.services.diagnostics import diagnostic_text

    home = resolve_paths(args.home).home
    app: App | None = None
    problem: CpdlogError | None = None
    try:
        app = open_app(args)
    except CpdlogError as exc:  # the journal cannot be opened: the rest is still worth having
        problem = exc
    try:
        sys.stdout.write(diagnostic_text(home, app, problem=problem))
    finally:
        if app is not None:
            app.close()
    return 0
