"""``cpdlog review``: the whole flow on the command line, and bad input (one line, exit 2)."""

from pathlib import Path

import pytest

from tests.conftest import run_cli


def _add(home: Path, title: str) -> str:
    done = run_cli(
        "entry", "add", "--title", title, "--type", "workshop", "--date", "2026-03-01",
        "--hours", "3", "--section", "description=What happened.", "--section",
        "learnt=What I learnt.", "--section", "impact=What changed.", home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def flow(tmp_path: Path) -> dict[str, Path]:
    practitioner, supervisor = tmp_path / "p", tmp_path / "s"
    named = run_cli("profile", "set", "--name", "Alex Practitioner", home=practitioner)
    assert named.returncode == 0, named.stderr
    _add(practitioner, "MCA workshop")
    _add(practitioner, "Podcast on ASYE")
    pack = tmp_path / "pack.cpdreview"
    done = run_cli("review", "export", "1", "2", "-o", str(pack), home=practitioner)
    assert done.returncode == 0, done.stderr
    assert "Review pack with 2 entries" in done.stdout and "fingerprint" in done.stdout
    return {"p": practitioner, "s": supervisor, "pack": pack, "out": tmp_path / "r.cpdresponse"}


@pytest.mark.end_to_end
def test_the_whole_flow_as_users_run_it(flow):
    shown = run_cli("review", "open", str(flow["pack"]), home=flow["s"])
    assert shown.returncode == 0, shown.stderr
    assert "Review pack from Alex Practitioner" in shown.stdout and "it is intact" in shown.stdout
    assert "[1] MCA workshop" in shown.stdout and "[2] Podcast on ASYE" in shown.stdout
    assert "  learnt (What you learnt from doing the activity):" in shown.stdout
    done = run_cli(
        "review", "respond", str(flow["pack"]), "--name", "Sam Educator", "--role",
        "Practice educator", "--comment", "1:learnt=Clear link to the Act.", "--comment",
        "2:entry=Good choice.", "--peer-discussion", "1=We discussed capacity.", "--sign", "1",
        "2", "-o", str(flow["out"]), home=flow["s"],
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "3 comment(s) and 2 sign-off(s)" in done.stdout
    done = run_cli("review", "import", str(flow["out"]), home=flow["p"])
    assert done.returncode == 0, done.stderr
    assert "First response from Sam Educator (Practice educator)" in done.stdout
    assert "Signed off: MCA workshop" in done.stdout
    again = run_cli("review", "import", str(flow["out"]), home=flow["p"])
    assert again.returncode == 2 and "already imported" in again.stderr
    assert again.stderr.count("\n") == 1


def test_a_changed_entry_is_signed_for_an_earlier_version(flow):
    done = run_cli(
        "review", "respond", str(flow["pack"]), "--name", "Sam", "--sign", "1",
        "-o", str(flow["out"]), home=flow["s"],
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert run_cli("entry", "edit", "1", "--title", "MCA (edited)", home=flow["p"]).returncode == 0
    done = run_cli("review", "import", str(flow["out"]), home=flow["p"])
    assert done.returncode == 0, done.stderr
    assert "Signed off for an earlier version (the entry has changed since): MCA (edited)" in (
        done.stdout
    )


BAD_RESPONDS = {
    "no entry number with two entries": (["--comment", "learnt=x"], "say which one"),
    "unknown section": (["--comment", "1:nonsense=x"], "no section 'nonsense'"),
    "no such entry": (["--sign", "7"], "no entry 7"),
    "entry zero": (["--sign", "0"], "numbered from 1"),
    "not a number": (["--sign", "one"], "not an entry number"),
    "malformed comment": (["--comment", "no equals sign"], "SECTION=TEXT"),
    "malformed peer": (["--peer-discussion", "capacity"], "N=TEXT"),
    "bad peer date": (["--peer-discussion", "1=x", "--peer-date", "2026-13-01"], "YYYY-MM-DD"),
    "nothing said": ([], "empty"),
}


@pytest.mark.parametrize("case", BAD_RESPONDS, ids=list(BAD_RESPONDS))
def test_bad_respond_input_is_one_line_and_exit_2(flow, case):
    extra, message = BAD_RESPONDS[case]
    done = run_cli(
        "review", "respond", str(flow["pack"]), "--name", "Sam", *extra, "-o", str(flow["out"]),
        home=flow["s"],
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and done.stderr.count("\n") == 1
    assert not flow["out"].exists()


def test_bad_files_are_one_line_and_exit_2(flow, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    junk = tmp_path / "junk.cpdresponse"
    junk.write_bytes(b"\x00\xff garbage")
    cases = [
        (["review", "open", str(tmp_path / "missing.cpdreview")], flow["s"], "no file"),
        (["review", "open", str(folder)], flow["s"], "folder"),
        (["review", "import", str(junk)], flow["p"], "not UTF-8"),
        (["review", "import", str(flow["pack"])], flow["p"], "not a review response"),
        (["review", "open", str(junk)], flow["s"], "not UTF-8"),
        (["review", "export", "99", "-o", str(tmp_path / "x")], flow["p"], "no entry 99"),
        (["review", "export", "-o", str(tmp_path / "x")], flow["p"], "ENTRY"),
    ]
    for argv, home, message in cases:
        done = run_cli(*argv, home=home)
        assert done.returncode == 2, (argv, done.stderr)
        assert message in done.stderr and done.stderr.count("\n") == 1, (argv, done.stderr)
        assert "Traceback" not in done.stderr


def test_progress_says_which_signed_off_entries_changed_since(flow):
    import json

    done = run_cli(
        "review", "respond", str(flow["pack"]), "--name", "Sam", "--sign", "1", "2",
        "-o", str(flow["out"]), home=flow["s"],
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert run_cli("review", "import", str(flow["out"]), home=flow["p"]).returncode == 0
    before = run_cli("progress", home=flow["p"])
    assert "Signed off by a reviewer: 2 of 2 entries." in before.stdout
    assert "Changed since" not in before.stdout
    edited = run_cli("entry", "edit", "2", "--section", "impact=Rewritten.", home=flow["p"])
    assert edited.returncode == 0, edited.stderr
    after = run_cli("progress", home=flow["p"])
    assert "Signed off by a reviewer: 2 of 2 entries; 1 changed since." in after.stdout
    assert (
        "  - entry 2, Podcast on ASYE: Changed since it was signed off on 28 November 2026."
        in after.stdout
    )
    data = json.loads(run_cli("progress", "--json", home=flow["p"]).stdout)
    assert data["signed_off"] == {"entries": [1, 2], "changed_since": [2]}
    cymraeg = run_cli("--language", "cy", "progress", home=flow["p"])
    assert cymraeg.returncode == 0, cymraeg.stderr
    assert "Wedi'u cymeradwyo gan adolygydd: 2 o 2 cofnod; 1 wedi newid ers hynny." in (
        cymraeg.stdout
    )
    assert "Wedi newid ers iddo gael ei gymeradwyo ar 28 Tachwedd 2026" in cymraeg.stdout
    assert "Signed off by" not in cymraeg.stdout
