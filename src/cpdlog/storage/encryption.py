"""Turning encryption on and off, and changing the passphrase, without ever losing the journal.

The database file ``cpdlog.sqlite`` is the commit point: it is replaced by one atomic rename,
so a kill at any moment leaves either the old journal or the new one whole. Around it:

Encrypt (plain → SQLCipher):
  1. the new key file is written as ``cpdlog.key.pending``;
  2. the journal is copied with ``sqlcipher_export`` into ``cpdlog.sqlite.converting``
     (writers are held off meanwhile by a write lock on the old file);
  3. the copy is verified: SQLCipher's and SQLite's integrity checks, the same tables with the
     same number of rows, the same schema revision; it is flushed to disk;
  4. the old file is hard-linked as ``cpdlog.sqlite.old`` (so its bytes can be overwritten
     afterwards), the WAL of the old file is emptied and removed, and
  5. **commit**: the copy is renamed over ``cpdlog.sqlite``;
  6. ``cpdlog.key.pending`` becomes ``cpdlog.key``; the old file is overwritten with zeros
     and removed; plain backups in ``backups/`` are converted the same way.

Decrypt (SQLCipher → plain) is the mirror image, with the marker ``cpdlog.decrypting``
written just before the commit so that a plain journal beside a key file is known to be a
finished decryption (the key file is then removed) and not something to guess about.

:func:`recover` runs before every open and finishes or undoes whatever a kill interrupted,
judging only by the database file's own first bytes (plain SQLite files begin with
``SQLite format 3``; SQLCipher files are random from the first byte).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cpdlog import safefile
from cpdlog.errors import EncryptionUnfinishedError, PassphraseError, StorageError
from cpdlog.i18n import tr
from cpdlog.storage import keys
from cpdlog.storage.db import cipher_connect
from cpdlog.storage.evidence import EvidenceStore

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
CONVERTING_SUFFIX = ".converting"
OLD_SUFFIX = ".old"
PENDING_KEY_NAME = keys.KEY_FILE_NAME + ".pending"
DECRYPTING_MARKER = "cpdlog.decrypting"
# written before a conversion starts, removed once evidence, drafts and backups are all in the
# journal's form: while it is there, opening an encrypted journal seals whatever is still plain
# (so an ordinary open need not look at every evidence file)
SEALING_MARKER = "cpdlog.sealing"
_WIPE_CHUNK = 1024 * 1024


def database_state(path: Path) -> str:
    """ "missing", "empty", "plain" or "encrypted", from the file's first 16 bytes. A named
    pipe, a device or a folder there is refused (:class:`StorageError`), never opened."""
    safefile.require_ordinary(path, tr(ERRORS, "journal file"))
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return "missing"
    if not head:
        return "empty"
    return "plain" if head == SQLITE_HEADER else "encrypted"


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def wipe_file(path: Path) -> None:
    """Overwrite a file with zeros, flush it, then remove it (missing: nothing to do).

    On a solid-state disk or a copy-on-write file system the old blocks may survive the
    overwrite; SECURITY.md says so. The file's name is removed whatever happens.
    """
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode):
            # a link is removed, never followed (its target may be outside the data folder),
            # and a named pipe or a device has no blocks to overwrite
            path.unlink()
            return
        size = info.st_size
        with path.open("r+b") as fh:
            zeros = bytes(_WIPE_CHUNK)
            left = size
            while left > 0:
                n = min(left, _WIPE_CHUNK)
                fh.write(zeros[:n])
                left -= n
            fh.flush()
            os.fsync(fh.fileno())
    except FileNotFoundError:
        return
    except OSError:
        pass
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _fsync(path: Path) -> None:
    with path.open("rb") as fh:
        os.fsync(fh.fileno())


def _plain_connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    return sqlite3.connect(path, timeout=5)


def _connect(path: Path, key: bytes | None, read_only: bool = False) -> Any:
    return _plain_connect(path, read_only) if key is None else cipher_connect(path, key, read_only)


def _table_counts(conn: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        ).fetchall()
    ]
    return {
        name: int(
            conn.execute(f'SELECT count(*) FROM "{name.replace(chr(34), chr(34) * 2)}"').fetchone()[
                0
            ]
        )
        for name in names
    }


def _summary(conn: Any) -> tuple[dict[str, int], str | None, int]:
    counts = _table_counts(conn)
    revision = None
    if "alembic_version" in counts:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return counts, revision, user_version


def _verify(
    path: Path, key: bytes | None, expected: tuple[dict[str, int], str | None, int]
) -> None:
    """Refuse a converted copy that is not exactly the journal it was made from."""
    conn = _connect(path, key, read_only=True)
    try:
        if key is not None:
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if problems:
                raise StorageError(
                    tr(
                        ERRORS,
                        "The converted copy of your journal failed its check, so nothing "
                        "was changed.",
                    )
                )
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok" or _summary(conn) != expected:
            raise StorageError(
                tr(
                    ERRORS,
                    "The converted copy of your journal did not match the original, "
                    "so nothing was changed.",
                )
            )
    finally:
        conn.close()


def _sqlcipher_source(path: Path) -> Any:
    """A SQLCipher connection to a *plain* file (SQLCipher reads plain files unkeyed)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path), timeout=5)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _convert_file(
    path: Path, old_key: bytes | None, new_key: bytes | None, before_commit: Any = None
) -> None:
    """Replace the database at ``path`` by a verified copy under ``new_key`` (None: plain)."""
    converting = path.with_name(path.name + CONVERTING_SUFFIX)
    old = path.with_name(path.name + OLD_SUFFIX)
    lock: Any = None
    try:
        try:
            lock, expected = _export_any(path, old_key, converting, new_key)
            _verify(converting, new_key, expected)
            _fsync(converting)
        except BaseException:
            wipe_file(converting)
            raise
        if old.exists() and not _same_file(old, path):
            wipe_file(old)
        old.unlink(missing_ok=True)
        os.link(path, old)
        for sidecar in _sidecars(path):
            sidecar.unlink(missing_ok=True)  # none are left outside WAL mode
        if before_commit is not None:
            before_commit()
        converting.replace(path)  # the commit point
        safefile.fsync_folder(path.parent)
    finally:
        if lock is not None:
            lock.rollback()
            lock.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _export_any(
    source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
) -> tuple[Any, tuple[dict[str, int], str | None, int]]:
    """Copy ``source`` into a new file ``target`` with ``sqlcipher_export`` (either way).

    The source is first switched out of WAL (which needs it to be open nowhere else, and
    leaves everything in the one file), then write-locked; the lock's connection is returned
    for the caller to close after the commit, so nobody writes to the old file meanwhile.
    """
    for stale in [target, *_sidecars(target)]:
        wipe_file(stale)
    conn = _sqlcipher_source(source) if source_key is None else cipher_connect(source, source_key)
    lock: Any = None
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        except Exception:  # the database is busy (open elsewhere): said below
            log.info("The journal mode could not be changed", exc_info=True)
            mode = None
        if not mode or str(mode[0]).lower() != "delete":
            raise StorageError(
                tr(
                    ERRORS,
                    "Your journal is open in another cpdlog window or command; close "
                    "it there and try again. Nothing was changed.",
                )
            )
        lock = (
            _sqlcipher_source(source) if source_key is None else cipher_connect(source, source_key)
        )
        lock.execute("BEGIN IMMEDIATE")
        expected = _summary(conn)
        key_sql = "''" if target_key is None else f"\"x'{target_key.hex()}'\""
        target_sql = str(target).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{target_sql}' AS converted KEY {key_sql}")
        try:
            conn.execute("SELECT sqlcipher_export('converted')").fetchall()
            conn.execute(f"PRAGMA converted.user_version = {expected[2]}")
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE converted")
    except BaseException:
        if lock is not None:
            lock.close()
        raise
    finally:
        conn.close()
    return lock, expected


