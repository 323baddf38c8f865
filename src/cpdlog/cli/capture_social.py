"""``cpdlog capture hashtag ...``: a hashtag discussion over a time window as one draft entry.

Registers into a shared ``capture`` command group (another module may add ``capture serve``
and ``capture token``); :func:`add_social_commands` adds this module's sub-commands to any
``capture`` sub-parser collection.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cpdlog.cli.common import print_json
from cpdlog.i18n import tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.services.app import App


def register(commands: Any) -> None:
    """Add ``capture hashtag``, creating the ``capture`` group if nobody has yet."""
    existing = commands.choices.get("capture")
    sub = None
    if existing is not None:
        sub = getattr(existing, "capture_commands", None) or next(
            (a for a in existing._actions if isinstance(a, argparse._SubParsersAction)), None
        )
    if sub is None:
        group = commands.add_parser(
            "capture",
            help=tr(CLI_CONTEXT, "capture learning from the web: hashtag discussions and more"),
        )
        sub = group.add_subparsers(dest="capture_command", metavar="<action>", required=True)
        group.capture_commands = sub
    add_social_commands(sub)


def add_social_commands(sub: Any) -> None:
    tag = sub.add_parser(
        "hashtag",
        help=tr(
            CLI_CONTEXT,
            "a Mastodon hashtag discussion over a time window, as one draft; prints its id",
        ),
        description=(
            tr(
                CLI_CONTEXT,
                "Fetch every public post with the hashtag on one Mastodon server between two "
                "times and save them, in time order, as the evidence of one draft entry. Times are "
                "your computer's local time unless you give an offset (e.g. 2026-03-13T09:00+01:00 "
                "or ...Z for UTC).",
            )
        ),
    )
    tag.add_argument("tag", help=tr(CLI_CONTEXT, "the hashtag, with or without #, e.g. 12thMW"))
    tag.add_argument(
        "--instance",
        required=True,
        metavar="HOST|URL",
        help=tr(CLI_CONTEXT, "the Mastodon server: a name like mastodon.social or a base URL"),
    )
    tag.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar="ISO",
        help=tr(
            CLI_CONTEXT,
            "start of the window, e.g. 2026-03-13T09:00 (local time unless an offset is given)",
        ),
    )
    tag.add_argument(
        "--to",
        dest="end",
        required=True,
        metavar="ISO",
        help=tr(
            CLI_CONTEXT,
            "end of the window, e.g. 2026-03-13T17:00 (local time unless an offset is given)",
        ),
    )
    tag.add_argument(
        "--json", action="store_true", help=tr(CLI_CONTEXT, "print the saved draft as JSON")
    )
    tag.set_defaults(handler=cmd_hashtag)


def cmd_hashtag(args: argparse.Namespace, app: App) -> int:
    import sys

    from cpdlog.services.social import SocialService, parse_moment

    start = parse_moment(args.start, "from")
    end = parse_moment(args.end, "to")
    service = SocialService(app)
    try:
        captured = service.capture_hashtag(args.tag, args.instance, start, end)
    finally:
        service.close()
    saved = captured.entry
    print(f"cpdlog: {captured.summary}.", file=sys.stderr)
    for note in captured.notes:
        print("cpdlog: " + tr(CLI_CONTEXT, "note: {note}").format(note=note), file=sys.stderr)
    if args.json:
        from cpdlog.domain.serialise import entry_to_dict

        print_json(entry_to_dict(saved))
    else:
        print(saved.id)
    return 0
