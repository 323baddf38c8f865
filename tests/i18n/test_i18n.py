"""cpdlog.i18n: the Qt-free half of the translations (domain sentences, dates, the PDF, the
command line) reads the same Welsh catalogue as the widgets, with Qt's plural rules."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cpdlog import i18n, reference_data
from cpdlog.domain.completion import describe_missing, missing_for_completion
from cpdlog.domain.dates import long_date, short_date
from cpdlog.domain.entry import (
    ActivityType,
    Entry,
    EntryStatus,
    PeerReflection,
    Reflection,
    Source,
)
from cpdlog.domain.progress import compute_progress
from cpdlog.domain.requirements import Period

ROOT = Path(__file__).resolve().parents[2]
WELSH_TS = ROOT / "resources" / "translations" / "cpdlog_cy.ts"
NOW = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.UTC)

_spec = importlib.util.spec_from_file_location(
    "translations", ROOT / "packaging" / "translations.py"
)
assert _spec is not None and _spec.loader is not None
_extractor = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_extractor)

# Words of the English fixed text that must not survive in a Welsh sentence.
ENGLISH_WORDS = re.compile(
    r"\b(needed|left|entries|entry|hours?|more|with|the|and|is|are|was|were|by|of|Done|"
    r"Record|still|counted|draft|does|not|count|today|last|day|days)\b"
)


def welsh() -> None:
    assert i18n.set_language(i18n.WELSH) == i18n.WELSH


def entry(n: int, **changes: object) -> Entry:
    values: dict[object, object] = {
        "title": f"Darlleniad {n}",
        "activity_type": ActivityType.READING,
        "start_date": dt.date(2026, 1, n),
        "hours": 1.0,
        "source": Source(provider="Gofal Cymdeithasol Cymru"),
        "reflection": Reflection(
            "swe",
            {
                "description": f"Disgrifiad rhif {n} o’r darlleniad.",
                "learnt": f"Dysgais am ymarfer sy’n seiliedig ar gryfderau, rhif {n}.",
                "impact": f"Rwy’n gofyn beth sy’n gweithio, rhif {n}.",
            },
        ),
        "id": n,
    }
    values.update(changes)
    return Entry(**values)  # type: ignore[arg-type]


# -- plural rules and lookup ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "form"),
    [(0, 0), (1, 1), (2, 2), (3, 2), (5, 2), (6, 3), (7, 4), (11, 4), (100, 4), (1.5, 4)],
)
def test_welsh_plural_forms_follow_qt(n: float, form: int) -> None:
    # qttools' numerus rules for Welsh: n == 0, n == 1, 2..5, n == 6, everything else.
    assert i18n.plural_form(i18n.WELSH, n) == form


def test_english_plural_forms() -> None:
    assert [i18n.plural_form(i18n.ENGLISH, n) for n in (0, 1, 2, 1.5)] == [1, 0, 1, 1]


CATALOGUE = b"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context><name>ctx</name>
<message><source>Hello</source><translation>Helo</translation></message>
<message><source>Box</source><comment>a container</comment>
<translation>Blwch</translation></message>
<message><source>Gone</source>
<translation type="vanished">Wedi mynd</translation></message>
<message><source>Empty</source>
<translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n cats</source><translation>
<numerusform>dim cathod (%n)</numerusform><numerusform>%n gath</numerusform>
<numerusform>%n cath (2-5)</numerusform><numerusform>%n chath</numerusform>
<numerusform>%n cath</numerusform></translation></message>
</context></TS>"""


def test_a_catalogue_is_read_as_lrelease_would() -> None:
    catalogue = i18n.parse_catalogue(CATALOGUE, "cy")
    assert catalogue.singular[("ctx", "Hello", "")] == "Helo"
    assert catalogue.singular[("ctx", "Box", "a container")] == "Blwch"
    assert ("ctx", "Gone", "") not in catalogue
    assert ("ctx", "Empty", "") not in catalogue  # an empty draft falls back to English
    assert len(catalogue.numerus[("ctx", "%n cats", "")]) == 5