def recover(home: Path, database: Path) -> None:
    """Finish or undo a conversion that was interrupted (see the module's description)."""
    key_file = keys.key_file_path(home)
    pending = home / PENDING_KEY_NAME
    marker = home / DECRYPTING_MARKER
    converting = database.with_name(database.name + CONVERTING_SUFFIX)
    old = database.with_name(database.name + OLD_SUFFIX)
    state = database_state(database)
    if pending.exists():
        if state == "encrypted" and not key_file.exists():
            pending.replace(key_file)  # encryption was committed
            safefile.fsync_folder(home)
        else:
            pending.unlink()  # not committed: the plain journal is whole
    if marker.exists():
        if state == "plain" and key_file.exists():
            key_file.unlink()  # decryption was committed
            safefile.fsync_folder(home)
        marker.unlink()
    if (home / SEALING_MARKER).exists() and not key_file.exists():
        (home / SEALING_MARKER).unlink()  # a plain journal has nothing to seal
    if converting.exists():
        wipe_file(converting)  # an unfinished copy
        for sidecar in _sidecars(converting):
            wipe_file(sidecar)
    if old.exists():
        if _same_file(old, database):
            old.unlink()  # not committed: only a second name for the journal itself
        else:
            wipe_file(old)  # the journal as it was before the commit
    if key_file.exists() and state == "plain":
        raise StorageError(
            tr(
                ERRORS,
                "{database} is not encrypted, but the folder has an encryption "
                "key file ({key_file_name}); was an old copy put back? Nothing "
                "was changed. Move one of the two away, or restore an encrypted "
                "backup.",
            ).format(database=database, key_file_name=keys.KEY_FILE_NAME)
        )


