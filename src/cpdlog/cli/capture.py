"""``cpdlog capture ...``: the local capture endpoint, its token, the bookmarklet, and
``cpdlog cpdlog://capture?url=…`` links (what the desktop file's URL-scheme handler runs).

Only the standard library is imported at the top (the parser must stay quick).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from cpdlog.cli.common import print_json
from cpdlog.i18n import tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.services.app import App


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(
            tr(CLI_CONTEXT, "'{text}' is not a port number (0 to 65535)").format(text=text)
        )
    return value


def register(commands: Any) -> None:
    capture = commands.add_parser(
        "capture", help=tr(CLI_CONTEXT, "save pages from your browser to your CPD inbox")
    )
    sub = capture.add_subparsers(dest="capture_command", metavar="<action>", required=True)

    serve = sub.add_parser(
        "serve",
        help=tr(CLI_CONTEXT, "run the capture endpoint for the browser extension (Ctrl+C stops)"),
    )
    serve.add_argument(
        "--port",
        type=_port,
        default=None,
        help=tr(CLI_CONTEXT, "port on 127.0.0.1 (default 38765; 0: any free)"),
    )
    serve.set_defaults(handler=cmd_serve)

    token = sub.add_parser(
        "token", help=tr(CLI_CONTEXT, "show the token that pairs the browser extension")
    )
    token.add_argument(
        "--rotate",
        action="store_true",
        help=tr(CLI_CONTEXT, "make a new token (pair the extension again)"),
    )
    token.set_defaults(handler=cmd_token, no_app=True)

    mark = sub.add_parser(
        "bookmarklet", help=tr(CLI_CONTEXT, "print the bookmarklet to add to your bookmarks")
    )
    mark.set_defaults(handler=cmd_bookmarklet, no_app=True)

    link = sub.add_parser(
        "link", help=tr(CLI_CONTEXT, "save a cpdlog://capture?url=… link to your CPD inbox")
    )
    link.add_argument("link", metavar="LINK")
    link.add_argument("--json", action="store_true")
    link.set_defaults(handler=cmd_link, no_app=True)

    inbox = sub.add_parser("inbox", help=tr(CLI_CONTEXT, "list the drafts in your CPD inbox"))
    inbox.add_argument("--json", action="store_true")
    inbox.set_defaults(handler=cmd_inbox)


def rewrite_link_argv(argv: list[str]) -> list[str]:
    """``cpdlog [--home DIR] cpdlog://capture?…`` → ``cpdlog … capture link cpdlog://…``."""
    for i, arg in enumerate(argv):
        if arg.startswith("-") or (i and argv[i - 1] in ("--home", "--database-url")):
            continue
        # Every capture link starts "cpdlog:"; only then is the link module (urllib.request,
        # sockets) worth loading, so other commands start without it.
        if arg[:7].lower() != "cpdlog:":
            return argv
        from cpdlog.capture.scheme import is_capture_link

        if is_capture_link(arg):
            return [*argv[:i], "capture", "link", *argv[i:]]
        return argv  # the first positional is a command: leave the line alone
    return argv


def _home(args: argparse.Namespace) -> Any:
    from cpdlog.paths import resolve_paths

    return resolve_paths(args.home).ensure().home


def cmd_token(args: argparse.Namespace, _app: None) -> int:
    from cpdlog.capture.pairing import ensure_token, rotate_token

    home = _home(args)
    token = rotate_token(home) if args.rotate else ensure_token(home)
    print(token)
    if args.rotate:
        print(
            tr(
                CLI_CONTEXT,
                "A new token is in use: paste it into the extension's options to pair it again.",
            ),
            file=sys.stderr,
        )
    return 0


def cmd_bookmarklet(args: argparse.Namespace, _app: None) -> int:
    from cpdlog.capture.pairing import DEFAULT_PORT, read_discovery
    from cpdlog.capture.server import bookmarklet

    print(bookmarklet(read_discovery(_home(args)) or DEFAULT_PORT))
    return 0


def cmd_link(args: argparse.Namespace, _app: None) -> int:
    from cpdlog.capture.scheme import deliver, parse_capture_link
    from cpdlog.services.app import system_clock

    capture = parse_capture_link(args.link, captured_at=system_clock())
    outcome, detail = deliver(_home(args), capture, args.link)
    if args.json:
        print_json({"outcome": outcome, "detail": detail})
    elif outcome == "delivered":
        assert isinstance(detail, dict)
        if "queued" in detail:  # the app is open but its journal is still opening
            print(
                tr(
                    CLI_CONTEXT,
                    "cpdlog is opening: the page will be in your CPD inbox once it is open.",
                )
            )
        else:
            print(
                tr(CLI_CONTEXT, "Saved to your CPD inbox: {title}").format(
                    title=detail.get("title") or capture.url
                )
            )
    else:
        print(
            tr(
                CLI_CONTEXT,
                "cpdlog is not open: the page will be in your CPD inbox when you next open it "
                "({count} waiting).",
            ).format(count=detail)
        )
    return 0


def cmd_inbox(args: argparse.Namespace, app: App) -> int:
    entries = app.capture.inbox()
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "title": e.title,
                    "url": e.source.url,
                    "date": e.start_date.isoformat(),
                }
                for e in entries
            ]
        )
        return 0
    for e in entries:
        print(f"{e.id}\t{e.start_date.isoformat()}\t{e.title}\t{e.source.url}")
    if not entries:
        print(tr(CLI_CONTEXT, "Your CPD inbox is empty."), file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace, app: App) -> int:
    drained = app.capture.drain_queue()
    for result in drained:
        print(
            tr(
                CLI_CONTEXT, "Saved to your CPD inbox (waiting since cpdlog was closed): {title}"
            ).format(title=result.entry.title)
        )
    endpoint = app.capture.endpoint(args.port)
    port = endpoint.bind()
    print(
        tr(CLI_CONTEXT, "Capture endpoint on {address} (Ctrl+C stops).").format(
            address=f"http://127.0.0.1:{port}/"
        ),
        flush=True,
    )
    try:
        endpoint.serve_forever()
    except KeyboardInterrupt:
        print(tr(CLI_CONTEXT, "Capture endpoint stopped."), file=sys.stderr)
    finally:
        endpoint.stop()
    return 0
