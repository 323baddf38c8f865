"""Review on files: pack → response → import, and every way a file can be tampered with."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cpdlog.domain.review import canonical_json
from cpdlog.domain.review_files import RESPONSE_FORMAT, RESPONSE_LABEL, b64, document
from cpdlog.errors import ValidationError
from cpdlog.services.app import App
from cpdlog.services.review import Comment, PeerDiscussion, ReviewKeyChangedError
from tests.conftest import FIXED_NOW, make_entry


@pytest.fixture
def supervisor(tmp_path: Path) -> Iterator[App]:
    other = App.open(tmp_path / "supervisor", clock=lambda: FIXED_NOW)
    yield other
    other.close()


def _journal(app: App) -> tuple[int, int]:
    app.profile.update(name="Alex Practitioner")
    first = app.entries.add(make_entry(title="MCA workshop"))
    second = app.entries.add(make_entry(title="Podcast on ASYE"))
    assert first.id is not None and second.id is not None
    return first.id, second.id


def _respond(supervisor: App, pack: Path, out: Path, name: str = "Sam Educator") -> Path:
    supervisor.review.respond(
        pack,
        out,
        name=name,
        role="Practice educator",
        comments=[Comment(1, "learnt", "A clear link to the Act."), Comment(2, None, "Good.")],
        peer_discussions=[PeerDiscussion(1, "We discussed capacity assessments.")],
        sign=[1, 2],
    )
    return out


def test_round_trip_pack_response_import(app: App, supervisor: App, tmp_path: Path):
    first, second = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    written = app.review.export_pack([first, second], pack)
    assert written.entries == 2

    opened = supervisor.review.open_pack(pack)
    assert [e.content["title"] for e in opened.pack.entries] == ["MCA workshop", "Podcast on ASYE"]
    assert opened.fingerprint == app.review.identity().fingerprint

    response = _respond(supervisor, pack, tmp_path / "r.cpdresponse")
    result = app.review.import_response(response)
    assert result.first_time and result.fingerprint == supervisor.review.identity().fingerprint
    assert result.comments == 3
    assert result.signed == ["MCA workshop", "Podcast on ASYE"] and result.signed_earlier == []

    comments = app.review.comments(first)
    assert [(c.section_key, c.kind.value, c.text) for c in comments] == [
        ("learnt", "comment", "A clear link to the Act."),
        (None, "peer_discussion", "We discussed capacity assessments."),
    ]
    assert {c.author_name for c in comments} == {"Sam Educator"}
    (signoff,) = app.review.signoffs(first)
    assert (signoff.reviewer_name, signoff.reviewer_role) == ("Sam Educator", "Practice educator")
    assert signoff.arrival.value == "file" and signoff.signed_at == FIXED_NOW
    state = app.review.state(app.entries.get(first))
    assert state is not None and not state.changed
    assert state.sentence().startswith("Signed off on 28 November 2026 by Sam Educator")


def test_an_edit_after_the_sign_off_is_seen_the_day_it_is_read(
    app: App, supervisor: App, tmp_path: Path
):
    first, _ = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first], pack)
    response = tmp_path / "r.cpdresponse"
    supervisor.review.respond(pack, response, name="Sam", role="ASYE assessor", sign=[1])
    app.review.import_response(response)
    entry = app.entries.get(first)
    entry.reflection.sections["impact"] = "Changed my mind after the sign-off."
    app.entries.update(entry)
    state = app.review.state(app.entries.get(first))
    assert state is not None and state.changed
    assert state.changed_text() == "Changed since it was signed off on 28 November 2026"
    states = app.review.states(app.entries.list_entries())
    assert set(states) == {first} and states[first].changed


def test_an_old_response_for_an_edited_entry_is_recorded_for_the_earlier_version(
    app: App, supervisor: App, tmp_path: Path
):
    first, _ = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first], pack)
    response = tmp_path / "r.cpdresponse"
    supervisor.review.respond(
        pack, response, name="Sam", role="", comments=[Comment(1, None, "Fine.")], sign=[1]
    )
    entry = app.entries.get(first)
    entry.title = "MCA workshop (edited)"
    app.entries.update(entry)
    result = app.review.import_response(response)
    assert result.signed == [] and result.signed_earlier == ["MCA workshop (edited)"]
    assert result.comments == 1  # the comments still arrive
    state = app.review.state(app.entries.get(first))
    assert state is not None and state.changed


def test_replaying_a_response_is_refused_and_adds_nothing(app, supervisor, tmp_path):
    first, second = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first, second], pack)
    response = _respond(supervisor, pack, tmp_path / "r.cpdresponse")
    app.review.import_response(response)
    with pytest.raises(ValidationError, match="already imported"):
        app.review.import_response(response)
    assert len(app.review.comments(first)) == 2 and len(app.review.signoffs(first)) == 1


def test_a_response_to_a_pack_from_another_journal_is_refused(app, supervisor, tmp_path):
    _journal(supervisor)
    pack = tmp_path / "theirs.cpdreview"
    supervisor.review.export_pack([1], pack)
    response = tmp_path / "r.cpdresponse"
    supervisor.review.respond(pack, response, name="Sam", role="", sign=[1])
    _journal(app)
    with pytest.raises(ValidationError, match="not sent from this journal"):
        app.review.import_response(response)


def test_a_changed_reviewer_key_is_refused_loudly_unless_accepted(app, supervisor, tmp_path):
    first, second = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first, second], pack)
    app.review.import_response(_respond(supervisor, pack, tmp_path / "one.cpdresponse"))

    impostor = App.open(tmp_path / "impostor", clock=lambda: FIXED_NOW)
    try:
        forged = _respond(impostor, pack, tmp_path / "two.cpdresponse")
        fp = impostor.review.identity().fingerprint
    finally:
        impostor.close()
    with pytest.raises(ReviewKeyChangedError, match="WARNING: the signing key of Sam Educator"):
        app.review.import_response(forged)
    assert len(app.review.signoffs(first)) == 1
    result = app.review.import_response(forged, accept_new_key=True)
    assert result.key_replaced and result.fingerprint == fp
    assert len(app.review.signoffs(first)) == 2


def _signed_response(key_app: App, body: dict[str, Any], path: Path) -> Path:
    key = key_app.review._private_key()
    path.write_bytes(
        document(RESPONSE_FORMAT, body, key.sign(RESPONSE_LABEL + canonical_json(body)))
    )
    return path


def test_a_signed_response_naming_a_version_not_in_the_pack_is_refused(app, supervisor, tmp_path):
    first, _ = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first], pack)
    good = _respond_one(supervisor, pack, tmp_path / "r.cpdresponse")
    body = json.loads(good.read_text())["body"]
    body["entries"][0]["content_hash"] = "0" * 64  # validly signed, but not what was sent
    bad = _signed_response(supervisor, body, tmp_path / "bad.cpdresponse")
    with pytest.raises(ValidationError, match="not in the review pack"):
        app.review.import_response(bad)
    assert app.review.comments(first) == []


def test_a_response_signed_with_another_key_than_it_carries_is_refused(app, supervisor, tmp_path):
    first, _ = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first], pack)
    good = _respond_one(supervisor, pack, tmp_path / "r.cpdresponse")
    body = json.loads(good.read_text())["body"]
    body["reviewer"]["public_key"] = b64(supervisor.review.identity().public_key)
    other = App.open(tmp_path / "other", clock=lambda: FIXED_NOW)
    try:
        wrong = _signed_response(other, body, tmp_path / "wrong.cpdresponse")  # signed by other
    finally:
        other.close()
    with pytest.raises(ValidationError, match="signature does not match"):
        app.review.import_response(wrong)
    assert app.review.comments(first) == []


def _respond_one(supervisor: App, pack: Path, out: Path) -> Path:
    supervisor.review.respond(
        pack,
        out,
        name="Sam Educator",
        role="Practice educator",
        comments=[Comment(1, "learnt", "Clear.")],
        peer_discussions=[PeerDiscussion(1, "We discussed it.")],
        sign=[1],
    )
    return out


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, (*path, i))
    else:
        yield path


HEX = "0123456789abcdef"


def _tampered(doc: dict[str, Any], path: tuple[Any, ...]) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    holder = changed
    for step in path[:-1]:
        holder = holder[step]
    old = holder[path[-1]]
    if isinstance(old, bool) or old is None:
        holder[path[-1]] = "x"
    elif isinstance(old, int):
        holder[path[-1]] = old + 1
    elif path[-1] in ("signature", "public_key"):
        raw = bytearray(__import__("base64").b64decode(old))
        raw[0] ^= 1
        holder[path[-1]] = b64(bytes(raw))
    elif old and old[-1] in HEX:  # hashes, ids, dates and times: one digit different
        holder[path[-1]] = old[:-1] + HEX[(HEX.index(old[-1]) + 1) % 16]
    else:
        holder[path[-1]] = old + "x"
    return changed


def test_tampering_with_any_field_of_a_pack_is_detected(app, supervisor, tmp_path):
    first, second = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first, second], pack)
    doc = json.loads(pack.read_text())
    paths = list(_leaves(doc))
    assert len(paths) > 20
    for path in paths:
        bad = tmp_path / "bad.cpdreview"
        changed = _tampered(doc, path)
        assert changed != doc, path
        bad.write_text(json.dumps(changed))
        with pytest.raises(ValidationError):
            supervisor.review.open_pack(bad)


def test_tampering_with_any_field_of_a_response_is_detected(app, supervisor, tmp_path):
    first, _ = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first], pack)
    good = _respond_one(supervisor, pack, tmp_path / "r.cpdresponse")
    doc = json.loads(good.read_text())
    paths = list(_leaves(doc))
    assert len(paths) > 12
    for path in paths:
        bad = tmp_path / "bad.cpdresponse"
        changed = _tampered(doc, path)
        assert changed != doc, path
        bad.write_text(json.dumps(changed))
        with pytest.raises(ValidationError):
            app.review.import_response(bad)
    assert app.review.comments(first) == [] and app.review.signoffs(first) == []
    assert app.review.import_response(good).signed == ["MCA workshop"]  # the original is fine


def test_structural_tampering_is_refused_with_one_line(app, supervisor, tmp_path):
    first, _ = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first], pack)
    text = pack.read_text()
    doc = json.loads(text)
    cases = {
        "extra field": json.dumps({**doc, "extra": 1}),
        "duplicate key": text.replace('"format"', '"version": 1, "format"', 1),
        "float hours": text.replace('"quarter_hours": 6', '"quarter_hours": 6.0'),
        "not json": "not json at all",
        "deep": "[" * 5000,
        "wrong format": json.dumps({**doc, "format": "cpdlog-journal"}),
        "newer version": json.dumps({**doc, "version": 2}),
        "no entries": json.dumps({**doc, "body": {**doc["body"], "entries": []}}),
    }
    for name, content in cases.items():
        bad = tmp_path / "bad.cpdreview"
        bad.write_text(content)
        with pytest.raises(ValidationError) as caught:
            supervisor.review.open_pack(bad)
        assert "\n" not in str(caught.value), name
    big = tmp_path / "big.cpdreview"
    big.write_bytes(b" " * (33 * 1024 * 1024))
    with pytest.raises(ValidationError, match="larger than 32 MiB"):
        supervisor.review.open_pack(big)


def test_trash_keeps_sign_offs_and_deleting_for_good_removes_them(app, supervisor, tmp_path):
    first, second = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first, second], pack)
    app.review.import_response(_respond(supervisor, pack, tmp_path / "r.cpdresponse"))
    app.entries.delete(first)
    assert len(app.review.signoffs(first)) == 1 and len(app.review.comments(first)) == 2
    app.entries.purge(first)
    assert app.review.signoffs(first) == [] and app.review.comments(first) == []
    assert len(app.review.signoffs(second)) == 1


def test_respond_refuses_unknown_sections_entries_and_empty_responses(supervisor, app, tmp_path):
    first, _ = _journal(app)
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([first], pack)
    out = tmp_path / "r.cpdresponse"
    with pytest.raises(ValidationError, match="no section 'nonsense'"):
        supervisor.review.respond(
            pack, out, name="Sam", role="", comments=[Comment(1, "nonsense", "x")]
        )
    with pytest.raises(ValidationError, match="no entry 3"):
        supervisor.review.respond(pack, out, name="Sam", role="", sign=[3])
    with pytest.raises(ValidationError, match="empty"):
        supervisor.review.respond(pack, out, name="Sam", role="")
    with pytest.raises(ValidationError, match="name is needed"):
        supervisor.review.respond(pack, out, name="  ", role="", sign=[1])
    assert not out.exists()


def test_the_private_key_is_sealed_with_an_encrypted_journal_and_survives_it(tmp_path: Path):
    import base64

    from cpdlog.services import encryption
    from cpdlog.services.review import KEY_SETTING

    home = tmp_path / "sealed"
    app = App.open(home, clock=lambda: FIXED_NOW)
    before = app.review.identity().fingerprint
    with app.db.session() as session:
        from cpdlog.storage.settings_repo import get_setting

        private = base64.b64decode(get_setting(session, KEY_SETTING)["private"])
    app.close()
    on_disk = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert private in on_disk or base64.b64encode(private) in on_disk  # plain while unencrypted

    passphrase = "correct horse battery staple"
    encryption.encrypt_journal(home, home / "cpdlog.sqlite", passphrase)
    on_disk = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert private not in on_disk and base64.b64encode(private) not in on_disk
    sealed = App.open(home, clock=lambda: FIXED_NOW, passphrase=passphrase)
    try:
        assert sealed.review.identity().fingerprint == before  # the same key, now sealed
    finally:
        sealed.close()
