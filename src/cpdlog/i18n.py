"""Translated text outside the Qt widgets: the domain's sentences, the PDF, the command line.

The desktop app's widgets are translated by Qt (``cpdlog.ui.language`` loads ``.qm`` files),
but the domain and the export must not import Qt. They translate through this module instead,
which reads the *same* catalogue, ``resources/translations/cpdlog_<code>.ts`` (Qt's XML
format; it ships in the wheel and the bundle with the other data files), so one file serves
both and a translator fills it in once.

* :func:`tr` (``tr(CONTEXT, "text")``) and :func:`plural` (``plural(CONTEXT, n, "%n day",
  "%n days")``) have the same shape as the helpers in ``cpdlog.ui.text``;
  ``packaging/translations.py`` reads their calls in every module that imports them from here
  and hands them to ``pyside6-lupdate``, so the strings land in the ``.ts`` file. The context
  must be a string literal or a module-level constant.
* Plurals follow Qt's numerus rules: English has two forms, Welsh five (Qt's rule for ``cy``:
  0, 1, 2-5, 6, anything else). A count that is not a whole number (1.5 hours) takes the last
  form.
* :func:`set_language` chooses the language for the whole process: the app calls it when it
  installs its Qt translators, the command line from ``--language`` or the saved setting
  (:func:`saved_language`, the key ``ui/language`` of ``window.ini`` in the data folder).
  Until then, and for anything the catalogue lacks, the English source text is used.
* Contexts: the messages of the errors users see (``cpdlog.errors``' classes, wherever they
  are raised: services, storage, feeds, export, capture, domain and the leaf helpers) all use
  the one context ``"cpdlog.errors"`` (a module constant ``ERRORS`` in each module), so a
  message raised in two places is translated once. They are translated when the error is
  raised, so the language must be chosen first. ``cpdlog.errors``, ``safefile``, ``paths`` and
  ``resources`` sit below this module and use ``cpdlog.errors.tr``, which this module hands
  its :func:`tr` to on import. The calendar file's events and alarms use
  ``"cpdlog.calendar"``, the notifications ``"cpdlog.reminders"``, what the command line
  prints ``"cpdlog.cli"``, the PDF ``"cpdlog.pdf"``.
"""

from __future__ import annotations

import configparser
import contextlib
import locale
import logging
import os
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from cpdlog import errors

log = logging.getLogger(__name__)

ENGLISH = "en"
WELSH = "cy"
SYSTEM = "system"
LANGUAGES = (ENGLISH, WELSH)  # the languages with a catalogue (English needs none)
CHOICES = (SYSTEM, ENGLISH, WELSH)
SETTINGS_FILE = "window.ini"  # cpdlog.ui.language keeps the choice here (QSettings, INI)
SETTING_SECTION, SETTING_KEY = "ui", "language"
MAX_CATALOGUE_BYTES = 8 * 1024 * 1024  # our own resource, but read with a bound all the same
MAX_SETTINGS_BYTES = 256 * 1024

