"""The key file: one data key, wrapped by the passphrase and by the recovery key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cpdlog.errors import KeyFileError, PassphraseError
from cpdlog.storage import keys

PASS = "correct horse battery staple"


def _made(tmp_path: Path) -> tuple[Path, keys.NewKey]:
    new, document = keys.new_key_document(PASS)
    path = keys.key_file_path(tmp_path)
    keys.write_key_document(path, document)
    return path, new


def test_passphrase_and_recovery_key_both_unlock_the_same_data_key(tmp_path: Path) -> None:
    path, new = _made(tmp_path)
    assert len(new.data_key) == 32
    assert keys.unlock_with_passphrase(path, PASS) == new.data_key
    assert keys.unlock_with_passphrase(path, PASS + "\n") == new.data_key  # a passphrase file
    assert keys.unlock_with_recovery_key(path, new.recovery_key) == new.data_key
    typed = new.recovery_key.lower().replace("-", " ")
    assert keys.unlock_with_recovery_key(path, typed) == new.data_key
    # the key never appears in the file
    assert new.data_key.hex() not in path.read_text()
    assert keys.is_encrypted(tmp_path)


def test_wrong_passphrase_and_wrong_recovery_key(tmp_path: Path) -> None:
    path, new = _made(tmp_path)
    with pytest.raises(PassphraseError) as caught:
        keys.unlock_with_passphrase(path, PASS + "!")
    assert caught.value.exit_code == 2
    other = keys.new_recovery_key()
    assert other != new.recovery_key
    with pytest.raises(PassphraseError):
        keys.unlock_with_recovery_key(path, other)
    with pytest.raises(PassphraseError):
        keys.unlock_with_recovery_key(path, "not a key")


def test_short_passphrase_refused() -> None:
    with pytest.raises(PassphraseError):
        keys.new_key_document("short")


def test_rewrap_keeps_data_key_and_old_passphrase_stops_working(tmp_path: Path) -> None:
    path, new = _made(tmp_path)
    again, document = keys.rewrapped_document(new.data_key, "a different long passphrase")
    keys.write_key_document(path, document)
    assert again.data_key == new.data_key
    assert keys.unlock_with_passphrase(path, "a different long passphrase") == new.data_key
    with pytest.raises(PassphraseError):
        keys.unlock_with_passphrase(path, PASS)
    with pytest.raises(PassphraseError):
        keys.unlock_with_recovery_key(path, new.recovery_key)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(version=99),
        lambda d: d.update(format="other"),
        lambda d: d["passphrase"].update(ciphertext="!!!"),
        lambda d: d["passphrase"]["kdf"].update(n=3),
        lambda d: d["passphrase"]["kdf"].update(n=2**40),
        lambda d: d.pop("passphrase"),
    ],
)
def test_damaged_key_file_is_a_clear_storage_error(tmp_path: Path, damage: object) -> None:
    path, _new = _made(tmp_path)
    document = json.loads(path.read_text())
    damage(document)  # type: ignore[operator]
    path.write_text(json.dumps(document))
    with pytest.raises(KeyFileError):
        keys.unlock_with_passphrase(path, PASS)


def test_tampered_cost_is_refused_not_used(tmp_path: Path) -> None:
    """Lowering the scrypt cost in the file breaks the authenticated wrapping."""
    path, _new = _made(tmp_path)
    document = json.loads(path.read_text())
    document["passphrase"]["kdf"]["n"] = 2**14
    path.write_text(json.dumps(document))
    with pytest.raises(PassphraseError):
        keys.unlock_with_passphrase(path, PASS)


@pytest.mark.parametrize("content", [b"", b"\xff\xfe", b"{" * 20000, b"[]"])
def test_garbage_key_file(tmp_path: Path, content: bytes) -> None:
    path = keys.key_file_path(tmp_path)
    path.write_bytes(content)
    with pytest.raises(KeyFileError):
        keys.unlock_with_passphrase(path, PASS)


def test_subkeys_differ_by_purpose() -> None:
    key = bytes(range(32))
    assert keys.subkey(key, "evidence") != keys.subkey(key, "export")
    assert keys.subkey(key, "evidence") == keys.subkey(key, "evidence")
    assert keys.sqlcipher_key_pragma(key) == f"PRAGMA key = \"x'{key.hex()}'\""


def test_passphrase_is_derived_once_per_session_until_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.hazmat.primitives.kdf import scrypt

    path, new = _made(tmp_path)
    keys.forget_session_keys()
    derivations: list[int] = []
    real = scrypt.Scrypt

    class Counting:
        def __init__(self, **kwargs: Any) -> None:
            self._real = real(**kwargs)

        def derive(self, key_material: bytes) -> bytes:
            derivations.append(1)
            return self._real.derive(key_material)

    monkeypatch.setattr(scrypt, "Scrypt", Counting)
    assert keys.unlock_with_passphrase(path, PASS) == new.data_key
    assert keys.unlock_with_passphrase(path, PASS) == new.data_key
    assert len(derivations) == 1  # the second open reuses the session's derived key
    with pytest.raises(PassphraseError):
        keys.unlock_with_passphrase(path, PASS + " but wrong")  # a cached key is never reused
    assert len(derivations) == 2
    with pytest.raises(PassphraseError):
        keys.unlock_with_passphrase(path, PASS + " but wrong")
    keys.forget_session_keys()
    assert keys.unlock_with_passphrase(path, PASS) == new.data_key
    assert len(derivations) == 3  # after the lock it is derived again
    # a rewrapped key file (new salt) is never unlocked with an old session's key
    _fresh, document = keys.rewrapped_document(new.data_key, "a different passphrase now")
    keys.write_key_document(path, document)
    with pytest.raises(PassphraseError):
        keys.unlock_with_passphrase(path, PASS)
    keys.forget_session_keys()


def _gated_scrypt(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], Any, Any]:
    """Scrypt that counts its derivations and waits for ``release`` before finishing."""
    import threading

    from cryptography.hazmat.primitives.kdf import scrypt

    derivations: list[int] = []
    started = threading.Event()
    release = threading.Event()
    real = scrypt.Scrypt

    class Gated:
        def __init__(self, **kwargs: Any) -> None:
            self._real = real(**kwargs)

        def derive(self, key_material: bytes) -> bytes:
            derivations.append(1)
            started.set()
            assert release.wait(30)
            return self._real.derive(key_material)

    monkeypatch.setattr(scrypt, "Scrypt", Gated)
    return derivations, started, release


def test_a_second_unlock_waits_for_the_derivation_under_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    path, new = _made(tmp_path)
    keys.forget_session_keys()
    derivations, started, release = _gated_scrypt(monkeypatch)
    results: list[bytes] = []
    ahead = threading.Thread(target=lambda: results.append(keys.unlock_with_passphrase(path, PASS)))
    ahead.start()  # as the app does while it builds its window
    assert started.wait(30)
    second = threading.Thread(
        target=lambda: results.append(keys.unlock_with_passphrase(path, PASS))
    )
    second.start()  # the journal's opening, while the first derivation still runs
    release.set()
    ahead.join(30)
    second.join(30)
    assert results == [new.data_key, new.data_key]
    assert len(derivations) == 1  # scrypt ran once, not twice
    keys.forget_session_keys()


def test_a_derivation_overtaken_by_a_lock_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    path, new = _made(tmp_path)
    keys.forget_session_keys()
    derivations, started, release = _gated_scrypt(monkeypatch)
    results: list[bytes] = []
    ahead = threading.Thread(target=lambda: results.append(keys.unlock_with_passphrase(path, PASS)))
    ahead.start()
    assert started.wait(30)
    keys.forget_session_keys()  # the app locked while the key was being derived
    release.set()
    ahead.join(30)
    assert results == [new.data_key]  # the caller that asked still gets its key...
    assert keys.unlock_with_passphrase(path, PASS) == new.data_key
    assert len(derivations) == 2  # ...but it was not kept for the session after the lock
    keys.forget_session_keys()


def test_a_failed_derivation_lets_the_waiting_unlock_derive_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from cryptography.hazmat.primitives.kdf import scrypt

    path, new = _made(tmp_path)
    keys.forget_session_keys()
    real = scrypt.Scrypt
    started = threading.Event()
    release = threading.Event()
    calls: list[int] = []

    class FailsFirst:
        def __init__(self, **kwargs: Any) -> None:
            self._real = real(**kwargs)

        def derive(self, key_material: bytes) -> bytes:
            calls.append(1)
            if len(calls) == 1:
                started.set()
                assert release.wait(30)
                raise MemoryError("scrypt could not have its memory")
            return self._real.derive(key_material)

    monkeypatch.setattr(scrypt, "Scrypt", FailsFirst)
    errors: list[BaseException] = []

    def first() -> None:
        try:
            keys.unlock_with_passphrase(path, PASS)
        except MemoryError as error:
            errors.append(error)

    ahead = threading.Thread(target=first)
    ahead.start()
    assert started.wait(30)
    results: list[bytes] = []
    second = threading.Thread(
        target=lambda: results.append(keys.unlock_with_passphrase(path, PASS))
    )
    second.start()
    release.set()
    ahead.join(30)
    second.join(30)
    assert len(errors) == 1
    assert results == [new.data_key]
    assert len(calls) == 2
    keys.forget_session_keys()
