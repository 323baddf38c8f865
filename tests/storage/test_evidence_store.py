"""The evidence store's own invariant: 64-hex ids, regular files directly in its folder."""

import hashlib
import os
import sys
from pathlib import Path

import pytest

from cpdlog.errors import StorageError, ValidationError
from cpdlog.storage.evidence import EvidenceStore

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs")
BAD_IDS = [
    "../../../../../../etc/passwd",
    "A" * 64,  # upper case
    "a" * 63,
    "a" * 65,
    "a" * 64 + "\n",
    "/" + "a" * 63,
    "",
]


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "home" / "evidence")


@pytest.mark.parametrize("bad", BAD_IDS)
def test_invalid_ids_are_refused_everywhere(store: EvidenceStore, bad: str):
    assert not store.has(bad)
    assert store.stored_path(bad) is None
    with pytest.raises(ValidationError, match="not an evidence id"):
        store.path_for(bad)
    with pytest.raises(ValidationError, match="not an evidence id"):
        store.read_bytes(bad)
    with pytest.raises(ValidationError, match="not an evidence id"):
        store.remove(bad)
    with pytest.raises(ValidationError, match="not an evidence id"):
        store.add_stream([b"x"], "f.txt", "text/plain", bad)


def test_a_stored_file_round_trips(store: EvidenceStore, tmp_path: Path):
    src = tmp_path / "notes.txt"
    src.write_bytes(b"workshop notes")
    stored = store.add(src)
    assert stored.sha256 == hashlib.sha256(b"workshop notes").hexdigest()
    assert store.has(stored.sha256)
    assert store.read_bytes(stored.sha256) == b"workshop notes"
    store.remove(stored.sha256)
    assert not store.has(stored.sha256)


def test_streamed_content_must_match_its_id(store: EvidenceStore):
    sha = hashlib.sha256(b"genuine").hexdigest()
    with pytest.raises(ValidationError, match="damaged"):
        store.add_stream([b"forged"], "f.txt", "text/plain", sha)
    assert not store.has(sha)
    assert not any(p.is_file() for p in store.folder.rglob("*"))  # nothing left behind
    assert store.add_stream([b"genu", b"ine"], "f.txt", "text/plain", sha).size == 7


@posix_only
def test_a_subfolder_that_links_out_of_the_store_is_not_followed(
    store: EvidenceStore, tmp_path: Path
):
    outside = tmp_path / "outside"
    outside.mkdir()
    sha = hashlib.sha256(b"secret").hexdigest()
    victim = outside / sha
    victim.write_bytes(b"secret")
    store.folder.mkdir(parents=True)
    (store.folder / sha[:2]).symlink_to(outside, target_is_directory=True)
    assert not store.has(sha)
    with pytest.raises(StorageError, match="missing"):
        store.read_bytes(sha)
    store.remove(sha)
    assert victim.read_bytes() == b"secret"
    with pytest.raises(StorageError, match="not an ordinary folder"):
        store.add_bytes(b"secret", "s.txt", "text/plain")
    assert victim.read_bytes() == b"secret"


@posix_only
def test_a_file_that_is_a_link_or_a_fifo_is_not_read(store: EvidenceStore, tmp_path: Path):
    target = tmp_path / "elsewhere.txt"
    target.write_bytes(b"elsewhere")
    sha = hashlib.sha256(b"elsewhere").hexdigest()
    sub = store.folder / sha[:2]
    sub.mkdir(parents=True)
    (sub / sha).symlink_to(target)
    assert not store.has(sha)
    store.remove(sha)  # the link is not a stored file: nothing is unlinked through it
    assert target.exists() and (sub / sha).is_symlink()
    (sub / sha).unlink()
    os.mkfifo(sub / sha)
    assert not store.has(sha)
    with pytest.raises(StorageError):
        store.read_bytes(sha)


@posix_only
def test_attachments_that_are_not_files_say_what_they_are(store: EvidenceStore, tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match=r"named pipe \(FIFO\)"):
        store.add(fifo)
    with pytest.raises(ValidationError, match="is a folder"):
        store.add(tmp_path)
    with pytest.raises(ValidationError, match="is a device"):
        store.add(Path("/dev/zero"))
    with pytest.raises(ValidationError, match="does not exist"):
        store.add(tmp_path / "missing.pdf")


def test_entries_with_an_invalid_evidence_id_are_refused_by_the_rules_and_the_repository(app):
    from cpdlog.domain.entry import Evidence
    from cpdlog.storage.entries_repo import EntryRepository
    from tests.conftest import FIXED_NOW, make_entry

    bad = make_entry(evidence=[Evidence("../../etc/passwd", "f.txt", "text/plain", 1)])
    with pytest.raises(ValidationError, match="invalid id"):
        app.entries.add(bad)
    with pytest.raises(ValidationError, match="not an evidence id"), app.db.session() as session:
        EntryRepository(session, app.fts).add(bad, FIXED_NOW)
    with pytest.raises(ValidationError, match="not an evidence id"), app.db.session() as session:
        EntryRepository(session, app.fts).ensure_evidence_file("A" * 64, 1)
    assert app.entries.list_entries() == []
