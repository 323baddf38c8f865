"""``cpdlog review ...``: review and sign-off on files, without a server.

The practitioner runs ``review export`` and later ``review import``; the supervisor runs
``review open`` and ``review respond`` in their own cpdlog. See ``docs/review-packs.md``.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog.cli.check import add_allow_identifiers, export_gate, included_note

if TYPE_CHECKING:
    from cpdlog.services.app import App

WHOLE_ENTRY = "entry"  # --comment entry=TEXT: about the whole entry, not one section
_COMMENT = re.compile(r"(?:([0-9]{1,4}):)?([A-Za-z0-9_][A-Za-z0-9_.:-]{0,63})=(.*)", re.DOTALL)
_PEER = re.compile(r"([0-9]{1,4})=(.*)", re.DOTALL)


def register(commands: Any) -> None:
    from cpdlog.cli.common import entry_id

    review = commands.add_parser(
        "review", help="send entries for review and sign-off, and take back the response"
    )
    sub = review.add_subparsers(dest="review_command", metavar="<action>", required=True)

    export = sub.add_parser("export", help="write a review pack of entries for your supervisor")
    export.add_argument("entry_ids", type=entry_id, nargs="+", metavar="ENTRY")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_allow_identifiers(export)
    export.set_defaults(handler=cmd_export)

    show = sub.add_parser("open", help="(supervisor) show a review pack and check it is intact")
    show.add_argument("pack", type=Path, metavar="PACK")
    show.set_defaults(handler=cmd_open)

    respond = sub.add_parser(
        "respond", help="(supervisor) comment on and sign off a review pack's entries"
    )
    respond.add_argument("pack", type=Path, metavar="PACK")
    respond.add_argument("--name", required=True, help="your name as the reviewer")
    respond.add_argument(
        "--role", default="", help='your role, e.g. "Practice educator" or "ASYE assessor"'
    )
    respond.add_argument(
        "--comment",
        action="append",
        default=[],
        metavar="[N:]SECTION=TEXT",
        help="a comment on a section of entry N (N may be left out when the pack has one "
        f"entry); SECTION '{WHOLE_ENTRY}' is about the whole entry (repeat for more)",
    )
    respond.add_argument(
        "--peer-discussion",
        action="append",
        default=[],
        metavar="N=TEXT",
        help="your record of the peer-reflection discussion of entry N (repeat for more)",
    )
    respond.add_argument(
        "--peer-date", metavar="YYYY-MM-DD", help="when the discussion took place (default today)"
    )
    respond.add_argument(
        "--sign",
        type=_position,
        nargs="+",
        default=[],
        metavar="N",
        help="sign off entry N as it is in the pack (its number in `cpdlog review open`)",
    )
    respond.add_argument("--statement", help="the sign-off statement (a standard one if left out)")
    respond.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    respond.set_defaults(handler=cmd_respond)

    imp = sub.add_parser("import", help="take in your supervisor's review response")
    imp.add_argument("response", type=Path, metavar="RESPONSE")
    imp.add_argument(
        "--accept-new-key",
        action="store_true",
        help="accept a response signed with a key other than the one first seen for that "
        "reviewer (only after checking with them that they set up cpdlog again)",
    )
    imp.set_defaults(handler=cmd_import)

    from cpdlog.cli.team import add_review_list

    add_review_list(sub)  # on a team server: the entries shared with you


def _position(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,4}", text.strip()):
        raise argparse.ArgumentTypeError(f"'{text[:30]}' is not an entry number in the pack")
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("entries in a pack are numbered from 1")
    return value


def _one_entry_or(position: str | None, count: int, option: str) -> int:
    from cpdlog.errors import ValidationError

    if position is not None:
        return int(position)
    if count != 1:
        raise ValidationError(
            f"This pack has {count} entries: say which one, e.g. {option} 2:learnt=…",
            field="comment",
        )
    return 1


def cmd_export(args: argparse.Namespace, app: App) -> int:
    entries = [app.entries.get(i) for i in args.entry_ids]
    go, findings = export_gate(app, entries, args.allow_identifiers)
    if not go:
        return 1
    written = app.review.export_pack(args.entry_ids, args.output)
    identity = app.review.identity()
    plural = "entry" if written.entries == 1 else "entries"
    print(
        f"Review pack with {written.entries} {plural} written to {written.path}. "
        f"Your key's fingerprint: {identity.fingerprint}.{included_note(findings)}"
    )
    return 0


def cmd_open(args: argparse.Namespace, app: App) -> int:
    from cpdlog.domain.dates import long_date
    from cpdlog.domain.entry import ActivityType
    from cpdlog.domain.text import shown

    opened = app.review.open_pack(args.pack)
    pack = opened.pack
    templates = app.entries.templates()
    name = shown(pack.practitioner, 80) or "(no name given)"
    print(f"Review pack from {name}, made on {long_date(pack.created_at.date())}.")
    print(f"Signed by the key with fingerprint {opened.fingerprint}; it is intact.")
    for n, item in enumerate(pack.entries, start=1):
        c = item.content
        hours = c["quarter_hours"] / 4
        print()
        print(f"[{n}] {shown(c['title'], 200)}")
        print(
            f"    {ActivityType(c['activity_type']).label}, {c['start_date']}"
            f"{' to ' + c['end_date'] if c['end_date'] else ''}, {hours:g} hours"
        )
        template = templates.get(c["template_id"])
        for key, text in c["sections"]:
            prompt = template.prompt_for(key) if template else key
            print(f"  {key} ({shown(prompt, 200)}):" if prompt != key else f"  {key}:")
            for line in text.splitlines() or [""]:
                print(f"    {shown(line, 10_000)}")
        if c["peer"]:
            p = c["peer"]
            print(f"  peer reflection with {shown(p['name'], 80)} ({shown(p['role'], 80)}):")
            for line in p["text"].splitlines():
                print(f"    {shown(line, 10_000)}")
        if c["standards"]:
            print(f"  standards: {', '.join(c['standards'])}")
        for ev in c["evidence"]:
            print(f"  evidence: {shown(ev['filename'], 120)} (SHA-256 {ev['sha256'][:16]}…)")
    return 0


def cmd_respond(args: argparse.Namespace, app: App) -> int:
    from cpdlog.domain.entry import parse_date
    from cpdlog.errors import ValidationError
    from cpdlog.services.review import DEFAULT_STATEMENT, Comment, PeerDiscussion

    count = len(app.review.open_pack(args.pack).pack.entries)
    comments = []
    for raw in args.comment:
        m = _COMMENT.fullmatch(raw)
        if m is None:
            raise ValidationError(
                "Write a comment as SECTION=TEXT or N:SECTION=TEXT (e.g. 1:learnt=Good "
                f"link to the law), or {WHOLE_ENTRY}=TEXT for the whole entry.",
                field="comment",
            )
        position = _one_entry_or(m.group(1), count, "--comment")
        section = None if m.group(2) == WHOLE_ENTRY else m.group(2)
        comments.append(Comment(position, section, m.group(3)))
    peer_date = parse_date(args.peer_date, "peer date") if args.peer_date else None
    peers = []
    for raw in args.peer_discussion:
        m = _PEER.fullmatch(raw)
        if m is None:
            raise ValidationError(
                "Write a peer discussion as N=TEXT, where N is the entry's number in the pack.",
                field="peer_discussion",
            )
        peers.append(PeerDiscussion(int(m.group(1)), m.group(2), peer_date))
    written = app.review.respond(
        args.pack,
        args.output,
        name=args.name,
        role=args.role,
        comments=comments,
        peer_discussions=peers,
        sign=args.sign,
        statement=args.statement if args.statement is not None else DEFAULT_STATEMENT,
    )
    identity = app.review.identity()
    print(
        f"Review response written to {written.path}: {written.comments} comment(s) and "
        f"{written.signed} sign-off(s). Your key's fingerprint: {identity.fingerprint} "
        "(tell the practitioner, so they can check it)."
    )
    return 0


def cmd_import(args: argparse.Namespace, app: App) -> int:
    import sys

    from cpdlog.domain.text import shown

    result = app.review.import_response(args.response, accept_new_key=args.accept_new_key)
    who = shown(result.reviewer, 80) + (f" ({shown(result.role, 80)})" if result.role else "")
    if result.key_replaced:
        print(
            f"cpdlog: WARNING: {who}'s signing key changed; the new one ({result.fingerprint}) "
            "is now remembered instead (--accept-new-key).",
            file=sys.stderr,
        )
    elif result.first_time:
        print(
            f"First response from {who}: their key's fingerprint is {result.fingerprint}. "
            "Check it with them; cpdlog remembers it and warns you if it ever changes."
        )
    else:
        print(f"Signed by {who}'s key, as before ({result.fingerprint}).")
    print(f"Imported {result.comments} comment(s).")
    for title in result.signed:
        print(f"Signed off: {shown(title, 100)}")
    for title in result.signed_earlier:
        print(
            f"Signed off for an earlier version (the entry has changed since): {shown(title, 100)}"
        )
    if result.missing:
        print(
            f"cpdlog: {result.missing} entr{'y' if result.missing == 1 else 'ies'} in the "
            "response are no longer in this journal (deleted for good); skipped.",
            file=sys.stderr,
        )
    return 0
