"""The Welsh glossary keeps its promises: its tables are whole, every term it says was seen
names the page it was seen on, the corrections it lists still match the catalogue's messages,
and its quotation of Social Care Wales's name for the Code is the one the framework file uses."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from cpdlog import reference_data
from cpdlog.domain.frameworks import WELSH

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "resources" / "translations" / "glossary_cy.md"
WELSH_TS = ROOT / "resources" / "translations" / "cpdlog_cy.ts"

# A Source cell that says a term was seen somewhere: it must then say where.
CLAIMS_A_SOURCE = re.compile(r"^(Social Care Wales|Welsh law|Welsh Government|OpenLearn|HCPC)")
URL = re.compile(r"https?://\S+")


def tables(text: str) -> list[tuple[str, list[list[str]]]]:
    """Each Markdown table with its nearest heading, as rows of cells (header row first)."""
    found: list[tuple[str, list[list[str]]]] = []
    heading = ""
    rows: list[list[str]] | None = None
    for line in text.splitlines():
        if not line.startswith("|"):
            rows = None
            if line.startswith("#"):
                heading = line.lstrip("#").strip()
            continue
        assert line.endswith("|"), f"a table row does not end its last cell: {line[:60]}"
        if rows is None:
            rows = []
            found.append((heading, rows))
        if not line.startswith("|---"):
            rows.append([c.strip() for c in line[1:-1].split(" | ")])
    return found


def table(heading: str) -> list[list[str]]:
    (rows,) = [rows for h, rows in tables(GLOSSARY.read_text(encoding="utf-8")) if h == heading]
    return rows


def catalogue() -> dict[tuple[str, str], str]:
    messages: dict[tuple[str, str], str] = {}
    for context in ET.parse(WELSH_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            messages[(name, message.findtext("source") or "")] = text
    return messages


def test_every_row_of_every_table_has_its_tables_columns() -> None:
    found = tables(GLOSSARY.read_text(encoding="utf-8"))
    assert len(found) >= 5  # terms, Qt's words, the regulators' Welsh, SCW's, the corrections
    for heading, rows in found:
        width = len(rows[0])
        for row in rows:
            assert len(row) == width, f"{heading}: {row[0]!r} has {len(row)} cells, not {width}"


def test_a_term_said_to_be_seen_names_the_page_it_was_seen_on() -> None:
    checked = 0
    for _heading, rows in tables(GLOSSARY.read_text(encoding="utf-8")):
        if rows[0][:3] != ["English", "Cymraeg", "Source"]:
            continue
        for english, _welsh, source, _confidence in rows[1:]:
            if CLAIMS_A_SOURCE.match(source):
                checked += 1
                assert URL.search(source), f"{english!r}: its source names no page"
            # Nothing in the stored copies was TermCymru's own entry, so none may claim it.
            assert "TermCymru (unconfirmed)" not in source, english
    assert checked >= 20


def test_the_listed_corrections_match_the_catalogues_messages() -> None:
    rows = table("Catalogue strings to correct")
    assert rows[0] == ["Context", "English source", "Welsh now", "Corrected Welsh", "Why"]
    messages = catalogue()
    assert len(rows) > 1
    for context, source, now, corrected, _why in rows[1:]:
        assert (context, source) in messages, f"no message {context}|{source} in the catalogue"
        # Either not applied yet, or applied: anything else means the two have drifted apart.
        assert messages[(context, source)] in (now, corrected), f"{context}|{source}"
        assert now != corrected


def test_the_glossary_quotes_the_name_and_page_the_social_care_wales_framework_uses() -> None:
    scw = reference_data.catalogue().framework("scw")
    assert scw is not None
    rows = table("The regulators' own Welsh (quoted, never translated)")
    quoted = [
        row for row in rows if row[0].startswith('"Code of Professional Practice for Social Care"')
    ]
    assert len(quoted) == 1
    _what, welsh, source, _status = quoted[0]
    assert (welsh, source) == (scw.name_in(WELSH), scw.source_cy)
