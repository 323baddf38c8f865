"""The ``cpdlog`` command.

With no command it starts the desktop app. Each command module registers its sub-commands;
modules import only the standard library at the top so that ``cpdlog --version`` stays quick
(no Qt, ReportLab, feedparser or SQLAlchemy until a command needs them).

Exit codes: 0 success, 1 an operation failed, 2 bad usage or bad input. Messages go to stderr,
one line, never a traceback for anything the user did.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from cpdlog import __version__
from cpdlog.i18n import tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

# "1": an unexpected fault in a command raises with its traceback instead of the one-line
# message users get (for developers; the test suite sets it so that no fault passes unseen).
DEBUG_ENV = "CPDLOG_DEBUG"

if TYPE_CHECKING:
    from cpdlog.services.app import App


class UsageError(Exception):
    """Raised instead of argparse's own exit so every message is one line and exit 2."""


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(
            tr(CLI_CONTEXT, "{message} (see `{command} --help`)").format(
                message=message, command=self.prog
            )
        )


def build_parser() -> ArgumentParser:
    from cpdlog.cli import encryption, entries, export, journal

    parser = ArgumentParser(
        prog="cpdlog",
        description=tr(
            CLI_CONTEXT, "Record continuing professional development (CPD) for social work."
        ),
        epilog=tr(CLI_CONTEXT, "Run `cpdlog` with no command to open the desktop app."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"cpdlog {__version__}",
        help=tr(CLI_CONTEXT, "show cpdlog's version number and exit"),
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help=tr(CLI_CONTEXT, "data folder (default: your user data folder; env CPDLOG_HOME)"),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=tr(CLI_CONTEXT, "any SQLAlchemy database URL (env CPDLOG_DATABASE_URL)"),
    )
    parser.add_argument(
        "--language",
        choices=("system", "en", "cy"),
        help=tr(
            CLI_CONTEXT,
            "language of the messages, the help and the PDF portfolio: follow the system, "
            "English or Cymraeg (Welsh) (default: the desktop app's Language setting)",
        ),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=tr(
            CLI_CONTEXT,
            "also show the log on stderr, with debugging detail (it always goes to the log "
            "file in the data folder's logs folder)",
        ),
    )
    encryption.add_passphrase_option(parser, root=True)
    commands = parser.add_subparsers(
        dest="command", metavar="<command>", parser_class=ArgumentParser
    )
    entries.register(commands)
    journal.register(commands)
    export.register(commands)
    encryption.register(commands)
    for name in (
        "feeds",
        "check",
        "remind",
        "capture",
        "capture_social",
        "diagnostics",
        "review",
        "server",
        "team",
    ):
        try:
            module = __import__(f"cpdlog.cli.{name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"cpdlog.cli.{name}":
                raise
            continue
        module.register(commands)
    encryption.add_passphrase_everywhere(parser)
    return parser


def open_app(args: argparse.Namespace) -> App:
    from cpdlog.cli.encryption import passphrase_ahead

    # before the database layer is imported: a passphrase file's key derivation (scrypt, a
    # deliberate fraction of a second) then runs while SQLAlchemy and the services load
    passphrase = passphrase_ahead(args)
    from cpdlog.cli.common import database_url, with_server_advice
    from cpdlog.errors import StorageError
    from cpdlog.services.app import App

    url = database_url(args)  # --database-url, the environment, or the server chosen in the app
    try:
        return App.open(args.home, url, passphrase=passphrase, on_busy=_tell_busy)
    except StorageError as error:
        raise with_server_advice(args, error) from None


def _tell_busy(message: str) -> None:
    """The database server is busy and cpdlog is about to try again: say so on stderr."""
    print(f"cpdlog: {message}", file=sys.stderr)


def fail(message: str, code: int) -> int:
    # One line, whatever the message quotes back (a newline or terminal escape typed or
    # imported by someone hostile becomes "?").
    message = "".join(ch if ch.isprintable() else "?" for ch in message)
    print(f"cpdlog: {message}", file=sys.stderr)
    return code


def start_logging(args: argparse.Namespace) -> None:
    """The log file in the data folder (and stderr with ``--verbose``); never stops a command."""
    from cpdlog import logs
    from cpdlog.paths import resolve_paths

    logs.setup(resolve_paths(args.home).home, verbose=bool(getattr(args, "verbose", False)))
    import logging

    logging.getLogger(__name__).debug(  # debug: a quiet command leaves no log file behind
        "cpdlog %s: command %s", __version__, getattr(args, "command", None) or "app"
    )


def _option_value(argv: Sequence[str], option: str) -> str | None:
    """The value given to a root ``option`` (``--opt VALUE`` or ``--opt=VALUE``), or None."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == option and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(option + "="):
            return arg.partition("=")[2]
    return None


def choose_language_early(argv: Sequence[str]) -> None:
    """The language before the parser is built, so that ``--help`` texts are translated too:
    ``--language`` as typed, else the saved setting of the data folder ``--home`` names. A
    value argparse will refuse is ignored here (argparse then reports it)."""
    from cpdlog import i18n
    from cpdlog.paths import resolve_paths

    choice = _option_value(argv, "--language")
    if choice not in i18n.CHOICES:
        choice = None
    try:
        home = resolve_paths(_option_value(argv, "--home")).home
    except (OSError, RuntimeError, ValueError):  # e.g. "~nobody": argparse's turn later
        home = None
    i18n.set_language(choice or i18n.saved_language(home))


def choose_language(args: argparse.Namespace) -> None:
    """``--language``, else the language chosen in the desktop app's settings."""
    from cpdlog import i18n
    from cpdlog.paths import resolve_paths

    choice = getattr(args, "language", None)
    i18n.set_language(choice or i18n.saved_language(resolve_paths(args.home).home))


def _skip_exit_collections() -> None:
    """A command's process ends when it returns, and Python's finalisation then runs full
    garbage collections over every module's objects: 0.3-0.9 s of CPU once SQLAlchemy and the
    feed engine are loaded, after the last output. The objects alive at exit are left out of
    those collections (``gc.freeze`` as an exit handler, after those registered later, e.g.
    the parse processes' shutdown); the command has closed its files and the database by
    then, and the memory goes with the process anyway."""
    import atexit
    import gc

    atexit.unregister(gc.freeze)  # once, however many commands run in one process (tests)
    atexit.register(gc.freeze)


def _ignore_further_interrupts() -> None:
    """After "stopped.", a second Ctrl+C (or one still pending) must not interrupt the exit.

    The command is ending because the user asked it to; without this, an interrupt that
    arrives while the exit handlers run (stopping helper processes, joining threads) is
    raised outside every ``except`` and Python ends the process by SIGINT, not with 130."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _forget_unhandled_interrupt()


def _forget_unhandled_interrupt() -> None:
    """Clear CPython's note of an unhandled Ctrl+C, once the interrupt has been handled.

    When a KeyboardInterrupt leaves code that exec() or eval() runs from text (a dataclass's
    generated methods, a named tuple's: a module imported part-way through a command defines
    them), CPython notes that the interrupt went unhandled, however it is caught afterwards;
    at the end of ``python -m cpdlog`` the interpreter then ends itself by SIGINT (exit -2)
    instead of with the code the command returned (130). Running any text with exec() clears
    the note (CPython resets it whenever exec or eval starts on text; there is no other way
    from Python), so the process ends with 130 wherever the interrupt landed."""
    exec("", {})  # empty text, on purpose: see above


def main(argv: Sequence[str] | None = None) -> int:
    from cpdlog.cli.argparse_words import in_language

    # argparse's own words ("usage:", "the following arguments are required") in the language
    # chosen too, for as long as the command runs
    with in_language():
        return _run(list(sys.argv[1:] if argv is None else argv))


def _run(argv: list[str]) -> int:
    from cpdlog.errors import CpdlogError

    try:
        from cpdlog.cli.capture import rewrite_link_argv

        argv = rewrite_link_argv(argv)
        choose_language_early(argv)
        parser = build_parser()
        args = parser.parse_args(argv)
        start_logging(args)
        choose_language(args)
        if args.command is None:
            from cpdlog.cli.gui import start_gui

            return start_gui(args)
        handler = args.handler
        _skip_exit_collections()
        if getattr(args, "no_app", False):
            return int(handler(args, None))
        app = open_app(args)
        for notice in app.notices:  # e.g. evidence records set aside at start-up
            print(f"cpdlog: {notice}", file=sys.stderr)
        try:
            return int(handler(args, app))
        finally:
            app.close()
    except UsageError as exc:
        return fail(str(exc), 2)
    except CpdlogError as exc:
        return fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _ignore_further_interrupts()
        return fail(tr(CLI_CONTEXT, "stopped."), 130)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a fault we did not foresee: logged, then one line, no traceback
        import logging
        import os

        logging.getLogger(__name__).exception("The command failed unexpectedly")
        from cpdlog.services.app import explain_driver_error

        explained = explain_driver_error(exc)
        if explained is not None:
            return fail(str(explained), 1)
        if os.environ.get(DEBUG_ENV) == "1":
            raise  # for developers and the tests: the traceback, so a fault cannot pass unseen
        return fail(
            tr(
                CLI_CONTEXT,
                "something unexpected went wrong ({fault}); this is a fault in cpdlog. "
                "`cpdlog diagnostics` shows what to include if you report it.",
            ).format(fault=type(exc).__name__),
            1,
        )
