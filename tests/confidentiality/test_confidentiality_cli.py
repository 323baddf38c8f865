"""``cpdlog check`` end to end, in a subprocess as a user would run it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def add_entry(home: Path, learnt: str) -> str:
    result = run_cli(
        "entry",
        "add",
        "--title",
        "Reflection",
        "--type",
        "supervision",
        "--date",
        "2026-03-01",
        "--section",
        f"learnt={learnt}",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split()[-1]


def test_check_exit_codes_json_dismiss_and_redact(tmp_path: Path) -> None:
    home = tmp_path / "home"
    leaky = add_entry(home, "Her son Jayden (7) lives at 14 Acacia Avenue, M14 5AA.")
    clean = add_entry(home, "Munro (2011) and section 47 of the Children Act 1989.")

    assert run_cli("check", clean, home=home).returncode == 0
    listed = run_cli("check", home=home)
    assert listed.returncode == 1
    assert "Jayden" in listed.stdout and "[child A]" in listed.stdout

    as_json = run_cli("check", leaky, "--json", home=home)
    assert as_json.returncode == 1
    data = json.loads(as_json.stdout)
    findings = data[0]["findings"]
    assert {f["kind"] for f in findings} == {"name", "age", "address", "postcode"}
    postcode = next(f for f in findings if f["kind"] == "postcode")

    dismissed = run_cli("check", "--dismiss", leaky, postcode["fingerprint"], home=home)
    assert dismissed.returncode == 1  # others remain
    again = json.loads(run_cli("check", leaky, "--json", home=home).stdout)
    assert "postcode" not in {f["kind"] for f in again[0]["findings"]}

    redacted = run_cli("check", "--redact", leaky, home=home)
    assert redacted.returncode == 0, redacted.stdout + redacted.stderr
    shown = run_cli("entry", "show", leaky, "--json", home=home)
    text = json.loads(shown.stdout)["reflection"]["sections"][0]["text"]
    assert text == "Her son [child A] ([age]) lives at [address], M14 5AA."
    assert run_cli("check", home=home).returncode == 0


def test_check_errors_are_one_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    leaky = add_entry(home, "Her son Jayden was upset.")
    unknown = run_cli("check", "--dismiss", leaky, "name-0000000000", home=home)
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("cpdlog: ") and "Traceback" not in unknown.stderr
    missing = run_cli("check", "999", home=home)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    bad = run_cli("check", "--dismiss", "abc", "x", home=home)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
