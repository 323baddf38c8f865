"""The key design of an encrypted journal: one random data key, wrapped twice.

* The **data key** is 32 random bytes (``os.urandom``). SQLCipher is keyed with it directly
  (``PRAGMA key = "x'<64 hex>'"``, no per-connection key derivation); evidence, backups and
  exports use sub-keys derived from it with HKDF-SHA256 (:func:`subkey`), one per purpose.
* The data key is stored only **wrapped** (AES-256-GCM) in the key file ``cpdlog.key`` in the
  data folder, twice:

  - by a key derived from the **passphrase** with scrypt (its salt and cost are in the file,
    so they can be raised later without breaking old files);
  - by a key derived from the **recovery key** (160 random bits shown once at set-up, written
    as eight groups of four letters and digits) with HKDF-SHA256 and its own salt; a random
    160-bit secret needs no slow derivation.

  Each wrapping authenticates the file's version, the role ("passphrase"/"recovery") and the
  scrypt parameters as associated data, so a key file whose parameters were tampered with is
  refused rather than used with weaker ones.
* Changing the passphrase re-wraps the same data key (the database and evidence do not need
  rewriting) and issues a new recovery key. The key file is replaced atomically (written to a
  temporary file, flushed to disk, renamed).

A wrong passphrase and a damaged key file are told apart: AES-GCM fails on both, but a file
that does not parse, has the wrong version or impossible parameters is "damaged".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cpdlog import safefile
from cpdlog.errors import KeyFileError, PassphraseError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

KEY_FILE_NAME = "cpdlog.key"
KEY_FILE_FORMAT = "cpdlog-key"
KEY_FILE_VERSION = 1
DATA_KEY_BYTES = 32
MIN_PASSPHRASE_CHARS = 10
MAX_PASSPHRASE_CHARS = 1024
MAX_KEY_FILE_BYTES = 16 * 1024
# scrypt cost: 2**15 x 8 x 1 uses 32 MiB and about a tenth of a second on a laptop, once per
# session. Stored in the file: a later version may raise it when the passphrase is changed.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_LIMITS = {"n": (2**14, 2**20), "r": (1, 32), "p": (1, 16)}
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 symbols: no 0/O, 1/I
_RECOVERY_SYMBOLS = 32  # 32 symbols of 5 bits each = 160 bits


@dataclass(frozen=True, slots=True)
class NewKey:
    """What :func:`create_key_file` made: the data key and the recovery key to show once."""

    data_key: bytes
    recovery_key: str


def key_file_path(home: Path) -> Path:
    return home / KEY_FILE_NAME


def is_encrypted(home: Path) -> bool:
    """Whether the journal in ``home`` is encrypted (it has a key file)."""
    return key_file_path(home).exists()


def normalise_passphrase(passphrase: str) -> bytes:
    """The passphrase as bytes: NFC-normalised (the same words typed on another keyboard or
    system give the same key), one trailing newline dropped (a passphrase file)."""
    if passphrase.endswith("\r\n"):
        passphrase = passphrase[:-2]
    elif passphrase.endswith("\n"):
        passphrase = passphrase[:-1]
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect a journal (a :class:`PassphraseError`)."""
    text = normalise_passphrase(passphrase).decode("utf-8")
    if len(text.strip()) < MIN_PASSPHRASE_CHARS:
        raise PassphraseError(
            tr(
                ERRORS,
                "Choose a passphrase of at least {min_passphrase_chars} "
                "characters (a few unrelated words are easy to remember and hard "
                "to guess).",
            ).format(min_passphrase_chars=MIN_PASSPHRASE_CHARS)
        )
    if len(text) > MAX_PASSPHRASE_CHARS:
        raise PassphraseError(
            tr(ERRORS, "A passphrase can have at most {max_passphrase_chars} characters.").format(
                max_passphrase_chars=MAX_PASSPHRASE_CHARS
            )
        )


def new_recovery_key() -> str:
    symbols = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_SYMBOLS))
    return "-".join(symbols[i : i + 4] for i in range(0, _RECOVERY_SYMBOLS, 4))


def _recovery_secret(recovery_key: str) -> bytes:
    """The recovery key's symbols, however the user typed them (case, spaces, dashes)."""
    cleaned = "".join(ch for ch in recovery_key.upper() if ch not in " -\t\r\n")
    cleaned = cleaned.replace("0", "O").replace("1", "I")
    if len(cleaned) != _RECOVERY_SYMBOLS or any(ch not in _RECOVERY_ALPHABET for ch in cleaned):
        raise PassphraseError(
            tr(
                ERRORS,
                "That is not a cpdlog recovery key (eight groups of four letters and digits).",
            )
        )
    value = 0
    for ch in cleaned:
        value = value * 32 + _RECOVERY_ALPHABET.index(ch)
    return value.to_bytes(20, "big")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise _damaged(tr(ERRORS, "{what} is missing").format(what=what))
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _damaged(tr(ERRORS, "{what} is not base64").format(what=what)) from None
    if size is not None and len(data) != size:
        raise _damaged(tr(ERRORS, "{what} has the wrong length").format(what=what))
    return data


