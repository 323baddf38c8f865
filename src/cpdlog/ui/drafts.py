"""Editor autosave: unsaved entries kept as JSON files in the data folder's ``autosave/``.

Each open editor owns one file, named after the entry (``entry-12.json``) or, for a new
entry, a random key (``new-<hex>.json``). Files are written atomically (a temporary file,
then a rename) so a crash mid-write never leaves half a draft. A file is removed when its
entry is saved or the user discards the changes; any file still there at start-up is work
that was not saved, and the app offers it back.

Reflections may touch confidential casework, so a draft is sealed (AES-256-GCM) whenever
there is a key: an encrypted journal's, or, for a journal on the organisation's server, a
random key kept in the system keychain. Without one (a plain journal on this computer, or a
server and no keychain) it is a file only this user may read. A plain draft read while there
is a key (written before drafts were sealed) is sealed there and then.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cpdlog import safefile
from cpdlog.domain.entry import Entry
from cpdlog.domain.serialise import entry_from_dict, entry_to_dict
from cpdlog.errors import CpdlogError

log = logging.getLogger(__name__)

FORMAT = "cpdlog-autosave"
MAX_DRAFT_BYTES = 64 * 1024 * 1024  # one entry's text, however long
VERSION = 1


@dataclass(slots=True)
class Draft:
    """An editor's unsaved state: the entry as typed plus files waiting to be attached
    (``certificates``: those of them marked as a certificate of completion)."""

    key: str
    entry: Entry
    attachments: list[Path] = field(default_factory=list)
    saved_at: dt.datetime | None = None
    certificates: list[Path] = field(default_factory=list)
    # saved while the organisation's server could not be reached: saved there when it is back
    waiting: bool = False

    @property
    def is_new(self) -> bool:
        return self.entry.id is None


def key_for(entry_id: int | None) -> str:
    return f"entry-{entry_id}" if entry_id is not None else f"new-{uuid.uuid4().hex[:12]}"


def draft_key(data_key: bytes | None) -> bytes | None:
    """The key drafts of an encrypted journal are sealed with (None: a plain journal)."""
    from cpdlog.services.encryption import draft_key as key_for_drafts

    return key_for_drafts(data_key)


class DraftStore:
    def __init__(self, folder: Path, key: bytes | None = None) -> None:
        """``key``: drafts are written sealed (AES-GCM) with it: an encrypted journal's key,
        or, for a journal on the organisation's server, a key kept in the system keychain
        (:func:`cpdlog.services.connection.server_draft_key`). A draft is a few kilobytes:
        sealing one takes well under a millisecond (about 40 µs for 4 KB, under 1 ms for
        500 KB, measured), so the editor's autosave does it on the GUI thread."""
        self.folder = folder
        self.key = key

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def save(self, draft: Draft, now: dt.datetime) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        draft.saved_at = now
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "key": draft.key,
            "saved_at": now.isoformat(),
            "attachments": [str(p) for p in draft.attachments],
            "certificates": [str(p) for p in draft.certificates],
            "waiting": draft.waiting,
            "entry": entry_to_dict(draft.entry),
        }
        data = json.dumps(document, ensure_ascii=False).encode("utf-8")
        if self.key is not None:
            from cpdlog.services.encryption import seal_draft

            data = seal_draft(self.key, data)
        return safefile.write_atomically(self.path(draft.key), data, private=True)

    def remove(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)

    def load(self, path: Path) -> Draft | None:
        try:
            raw = safefile.read_bytes(path, MAX_DRAFT_BYTES, "draft")
            from cpdlog.services.encryption import is_sealed, unseal_draft

            sealed = is_sealed(raw)
            if sealed:
                if self.key is None:
                    return None  # the journal is locked or another journal's draft
                raw = unseal_draft(self.key, raw)
            document = json.loads(raw.decode("utf-8"))
            if document.get("format") != FORMAT:
                return None
            saved = document.get("saved_at")
            attachments = [Path(p) for p in document.get("attachments", [])]
            draft = Draft(
                key=str(document["key"]),
                entry=entry_from_dict(document["entry"]),
                attachments=attachments,
                saved_at=dt.datetime.fromisoformat(saved) if saved else None,
                # Only files the draft is waiting to attach can be its certificates.
                certificates=[
                    p
                    for p in (Path(c) for c in document.get("certificates", []))
                    if p in attachments
                ],
                waiting=document.get("waiting") is True,
            )
        except (OSError, ValueError, KeyError, TypeError, RecursionError, CpdlogError):
            return None  # not a draft this app wrote (or a pipe, or damaged): ignored
        if not sealed and self.key is not None:
            self._seal_in_place(path, raw)
        return draft

    def _seal_in_place(self, path: Path, raw: bytes) -> None:
        """A plain draft, written before drafts were sealed here: the same bytes, sealed (it
        stays as it was if that fails: it is still read, and the words are not lost)."""
        from cpdlog.services.encryption import seal_draft

        assert self.key is not None
        try:
            safefile.write_atomically(path, seal_draft(self.key, raw), private=True)
        except (OSError, CpdlogError):
            log.warning("A draft could not be sealed; it stays as it was", exc_info=True)

    def pending(self) -> list[Draft]:
        """Drafts left behind by an editor that was not closed properly, newest first."""
        if not self.folder.is_dir():
            return []
        found = [d for p in sorted(self.folder.glob("*.json")) if (d := self.load(p))]
        epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
        return sorted(found, key=lambda d: d.saved_at or epoch, reverse=True)

    def waiting(self) -> list[Draft]:
        """Entries saved while the server could not be reached, oldest first (the order to
        save them in)."""
        return list(reversed([d for d in self.pending() if d.waiting]))
