"""The command line end to end, in subprocesses with a temporary data folder."""

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_cli


def ok(*args, home):
    result = run_cli(*args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.usefixtures("journal_url")  # on SQLite and on PostgreSQL
def test_add_list_show_edit_delete_restore(tmp_path: Path):
    home = tmp_path / "h"
    evidence = tmp_path / "certificate.txt"
    evidence.write_text("attended")
    new_id = ok(
        "entry",
        "add",
        "--title",
        "Live chat #12thMW",
        "--type",
        "discussion",
        "--date",
        "2026-03-13",
        "--hours",
        "1:15",
        "--url",
        "https://example.org/chat",
        "--section",
        "description=Workshop hashtag chat",
        "--section",
        "learnt=Ethics of online CPD",
        "--section",
        "impact=I share resources with my team",
        "--standard",
        "swe:4.5",
        "--tag",
        "social media",
        "--peer-name",
        "Sam",
        "--peer-role",
        "Team manager",
        "--peer-date",
        "2026-03-20",
        "--peer-text",
        "We agreed a team protocol.",
        "--attach",
        str(evidence),
        home=home,
    ).strip()
    assert new_id == "1"
    listed = json.loads(ok("entry", "list", "--json", home=home))
    assert [e["title"] for e in listed] == ["Live chat #12thMW"]
    shown = json.loads(ok("entry", "show", "1", "--json", home=home))
    assert shown["hours"] == 1.25 and shown["type"] == "discussion"
    assert shown["peer_reflection"]["text"] == "We agreed a team protocol."
    assert shown["evidence"][0]["filename"] == "certificate.txt"
    assert [s["key"] for s in shown["reflection"]["sections"]] == [
        "description",
        "learnt",
        "impact",
    ]
    text = ok("entry", "show", "1", home=home)
    assert "What you learnt" in text and "Peer reflection with Sam, Team manager" in text

    ok("entry", "edit", "1", "--title", "Live chat (edited)", "--draft", home=home)
    edited = json.loads(ok("entry", "show", "1", "--json", home=home))
    assert edited["title"] == "Live chat (edited)" and edited["status"] == "draft"
    assert edited["peer_reflection"]["name"] == "Sam"  # untouched fields stay

    ok("entry", "delete", "1", home=home)
    assert json.loads(ok("entry", "list", "--json", home=home)) == []
    assert "Live chat" in ok("trash", "list", home=home)
    ok("entry", "restore", "1", home=home)
    assert len(json.loads(ok("entry", "list", "--json", home=home))) == 1


@pytest.mark.usefixtures("journal_url")  # on SQLite and on PostgreSQL
def test_search_and_progress_json(tmp_path: Path):
    home = tmp_path / "h"
    ok(
        "entry",
        "add",
        "--title",
        "Podcast on kinship care",
        "--type",
        "podcast",
        "--date",
        "2026-02-01",
        "--section",
        "learnt=Family group conferences",
        home=home,
    )
    hits = json.loads(ok("search", "kinship", "--json", home=home))
    assert hits[0]["id"] == 1
    start, end = hits[0]["highlights"][0]
    assert hits[0]["snippet"][start:end].lower() == "kinship"

    progress = json.loads(ok("progress", "--json", home=home))
    assert progress["regulator"] == "swe"
    assert progress["period"] == {"start": "2025-12-01", "end": "2026-11-30"}
    assert progress["days_left"] == 2
    assert [r["met"] for r in progress["rules"]] == [False, False]
    # Only one of the three required sections has text: a draft, which does not count.
    assert progress["drafts"] == [1] and progress["counted_entries"] == []
    assert progress["rules"][0]["sentence"].startswith(
        "2 more entries are needed by 30 November 2026"
    )
    assert any(w["kind"] == "missing-impact" for w in progress["warnings"])
    assert any(w["kind"] == "draft-not-counted" for w in progress["warnings"])
    assert "Social Work England" in ok("progress", home=home)

    older = json.loads(ok("progress", "--period", "2025", "--json", home=home))
    assert older["period"]["end"] == "2025-11-30" and older["days_left"] < 0


def test_profile_and_niscc_from_registration(tmp_path: Path):
    home = tmp_path / "h"
    ok(
        "profile",
        "set",
        "--name",
        "Alex Example",
        "--regulator",
        "niscc",
        "--registered-on",
        "2024-02-29",
        "--registration-number",
        "NI-1",
        home=home,
    )
    profile = json.loads(ok("profile", "show", "--json", home=home))
    assert profile["regulator"] == "niscc" and profile["registered_on"] == "2024-02-29"
    progress = json.loads(ok("progress", "--json", home=home))
    assert progress["period"] == {"start": "2024-02-29", "end": "2027-02-28"}
    assert progress["rules"][0]["required"] == 90


def test_exports_imports_and_backup(tmp_path: Path):
    home = tmp_path / "h"
    ok(
        "entry",
        "add",
        "--title",
        "Seminar",
        "--type",
        "workshop",
        "--date",
        "2026-04-01",
        home=home,
    )
    ok("export", "json", "-o", str(tmp_path / "all.zip"), home=home)
    ok("export", "csv", "-o", str(tmp_path / "all.csv"), home=home)
    assert (tmp_path / "all.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    other = tmp_path / "other"
    imported = ok("import", "json", str(tmp_path / "all.zip"), home=other)
    assert imported.strip() == "Imported 1 entry; 0 were already here."
    path = Path(ok("backup", home=home).strip())
    assert path.parent == home / "backups"
    conn = sqlite3.connect(path)
    assert conn.execute("select title from entries").fetchall() == [("Seminar",)]
    conn.close()


BAD_INPUT = [
    (
        ["entry", "add", "--title", "x", "--type", "blog", "--date", "2026-02-30"],
        "not a valid date",
    ),
    (["entry", "add", "--title", "x", "--type", "blog", "--date", "30/01/2026"], "YYYY-MM-DD"),
    (
        [
            "entry",
            "add",
            "--title",
            "x",
            "--type",
            "blog",
            "--date",
            "2026-02-03",
            "--end-date",
            "2026-02-01",
        ],
        "before the start date",
    ),
    (
        ["entry", "add", "--title", "x", "--type", "blog", "--date", "2026-02-03", "--hours", "-2"],
        "negative",
    ),
    (
        [
            "entry",
            "add",
            "--title",
            "x",
            "--type",
            "blog",
            "--date",
            "2026-02-03",
            "--hours",
            "5000",
        ],
        "more than",
    ),
    (
        ["entry", "add", "--title", "x", "--type", "tweet", "--date", "2026-02-03"],
        "Unknown activity type",
    ),
    (
        [
            "entry",
            "add",
            "--title",
            "x",
            "--type",
            "blog",
            "--date",
            "2026-02-03",
            "--standard",
            "swe:9.9",
        ],
        "Unknown standard",
    ),
    (
        [
            "entry",
            "add",
            "--title",
            "x",
            "--type",
            "blog",
            "--date",
            "2026-02-03",
            "--template",
            "nope",
        ],
        "Unknown reflection template",
    ),
    (
        [
            "entry",
            "add",
            "--title",
            "x",
            "--type",
            "blog",
            "--date",
            "2026-02-03",
            "--section",
            "feelings=x",
        ],
        "no section 'feelings'",
    ),
    (
        [
            "entry",
            "add",
            "--title",
            "x",
            "--type",
            "blog",
            "--date",
            "2026-02-03",
            "--attach",
            "/nope.pdf",
        ],
        "does not exist",
    ),
    (["entry", "add", "--type", "blog", "--date", "2026-02-03"], "needs --title"),
    (["entry", "show", "99"], "no entry 99"),
    (["entry", "show", "abc"], "not an entry id"),
    (["progress", "--regulator", "hcpc-uk"], "Unknown regulator"),
    (["profile", "set", "--regulator", "niscc"], None),
    (["progress", "--regulator", "niscc"], "registration date"),
    (["entry", "list", "--from", "yesterday"], "not a valid from date"),
    (["frobnicate"], "invalid choice"),
]


@pytest.mark.parametrize(("args", "message"), BAD_INPUT)
def test_bad_input_gets_one_line_and_exit_2(tmp_path: Path, args, message):
    home = tmp_path / "h"
    ok("entry", "add", "--title", "Keep me", "--type", "blog", "--date", "2026-01-01", home=home)
    result = run_cli(*args, home=home)
    if message is None:
        assert result.returncode == 0
        return
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    stored = json.loads(ok("entry", "list", "--json", home=home))
    assert [e["title"] for e in stored] == ["Keep me"]


@pytest.mark.end_to_end  # a driver error reaches the real process's exit code
def test_not_a_database_corrupt_and_read_only(tmp_path: Path):
    home = tmp_path / "h"
    home.mkdir()
    (home / "cpdlog.sqlite").write_text("just some text, not a database\n" * 100)
    result = run_cli("entry", "list", home=home)
    assert result.returncode == 1
    assert "not a cpdlog database" in result.stderr and "Traceback" not in result.stderr
    assert (home / "cpdlog.sqlite").read_text().startswith("just some text")

    ro = tmp_path / "ro"
    ok("entry", "add", "--title", "Keep", "--type", "blog", "--date", "2026-01-01", home=ro)
    url = f"sqlite:///file:{ro / 'cpdlog.sqlite'}?mode=ro&uri=true"
    result = run_cli(
        "--database-url",
        url,
        "entry",
        "add",
        "--title",
        "New",
        "--type",
        "blog",
        "--date",
        "2026-01-02",
        home=ro,
    )
    assert result.returncode == 1, result.stderr
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert [e["title"] for e in json.loads(ok("entry", "list", "--json", home=ro))] == ["Keep"]


@pytest.mark.end_to_end  # the real command, as a user starts it
def test_version_is_quick_and_does_not_touch_the_data_folder(tmp_path: Path):
    home = tmp_path / "never"
    result = run_cli("--version", home=home)
    assert result.returncode == 0 and result.stdout.startswith("cpdlog ")
    assert not home.exists()


def test_reference_lists(tmp_path: Path):
    home = tmp_path / "h"
    types = json.loads(ok("types", "--json", home=home))
    assert {
        "id": "lived-experience",
        "label": "Feedback from people with lived experience",
    } in types
    standards = json.loads(ok("standards", "--json", home=home))
    assert [f["id"] for f in standards][:3] == ["swe", "pcf", "hcpc"]
    assert {"sssc-workers", "sssc-employers", "scw", "niscc"} <= {f["id"] for f in standards}
    assert "ca-bbs" in ok("regulators", home=home)
    templates = json.loads(ok("templates", "list", "--json", home=home))
    assert {t["id"] for t in templates} >= {"swe", "gibbs", "kolb", "driscoll", "hcpc", "free"}


def test_user_template(tmp_path: Path):
    home = tmp_path / "h"
    mine = tmp_path / "mine.toml"
    mine.write_text(
        'id = "team-huddle"\nname = "Team huddle"\n[[sections]]\nkey = "what"\n'
        'prompt = "What came up?"\n[[sections]]\nkey = "next"\nprompt = "What next?"\n'
    )
    ok("templates", "add", str(mine), home=home)
    ok(
        "entry",
        "add",
        "--title",
        "Huddle",
        "--type",
        "peer-reflection",
        "--date",
        "2026-05-05",
        "--template",
        "team-huddle",
        "--section",
        "what=Risk",
        "--section",
        "next=Plan",
        home=home,
    )
    shown = json.loads(ok("entry", "show", "1", "--json", home=home))
    assert shown["reflection"]["template"] == "team-huddle"
