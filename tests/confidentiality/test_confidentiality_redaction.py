"""Redaction replaces findings with placeholders that stay consistent within an entry."""

from __future__ import annotations

from cpdlog.domain.confidentiality import redact, scan_entry
from cpdlog.domain.entry import Evidence
from tests.conftest import make_entry


def test_same_person_same_placeholder_across_fields() -> None:
    entry = make_entry(
        title="Visit to Jayden",
        learnt="Her son Jayden (7) was hiding. The mother, Kelly, told me she was worried.",
        impact="Next time I will ask Jayden first and phone Kelly on 07700 900123.",
    )
    findings = scan_entry(entry)
    redacted = redact(entry, findings)
    assert redacted.title == "Visit to [child A]"
    assert redacted.reflection.sections["learnt"] == (
        "Her son [child A] ([age]) was hiding. The mother, [parent B], told me she was worried."
    )
    assert redacted.reflection.sections["impact"] == (
        "Next time I will ask [child A] first and phone [parent B] on [phone number]."
    )
    assert scan_entry(redacted) == []
    assert entry.title == "Visit to Jayden"  # the original is untouched


def test_existing_placeholders_are_not_reused() -> None:
    entry = make_entry(learnt="[child A] is settled. Her brother Kian is not.")
    redacted = redact(entry, scan_entry(entry))
    assert (
        redacted.reflection.sections["learnt"]
        == "[child A] is settled. Her brother [relative B] is not."
    )


def test_evidence_file_name_is_redacted() -> None:
    entry = make_entry()
    entry.evidence = [Evidence("0" * 64, "tyler_smith_report.pdf", "application/pdf", 1)]
    redacted = redact(entry, scan_entry(entry))
    assert redacted.evidence[0].filename == "person_A_report.pdf"


def test_stale_findings_are_skipped() -> None:
    entry = make_entry(learnt="Her son Jayden was hiding.")
    findings = scan_entry(entry)
    entry.reflection.sections["learnt"] = "Rewritten without the name."
    assert redact(entry, findings).reflection.sections["learnt"] == "Rewritten without the name."
