"""Error messages, the calendar file and the login check's wording in Welsh (cpdlog.i18n).

A small test catalogue stands in for ``cpdlog_cy.ts`` (whose Welsh for these strings is added
when the lead regenerates it), so each test proves the wording is looked up when it is used,
in the language chosen for the process.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from cpdlog import i18n, safefile
from cpdlog.capture.api import NESTED, NOT_JSON, ApiError, decode_json
from cpdlog.domain.reminders import KeyDate, parse_days
from cpdlog.errors import ERRORS, ReadOnlyError, ValidationError
from cpdlog.services.app import App
from cpdlog.services.reminders import ReminderService
from tests.conftest import run_cli

CAL = "cpdlog.calendar"
CLI = "cpdlog.cli"
WELSH_FORMS = ("%n diwrnod",) * 5

SINGULAR = {
    (CAL, "{who} CPD deadline"): "Dyddiad cau DPP {who}",
    (CAL, "CPD deadlines"): "Dyddiadau cau DPP",
    (
        CAL,
        "Your {who} CPD for {period} must be recorded by {time} ({timezone} time) on {date}.",
    ): "Rhaid cofnodi eich DPP {who} ar gyfer {period} erbyn {time} (amser {timezone}) ar {date}.",
    (CAL, "What is needed: {rules}."): "Beth sydd ei angen: {rules}.",
    (CAL, "Open cpdlog to see what is still missing."): (
        "Agorwch cpdlog i weld beth sydd ar goll o hyd."
    ),
    (CAL, "Your {who} CPD is due"): "Mae eich DPP {who} yn ddyledus",
    (CAL, "{what} {when}"): "{what} {when}",
    (CAL, "today"): "heddiw",
    (CAL, "{label} (added in cpdlog)."): "{label} (ychwanegwyd yn cpdlog).",
    (
        ERRORS,
        "'{part}' is not a number of days; give whole numbers such as 90,30,14,3.",
    ): "Nid yw '{part}' yn nifer o ddiwrnodau; rhowch rifau cyfan fel 90,30,14,3.",
    (ERRORS, "{path} is {kind_of}, not {article}."): "Mae {path} yn {kind_of}, nid {article}.",
    (ERRORS, "a folder"): "ffolder",
    (
        ERRORS,
        "Your journal is open read-only (the folder {home} cannot be written); "
        "changes cannot be saved.",
    ): "Mae eich dyddlyfr ar agor i'w ddarllen yn unig (ni ellir ysgrifennu i'r ffolder "
    "{home}); ni ellir cadw newidiadau.",
    (
        ERRORS,
        "{path} is {kind_of}, not an ordinary file, so cpdlog will not write there. "
        "Choose a file name.",
    ): "Mae {path} yn {kind_of}, nid yn ffeil gyffredin, felly ni fydd cpdlog yn ysgrifennu "
    "yno. Dewiswch enw ffeil.",
    (
        CLI,
        "Wrote {path} ({events}, {alarms}). Import it into your calendar.",
    ): "Ysgrifennwyd {path} ({events}, {alarms}). Mewnforiwch y ffeil i’ch calendr.",
    (CLI, "Check at login: {state}"): "Gwirio wrth fewngofnodi: {state}",
    (CLI, "off"): "i ffwrdd",
    (ERRORS, "{host} sent an answer that is not valid JSON."): "Anfonodd {host} ateb heb JSON.",
    (ERRORS, "{host} sent an answer nested too deeply to read."): "Mae ateb {host} yn rhy ddwfn.",
    (
        ERRORS,
        "{name} was exported by a newer cpdlog; please update cpdlog to import it.",
    ): "Cafodd {name} ei allforio gan cpdlog mwy newydd.",
}
NUMERUS = {
    (CAL, "in %n days"): tuple(f"ymhen {form}" for form in WELSH_FORMS),
    (CLI, "%n dates"): ("%n dyddiad",) * 5,
    (CLI, "%n reminders"): ("%n nodyn atgoffa",) * 5,
}


@pytest.fixture
def welsh(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = i18n.parse_catalogue(i18n.catalogue_path("cy").read_bytes(), "cy")  # dates…
    catalogue = i18n.Catalogue(
        "cy",
        singular={
            **shipped.singular,
            **{(context, text, ""): welsh for (context, text), welsh in SINGULAR.items()},
        },
        numerus={
            **shipped.numerus,
            **{(context, text, ""): forms for (context, text), forms in NUMERUS.items()},
        },
    )
    monkeypatch.setitem(i18n._catalogues, "cy", catalogue)
    i18n.set_language(i18n.WELSH)


def test_the_calendar_file_is_in_welsh(app: App, tmp_path: Path, welsh: None) -> None:
    service = ReminderService(app)
    service.update_plan(
        days_before=(30, 0), add_dates=[KeyDate(dt.date(2027, 1, 15), "Samplu DPP")]
    )
    path = service.export_calendar(tmp_path / "cpd.ics").path
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Dyddiadau cau DPP"
    events = list(cal.walk("VEVENT"))
    deadline, key_date = events[0], events[2]
    # Social Work England is a proper name: the catalogue keeps it in English
    assert str(deadline["SUMMARY"]) == "Dyddiad cau DPP Social Work England"
    description = str(deadline["DESCRIPTION"])
    assert description.startswith("Rhaid cofnodi eich DPP Social Work England ar gyfer ")
    assert "(amser Europe/London) ar 30 Tachwedd 2026." in description
    assert "Beth sydd ei angen: " in description
    assert description.endswith("Agorwch cpdlog i weld beth sydd ar goll o hyd.")
    alarms = sorted(str(a["DESCRIPTION"]) for a in deadline.walk("VALARM"))
    assert alarms == [
        "Mae eich DPP Social Work England yn ddyledus heddiw",
        "Mae eich DPP Social Work England yn ddyledus ymhen 30 diwrnod",
    ]
    assert str(key_date["SUMMARY"]) == "Samplu DPP"  # the practitioner's own words, untouched
    assert str(key_date["DESCRIPTION"]) == "Samplu DPP (ychwanegwyd yn cpdlog)."


def test_the_calendar_file_stays_english_by_default(app: App, tmp_path: Path) -> None:
    path = ReminderService(app).export_calendar(tmp_path / "cpd.ics").path
    event = next(iter(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
    assert str(event["SUMMARY"]) == "Social Work England CPD deadline"
    assert str(event["DESCRIPTION"]).endswith("Open cpdlog to see what is still missing.")
    labels = {str(a["DESCRIPTION"]) for a in event.walk("VALARM")}
    assert "Your Social Work England CPD is due in 14 days" in labels


def test_errors_are_translated_when_raised(tmp_path: Path, welsh: None) -> None:
    with pytest.raises(ValidationError) as domain_error:
        parse_days("90,soon")
    assert str(domain_error.value) == (
        "Nid yw 'soon' yn nifer o ddiwrnodau; rhowch rifau cyfan fel 90,30,14,3."
    )
    # safefile and errors sit below cpdlog.i18n: they translate through cpdlog.errors.tr
    with pytest.raises(ValidationError) as file_error:
        safefile.read_bytes(tmp_path, 1000)
    assert str(file_error.value).startswith(f"Mae {tmp_path} yn ffolder, nid ")
    assert str(ReadOnlyError(tmp_path)).startswith("Mae eich dyddlyfr ar agor")
    i18n.set_language(i18n.ENGLISH)
    with pytest.raises(ValidationError, match="is not a number of days"):
        parse_days("90,soon")


def test_the_command_line_uses_the_saved_language(home: Path, tmp_path: Path, welsh: None) -> None:
    i18n.set_language(i18n.ENGLISH)  # the command chooses it again, from window.ini
    home.mkdir(parents=True, exist_ok=True)
    (home / i18n.SETTINGS_FILE).write_text("[ui]\nlanguage=cy\n", encoding="utf-8")
    target = tmp_path / "cpd.ics"
    done = run_cli("calendar", "export", "-o", str(target), home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"Ysgrifennwyd {target} (2 dyddiad, 8 nodyn atgoffa). Mewnforiwch y ffeil i’ch calendr."
    )
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Dyddiadau cau DPP"
    refused = run_cli("calendar", "export", "-o", str(tmp_path), home=home)
    assert refused.returncode == 2  # safefile.require_output (review 7, finding 2)
    assert f"Mae {tmp_path} yn ffolder, nid yn ffeil gyffredin" in refused.stderr
    assert "Traceback" not in refused.stderr
    status = run_cli("remind", "login", "status", home=home)  # the login check's own command
    assert status.stdout.strip() == "Gwirio wrth fewngofnodi: i ffwrdd"


def test_decisions_about_an_error_do_not_depend_on_its_language(
    app: App, tmp_path: Path, welsh: None
) -> None:
    """Capture and import used to look for English words in a message; now a marker."""
    with pytest.raises(ApiError) as not_json:
        decode_json(b"<html>", "example.org")
    assert (str(not_json.value), not_json.value.kind) == (
        "Anfonodd example.org ateb heb JSON.",
        NOT_JSON,
    )
    with pytest.raises(ApiError) as nested:
        decode_json(b"[" * 100_000, "example.org")
    assert (str(nested.value), nested.value.kind) == ("Mae ateb example.org yn rhy ddwfn.", NESTED)
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "cpdlog-journal", "version": 99}', encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        app.transfer.import_json(newer)
    assert str(refused.value) == "Cafodd newer.json ei allforio gan cpdlog mwy newydd."
