"""The gate before anything leaves covers what reviewers wrote, not just the entries (issue 14).

A supervisor's section comment holding a name and a phone number stops ``export json`` (which
carries every review comment) until each finding is marked "not identifying" or
``--allow-identifiers`` is given; a peer-discussion record stops the PDF (which prints it),
while a section comment (which the PDF does not print) does not; a finding in a comment is
keyed apart from the same words in the entry; the HCPC summary is gated; a supervisor's
response is gated before it is written. On both engines where a journal is involved.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog.services.app import App
from cpdlog.services.confidentiality import Carries
from cpdlog.services.review import Comment, PeerDiscussion
from tests.conftest import FIXED_NOW, make_entry, run_cli

LEAKY_COMMENT = "Good work with Kyle Hartley; his mum is on 07700 900123."
CLEAN_COMMENT = "A clear link to the Mental Capacity Act 2005."
CLEAN_ENTRY = "How strengths-based conversations change assessments."


@pytest.fixture
def supervisor(tmp_path: Path) -> Iterator[App]:
    other = App.open(tmp_path / "supervisor", clock=lambda: FIXED_NOW)
    yield other
    other.close()


def reviewed(
    app: App,
    supervisor: App,
    tmp_path: Path,
    comment: str = LEAKY_COMMENT,
    peer_discussion: str = "We talked about recording best interests.",
    learnt: str = CLEAN_ENTRY,
) -> int:
    """One clean entry sent for review; the supervisor comments on "learnt", records the peer
    discussion and signs it off; the response is imported. The entry's id."""
    app.profile.update(name="Alex Practitioner")
    entry = app.entries.add(make_entry("MCA workshop", day=dt.date(2026, 3, 1), learnt=learnt))
    assert entry.id is not None
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([entry.id], pack)
    response = tmp_path / "r.cpdresponse"
    supervisor.review.respond(
        pack,
        response,
        name="Sam Educator",
        role="Practice educator",
        comments=[Comment(1, "learnt", comment)],
        peer_discussions=[PeerDiscussion(1, peer_discussion, dt.date(2026, 3, 3))],
        sign=[1],
    )
    app.review.import_response(response)
    return entry.id


def comment_fingerprints(app: App, entry_id: int) -> list[str]:
    out = run_cli("check", "--json", str(entry_id), home=app.paths.home)
    assert out.returncode == 1, out.stderr
    (result,) = json.loads(out.stdout)
    assert result["findings"] == []  # the entry's own text is clean
    return [o["fingerprint"] for o in result["others"]]


@pytest.mark.usefixtures("journal_url")
def test_a_comment_with_a_name_and_a_phone_number_stops_export_json_until_dismissed(
    app: App, supervisor: App, tmp_path: Path
) -> None:
    entry_id = reviewed(app, supervisor, tmp_path)
    home = app.paths.home
    out = tmp_path / "journal.json"
    refused = run_cli("export", "json", "-o", str(out), home=home)
    assert refused.returncode == 1
    assert not out.exists()
    assert "Traceback" not in refused.stderr
    assert "Comment from Sam Educator on" in refused.stderr
    assert "'Kyle Hartley'" in refused.stderr and "'07700 900123'" in refused.stderr
    last = refused.stderr.strip().splitlines()[-1]
    assert last.startswith("cpdlog: export refused: 2 unreviewed findings in 1 entry")
    assert "phone number" in last and "person's name" in last
    assert "cannot be redacted" in refused.stderr  # said plainly: only dismiss or include

    # `cpdlog check` lists both with their fingerprints; dismissing one is not enough
    first, second = comment_fingerprints(app, entry_id)
    run_cli("check", "--dismiss", str(entry_id), first, home=home)
    again = run_cli("export", "json", "-o", str(out), home=home)
    assert again.returncode == 1 and not out.exists()
    assert "1 unreviewed finding in 1 entry" in again.stderr.strip().splitlines()[-1]
    dismissed = run_cli("check", "--dismiss", str(entry_id), second, home=home)
    assert dismissed.returncode == 0, dismissed.stdout + dismissed.stderr

    done = run_cli("export", "json", "--unencrypted", "-o", str(out), home=home)
    assert done.returncode == 0, done.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert LEAKY_COMMENT in [c["text"] for c in document["review"]["comments"]]  # lossless


