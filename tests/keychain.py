"""A system keychain kept in memory, for tests that must never touch the real one."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """``broken``: it refuses to keep anything (a keychain that is locked or missing)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, broken: bool = False) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}
        self.broken = broken
        # each use from the main (GUI) thread, by service: a desktop app must make none
        self.on_main_thread: list[str] = []

    def _used(self, service: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.on_main_thread.append(service)

    def get_password(self, service: str, username: str) -> str | None:
        self._used(service)
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._used(service)
        if self.broken:
            raise RuntimeError("no keychain here")
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._used(service)
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
