"""The safe-file reader: only regular files, never blocking, never more than the cap."""

import io
import os
import sys
from pathlib import Path

import pytest

from cpdlog import safefile
from cpdlog.errors import ValidationError

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def test_a_regular_file_is_read_whole(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"hello")
    assert safefile.read_bytes(f, 5) == b"hello"
    assert safefile.read_text(f, 5) == "hello"


def test_a_folder_says_it_is_a_folder(tmp_path: Path):
    with pytest.raises(ValidationError, match="is a folder, not an OPML file"):
        safefile.read_bytes(tmp_path, 100, "OPML file")


def test_a_missing_file_says_so(tmp_path: Path):
    with pytest.raises(ValidationError, match=r"There is no file at .*does not exist"):
        safefile.read_bytes(tmp_path / "nope", 100)


@posix_only
def test_a_fifo_is_refused_at_once_without_blocking(tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # no writer: a blocking open would hang for ever; this returns with a message
    with pytest.raises(ValidationError, match=r"is a named pipe \(FIFO\), not a backup"):
        safefile.read_bytes(fifo, 100, "backup")


@posix_only
def test_a_device_is_refused_however_much_it_could_give():
    with pytest.raises(ValidationError, match="is a device, not a file"):
        safefile.read_bytes("/dev/zero", 100)


def test_more_than_the_cap_is_refused(tmp_path: Path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"x" * 101)
    with pytest.raises(ValidationError, match="larger than 100 bytes"):
        safefile.read_bytes(f, 100)
    assert safefile.read_bytes(f, 101) == b"x" * 101


def test_the_cap_counts_bytes_read_not_what_stat_said():
    # a stream that yields more than any size it might have claimed
    endless = io.BytesIO(b"y" * (3 * 1024 * 1024))
    chunks = safefile.read_chunks(endless, 2 * 1024 * 1024 + 5, "stream")
    with pytest.raises(ValidationError, match="larger than"):
        for _ in chunks:
            pass
    assert endless.tell() <= 2 * 1024 * 1024 + 6  # stopped just past the cap


def test_text_that_is_not_utf8_is_refused_plainly(tmp_path: Path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(ValidationError, match="is not UTF-8 text"):
        safefile.read_text(f, 100, "summary file")


@posix_only
def test_symlinks_are_refused_where_asked(tmp_path: Path):
    real = tmp_path / "real.txt"
    real.write_text("x")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert safefile.read_bytes(link, 10) == b"x"  # a user may name a link
    with pytest.raises(ValidationError, match="symbolic link"):
        safefile.read_bytes(link, 10, follow_symlinks=False)


# --- write_atomically: the one way cpdlog replaces a file --------------------------------------


def test_write_atomically_replaces_the_file_with_bytes_or_a_writer(tmp_path: Path):
    target = tmp_path / "new" / "folder" / "out.csv"
    assert safefile.write_atomically(target, b"first") == target
    assert target.read_bytes() == b"first"
    safefile.write_atomically(target, lambda p: p.write_text("second", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_partial_file(tmp_path: Path):
    target = tmp_path / "out.json"
    target.write_bytes(b"the old export")

    def fail_halfway(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        safefile.write_atomically(target, fail_halfway)
    assert target.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_write_atomically_makes_no_folder_unless_asked(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        safefile.write_atomically(tmp_path / "missing" / "a.pdf", b"x", create_folder=False)
    assert not (tmp_path / "missing").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_private_file_is_readable_by_its_owner_only(tmp_path: Path):
    private = safefile.write_atomically(tmp_path / "p.pdf", b"x", private=True)
    assert private.stat().st_mode & 0o777 == 0o600
    umask = os.umask(0o022)
    os.umask(umask)
    shared = safefile.write_atomically(tmp_path / "s.csv", b"x")
    assert shared.stat().st_mode & 0o777 == 0o666 & ~umask