@pytest.mark.usefixtures("journal_url")
def test_allow_identifiers_exports_the_comment_with_a_warning(
    app: App, supervisor: App, tmp_path: Path
) -> None:
    reviewed(app, supervisor, tmp_path)
    out = tmp_path / "journal.json"
    result = run_cli("export", "json", "--allow-identifiers", "-o", str(out), home=app.paths.home)
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    assert "warning: including 2 unreviewed findings in 1 entry" in result.stderr
    assert "It includes 2 unreviewed findings" in result.stdout


@pytest.mark.usefixtures("journal_url")
def test_a_comment_finding_is_keyed_apart_from_the_same_words_in_the_entry(
    app: App, supervisor: App, tmp_path: Path
) -> None:
    entry_id = reviewed(
        app, supervisor, tmp_path, comment="Kyle Hartley sounded settled.", learnt=LEAKY_COMMENT
    )
    service = app.confidentiality
    (result,) = service.gate([entry_id], Carries.EVERYTHING)
    own = {f.text: f.fingerprint for f in result.findings}
    theirs = {p.finding.text: p.finding.fingerprint for p in result.others}
    assert own["Kyle Hartley"] != theirs["Kyle Hartley"]
    assert [p.place for p in result.others] == [
        "Comment from Sam Educator on What you learnt from doing the activity"
    ]
    # "not identifying" in the section says nothing about the comment, and the other way round
    service.dismiss(entry_id, own["Kyle Hartley"])
    (after,) = service.gate([entry_id], Carries.EVERYTHING)
    assert "Kyle Hartley" not in {f.text for f in after.findings}
    assert [p.finding.text for p in after.others] == ["Kyle Hartley"]
    service.undismiss(entry_id, own["Kyle Hartley"])
    service.dismiss(entry_id, theirs["Kyle Hartley"])
    (last,) = service.gate([entry_id], Carries.EVERYTHING)
    assert "Kyle Hartley" in {f.text for f in last.findings}
    assert last.others == []
    # a CSV or a review pack carries no reviewer's words: only the entry is gated for them
    (csv,) = service.gate([entry_id], Carries.ENTRIES)
    assert csv.others == []


@pytest.mark.usefixtures("journal_url")
def test_the_pdf_gate_reads_the_peer_discussion_it_prints_not_the_comments_it_leaves_out(
    app: App, supervisor: App, tmp_path: Path
) -> None:
    reviewed(
        app,
        supervisor,
        tmp_path,
        comment=LEAKY_COMMENT,
        peer_discussion="We talked about Kyle Hartley's move to Beechwood House.",
    )
    out = tmp_path / "p.pdf"
    args = ("export", "pdf", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(out))
    refused = run_cli(*args, home=app.paths.home)
    assert refused.returncode == 1 and not out.exists()
    assert "Peer discussion recorded by Sam Educator" in refused.stderr
    assert "Beechwood House" in refused.stderr
    assert "07700 900123" not in refused.stderr  # the section comment is not in the PDF


@pytest.mark.usefixtures("journal_url")
def test_a_clean_review_does_not_stop_any_export(app: App, supervisor: App, tmp_path: Path) -> None:
    reviewed(app, supervisor, tmp_path, comment=CLEAN_COMMENT)
    home = app.paths.home
    assert run_cli("export", "json", "-o", str(tmp_path / "j.json"), home=home).returncode == 0
    pdf = ("export", "pdf", "--from", "2026-01-01", "--to", "2026-12-31")
    result = run_cli(*pdf, "-o", str(tmp_path / "p.pdf"), home=home)
    assert result.returncode == 0, result.stderr


