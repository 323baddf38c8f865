"""`cpdlog feeds settings`: automatic refresh and retention, kept with the data."""

import json
from pathlib import Path

from tests.conftest import run_cli


def test_settings_round_trip_and_bad_values(tmp_path: Path) -> None:
    home = tmp_path / "h"
    shown = json.loads(run_cli("feeds", "settings", "--json", home=home).stdout)
    assert shown["auto_refresh"] is False  # nothing is fetched until the user asks

    done = run_cli(
        "feeds",
        "settings",
        "--auto-refresh",
        "on",
        "--interval",
        "30",
        "--keep-days",
        "90",
        home=home,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(run_cli("feeds", "settings", "--json", home=home).stdout)
    assert (shown["auto_refresh"], shown["interval_minutes"], shown["retention_days"]) == (
        True,
        30,
        90,
    )

    for args in (["--interval", "5"], ["--interval", "2000"], ["--keep-days", "0"]):
        bad = run_cli("feeds", "settings", *args, home=home)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr
        assert len(bad.stderr.strip().splitlines()) == 1
    shown = json.loads(run_cli("feeds", "settings", "--json", home=home).stdout)
    assert shown["interval_minutes"] == 30 and shown["retention_days"] == 90
