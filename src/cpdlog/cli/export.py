"""``cpdlog export ...``, ``cpdlog import json`` and ``cpdlog backup``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog.cli.check import add_allow_identifiers, export_gate, included_note
from cpdlog.cli.common import bounded_int
from cpdlog.i18n import plural, tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.services.app import App


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export", help=tr(CLI_CONTEXT, "export your journal (pdf, json, csv)")
    )
    esub = export.add_subparsers(dest="export_command", metavar="<format>", required=True)

    ejson = esub.add_parser(
        "json", help=tr(CLI_CONTEXT, "everything, losslessly (a .zip keeps evidence as files)")
    )
    ejson.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    ejson.add_argument(
        "--unencrypted",
        action="store_true",
        help=tr(
            CLI_CONTEXT,
            "an encrypted journal's export is encrypted too; this writes it readable by anyone",
        ),
    )
    add_allow_identifiers(ejson)
    ejson.set_defaults(handler=cmd_export_json)

    _register_pdf(esub)

    ecsv = esub.add_parser("csv", help=tr(CLI_CONTEXT, "one row per entry, for spreadsheets"))
    ecsv.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_allow_identifiers(ecsv)
    ecsv.set_defaults(handler=cmd_export_csv)

    imp = commands.add_parser("import", help=tr(CLI_CONTEXT, "import a cpdlog JSON export"))
    isub = imp.add_subparsers(dest="import_command", metavar="<format>", required=True)
    ijson = isub.add_parser(
        "json", help=tr(CLI_CONTEXT, "add the entries from `cpdlog export json`")
    )
    ijson.add_argument("file", type=Path)
    ijson.set_defaults(handler=cmd_import_json)

    backup = commands.add_parser(
        "backup", help=tr(CLI_CONTEXT, "copy the database to the backups folder")
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=tr(CLI_CONTEXT, "write the copy here instead"),
    )
    backup.add_argument(
        "--keep",
        type=bounded_int(1, 1000),
        default=10,
        metavar="N",
        help=tr(CLI_CONTEXT, "how many automatic backups to keep (default 10)"),
    )
    backup.set_defaults(handler=cmd_backup)


# --- export pdf (the portfolio) ---------------------------------------------------------------


def _register_pdf(esub: Any) -> None:
    from cpdlog.cli.common import entry_id

    epdf = esub.add_parser(
        "pdf", help=tr(CLI_CONTEXT, "the portfolio for your regulator, manager or auditor (PDF)")
    )
    epdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    epdf.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        help=tr(CLI_CONTEXT, "default: your registration period"),
    )
    epdf.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    epdf.add_argument(
        "--entry",
        dest="entry_ids",
        type=entry_id,
        action="append",
        default=[],
        metavar="ID",
        help=tr(CLI_CONTEXT, "only this entry (repeat for more)"),
    )
    epdf.add_argument(
        "--include-drafts",
        action="store_true",
        help=tr(CLI_CONTEXT, "include drafts, marked DRAFT"),
    )
    epdf.add_argument(
        "--snapshots",
        action="store_true",
        help=tr(CLI_CONTEXT, "include snapshots of captured pages as an appendix"),
    )
    epdf.add_argument("--page-size", choices=["a4", "letter"], default="a4")
    epdf.add_argument(
        "--layout",
        choices=["standard", "hcpc"],
        default="standard",
        help=tr(CLI_CONTEXT, "hcpc: the HCPC-style CPD audit profile"),
    )
    epdf.add_argument(
        "--summary-file",
        type=Path,
        metavar="FILE",
        help=tr(
            CLI_CONTEXT,
            "hcpc layout: your summary of practice history (up to 500 words, UTF-8 text)",
        ),
    )
    epdf.add_argument(
        "--statement-entry",
        dest="statement_ids",
        type=entry_id,
        action="append",
        default=[],
        metavar="ID",
        help=tr(CLI_CONTEXT, "hcpc layout: an entry for the personal statement (repeat; 4-6)"),
    )
    add_allow_identifiers(epdf)
    epdf.set_defaults(handler=cmd_export_pdf)


def cmd_export_pdf(args: argparse.Namespace, app: App) -> int:
    import sys

    from cpdlog.domain.entry import parse_date
    from cpdlog.errors import ValidationError
    from cpdlog.export.pdf.model import Layout, PageSize
    from cpdlog.services.portfolio import PortfolioRequest, PortfolioService

    layout = Layout(args.layout)
    if layout is not Layout.HCPC and (args.summary_file or args.statement_ids):
        raise ValidationError(
            tr(CLI_CONTEXT, "--summary-file and --statement-entry need --layout hcpc.")
        )
    summary = ""
    if args.summary_file:
        from cpdlog import safefile

        # 500 words are a few KB: 1 MiB is generous, and a pipe or device is refused
        try:
            summary = safefile.read_text(
                args.summary_file,
                1024 * 1024,
                tr(CLI_CONTEXT, "summary file"),
                encoding="utf-8-sig",
            )
        except ValidationError as exc:
            raise ValidationError(
                tr(CLI_CONTEXT, "The summary file could not be read: {reason}").format(reason=exc)
            ) from None
    request = PortfolioRequest(
        output=args.output,
        date_from=parse_date(args.date_from, tr(CLI_CONTEXT, "start date"))
        if args.date_from
        else None,
        date_to=parse_date(args.date_to, tr(CLI_CONTEXT, "end date")) if args.date_to else None,
        entry_ids=tuple(args.entry_ids),
        include_drafts=args.include_drafts,
        page_size=PageSize(args.page_size),
        layout=layout,
        practice_summary=summary,
        statement_entry_ids=tuple(args.statement_ids),
        include_snapshots=bool(args.snapshots),
    )
    from cpdlog.services.confidentiality import Carries

    service = PortfolioService(app)
    # confidentiality gate: the entries this PDF would include (selection or period), the
    # reviewers' peer-discussion records and sign-off statements it prints, and the summary
    go, findings = export_gate(
        app,
        service.prepare(request).data.entries,
        args.allow_identifiers,
        Carries.PORTFOLIO,
        summary=summary if layout is Layout.HCPC else "",
    )
    if not go:
        return 1
    result = service.export(request)
    for warning in result.warnings:
        print(
            "cpdlog: " + tr(CLI_CONTEXT, "warning: {warning}").format(warning=warning),
            file=sys.stderr,
        )
    print(
        tr(CLI_CONTEXT, "Wrote {path}: {entries}, {pages}.").format(
            path=args.output,
            entries=plural(CLI_CONTEXT, result.entries, "%n entry", "%n entries"),
            pages=plural(CLI_CONTEXT, result.pages, "%n page", "%n pages"),
        )
        + included_note(findings)
    )
    return 0


def cmd_export_json(args: argparse.Namespace, app: App) -> int:
    from cpdlog.services.confidentiality import Carries

    # confidentiality gate: a JSON export holds every entry, the trash too, and every review
    # comment, peer-discussion record and sign-off about them
    everything = app.entries.list_entries() + app.entries.trash()
    go, findings = export_gate(app, everything, args.allow_identifiers, Carries.EVERYTHING)
    if not go:
        return 1
    if args.unencrypted and app.encrypted:
        print(
            "cpdlog: "
            + tr(
                CLI_CONTEXT,
                "warning: this export is NOT encrypted; anyone who gets the file can read every "
                "entry. Delete it once you no longer need it.",
            ),
            file=sys.stderr,
        )
    n = app.transfer.export_json(args.output, unencrypted=args.unencrypted)
    print(_exported(n, args.output) + included_note(findings))
    return 0


def cmd_export_csv(args: argparse.Namespace, app: App) -> int:
    # confidentiality gate: a CSV export holds every live entry
    go, findings = export_gate(app, app.entries.list_entries(), args.allow_identifiers)
    if not go:
        return 1
    n = app.transfer.export_csv(args.output)
    print(_exported(n, args.output) + included_note(findings))
    return 0


def _exported(n: int, path: Path) -> str:
    return plural(
        CLI_CONTEXT, n, "Exported %n entry to {path}.", "Exported %n entries to {path}."
    ).format(path=path)


def cmd_import_json(args: argparse.Namespace, app: App) -> int:
    from cpdlog.cli.encryption import PASSPHRASE_FILE_ENV, read_secret_file
    from cpdlog.errors import PassphraseError

    try:
        result = app.transfer.import_json(args.file)
    except PassphraseError:
        chosen = getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_FILE_ENV)
        if not chosen:
            raise
        result = app.transfer.import_json(args.file, passphrase=read_secret_file(chosen))
    added, skipped = result.added, result.skipped
    print(
        tr(CLI_CONTEXT, "Imported {added}; {skipped}.").format(
            added=plural(CLI_CONTEXT, added, "%n entry", "%n entries"),
            skipped=plural(CLI_CONTEXT, skipped, "%n was already here", "%n were already here"),
        )
    )
    if result.signoffs or result.comments:
        print(
            tr(CLI_CONTEXT, "Review records restored: {signoffs}, {comments}.").format(
                signoffs=plural(CLI_CONTEXT, result.signoffs, "%n sign-off", "%n sign-offs"),
                comments=plural(CLI_CONTEXT, result.comments, "%n comment", "%n comments"),
            )
        )
    return 0


def cmd_backup(args: argparse.Namespace, app: App) -> int:
    path = app.backups.backup(args.output, keep=args.keep)
    print(path)
    return 0
