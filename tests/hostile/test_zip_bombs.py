"""ZIP bombs handed to `import json`: refused by declared AND real size, in bounded memory/time."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

import pytest

from tests.hostile.conftest import BOMB_SIZE, Sandbox, Template
from tests.hostile.harness import (
    Member,
    ZeroStream,
    assert_hostile_outcome,
    assert_journal_unchanged,
    assert_outside_unchanged,
    make_zero_stream,
    run_checked,
    scan_for,
    write_zip,
)


def _journal_with_evidence(template: Template, sha: str, size: int) -> bytes:
    document = json.loads(json.dumps(template.document))
    document.pop("evidence_files", None)
    entry = document["entries"][0]
    entry["uid"] = "00000000-0000-4000-8000-000000000b0b"
    entry["evidence"] = [
        {"sha256": sha, "filename": "scan.pdf", "media_type": "application/pdf", "size": size}
    ]
    document["entries"] = [entry]
    return json.dumps(document).encode("utf-8")


def _bomb(sandbox: Sandbox, template: Template, zeros: ZeroStream, kind: str) -> Path:
    target = sandbox.root / f"bomb-{kind}.zip"
    small_journal = _journal_with_evidence(template, zeros.sha256, zeros.size)
    if kind == "journal":
        members = [Member("journal.json", zeros=zeros)]
    elif kind == "journal-declared-small":
        members = [Member("journal.json", zeros=zeros, declared_size=2000)]
    elif kind == "journal-declared-huge":
        members = [Member("journal.json", data=small_journal, declared_size=BOMB_SIZE)]
    elif kind == "evidence":
        members = [
            Member("journal.json", data=small_journal),
            Member(f"evidence/{zeros.sha256}", zeros=zeros),
        ]
    elif kind == "evidence-declared-small":
        members = [
            Member("journal.json", data=_journal_with_evidence(template, zeros.sha256, 14)),
            Member(f"evidence/{zeros.sha256}", zeros=zeros, declared_size=14),
        ]
    else:
        raise AssertionError(kind)
    return write_zip(target, members)


KINDS = [
    "journal",
    "journal-declared-small",
    "journal-declared-huge",
    "evidence",
    "evidence-declared-small",
]


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_zip_bomb_is_refused_in_bounded_memory(
    sandbox: Sandbox, template: Template, zero_stream: ZeroStream, kind: str
) -> None:
    bomb = _bomb(sandbox, template, zero_stream, kind)
    assert bomb.stat().st_size < 8 * 1024 * 1024  # a few MB on disk ...
    sandbox.before = sandbox.snapshot()

    checked, _ = run_checked(
        ["import", "json", str(bomb)], home=sandbox.home, before=sandbox.known, timeout=45
    )

    assert_hostile_outcome(checked.result, codes={1, 2})  # ... bounded time, memory, one line
    assert_journal_unchanged(checked.before, checked.after_journal())
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())


# --- the bomb builder itself must make valid archives, or the tests above prove nothing ---------
def test_the_bomb_builder_makes_archives_zipfile_reads(tmp_path: Path) -> None:
    zeros = make_zero_stream(64 * 1024 * 1024, tmp_path)
    assert zeros.deflated.stat().st_size < 200 * 1024
    archive = write_zip(
        tmp_path / "small.zip",
        [Member("journal.json", data=b'{"a": 1}'), Member("evidence/x", zeros=zeros)],
    )
    with zipfile.ZipFile(archive) as zf:
        assert zf.testzip() is None  # every CRC checks out
        assert zf.read("journal.json") == b'{"a": 1}'
        assert zf.getinfo("evidence/x").file_size == zeros.size
        with zf.open("evidence/x") as fh:
            total = 0
            for chunk in iter(lambda: fh.read(1 << 22), b""):
                assert not chunk.strip(b"\0")
                total += len(chunk)
        assert total == zeros.size


def test_the_bomb_builder_can_lie_about_sizes(tmp_path: Path) -> None:
    zeros = make_zero_stream(64 * 1024 * 1024, tmp_path)
    archive = write_zip(tmp_path / "lie.zip", [Member("evidence/x", zeros=zeros, declared_size=14)])
    with zipfile.ZipFile(archive) as zf:
        assert zf.getinfo("evidence/x").file_size == 14


def test_the_leak_scanner_finds_base64_at_any_alignment(tmp_path: Path) -> None:
    secret = b"VICTIM-0123456789abcdef0123456789abcdef\n"
    for shift in range(3):
        out = tmp_path / f"out{shift}.json"
        out.write_bytes(b'{"x": "' + base64.b64encode(b"P" * shift + secret) + b'"}')
        assert scan_for(out, [secret]), shift
    clean = tmp_path / "clean.json"
    clean.write_bytes(base64.b64encode(b"nothing to see here, really nothing at all"))
    assert not scan_for(clean, [secret])
