"""Evidence files, copied into the data folder under their SHA-256 (content-addressed)."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cpdlog.errors import StorageError, ValidationError

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    filename: str
    media_type: str
    size: int


class EvidenceStore:
    def __init__(self, folder: Path, max_bytes: int = MAX_EVIDENCE_BYTES) -> None:
        self.folder = folder
        self.max_bytes = max_bytes

    def path_for(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def add(self, source: Path) -> StoredFile:
        """Copy ``source`` in (once per content) and describe it."""
        if not source.is_file():
            raise ValidationError(f"The evidence file {source} does not exist.", field="evidence")
        size = source.stat().st_size
        if size > self.max_bytes:
            raise ValidationError(
                f"{source.name} is {size / 1048576:.1f} MB; evidence files can be at most "
                f"{self.max_bytes / 1048576:.0f} MB. Try a smaller scan or a PDF export of it.",
                field="evidence",
            )
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        try:
            with source.open("rb") as fh:
                return self._store(iter(lambda: fh.read(_CHUNK), b""), source.name, media_type)
        except OSError as exc:
            raise StorageError(f"{source.name} could not be read: {exc.strerror or exc}.") from None

    def add_bytes(self, data: bytes, filename: str, media_type: str) -> StoredFile:
        if len(data) > self.max_bytes:
            raise ValidationError(
                f"{filename} is larger than the evidence limit.", field="evidence"
            )
        return self._store([data], filename, media_type)

    def _store(self, chunks: Iterable[bytes], filename: str, media_type: str) -> StoredFile:
        self.folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.folder, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise ValidationError(
                            f"{filename} is larger than the evidence limit.", field="evidence"
                        )
                    digest.update(chunk)
                    out.write(chunk)
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if not final.exists():
                final.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(tmp, final)
            return StoredFile(sha, filename, media_type, size)
        except OSError as exc:
            raise StorageError(
                f"cpdlog could not store {filename} in {self.folder}: {exc.strerror or exc}."
            ) from None
        finally:
            tmp.unlink(missing_ok=True)

    def remove(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)
