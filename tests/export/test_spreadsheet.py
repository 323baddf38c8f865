"""The CSV export: domain entries in, a spreadsheet-safe UTF-8 file out (no database)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from cpdlog import reference_data
from cpdlog.errors import ValidationError
from cpdlog.export.spreadsheet import CSV_COLUMNS, write_csv
from tests.conftest import make_entry


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_rows_in_date_order_with_a_bom_and_every_column(tmp_path: Path) -> None:
    later = make_entry(title="Later", day=dt.date(2026, 5, 1), id=2)
    earlier = make_entry(title="Earlier — café", day=dt.date(2026, 1, 9), id=1)
    out = tmp_path / "entries.csv"
    write_csv(out, [later, earlier], reference_data.templates())
    assert out.read_bytes().startswith("\ufeff".encode())
    header, *rows = _rows(out)
    assert tuple(header) == CSV_COLUMNS
    assert [r[1] for r in rows] == ["Earlier — café", "Later"]
    assert rows[0][4] == "2026-01-09"


def test_a_cell_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    out = tmp_path / "entries.csv"
    write_csv(out, [make_entry(title="=HYPERLINK(1)", id=1)], reference_data.templates())
    assert _rows(out)[1][1] == "'=HYPERLINK(1)"


def test_a_folder_in_the_way_is_an_export_error(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    # refused before writing (safefile.require_output), and the folder is left as it was
    with pytest.raises(ValidationError, match="is a folder, not an ordinary file"):
        write_csv(tmp_path / "taken", [], reference_data.templates())
    assert (tmp_path / "taken").is_dir()
