"""``cpdlog export pdf`` and ``cpdlog entry show --form swe`` in subprocesses, as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import cli_ok as ok
from tests.conftest import run_cli
from tests.export.pdf_support import body_text, page_texts, pdf_bytes, png_bytes, squash


def add(home: Path, title: str, date: str, *extra: str) -> int:
    out = ok(
        "entry",
        "add",
        "--title",
        title,
        "--type",
        "workshop",
        "--date",
        date,
        "--hours",
        "2",
        "--section",
        f"description=About {title}",
        "--section",
        "learnt=Line one\nLine two",
        "--section",
        "impact=Better practice",
        *extra,
        home=home,
    )
    return int(out.strip())


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal (clock: 28 November 2026) with two entries this period, one draft, one old.

    Shared by the tests in this module (they only read it) to keep subprocess runs down.
    """
    tmp_path = tmp_path_factory.mktemp("journal")
    home = tmp_path / "home"
    ok(
        "profile",
        "set",
        "--name",
        "Gwenllian ap Rhys",
        "--registration-number",
        "SW99",
        "--regulator",
        "swe",
        home=home,
    )
    picture = tmp_path / "photo.png"
    picture.write_bytes(png_bytes())
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not an image")
    certificate = tmp_path / "certificate.pdf"
    certificate.write_bytes(pdf_bytes(1, "Attended"))
    add(
        home,
        "Workshop on <b>ethics</b> & law",
        "2026-01-15",
        "--attach",
        str(picture),
        "--attach",
        str(broken),
        "--attach",
        str(certificate),
        "--peer-name",
        "Sam",
        "--peer-role",
        "Supervisor",
        "--peer-text",
        "We talked it over",
    )
    add(home, "Conference on ŵ ŷ and “quotes”", "2026-03-02", "--standard", "swe:4.6")
    add(home, "Draft thoughts", "2026-04-01", "--draft")
    add(home, "Last year's course", "2025-06-01")
    return home


def test_export_pdf_default_period(journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "portfolio.pdf"
    result = run_cli("export", "pdf", "-o", str(out), home=journal)
    assert result.returncode == 0, result.stderr
    assert "2 entries" in result.stdout
    # The broken image is a warning on stderr, and still a clean exit.
    assert "broken.jpg" in result.stderr and "warning" in result.stderr
    text = body_text(out)
    assert squash("Workshop on <b>ethics</b> & law") in text
    assert squash("Conference on ŵ ŷ and “quotes”") in text
    assert "Draftthoughts" not in text and "Lastyear" not in text
    assert squash("1 December 2025 to 30 November 2026") in squash(page_texts(out)[0])
    assert squash("Gwenllian ap Rhys") in text
    assert PdfReader(out).pages[-1].extract_text().startswith("Attended page 1")


def test_export_pdf_options(journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    summary = tmp_path / "summary.txt"
    summary.write_text("I work in a hospital social work team.", encoding="utf-8")
    result = run_cli(
        "export",
        "pdf",
        "-o",
        str(out),
        "--from",
        "2025-01-01",
        "--to",
        "2026-12-31",
        "--include-drafts",
        "--page-size",
        "letter",
        "--layout",
        "hcpc",
        "--summary-file",
        str(summary),
        "--statement-entry",
        "1",
        "--statement-entry",
        "2",
        home=journal,
    )
    assert result.returncode == 0, result.stderr
    assert "4 entries" in result.stdout
    text = body_text(out)
    assert squash("Part 3: Personal statement") in text
    assert "DRAFT" in text and squash("Last year's course") in text
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612


def test_export_pdf_chosen_entries(journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "chosen.pdf"
    result = run_cli("export", "pdf", "-o", str(out), "--entry", "2", "--entry", "3", home=journal)
    assert result.returncode == 0, result.stderr
    assert "1 entry" in result.stdout
    assert "Entry 3 is a draft" in result.stderr
    text = body_text(out)
    assert squash("Conference on") in text and "Workshopon" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--entry", "99"], "no entry 99"),
        (["--from", "2026-13-01"], "not a valid start date"),
        (["--from", "2026-05-01", "--to", "2026-01-01"], "starts"),
        (["--summary-file", "x.txt"], "need --layout hcpc"),
        (["--layout", "hcpc", "--summary-file", "/nonexistent/x.txt"], "could not be read"),
        (["--page-size", "a3"], "invalid choice"),
    ],
)
def test_export_pdf_bad_input_exits_2(
    journal: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "bad.pdf"
    result = run_cli("export", "pdf", "-o", str(out), *args, home=journal)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_export_pdf_with_no_entries(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = run_cli("export", "pdf", "-o", str(out), home=tmp_path / "new")
    assert result.returncode == 0, result.stderr
    assert "0 entries" in result.stdout
    assert "name is not set" in result.stderr
    assert squash("There are no entries") in body_text(out)


def test_export_pdf_inside_a_file_is_refused_with_exit_2(journal: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("export", "pdf", "-o", str(blocker / "p.pdf"), home=journal)
    assert result.returncode == 2  # safefile.require_output: bad usage (review 7, finding 2)
    assert "is a file, not a folder" in result.stderr
    assert blocker.read_text() == "x"


def test_entry_show_form_swe(journal: Path) -> None:
    out = ok("entry", "show", "1", "--form", "swe", home=journal)
    assert out.startswith("Type of CPD\n-----------\nWorkshop or seminar\n")
    assert out.index("Short description") < out.index("Date\n") < out.index("What you learnt")
    assert "About Workshop on <b>ethics</b> & law" in out
    assert "Line one\nLine two" in out
    assert "Peer reflection (P)" in out and "We talked it over" in out


def test_entry_show_form_rejects_unknown_forms(journal: Path) -> None:
    result = run_cli("entry", "show", "1", "--form", "hcpc", home=journal)
    assert result.returncode == 2