def test_plurals_pick_the_welsh_form(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(i18n._catalogues, "cy", i18n.parse_catalogue(CATALOGUE, "cy"))
    welsh()
    said = {n: i18n.plural("ctx", n, "%n cat", "%n cats") for n in (0, 1, 3, 6, 8, 2.5)}
    assert said == {
        0: "dim cathod (0)",
        1: "1 gath",
        3: "3 cath (2-5)",
        6: "6 chath",
        8: "8 cath",
        2.5: "2.5 cath",
    }
    assert i18n.tr("ctx", "%n cats", n=2) == "2 cath (2-5)"
    assert i18n.tr("ctx", "Hello") == "Helo"
    assert i18n.tr("ctx", "Box", "a container") == "Blwch"
    assert i18n.tr("ctx", "Not in the catalogue") == "Not in the catalogue"
    assert i18n.plural("ctx", 1, "%n dog", "%n dogs") == "1 dog"  # English when missing
    i18n.set_language(i18n.ENGLISH)
    assert i18n.plural("ctx", 1, "%n cat", "%n cats") == "1 cat"
    assert i18n.plural("ctx", 1.5, "%n cat", "%n cats") == "1.5 cats"


def test_a_hostile_catalogue_is_refused() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaa">]><TS>&a;</TS>'
    with pytest.raises(ValueError, match="entities"):
        i18n.parse_catalogue(bomb, "cy")
    with pytest.raises(ValueError, match="larger"):
        i18n.parse_catalogue(b" " * (i18n.MAX_CATALOGUE_BYTES + 1), "cy")


def test_an_unreadable_catalogue_means_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "cpdlog_cy.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: broken)
    monkeypatch.setattr(i18n, "_catalogues", {})
    welsh()
    assert long_date(dt.date(2026, 3, 14)) == "14 March 2026"


# -- choosing the language -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "code"),
    [
        ({"LANG": "cy_GB.UTF-8"}, "cy"),
        ({"LANGUAGE": "cy:en_GB", "LANG": "en_GB.UTF-8"}, "cy"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "cy_GB.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_language(environ: dict[str, str], code: str) -> None:
    assert i18n.system_language(environ) == code


def test_the_saved_setting_is_read_without_qt(tmp_path: Path) -> None:
    assert i18n.saved_language(tmp_path) == i18n.SYSTEM
    (tmp_path / "window.ini").write_text("[ui]\nlanguage=cy\n", encoding="utf-8")
    assert i18n.saved_language(tmp_path) == i18n.WELSH
    (tmp_path / "window.ini").write_text("[ui]\nlanguage=klingon\n", encoding="utf-8")
    assert i18n.saved_language(tmp_path) == i18n.SYSTEM
    (tmp_path / "window.ini").write_bytes(b"\xff\xfe[[[ not ini")
    assert i18n.saved_language(tmp_path) == i18n.SYSTEM


# -- the real catalogue ------------------------------------------------------------------------


def catalogue_keys() -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(WELSH_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = (
                message
            )
    return found


def non_qt_strings() -> list[tuple[str, str, str, bool]]:
    """Every tr()/plural() call of cpdlog.i18n outside the UI, as the extractor sees it, and
    argparse's words (listed in cpdlog.cli.argparse_words)."""
    found = []
    lines = [line for path in _extractor.non_ui_sources() for line in _extractor.helper_calls(path)]
    for line in [*lines, *_extractor.argparse_calls()]:
        call = ast.parse(line).body[0].value  # type: ignore[attr-defined]
        args = call.args
        context, text = args[0].value, args[1].value
        comment = args[2].value if len(args) > 2 and isinstance(args[2], ast.Constant) else ""
        found.append((context, text, comment or "", len(args) > 3))
    return found


def test_the_extractor_finds_the_domain_and_pdf_strings() -> None:
    strings = {(c, t) for c, t, _comment, _n in non_qt_strings()}
    assert ("cpdlog.progress", "Every requirement is met.") in strings
    assert ("cpdlog.progress", "%n days left") in strings  # plural(): the "many" text
    assert ("cpdlog.pdf", "Page {number} of {total}") in strings
    assert ("cpdlog.dates", "March") in strings
    assert ("cpdlog.cli", "Things a regulator may question:") in strings
    assert len(strings) > 150


def test_every_domain_and_export_string_is_in_the_catalogue_in_welsh() -> None:
    """Fails when a string marked in the domain, the export or the CLI is not in the .ts file
    (run packaging/update-translations.sh) or has no Welsh yet."""
    keys = catalogue_keys()
    missing, untranslated = [], []
    for context, text, comment, numerus in non_qt_strings():
        message = keys.get((context, text, comment))
        if message is None:
            missing.append(f"{context}: {text!r}")
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if numerus != (message.get("numerus") == "yes"):
            missing.append(f"{context}: {text!r} (plural or not?)")
        elif not (all(forms) and len(forms) == 5 if numerus else translation.text):
            untranslated.append(f"{context}: {text!r}")
    assert not missing, "not in cpdlog_cy.ts:\n" + "\n".join(missing)
    assert not untranslated, "no Welsh yet:\n" + "\n".join(untranslated)


def test_the_check_would_catch_a_new_string(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "new.py"
    module.write_text(
        'from cpdlog.i18n import tr\nCONTEXT = "cpdlog.pdf"\nX = tr(CONTEXT, "A brand new line")\n',
        encoding="utf-8",
    )
    lines = _extractor.helper_calls(module)
    assert lines == ["QCoreApplication.translate('cpdlog.pdf', 'A brand new line', '')"]
    assert ("cpdlog.pdf", "A brand new line", "") not in catalogue_keys()


# -- Welsh out of the domain -------------------------------------------------------------------


def test_dates_in_welsh() -> None:
    day = dt.date(2026, 3, 14)
    assert (long_date(day), short_date(day)) == ("14 March 2026", "14 Mar 2026")
    welsh()
    assert long_date(day) == "14 Mawrth 2026"
    assert short_date(day) == "14 Maw 2026"
    months = [long_date(dt.date(2026, m, 1)).split()[1] for m in range(1, 13)]
    assert months == [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ]  # fmt: skip
    assert short_date(dt.date(2026, 5, 2)) == "2 Mai 2026"


def test_progress_sentences_and_warnings_in_welsh() -> None:
    welsh()
    profile = reference_data.profile("swe")
    templates = reference_data.templates()
    period = Period(dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    entries = [
        entry(1),
        entry(2, start_date=dt.date(2026, 6, 1)),  # in the future on NOW
        entry(3, status=EntryStatus.DRAFT),
        entry(4, peer=PeerReflection(name="Alun")),  # a peer named, nothing learnt
    ]
    report = compute_progress(profile, period, entries, templates, NOW)
    sentences = [report.sentence(r) for r in report.rules]
    closings = [report.closing(r) for r in report.rules if not r.met]
    texts = [*sentences, *closings, report.outcome(), report.counted_summary()]
    texts += [w.message for w in report.warnings]
    assert "Mae angen 1 cofnod arall sy’n cynnwys myfyrio gyda chymheiriad erbyn 30 Tachwedd " \
        "2026 — 255 diwrnod ar ôl." in sentences  # fmt: skip
    assert report.counted_summary() == "3 cofnod a 3 awr wedi’u cyfrif"
    assert report.outcome().startswith("Angen o hyd erbyn 30 Tachwedd 2026:")
    kinds = {w.kind.value for w in report.warnings}
    assert {"future-date", "draft-not-counted", "empty-peer-reflection"} <= kinds
    titles = re.compile(r"“[^”]*”")
    for text in texts:
        english = ENGLISH_WORDS.findall(titles.sub("", text))
        assert not english, f"English left in {text!r}: {english}"


def test_missing_sections_are_named_in_welsh() -> None:
    welsh()
    templates = reference_data.templates()
    draft = entry(1, reflection=Reflection("swe", {"description": "Rhywbeth."}), hours=0)
    missing = missing_for_completion(draft, templates["swe"], reference_data.profile("swe"))
    assert missing and all(m.startswith("yr adran ‘") for m in missing)
    assert ", a hefyd yr adran ‘" in describe_missing(missing)


def test_reminder_notifications_in_welsh() -> None:
    from cpdlog.domain.reminders import Deadline, deadline_text, nudge_text

    deadline = Deadline("scw:2028-03-31", "Social Care Wales", dt.date(2028, 3, 31), 3, False, ())
    english = deadline_text(
        Deadline("swe:2026-11-30", "", dt.date(2026, 11, 30), 3, False, ("1 more entry",), True)
    )
    assert english == "Your CPD is due in 3 days (30 November 2026): 1 more entry is needed."
    welsh()
    text = deadline_text(
        Deadline("swe:2026-11-30", "", dt.date(2026, 11, 30), 1, False, ("1 cofnod arall",), True)
    )
    assert text == "Mae eich DPP yn ddyledus yfory (30 Tachwedd 2026): mae angen 1 cofnod arall."
    due = deadline_text(deadline)
    assert due.startswith("Mae eich DPP Gofal Cymdeithasol Cymru yn ddyledus ymhen 3 diwrnod")
    met = deadline_text(dataclasses.replace(deadline, met=True))
    assert met.startswith("Mae eich DPP Gofal Cymdeithasol Cymru yn bodloni’r gofynion")
    assert "31 Mawrth 2028" in met
    assert nudge_text(1).startswith("Mae gennych 1 cofnod heb ei orffen.")
    assert nudge_text(4).startswith("Mae gennych 4 cofnod heb eu gorffen.")
