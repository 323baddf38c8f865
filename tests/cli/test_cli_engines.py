"""The everyday commands on both engines: the journal file and an organisation's PostgreSQL
server (``CPDLOG_DATABASE_URL``, set by ``journal_url``)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import cli_ok as ok
from tests.export.pdf_support import png_bytes

pytestmark = pytest.mark.usefixtures("journal_url")


def add(home: Path, title: str, date: str, *extra: str) -> int:
    out = ok(
        "entry",
        "add",
        "--title",
        title,
        "--type",
        "workshop",
        "--date",
        date,
        "--hours",
        "2",
        "--section",
        f"description=About {title}",
        "--section",
        "learnt=What the Mental Capacity Act asks of us",
        "--section",
        "impact=I record each decision separately",
        *extra,
        home=home,
    )
    return int(out.strip())


def test_add_list_search_progress_export_trash_restore(tmp_path: Path) -> None:
    home = tmp_path / "home"
    picture = tmp_path / "board.png"
    picture.write_bytes(png_bytes())
    ok("profile", "set", "--name", "Gwenllian ap Rhys", "--regulator", "swe", home=home)
    first = add(home, "Capacity workshop — ŵ", "2026-01-15", "--attach", str(picture))
    second = add(home, "Kinship care podcast", "2026-03-02", "--tag", "family")
    assert second == first + 1

    listed = ok("entry", "list", home=home)
    assert "Capacity workshop — ŵ" in listed and "Kinship care podcast" in listed

    hits = json.loads(ok("search", "kinship", "--json", home=home))
    assert [h["id"] for h in hits] == [second]
    start, end = hits[0]["highlights"][0]
    assert hits[0]["snippet"][start:end].lower() == "kinship"
    assert [h["id"] for h in json.loads(ok("search", "famil", "--json", home=home))] == [second]

    progress = json.loads(ok("progress", "--json", home=home))
    assert sorted(progress["counted_entries"]) == [first, second]

    pdf = tmp_path / "portfolio.pdf"
    ok("export", "pdf", "-o", str(pdf), home=home)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Kinship care podcast" in text and "Gwenllian ap Rhys" in text

    exported = tmp_path / "journal.zip"
    ok("export", "json", "-o", str(exported), home=home)
    with zipfile.ZipFile(exported) as archive:
        journal = json.loads(archive.read("journal.json"))
    assert sorted(e["title"] for e in journal["entries"]) == [
        "Capacity workshop — ŵ",
        "Kinship care podcast",
    ]

    def found(query: str) -> set[int]:
        return {h["id"] for h in json.loads(ok("search", query, "--json", home=home))}

    assert found("capacity") == {first, second}  # both reflections name the Act
    ok("entry", "delete", str(first), home=home)
    assert found("capacity") == {second}
    assert "Capacity workshop" in ok("trash", "list", home=home)
    ok("entry", "restore", str(first), home=home)
    assert "Capacity workshop" in ok("entry", "list", home=home)
    assert found("capacity") == {first, second}
