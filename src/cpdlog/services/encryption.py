"""Encryption at rest, for the front ends: turning it on and off, the passphrase, sealed drafts.

The command line and the desktop app call these functions; only this service talks to
:mod:`cpdlog.storage.keys`, :mod:`cpdlog.storage.encryption` and :mod:`cpdlog.storage.sealed`.
Every function either finishes or leaves the journal as it was (see
:mod:`cpdlog.storage.encryption` for how a conversion survives a kill at any moment).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

# The storage modules are imported inside each function: the desktop app asks
# :func:`is_encrypted` before its window is shown, before the database layer may load.

log = logging.getLogger(__name__)

DRAFT_CONTEXT = b"draft"


@dataclass(frozen=True, slots=True)
class Recovery:
    """What a new passphrase gives: the recovery key, to be shown to the user once."""

    recovery_key: str


def is_encrypted(home: Path) -> bool:
    """Whether the journal in the data folder ``home`` is encrypted (it has a key file)."""
    from cpdlog.storage import keys

    return keys.is_encrypted(home)


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short (or too long) with a :class:`PassphraseError`."""
    from cpdlog.storage import keys

    keys.check_new_passphrase(passphrase)


def recover(home: Path, database: Path) -> None:
    """Finish or undo a conversion that a kill interrupted."""
    from cpdlog.storage import encryption

    encryption.recover(home, database)


def needs_sealing(home: Path) -> bool:
    """Whether an encryption stopped before its evidence, drafts and backups were all sealed
    (the next open of the journal finishes it)."""
    from cpdlog.storage import encryption

    return encryption.needs_sealing(home)


def unlock(home: Path, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
    """The journal's data key from its passphrase or its recovery key
    (:class:`PassphraseError` if wrong, :class:`KeyFileError` if the key file is damaged)."""
    from cpdlog.storage import keys

    path = keys.key_file_path(home)
    if recovery_key is not None:
        return keys.unlock_with_recovery_key(path, recovery_key)
    if passphrase is None:
        raise ValueError("a passphrase or a recovery key is needed")
    return keys.unlock_with_passphrase(path, passphrase)


def derive_key_ahead(home: Path, passphrase: str) -> None:
    """Start deriving the passphrase's key (scrypt, a deliberate fraction of a second) on a
    background thread, so that the journal's opening a moment later finds it ready. The app
    calls this before it builds its window; errors are left for that opening to report."""
    import threading

    from cpdlog.errors import CpdlogError

    def derive() -> None:
        try:
            unlock(home, passphrase)
        except CpdlogError:
            pass  # a wrong passphrase or a damaged key file: the opening says so
        except Exception:
            log.debug("deriving the key ahead failed", exc_info=True)

    threading.Thread(target=derive, name="cpdlog-key-ahead", daemon=True).start()


def encrypt_journal(home: Path, database: Path, passphrase: str) -> Recovery:
    """Encrypt the journal (brought up to date first, with its usual backup), its evidence,
    drafts and backups. A failure before the journal itself is converted leaves the plain
    journal whole; one after it raises :class:`cpdlog.errors.EncryptionUnfinishedError`,
    whose ``recovery_key`` the caller must still show the user (the journal is encrypted)."""
    from cpdlog.errors import StorageError
    from cpdlog.services.app import App
    from cpdlog.storage import encryption, keys

    encryption.recover(home, database)
    if keys.is_encrypted(home):
        raise StorageError(tr(ERRORS, "Your journal is already encrypted. Nothing was changed."))
    keys.check_new_passphrase(passphrase)
    App.open(home).close()
    return Recovery(encryption.encrypt(home, database, passphrase).recovery_key)


def decrypt_journal(home: Path, database: Path, data_key: bytes) -> None:
    """Store the journal unencrypted again; a failure leaves the encrypted journal whole."""
    from cpdlog.storage import encryption, keys

    encryption.decrypt(home, database, data_key)
    keys.forget_session_keys()


def change_passphrase(home: Path, data_key: bytes, new_passphrase: str) -> Recovery:
    """Wrap the data key with a new passphrase and a new recovery key (one atomic write)."""
    from cpdlog.storage import keys

    fresh, document = keys.rewrapped_document(data_key, new_passphrase)
    keys.write_key_document(keys.key_file_path(home), document)
    keys.forget_session_keys()
    return Recovery(fresh.recovery_key)


def forget_session_keys() -> None:
    """Drop the keys derived from passphrases in this session (the app locks)."""
    from cpdlog.storage import keys

    keys.forget_session_keys()


def draft_key(data_key: bytes | None) -> bytes | None:
    """The key drafts of an encrypted journal are sealed with (None: a plain journal)."""
    from cpdlog.storage import keys

    return None if data_key is None else keys.subkey(data_key, "draft")


def is_sealed(raw: bytes) -> bool:
    from cpdlog.storage import sealed

    return sealed.is_sealed(raw)


def seal_draft(key: bytes, data: bytes) -> bytes:
    from cpdlog.storage import sealed

    return b"".join(sealed.seal(key, [data], DRAFT_CONTEXT))


def unseal_draft(key: bytes, raw: bytes) -> bytes:
    """The draft's text (:class:`StorageError` if it was damaged or sealed with another key)."""
    from cpdlog.storage import sealed

    return b"".join(sealed.unseal(key, io.BytesIO(raw), DRAFT_CONTEXT, tr(ERRORS, "draft")))
