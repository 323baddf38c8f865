"""Sealed files: content encrypted with AES-256-GCM in 1 MiB chunks (evidence, exports...).

Layout: ``MAGIC`` (8 bytes), a random 8-byte nonce prefix, then for each chunk its ciphertext
and 16-byte tag. Chunk ``i``'s nonce is the prefix followed by ``i`` (4 bytes, big-endian);
its associated data is the header, the caller's ``context`` (for evidence: its SHA-256, so a
file cannot be swapped for another), ``i`` and whether it is the last chunk. Truncating,
reordering or appending chunks therefore fails authentication, as does any changed byte.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from cpdlog.errors import StorageError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

MAGIC = b"CPDLOGS1"
CHUNK = 1024 * 1024
TAG = 16
HEADER = len(MAGIC) + 8
MAX_CHUNKS = 2**32 - 1


def is_sealed(head: bytes) -> bool:
    return head[: len(MAGIC)] == MAGIC


def _aad(header: bytes, context: bytes, index: int, last: bool) -> bytes:
    return header + context + struct.pack(">I?", index, last)


def seal(key: bytes, chunks: Iterable[bytes], context: bytes = b"") -> Iterator[bytes]:
    """The sealed form of the plaintext ``chunks`` (any sizes), piece by piece."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aes = AESGCM(key)
    prefix = os.urandom(8)
    header = MAGIC + prefix
    yield header
    buffer = b""
    index = 0
    for chunk in chunks:
        buffer += chunk
        while len(buffer) > CHUNK:  # the last chunk (up to CHUNK bytes) is kept back
            nonce = prefix + struct.pack(">I", index)
            yield aes.encrypt(nonce, buffer[:CHUNK], _aad(header, context, index, False))
            buffer = buffer[CHUNK:]
            index += 1
    nonce = prefix + struct.pack(">I", index)
    yield aes.encrypt(nonce, buffer, _aad(header, context, index, True))


def unseal(key: bytes, fh: BinaryIO, context: bytes = b"", what: str = "file") -> Iterator[bytes]:
    """The plaintext of a sealed file, chunk by chunk; :class:`StorageError` if it was changed
    or is sealed with another key."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = fh.read(HEADER)
    if len(header) != HEADER or not is_sealed(header):
        raise StorageError(
            tr(ERRORS, "The {what} is not an encrypted cpdlog file.").format(what=what)
        )
    aes = AESGCM(key)
    prefix = header[len(MAGIC) :]
    index = 0
    current = fh.read(CHUNK + TAG)
    while True:
        following = fh.read(CHUNK + TAG) if len(current) == CHUNK + TAG else b""
        last = not following
        if len(current) < TAG or index > MAX_CHUNKS:
            raise StorageError(
                tr(ERRORS, "The {what} is damaged (it was cut short).").format(what=what)
            )
        try:
            yield aes.decrypt(
                prefix + struct.pack(">I", index), current, _aad(header, context, index, last)
            )
        except InvalidTag:
            raise StorageError(
                tr(
                    ERRORS,
                    "The {what} is damaged, or was encrypted with another journal's key.",
                ).format(what=what)
            ) from None
        if last:
            return
        current = following
        index += 1
