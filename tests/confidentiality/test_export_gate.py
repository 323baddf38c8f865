"""The export gate on the command line: ``cpdlog export pdf|json|csv`` refuses while
unreviewed findings remain in what it would export, unless ``--allow-identifiers``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


def add(home: Path, title: str, date: str, learnt: str) -> str:
    result = run_cli(
        "entry",
        "add",
        "--title",
        title,
        "--type",
        "supervision",
        "--date",
        date,
        "--hours",
        "1",
        "--section",
        f"learnt={learnt}",
        # The other required sections too, so the entry is complete (a draft is not exported).
        "--section",
        "description=Part of my practice.",
        "--section",
        "impact=I will use it.",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split()[-1]


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | Path]:
    home = tmp_path_factory.mktemp("gate") / "home"
    ids: dict[str, str | Path] = {"home": home}
    ids["leaky"] = add(home, "Home visit", "2026-03-01", "Her son Jayden was frightened.")
    ids["clean"] = add(home, "Reading", "2026-03-02", "Munro (2011) on systems thinking.")
    ids["old"] = add(home, "Old visit", "2019-05-01", "I rang Mrs Okonjo about the move.")
    return ids


def test_pdf_refuses_and_lists_what_it_would_include(
    journal: dict[str, str | Path], tmp_path: Path
) -> None:
    home = Path(journal["home"])
    out = tmp_path / "p.pdf"
    result = run_cli("export", "pdf", "-o", str(out), home=home)
    assert result.returncode == 1
    assert not out.exists()
    assert f"Entry {journal['leaky']}: Home visit" in result.stderr
    assert "reflection.learnt" in result.stderr and "Person's name" in result.stderr
    assert "'Jayden'" in result.stderr
    # the 2019 entry is outside the period the PDF covers, so it is not listed
    assert "Okonjo" not in result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("cpdlog: export refused: 1 unreviewed finding in 1 entry")
    assert "--allow-identifiers" in summary


def test_pdf_gate_follows_the_selection_and_the_period(
    journal: dict[str, str | Path], tmp_path: Path
) -> None:
    home = Path(journal["home"])
    chosen = run_cli(
        "export", "pdf", "-o", str(tmp_path / "a.pdf"), "--entry", str(journal["clean"]), home=home
    )
    assert chosen.returncode == 0, chosen.stderr
    period = run_cli(
        "export",
        "pdf",
        "-o",
        str(tmp_path / "b.pdf"),
        "--from",
        "2019-01-01",
        "--to",
        "2019-12-31",
        home=home,
    )
    assert period.returncode == 1
    assert "Okonjo" in period.stderr and "Jayden" not in period.stderr


def test_pdf_with_allow_identifiers_goes_ahead_and_says_so(
    journal: dict[str, str | Path], tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    result = run_cli(
        "export", "pdf", "-o", str(out), "--allow-identifiers", home=Path(journal["home"])
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "'Jayden'" in result.stderr  # still listed, so the user sees what went out
    assert "includes 1 unreviewed finding" in result.stdout


def test_json_and_csv_gate_every_entry(tmp_path: Path) -> None:
    home = tmp_path / "home"
    add(home, "Reading", "2026-03-02", "Kolb (1984) on experiential learning.")
    trashed = add(home, "Old visit", "2019-05-01", "I rang Mrs Okonjo about the move.")
    assert run_cli("entry", "delete", trashed, home=home).returncode == 0

    # the trash goes into a JSON export, so its findings stop it
    refused = run_cli("export", "json", "-o", str(tmp_path / "j.json"), home=home)
    assert refused.returncode == 1 and "Okonjo" in refused.stderr
    assert not (tmp_path / "j.json").exists()
    allowed = run_cli(
        "export", "json", "-o", str(tmp_path / "j.json"), "--allow-identifiers", home=home
    )
    assert allowed.returncode == 0, allowed.stderr
    assert len(json.loads((tmp_path / "j.json").read_text())["entries"]) == 2
    assert "includes 1 unreviewed finding" in allowed.stdout

    # a CSV holds live entries only: nothing to stop it
    assert run_cli("export", "csv", "-o", str(tmp_path / "c.csv"), home=home).returncode == 0

    add(home, "Visit", "2026-03-03", "Her daughter Amara (4) was asleep.")
    csv_refused = run_cli("export", "csv", "-o", str(tmp_path / "d.csv"), home=home)
    assert csv_refused.returncode == 1
    assert "Amara" in csv_refused.stderr and "Okonjo" not in csv_refused.stderr
    assert not (tmp_path / "d.csv").exists()


def test_not_identifying_choices_persist_and_open_the_gate(tmp_path: Path) -> None:
    home = tmp_path / "home"
    entry = add(home, "Visit", "2026-03-03", "Her daughter Amara was asleep.")
    findings = json.loads(run_cli("check", entry, "--json", home=home).stdout)[0]["findings"]
    for finding in findings:
        dismissed = run_cli("check", "--dismiss", entry, finding["fingerprint"], home=home)
        assert dismissed.returncode in (0, 1), dismissed.stderr
    # a new process: the choice was stored, so the export goes ahead without the flag
    result = run_cli("export", "csv", "-o", str(tmp_path / "c.csv"), home=home)
    assert result.returncode == 0, result.stderr
    assert "unreviewed" not in result.stdout + result.stderr
