"""Two or more registrations: the old single-registration fields stay the first one."""

import datetime as dt
from pathlib import Path

from cpdlog.domain.practitioner import Practitioner, Registration
from cpdlog.services.app import App
from tests.conftest import FIXED_NOW


def test_an_old_profile_becomes_the_first_registration():
    old = {
        "name": "A",
        "regulator": "niscc",
        "registration_number": "N1",
        "registered_on": "2024-01-02",
    }
    p = Practitioner.from_dict(old)
    assert p.registrations == [Registration("niscc", "N1", dt.date(2024, 1, 2))]


def test_changing_the_old_fields_changes_the_first_registration_only(app: App):
    app.profile.add_registration(Registration("tx-bswe", "T1", dt.date(2025, 3, 10), 7, "LCSW"))
    app.profile.update(regulator_id="niscc", registered_on=dt.date(2024, 1, 2))
    regs = app.profile.registrations()
    assert [(r.regulator_id, r.registered_on) for r in regs] == [
        ("niscc", dt.date(2024, 1, 2)),
        ("tx-bswe", dt.date(2025, 3, 10)),
    ]
    assert app.progress.registration("tx-bswe").birth_month == 7
    assert [r.profile.id for r in app.progress.reports()] == ["niscc", "tx-bswe"]


def test_registrations_survive_export_and_import(app: App, tmp_path: Path):
    app.profile.add_registration(Registration("ny-lmsw", "L1", dt.date(2020, 6, 1), None, "LMSW"))
    out = tmp_path / "journal.json"
    app.transfer.export_json(out)
    other = App.open(tmp_path / "other", clock=lambda: FIXED_NOW)
    try:
        other.transfer.import_json(out)
        assert other.profile.registrations() == app.profile.registrations()
    finally:
        other.close()
