"""Hostile review packs and responses (``cpdlog review open/respond/import``): huge, truncated,
a FIFO or device, a symlink out of the data folder, nested without end, naming an entry that
is not in the pack, a broken signature, a replay. Each one: one line on stderr, exit 1 or 2,
no traceback, bounded time and memory, the journal and everything outside it unchanged."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from cpdlog.domain.review import canonical_json
from cpdlog.domain.review_files import RESPONSE_FORMAT, RESPONSE_LABEL, b64, document
from tests.hostile.conftest import Sandbox, Template, _make_sandbox
from tests.hostile.harness import (
    assert_hostile_outcome,
    assert_journal_unchanged,
    assert_ok,
    assert_outside_unchanged,
    run_checked,
    run_cli,
    run_session,
)

HUGE = 2 * 1024 * 1024 * 1024  # sparse: no disk used, but reading it whole would be 2 GiB


@dataclass
class ReviewFiles:
    template: Template  # the practitioner's journal, after it sent the pack
    pack: bytes
    response: bytes


@pytest.fixture(scope="module")
def review_files(tmp_path_factory: pytest.TempPathFactory, template: Template) -> ReviewFiles:
    """The session's template journal sends entries 1 and 2 for review; a supervisor (their
    own data folder) comments and signs both. Made once, through the CLI."""
    root = tmp_path_factory.mktemp("review")
    home = root / "home"
    shutil.copytree(template.home, home, symlinks=True)
    pack, response = root / "pack.cpdreview", root / "response.cpdreview"
    exported = run_cli(
        "review", "export", "1", "2", "-o", str(pack), "--allow-identifiers", home=home
    )
    assert_ok(exported)
    responded = run_session(
        [
            [
                "review", "respond", str(pack), "--name", "Sam Educator", "--comment",
                "1:entry=Well linked to the Act.", "--sign", "1", "2", "-o", str(response),
            ]
        ],
        home=root / "supervisor",
    )  # fmt: skip
    assert_ok(responded[0])
    return ReviewFiles(
        Template(home, template.document, template.zip_path, template.journal),
        pack.read_bytes(),
        response.read_bytes(),
    )


def _resigned(response: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    """The response with its body changed and signed again (validly) by a new key."""
    body = json.loads(response)["body"]
    change(body)
    key = Ed25519PrivateKey.generate()
    body["reviewer"]["public_key"] = b64(
        key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    return document(RESPONSE_FORMAT, body, key.sign(RESPONSE_LABEL + canonical_json(body)))


def _nested(depth: int) -> bytes:
    return ('{"format": "cpdlog-review-response", "version": 1, "body": ' + "[" * depth).encode()


def _regular(data: bytes) -> Callable[[Path, ReviewFiles], Path]:
    def make(root: Path, _files: ReviewFiles) -> Path:
        path = root / "hostile.cpdreview"
        path.write_bytes(data)
        return path

    return make


def _fifo(root: Path, _files: ReviewFiles) -> Path:
    path = root / "pipe.cpdreview"
    os.mkfifo(path)
    return path


def _sparse(root: Path, _files: ReviewFiles) -> Path:
    path = root / "huge.cpdreview"
    with path.open("wb") as fh:
        fh.truncate(HUGE)
    return path


def _link_to_victim(root: Path, _files: ReviewFiles) -> Path:
    path = root / "home" / "link.cpdreview"  # inside the data folder, pointing out of it
    path.symlink_to(root / "victim.txt")
    return path


def _link_to_device(root: Path, _files: ReviewFiles) -> Path:
    path = root / "link-to-zero.cpdreview"
    path.symlink_to("/dev/zero")
    return path


def _truncated(which: str) -> Callable[[Path, ReviewFiles], Path]:
    def make(root: Path, files: ReviewFiles) -> Path:
        data = getattr(files, which)
        return _regular(data[: len(data) // 2])(root, files)

    return make


def _flipped(root: Path, files: ReviewFiles) -> Path:
    """A comment changed after signing: the signature no longer matches."""
    text = files.response.decode("utf-8").replace("Well linked", "Badly linked")
    assert text.encode() != files.response
    return _regular(text.encode())(root, files)


def _not_in_pack(root: Path, files: ReviewFiles) -> Path:
    def change(body: dict[str, Any]) -> None:
        body["entries"][0]["uid"] = "00000000-0000-4000-8000-000000000000"

    return _regular(_resigned(files.response, change))(root, files)


def _other_pack(root: Path, files: ReviewFiles) -> Path:
    def change(body: dict[str, Any]) -> None:
        body["pack_hash"] = "0" * 64

    return _regular(_resigned(files.response, change))(root, files)


def _pack_as_response(root: Path, files: ReviewFiles) -> Path:
    return _regular(files.pack)(root, files)


FILES: dict[str, Callable[[Path, ReviewFiles], Path]] = {
    "fifo": _fifo,
    "dev-zero": lambda _root, _files: Path("/dev/zero"),
    "dev-urandom": lambda _root, _files: Path("/dev/urandom"),
    "sparse-2gib": _sparse,
    "symlink-to-a-file-outside": _link_to_victim,
    "symlink-to-a-device": _link_to_device,
    "nested-200000-deep": _regular(_nested(200_000)),
    "not-json": _regular(b"\xff\xfe PK\x03\x04 not a review file"),
    "empty": _regular(b""),
    "json-null": _regular(b"null"),
    "wrong-types": _regular(
        json.dumps(
            {"format": "cpdlog-review-response", "version": 1, "body": [], "signature": 5}
        ).encode()
    ),
}
PACK_ONLY = {"truncated-pack": _truncated("pack")}
RESPONSE_ONLY = {
    "truncated-response": _truncated("response"),
    "wrong-signature": _flipped,
    "entry-not-in-the-pack": _not_in_pack,
    "answers-a-pack-never-sent": _other_pack,
    "a-pack-instead-of-a-response": _pack_as_response,
}


# what the one line must say (any of these), so each case is refused for what it is
SAYS = {
    "fifo": ["named pipe"],
    "dev-zero": ["device"],
    "dev-urandom": ["device"],
    "sparse-2gib": ["larger than"],
    "symlink-to-a-file-outside": ["not valid JSON"],  # and never the file's content
    "symlink-to-a-device": ["device"],
    "nested-200000-deep": ["nests"],
    "not-json": ["UTF-8"],
    "empty": ["not valid JSON"],
    "json-null": ["not a review"],
    "wrong-types": ["damaged", "not a review"],
    "truncated-pack": ["not valid JSON"],
    "truncated-response": ["not valid JSON"],
    "wrong-signature": ["signature does not match"],
    "entry-not-in-the-pack": ["not in the review pack"],
    "answers-a-pack-never-sent": ["not sent from this journal"],
    "a-pack-instead-of-a-response": ["not a review response"],
}


def _check(sandbox: Sandbox, args: list[str], kind: str) -> str:
    out = sandbox.root / "out"
    out.mkdir(exist_ok=True)
    sandbox.before = sandbox.snapshot(allowed=(out,))
    checked, after = run_checked(
        args, home=sandbox.home, before=sandbox.known, timeout=25, then=[["progress"]]
    )
    line = assert_hostile_outcome(checked.result, codes={1, 2}, mentions=SAYS[kind])
    assert sandbox.secret.decode().strip() not in checked.result.stderr
    assert_journal_unchanged(checked.before, checked.after_journal())
    assert_outside_unchanged(sandbox.before, sandbox.snapshot(allowed=(out,)))
    assert list(out.iterdir()) == [], "a response was written although its pack was refused"
    assert after and "Signed off by a reviewer" not in after[0].stdout, "a sign-off got in"
    return line


def _sandbox(tmp_path: Path, files: ReviewFiles) -> Sandbox:
    return _make_sandbox(tmp_path / "sandbox", files.template)


@pytest.mark.parametrize("kind", sorted({**FILES, **RESPONSE_ONLY}))
def test_review_import_of_a_hostile_response(
    tmp_path: Path, review_files: ReviewFiles, kind: str
) -> None:
    sandbox = _sandbox(tmp_path, review_files)
    path = {**FILES, **RESPONSE_ONLY}[kind](sandbox.root, review_files)
    _check(sandbox, ["review", "import", str(path)], kind)


@pytest.mark.parametrize("command", ["open", "respond"])
@pytest.mark.parametrize("kind", sorted({**FILES, **PACK_ONLY}))
def test_review_open_and_respond_of_a_hostile_pack(
    tmp_path: Path, review_files: ReviewFiles, kind: str, command: str
) -> None:
    sandbox = _sandbox(tmp_path, review_files)
    path = {**FILES, **PACK_ONLY}[kind](sandbox.root, review_files)
    args = ["review", command, str(path)]
    if command == "respond":
        args += ["--name", "Sam", "--sign", "1", "-o", str(sandbox.root / "out" / "r.cpdreview")]
    _check(sandbox, args, kind)


def test_a_replayed_response_is_refused_and_adds_nothing(
    tmp_path: Path, review_files: ReviewFiles
) -> None:
    sandbox = _sandbox(tmp_path, review_files)
    response = sandbox.root / "response.cpdreview"
    response.write_bytes(review_files.response)
    first = run_session([["review", "import", str(response)], ["progress"]], home=sandbox.home)
    assert_ok(first[0])
    assert "Signed off by a reviewer: 2 of" in first[1].stdout
    sandbox.before = sandbox.snapshot()
    checked, after = run_checked(
        ["review", "import", str(response)], home=sandbox.home, timeout=25, then=[["progress"]]
    )
    line = assert_hostile_outcome(checked.result, codes={2}, mentions=["already imported"])
    assert "\n" not in line
    assert_journal_unchanged(checked.before, checked.after_journal())
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())
    assert after[0].stdout == first[1].stdout  # no second copy of the sign-offs


def test_a_pack_is_valid_to_begin_with(tmp_path: Path, review_files: ReviewFiles) -> None:
    """The cases above are refused for what they are, not because the files never worked."""
    sandbox = _sandbox(tmp_path, review_files)
    pack = sandbox.root / "pack.cpdreview"
    pack.write_bytes(review_files.pack)
    opened = run_cli("review", "open", str(pack), home=sandbox.root / "supervisor")
    assert_ok(opened)
    assert "Reading on strengths-based practice" in opened.stdout
