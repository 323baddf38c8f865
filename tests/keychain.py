"""A system keychain kept in memory, for tests that must never touch the real one."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """``broken``: it refuses to keep anything (a keychain that is locked or missing)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, broken: bool = False) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}
        self.broken = broken

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.broken:
            raise RuntimeError("no keychain here")
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@contextlib.contextmanager
def memory_keychain(broken: bool = False) -> Iterator[MemoryKeyring]:
    """The keychain ``keyring`` uses, replaced by a :class:`MemoryKeyring` meanwhile."""
    import keyring

    before = keyring.get_keyring()
    backend = MemoryKeyring(broken)
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)
