"""Files from outside, end to end: one line on stderr, exit 2, nothing read that should not be."""

import json
import os
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def _one_line(result, code: int = 2) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_the_reported_traversal_backup_leaks_and_deletes_nothing(tmp_path: Path):
    home = tmp_path / "h"
    victim = tmp_path / "victim.txt"
    victim.write_text("not cpdlog's")
    crafted = tmp_path / "crafted.json"
    up = "../" * 9
    crafted.write_text(
        json.dumps(
            {
                "format": "cpdlog-journal",
                "version": 1,
                "entries": [
                    {
                        "uid": "u1",
                        "title": "t",
                        "type": "reading",
                        "start_date": "2026-03-01",
                        "hours": 1,
                        "evidence": [{"sha256": f"{up}etc/passwd", "filename": "f.txt", "size": 1}],
                    },
                    {
                        "uid": "u2",
                        "title": "t2",
                        "type": "reading",
                        "start_date": "2026-03-01",
                        "hours": 1,
                        "deleted_at": "2026-05-01T10:00:00+00:00",
                        "evidence": [
                            {"sha256": f"{up}{victim}".replace("//", "/"), "filename": "f.txt"}
                        ],
                    },
                ],
            }
        )
    )
    line = _one_line(run_cli("import", "json", str(crafted), home=home))
    assert "entries[0].evidence[0].sha256" in line and "Nothing was imported" in line
    leak = tmp_path / "leak.json"
    exported = run_cli("export", "json", "-o", str(leak), "--allow-identifiers", home=home)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(leak.read_text())["entries"] == []
    assert "root:" not in leak.read_text()
    emptied = run_cli("trash", "empty", "--yes", home=home)
    assert emptied.returncode == 0, emptied.stderr
    assert victim.read_text() == "not cpdlog's"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"format":"cpdlog-journal","version":"1","entries":[]}', "version"),
        ('{"format":"cpdlog-journal","version":null,"entries":[]}', "version"),
        (
            '{"format":"cpdlog-journal","version":1,"entries":[{"title":"t","type":"reading",'
            '"start_date":"2026-03-01","hours":1' + "0" * 400 + "}]}",
            "entries[0].hours",
        ),
        (
            '{"format":"cpdlog-journal","version":1,"entries":[],'
            '"practitioner":{"custom":{"period_years":"ten"}}}',
            "practitioner.custom.period_years",
        ),
        (
            '{"format":"cpdlog-journal","version":1,"entries":'
            + "[" * 200_000
            + "]" * 200_000
            + "}",
            "more than 32 deep",
        ),
    ],
)
def test_bad_backups_get_one_line_naming_the_field(tmp_path: Path, body: str, field: str):
    path = tmp_path / "bad.json"
    path.write_text(body)
    line = _one_line(run_cli("import", "json", str(path), home=tmp_path / "h"))
    assert field in line


@posix_only
@pytest.mark.end_to_end  # a FIFO that blocked would block the test process itself
def test_paths_that_are_not_files_say_what_they_are_and_never_block(tmp_path: Path):
    home = tmp_path / "h"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    add = ("entry", "add", "--title", "x", "--type", "blog", "--date", "2026-01-02")
    pdf = ("export", "pdf", "-o", str(tmp_path / "p.pdf"), "--layout", "hcpc")
    cases = [
        (("feeds", "import", str(fifo)), "is a named pipe (FIFO)"),
        (("feeds", "import", "/dev/zero"), "is a device"),
        (("feeds", "import", str(tmp_path)), "is a folder"),
        (("import", "json", str(fifo)), "is a named pipe (FIFO)"),
        (("import", "json", "/dev/zero"), "is a device"),
        (("templates", "add", str(fifo)), "is a named pipe (FIFO)"),
        ((*add, "--attach", str(fifo)), "is a named pipe (FIFO)"),
        ((*add, "--attach", str(tmp_path)), "is a folder"),
        ((*add, "--attach", "/dev/zero"), "is a device"),
        ((*pdf, "--summary-file", "/dev/zero"), "is a device"),
    ]
    for args, expected in cases:
        line = _one_line(run_cli(*args, home=home))
        assert expected in line, (args, line)
    listed = run_cli("entry", "list", "--json", home=home)
    assert json.loads(listed.stdout) == []  # nothing half-added


@pytest.mark.end_to_end  # a stack overflow would take the test process down with it
def test_a_template_nested_too_deeply_is_a_message(tmp_path: Path):
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 100_000 + "]" * 100_000)
    line = _one_line(run_cli("templates", "add", str(deep), home=tmp_path / "h"))
    assert "nested too deeply" in line
    big = tmp_path / "big.toml"
    big.write_text('id = "big"\n# ' + "x" * (1024 * 1024) + "\n")
    line = _one_line(run_cli("templates", "add", str(big), home=tmp_path / "h"))
    assert "larger than 1 MiB" in line
