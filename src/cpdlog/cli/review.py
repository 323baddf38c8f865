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
from cpdlog.i18n import plural, tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.domain.confidentiality import Finding
    from cpdlog.services.app import App

WHOLE_ENTRY = "entry"  # --comment entry=TEXT: about the whole entry, not one section
_COMMENT = re.compile(r"(?:([0-9]{1,4}):)?([A-Za-z0-9_][A-Za-z0-9_.:-]{0,63})=(.*)", re.DOTALL)
_PEER = re.compile(r"([0-9]{1,4})=(.*)", re.DOTALL)


def register(commands: Any) -> None:
    from cpdlog.cli.common import entry_id

    review = commands.add_parser(
        "review",
        help=tr(CLI_CONTEXT, "send entries for review and sign-off, and take back the response"),
    )
    sub = review.add_subparsers(dest="review_command", metavar="<action>", required=True)

    export = sub.add_parser(
        "export", help=tr(CLI_CONTEXT, "write a review pack of entries for your supervisor")
    )
    export.add_argument("entry_ids", type=entry_id, nargs="+", metavar="ENTRY")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_allow_identifiers(export)
    export.set_defaults(handler=cmd_export)

    show = sub.add_parser(
        "open", help=tr(CLI_CONTEXT, "(supervisor) show a review pack and check it is intact")
    )
    show.add_argument("pack", type=Path, metavar="PACK")
    show.set_defaults(handler=cmd_open)

    respond = sub.add_parser(
        "respond",
        help=tr(CLI_CONTEXT, "(supervisor) comment on and sign off a review pack's entries"),
    )
    respond.add_argument("pack", type=Path, metavar="PACK")
    respond.add_argument("--name", required=True, help=tr(CLI_CONTEXT, "your name as the reviewer"))
    respond.add_argument(
        "--role",
        default="",
        help=tr(CLI_CONTEXT, 'your role, e.g. "Practice educator" or "ASYE assessor"'),
    )
    respond.add_argument(
        "--comment",
        action="append",
        default=[],
        metavar="[N:]SECTION=TEXT",
        help=tr(
            CLI_CONTEXT,
            "a comment on a section of entry N (N may be left out when the pack has one "
            "entry); SECTION '{whole}' is about the whole entry (repeat for more)",
        ).format(whole=WHOLE_ENTRY),
    )
    respond.add_argument(
        "--peer-discussion",
        action="append",
        default=[],
        metavar="N=TEXT",
        help=tr(
            CLI_CONTEXT,
            "your record of the peer-reflection discussion of entry N (repeat for more)",
        ),
    )
    respond.add_argument(
        "--peer-date",
        metavar="YYYY-MM-DD",
        help=tr(CLI_CONTEXT, "when the discussion took place (default today)"),
    )
    respond.add_argument(
        "--sign",
        type=_position,
        nargs="+",
        default=[],
        metavar="N",
        help=tr(
            CLI_CONTEXT,
            "sign off entry N as it is in the pack (its number in `cpdlog review open`)",
        ),
    )
    respond.add_argument(
        "--statement", help=tr(CLI_CONTEXT, "the sign-off statement (a standard one if left out)")
    )
    respond.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_allow_identifiers(respond)
    respond.set_defaults(handler=cmd_respond)

    imp = sub.add_parser(
        "import", help=tr(CLI_CONTEXT, "take in your supervisor's review response")
    )
    imp.add_argument("response", type=Path, metavar="RESPONSE")
    imp.add_argument(
        "--accept-new-key",
        action="store_true",
        help=tr(
            CLI_CONTEXT,
            "accept a response signed with a key other than the one first seen for that "
            "reviewer (only after checking with them that they set up cpdlog again)",
        ),
    )
    imp.set_defaults(handler=cmd_import)

    from cpdlog.cli.team import add_review_list

    add_review_list(sub)  # on a team server: the entries shared with you


def _position(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,4}", text.strip()):
        raise argparse.ArgumentTypeError(
            tr(CLI_CONTEXT, "'{text}' is not an entry number in the pack").format(text=text[:30])
        )
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(tr(CLI_CONTEXT, "entries in a pack are numbered from 1"))
    return value


