"""Start the desktop app (imports Qt only now)."""

from __future__ import annotations

import argparse

from cpdlog.i18n import tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)


def start_gui(args: argparse.Namespace) -> int:
    from cpdlog.capture.scheme import tell_running_app
    from cpdlog.errors import CpdlogError
    from cpdlog.paths import resolve_paths

    # Single instance: the app already open on this data folder raises its window instead
    # (no Qt needed to ask it; see cpdlog.capture.scheme). One that is there but does not
    # answer is no reason to open nothing: this start goes on (a second window).
    try:
        if tell_running_app(resolve_paths(args.home).home, "show") is not None:
            return 0
    except CpdlogError as exc:
        import logging

        logging.getLogger(__name__).warning("The cpdlog already open did not answer: %s", exc)
    try:
        from cpdlog.ui.app import run
    except ImportError as exc:
        raise CpdlogError(
            tr(
                CLI_CONTEXT,
                "The desktop app cannot start because Qt is not available ({reason}). "
                "The command line still works: try `cpdlog --help`.",
            ).format(reason=exc)
        ) from None
    from cpdlog import logs

    logs.install_excepthook()  # an error in a Qt slot reaches the log, not only stderr
    import os
    from collections.abc import Callable

    from cpdlog.cli.encryption import PASSPHRASE_FILE_ENV, read_secret_file

    chosen = getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_FILE_ENV)
    # read only if the journal turns out to be encrypted; else the app asks in a dialog
    from_file: Callable[[], str] | None = (lambda: read_secret_file(chosen)) if chosen else None
    return int(run(home=args.home, database_url=args.database_url, passphrase_file=from_file))