def test_the_hcpc_summary_of_practice_is_gated(app: App, tmp_path: Path) -> None:
    app.profile.update(name="Alex Practitioner")
    app.entries.add(make_entry("MCA workshop", day=dt.date(2026, 3, 1)))
    summary = tmp_path / "summary.txt"
    summary.write_text("I work with families; last year I supported Jayden Okafor.\n")
    out = tmp_path / "h.pdf"
    args = ("export", "pdf", "--layout", "hcpc", "--summary-file", str(summary))
    refused = run_cli(*args, "--from", "2026-01-01", "-o", str(out), home=app.paths.home)
    assert refused.returncode == 1 and not out.exists()
    assert "Your summary of practice history:" in refused.stderr
    assert "Jayden Okafor" in refused.stderr
    last = refused.stderr.strip().splitlines()[-1]
    assert last.startswith("cpdlog: export refused: 1 unreviewed finding in your summary")


def test_a_supervisors_response_is_gated_before_it_is_written(
    app: App, supervisor: App, tmp_path: Path
) -> None:
    app.profile.update(name="Alex Practitioner")
    entry = app.entries.add(make_entry("MCA workshop"))
    assert entry.id is not None
    pack = tmp_path / "pack.cpdreview"
    app.review.export_pack([entry.id], pack)
    response = tmp_path / "r.cpdresponse"
    home = supervisor.paths.home
    args = ("review", "respond", str(pack), "--name", "Sam Educator", "-o", str(response))
    refused = run_cli(*args, "--comment", f"learnt={LEAKY_COMMENT}", "--sign", "1", home=home)
    assert refused.returncode == 1 and not response.exists()
    assert "Your comment on entry 1, learnt: Phone number '07700 900123'" in refused.stderr
    assert refused.stderr.strip().splitlines()[-1].startswith("cpdlog: response refused: 2")
    # the standard sign-off statement, the practitioner's and the reviewer's names are fine
    clean = run_cli(
        *args, "--comment", "learnt=Alex shows a clear link to the Act.", "--sign", "1", home=home
    )
    assert clean.returncode == 0, clean.stderr
    response.unlink()
    allowed = run_cli(
        *args, "--comment", f"learnt={LEAKY_COMMENT}", "--allow-identifiers", home=home
    )
    assert allowed.returncode == 0, allowed.stderr
    assert "warning: the response includes 2 findings" in allowed.stderr
    assert response.is_file()


@pytest.mark.usefixtures("journal_url")
def test_the_calendar_file_is_gated_on_the_dates_the_practitioner_added(
    app: App, tmp_path: Path
) -> None:
    home = app.paths.home
    out = tmp_path / "cpd.ics"
    clean = ("remind", "settings", "--add-date", "2027-01-20", "CPD audit sampling")
    assert run_cli(*clean, home=home).returncode == 0
    done = run_cli("calendar", "export", "-o", str(out), home=home)
    assert done.returncode == 0, done.stderr  # deadlines and a CPD date hold no casework
    out.unlink()
    leaky = ("remind", "settings", "--add-date", "2027-02-03", "Court for Jayden Okafor")
    assert run_cli(*leaky, home=home).returncode == 0
    refused = run_cli("calendar", "export", "-o", str(out), home=home)
    assert refused.returncode == 1 and not out.exists()
    assert "The date “Court for Jayden Okafor”: Person's name 'Jayden Okafor'" in refused.stderr
    assert refused.stderr.strip().splitlines()[-1].startswith("cpdlog: calendar refused: 1")
    allowed = run_cli("calendar", "export", "--allow-identifiers", "-o", str(out), home=home)
    assert allowed.returncode == 0, allowed.stderr
    assert "Jayden Okafor" in out.read_text(encoding="utf-8")
