"""The one schema an imported document passes: every known field checked, first bad one named."""

import copy
from typing import Any

import pytest

from cpdlog.domain import backup_schema
from cpdlog.errors import ValidationError

TEMPLATES = {"swe", "gibbs"}
REGULATORS = {"swe", "hcpc", "custom"}
SHA = "ab" * 32


def _doc() -> dict[str, Any]:
    return {
        "format": "cpdlog-journal",
        "version": 1,
        "practitioner": {
            "name": "Alex",
            "registration_number": "SW1",
            "regulator": "custom",
            "registered_on": "2020-01-31",
            "custom": {"period_kind": "annual", "period_start": "12-01", "period_years": 2},
            "onboarded": True,
        },
        "entries": [
            {
                "uid": "0b7c1a4e-3d1f-4c55-9a9e-1f2d3c4b5a69",
                "title": "Reading",
                "type": "reading",
                "start_date": "2026-03-01",
                "end_date": None,
                "hours": 1.5,
                "status": "complete",
                "source": {"url": "https://example.org", "provider": "", "notes": ""},
                "reflection": {"template": "swe", "sections": [{"key": "learnt", "text": "x"}]},
                "peer_reflection": {"name": "Sam", "role": "", "date": "2026-03-02", "text": ""},
                "standards": ["swe:4.4"],
                "tags": ["care act"],
                "evidence": [{"sha256": SHA, "filename": "f.pdf", "size": 10, "added_at": None}],
                "created_at": "2026-03-01T10:00:00+00:00",
                "deleted_at": None,
            }
        ],
    }


def _check(doc: Any) -> None:
    backup_schema.validate_document(doc, templates=TEMPLATES, regulators=REGULATORS)


def test_a_good_document_passes():
    _check(_doc())


def _set(doc: dict[str, Any], dotted: str, value: Any) -> None:
    target: Any = doc
    parts = dotted.replace("[", ".").replace("]", "").split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    target[int(last) if last.isdigit() else last] = value


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("version", "1"),
        ("version", None),
        ("version", True),
        ("version", 0),
        ("entries[0].hours", int("1" + "0" * 400)),
        ("entries[0].hours", -0.25),
        ("entries[0].hours", "1"),
        ("entries[0].title", ""),
        ("entries[0].title", "x" * 501),
        ("entries[0].title", 5),
        ("entries[0].type", "hacking"),
        ("entries[0].status", "published"),
        ("entries[0].start_date", "2026-02-30"),
        ("entries[0].start_date", "1066-10-14"),
        ("entries[0].start_date", "20260301"),
        ("entries[0].end_date", "2026-02-01"),
        ("entries[0].uid", "../../x"),
        ("entries[0].uid", 7),
        ("entries[0].reflection.template", "no-such-template"),
        ("entries[0].reflection.sections", "text"),
        ("entries[0].reflection.sections[0].text", ["x"]),
        ("entries[0].peer_reflection.date", 20260302),
        ("entries[0].standards", "swe:4.4"),
        ("entries[0].tags[0]", None),
        ("entries[0].evidence[0].sha256", "../../../../etc/passwd"),
        ("entries[0].evidence[0].sha256", SHA.upper()),
        ("entries[0].evidence[0].size", 10**12),
        ("entries[0].evidence[0].filename", ""),
        ("entries[0].created_at", "yesterday"),
        ("entries[0].feed_item_id", "1"),
        ("practitioner.registered_on", 20200131),
        ("practitioner.custom", "custom"),
        ("practitioner.custom.period_years", "ten"),
        ("practitioner.custom.period_years", 1_000_000),
        ("practitioner.custom.period_start", "13-40"),
        ("practitioner.custom.min_hours", float("inf")),
        ("practitioner.regulator", "ofsted"),
        ("practitioner.onboarded", "yes"),
        ("practitioner.name", {"first": "A"}),
    ],
)
def test_each_bad_field_is_named_in_the_message(field: str, value: Any):
    doc = _doc()
    _set(doc, field, value)
    with pytest.raises(ValidationError) as info:
        _check(doc)
    assert info.value.field == field
    assert str(info.value).startswith(field)


def test_the_first_bad_entry_is_the_one_named():
    doc = _doc()
    doc["entries"] = [copy.deepcopy(doc["entries"][0]) for _ in range(5)]
    doc["entries"][3]["hours"] = 5000
    doc["entries"][4]["title"] = ""
    with pytest.raises(ValidationError, match=r"^entries\[3\]\.hours"):
        _check(doc)


def test_foreign_and_newer_documents_are_told_apart():
    with pytest.raises(ValidationError) as foreign:
        _check({"format": "something-else"})
    assert foreign.value.field == "format"
    with pytest.raises(ValidationError, match="newer cpdlog"):
        _check({**_doc(), "version": backup_schema.FORMAT_VERSION + 1})
    with pytest.raises(ValidationError, match=r"^entries"):
        _check({"format": "cpdlog-journal", "version": 1, "entries": {"0": {}}})


def test_evidence_file_keys_must_be_evidence_ids():
    with pytest.raises(ValidationError, match="evidence_files"):
        _check({**_doc(), "evidence_files": {"../x": "AAAA"}})


def test_deep_nesting_is_refused_before_decoding_without_recursion_error():
    deep = '{"format": "cpdlog-journal", "entries": ' + "[" * 200_000 + "]" * 200_000 + "}"
    with pytest.raises(ValidationError, match="more than 32 deep"):
        backup_schema.decode(deep)
    # brackets inside strings do not count
    text = '{"a": "' + "[" * 1000 + '", "b": "\\"[[["}'
    assert backup_schema.decode(text) == {"a": "[" * 1000, "b": '"[[['}


def test_nan_and_infinity_are_not_json():
    with pytest.raises(ValidationError, match="not valid JSON"):
        backup_schema.decode('{"hours": NaN}')


def test_stable_uid_is_the_same_every_time_and_tells_twins_apart():
    entry = _doc()["entries"][0]
    del entry["uid"]
    first = backup_schema.stable_uid(entry)
    assert first == backup_schema.stable_uid(copy.deepcopy(entry))
    assert backup_schema.stable_uid({**entry, "id": 99}) == first  # the old row id is ignored
    assert backup_schema.stable_uid(entry, 1) != first
    assert backup_schema.stable_uid({**entry, "title": "Other"}) != first
    assert len(first) == 36


def test_a_document_with_millions_of_values_is_refused_before_decoding():
    many = "[" + "1," * 2000 + "1]"
    with pytest.raises(ValidationError, match="more than 1,000 values"):
        backup_schema.check_nesting(many, max_items=1000)
    backup_schema.check_nesting(many, max_items=5000)
    # commas inside strings are not values
    backup_schema.check_nesting('["' + "," * 5000 + '"]', max_items=10)
