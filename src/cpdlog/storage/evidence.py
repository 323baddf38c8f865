"""Evidence files, copied into the data folder under their SHA-256 (content-addressed).

The store keeps one invariant, whoever calls it: an evidence id is exactly 64 lower-case hex
digits, and the only file it reads, exports or deletes for an id is the regular file
``<folder>/<id[:2]>/<id>``, with neither it nor its sub-folder a symbolic link, so nothing
outside the evidence folder can be reached through an id. Ids that do not qualify are refused
(:func:`check_id`) or treated as absent (:meth:`EvidenceStore.has`).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import mimetypes
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cpdlog import safefile
from cpdlog.domain.entry import is_evidence_id
from cpdlog.errors import ReadOnlyError, StorageError, ValidationError
from cpdlog.i18n import tr
from cpdlog.storage import sealed

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    filename: str
    media_type: str
    size: int


def check_id(sha256: object) -> str:
    """``sha256`` if it is a valid evidence id; otherwise a :class:`ValidationError`."""
    if not is_evidence_id(sha256):
        shown = repr(sha256)[:40]
        raise ValidationError(
            tr(
                ERRORS,
                "{shown} is not an evidence id (64 lower-case hexadecimal digits).",
            ).format(shown=shown),
            field="evidence",
        )
    assert isinstance(sha256, str)
    return sha256


class EvidenceStore:
    def __init__(
        self,
        folder: Path,
        max_bytes: int = MAX_EVIDENCE_BYTES,
        read_only: bool = False,
        key: bytes | None = None,
    ) -> None:
        """``key``: the journal is encrypted; files are stored sealed with it (AES-GCM,
        :mod:`cpdlog.storage.sealed`) and ids stay the SHA-256 of the plaintext."""
        self.folder = folder
        self.max_bytes = max_bytes
        self.read_only = read_only  # the data folder cannot be written: refuse every change
        self.key = key

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.folder.parent)

    def path_for(self, sha256: str) -> Path:
        """Where the file for ``sha256`` lives (or would live). Refuses an invalid id."""
        sha = check_id(sha256)
        return self.folder / sha[:2] / sha

    def stored_path(self, sha256: str) -> Path | None:
        """The file for ``sha256`` if it is a regular file directly in its sub-folder.

        ``None`` for an invalid id, a missing file, or anything else at that place (a folder,
        a pipe, a symbolic link, a sub-folder that is a link out of the evidence folder).
        """
        if not is_evidence_id(sha256):
            return None
        sub = self.folder / sha256[:2]
        target = sub / sha256
        try:
            if not stat.S_ISDIR(os.lstat(sub).st_mode):
                return None
            if not stat.S_ISREG(os.lstat(target).st_mode):
                return None
            if target.resolve(strict=True).parent != self.folder.resolve(strict=True) / sub.name:
                return None
        except (OSError, RuntimeError):
            return None
        return target

    def size_of(self, sha256: str) -> int | None:
        """The stored file's size in bytes, or ``None`` if it is not (safely) there."""
        path = self.stored_path(sha256)
        try:
            if path is None:
                return None
            size = os.lstat(path).st_size
            if self.key is not None and self._is_sealed(path):
                body = size - sealed.HEADER
                chunks = max(1, -(-body // (sealed.CHUNK + sealed.TAG)))
                return body - chunks * sealed.TAG
            return size
        except OSError:
            return None

    @staticmethod
    def _is_sealed(path: Path) -> bool:
        try:
            with path.open("rb") as fh:
                return sealed.is_sealed(fh.read(len(sealed.MAGIC)))
        except OSError:
            return False

    def has(self, sha256: str) -> bool:
        return self.stored_path(sha256) is not None

    @contextlib.contextmanager
    def open(self, sha256: str) -> Iterator[BinaryIO]:
        """The stored file for reading; :class:`StorageError` if it is missing or unsafe."""
        path = self.stored_path(sha256)
        if path is None:
            check_id(sha256)
            raise StorageError(
                tr(ERRORS, "The evidence file {sha256}… is missing from the data folder.").format(
                    sha256=sha256[:12]
                )
            )
        try:
            with safefile.open_regular(path, "evidence file", follow_symlinks=False) as fh:
                if self.key is not None and sealed.is_sealed(fh.read(len(sealed.MAGIC))):
                    fh.seek(0)
                    yield self._unsealed(fh, sha256)
                else:
                    fh.seek(0)
                    yield fh
        except ValidationError as exc:
            raise StorageError(
                tr(ERRORS, "The evidence file {sha256}… cannot be used: {exc}").format(
                    sha256=sha256[:12], exc=exc
                )
            ) from None

    def _unsealed(self, fh: BinaryIO, sha256: str) -> BinaryIO:
        """The plaintext of a sealed file, in memory (at most the evidence limit), checked
        against its id."""
        assert self.key is not None
        digest = hashlib.sha256()
        parts: list[bytes] = []
        size = 0
        for part in sealed.unseal(self.key, fh, b"", f"evidence file {sha256[:12]}…"):
            size += len(part)
            if size > self.max_bytes:
                raise StorageError(
                    tr(ERRORS, "The evidence file {sha256}… is larger than the limit.").format(
                        sha256=sha256[:12]
                    )
                )
            digest.update(part)
            parts.append(part)
        if digest.hexdigest() != sha256:
            raise StorageError(
                tr(ERRORS, "The evidence file {sha256}… is damaged.").format(sha256=sha256[:12])
            )
        return io.BytesIO(b"".join(parts))

    def convert_all(self, key: bytes | None) -> int:
        """Seal every stored file with ``key`` (None: store them plain again), one at a time,
        each replaced atomically after its content was checked; return how many changed.

        Safe to repeat after an interruption: files already in the wanted form are skipped."""
        self._require_writable()
        changed = 0
        if not self.folder.is_dir():
            return 0
        for sub in sorted(self.folder.iterdir()):
            if not sub.is_dir() or sub.is_symlink():
                continue
            for path in sorted(sub.iterdir()):
                if self.stored_path(path.name) != path:
                    continue
                if self._is_sealed(path) == (key is not None):
                    continue
                data = self.read_bytes(path.name)  # unsealed and checked by self.key
                if hashlib.sha256(data).hexdigest() != path.name:
                    raise StorageError(
                        tr(ERRORS, "The evidence file {name}… is damaged.").format(
                            name=path.name[:12]
                        )
                    )
                body = [data] if key is None else list(sealed.seal(key, [data]))
                fd, tmp_name = tempfile.mkstemp(dir=sub, prefix=".converting-")
                tmp = Path(tmp_name)
                try:
                    with os.fdopen(fd, "wb") as out:
                        for piece in body:
                            out.write(piece)
                        out.flush()
                        os.fsync(out.fileno())
                    tmp.replace(path)
                finally:
                    tmp.unlink(missing_ok=True)
                changed += 1
        return changed

    @contextlib.contextmanager
    def readable_copies(self, scratch: Path) -> Iterator[Callable[[str], Path | None]]:
        """A function giving a plain, readable file for an evidence id, for code that needs a
        path (the PDF's image and PDF embedding, the system's file viewer).

        An unencrypted store gives its own files. An encrypted one writes decrypted copies into
        a fresh folder under ``scratch`` (inside the data folder) and removes that folder, and
        every copy in it, as soon as the ``with`` block ends.
        """
        if self.key is None:
            yield self.stored_path
            return
        scratch.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="plain-", dir=scratch))  # mode 0700

        def copy(sha256: str) -> Path | None:
            if self.stored_path(sha256) is None:
                return None
            target = folder / check_id(sha256)
            if not target.exists():
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as out, self.open(sha256) as fh:
                    for chunk in safefile.read_chunks(
                        fh, self.max_bytes, sha256, tr(ERRORS, "evidence file")
                    ):
                        out.write(chunk)
            return target

        try:
            yield copy
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def read_bytes(self, sha256: str) -> bytes:
        with self.open(sha256) as fh:
            return b"".join(
                safefile.read_chunks(fh, self.max_bytes, sha256, tr(ERRORS, "evidence file"))
            )

    def add(self, source: Path) -> StoredFile:
        """Copy ``source`` in (once per content) and describe it.

        Only a regular file is read (a folder, a pipe or a device is refused, saying which),
        and never more than the evidence limit, whatever size the file system reports.
        """
        self._require_writable()
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        with safefile.open_regular(source, tr(ERRORS, "evidence file")) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > self.max_bytes:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "{name} is {size:.1f} MB; evidence files can be at most "
                        "{max_bytes:.0f} MB. Try a smaller scan or a PDF export of it.",
                    ).format(
                        name=source.name, size=size / 1048576, max_bytes=self.max_bytes / 1048576
                    ),
                    field="evidence",
                )
            return self._store(
                safefile.read_chunks(fh, self.max_bytes, source, tr(ERRORS, "evidence file")),
                source.name,
                media_type,
            )

    def add_bytes(self, data: bytes, filename: str, media_type: str) -> StoredFile:
        if len(data) > self.max_bytes:
            raise ValidationError(
                tr(ERRORS, "{filename} is larger than the evidence limit.").format(
                    filename=filename
                ),
                field="evidence",
            )
        return self._store([data], filename, media_type)

    def add_stream(
        self, chunks: Iterable[bytes], filename: str, media_type: str, expected_sha256: str
    ) -> StoredFile:
        """Store streamed content only if its SHA-256 is ``expected_sha256``.

        A mismatch is refused before anything is placed in the store.
        """
        check_id(expected_sha256)
        return self._store(chunks, filename, media_type, expected_sha256)

    def _store(
        self,
        chunks: Iterable[bytes],
        filename: str,
        media_type: str,
        expected_sha256: str | None = None,
    ) -> StoredFile:
        self._require_writable()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=self.folder, prefix=".incoming-")
        except OSError as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog could not store {filename} in {folder}: {reason}.").format(
                    filename=filename, folder=self.folder, reason=exc.strerror or exc
                )
            ) from None
        digest = hashlib.sha256()
        size = 0
        tmp = Path(tmp_name)
        try:

            def plain() -> Iterator[bytes]:
                nonlocal size
                for chunk in chunks:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise ValidationError(
                            tr(ERRORS, "{filename} is larger than the evidence limit.").format(
                                filename=filename
                            ),
                            field="evidence",
                        )
                    digest.update(chunk)
                    yield chunk

            with os.fdopen(fd, "wb") as out:
                for piece in plain() if self.key is None else sealed.seal(self.key, plain()):
                    out.write(piece)
            sha = digest.hexdigest()
            if expected_sha256 is not None and sha != expected_sha256:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "The evidence file {filename} is damaged (its content does not "
                        "match its SHA-256).",
                    ).format(filename=filename),
                    field="evidence",
                )
            if not self.has(sha):
                final = self.path_for(sha)
                self._make_subfolder(final.parent)
                if not os.path.lexists(final):
                    tmp.replace(final)
                elif not self.has(sha):  # something unsafe sits where the file belongs
                    raise StorageError(
                        tr(
                            ERRORS,
                            "cpdlog could not store {filename}: {final} is not an ordinary file.",
                        ).format(filename=filename, final=final)
                    )
            return StoredFile(sha, filename, media_type, size)
        except OSError as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog could not store {filename} in {folder}: {reason}.").format(
                    filename=filename, folder=self.folder, reason=exc.strerror or exc
                )
            ) from None
        finally:
            tmp.unlink(missing_ok=True)

    def _make_subfolder(self, sub: Path) -> None:
        with contextlib.suppress(FileExistsError):
            sub.mkdir()
        if not stat.S_ISDIR(os.lstat(sub).st_mode):  # a link or a file is not the sub-folder
            raise StorageError(
                tr(
                    ERRORS,
                    "cpdlog could not store evidence: {sub} is not an ordinary folder.",
                ).format(sub=sub)
            )

    def remove(self, sha256: str) -> None:
        """Delete the stored file for ``sha256``: only ever that regular file, never elsewhere."""
        path = self.stored_path(check_id(sha256))
        if path is not None:
            self._require_writable()
            path.unlink(missing_ok=True)
