"""``cpdlog export ...``, ``cpdlog import json`` and ``cpdlog backup``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog.cli.common import positive_int

if TYPE_CHECKING:
    from cpdlog.services.app import App


def register(commands: Any) -> None:
    export = commands.add_parser("export", help="export your journal (json, csv)")
    esub = export.add_subparsers(dest="export_command", metavar="<format>", required=True)

    ejson = esub.add_parser("json", help="everything, losslessly (a .zip keeps evidence as files)")
    ejson.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    ejson.set_defaults(handler=cmd_export_json)

    ecsv = esub.add_parser("csv", help="one row per entry, for spreadsheets")
    ecsv.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    ecsv.set_defaults(handler=cmd_export_csv)

    imp = commands.add_parser("import", help="import a cpdlog JSON export")
    isub = imp.add_subparsers(dest="import_command", metavar="<format>", required=True)
    ijson = isub.add_parser("json", help="add the entries from `cpdlog export json`")
    ijson.add_argument("file", type=Path)
    ijson.set_defaults(handler=cmd_import_json)

    backup = commands.add_parser("backup", help="copy the database to the backups folder")
    backup.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write the copy here instead"
    )
    backup.add_argument(
        "--keep",
        type=positive_int,
        default=10,
        metavar="N",
        help="how many automatic backups to keep (default 10)",
    )
    backup.set_defaults(handler=cmd_backup)


def cmd_export_json(args: argparse.Namespace, app: App) -> int:
    n = app.transfer.export_json(args.output)
    print(f"Exported {n} entr{'y' if n == 1 else 'ies'} to {args.output}.")
    return 0


def cmd_export_csv(args: argparse.Namespace, app: App) -> int:
    n = app.transfer.export_csv(args.output)
    print(f"Exported {n} entr{'y' if n == 1 else 'ies'} to {args.output}.")
    return 0


def cmd_import_json(args: argparse.Namespace, app: App) -> int:
    result = app.transfer.import_json(args.file)
    print(f"Imported {result.added} entries; {result.skipped} were already here.")
    return 0


def cmd_backup(args: argparse.Namespace, app: App) -> int:
    path = app.backups.backup(args.output, keep=max(1, args.keep))
    print(path)
    return 0
