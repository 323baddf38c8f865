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
from cpdlog.i18n import plural, tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.domain.confidentiality import Finding
    from cpdlog.domain.entry import Entry
    from cpdlog.services.app import App
    from cpdlog.services.confidentiality import Carries, EntryFindings


def register(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help=tr(
            CLI_CONTEXT, "find names, dates of birth, NHS numbers... that could identify people"
        ),
        description=(
            tr(
                CLI_CONTEXT,
                "Scan entries for details that could identify the people you work with. "
                "Exit 0 when clean, 1 when findings remain.",
            )
        ),
    )
    check.add_argument("ids", nargs="*", type=entry_id, metavar="ENTRY_ID")
    check.add_argument(
        "--json", action="store_true", help=tr(CLI_CONTEXT, "print the findings as JSON")
    )
    action = check.add_mutually_exclusive_group()
    action.add_argument(
        "--dismiss",
        nargs=2,
        metavar=("ENTRY_ID", "FINGERPRINT"),
        help=tr(CLI_CONTEXT, "mark a finding as not identifying (remembered for that entry)"),
    )
    action.add_argument(
        "--undismiss",
        nargs=2,
        metavar=("ENTRY_ID", "FINGERPRINT"),
        help=tr(CLI_CONTEXT, "report a finding you dismissed again"),
    )
    action.add_argument(
        "--redact",
        type=entry_id,
        metavar="ENTRY_ID",
        help=tr(
            CLI_CONTEXT,
            "replace the entry's findings with placeholders such as [child A] and save it",
        ),
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
            # in what reviewers wrote about the entry (cannot be redacted here)
            "others": [
                {**finding_to_dict(p.finding), "place": p.place, "author": p.source.author}
                for p in r.others
            ],
        }
        for r in results
    ]


def cmd_check(args: argparse.Namespace, app: App) -> int:
    from cpdlog.services.confidentiality import ConfidentialityService

    service = ConfidentialityService(app)
    if args.ids and (args.dismiss or args.undismiss or args.redact):
        from cpdlog.cli import UsageError

        raise UsageError(
            tr(CLI_CONTEXT, "give entry ids or one of --dismiss/--undismiss/--redact, not both")
        )
    if args.dismiss:
        number, fingerprint = _pair(args.dismiss)
        service.dismiss(number, fingerprint)
        print(
            tr(CLI_CONTEXT, "Marked {fingerprint} in entry {id} as not identifying.").format(
                fingerprint=fingerprint, id=number
            )
        )
        return _remaining(service, [number])
    if args.undismiss:
        number, fingerprint = _pair(args.undismiss)
        service.undismiss(number, fingerprint)
        print(
            tr(CLI_CONTEXT, "{fingerprint} in entry {id} will be reported again.").format(
                fingerprint=fingerprint, id=number
            )
        )
        return _remaining(service, [number])
    if args.redact:
        before = service.check([args.redact])
        count = sum(len(r.findings) for r in before)  # a reviewer's words are not redacted
        service.redact_entry(args.redact)
        print(
            plural(
                CLI_CONTEXT,
                count,
                "Redacted %n finding in entry {id}.",
                "Redacted %n findings in entry {id}.",
            ).format(id=args.redact)
        )
        return _remaining(service, [args.redact])
    results = service.check(args.ids or None)
    note = service.model_note()
    if note:
        print(note, file=sys.stderr)
        reason = service.model_failure()
        if reason:
            print(
                tr(CLI_CONTEXT, "(The names model could not be loaded: {reason})").format(
                    reason=reason
                ),
                file=sys.stderr,
            )
    if args.json:
        print_json(results_to_json(results))
        return 1 if results else 0
    if not results:
        if args.ids:
            said = plural(
                CLI_CONTEXT,
                len(args.ids),
                "No identifying details found in %n entry.",
                "No identifying details found in %n entries.",
            )
        else:
            said = tr(CLI_CONTEXT, "No identifying details found in your entries.")
        print(said)
        return 0
    total = 0
    others = False
    for r in results:
        print(
            tr(CLI_CONTEXT, "Entry {id}: {title}").format(
                id=r.entry_id, title=shorten(r.entry.title, 70)
            )
        )
        for f in r.findings:
            total += 1
            print(
                f"  {f.field:22} {tr('cpdlog', f.label):28} {shorten(f.text, 40)!r} → "
                f"{f.suggestion}"
                f"   [{f.fingerprint}]"
            )
        for p in r.others:
            total += 1
            others = True
            print(f"  {p.place}:")
            print(
                f"  {'':22} {tr('cpdlog', p.finding.label):28} {shorten(p.finding.text, 40)!r}"
                f"   [{p.finding.fingerprint}]"
            )
    print()
    if others:
        print(_reviewers_words())
    print(
        tr(
            CLI_CONTEXT,
            "{findings} in {entries}. Redact with `cpdlog check --redact ID`, or mark one as "
            "not identifying with `cpdlog check --dismiss ID FINGERPRINT`.",
        ).format(findings=_findings(total), entries=_entries(len(results)))
    )
    return 1


def _reviewers_words() -> str:
    return tr(
        CLI_CONTEXT,
        "A reviewer's words cannot be redacted here: mark such a finding as not identifying "
        "with `cpdlog check --dismiss ID FINGERPRINT`, or ask the reviewer to send a "
        "corrected response.",
    )


def _findings(n: int) -> str:
    return plural(CLI_CONTEXT, n, "%n finding", "%n findings")


def _entries(n: int) -> str:
    return plural(CLI_CONTEXT, n, "%n entry", "%n entries")


def _remaining(service: Any, ids: list[int]) -> int:
    left = service.check(ids)
    if left:
        n = sum(r.total for r in left)
        print(
            plural(
                CLI_CONTEXT, n, "%n unreviewed finding remains.", "%n unreviewed findings remain."
            )
        )
        return 1
    return 0


