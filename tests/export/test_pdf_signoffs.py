"""The portfolio shows each sign-off (who, role, date, changed since or not) and the
supervisor's record of the peer-reflection discussion."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cpdlog.services.app import App
from cpdlog.services.portfolio import PortfolioRequest
from cpdlog.services.review import Comment, PeerDiscussion
from tests.conftest import FIXED_NOW, make_entry
from tests.export.pdf_support import body_text, squash


def _reviewed(app: App, tmp_path: Path) -> None:
    """Two entries signed off (the second edited since) and a third never reviewed."""
    app.profile.update(name="Alex Practitioner")
    kept = app.entries.add(make_entry("Kept as signed", day=dt.date(2026, 3, 1)))
    edited = app.entries.add(make_entry("Edited later", day=dt.date(2026, 4, 1)))
    plain = app.entries.add(make_entry("Never reviewed", day=dt.date(2026, 5, 1)))
    assert kept.id and edited.id and plain.id
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([kept.id, edited.id], pack)
    supervisor = App.open(tmp_path / "supervisor", clock=lambda: FIXED_NOW)
    try:
        supervisor.review.respond(
            pack,
            tmp_path / "r.cpdresponse",
            name="Sam Educator",
            role="Practice educator",
            comments=[Comment(1, "learnt", "Only in the app, not the PDF.")],
            peer_discussions=[
                PeerDiscussion(1, "We compared how we record best interests.", dt.date(2026, 3, 3))
            ],
            sign=[1, 2],
        )
    finally:
        supervisor.close()
    app.review.import_response(tmp_path / "r.cpdresponse")
    later = app.entries.get(edited.id)
    later.reflection.sections["impact"] = "Rewritten after the sign-off."
    app.entries.update(later)


def test_the_pdf_says_who_signed_off_and_whether_the_entry_changed_since(app: App, tmp_path: Path):
    _reviewed(app, tmp_path)
    out = tmp_path / "portfolio.pdf"
    app.portfolio.export(
        PortfolioRequest(out, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31))
    )
    text = body_text(out)
    signed = squash("Signed off by Sam Educator, Practice educator on 28 November 2026.")
    assert text.count(signed) == 2
    assert text.count(squash("Changed since it was signed off on 28 November 2026.")) == 1
    assert text.count(squash("The entry is unchanged since this sign-off.")) == 1
    talk = "Peer discussion recorded by Sam Educator, Practice educator on 3 March 2026."
    assert squash(talk) in text
    assert squash("We compared how we record best interests.") in text
    assert squash("Only in the app, not the PDF.") not in text
    # in order: the kept entry is unchanged, the edited one changed, the third has no record
    assert text.index(squash("Kept as signed")) < text.index(squash("unchanged since"))
    assert text.index(squash("Edited later")) < text.index(squash("Changed since it was"))
    assert text.count(squash("Review and sign-off")) == 2


def test_the_sign_off_record_is_in_welsh_in_a_welsh_portfolio(app: App, tmp_path: Path) -> None:
    from cpdlog import i18n

    _reviewed(app, tmp_path)
    out = tmp_path / "portffolio.pdf"
    i18n.set_language(i18n.WELSH)
    try:
        app.portfolio.export(
            PortfolioRequest(out, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31))
        )
    finally:
        i18n.set_language(i18n.ENGLISH)
    text = body_text(out)
    assert text.count(squash("Adolygu a chymeradwyo")) == 2
    assert text.count(squash("Cymeradwywyd gan Sam Educator, Practice educator ar")) == 2
    assert text.count(squash("Wedi newid ers iddo gael ei gymeradwyo ar")) == 1
    assert squash("Trafodaeth gyda chymheiriad a gofnodwyd gan Sam Educator") in text
    for english in ("Review and sign-off", "Signed off by", "unchanged since", "Peer discussion"):
        assert squash(english) not in text
