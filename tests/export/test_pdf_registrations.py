"""The PDF summary shows each registration's rules with the same sentences as the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cpdlog.domain.entry import Delivery
from cpdlog.domain.practitioner import Registration
from cpdlog.services.app import App
from cpdlog.services.portfolio import PortfolioRequest, PortfolioService
from tests.conftest import make_entry
from tests.export.pdf_support import body_text, squash


def test_second_registration_rules_and_sentences_are_in_the_pdf(app: App, tmp_path: Path):
    app.profile.update(name="Sam Rivera", registration_number="SW9")
    app.profile.add_registration(Registration("ny-lmsw", "LMSW-1", dt.date(2020, 6, 1)))
    app.profile.add_registration(Registration("scw", "", dt.date(2024, 9, 1)))
    app.entries.add(
        make_entry(
            "Self-study on boundaries",
            day=dt.date(2026, 7, 1),
            hours=20,
            delivery=Delivery.SELF_STUDY,
            topics=["professional-boundaries"],
        )
    )
    prepared = PortfolioService(app).prepare(PortfolioRequest(tmp_path / "p.pdf"))
    assert [r.profile.id for r in prepared.data.other_progress] == ["ny-lmsw", "scw"]
    ny = prepared.data.other_progress[0]
    expected = [ny.sentence(r) for r in ny.rules if r.met is not True or r.capped_out]
    PortfolioService(app).export(PortfolioRequest(tmp_path / "p.pdf"))
    text = body_text(tmp_path / "p.pdf")
    assert squash("New York State Education Department (LMSW and LCSW) (LMSW-1)") in text
    assert squash("8 hours do not count because of the limit") in text
    for sentence in expected:
        assert squash(sentence) in text
    assert squash("Declare at renewal") in text
    assert squash("There is no fixed number of hours") in text