def _damaged(detail: str) -> KeyFileError:
    return KeyFileError(
        tr(
            ERRORS,
            "The journal's key file ({key_file_name}) is damaged ({detail}), "
            "so the journal cannot be opened. Nothing was changed; restore "
            "the key file from a copy you kept.",
        ).format(key_file_name=KEY_FILE_NAME, detail=detail)
    )


# scrypt results of this session (process), so that the slow derivation runs once per session
# and not on every open of the journal. Keyed by the salt, the cost and an HMAC of the
# passphrase under a random per-process secret (the passphrase itself is not kept); emptied
# by :func:`forget_session_keys` (when the app locks).
_SESSION_SECRET = os.urandom(32)
_session_keys: dict[tuple[bytes, int, int, int, bytes], bytes] = {}
_MAX_SESSION_KEYS = 8
# A derivation under way, so that a second caller (the app derives the key ahead while its
# window is built, then opens the journal) waits for it instead of paying for scrypt twice.
_session_lock = threading.Lock()
_in_flight: dict[tuple[bytes, int, int, int, bytes], threading.Event] = {}
_generation = 0  # raised by forget_session_keys: a derivation begun before it is not kept


def forget_session_keys() -> None:
    """Drop every key derived in this session: the next unlock derives it again."""
    global _generation
    with _session_lock:
        _generation += 1
        _session_keys.clear()


def _scrypt_key(passphrase: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    tag = hmac.new(_SESSION_SECRET, passphrase, hashlib.sha256).digest()
    cache_key = (salt, n, r, p, tag)
    while True:
        with _session_lock:
            cached = _session_keys.get(cache_key)
            if cached is not None:
                return cached
            running = _in_flight.get(cache_key)
            if running is None:
                done = _in_flight[cache_key] = threading.Event()
                generation = _generation
        if running is None:
            break
        running.wait()  # the other derivation has finished (or failed): look again
    try:
        derived = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase)
        with _session_lock:
            if generation == _generation:  # not forgotten (locked) meanwhile
                if len(_session_keys) >= _MAX_SESSION_KEYS:
                    _session_keys.clear()
                _session_keys[cache_key] = derived
        return derived
    finally:
        with _session_lock:
            _in_flight.pop(cache_key, None)
        done.set()


