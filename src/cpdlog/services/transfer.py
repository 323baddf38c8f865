"""Exporting and importing the journal (lossless JSON with evidence, CSV) and SQLite backups.

The files themselves are written by :mod:`cpdlog.export.backup` and
:mod:`cpdlog.export.spreadsheet`; this module gathers what goes in them, encrypts an export
of an encrypted journal, and checks and applies an import."""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import logging
import os
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from cpdlog import __version__, reference_data, safefile
from cpdlog.domain import backup_schema
from cpdlog.domain.backup_schema import FORMAT_NAME, FORMAT_VERSION
from cpdlog.domain.completion import missing_for_completion
from cpdlog.domain.entry import Entry, EntryStatus, Evidence
from cpdlog.domain.practitioner import Practitioner
from cpdlog.domain.search import EntryFilter
from cpdlog.domain.serialise import entry_from_dict, entry_to_dict
from cpdlog.errors import (
    ExportError,
    NotFoundError,
    PassphraseError,
    StorageError,
    ValidationError,
)
from cpdlog.export import spreadsheet
from cpdlog.export.backup import ZIP_JOURNAL, json_text, write_zip
from cpdlog.export.files import write_export
from cpdlog.i18n import tr
from cpdlog.storage.entries_repo import EntryRepository
from cpdlog.storage.migrate import sqlite_backup
from cpdlog.storage.review_repo import ReviewRepository
from cpdlog.storage.settings_repo import get_setting, set_setting

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.services.app import App

log = logging.getLogger(__name__)
DEFAULT_BACKUPS_KEPT = 10
_CHUNK = 1024 * 1024
# What an import reads at most (module constants so tests can lower them):
MAX_JSON_BYTES = 256 * 1024 * 1024  # a one-file export, evidence inside as base64
MAX_SEALED_BYTES = 512 * 1024 * 1024  # an encrypted export (decrypted in memory)
SEALED_EXPORT_MAGIC = b"CPDLOG-ENCRYPTED-EXPORT 1\n"
MAX_JOURNAL_BYTES = 64 * 1024 * 1024  # journal.json inside a ZIP (no evidence in it)
MAX_ZIP_MEMBERS = 250_000
MAX_ZIP_DIRECTORY_BYTES = 64 * 1024 * 1024  # the ZIP's own list of members
MAX_ZIP_TOTAL_BYTES = 16 * 1024 * 1024 * 1024  # everything inflated from one ZIP


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    skipped: int  # already present (same uid)
    signoffs: int = 0  # sign-offs restored (of added or present entries)
    comments: int = 0  # review comments restored


class _Backup(Protocol):
    def journal_text(self) -> str: ...

    def check_evidence(self, sha: str, filename: str, cap: int) -> None: ...

    def evidence_chunks(self, sha: str, filename: str, cap: int) -> Iterator[bytes]: ...

    def remember(self, document: dict[str, Any]) -> None: ...


def _not_export(name: str, detail: str) -> ValidationError:
    return ValidationError(
        tr(ERRORS, "{name} is not a cpdlog export ({detail}).").format(name=name, detail=detail)
    )


def _missing_evidence(name: str, filename: str) -> ValidationError:
    return ValidationError(
        tr(ERRORS, "{name} does not contain the evidence file {filename}.").format(
            name=name, filename=filename
        )
    )


