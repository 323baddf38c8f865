"""Helpers shared by the command modules: output and option parsing."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cpdlog.errors import StorageError

from cpdlog.i18n import tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


MAX_ID = 2**63 - 1  # SQLite's largest INTEGER
MAX_LIMIT = 10_000  # the most results one --limit may ask for
MAX_COUNT = 10_000  # the largest minimum, number of backups kept... a count option accepts
_WHOLE_NUMBER = re.compile(r"[0-9]+")  # ASCII digits only: no sign, "_", spaces inside
_TOO_BIG = MAX_ID + 1


def _whole_number(text: str) -> int | None:
    """``text`` as a whole number, or None: plain ASCII digits only.

    More than 19 digits gives ``MAX_ID + 1`` (out of every range) without converting them all.
    """
    stripped = text.strip()
    if not _WHOLE_NUMBER.fullmatch(stripped):
        return None
    return int(stripped) if len(stripped) <= 19 else _TOO_BIG


def _shown(text: str) -> str:
    from cpdlog.domain.text import shown

    return shown(text, 30)


def _what(what: str) -> str:
    """The words for what an option wants, in the chosen language (at parse time)."""
    words = {
        "a whole number": tr(CLI_CONTEXT, "a whole number"),
        "an entry": tr(CLI_CONTEXT, "an entry"),
        "a feed": tr(CLI_CONTEXT, "a feed"),
        "an item": tr(CLI_CONTEXT, "an item"),
        "a team source": tr(CLI_CONTEXT, "a team source"),
    }
    return words.get(what, what)


def bounded_int(minimum: int, maximum: int, what: str = "a whole number") -> Callable[[str], int]:
    """An argparse type for a whole number from ``minimum`` to ``maximum``, inclusive.

    Every numeric option of the command line uses this (or :func:`numeric_id`), so nothing
    out of range reaches SQLite (whose integers stop at 2^63-1) or date arithmetic.
    """

    def convert(text: str) -> int:
        value = _whole_number(text)
        if value is None:
            if text.strip().startswith("-") and _whole_number(text.strip()[1:]) is not None:
                raise argparse.ArgumentTypeError(
                    tr(CLI_CONTEXT, "'{text}' cannot be negative").format(text=_shown(text))
                )
            raise argparse.ArgumentTypeError(
                tr(CLI_CONTEXT, "'{text}' is not {what}").format(
                    text=_shown(text), what=_what(what)
                )
            )
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                tr(CLI_CONTEXT, "'{text}' is out of range: use {minimum} to {maximum}").format(
                    text=_shown(text), minimum=f"{minimum:,}", maximum=f"{maximum:,}"
                )
            )
        return value

    return convert


positive_int = bounded_int(0, MAX_ID)  # "N items to skip" and the like: 0 or more
count = bounded_int(0, MAX_COUNT)  # a minimum or number of things: 0 to 10,000
limit = bounded_int(1, MAX_LIMIT)  # how many results to show: 1 to 10,000


def numeric_id(what: str) -> Callable[[str], int]:
    """An argparse type for ids such as "an entry" or "a feed" (whole numbers 1 to 2^63-1)."""

    def convert(text: str) -> int:
        value = _whole_number(text)
        if value is None:
            raise argparse.ArgumentTypeError(
                tr(CLI_CONTEXT, "'{text}' is not {what} id (a number)").format(
                    text=_shown(text), what=_what(what)
                )
            )
        if value < 1:
            raise argparse.ArgumentTypeError(
                tr(CLI_CONTEXT, "'{text}' is not {what} id: ids start at 1").format(
                    text=_shown(text), what=_what(what)
                )
            )
        if value > MAX_ID:
            raise argparse.ArgumentTypeError(
                tr(CLI_CONTEXT, "'{text}' is not {what} id: no id is that large").format(
                    text=_shown(text), what=_what(what)
                )
            )
        return value

    return convert


entry_id = numeric_id("an entry")


def year(text: str) -> int:
    value = _whole_number(text)
    if value is None or not 1950 <= value <= 2200:
        raise argparse.ArgumentTypeError(
            tr(CLI_CONTEXT, "'{text}' is not a year like 2026").format(text=_shown(text))
        )
    return value


def hours(text: str) -> float:
    """An argparse type for hours, by the domain's one rule (``1.5``, ``1:30``)."""
    from cpdlog.domain.entry import parse_hours
    from cpdlog.errors import ValidationError

    try:
        return parse_hours(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error).rstrip(".")) from None


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def database_url(args: argparse.Namespace) -> str | None:
    """The database every command opens, as the desktop app does: ``--database-url``, then
    ``CPDLOG_DATABASE_URL``, then the server chosen in the app (its password from the system
    keychain); None: the journal file on this computer. A chosen server whose password the
    keychain does not have is a one-line :class:`~cpdlog.errors.StorageError` (exit 1)."""
    from cpdlog.paths import resolve_paths
    from cpdlog.services import connection

    home = resolve_paths(args.home).home
    return connection.database_url(home, args.database_url, require_password=True)


def with_server_advice(args: argparse.Namespace, error: StorageError) -> StorageError:
    """``error`` (opening the journal failed), with what to do when the server chosen in the
    app is the one that could not be used; as it was otherwise."""
    from cpdlog.errors import ServerUnreachableError, StorageError
    from cpdlog.paths import resolve_paths
    from cpdlog.services import connection

    if type(error) not in (StorageError, ServerUnreachableError):
        return error  # read-only, the keychain's missing password...: nothing to add
    if not connection.from_saved_choice(resolve_paths(args.home).home, args.database_url):
        return error
    return type(error)(
        tr(CLI_CONTEXT, "{problem} If it keeps happening, {advice}").format(
            problem=str(error).rstrip(), advice=connection.cli_advice()
        )
    )
