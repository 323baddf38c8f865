"""``cpdlog check``: find details in entries that could identify the people you work with.

Exit 0 when nothing unreviewed remains, 1 when findings remain (so scripts and exports can
gate on it). ``--dismiss`` marks a finding "not identifying" for that entry; ``--redact``
replaces an entry's findings with consistent placeholders such as ``[child A]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cpdlog.cli.common import entry_id, print_json, shorten

if TYPE_CHECKING:
    from cpdlog.domain.entry import Entry
    from cpdlog.services.app import App
    from cpdlog.services.confidentiality import EntryFindings


def register(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help="find names, dates of birth, NHS numbers... that could identify people",
        description=(
            "Scan entries for details that could identify the people you work with. "
            "Exit 0 when clean, 1 when findings remain."
        ),
    )
    check.add_argument("ids", nargs="*", type=entry_id, metavar="ENTRY_ID")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    action = check.add_mutually_exclusive_group()
    action.add_argument(
        "--dismiss",
        nargs=2,
        metavar=("ENTRY_ID", "FINGERPRINT"),
        help="mark a finding as not identifying (remembered for that entry)",
    )
    action.add_argument(
        "--undismiss",
        nargs=2,
        metavar=("ENTRY_ID", "FINGERPRINT"),
        help="report a finding you dismissed again",
    )
    action.add_argument(
        "--redact",
        type=entry_id,
        metavar="ENTRY_ID",
        help="replace the entry's findings with placeholders such as [child A] and save it",
    )
    check.set_defaults(handler=cmd_check)


def _pair(values: list[str]) -> tuple[int, str]:
    from cpdlog.cli import UsageError

    try:
        return entry_id(values[0]), values[1].strip()
    except argparse.ArgumentTypeError as exc:
        raise UsageError(str(exc)) from None


def results_to_json(results: list[EntryFindings]) -> list[dict[str, Any]]:
    from cpdlog.domain.confidentiality import finding_to_dict

    return [
        {
            "entry_id": r.entry_id,
            "entry_uid": r.entry.uid,
            "title": r.entry.title,
            "findings": [finding_to_dict(f) for f in r.findings],
        }
        for r in results
    ]


def cmd_check(args: argparse.Namespace, app: App) -> int:
    from cpdlog.services.confidentiality import ConfidentialityService

    service = ConfidentialityService(app)
    if args.ids and (args.dismiss or args.undismiss or args.redact):
        from cpdlog.cli import UsageError

        raise UsageError("give entry ids or one of --dismiss/--undismiss/--redact, not both")
    if args.dismiss:
        number, fingerprint = _pair(args.dismiss)
        service.dismiss(number, fingerprint)
        print(f"Marked {fingerprint} in entry {number} as not identifying.")
        return _remaining(service, [number])
    if args.undismiss:
        number, fingerprint = _pair(args.undismiss)
        service.undismiss(number, fingerprint)
        print(f"{fingerprint} in entry {number} will be reported again.")
        return _remaining(service, [number])
    if args.redact:
        before = service.check([args.redact])
        count = sum(len(r.findings) for r in before)
        service.redact_entry(args.redact)
        print(f"Redacted {count} finding{'s' if count != 1 else ''} in entry {args.redact}.")
        return _remaining(service, [args.redact])
    results = service.check(args.ids or None)
    note = service.model_note()
    if note:
        print(note, file=sys.stderr)
        reason = service.model_failure()
        if reason:
            print(f"(The names model could not be loaded: {reason})", file=sys.stderr)
    if args.json:
        print_json(results_to_json(results))
        return 1 if results else 0
    if not results:
        checked = (
            f"{len(args.ids)} entr{'y' if len(args.ids) == 1 else 'ies'}"
            if args.ids
            else ("your entries")
        )
        print(f"No identifying details found in {checked}.")
        return 0
    total = 0
    for r in results:
        print(f"Entry {r.entry_id}: {shorten(r.entry.title, 70)}")
        for f in r.findings:
            total += 1
            print(
                f"  {f.field:22} {f.label:28} {shorten(f.text, 40)!r} → {f.suggestion}"
                f"   [{f.fingerprint}]"
            )
    print()
    print(
        f"{total} finding{'s' if total != 1 else ''} in {len(results)} "
        f"entr{'y' if len(results) == 1 else 'ies'}. Redact with `cpdlog check --redact ID`, or "
        "mark one as not identifying with `cpdlog check --dismiss ID FINGERPRINT`."
    )
    return 1


def _remaining(service: Any, ids: list[int]) -> int:
    left = service.check(ids)
    if left:
        n = sum(len(r.findings) for r in left)
        print(f"{n} unreviewed finding{'s' if n != 1 else ''} remain{'s' if n == 1 else ''}.")
        return 1
    return 0


# --- the export gate -----------------------------------------------------------------------------


def add_allow_identifiers(parser: Any) -> None:
    parser.add_argument(
        "--allow-identifiers",
        action="store_true",
        help="export even though unreviewed details that could identify someone remain "
        "(they are listed first; see `cpdlog check`)",
    )


def export_gate(app: App, entries: Sequence[Entry], allow: bool) -> tuple[bool, int]:
    """List the unreviewed findings in what an export would include, on stderr.

    Returns (go ahead, number of findings). Without ``allow`` an export with findings is
    refused with a one-line summary; with it, the export goes ahead and includes them.
    """
    import sys

    results = app.confidentiality.gate_entries(entries)
    total = sum(len(r.findings) for r in results)
    if not results:
        return True, 0
    print("Details that could identify someone (not yet reviewed):", file=sys.stderr)
    for r in results:
        print(f"  Entry {r.entry_id}: {shorten(r.entry.title, 70)}", file=sys.stderr)
        for f in r.findings:
            print(f"    {f.field:22} {f.label:28} {shorten(f.text, 40)!r}", file=sys.stderr)
    kinds = ", ".join(sorted({f.label.lower() for r in results for f in r.findings}))
    where = f"{len(results)} entr{'y' if len(results) == 1 else 'ies'}"
    found = f"{total} unreviewed finding{'s' if total != 1 else ''} in {where} ({kinds})"
    if allow:
        print(f"cpdlog: warning: including {found} (--allow-identifiers).", file=sys.stderr)
        return True, total
    print(
        f"cpdlog: export refused: {found}. Redact or dismiss them with `cpdlog check`, or add "
        "--allow-identifiers to export them anyway.",
        file=sys.stderr,
    )
    return False, total


def included_note(total: int) -> str:
    """What an export that went ahead with findings says about them ("" when there were none)."""
    if not total:
        return ""
    return (
        f" It includes {total} unreviewed finding{'s' if total != 1 else ''} that could "
        "identify someone (--allow-identifiers)."
    )
