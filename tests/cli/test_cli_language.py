"""`cpdlog --language` and the desktop app's Language setting: progress and the PDF in Welsh."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import run_cli

NOW = {"CPDLOG_NOW": "2026-03-20T10:00:00+00:00", "LANG": "en_GB.UTF-8", "LANGUAGE": ""}


def journal(home: Path) -> Path:
    for title, day in (("Darlleniad", "2026-03-01"), ("Darlleniad drafft", "2026-03-02")):
        complete = ["--complete"] if title == "Darlleniad" else []
        added = run_cli(
            "entry", "add", "--title", title, "--type", "reading", "--date", day, "--hours", "2",
            "--section", "description=Am gryfderau.", "--section", "learnt=Gwrando.",
            "--section", "impact=Rwy’n gofyn beth sy’n gweithio." if complete else "impact=",
            *complete, home=home, env=NOW,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    return home


def test_progress_in_welsh_with_the_option(tmp_path: Path) -> None:
    home = journal(tmp_path / "h")
    english = run_cli("progress", home=home, env=NOW)
    assert english.returncode == 0, english.stderr
    assert "Deadline: 30 November 2026" in english.stdout
    welsh = run_cli("--language", "cy", "progress", home=home, env=NOW)
    assert welsh.returncode == 0, welsh.stderr
    out = welsh.stdout
    assert "Dyddiad cau: 30 Tachwedd 2026, 23:59 (255 diwrnod ar ôl)" in out
    assert "1 cofnod a 2 awr wedi’u cyfrif." in out
    assert "[i’w wneud] O leiaf 2 ddarn o DPP: 1 o 2" in out
    assert "Mae angen 1 cofnod arall erbyn 30 Tachwedd 2026 — 255 diwrnod ar ôl." in out
    assert "I gau’r bwlch: Cofnodwch 1 cofnod arall." in out
    assert "Pethau y gallai rheoleiddiwr eu cwestiynu:" in out
    assert "Drafft yw “Darlleniad drafft” o hyd, felly nid yw’n cyfrif" in out
    for english_text in ("needed by", "days left", "counted", "To close it", "[to do]"):
        assert english_text not in out


def test_the_saved_setting_is_followed_and_the_option_wins(tmp_path: Path) -> None:
    home = journal(tmp_path / "h")
    (home / "window.ini").write_text("[ui]\nlanguage=cy\n", encoding="utf-8")
    data = json.loads(run_cli("progress", "--json", home=home, env=NOW).stdout)
    assert data["outcome"].startswith("Angen o hyd erbyn 30 Tachwedd 2026:")
    assert data["rules"][0]["status"] == "to-do"  # ids for scripts stay as they are
    english = run_cli("--language", "en", "progress", home=home, env=NOW)
    assert "1 more entry is needed by 30 November 2026 — 255 days left." in english.stdout


def test_the_system_language_is_followed(tmp_path: Path) -> None:
    home = journal(tmp_path / "h")
    welsh = run_cli("progress", home=home, env={**NOW, "LANG": "cy_GB.UTF-8"})
    assert "Dyddiad cau: 30 Tachwedd 2026" in welsh.stdout


def test_a_bad_language_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("--language", "fr", "progress", home=tmp_path / "h", env=NOW)
    assert result.returncode == 2
    assert "invalid choice: 'fr'" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.end_to_end
def test_a_welsh_pdf_from_the_command_line(tmp_path: Path) -> None:
    home = journal(tmp_path / "h")
    out = tmp_path / "portffolio.pdf"
    # --allow-identifiers: the scanner takes the Welsh "beth" (what) for the name Beth.
    made = run_cli(
        "--language", "cy", "export", "pdf", "-o", str(out), "--allow-identifiers",
        home=home, env=NOW,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    text = "".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert "Portffolio DPP" in text and "Crynodeb" in text and "Tudalen 1 o" in text
    assert "Summary" not in text and "Page 1 of" not in text