def _evidence(home: Path, data_key: bytes) -> EvidenceStore:
    return EvidenceStore(home / "evidence", key=keys.subkey(data_key, "evidence"))


def convert_drafts(home: Path, data_key: bytes, seal_them: bool) -> None:
    """Seal (or unseal) the desktop app's autosaved drafts with the data key's draft key;
    each file is replaced atomically, so a draft is never lost half-way."""
    import io

    from cpdlog.storage import sealed

    folder = home / "autosave"
    if not folder.is_dir():
        return
    key = keys.subkey(data_key, "draft")
    for path in sorted(folder.glob("*.json")):
        if path.is_symlink() or not path.is_file():
            continue
        raw = path.read_bytes()
        if sealed.is_sealed(raw) == seal_them:
            continue
        if seal_them:
            data = b"".join(sealed.seal(key, [raw], b"draft"))
        else:
            data = b"".join(sealed.unseal(key, io.BytesIO(raw), b"draft", tr(ERRORS, "draft")))
        tmp = path.with_name(f".{path.name}.converting")
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)


def _mark_sealing(home: Path) -> None:
    with (home / SEALING_MARKER).open("wb") as fh:
        fh.flush()
        os.fsync(fh.fileno())
    safefile.fsync_folder(home)


def needs_sealing(home: Path) -> bool:
    """Whether a conversion was interrupted before everything was sealed (see
    :func:`finish_sealing`)."""
    return (home / SEALING_MARKER).exists()


def finish_sealing(home: Path, data_key: bytes) -> None:
    """Seal what is still plain in an encrypted journal's folder: evidence, drafts, backups
    (after a conversion, or one a kill interrupted); then forget the marker."""
    evidence = _evidence(home, data_key)
    evidence.convert_all(evidence.key)
    convert_drafts(home, data_key, seal_them=True)
    for backup in _backups(home):
        if database_state(backup) == "plain":
            _convert_file(backup, None, data_key)
            wipe_file(backup.with_name(backup.name + OLD_SUFFIX))
    (home / SEALING_MARKER).unlink(missing_ok=True)
    safefile.fsync_folder(home)


def _backups(home: Path) -> Iterator[Path]:
    folder = home / "backups"
    if folder.is_dir():
        yield from sorted(p for p in folder.glob("*.sqlite") if p.is_file())