def _hkdf(secret: bytes, salt: bytes | None, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A 256-bit key for one purpose ("evidence", "export", "draft"...), from the data key."""
    return _hkdf(data_key, None, f"cpdlog {purpose} key v1".encode())


def _aad(role: str, kdf: dict[str, Any]) -> bytes:
    return json.dumps(
        {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, "role": role, "kdf": kdf},
        sort_keys=True,
        separators=(",", ":"),
    ).encode()


def _wrap(wrapping_key: bytes, data_key: bytes, aad: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {
        "nonce": _b64(nonce),
        "ciphertext": _b64(AESGCM(wrapping_key).encrypt(nonce, data_key, aad)),
    }


def _part(role: str, part: str) -> str:
    """The words a damaged-key-file message uses for one part of a wrapped key, translated."""
    words = {
        ("passphrase", "wrapping"): tr(ERRORS, "the passphrase wrapping"),
        ("passphrase", "nonce"): tr(ERRORS, "the passphrase nonce"),
        ("passphrase", "key"): tr(ERRORS, "the passphrase key"),
        ("recovery", "wrapping"): tr(ERRORS, "the recovery wrapping"),
        ("recovery", "nonce"): tr(ERRORS, "the recovery nonce"),
        ("recovery", "key"): tr(ERRORS, "the recovery key"),
    }
    return words[(role, part)]


def _unwrap(wrapping_key: bytes, wrapped: object, aad: bytes, what: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(wrapped, dict):
        raise _damaged(tr(ERRORS, "{what} is missing").format(what=_part(what, "wrapping")))
    nonce = _unb64(wrapped.get("nonce"), _part(what, "nonce"), 12)
    ciphertext = _unb64(wrapped.get("ciphertext"), _part(what, "key"), DATA_KEY_BYTES + 16)
    try:
        return AESGCM(wrapping_key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        return None


def _scrypt_params() -> dict[str, Any]:
    return {
        "name": "scrypt",
        "salt": _b64(os.urandom(16)),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
    }


def _document(data_key: bytes, passphrase: str, recovery_key: str) -> dict[str, Any]:
    kdf = _scrypt_params()
    pass_key = _scrypt_key(
        normalise_passphrase(passphrase),
        _unb64(kdf["salt"], tr(ERRORS, "the salt")),
        kdf["n"],
        kdf["r"],
        kdf["p"],
    )
    recovery_salt = os.urandom(16)
    recovery_kdf = {"name": "hkdf-sha256", "salt": _b64(recovery_salt)}
    rec_key = _hkdf(_recovery_secret(recovery_key), recovery_salt, b"cpdlog recovery wrap v1")
    return {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "passphrase": {"kdf": kdf, **_wrap(pass_key, data_key, _aad("passphrase", kdf))},
        "recovery": {
            "kdf": recovery_kdf,
            **_wrap(rec_key, data_key, _aad("recovery", recovery_kdf)),
        },
    }


def write_key_document(path: Path, document: dict[str, Any]) -> None:
    """Write the key file atomically and durably (a partial file, flushed, then renamed)."""
    data = json.dumps(document, indent=2, sort_keys=True).encode() + b"\n"
    safefile.write_atomically(path, data, create_folder=False, private=True)


def new_key_document(passphrase: str) -> tuple[NewKey, dict[str, Any]]:
    """A fresh data key and recovery key, and the key-file document wrapping it."""
    check_new_passphrase(passphrase)
    data_key = os.urandom(DATA_KEY_BYTES)
    recovery_key = new_recovery_key()
    return NewKey(data_key, recovery_key), _document(data_key, passphrase, recovery_key)


def rewrapped_document(data_key: bytes, passphrase: str) -> tuple[NewKey, dict[str, Any]]:
    """The same data key wrapped by a new passphrase and a new recovery key."""
    check_new_passphrase(passphrase)
    recovery_key = new_recovery_key()
    return NewKey(data_key, recovery_key), _document(data_key, passphrase, recovery_key)


def read_key_document(path: Path) -> dict[str, Any]:
    # a named pipe or a device there would hold the open (or the read) for ever
    safefile.require_ordinary(path, tr(ERRORS, "encryption key file"), error=KeyFileError)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _damaged(tr(ERRORS, "it is missing")) from None
    except OSError as exc:
        raise KeyFileError(
            tr(
                ERRORS,
                "The journal's key file ({key_file_name}) cannot be read: {reason}.",
            ).format(key_file_name=KEY_FILE_NAME, reason=exc.strerror or exc)
        ) from None
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise _damaged(tr(ERRORS, "it is far too large"))
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged(tr(ERRORS, "it is not readable")) from None
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise _damaged(tr(ERRORS, "it is not a cpdlog key file"))
    if document.get("version") != KEY_FILE_VERSION:
        raise KeyFileError(
            tr(
                ERRORS,
                "The journal's key file ({key_file_name}) was written by another "
                "version of cpdlog (key file version {version}). Nothing was "
                "changed.",
            ).format(key_file_name=KEY_FILE_NAME, version=str(document.get("version"))[:20])
        )
    return document


def _checked_scrypt(kdf: object) -> tuple[bytes, int, int, int]:
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise _damaged(tr(ERRORS, "the passphrase settings are missing"))
    values: dict[str, int] = {}
    for name, (low, high) in _SCRYPT_LIMITS.items():
        value = kdf.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise _damaged(
                tr(ERRORS, "the passphrase setting {name} is out of range").format(name=name)
            )
        values[name] = value
    if values["n"] & (values["n"] - 1):
        raise _damaged(tr(ERRORS, "the passphrase setting n is not a power of two"))
    return (
        _unb64(kdf.get("salt"), tr(ERRORS, "the salt"), 16),
        values["n"],
        values["r"],
        values["p"],
    )


def unlock_with_passphrase(path: Path, passphrase: str) -> bytes:
    """The data key, or :class:`PassphraseError` (wrong) / :class:`KeyFileError` (damaged)."""
    document = read_key_document(path)
    part = document.get("passphrase")
    if not isinstance(part, dict):
        raise _damaged(tr(ERRORS, "the passphrase wrapping is missing"))
    kdf = part.get("kdf")
    salt, n, r, p = _checked_scrypt(kdf)
    assert isinstance(kdf, dict)
    wrapping = _scrypt_key(normalise_passphrase(passphrase), salt, n, r, p)
    key = _unwrap(wrapping, part, _aad("passphrase", kdf), "passphrase")
    if key is None:
        raise PassphraseError(
            tr(
                ERRORS,
                "That passphrase is not right for this journal. Nothing was changed.",
            )
        )
    return key


def unlock_with_recovery_key(path: Path, recovery_key: str) -> bytes:
    document = read_key_document(path)
    part = document.get("recovery")
    if not isinstance(part, dict):
        raise _damaged(tr(ERRORS, "the recovery wrapping is missing"))
    kdf = part.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "hkdf-sha256":
        raise _damaged(tr(ERRORS, "the recovery settings are missing"))
    salt = _unb64(kdf.get("salt"), tr(ERRORS, "the recovery salt"), 16)
    wrapping = _hkdf(_recovery_secret(recovery_key), salt, b"cpdlog recovery wrap v1")
    key = _unwrap(wrapping, part, _aad("recovery", kdf), "recovery")
    if key is None:
        raise PassphraseError(
            tr(
                ERRORS,
                "That recovery key is not the one for this journal. Nothing was changed.",
            )
        )
    return key


def sqlcipher_key_pragma(data_key: bytes) -> str:
    """``PRAGMA key`` with the raw 256-bit key (hex only: nothing to quote or inject)."""
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""
