"""The content hash a sign-off pins: any edit to what the reviewer read changes it; tidying
metadata they never saw does not."""

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from cpdlog.domain.entry import ActivityType, Entry, EntryStatus, Evidence, PeerReflection
from cpdlog.domain.review import (
    Arrival,
    Signoff,
    content_hash,
    content_hash_of,
    entry_content,
    fingerprint,
    signoff_state,
)
from tests.conftest import make_entry

SHA_A = "a" * 64
SHA_B = "b" * 64


def _entry() -> Entry:
    return make_entry(
        peer=PeerReflection("Jo Peer", "Senior practitioner", dt.date(2026, 3, 15), "We talked."),
        standards=["swe:3.2", "swe:4.4"],
        tags=["law"],
        evidence=[Evidence(SHA_A, "notes.txt", "text/plain", 10), Evidence(SHA_B, "c.pdf", "x", 3)],
    )


EDITS: dict[str, Callable[[Entry], None]] = {
    "title": lambda e: setattr(e, "title", e.title + "!"),
    "activity": lambda e: setattr(e, "activity_type", ActivityType.COURSE),
    "start date": lambda e: setattr(e, "start_date", e.start_date - dt.timedelta(days=1)),
    "end date": lambda e: setattr(e, "end_date", e.start_date + dt.timedelta(days=2)),
    "hours": lambda e: setattr(e, "hours", e.hours + 0.25),
    "template": lambda e: setattr(e.reflection, "template_id", "gibbs"),
    "section text": lambda e: e.reflection.sections.update(learnt="Something else."),
    "new section": lambda e: e.reflection.sections.update(extra="More."),
    "section removed": lambda e: e.reflection.sections.pop("impact"),
    "peer name": lambda e: setattr(e.peer, "name", "Someone else"),
    "peer role": lambda e: setattr(e.peer, "role", "Manager"),
    "peer date": lambda e: setattr(e.peer, "date", dt.date(2026, 3, 16)),
    "peer text": lambda e: setattr(e.peer, "text", "We talked at length."),
    "peer removed": lambda e: setattr(e, "peer", None),
    "standard added": lambda e: e.standards.append("swe:1.1"),
    "standard removed": lambda e: e.standards.pop(),
    "evidence added": lambda e: e.evidence.append(Evidence("c" * 64, "more.txt", "t", 1)),
    "evidence removed": lambda e: e.evidence.pop(),
}

UNRELATED: dict[str, Callable[[Entry], None]] = {
    "tags": lambda e: e.tags.append("new tag"),
    "id and uid": lambda e: (setattr(e, "id", 99), setattr(e, "uid", "other-uid")),
    "saved times": lambda e: setattr(e, "updated_at", dt.datetime(2027, 1, 1, tzinfo=dt.UTC)),
    "status": lambda e: setattr(e, "status", EntryStatus.DRAFT),
    "inbox": lambda e: setattr(e, "inbox", True),
    "topics": lambda e: e.topics.append("ethics"),
    "standards order": lambda e: e.standards.reverse(),
    "evidence order": lambda e: e.evidence.reverse(),
    "evidence renamed": lambda e: e.evidence.__setitem__(0, replace(e.evidence[0], filename="x")),
    "empty section": lambda e: e.reflection.sections.update(blank=""),
}


def test_every_edit_to_what_the_reviewer_read_changes_the_hash():
    before = content_hash(_entry())
    hashes = {before}
    for name, edit in EDITS.items():
        entry = _entry()
        edit(entry)
        after = content_hash(entry)
        assert after != before, name
        hashes.add(after)
    assert len(hashes) == len(EDITS) + 1  # and no two different edits collide


def test_metadata_the_reviewer_never_saw_leaves_the_hash_alone():
    before = content_hash(_entry())
    for name, edit in UNRELATED.items():
        entry = _entry()
        edit(entry)
        assert content_hash(entry) == before, name


def test_the_hash_is_the_hash_of_the_content_the_pack_carries():
    entry = _entry()
    assert content_hash_of(entry_content(entry)) == content_hash(entry)
    # a fixed known value: the canonical form must not drift between versions of cpdlog
    plain = Entry("T", ActivityType.READING, dt.date(2026, 3, 3))
    assert content_hash(plain) == (
        "3012a85c23366995afe4f35f379c568ecf067bf5fbaa10856411991061042bcb"
    )


@settings(max_examples=150, deadline=None)
@given(
    field=st.sampled_from(["title", "learnt", "peer", "section_key"]),
    old=st.text(min_size=1, max_size=40),
    new=st.text(min_size=1, max_size=40),
)
def test_property_any_text_edit_changes_the_hash(field: str, old: str, new: str):
    def build(value: str) -> Entry:
        entry = _entry()
        if field == "title":
            entry.title = value
        elif field == "learnt":
            entry.reflection.sections["learnt"] = value
        elif field == "peer":
            assert entry.peer is not None
            entry.peer.text = value
        else:
            entry.reflection.sections = {value: "text"}
        return entry

    assert (content_hash(build(old)) == content_hash(build(new))) == (old == new)


@settings(max_examples=100, deadline=None)
@given(
    tags=st.lists(st.text(max_size=10), max_size=4),
    uid=st.text(max_size=36),
    saved=st.datetimes(timezones=st.just(dt.UTC)),
)
def test_property_unrelated_metadata_never_changes_the_hash(tags, uid, saved):
    entry = _entry()
    before = content_hash(entry)
    entry.tags, entry.uid, entry.updated_at, entry.created_at = tags, uid, saved, saved
    assert content_hash(entry) == before


def _signoff(content: str, day: int, id_: int) -> Signoff:
    return Signoff(
        1,
        "Sam Educator",
        "Practice educator",
        dt.datetime(2026, 3, day, 9, 0, tzinfo=dt.UTC),
        content,
        "I agree.",
        Arrival.FILE,
        "ab" * 16,
        id=id_,
    )


def test_state_says_changed_since_with_the_long_date_and_is_computed_each_time():
    entry = _entry()
    signed = _signoff(content_hash(entry), 3, 1)
    state = signoff_state(entry, [signed])
    assert state is not None and not state.changed
    assert state.sentence() == "Signed off on 3 March 2026 by Sam Educator (Practice educator)."
    assert state.changed_text() == ""
    entry.reflection.sections["learnt"] = "Edited after the sign-off."
    state = signoff_state(entry, [signed])
    assert state is not None and state.changed
    assert state.changed_text() == "Changed since it was signed off on 3 March 2026"
    entry.reflection.sections["learnt"] = _entry().reflection.sections["learnt"]  # undone
    state = signoff_state(entry, [signed])
    assert state is not None and not state.changed


def test_a_sign_off_of_the_current_version_wins_over_one_of_an_earlier_version():
    entry = _entry()
    old = _signoff("0" * 64, 3, 1)
    assert signoff_state(entry, []) is None
    state = signoff_state(entry, [old])
    assert state is not None and state.changed and state.signoff is old
    current = _signoff(content_hash(entry), 1, 2)  # signed earlier in the month, but matches
    state = signoff_state(entry, [old, current])
    assert state is not None and not state.changed and state.signoff is current


def test_fingerprint_is_eight_groups_and_differs_per_key():
    a, b = fingerprint(b"\x01" * 32), fingerprint(b"\x02" * 32)
    assert a != b
    groups = a.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