def encrypt(home: Path, database: Path, passphrase: str) -> keys.NewKey:
    """Encrypt the journal in ``home``; return the keys (show the recovery key once).

    A failure before the commit point leaves the plain journal whole and is raised as it is;
    one after it (the journal is then encrypted) is an :class:`EncryptionUnfinishedError`
    carrying the recovery key, which must still be shown."""
    recover(home, database)
    if keys.is_encrypted(home):
        raise StorageError(tr(ERRORS, "Your journal is already encrypted. Nothing was changed."))
    new, document = keys.new_key_document(passphrase)
    pending = home / PENDING_KEY_NAME
    keys.write_key_document(pending, document)
    _mark_sealing(home)
    problem: BaseException | None = None
    try:
        if database_state(database) == "plain":
            _convert_file(database, None, new.data_key)
        else:
            for stale in [database, *_sidecars(database)]:
                stale.unlink(missing_ok=True)  # no journal yet (or an empty file)
    except BaseException as exc:
        if database_state(database) != "encrypted":
            pending.unlink(missing_ok=True)  # not committed: the plain journal is whole
            raise
        problem = exc  # it failed after the commit point: the new key is the journal's now
    # From here on the journal is encrypted under the new key: whatever fails, the caller
    # gets the recovery key (in an EncryptionUnfinishedError), to show the user.
    try:
        pending.replace(keys.key_file_path(home))
        safefile.fsync_folder(home)
        wipe_file(database.with_name(database.name + OLD_SUFFIX))
        # evidence, drafts and backups next (resumed at the next open if interrupted)
        finish_sealing(home, new.data_key)
    except BaseException as exc:
        problem = problem or exc
    if problem is not None:
        log.warning("Encryption stopped after its commit point (%s)", type(problem).__name__)
        raise EncryptionUnfinishedError(new.recovery_key, _describe(problem)) from problem
    return new


def _describe(problem: BaseException) -> str:
    """A failure in one line for the user (an interruption has no message of its own)."""
    if isinstance(problem, KeyboardInterrupt):
        return "it was interrupted"
    if isinstance(problem, OSError) and problem.strerror:
        where = f" ({problem.filename})" if problem.filename else ""
        return f"{problem.strerror}{where}"
    return str(problem)


def decrypt(home: Path, database: Path, data_key: bytes) -> None:
    """Store the journal in ``home`` unencrypted again (its backups too)."""
    recover(home, database)
    if not keys.is_encrypted(home):
        raise StorageError(tr(ERRORS, "Your journal is not encrypted. Nothing was changed."))
    _mark_sealing(home)  # interrupted before the commit: the next open seals it all again
    _evidence(home, data_key).convert_all(None)
    convert_drafts(home, data_key, seal_them=False)
    for backup in _backups(home):
        if database_state(backup) == "encrypted":
            try:
                _convert_file(backup, data_key, None)
            except (sqlite3.DatabaseError, StorageError):
                continue  # a backup made with another key: left as it is
            wipe_file(backup.with_name(backup.name + OLD_SUFFIX))
    marker = home / DECRYPTING_MARKER
    if database_state(database) == "encrypted":

        def mark() -> None:
            marker.write_bytes(b"")
            safefile.fsync_folder(home)

        try:
            _convert_file(database, data_key, None, before_commit=mark)
        except BaseException:
            if database_state(database) == "encrypted":
                marker.unlink(missing_ok=True)
            raise
    else:
        marker.write_bytes(b"")
    keys.key_file_path(home).unlink()
    safefile.fsync_folder(home)
    marker.unlink(missing_ok=True)
    (home / SEALING_MARKER).unlink(missing_ok=True)
    (database.with_name(database.name + OLD_SUFFIX)).unlink(missing_ok=True)


def change_passphrase(home: Path, database: Path, old: str, new: str) -> keys.NewKey:
    """Wrap the data key with a new passphrase (and a new recovery key); one atomic write."""
    recover(home, database)
    if not keys.is_encrypted(home):
        raise PassphraseError(tr(ERRORS, "Your journal is not encrypted, so it has no passphrase."))
    path = keys.key_file_path(home)
    data_key = keys.unlock_with_passphrase(path, old)
    fresh, document = keys.rewrapped_document(data_key, new)
    keys.write_key_document(path, document)
    return fresh