class _JsonBackup:
    """One JSON file with the evidence inside (base64)."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        try:
            self.text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _not_export(
                name, tr(ERRORS, "byte {byte} is not UTF-8 text").format(byte=exc.start + 1)
            ) from None
        self.files: dict[str, Any] = {}

    def journal_text(self) -> str:
        return self.text

    def remember(self, document: dict[str, Any]) -> None:
        """Keep the embedded files, each checked (even one the journal already holds): the
        whole document is judged before anything is written."""
        self.files = document.get("evidence_files") or {}
        for sha, encoded in self.files.items():
            try:
                data = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError, TypeError):
                raise ValidationError(
                    tr(
                        ERRORS,
                        "{name} is not a valid cpdlog export: the evidence file "
                        "evidence_files.{sha}… is damaged (not base64). Nothing was "
                        "imported.",
                    ).format(name=self.name, sha=sha[:12]),
                    field="evidence_files",
                ) from None
            if hashlib.sha256(data).hexdigest() != sha:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "{name} is not a valid cpdlog export: the evidence file "
                        "evidence_files.{sha}… is damaged (it does not match its sha256). "
                        "Nothing was imported.",
                    ).format(name=self.name, sha=sha[:12]),
                    field="evidence_files",
                )

    def check_evidence(self, sha: str, filename: str, cap: int) -> None:
        encoded = self.files.get(sha)
        if not isinstance(encoded, str):
            raise _missing_evidence(self.name, filename)
        if len(encoded) // 4 * 3 > cap + 3:
            raise ValidationError(
                tr(ERRORS, "The evidence file {filename} in {name} is too large.").format(
                    filename=filename, name=self.name
                )
            )

    def evidence_chunks(self, sha: str, filename: str, cap: int) -> Iterator[bytes]:
        try:
            yield base64.b64decode(self.files[sha], validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError(
                tr(ERRORS, "The evidence file {filename} in {name} is damaged.").format(
                    filename=filename, name=self.name
                )
            ) from None


def _central_directory_size(fh: BinaryIO) -> int | None:
    """The size a ZIP declares for its list of members, read before ``zipfile`` loads it all
    (a list of millions of members would take gigabytes). ``None`` if it cannot be found."""
    end = fh.seek(0, os.SEEK_END)
    tail_length = min(end, 22 + 65535)
    fh.seek(end - tail_length)
    tail = fh.read(tail_length)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    size: int = struct.unpack_from("<L", tail, at + 12)[0]
    entries: int = struct.unpack_from("<H", tail, at + 10)[0]
    locator = at - 20
    zip64 = size == 0xFFFFFFFF or entries == 0xFFFF
    if zip64 and locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        (record,) = struct.unpack_from("<Q", tail, locator + 8)  # the real size is elsewhere
        fh.seek(record)
        head = fh.read(56)
        if len(head) == 56 and head[:4] == b"PK\x06\x06":
            (size,) = struct.unpack_from("<Q", head, 40)
    fh.seek(0)
    return size


class _ZipBackup:
    """A ZIP export: ``journal.json`` and ``evidence/<sha256>``, each read streamed with caps
    on the bytes actually inflated (and refused at once if the declared size is over)."""

    def __init__(self, fh: BinaryIO, name: str) -> None:
        self.name = name
        directory = _central_directory_size(fh)
        if directory is not None and directory > MAX_ZIP_DIRECTORY_BYTES:
            raise _not_export(
                name,
                tr(ERRORS, "its list of files alone is {directory:,} bytes").format(
                    directory=directory
                ),
            )
        try:
            self.zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
            raise _not_export(name, str(exc)) from None
        infos = self.zf.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            self.zf.close()
            raise _not_export(
                name,
                tr(ERRORS, "it holds more than {max_zip_members} files").format(
                    max_zip_members=MAX_ZIP_MEMBERS
                ),
            )
        self.members = {info.filename: info for info in infos}
        self.total = 0

    def __enter__(self) -> _ZipBackup:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.zf.close()

    def _read(self, info: zipfile.ZipInfo, cap: int, what: str) -> Iterator[bytes]:
        if info.file_size > cap:
            raise ValidationError(
                tr(
                    ERRORS,
                    "{what} in {name} would unpack to {file_size:,} bytes, more than "
                    "the {cap:,} cpdlog accepts. Nothing was imported.",
                ).format(what=what, name=self.name, file_size=info.file_size, cap=cap)
            )
        got = 0
        try:
            with self.zf.open(info) as member:
                while chunk := member.read(_CHUNK):
                    got += len(chunk)
                    self.total += len(chunk)
                    if got > cap or self.total > MAX_ZIP_TOTAL_BYTES:
                        raise ValidationError(
                            tr(
                                ERRORS,
                                "{what} in {name} unpacks to more than it says it holds, or more "
                                "than cpdlog accepts. Nothing was imported.",
                            ).format(what=what, name=self.name)
                        )
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, zlib.error) as exc:
            raise ValidationError(
                tr(ERRORS, "{what} in {name} is damaged ({exc}). Nothing was imported.").format(
                    what=what, name=self.name, exc=exc
                )
            ) from None
        except RuntimeError as exc:  # an encrypted member
            raise ValidationError(
                tr(ERRORS, "{what} in {name} cannot be read ({exc}).").format(
                    what=what, name=self.name, exc=exc
                )
            ) from None

    def remember(self, document: dict[str, Any]) -> None:
        """Nothing to keep: a ZIP's evidence stays in the ZIP until it is streamed in."""

    def journal_text(self) -> str:
        info = self.members.get(ZIP_JOURNAL)
        if info is None:
            raise _not_export(
                self.name,
                tr(ERRORS, "there is no {zip_journal} in it").format(zip_journal=ZIP_JOURNAL),
            )
        data = b"".join(self._read(info, MAX_JOURNAL_BYTES, ZIP_JOURNAL))
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _not_export(
                self.name, tr(ERRORS, "byte {byte} is not UTF-8 text").format(byte=exc.start + 1)
            ) from None

    def check_evidence(self, sha: str, filename: str, cap: int) -> None:
        info = self.members.get(f"evidence/{sha}")
        if info is None:
            raise _missing_evidence(self.name, filename)
        if info.file_size > cap:
            raise ValidationError(
                tr(
                    ERRORS,
                    "The evidence file {filename} in {name} would unpack to "
                    "{file_size:,} bytes, more than the {cap:,} cpdlog accepts. "
                    "Nothing was imported.",
                ).format(filename=filename, name=self.name, file_size=info.file_size, cap=cap)
            )

    def evidence_chunks(self, sha: str, filename: str, cap: int) -> Iterator[bytes]:
        return self._read(
            self.members[f"evidence/{sha}"],
            cap,
            tr(ERRORS, "The evidence file {filename}").format(filename=filename),
        )