# --- the export gate -----------------------------------------------------------------------------


def add_allow_identifiers(parser: Any) -> None:
    parser.add_argument(
        "--allow-identifiers",
        action="store_true",
        help=tr(
            CLI_CONTEXT,
            "export even though unreviewed details that could identify someone remain "
            "(they are listed first; see `cpdlog check`)",
        ),
    )


def export_gate(
    app: App,
    entries: Sequence[Entry],
    allow: bool,
    carries: Carries | None = None,
    summary: str = "",
) -> tuple[bool, int]:
    """List the unreviewed findings in what an export would include, on stderr.

    ``carries`` says which reviewers' texts about the entries go out with them (none by
    default); ``summary`` is text of the practitioner's own that goes out too (the HCPC
    summary of practice history). Returns (go ahead, number of findings). Without ``allow``
    an export with findings is refused with a one-line summary; with it, the export goes
    ahead and includes them.
    """
    import sys

    from cpdlog.services.confidentiality import Carries

    service = app.confidentiality
    results = service.gate_entries(entries, carries or Carries.ENTRIES)
    in_summary: list[Finding] = service.gate_text(summary) if summary else []
    total = sum(r.total for r in results) + len(in_summary)
    if not total:
        return True, 0
    print(
        tr(CLI_CONTEXT, "Details that could identify someone (not yet reviewed):"), file=sys.stderr
    )
    for r in results:
        title = shorten(r.entry.title, 70)
        print(
            "  " + tr(CLI_CONTEXT, "Entry {id}: {title}").format(id=r.entry_id, title=title),
            file=sys.stderr,
        )
        for f in r.findings:
            label = tr("cpdlog", f.label)
            print(f"    {f.field:22} {label:28} {shorten(f.text, 40)!r}", file=sys.stderr)
        for p in r.others:
            label = tr("cpdlog", p.finding.label)
            print(
                f"    {p.place}: {label} {shorten(p.finding.text, 40)!r} [{p.finding.fingerprint}]",
                file=sys.stderr,
            )
    if in_summary:
        print("  " + tr(CLI_CONTEXT, "Your summary of practice history:"), file=sys.stderr)
        for f in in_summary:
            label = tr("cpdlog", f.label)
            print(f"    {label:28} {shorten(f.text, 40)!r}", file=sys.stderr)
    findings = [f for r in results for f in r.every_finding()] + in_summary
    kinds = ", ".join(sorted({tr("cpdlog", f.label).lower() for f in findings}))
    counted = plural(CLI_CONTEXT, total, "%n unreviewed finding", "%n unreviewed findings")
    if in_summary and results:
        found = tr(
            CLI_CONTEXT, "{findings} in {entries} and your summary of practice ({kinds})"
        ).format(findings=counted, entries=_entries(len(results)), kinds=kinds)
    elif in_summary:
        found = tr(CLI_CONTEXT, "{findings} in your summary of practice ({kinds})").format(
            findings=counted, kinds=kinds
        )
    else:
        found = tr(CLI_CONTEXT, "{findings} in {entries} ({kinds})").format(
            findings=counted, entries=_entries(len(results)), kinds=kinds
        )
    if allow:
        print(
            "cpdlog: "
            + tr(CLI_CONTEXT, "warning: including {found} (--allow-identifiers).").format(
                found=found
            ),
            file=sys.stderr,
        )
        return True, total
    if any(r.others for r in results):
        print(_reviewers_words(), file=sys.stderr)
    print(
        "cpdlog: "
        + tr(
            CLI_CONTEXT,
            "export refused: {found}. Redact or dismiss them with `cpdlog check`, or add "
            "--allow-identifiers to export them anyway.",
        ).format(found=found),
        file=sys.stderr,
    )
    return False, total


def list_placed_findings(found: Sequence[tuple[str, Finding]]) -> str:
    """List findings with where each is ("Comment from … on …: Name 'Sam'") on stderr, under one
    heading; the count in words ("3 findings") for the gate's closing line."""
    import sys

    print(tr(CLI_CONTEXT, "Details that could identify someone:"), file=sys.stderr)
    for place, f in found:
        label = tr("cpdlog", f.label)
        print(f"  {place}: {label} {shorten(f.text, 40)!r}", file=sys.stderr)
    return plural(CLI_CONTEXT, len(found), "%n finding", "%n findings")


def calendar_gate(app: App, labels: Sequence[str], allow: bool) -> bool:
    """List findings in the key-date labels a calendar file would carry, on stderr; False
    (refused) when there are some, unless ``allow``."""
    import sys

    found = app.confidentiality.gate_key_dates(labels)
    if not found:
        return True
    counted = list_placed_findings(found)
    if allow:
        print(
            "cpdlog: "
            + tr(
                CLI_CONTEXT, "warning: the calendar includes {findings} (--allow-identifiers)."
            ).format(findings=counted),
            file=sys.stderr,
        )
        return True
    print(
        "cpdlog: "
        + tr(
            CLI_CONTEXT,
            "calendar refused: {findings} that could identify someone in the dates you added. "
            "Change them with `cpdlog remind settings --remove-date` and --add-date, or add "
            "--allow-identifiers.",
        ).format(findings=counted),
        file=sys.stderr,
    )
    return False


def included_note(total: int) -> str:
    """What an export that went ahead with findings says about them ("" when there were none)."""
    if not total:
        return ""
    return " " + plural(
        CLI_CONTEXT,
        total,
        "It includes %n unreviewed finding that could identify someone (--allow-identifiers).",
        "It includes %n unreviewed findings that could identify someone (--allow-identifiers).",
    )
