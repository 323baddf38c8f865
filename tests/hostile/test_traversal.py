"""The critical report: evidence ids that are paths. A valid id is 64 lowercase hex digits,
wherever it enters; nothing outside the data folder is read into an export or deleted."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.conftest import Sandbox, Template
from tests.hostile.harness import (
    assert_clean_exit,
    assert_hostile_outcome,
    assert_journal_unchanged,
    assert_ok,
    assert_outside_unchanged,
    run_checked,
    run_cli,
    run_session,
    scan_for,
)

PASSWD = Path("/etc/passwd")


def _relative_to_root(target: Path) -> str:
    """``../../…/target`` that climbs from any depth of the data folder to ``target``."""
    return "../" * 40 + str(target).lstrip("/")


def _crafted(first: str, second: str) -> dict[str, Any]:
    """The document from the report: one live and one trashed entry whose evidence ids are paths."""
    return {
        "format": "cpdlog-journal",
        "version": 1,
        "entries": [
            {
                "uid": "u1",
                "title": "t",
                "type": "reading",
                "start_date": "2026-03-01",
                "hours": 1,
                "evidence": [{"sha256": first, "filename": "f.txt", "size": 1}],
            },
            {
                "uid": "u2",
                "title": "t2",
                "type": "reading",
                "start_date": "2026-03-01",
                "hours": 1,
                "deleted_at": "2026-05-01T10:00:00+00:00",
                "evidence": [{"sha256": second, "filename": "f.txt", "size": 1}],
            },
        ],
    }


def _secrets(sandbox: Sandbox) -> list[bytes]:
    found = [sandbox.secret]
    if PASSWD.is_file():
        data = PASSWD.read_bytes()
        if len(data) >= 16:
            found.append(data)
    return found


def _leak_check_after(sandbox: Sandbox, outputs: Path, *inputs: Path) -> None:
    """Export every way and empty the trash: no output holds a victim's bytes, no victim changes.

    ``inputs`` are the crafted files the test itself wrote beside the data folder after the
    sandbox's first snapshot: they are the test's own, not changes made by cpdlog."""
    results = run_session(
        [
            ["export", "json", "-o", str(outputs / "leak.json"), "--allow-identifiers"],
            ["export", "json", "-o", str(outputs / "leak.zip"), "--allow-identifiers"],
            ["export", "csv", "-o", str(outputs / "leak.csv"), "--allow-identifiers"],
            ["trash", "empty", "--yes"],
        ],
        home=sandbox.home,
        timeout=60,
    )
    for r in results:
        assert_clean_exit(r)
    problems = [
        p
        for out in sorted(outputs.iterdir())
        for p in scan_for(out, _secrets(sandbox), names=["victim", "passwd"])
    ]
    assert not problems, problems
    assert sandbox.victim.read_bytes() == sandbox.secret
    assert_outside_unchanged(
        sandbox.before,
        sandbox.snapshot(allowed=(outputs, *inputs)),
    )


ATTACKS = {
    "relative": lambda s: (_relative_to_root(PASSWD), _relative_to_root(s.victim)),
    "absolute": lambda s: (str(PASSWD), str(s.victim)),
    "mixed": lambda s: (str(s.victim), _relative_to_root(s.victim)),
    # "evidence/<id[:2]>/<id>" with id "../victim.txt" is the data folder's sibling
    "dot-dot-in-store": lambda s: ("../" + s.victim.name, "../../sandbox/" + s.victim.name),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_traversal_ids_in_a_json_backup_are_refused(sandbox: Sandbox, attack: str) -> None:
    first, second = ATTACKS[attack](sandbox)
    crafted = sandbox.root / "crafted.json"
    crafted.write_text(json.dumps(_crafted(first, second)), encoding="utf-8")
    checked, _ = run_checked(
        ["import", "json", str(crafted)], home=sandbox.home, before=sandbox.known
    )

    assert_hostile_outcome(checked.result, codes={2}, mentions=["sha256", "evidence"])
    assert_journal_unchanged(checked.before, checked.after_journal())
    outputs = sandbox.root / "outputs"
    outputs.mkdir()
    _leak_check_after(sandbox, outputs, crafted)


def test_traversal_id_in_a_zip_backup_is_refused(sandbox: Sandbox) -> None:
    """The ZIP form: the journal names a path, and a member claims to be that path."""
    import zipfile

    document = _crafted(str(sandbox.victim), _relative_to_root(sandbox.victim))
    crafted = sandbox.root / "crafted.zip"
    with zipfile.ZipFile(crafted, "w") as zf:
        zf.writestr("journal.json", json.dumps(document))
        zf.writestr("evidence/" + _relative_to_root(sandbox.victim), b"overwrite?")
        zf.writestr("evidence/../../victim.txt", b"overwrite?")
    checked, _ = run_checked(
        ["import", "json", str(crafted)], home=sandbox.home, before=sandbox.known
    )

    assert_hostile_outcome(checked.result, codes={2}, mentions=["sha256", "evidence"])
    assert_journal_unchanged(checked.before, checked.after_journal())
    outputs = sandbox.root / "outputs"
    outputs.mkdir()
    _leak_check_after(sandbox, outputs, crafted)


@pytest.mark.parametrize(
    "bad_id",
    [
        "FE54A304BDD877F9866239CE894CD750EE2FD9A2EC2CD1AE21AB806231C263A7",  # upper case
        "fe54a304bdd877f9866239ce894cd750ee2fd9a2ec2cd1ae21ab806231c263a",  # 63 digits
        "fe54a304bdd877f9866239ce894cd750ee2fd9a2ec2cd1ae21ab806231c263a70",  # 65 digits
        "ge54a304bdd877f9866239ce894cd750ee2fd9a2ec2cd1ae21ab806231c263a7",  # not hex
        "fe/4a304bdd877f9866239ce894cd750ee2fd9a2ec2cd1ae21ab806231c263a7",
        "fe54a304bdd877f9866239ce894cd750ee2fd9a2ec2cd1ae21ab806231c263a\n",
        "",
    ],
    ids=["upper", "short", "long", "not-hex", "slash", "newline", "empty"],
)
def test_an_evidence_id_must_be_64_lowercase_hex(
    sandbox: Sandbox, template: Template, bad_id: str
) -> None:
    """Even with the matching file inside the backup, a malformed id is refused by name."""
    document = json.loads(json.dumps(template.document))
    entry = document["entries"][0]
    entry["uid"] = "00000000-0000-4000-8000-000000000777"
    real = entry["evidence"][0]["sha256"]
    entry["evidence"][0]["sha256"] = bad_id
    document["evidence_files"][bad_id] = document["evidence_files"][real]
    crafted = sandbox.root / "bad-id.json"
    crafted.write_text(json.dumps(document), encoding="utf-8")
    checked, _ = run_checked(
        ["import", "json", str(crafted)], home=sandbox.home, before=sandbox.known
    )

    assert_hostile_outcome(checked.result, codes={2}, mentions=["sha256", "evidence"])
    assert_journal_unchanged(checked.before, checked.after_journal())


def test_a_symlink_planted_in_the_evidence_store_is_not_followed(
    sandbox: Sandbox, template: Template
) -> None:
    """Another local user (or a restored copy) puts a link where an evidence file would be.
    A backup then names that id without carrying the file: the store must refuse the link."""
    sha = "ab" * 32
    link = sandbox.home / "evidence" / sha[:2] / sha
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(sandbox.victim)
    document = json.loads(json.dumps(template.document))
    entry = document["entries"][0]
    entry["uid"] = "00000000-0000-4000-8000-000000000778"
    entry["deleted_at"] = "2026-07-01T10:00:00+00:00"
    entry["evidence"] = [{"sha256": sha, "filename": "linked.txt", "size": len(sandbox.secret)}]
    document["entries"] = [entry]
    document["evidence_files"] = {}
    crafted = sandbox.root / "linked.json"
    crafted.write_text(json.dumps(document), encoding="utf-8")

    assert_clean_exit(run_cli("import", "json", str(crafted), home=sandbox.home))

    outputs = sandbox.root / "outputs"
    outputs.mkdir()
    _leak_check_after(sandbox, outputs, crafted)


def _poison_database(home: Path, victim: Path) -> None:
    """What a journal looks like after today's import of the crafted backup: evidence rows whose
    id is a path (one on a live entry, one on the trashed entry)."""
    relative = _relative_to_root(victim)
    with sqlite3.connect(home / "cpdlog.sqlite") as db:
        db.execute("PRAGMA foreign_keys=OFF")
        for bad, entry_id in ((str(victim), 1), (relative, 4)):
            db.execute("INSERT INTO evidence_files (sha256, size) VALUES (?, ?)", (bad, 1))
            db.execute("UPDATE entry_evidence SET sha256 = ? WHERE entry_id = ?", (bad, entry_id))
    db.close()


def test_rows_already_poisoned_are_quarantined_with_a_message(sandbox: Sandbox) -> None:
    """A journal poisoned by an earlier version: the start-up check (or migration) sets the bad
    rows aside and says so; reading still works; exports and emptying the trash never touch the
    victim."""
    _poison_database(sandbox.home, sandbox.victim)

    first = run_cli("entry", "list", home=sandbox.home)

    assert_ok(first)
    said = (first.stderr + first.stdout).lower()
    assert any(w in said for w in ("evidence", "attachment", "quarantin")), first.describe()
    outputs = sandbox.root / "outputs"
    outputs.mkdir()
    _leak_check_after(sandbox, outputs)
    assert sandbox.victim.read_bytes() == sandbox.secret


def test_the_reported_attack_end_to_end(sandbox: Sandbox) -> None:
    """The exact sequence from the report, against a victim beside the data folder."""
    crafted = sandbox.root / "crafted.json"
    crafted.write_text(
        json.dumps(_crafted(_relative_to_root(PASSWD), _relative_to_root(sandbox.victim))),
        encoding="utf-8",
    )
    steps = run_session(
        [
            ["import", "json", str(crafted)],
            ["export", "json", "-o", str(sandbox.root / "leak.json"), "--allow-identifiers"],
            ["export", "json", "-o", str(sandbox.root / "leak.zip"), "--allow-identifiers"],
            ["trash", "empty", "--yes"],
        ],
        home=sandbox.home,
        timeout=60,
    )
    assert_hostile_outcome(steps[0], codes={2}, mentions=["sha256", "evidence"])
    for step in steps[1:]:
        assert_ok(step)
    assert sandbox.victim.read_bytes() == sandbox.secret
    for out in ("leak.json", "leak.zip"):
        assert not scan_for(sandbox.root / out, _secrets(sandbox), names=["victim", "passwd"])
