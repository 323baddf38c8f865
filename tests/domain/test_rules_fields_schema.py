"""The import schema and the JSON shape of the entry fields regulators' rules need."""

from typing import Any

import pytest

from cpdlog.domain import backup_schema
from cpdlog.domain.entry import Delivery, EvidenceKind, validate_entry
from cpdlog.domain.serialise import entry_from_dict, entry_to_dict
from cpdlog.errors import ValidationError
from tests.conftest import make_entry
from tests.domain.test_backup_schema import REGULATORS, TEMPLATES, _doc, _set

TOPICS = {"ethics", "professional-boundaries"}


def _check(doc: Any, topics: set[str] | None = TOPICS) -> None:
    backup_schema.validate_document(doc, templates=TEMPLATES, regulators=REGULATORS, topics=topics)


def _with_fields() -> dict[str, Any]:
    doc = _doc()
    e = doc["entries"][0]
    e["delivery"] = "self-study"
    e["provider_approval"] = "NY-0123"
    e["topics"] = ["ethics"]
    e["evidence"][0]["kind"] = "certificate"
    return doc


def test_a_document_with_the_new_fields_passes_and_old_documents_still_do():
    _check(_with_fields())
    _check(_doc())  # written before these fields existed


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("entries[0].delivery", "by-post"),
        ("entries[0].delivery", 3),
        ("entries[0].provider_approval", "x" * 201),
        ("entries[0].provider_approval", ["NY"]),
        ("entries[0].topics", "ethics"),
        ("entries[0].topics[0]", "astrology"),
        ("entries[0].topics[0]", None),
        ("entries[0].evidence[0].kind", "receipt"),
    ],
)
def test_each_bad_new_field_is_named(field: str, value: Any):
    doc = _with_fields()
    _set(doc, field, value)
    with pytest.raises(ValidationError) as info:
        _check(doc)
    assert info.value.field == field


def test_without_a_topic_list_only_the_form_of_a_topic_is_checked():
    doc = _with_fields()
    doc["entries"][0]["topics"] = ["a-topic-from-a-later-cpdlog"]
    _check(doc, topics=None)
    doc["entries"][0]["topics"] = ["Not An Id"]
    with pytest.raises(ValidationError, match=r"^entries\[0\]\.topics\[0\]"):
        _check(doc, topics=None)


def test_serialise_round_trip_keeps_the_new_fields():
    entry = validate_entry(
        make_entry(delivery=Delivery.ONLINE_INTERACTIVE, provider_approval="A1", topics=["ethics"])
    )
    data = entry_to_dict(entry)
    assert (data["delivery"], data["provider_approval"], data["topics"]) == (
        "online-interactive",
        "A1",
        ["ethics"],
    )
    back = entry_from_dict(data)
    assert (back.delivery, back.provider_approval, back.topics) == (
        Delivery.ONLINE_INTERACTIVE,
        "A1",
        ["ethics"],
    )
    old = {k: v for k, v in data.items() if k not in ("delivery", "provider_approval", "topics")}
    plain = entry_from_dict(old)
    assert (plain.delivery, plain.provider_approval, plain.topics) == (None, "", [])


def test_evidence_kind_given_as_text_is_normalised_or_refused():
    from cpdlog.domain.entry import Evidence

    def with_kind(kind: str) -> Any:
        return make_entry(evidence=[Evidence("ab" * 32, "c.pdf", "application/pdf", 3, None, kind)])  # type: ignore[arg-type]

    assert validate_entry(with_kind("certificate")).evidence[0].kind is EvidenceKind.CERTIFICATE
    bad = with_kind("x")
    with pytest.raises(ValidationError, match="unknown kind"):
        validate_entry(bad)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("practitioner.registrations[0].regulator", "ofsted"),
        ("practitioner.registrations[0].birth_month", 13),
        ("practitioner.registrations[0].registered_on", "2024-02-30"),
        ("practitioner.registrations[0].license_type", 5),
    ],
)
def test_each_bad_registration_field_is_named(field: str, value: Any):
    doc = _doc()
    doc["practitioner"]["registrations"] = [
        {
            "regulator": "hcpc",
            "registered_on": "2024-02-01",
            "birth_month": 7,
            "license_type": "LMSW",
        }
    ]
    _check(doc)
    _set(doc, field, value)
    with pytest.raises(ValidationError) as info:
        _check(doc)
    assert info.value.field == field
