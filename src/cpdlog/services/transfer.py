"""Open exports and backups: lossless JSON (with evidence), CSV for spreadsheets, SQLite backups."""

from __future__ import annotations

import base64
import binascii
import csv
import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog import __version__
from cpdlog.domain.completion import missing_for_completion
from cpdlog.domain.entry import Entry, EntryStatus
from cpdlog.domain.practitioner import Practitioner
from cpdlog.domain.serialise import entry_from_dict, entry_to_dict
from cpdlog.errors import ExportError, StorageError, ValidationError
from cpdlog.storage.entries_repo import EntryFilter, EntryRepository
from cpdlog.storage.migrate import sqlite_backup
from cpdlog.storage.settings_repo import get_setting, set_setting

if TYPE_CHECKING:
    from cpdlog.services.app import App

FORMAT_NAME = "cpdlog-journal"
FORMAT_VERSION = 1
ZIP_JOURNAL = "journal.json"
DEFAULT_BACKUPS_KEPT = 10
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    skipped: int  # already present (same uid)


def _write_atomic(path: Path, write: Any) -> None:
    tmp = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cpdlog could not write {path}: {exc.strerror or exc}.") from None


class TransferService:
    def __init__(self, app: App) -> None:
        self.app = app

    def _all_entries(self) -> list[Entry]:
        live = self.app.entries.list_entries()
        trashed = self.app.entries.trash()
        return sorted(live + trashed, key=lambda e: e.id or 0)

    # --- JSON ----------------------------------------------------------------------------------
    def export_json(self, path: Path) -> int:
        """Everything, losslessly: entries (trash included), profile and evidence files.

        A ``.zip`` path writes ``journal.json`` plus ``evidence/<sha256>`` files; any other
        name writes one JSON file with the evidence inside (base64).
        """
        entries = self._all_entries()
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "app_version": __version__,
            "exported_at": self.app.clock().isoformat(),
            "practitioner": self.app.profile.get().to_dict(),
            "entries": [entry_to_dict(e) for e in entries],
        }
        shas = sorted({ev.sha256 for e in entries for ev in e.evidence})
        store = self.app.evidence_store
        missing = [s for s in shas if not store.has(s)]
        if missing:
            raise ExportError(f"{len(missing)} evidence file(s) are missing from the data folder.")
        if path.suffix.lower() == ".zip":

            def write_zip(target: Path) -> None:
                with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
                    zf.writestr(ZIP_JOURNAL, json.dumps(document, ensure_ascii=False, indent=2))
                    for sha in shas:
                        zf.write(store.path_for(sha), f"evidence/{sha}")

            _write_atomic(path, write_zip)
        else:
            document["evidence_files"] = {
                sha: base64.b64encode(store.path_for(sha).read_bytes()).decode("ascii")
                for sha in shas
            }
            text = json.dumps(document, ensure_ascii=False, indent=2)
            _write_atomic(path, lambda target: target.write_text(text, encoding="utf-8"))
        return len(entries)

    def _read_document(self, path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
        if not path.is_file():
            raise ValidationError(f"{path} does not exist.")
        files: dict[str, bytes] = {}
        try:
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as zf:
                    document = json.loads(zf.read(ZIP_JOURNAL).decode("utf-8"))
                    for name in zf.namelist():
                        if name.startswith("evidence/") and len(name) == len("evidence/") + 64:
                            files[name.removeprefix("evidence/")] = zf.read(name)
            else:
                document = json.loads(path.read_text(encoding="utf-8"))
                for sha, encoded in (document.get("evidence_files") or {}).items():
                    files[sha] = base64.b64decode(encoded, validate=True)
        except (
            OSError,
            KeyError,
            ValueError,
            UnicodeDecodeError,
            zipfile.BadZipFile,
            binascii.Error,
            AttributeError,
        ) as exc:
            raise ValidationError(f"{path.name} is not a cpdlog export ({exc}).") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
            raise ValidationError(f"{path.name} is not a cpdlog export.")
        if int(document.get("version", 0)) > FORMAT_VERSION:
            raise ValidationError(
                f"{path.name} was exported by a newer cpdlog; please update cpdlog to import it."
            )
        for sha, data in files.items():
            if hashlib.sha256(data).hexdigest() != sha:
                raise ValidationError(f"The evidence file {sha[:12]}… in {path.name} is damaged.")
        return document, files

    def import_json(self, path: Path) -> ImportResult:
        """Add the entries from an export. Entries already here (same uid) are skipped.

        Everything is checked first and written in one transaction: all or nothing.
        """
        document, files = self._read_document(path)
        raw_entries = document.get("entries")
        if not isinstance(raw_entries, list):
            raise ValidationError(f"{path.name} has no entries list.")
        entries = [self.app.entries.validate(entry_from_dict(d)) for d in raw_entries]
        # Drafts stay drafts; an entry marked complete that misses something required (e.g.
        # from an older cpdlog) comes in as a draft, so progress never counts it.
        templates = self.app.entries.templates()
        profile = self.app.entries.requirement_profile()
        for entry in entries:
            template = templates.get(entry.reflection.template_id)
            if not entry.is_draft and missing_for_completion(entry, template, profile):
                entry.status = EntryStatus.DRAFT
        store = self.app.evidence_store
        for entry in entries:
            for ev in entry.evidence:
                if not store.has(ev.sha256):
                    if ev.sha256 not in files:
                        raise ValidationError(
                            f"{path.name} does not contain the evidence file {ev.filename}."
                        )
                    store.add_bytes(files[ev.sha256], ev.filename, ev.media_type)
        added = skipped = 0
        with self.app.db.session() as session:
            repo = EntryRepository(session, self.app.fts)
            now = self.app.clock()
            for entry in entries:
                if entry.uid and repo.get_by_uid(entry.uid) is not None:
                    skipped += 1
                    continue
                entry.id = None
                for ev in entry.evidence:
                    repo.ensure_evidence_file(ev.sha256, ev.size)
                repo.add(entry, now)
                added += 1
            current = Practitioner.from_dict(get_setting(session, "practitioner"))
            incoming = document.get("practitioner")
            if isinstance(incoming, dict) and not current.name and not current.onboarded:
                set_setting(session, "practitioner", Practitioner.from_dict(incoming).to_dict())
        return ImportResult(added, skipped)

    # --- CSV -----------------------------------------------------------------------------------
    CSV_COLUMNS = (
        "id", "title", "type", "type_label", "start_date", "end_date", "hours", "status",
        "source_url", "provider", "author", "publication", "template", "reflection",
        "peer_name", "peer_role", "peer_date", "peer_reflection", "standards", "tags",
        "evidence", "created_at", "updated_at",
    )  # fmt: skip

    def export_csv(self, path: Path, entry_filter: EntryFilter | None = None) -> int:
        """One row per entry; UTF-8 with a BOM so Excel reads accents; ISO dates."""
        entries = self.app.entries.list_entries(entry_filter)
        templates = self.app.entries.templates()

        def cell(value: str) -> str:
            # A cell starting like a formula would run in a spreadsheet: keep it as text.
            return "'" + value if value.startswith(_FORMULA_START) else value

        def write(target: Path) -> None:
            with target.open("w", encoding="utf-8-sig", newline="") as fh:
                out = csv.writer(fh)
                out.writerow(self.CSV_COLUMNS)
                for e in sorted(entries, key=lambda x: (x.start_date, x.id or 0)):
                    template = templates.get(e.reflection.template_id)
                    reflection = "\n\n".join(
                        f"{template.prompt_for(k) if template else k}:\n{v}"
                        for k, v in e.reflection.sections.items()
                        if v.strip()
                    )
                    peer = e.peer
                    row = [
                        str(e.id), e.title, e.activity_type.value, e.activity_type.label,
                        e.start_date.isoformat(), e.end_date.isoformat() if e.end_date else "",
                        f"{e.hours:g}", e.status.value, e.source.url, e.source.provider,
                        e.source.author, e.source.publication, e.reflection.template_id,
                        reflection, peer.name if peer else "", peer.role if peer else "",
                        peer.date.isoformat() if peer and peer.date else "",
                        peer.text if peer else "", "; ".join(e.standards), "; ".join(e.tags),
                        "; ".join(ev.filename for ev in e.evidence),
                        e.created_at.isoformat() if e.created_at else "",
                        e.updated_at.isoformat() if e.updated_at else "",
                    ]  # fmt: skip
                    out.writerow([cell(v) for v in row])

        _write_atomic(path, write)
        return len(entries)


class BackupService:
    """Copies of the SQLite database taken with the online backup API (safe while in use)."""

    def __init__(self, app: App) -> None:
        self.app = app

    def backup(self, target: Path | None = None, keep: int = DEFAULT_BACKUPS_KEPT) -> Path:
        source = self.app.db.sqlite_path
        if source is None:
            raise StorageError(
                "`cpdlog backup` copies the built-in SQLite database; for a database server "
                "use its own backup tools (for example pg_dump)."
            )
        stamp = self.app.clock().astimezone().strftime("%Y%m%d-%H%M%S")
        folder = self.app.paths.backups
        chosen = target or folder / f"cpdlog-{stamp}.sqlite"
        n = 1
        while target is None and chosen.exists():
            n += 1
            chosen = folder / f"cpdlog-{stamp}-{n}.sqlite"
        try:
            sqlite_backup(source, chosen)
        except OSError as exc:
            raise StorageError(f"The backup could not be written: {exc.strerror or exc}.") from None
        except Exception as exc:  # sqlite3 errors carry the useful text
            raise StorageError(f"The backup could not be written: {exc}.") from None
        if target is None:
            self.prune(keep)
        return chosen

    def existing(self) -> list[Path]:
        return sorted(self.app.paths.backups.glob("cpdlog-*.sqlite"), key=lambda p: p.name)

    def prune(self, keep: int) -> None:
        for old in self.existing()[: max(0, len(self.existing()) - keep)]:
            old.unlink(missing_ok=True)
