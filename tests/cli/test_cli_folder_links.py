"""The evidence, backups and templates folders may not be links out of the data folder (review 7,
finding 10): cpdlog refuses to open the journal, in one line, and writes nothing there. A link
to a folder inside the data folder is still fine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import cli_ok, run_cli


@pytest.mark.parametrize("name", ["evidence", "backups", "templates"])
def test_a_folder_link_out_of_the_data_folder_is_refused(tmp_path: Path, name: str) -> None:
    home = tmp_path / "home"
    cli_ok("entry", "list", home=home)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    place = home / name
    if place.exists():
        place.rename(home / f"{name}.old")
    place.symlink_to(outside, target_is_directory=True)
    done = run_cli("entry", "list", home=home)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stderr.startswith("cpdlog: ") and done.stderr.count("\n") == 1
    assert "outside the data folder" in done.stderr and name in done.stderr
    assert [p.name for p in outside.iterdir()] == ["keep.txt"]
    assert place.is_symlink()


def test_a_folder_link_inside_the_data_folder_is_still_used(tmp_path: Path) -> None:
    home = tmp_path / "home"
    cli_ok("entry", "list", home=home)
    inside = home / "my-templates"
    inside.mkdir()
    templates = home / "templates"
    if templates.exists():
        templates.rename(home / "templates.old")
    templates.symlink_to(inside, target_is_directory=True)
    cli_ok("entry", "list", home=home)