Key = tuple[str, str, str]  # context, source text, disambiguation ("" when none)


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The finished and drafted translations of one ``.ts`` file."""

    code: str
    singular: dict[Key, str] = field(default_factory=dict)
    numerus: dict[Key, tuple[str, ...]] = field(default_factory=dict)

    def __contains__(self, key: Key) -> bool:
        return key in self.singular or key in self.numerus


_lock = threading.Lock()
_catalogues: dict[str, Catalogue] = {}
_active = ENGLISH


def plural_form(code: str, n: float) -> int:
    """Index of the numerus form Qt uses for ``n`` in language ``code``."""
    whole = float(n).is_integer()
    count = int(n) if whole else -1
    if code == WELSH:
        if not whole:
            return 4
        if count == 0:
            return 0
        if count == 1:
            return 1
        if 2 <= count <= 5:
            return 2
        return 3 if count == 6 else 4
    return 0 if whole and count == 1 else 1


def format_count(n: float) -> str:
    return f"{n:g}"


def catalogue_path(code: str) -> Path:
    from cpdlog.resources import resource_path

    return resource_path(f"translations/cpdlog_{code}.ts")


def parse_catalogue(data: bytes, code: str) -> Catalogue:
    """Read a Qt ``.ts`` file. Translations left empty, and obsolete or vanished ones, are
    skipped (as ``lrelease`` skips them); drafts marked "unfinished" are used, as lrelease
    does by default."""
    if len(data) > MAX_CATALOGUE_BYTES:
        raise ValueError(f"the catalogue is larger than {MAX_CATALOGUE_BYTES} bytes")
    if b"<!ENTITY" in data:
        raise ValueError("the catalogue declares entities")
    root = ET.fromstring(data)
    catalogue = Catalogue(code)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, source, message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if forms and all(forms):
                    catalogue.numerus[key] = forms
            elif translation.text:
                catalogue.singular[key] = translation.text
    return catalogue


def load_catalogue(code: str) -> Catalogue:
    """The catalogue for ``code`` (read once, then kept); empty when it cannot be read."""
    with _lock:
        found = _catalogues.get(code)
        if found is not None:
            return found
        catalogue = Catalogue(code)
        if code != ENGLISH:
            try:
                path = catalogue_path(code)
                with path.open("rb") as stream:
                    data = stream.read(MAX_CATALOGUE_BYTES + 1)
                catalogue = parse_catalogue(data, code)
            except Exception as exc:  # a missing or damaged file means English, not a crash
                log.warning("The %s translations could not be read: %s", code, exc)
        _catalogues[code] = catalogue
        return catalogue


def normalise(choice: str | None) -> str:
    """``"cy"``, ``"cy_GB.UTF-8"``, ``"Welsh_United Kingdom"``, … → a code of LANGUAGES, or
    SYSTEM for "follow the system" (and for anything not understood)."""
    value = (choice or "").strip().lower()
    if value in (ENGLISH, WELSH):
        return value
    if value.startswith(("cy_", "cy-", "cy.", "welsh")):
        return WELSH
    if value.startswith(("en_", "en-", "en.", "english")):
        return ENGLISH
    return SYSTEM


def system_language(environ: dict[str, str] | None = None) -> str:
    """The system's language as a code of LANGUAGES (English for any other language)."""
    env = os.environ if environ is None else environ
    candidates: list[str] = []
    candidates += (env.get("LANGUAGE") or "").split(":")
    candidates += [env.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    if environ is None:
        with contextlib.suppress(ValueError):
            candidates.append(locale.getlocale()[0] or "")
    for candidate in candidates:
        if not candidate or candidate in ("C", "POSIX") or candidate.startswith("C."):
            continue
        code = normalise(candidate)
        return code if code != SYSTEM else ENGLISH
    return ENGLISH


def saved_language(home: Path | None) -> str:
    """The Settings choice kept in ``window.ini`` in the data folder: SYSTEM, ENGLISH or WELSH."""
    if home is None:
        return SYSTEM
    path = home / SETTINGS_FILE
    try:
        with path.open("r", encoding="utf-8", errors="replace") as stream:
            text = stream.read(MAX_SETTINGS_BYTES)
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.read_string(text)
        value = parser.get(SETTING_SECTION, SETTING_KEY, fallback="")
    except (OSError, configparser.Error):
        return SYSTEM
    return value if value in CHOICES else SYSTEM


def resolve(choice: str | None) -> str:
    code = normalise(choice)
    return system_language() if code == SYSTEM else code


def set_language(choice: str | None) -> str:
    """Use ``choice`` (SYSTEM, ENGLISH, WELSH or a locale name) from now on; the code chosen."""
    global _active
    code = resolve(choice)
    if code != ENGLISH:
        load_catalogue(code)
    _active = code
    return code


def language() -> str:
    return _active


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (``%n`` replaced by ``n`` when ``n`` is given)."""
    if _active == ENGLISH:
        translated = text
    else:
        catalogue = load_catalogue(_active)
        comment = disambiguation or ""
        translated = text
        for key in ((context, text, comment), (context, text, "")):
            if n >= 0 and key in catalogue.numerus:
                translated = catalogue.numerus[key][
                    min(plural_form(_active, n), len(catalogue.numerus[key]) - 1)
                ]
                break
            if key in catalogue.singular:
                translated = catalogue.singular[key]
                break
            if not comment:
                break
    return translated.replace("%n", str(n)) if n >= 0 else translated


def plural(context: str, n: float, one: str, many: str) -> str:
    """A count in words: ``plural(C, 3, "%n day", "%n days")`` → "3 days" (or "3 diwrnod").
    ``many`` is the source text the catalogue holds with its plural forms; ``n`` may be a
    fraction (1.5 hours), which takes the last (general) form."""
    number = format_count(n)
    if _active != ENGLISH:
        forms = load_catalogue(_active).numerus.get((context, many, ""))
        if forms:
            return forms[min(plural_form(_active, n), len(forms) - 1)].replace("%n", number)
    english = one if plural_form(ENGLISH, n) == 0 else many
    return english.replace("%n", number)


errors.use_translator(tr)  # errors sits below this module and cannot import it
