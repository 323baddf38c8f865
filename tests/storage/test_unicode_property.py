"""Arbitrary Unicode in every text field survives storage and the JSON round trip."""

import datetime as dt
import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpdlog.domain.entry import ActivityType, Entry, EntryStatus, PeerReflection, Reflection, Source
from cpdlog.domain.serialise import entry_from_dict, entry_to_dict
from cpdlog.domain.text import has_visible_text
from cpdlog.services.app import App
from tests.conftest import FIXED_NOW

# Any character except surrogates (not encodable) and the control characters the entry rules
# remove by design (all but tab and newline); text with something visible in it, or none.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n"),
    max_size=200,
).filter(lambda t: t == "" or has_visible_text(t))
# One-line fields (title, source details, peer name and role) have no line breaks of any kind.
LINE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=200
).filter(lambda t: t == t.strip() and (t == "" or has_visible_text(t)))
TITLE = LINE.filter(lambda t: t != "")
URL = st.one_of(
    st.just(""),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-/", max_size=40).map(
        lambda path: "https://example.org/" + path
    ),
)
TAG = st.text(alphabet=st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=20)

_counter = itertools.count()


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    return Entry(
        title=draw(TITLE),
        activity_type=draw(st.sampled_from(list(ActivityType))),
        start_date=draw(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))),
        hours=draw(st.integers(0, 4000)) / 4,
        source=Source(draw(URL), draw(LINE), draw(LINE), draw(LINE), draw(TEXT)),
        reflection=Reflection(
            "swe", {"description": draw(TEXT), "learnt": draw(TEXT), "impact": draw(TEXT)}
        ),
        peer=PeerReflection(draw(LINE), draw(LINE), None, draw(TEXT))
        if draw(st.booleans())
        else None,
        tags=[t.lower() for t in draw(st.lists(TAG, max_size=4, unique_by=str.lower))],
        status=draw(st.sampled_from(list(EntryStatus))),
    )


_home = Path(tempfile.mkdtemp(prefix="cpdlog-hypothesis-"))
_app = App.open(_home, clock=lambda: FIXED_NOW)


def _visible(entry: Entry) -> dict:
    data = entry_to_dict(entry)
    for key in ("id", "uid", "created_at", "updated_at", "deleted_at"):
        data.pop(key)
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries())
def test_every_text_field_survives_storage_and_json(entry: Entry) -> None:
    if entry.peer is not None and not (
        entry.peer.name.strip() or entry.peer.role.strip() or entry.peer.text.strip()
    ):
        entry.peer = None  # an all-blank peer block is dropped by design
    entry.tags = list(dict.fromkeys(" ".join(t.split()) for t in entry.tags if t.strip()))
    if _app.entries.missing(entry):
        entry.status = EntryStatus.DRAFT  # an unfinished entry is stored as a draft by design
    saved = _app.entries.add(entry)
    loaded = _app.entries.get(saved.id)
    assert _visible(loaded) == _visible(entry)
    assert _visible(entry_from_dict(entry_to_dict(loaded))) == _visible(entry)

    out = _home / f"export-{next(_counter)}.json"
    _app.transfer.export_json(out)
    other = App.open(_home / f"other-{next(_counter)}", clock=lambda: FIXED_NOW)
    try:
        other.transfer.import_json(out)
        copy = other.entries.get_by_uid(loaded.uid)
        assert copy is not None and _visible(copy) == _visible(entry)
    finally:
        other.close()
