"""Review data survives the lossless JSON export: sign-offs, review comments, review packs
sent, responses imported (replay protection) and reviewers' keys (trust on first use), mapped
to the restored entries, on both engines; older backups still import, newer ones are refused,
and a hostile ``review`` section is refused whole with one line, nothing half-imported."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cpdlog.domain import backup_schema
from cpdlog.errors import ValidationError
from cpdlog.services.app import App
from cpdlog.services.review import Comment, PeerDiscussion, ReviewKeyChangedError
from tests.conftest import FIXED_NOW, make_entry, run_cli

pytestmark = pytest.mark.usefixtures("journal_url")


@pytest.fixture
def supervisor(tmp_path: Path) -> Iterator[App]:
    other = App.open(tmp_path / "supervisor", clock=lambda: FIXED_NOW)
    yield other
    other.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[App]:
    """A second, empty journal on SQLite (the restore target of ``app``'s export)."""
    other = App.open(tmp_path / "restored", clock=lambda: FIXED_NOW)
    yield other
    other.close()


def _reviewed(app: App, supervisor: App, tmp_path: Path) -> tuple[list[int], Path, Path]:
    """Three entries, two sent for review, both signed off; the second then edited (so it is
    "changed since"), the third never reviewed. The entry ids, the pack and the response."""
    app.profile.update(name="Alex Practitioner")
    ids = []
    for title in ("MCA workshop", "Podcast on ASYE", "Not reviewed"):
        added = app.entries.add(make_entry(title=title))
        assert added.id is not None
        ids.append(added.id)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack(ids[:2], pack)
    response = tmp_path / "response.cpdreview"
    supervisor.review.respond(
        pack,
        response,
        name="Sam Educator",
        role="Practice educator",
        comments=[Comment(1, "learnt", "A clear link to the Act.")],
        peer_discussions=[PeerDiscussion(2, "We talked about the first year.")],
        sign=[1, 2],
    )
    app.review.import_response(response)
    second = app.entries.get(ids[1])
    second.reflection.sections["impact"] = "Rewritten after the review."
    app.entries.update(second)
    return ids, pack, response


def _by_title(app: App) -> dict[str, int]:
    return {e.title: e.id for e in app.entries.list_entries() if e.id is not None}


def _assert_restored(app: App, titles: dict[str, int]) -> None:
    first, second, third = (titles[t] for t in ("MCA workshop", "Podcast on ASYE", "Not reviewed"))
    one, two = app.review.state_of(first), app.review.state_of(second)
    assert one is not None and two is not None
    assert not one.changed  # the hash still matches the unchanged entry
    assert two.changed  # and still says the edited one differs
    assert app.review.state_of(third) is None
    assert [s.reviewer_name for s in app.review.signoffs(first)] == ["Sam Educator"]
    comments = app.review.comments(first) + app.review.comments(second)
    assert sorted(c.text for c in comments) == [
        "A clear link to the Act.",
        "We talked about the first year.",
    ]
    assert app.review.comments(first)[0].section_key == "learnt"


@pytest.mark.parametrize("suffix", [".json", ".zip"])
def test_review_data_round_trips_to_a_new_journal(
    app: App, supervisor: App, fresh: App, tmp_path: Path, suffix: str
) -> None:
    _ids, pack, response = _reviewed(app, supervisor, tmp_path)
    backup = tmp_path / f"backup{suffix}"
    app.transfer.export_json(backup)
    # an entry already in the target moves ids on, so the restored ids differ from the old
    fresh.entries.add(make_entry(title="Already here"))
    result = fresh.transfer.import_json(backup)
    assert (result.added, result.skipped, result.signoffs, result.comments) == (3, 0, 2, 2)
    titles = _by_title(fresh)
    assert titles["MCA workshop"] != _by_title(app)["MCA workshop"]
    _assert_restored(fresh, titles)
    # the replay protection came too, and so did the pack: a second response to it imports
    with pytest.raises(ValidationError, match="already imported"):
        fresh.review.import_response(response)
    again = tmp_path / "second.cpdreview"
    supervisor.review.respond(pack, again, name="Sam Educator", role="", sign=[1])
    assert fresh.review.import_response(again).signed == ["MCA workshop"]
    # and the reviewer's key: a response signed by someone else under that name is refused
    impostor = App.open(tmp_path / "impostor", clock=lambda: FIXED_NOW)
    forged = tmp_path / "forged.cpdreview"
    try:
        impostor.review.respond(pack, forged, name="Sam Educator", role="", sign=[1])
    finally:
        impostor.close()
    with pytest.raises(ReviewKeyChangedError):
        fresh.review.import_response(forged)


def test_a_backup_restores_into_this_engine_and_twice_adds_nothing(
    app: App, supervisor: App, tmp_path: Path
) -> None:
    source = App.open(tmp_path / "source", clock=lambda: FIXED_NOW)
    backup = tmp_path / "backup.json"
    try:
        _reviewed(source, supervisor, tmp_path)
        source.transfer.export_json(backup)
    finally:
        source.close()
    first = app.transfer.import_json(backup)
    assert (first.added, first.signoffs, first.comments) == (3, 2, 2)
    _assert_restored(app, _by_title(app))
    again = app.transfer.import_json(backup)
    assert (again.added, again.skipped, again.signoffs, again.comments) == (0, 3, 0, 0)
    _assert_restored(app, _by_title(app))
    # and this engine's own export carries it all on
    out = tmp_path / "again.json"
    app.transfer.export_json(out)
    review = json.loads(out.read_text(encoding="utf-8"))["review"]
    assert {k: len(v) for k, v in review.items()} == {
        "signoffs": 2,
        "comments": 2,
        "packs": 1,
        "responses": 1,
        "reviewer_keys": 1,
    }


def _document(app: App, supervisor: App, tmp_path: Path) -> dict[str, Any]:
    _reviewed(app, supervisor, tmp_path)
    path = tmp_path / "doc.json"
    app.transfer.export_json(path)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == backup_schema.FORMAT_VERSION == 2
    return document


def _write(tmp_path: Path, document: dict[str, Any], name: str = "hostile.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_an_older_backup_without_review_data_still_imports(
    app: App, supervisor: App, fresh: App, tmp_path: Path
) -> None:
    document = _document(app, supervisor, tmp_path)
    del document["review"]
    document["version"] = 1
    result = fresh.transfer.import_json(_write(tmp_path, document))
    assert (result.added, result.signoffs) == (3, 0)
    assert fresh.review.state_of(_by_title(fresh)["MCA workshop"]) is None


def test_a_newer_backup_is_refused_with_one_line(
    app: App, supervisor: App, fresh: App, tmp_path: Path
) -> None:
    document = _document(app, supervisor, tmp_path)
    document["version"] = backup_schema.FORMAT_VERSION + 1
    with pytest.raises(ValidationError) as refused:
        fresh.transfer.import_json(_write(tmp_path, document))
    assert "newer cpdlog" in str(refused.value) and "\n" not in str(refused.value)
    assert fresh.entries.list_entries() == []


def _poke(path: list[Any], value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


_DELETE = object()
HOSTILE = {
    "signoff of an entry not in the backup": (
        _poke(["review", "signoffs", 0, "entry"], "not-in-this-backup"),
        "review.signoffs[0].entry names entry 'not-in-this-backup', which is not in this export",
    ),
    "forged content hash": (
        _poke(["review", "signoffs", 0, "content_hash"], "0" * 64),
        "review.signoffs[0].content_hash is not a version of its entry that any review pack",
    ),
    "hash not hex": (
        _poke(["review", "signoffs", 0, "content_hash"], "Z" * 64),
        "review.signoffs[0].content_hash must be a SHA-256 hash",
    ),
    "review is a list": (_poke(["review"], []), "review must be an object, not a list"),
    "signoffs is text": (
        _poke(["review", "signoffs"], "all of them"),
        "review.signoffs must be a list, not text",
    ),
    "comment text a number": (
        _poke(["review", "comments", 0, "text"], 12),
        "review.comments[0].text must be text, not a number",
    ),
    "comment of a missing entry": (
        _poke(["review", "comments", 0, "entry"], _DELETE),
        "review.comments[0].entry must be an entry's uid",
    ),
    "unknown arrival": (
        _poke(["review", "signoffs", 0, "arrival"], "carrier pigeon"),
        "review.signoffs[0].arrival 'carrier pigeon' is not one of: file, server",
    ),
    "response for a pack not in the backup": (
        _poke(["review", "responses", 0, "pack_hash"], "1" * 64),
        "review.responses[0].pack_hash names a review pack that is not in this export",
    ),
    "bad public key": (
        _poke(["review", "reviewer_keys", 0, "public_key"], "not a key"),
        "review.reviewer_keys[0].public_key must be a public key",
    ),
    "huge statement": (
        _poke(["review", "signoffs", 0, "statement"], "x" * (backup_schema.MAX_TEXT + 1)),
        "review.signoffs[0].statement is 1000001 characters long",
    ),
    "signed at is not a moment": (
        _poke(["review", "signoffs", 0, "signed_at"], None),
        "review.signoffs[0].signed_at must be a date and time",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_review_section_is_refused_whole(
    app: App, supervisor: App, fresh: App, tmp_path: Path, case: str
) -> None:
    document = _document(app, supervisor, tmp_path)
    change, message = HOSTILE[case]
    hostile = copy.deepcopy(document)
    change(hostile)
    with pytest.raises(ValidationError) as refused:
        fresh.transfer.import_json(_write(tmp_path, hostile))
    text = str(refused.value)
    assert message in text and "Nothing was imported" in text and "\n" not in text
    assert fresh.entries.list_entries() == [] and fresh.entries.trash() == []


def test_too_many_review_rows_are_refused(
    app: App, supervisor: App, fresh: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _document(app, supervisor, tmp_path)
    monkeypatch.setattr(backup_schema, "MAX_REVIEW_ROWS", 1)
    with pytest.raises(ValidationError, match=r"review.signoffs has 2 items; at most 1"):
        fresh.transfer.import_json(_write(tmp_path, document))
    assert fresh.entries.list_entries() == []


def test_a_failure_while_writing_leaves_nothing_behind(
    app: App, supervisor: App, fresh: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cpdlog.storage.review_repo import ReviewRepository

    document = _document(app, supervisor, tmp_path)

    def broken(*_args: object) -> object:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(ReviewRepository, "restore_rows", broken)
    with pytest.raises(RuntimeError):
        fresh.transfer.import_json(_write(tmp_path, document))
    assert fresh.entries.list_entries() == []


@pytest.mark.sqlite_only  # three people's journals, each in its own data folder
def test_the_cli_round_trip_and_a_hostile_backup(tmp_path: Path) -> None:
    practitioner, supervisor, restored = (tmp_path / n for n in ("p", "s", "r"))

    def ok(*args: str, home: Path) -> str:
        result = run_cli(*args, home=home)
        assert result.returncode == 0, result.stderr
        return result.stdout

    for title in ("MCA workshop", "Podcast on ASYE"):
        ok(
            "entry", "add", "--title", title, "--type", "workshop", "--date", "2026-11-01",
            "--hours", "1", "--section", "learnt=Assess each decision", home=practitioner,
        )  # fmt: skip
    pack, response = tmp_path / "pack.cpdreview", tmp_path / "response.cpdreview"
    ok("review", "export", "1", "2", "-o", str(pack), home=practitioner)
    ok(
        "review", "respond", str(pack), "--name", "Sam", "--sign", "1", "2", "-o", str(response),
        home=supervisor,
    )  # fmt: skip
    ok("review", "import", str(response), home=practitioner)
    ok("entry", "edit", "2", "--section", "impact=Rewritten.", home=practitioner)
    backup = tmp_path / "journal.json"
    ok("export", "json", "-o", str(backup), home=practitioner)
    imported = ok("import", "json", str(backup), home=restored)
    assert "Imported 2 entries; 0 were already here." in imported
    assert "Review records restored: 2 sign-offs" in imported
    progress = ok("progress", home=restored)
    assert "Signed off by a reviewer: 2 of 2 entries; 1 changed since." in progress
    replay = run_cli("review", "import", str(response), home=restored)
    assert replay.returncode == 2 and "already imported" in replay.stderr
    document = json.loads(backup.read_text(encoding="utf-8"))
    document["review"]["signoffs"][0]["entry"] = "someone-else"
    hostile = _write(tmp_path, document)
    refused = run_cli("import", "json", str(hostile), home=tmp_path / "empty")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "not in this export" in refused.stderr
    assert "Traceback" not in refused.stderr