class TransferService:
    def __init__(self, app: App) -> None:
        self.app = app

    def _all_entries(self) -> list[Entry]:
        live = self.app.entries.list_entries()
        trashed = self.app.entries.trash()
        return sorted(live + trashed, key=lambda e: e.id or 0)

    # --- JSON ----------------------------------------------------------------------------------
    def export_json(self, path: Path, unencrypted: bool = False) -> int:
        """Everything, losslessly: entries (trash included), profile and evidence files.

        A ``.zip`` path writes ``journal.json`` plus ``evidence/<sha256>`` files; any other
        name writes one JSON file with the evidence inside (base64). Evidence is read only
        through the evidence store, so only files inside its folder can be exported.
        """
        entries = self._all_entries()
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "app_version": __version__,
            "exported_at": self.app.clock().isoformat(),
            "practitioner": self.app.profile.get().to_dict(),
            "entries": [entry_to_dict(e) for e in entries],
            "review": self._review_rows(entries),
        }
        shas = sorted({ev.sha256 for e in entries for ev in e.evidence})
        store = self.app.evidence_store
        missing = [s for s in shas if not store.has(s)]
        if missing:
            raise ExportError(
                tr(ERRORS, "{count} evidence file(s) are missing from the data folder.").format(
                    count=len(missing)
                )
            )
        if path.suffix.lower() == ".zip":
            if self.app.encrypted and not unencrypted:
                buffer = io.BytesIO()  # the plaintext never touches the disk
                write_zip(buffer, document, shas, store.open)
                self._write_sealed(path, buffer.getvalue())
            else:
                write_export(path, lambda target: write_zip(target, document, shas, store.open))
        else:
            text = json_text(document, shas, store.read_bytes)
            if self.app.encrypted and not unencrypted:
                self._write_sealed(path, text.encode("utf-8"))
            else:
                write_export(path, lambda target: target.write_text(text, encoding="utf-8"))
        return len(entries)

    def _review_rows(self, entries: list[Entry]) -> dict[str, list[dict[str, Any]]]:
        """Sign-offs, review comments, review packs sent, responses imported (so a replay is
        still refused after a restore) and reviewers' keys (trust on first use)."""
        uids = {e.id: e.uid for e in entries if e.id is not None and e.uid}
        with self.app.db.session() as session:
            return ReviewRepository(session).backup_rows(uids)

    def _write_sealed(self, path: Path, plaintext: bytes) -> None:
        """An encrypted export: a header carrying this journal's wrapped data key (so the
        passphrase or recovery key of the day opens it anywhere), then the content sealed
        with the data key's export sub-key."""
        from cpdlog.storage import keys, sealed

        assert self.app.data_key is not None
        document = keys.read_key_document(keys.key_file_path(self.app.paths.home))
        header = json.dumps({"key_file": document}, sort_keys=True).encode() + b"\n"
        key = keys.subkey(self.app.data_key, "export")

        def write(target: Path) -> None:
            with target.open("wb") as fh:
                fh.write(SEALED_EXPORT_MAGIC + header)
                for piece in sealed.seal(key, [plaintext], header):
                    fh.write(piece)

        write_export(path, write)

    def _open_sealed(self, name: str, raw: bytes, passphrase: str | None) -> bytes:
        from cpdlog.storage import keys, sealed

        newline = raw.find(b"\n", len(SEALED_EXPORT_MAGIC))
        if newline < 0 or newline > 64 * 1024:
            raise _not_export(name, tr(ERRORS, "its encryption header is damaged"))
        header = raw[len(SEALED_EXPORT_MAGIC) : newline + 1]
        try:
            document = json.loads(header)["key_file"]
        except (ValueError, KeyError, TypeError):
            raise _not_export(name, tr(ERRORS, "its encryption header is damaged")) from None
        candidates: list[bytes] = []
        if self.app.data_key is not None:
            candidates.append(self.app.data_key)
        with tempfile.TemporaryDirectory(dir=self.app.paths.home) as folder:
            key_path = Path(folder) / keys.KEY_FILE_NAME
            keys.write_key_document(key_path, document)
            if passphrase is not None:
                candidates.insert(0, keys.unlock_with_passphrase(key_path, passphrase))
        for data_key in candidates:
            try:
                return b"".join(
                    sealed.unseal(
                        keys.subkey(data_key, "export"),
                        io.BytesIO(raw[newline + 1 :]),
                        header,
                        f"encrypted export {name}",
                    )
                )
            except StorageError:
                continue
        raise PassphraseError(
            tr(
                ERRORS,
                "{name} is an encrypted cpdlog export: give the passphrase it was "
                "made with (--passphrase-file FILE). Nothing was imported.",
            ).format(name=name)
        )

    def import_json(self, path: Path, passphrase: str | None = None) -> ImportResult:
        """Add the entries from an export. Entries already here (same uid) are skipped.

        The whole document is checked first (one schema, the entry rules, the profile, the
        evidence it needs); then evidence is streamed in (each file checked against its
        SHA-256) and the entries are written in one transaction: all or nothing.
        """
        self.app.require_writable()
        with safefile.open_regular(path, tr(ERRORS, "backup")) as fh:
            if fh.read(len(SEALED_EXPORT_MAGIC)) == SEALED_EXPORT_MAGIC:
                fh.seek(0)
                raw = b"".join(
                    safefile.read_chunks(fh, MAX_SEALED_BYTES, path, tr(ERRORS, "backup"))
                )
                plain = self._open_sealed(path.name, raw, passphrase)
                del raw
                if zipfile.is_zipfile(io.BytesIO(plain)):
                    with _ZipBackup(io.BytesIO(plain), path.name) as backup:
                        return self._import(path.name, backup)
                return self._import(path.name, _JsonBackup(plain, path.name))
            fh.seek(0)
            if zipfile.is_zipfile(fh):
                fh.seek(0)
                with _ZipBackup(fh, path.name) as backup:
                    return self._import(path.name, backup)
            if os.fstat(fh.fileno()).st_size > MAX_JSON_BYTES:
                raise safefile.too_large(path, "backup", MAX_JSON_BYTES)
            fh.seek(0)
            chunks = safefile.read_chunks(fh, MAX_JSON_BYTES, path, tr(ERRORS, "backup"))
            data = b"".join(chunks)
            return self._import(path.name, _JsonBackup(data, path.name))

    def _import(self, name: str, backup: _Backup) -> ImportResult:
        document = self._checked_document(name, backup.journal_text())
        backup.remember(document)
        practitioner = self._checked_practitioner(name, document.get("practitioner"))
        entries = self._checked_entries(name, document["entries"])
        # Drafts stay drafts; an entry marked complete that misses something required (e.g.
        # from an older cpdlog) comes in as a draft, so progress never counts it.
        templates = self.app.entries.templates()
        profile = self.app.entries.requirement_profile()
        for entry in entries:
            template = templates.get(entry.reflection.template_id)
            if not entry.is_draft and missing_for_completion(entry, template, profile):
                entry.status = EntryStatus.DRAFT
        store = self.app.evidence_store
        needed: dict[str, Evidence] = {}
        for entry in entries:
            for ev in entry.evidence:
                if ev.sha256 not in needed and not store.has(ev.sha256):
                    needed[ev.sha256] = ev
        for sha, ev in needed.items():
            backup.check_evidence(sha, ev.filename, store.max_bytes)
        added_files: list[str] = []
        try:
            sizes: dict[str, int] = {}
            for sha, ev in needed.items():
                stored = store.add_stream(
                    backup.evidence_chunks(sha, ev.filename, store.max_bytes),
                    ev.filename,
                    ev.media_type,
                    sha,
                )
                added_files.append(sha)
                sizes[sha] = stored.size
            for entry in entries:  # the size recorded is the file's, not what the backup said
                for i, ev in enumerate(entry.evidence):
                    actual = sizes.get(ev.sha256)
                    if actual is None:
                        actual = store.size_of(ev.sha256)
                    if actual is not None and actual != ev.size:
                        entry.evidence[i] = replace(ev, size=actual)
            result = self._write_entries(entries, practitioner, document.get("review"))
        except BaseException:
            for sha in added_files:  # nothing was written: take the new files out again
                store.remove(sha)
            raise
        return result

    def _checked_document(self, name: str, text: str) -> dict[str, Any]:
        try:
            return backup_schema.validate_document(
                backup_schema.decode(text),
                templates=set(self.app.entries.templates()),
                regulators=set(reference_data.profiles()),
                topics=set(reference_data.topics().ids()),
            )
        except ValidationError as exc:
            if exc.field == "format":
                raise ValidationError(
                    tr(ERRORS, "{name} is not a cpdlog export.").format(name=name)
                ) from None
            if exc.field == "version" and exc.message == tr(ERRORS, backup_schema.NEWER_EXPORT):
                raise ValidationError(
                    tr(
                        ERRORS,
                        "{name} was exported by a newer cpdlog; please update cpdlog to import it.",
                    ).format(name=name)
                ) from None
            raise ValidationError(
                tr(
                    ERRORS,
                    "{name} is not a valid cpdlog export: {message}. Nothing was imported.",
                ).format(name=name, message=exc.message),
                field=exc.field,
            ) from None

    def _checked_practitioner(self, name: str, raw: Any) -> Practitioner | None:
        if raw is None:
            return None
        practitioner = Practitioner.from_dict(raw)
        if practitioner.regulator_id == "custom":
            from cpdlog.services.practitioner import build_custom_profile

            try:
                build_custom_profile(practitioner.custom)
            except (ValidationError, NotFoundError) as exc:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "{name} is not a valid cpdlog export: practitioner.custom cannot "
                        "be used ({exc}). Nothing was imported.",
                    ).format(name=name, exc=exc),
                    field="practitioner.custom",
                ) from None
        return practitioner

    def _checked_entries(self, name: str, raw_entries: list[dict[str, Any]]) -> list[Entry]:
        entries: list[Entry] = []
        seen: dict[str, int] = {}
        for i, raw in enumerate(raw_entries):
            data = dict(raw)
            if not data.get("uid"):
                base = backup_schema.stable_uid(data)
                data["uid"] = backup_schema.stable_uid(data, seen.get(base, 0))
                seen[base] = seen.get(base, 0) + 1
            try:
                entries.append(self.app.entries.validate(entry_from_dict(data)))
            except ValidationError as exc:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "{name} is not a valid cpdlog export: entries[{i}] ({message}). "
                        "Nothing was imported.",
                    ).format(name=name, i=i, message=exc.message),
                    field=f"entries[{i}]",
                ) from None
        return entries

    def _write_entries(
        self,
        entries: list[Entry],
        practitioner: Practitioner | None,
        review: dict[str, Any] | None = None,
    ) -> ImportResult:
        """Entries, profile and review data in one transaction: all or nothing."""
        added = skipped = 0
        ids: dict[str, int] = {}  # uid -> the entry's id here (new, or already present)
        with self.app.db.session() as session:
            repo = EntryRepository(session, self.app.fts)
            now = self.app.clock()
            for entry in entries:
                present = repo.get_by_uid(entry.uid) if entry.uid else None
                if present is not None:
                    skipped += 1
                    if present.id is not None:
                        ids[entry.uid] = present.id
                    continue
                entry.id = None
                for ev in entry.evidence:
                    repo.ensure_evidence_file(ev.sha256, ev.size)
                stored = repo.add(entry, now)
                if stored.id is not None and stored.uid:
                    ids[stored.uid] = stored.id
                added += 1
            current = Practitioner.from_dict(get_setting(session, "practitioner"))
            if practitioner is not None and not current.name and not current.onboarded:
                set_setting(session, "practitioner", practitioner.to_dict())
            restored = ReviewRepository(session).restore_rows(review or {}, ids)
        return ImportResult(added, skipped, restored.signoffs, restored.comments)

    # --- CSV -----------------------------------------------------------------------------------
    def export_csv(self, path: Path, entry_filter: EntryFilter | None = None) -> int:
        """One row per entry (see :mod:`cpdlog.export.spreadsheet`); the entries listed."""
        entries = self.app.entries.list_entries(entry_filter)
        spreadsheet.write_csv(path, entries, self.app.entries.templates())
        return len(entries)


