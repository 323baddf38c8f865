"""Two registrations at once, and `progress` per rule with [done]/[to do]/[declare]."""

import json
from pathlib import Path

from tests.conftest import run_cli


def ok(*args: str, home: Path) -> str:
    result = run_cli(*args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_swe_plus_new_york_and_wales(tmp_path: Path):
    home = tmp_path / "h"
    ok("profile", "set", "--regulator", "swe", "--registration-number", "SW1", home=home)
    ok(
        "profile", "add-registration", "--regulator", "ny-lmsw", "--registration-number",
        "LMSW-9", "--registered-on", "2020-06-01", "--license-type", "LMSW", home=home,
    )  # fmt: skip
    ok("profile", "add-registration", "--regulator", "scw", "--registered-on", "2024-09-01",
       home=home)  # fmt: skip
    profile = json.loads(ok("profile", "show", "--json", home=home))
    assert [r["regulator"] for r in profile["registrations"]] == ["swe", "ny-lmsw", "scw"]
    assert profile["regulator"] == "swe"
    ok(
        "entry", "add", "--title", "Boundaries", "--type", "course", "--date", "2026-07-01",
        "--hours", "3", "--delivery", "live", "--topic", "professional-boundaries",
        "--section", "description=A course", "--section", "learnt=Where lines are",
        "--section", "impact=I check gifts policy", home=home,
    )  # fmt: skip
    text = ok("progress", home=home)
    assert "Social Work England (SW1)" in text
    assert "New York State Education Department" in text and "(LMSW-9)" in text
    assert "[done] appropriate professional boundaries: 3 of 3" in text
    assert "[to do] 36 hours of continuing education: 3 of 36" in text
    assert "To close it: Record 33 more hours." in text
    assert "[declare] Confirm your CPD at renewal" in text
    assert "no fixed number of hours" in text
    one = json.loads(ok("progress", "--regulator", "ny-lmsw", "--json", home=home))
    assert one["regulator"] == "ny-lmsw" and len(one["registrations"]) == 1
    statuses = {r["id"]: r["status"] for r in one["rules"]}
    assert statuses == {"hours": "to-do", "boundaries": "done"}
    every = json.loads(ok("progress", "--json", home=home))
    assert [d["regulator"] for d in every["registrations"]] == ["swe", "ny-lmsw", "scw"]
    assert every["registrations"][2]["rules"][0]["met"] is None
    ok("profile", "remove-registration", "scw", home=home)
    profile = json.loads(ok("profile", "show", "--json", home=home))
    assert [r["regulator"] for r in profile["registrations"]] == ["swe", "ny-lmsw"]


def test_bad_registration_input_is_one_line_exit_2(tmp_path: Path):
    home = tmp_path / "h"
    for args, message in (
        (("profile", "add-registration", "--regulator", "ofsted"), "Unknown regulator"),
        (("profile", "add-registration", "--regulator", "swe"), "already have a registration"),
        (("profile", "add-registration", "--regulator", "tx-bswe", "--birth-month", "13"),
         "birth month"),
        (("profile", "remove-registration", "swe"), "main registration"),
        (("profile", "remove-registration", "ny-lmsw"), "no registration"),
    ):  # fmt: skip
        result = run_cli(*args, home=home)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr
    ok("profile", "add-registration", "--regulator", "tx-bswe", home=home)
    result = run_cli("progress", "--regulator", "tx-bswe", home=home)
    assert result.returncode == 2 and "birth month" in result.stderr
