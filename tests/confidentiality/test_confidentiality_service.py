"""The service: unreviewed findings, remembered dismissals, redaction and the export gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdlog.errors import NotFoundError
from cpdlog.services.app import App
from cpdlog.services.confidentiality import ConfidentialityService
from tests.conftest import FIXED_NOW, make_entry


def add(app: App, learnt: str) -> int:
    entry = app.entries.add(make_entry(learnt=learnt))
    assert entry.id is not None
    return entry.id


def test_check_lists_only_entries_with_findings(app: App) -> None:
    leaky = add(app, "Her son Jayden (7) lives at 14 Acacia Avenue.")
    add(app, "Munro (2011) on systems thinking and section 47.")
    results = ConfidentialityService(app).check()
    assert [r.entry_id for r in results] == [leaky]
    assert {f.kind for f in results[0].findings} == {"name", "age", "address"}


def test_practitioner_name_comes_from_the_profile(app: App) -> None:
    app.profile.update(name="Jayden Smith")
    entry_id = add(app, "Jayden Smith reflected on supervision.")
    assert ConfidentialityService(app).check([entry_id]) == []


def test_dismissal_persists_across_service_instances_and_reopening(home: Path) -> None:
    app = App.open(home, clock=lambda: FIXED_NOW)
    entry_id = add(app, "I met Mrs Patel, the head of the family centre, about NHS 943 476 5919.")
    service = ConfidentialityService(app)
    name = next(f for f in service.check([entry_id])[0].findings if f.kind == "name")
    service.dismiss(entry_id, name.fingerprint)
    assert name.fingerprint not in {
        f.fingerprint for f in ConfidentialityService(app).check([entry_id])[0].findings
    }
    app.close()
    reopened = App.open(home, clock=lambda: FIXED_NOW)
    try:
        remaining = ConfidentialityService(reopened).check([entry_id])[0].findings
        assert [f.kind for f in remaining] == ["nhs_number"]
        ConfidentialityService(reopened).undismiss(entry_id, name.fingerprint)
        again = ConfidentialityService(reopened).check([entry_id])[0].findings
        assert name.fingerprint in {f.fingerprint for f in again}
    finally:
        reopened.close()


def test_dismissal_survives_unrelated_edits(app: App) -> None:
    entry_id = add(app, "Her son Jayden was upset.")
    service = ConfidentialityService(app)
    fp = service.check([entry_id])[0].findings[0].fingerprint
    service.dismiss(entry_id, fp)
    entry = app.entries.get(entry_id)
    entry.reflection.sections["learnt"] = "A new first sentence. Her son Jayden was upset."
    app.entries.update(entry)
    assert service.check([entry_id]) == []


def test_dismissing_an_unknown_fingerprint_is_refused(app: App) -> None:
    entry_id = add(app, "Her son Jayden was upset.")
    with pytest.raises(NotFoundError):
        ConfidentialityService(app).dismiss(entry_id, "name-0000000000")


def test_redact_entry_saves_and_leaves_dismissed_findings(app: App) -> None:
    entry_id = add(app, "Her son Jayden (7) told Mrs Okafor, his teacher.")
    service = ConfidentialityService(app)
    teacher = next(f for f in service.check([entry_id])[0].findings if f.text == "Mrs Okafor")
    service.dismiss(entry_id, teacher.fingerprint)
    saved = service.redact_entry(entry_id)
    assert (
        saved.reflection.sections["learnt"]
        == "Her son [child A] ([age]) told Mrs Okafor, his teacher."
    )
    assert (
        app.entries.get(entry_id).reflection.sections["learnt"]
        == saved.reflection.sections["learnt"]
    )
    assert service.check([entry_id]) == []


def test_redact_only_named_fingerprints(app: App) -> None:
    entry_id = add(app, "Her son Jayden lives at 14 Acacia Avenue.")
    service = ConfidentialityService(app)
    address = next(f for f in service.check([entry_id])[0].findings if f.kind == "address")
    service.redact_entry(entry_id, [address.fingerprint])
    assert (
        app.entries.get(entry_id).reflection.sections["learnt"]
        == "Her son Jayden lives at [address]."
    )


def test_gate_reports_unreviewed_findings_for_the_exported_entries(app: App) -> None:
    leaky = add(app, "Her son Jayden was upset.")
    clean = add(app, "Kolb (1984) on experiential learning.")
    service = ConfidentialityService(app)
    assert service.gate([clean]) == []
    gated = service.gate([leaky, clean])
    assert [g.entry_id for g in gated] == [leaky]
    service.dismiss(leaky, gated[0].findings[0].fingerprint)
    assert service.gate([leaky, clean]) == []


def test_a_check_of_many_entries_reads_each_entrys_own_dismissals(app: App) -> None:
    # The dismissals of a whole journal are read in batches (one query per 500 entries).
    ids = [add(app, f"Her son Jayden was upset at visit {i}.") for i in range(3)]
    service = ConfidentialityService(app)
    fingerprint = service.check([ids[1]])[0].findings[0].fingerprint
    service.dismiss(ids[1], fingerprint)
    assert sorted(r.entry_id for r in service.check()) == [ids[0], ids[2]]