class BackupService:
    """Copies of the SQLite database taken with the online backup API (safe while in use)."""

    def __init__(self, app: App) -> None:
        self.app = app

    def backup(self, target: Path | None = None, keep: int = DEFAULT_BACKUPS_KEPT) -> Path:
        source = self.app.db.sqlite_path
        if source is None:
            raise StorageError(
                tr(
                    ERRORS,
                    "`cpdlog backup` copies the built-in SQLite database; for a "
                    "database server use its own backup tools (for example pg_dump).",
                )
            )
        if target is None:
            self.app.require_writable()  # the backups folder is in the data folder
        else:  # never replace (or open) a named pipe, a device or a folder the user named
            safefile.require_output(target)
        stamp = self.app.clock().astimezone().strftime("%Y%m%d-%H%M%S")
        folder = self.app.paths.backups
        chosen = target or folder / f"cpdlog-{stamp}.sqlite"
        n = 1
        while target is None and chosen.exists():
            n += 1
            chosen = folder / f"cpdlog-{stamp}-{n}.sqlite"
        try:
            sqlite_backup(source, chosen, self.app.db.key)
        except OSError as exc:
            raise StorageError(
                tr(ERRORS, "The backup could not be written: {reason}.").format(
                    reason=exc.strerror or exc
                )
            ) from None
        except Exception as exc:  # sqlite3 errors carry the useful text
            log.exception("A backup could not be written")
            raise StorageError(
                tr(ERRORS, "The backup could not be written: {exc}.").format(exc=exc)
            ) from None
        if target is None:
            self.prune(keep)
        return chosen

    def existing(self) -> list[Path]:
        return sorted(self.app.paths.backups.glob("cpdlog-*.sqlite"), key=lambda p: p.name)

    def prune(self, keep: int) -> None:
        for old in self.existing()[: max(0, len(self.existing()) - keep)]:
            old.unlink(missing_ok=True)
