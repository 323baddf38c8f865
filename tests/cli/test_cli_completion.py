"""A title-only entry is a draft, never finished CPD: `entry add/edit`, `--complete`, progress."""

import json
from pathlib import Path

from tests.conftest import run_cli

NOW = {"CPDLOG_NOW": "2026-12-01T10:00:00+00:00"}
FULL = [
    "--section",
    "description=A reading on risk.",
    "--section",
    "learnt=Defensible decisions.",
    "--section",
    "impact=I write my rationale down.",
]


def _add(home: Path, *extra: str, title: str = "X"):
    return run_cli(
        "entry", "add", "--title", title, "--type", "reading", "--date", "2026-12-01", *extra,
        home=home, env=NOW,
    )  # fmt: skip


def test_title_only_entries_are_drafts_and_progress_does_not_count_them(tmp_path: Path) -> None:
    home = tmp_path / "h"
    for expected_id in ("1", "2"):
        result = _add(home)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == expected_id
        [line] = result.stderr.splitlines()
        assert line.startswith(
            f"cpdlog: entry {expected_id} is saved as a draft, not counted as CPD yet:"
        )
        assert "'What you learnt from doing the activity' section" in line
        assert "Traceback" not in result.stderr
    shown = json.loads(run_cli("entry", "show", "1", "--json", home=home, env=NOW).stdout)
    assert shown["status"] == "draft"
    progress = run_cli("progress", home=home, env=NOW)
    assert progress.returncode == 0, progress.stderr
    assert "[done]" not in progress.stdout
    assert "[to do] At least 2 pieces of CPD: 0 of 2" in progress.stdout
    assert "0 entries and 0 hours counted." in progress.stdout
    data = json.loads(run_cli("progress", "--json", home=home, env=NOW).stdout)
    assert data["counted_entries"] == [] and sorted(data["drafts"]) == [1, 2]


def test_complete_refuses_when_something_required_is_missing(tmp_path: Path) -> None:
    home = tmp_path / "h"
    refused = _add(home, "--complete", "--section", "learnt=Something.")
    assert refused.returncode == 2 and refused.stdout == ""
    [line] = refused.stderr.splitlines()
    assert "cannot be complete yet" in line and "'A short description" in line
    assert "learnt from doing" not in line  # only what is missing is named
    assert run_cli("entry", "list", home=home, env=NOW).stdout.strip() == "No entries."

    done = _add(home, "--complete", *FULL)
    assert done.returncode == 0 and done.stderr == "" and done.stdout.strip() == "1"
    assert json.loads(run_cli("entry", "show", "1", "--json", home=home).stdout)["status"] == (
        "complete"
    )


def test_a_full_entry_is_complete_and_emptying_a_section_makes_it_a_draft(tmp_path: Path) -> None:
    home = tmp_path / "h"
    added = _add(home, *FULL)
    assert added.returncode == 0 and added.stderr == ""
    edited = run_cli("entry", "edit", "1", "--section", "impact=", home=home, env=NOW)
    assert edited.returncode == 0
    assert "cpdlog: entry 1 is saved as a draft" in edited.stderr
    assert "'The positive impact" in edited.stderr
    assert json.loads(run_cli("entry", "show", "1", "--json", home=home).stdout)["status"] == (
        "draft"
    )
    again = run_cli("entry", "edit", "1", "--complete", home=home, env=NOW)
    assert again.returncode == 2 and "cannot be complete yet" in again.stderr
    fixed = run_cli(
        "entry", "edit", "1", "--complete", "--section", "impact=Better notes.",
        home=home, env=NOW,
    )  # fmt: skip
    assert fixed.returncode == 0 and fixed.stderr == ""
    # An explicit --draft stays quiet: the user asked for a draft.
    quiet = _add(home, "--draft", title="Later")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_progress_after_the_deadline_reports_the_period_just_ended(tmp_path: Path) -> None:
    home = tmp_path / "h"
    day = ["--date", "2026-11-20"]
    for title in ("Reading one", "Reading two"):
        result = run_cli(
            "entry", "add", "--title", title, "--type", "reading", *day, *FULL,
            "--section", f"description=About {title}.", home=home, env=NOW,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    out = run_cli("progress", home=home, env=NOW).stdout
    ended, _, current = out.partition("Social Work England: 1 December 2026")
    assert "The period just ended: 1 December 2025 to 30 November 2026" in ended
    assert (
        "Not met by the deadline of 30 November 2026: 1 more entry with a peer reflection "
        "was still needed." in ended
    )
    assert "2 entries and 3 hours counted" not in ended  # no hours given: 0 hours
    assert "2 entries and 0 hours counted." in ended
    assert "--from 2025-12-01 --to 2026-11-30" in ended
    assert "needed by 30 November 2026" not in out  # a passed deadline is never "needed by"
    assert "(364 days left)" in current
    data = json.loads(run_cli("progress", "--json", home=home, env=NOW).stdout)
    assert data["just_ended"]["period"] == {"start": "2025-12-01", "end": "2026-11-30"}
    assert data["just_ended"]["met"] is False and data["period"]["start"] == "2026-12-01"