def _one_entry_or(position: str | None, count: int, option: str) -> int:
    from cpdlog.errors import ValidationError

    if position is not None:
        return int(position)
    if count != 1:
        raise ValidationError(
            tr(
                CLI_CONTEXT,
                "This pack has {count} entries: say which one, e.g. {option} 2:learnt=…",
            ).format(count=count, option=option),
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
    print(
        tr(
            CLI_CONTEXT,
            "Review pack with {entries} written to {path}. Your key's fingerprint: {fingerprint}.",
        ).format(
            entries=plural(CLI_CONTEXT, written.entries, "%n entry", "%n entries"),
            path=written.path,
            fingerprint=identity.fingerprint,
        )
        + included_note(findings)
    )
    return 0


def cmd_open(args: argparse.Namespace, app: App) -> int:
    from cpdlog.domain.dates import long_date
    from cpdlog.domain.entry import ActivityType
    from cpdlog.domain.text import shown

    opened = app.review.open_pack(args.pack)
    pack = opened.pack
    templates = app.entries.templates()
    name = shown(pack.practitioner, 80) or tr(CLI_CONTEXT, "(no name given)")
    print(
        tr(CLI_CONTEXT, "Review pack from {name}, made on {date}.").format(
            name=name, date=long_date(pack.created_at.date())
        )
    )
    print(
        tr(CLI_CONTEXT, "Signed by the key with fingerprint {fingerprint}; it is intact.").format(
            fingerprint=opened.fingerprint
        )
    )
    for n, item in enumerate(pack.entries, start=1):
        c = item.content
        hours = c["quarter_hours"] / 4
        print()
        print(f"[{n}] {shown(c['title'], 200)}")
        when = c["start_date"]
        if c["end_date"]:
            when = tr(CLI_CONTEXT, "{start} to {end}").format(start=when, end=c["end_date"])
        print(
            "    "
            + tr(CLI_CONTEXT, "{activity}, {when}, {hours}").format(
                activity=tr("cpdlog", ActivityType(c["activity_type"]).label),
                when=when,
                hours=plural(CLI_CONTEXT, hours, "%n hour", "%n hours"),
            )
        )
        template = templates.get(c["template_id"])
        for key, text in c["sections"]:
            prompt = template.prompt_for(key) if template else key
            print(f"  {key} ({shown(prompt, 200)}):" if prompt != key else f"  {key}:")
            for line in text.splitlines() or [""]:
                print(f"    {shown(line, 10_000)}")
        if c["peer"]:
            p = c["peer"]
            print(
                "  "
                + tr(CLI_CONTEXT, "peer reflection with {name} ({role}):").format(
                    name=shown(p["name"], 80), role=shown(p["role"], 80)
                )
            )
            for line in p["text"].splitlines():
                print(f"    {shown(line, 10_000)}")
        if c["standards"]:
            print(
                "  "
                + tr(CLI_CONTEXT, "standards: {standards}").format(
                    standards=", ".join(c["standards"])
                )
            )
        for ev in c["evidence"]:
            print(
                "  "
                + tr(CLI_CONTEXT, "evidence: {file} (SHA-256 {checksum}…)").format(
                    file=shown(ev["filename"], 120), checksum=ev["sha256"][:16]
                )
            )
    return 0


def cmd_respond(args: argparse.Namespace, app: App) -> int:
    from cpdlog.domain.entry import parse_date
    from cpdlog.errors import ValidationError
    from cpdlog.services.review import DEFAULT_STATEMENT, Comment, PeerDiscussion

    pack = app.review.open_pack(args.pack).pack
    count = len(pack.entries)
    comments = []
    for raw in args.comment:
        m = _COMMENT.fullmatch(raw)
        if m is None:
            raise ValidationError(
                tr(
                    CLI_CONTEXT,
                    "Write a comment as SECTION=TEXT or N:SECTION=TEXT (e.g. 1:learnt=Good "
                    "link to the law), or {whole}=TEXT for the whole entry.",
                ).format(whole=WHOLE_ENTRY),
                field="comment",
            )
        position = _one_entry_or(m.group(1), count, "--comment")
        section = None if m.group(2) == WHOLE_ENTRY else m.group(2)
        comments.append(Comment(position, section, m.group(3)))
    peer_date = parse_date(args.peer_date, tr(CLI_CONTEXT, "peer date")) if args.peer_date else None
    peers = []
    for raw in args.peer_discussion:
        m = _PEER.fullmatch(raw)
        if m is None:
            raise ValidationError(
                tr(
                    CLI_CONTEXT,
                    "Write a peer discussion as N=TEXT, where N is the entry's number in the pack.",
                ),
                field="peer_discussion",
            )
        peers.append(PeerDiscussion(int(m.group(1)), m.group(2), peer_date))
    statement = args.statement if args.statement is not None else DEFAULT_STATEMENT
    # confidentiality gate: what the reviewer writes goes back to the practitioner by email
    found = app.confidentiality.gate_response(
        pack, args.name, comments, peers, statement if args.sign else ""
    )
    if not response_gate(found, args.allow_identifiers):
        return 1
    written = app.review.respond(
        args.pack,
        args.output,
        name=args.name,
        role=args.role,
        comments=comments,
        peer_discussions=peers,
        sign=args.sign,
        statement=statement,
    )
    identity = app.review.identity()
    print(
        tr(
            CLI_CONTEXT,
            "Review response written to {path}: {comments} comment(s) and {signed} sign-off(s). "
            "Your key's fingerprint: {fingerprint} (tell the practitioner, so they can check it).",
        ).format(
            path=written.path,
            comments=written.comments,
            signed=written.signed,
            fingerprint=identity.fingerprint,
        )
    )
    return 0


def response_gate(found: list[tuple[str, Finding]], allow: bool) -> bool:
    """List findings in a response on stderr; False (refused) unless ``allow`` or none."""
    import sys

    from cpdlog.cli.check import list_placed_findings

    if not found:
        return True
    counted = list_placed_findings(found)
    if allow:
        print(
            "cpdlog: "
            + tr(
                CLI_CONTEXT, "warning: the response includes {findings} (--allow-identifiers)."
            ).format(findings=counted),
            file=sys.stderr,
        )
        return True
    print(
        "cpdlog: "
        + tr(
            CLI_CONTEXT,
            "response refused: {findings} that could identify someone. Reword them, or add "
            "--allow-identifiers to send them anyway.",
        ).format(findings=counted),
        file=sys.stderr,
    )
    return False


def cmd_import(args: argparse.Namespace, app: App) -> int:
    import sys

    from cpdlog.domain.text import shown

    result = app.review.import_response(args.response, accept_new_key=args.accept_new_key)
    who = shown(result.reviewer, 80) + (f" ({shown(result.role, 80)})" if result.role else "")
    if result.key_replaced:
        print(
            "cpdlog: "
            + tr(
                CLI_CONTEXT,
                "WARNING: {who}'s signing key changed; the new one ({fingerprint}) is now "
                "remembered instead (--accept-new-key).",
            ).format(who=who, fingerprint=result.fingerprint),
            file=sys.stderr,
        )
    elif result.first_time:
        print(
            tr(
                CLI_CONTEXT,
                "First response from {who}: their key's fingerprint is {fingerprint}. Check it "
                "with them; cpdlog remembers it and warns you if it ever changes.",
            ).format(who=who, fingerprint=result.fingerprint)
        )
    else:
        print(
            tr(CLI_CONTEXT, "Signed by {who}'s key, as before ({fingerprint}).").format(
                who=who, fingerprint=result.fingerprint
            )
        )
    print(tr(CLI_CONTEXT, "Imported {count} comment(s).").format(count=result.comments))
    for title in result.signed:
        print(tr(CLI_CONTEXT, "Signed off: {title}").format(title=shown(title, 100)))
    for title in result.signed_earlier:
        print(
            tr(
                CLI_CONTEXT,
                "Signed off for an earlier version (the entry has changed since): {title}",
            ).format(title=shown(title, 100))
        )
    if result.missing:
        print(
            "cpdlog: "
            + plural(
                CLI_CONTEXT,
                result.missing,
                "%n entry in the response is no longer in this journal (deleted for good); "
                "skipped.",
                "%n entries in the response are no longer in this journal (deleted for good); "
                "skipped.",
            ),
            file=sys.stderr,
        )
    return 0
