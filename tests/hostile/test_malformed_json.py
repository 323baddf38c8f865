"""Malformed backups for `import json`, made by mutating a real export of a real journal.

Two kinds of case:

* REFUSED: the document is wrong (a bad type, value or structure). The import exits 1 or 2 with
  one line that names the first bad field (when there is one to name), and nothing is written.
* SURVIVED: a document whose right handling is a judgement call (accept or refuse). Either way:
  no traceback, bounded memory and time, one line if it fails, nothing already in the journal
  lost, no duplicate uids, and `progress` / `entry list` still work afterwards.

After every case `cpdlog progress` and `cpdlog entry list` must exit 0 (a poisoned journal that
breaks them is the bug in the report).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from cpdlog.domain.backup_schema import FORMAT_VERSION
from tests.hostile.conftest import Sandbox, Template
from tests.hostile.harness import (
    assert_clean_exit,
    assert_hostile_outcome,
    assert_journal_unchanged,
    assert_nothing_lost,
    assert_ok,
    assert_outside_unchanged,
    fresh_copy,
    run_checked,
)

Doc = dict[str, Any]
MB10 = 10 * 1024 * 1024
DEEP = 200_000


@dataclass(frozen=True)
class Case:
    """A hostile backup made from a fresh copy of the real export."""

    mutate: Callable[[Doc], Any]  # edits in place; or returns the bytes to write instead
    mentions: tuple[str, ...] = ()  # the message must name one of these (refused cases)


def entry(doc: Doc, n: int = 0) -> dict[str, Any]:
    e: dict[str, Any] = doc["entries"][n]
    return e


def practitioner(doc: Doc) -> dict[str, Any]:
    p: dict[str, Any] = doc["practitioner"]
    return p


def set_in(path: str, value: Any) -> Callable[[Doc], None]:
    """Set a value at a dotted path: ``entries.0.hours``, ``practitioner.custom.period_years``."""

    def apply(doc: Doc) -> None:
        target: Any = doc
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = keys[-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return apply


def drop(path: str) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        target: Any = doc
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[keys[-1]]

    return apply


def raw(text: str | bytes) -> Callable[[Doc], bytes]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return lambda _doc: data


def replace_json(old: str, new: str) -> Callable[[Doc], bytes]:
    """Edit the serialised text (for literals JSON has no value for: NaN, huge numbers...)."""

    def apply(doc: Doc) -> bytes:
        text = json.dumps(doc, ensure_ascii=False)
        assert old in text, old
        return text.replace(old, new, 1).encode("utf-8")

    return apply


def refused(action: Callable[[Doc], Any], *mentions: str) -> Case:
    return Case(action, mentions)


def _nested(opening: str, closing: str) -> str:
    return opening * DEEP + closing * DEEP


def _deep_in(key_path: str, opening: str = "[", closing: str = "]") -> Callable[[Doc], bytes]:
    marker = "__DEEP__"

    def apply(doc: Doc) -> bytes:
        set_in(key_path, marker)(doc)
        text = json.dumps(doc)
        return text.replace(json.dumps(marker), _nested(opening, closing), 1).encode()

    return apply


def _hours_literal(literal: str) -> Callable[[Doc], bytes]:
    return replace_json('"hours": 1.5', f'"hours": {literal}')


def _evidence_size(value: Any) -> Callable[[Doc], None]:
    return set_in("entries.0.evidence.0.size", value)


def _traversal_key(doc: Doc) -> None:
    (sha, data), *_ = doc["evidence_files"].items()
    doc["evidence_files"] = {"../../../victim.txt": data, sha: data}


def _wrong_content(doc: Doc) -> None:
    sha = next(iter(doc["evidence_files"]))
    doc["evidence_files"][sha] = "bm90IHRoZSBzYW1lIGJ5dGVz"  # "not the same bytes"


REFUSED: dict[str, Case] = {
    # --- top level ---
    "top-level-list": refused(raw("[]")),
    "top-level-string": refused(raw('"cpdlog-journal"')),
    "top-level-number": refused(raw("1")),
    "top-level-null": refused(raw("null")),
    "empty-file": refused(raw(b"")),
    "whitespace-only": refused(raw(" \n\t ")),
    "truncated": Case(lambda d: json.dumps(d).encode()[: len(json.dumps(d)) // 2]),
    "not-json": refused(raw("format = 'cpdlog-journal'\n")),
    "format-missing": refused(drop("format"), "format", "cpdlog export"),
    "format-wrong": refused(set_in("format", "other-journal"), "format", "cpdlog export"),
    "version-string": refused(set_in("version", "1"), "version"),
    "version-null": refused(set_in("version", None), "version"),
    "version-list": refused(set_in("version", [1]), "version"),
    "version-newer": refused(set_in("version", FORMAT_VERSION + 1), "version", "newer"),
    "nested-200k-arrays": refused(raw(_nested("[", "]"))),
    "nested-200k-objects": refused(raw('{"a":' * DEEP + "1" + "}" * DEEP)),
    "nested-200k-in-entries": Case(_deep_in("entries")),
    "nested-200k-in-practitioner": Case(_deep_in("practitioner", '{"x":', "}")),
    "nested-200k-in-sections": Case(_deep_in("entries.0.reflection.sections")),
    "integer-of-5000-digits": Case(_hours_literal("1" * 5000)),
    # --- the entries list ---
    "entries-missing": refused(drop("entries"), "entries"),
    "entries-object": refused(set_in("entries", {"0": {}}), "entries"),
    "entries-string": refused(set_in("entries", "all of them"), "entries"),
    "entry-is-string": refused(set_in("entries.0", "an entry"), "entries", "entry"),
    "entry-is-null": refused(set_in("entries.0", None), "entries", "entry"),
    # --- an entry's fields ---
    "title-missing": refused(drop("entries.0.title"), "title"),
    "title-empty": refused(set_in("entries.0.title", ""), "title"),
    "title-invisible": refused(set_in("entries.0.title", "\x07 \u200b"), "title"),
    "title-10mb": refused(set_in("entries.0.title", "T" * MB10), "title"),
    "title-object": refused(set_in("entries.0.title", {"text": "x"}), "title"),
    "type-unknown": refused(set_in("entries.0.type", "sword-swallowing"), "type"),
    "type-missing": refused(drop("entries.0.type"), "type"),
    "start-date-missing": refused(drop("entries.0.start_date"), "start_date", "start date"),
    "start-date-feb-30": refused(set_in("entries.0.start_date", "2026-02-30"), "start_date"),
    "start-date-year-99999": refused(set_in("entries.0.start_date", "99999-01-01"), "start_date"),
    "start-date-number": refused(set_in("entries.0.start_date", 20260301), "start_date"),
    "start-date-words": refused(set_in("entries.0.start_date", "last Tuesday"), "start_date"),
    "end-date-before-start": refused(set_in("entries.0.end_date", "2026-01-01"), "end_date"),
    "end-date-list": refused(set_in("entries.0.end_date", ["2026-04-01"]), "end_date"),
    "hours-1e400-integer": Case(_hours_literal("1" + "0" * 400), ("hours",)),
    "hours-1e999-float": Case(_hours_literal("1e999"), ("hours",)),
    "hours-negative": refused(set_in("entries.0.hours", -1.5), "hours"),
    "hours-nan": Case(_hours_literal("NaN"), ("hours",)),
    "hours-infinity": Case(_hours_literal("Infinity"), ("hours",)),
    "hours-minus-infinity": Case(_hours_literal("-Infinity"), ("hours",)),
    "hours-words": refused(set_in("entries.0.hours", "one and a half"), "hours"),
    "hours-list": refused(set_in("entries.0.hours", [1.5]), "hours"),
    "hours-too-many": refused(set_in("entries.0.hours", 1000000), "hours"),
    "hours-not-quarters": refused(set_in("entries.0.hours", 0.3), "hours"),
    "status-unknown": refused(set_in("entries.0.status", "half-done"), "status"),
    "source-string": refused(set_in("entries.0.source", "a website"), "source"),
    "source-url-javascript": refused(
        set_in("entries.0.source.url", "javascript:alert(1)"), "url", "link", "address"
    ),
    "source-url-file": refused(
        set_in("entries.0.source.url", "file:///etc/passwd"), "url", "link", "address"
    ),
    "source-url-data": refused(
        set_in("entries.0.source.url", "data:text/html,<script>alert(1)</script>"),
        "url",
        "link",
        "address",
    ),
    "reflection-string": refused(set_in("entries.0.reflection", "I learnt..."), "reflection"),
    "sections-object": refused(
        set_in("entries.0.reflection.sections", {"learnt": "x"}), "sections", "section"
    ),
    "section-unknown-key": refused(
        set_in("entries.0.reflection.sections.0.key", "bogus_section"), "bogus_section", "section"
    ),
    "template-unknown": refused(set_in("entries.0.reflection.template", "no-such"), "template"),
    "peer-string": refused(set_in("entries.1.peer_reflection", "A peer"), "peer"),
    "peer-date-month-13": refused(set_in("entries.1.peer_reflection.date", "2026-13-01"), "date"),
    "standard-unknown": refused(set_in("entries.0.standards", ["swe:99.99"]), "standard"),
    "standards-string": refused(set_in("entries.0.standards", "swe:4.6"), "standard"),
    "created-at-number": refused(set_in("entries.0.created_at", 12), "created_at"),
    "updated-at-garbage": refused(set_in("entries.0.updated_at", "yesterday-ish"), "updated_at"),
    "deleted-at-garbage": refused(set_in("entries.0.deleted_at", "soon"), "deleted_at"),
    # --- evidence ---
    "evidence-string": refused(set_in("entries.0.evidence", "certificate.txt"), "evidence"),
    "evidence-sha-missing": refused(drop("entries.0.evidence.0.sha256"), "sha256"),
    "evidence-sha-traversal": refused(
        set_in("entries.0.evidence.0.sha256", "../../../../../../etc/passwd"), "sha256"
    ),
    "evidence-sha-absolute": refused(
        set_in("entries.0.evidence.0.sha256", "/etc/passwd"), "sha256"
    ),
    "evidence-sha-number": refused(set_in("entries.0.evidence.0.sha256", 12345), "sha256"),
    "evidence-added-at-garbage": refused(
        set_in("entries.0.evidence.0.added_at", "the other day"), "added_at"
    ),
    "evidence-files-list": refused(set_in("evidence_files", ["abc"]), "evidence"),
    "evidence-files-not-base64": Case(
        lambda d: d["evidence_files"].update(dict.fromkeys(d["evidence_files"], "!!!")),
        ("evidence",),
    ),
    "evidence-files-wrong-content": refused(_wrong_content, "evidence"),
    "evidence-files-traversal-key": refused(_traversal_key, "evidence", "sha256"),
    # --- practitioner (this journal has no profile yet, so an import would adopt it) ---
    "registered-on-number": refused(
        set_in("practitioner.registered_on", 20200501), "registered_on"
    ),
    "registered-on-feb-30": refused(
        set_in("practitioner.registered_on", "2026-02-30"), "registered_on"
    ),
    "custom-string": refused(set_in("practitioner.custom", "mine"), "custom"),
    "period-years-ten": refused(set_in("practitioner.custom.period_years", "ten"), "period_years"),
    "period-years-million": refused(
        set_in("practitioner.custom.period_years", 1000000), "period_years"
    ),
    "period-years-negative": refused(
        set_in("practitioner.custom.period_years", -1), "period_years"
    ),
    "period-years-zero": refused(set_in("practitioner.custom.period_years", 0), "period_years"),
    "regulator-unknown": refused(set_in("practitioner.regulator", "no-such-board"), "regulator"),
    "regulator-number": refused(set_in("practitioner.regulator", 7), "regulator"),
    "min-entries-huge": Case(
        replace_json('"min_entries": 1', '"min_entries": ' + "9" * 400), ("min_entries",)
    ),
}

SURVIVED: dict[str, Case] = {
    "bom": Case(lambda d: codecs.BOM_UTF8 + json.dumps(d).encode()),
    "utf16": Case(lambda d: json.dumps(d).encode("utf-16")),
    "invalid-utf8-in-title": Case(
        lambda d: (
            json.dumps(d, ensure_ascii=False)
            .encode()
            .replace(b"Reading on strengths", b"Reading on str\xffngths", 1)
        )
    ),
    "lone-surrogate-in-title": Case(
        replace_json('"Reading on strengths', '"Reading \\ud800 on strengths')
    ),
    "nul-in-title": Case(replace_json('"Reading on strengths', '"Reading \\u0000 on strengths')),
    "rtl-override-in-title": Case(set_in("entries.0.title", "\u202eReading\u202c")),
    "duplicate-uids": Case(
        lambda d: [e.update(uid="00000000-0000-4000-8000-000000000dad") for e in d["entries"]]
    ),
    "duplicate-keys": Case(replace_json('"hours": 1.5', '"hours": 1.5, "hours": "many"')),
    "uid-number": Case(set_in("entries.0.uid", 12345)),
    "uid-10mb": Case(set_in("entries.0.uid", "u" * MB10)),
    "uid-missing": Case(drop("entries.0.uid")),
    "id-huge": Case(replace_json('"id": 1,', '"id": ' + "9" * 400 + ",")),
    "hours-true": Case(set_in("entries.0.hours", True)),
    "hours-string-number": Case(set_in("entries.0.hours", "1.5")),
    "title-number": Case(set_in("entries.0.title", 12345)),
    "section-text-10mb": Case(set_in("entries.0.reflection.sections.0.text", "w " * (MB10 // 2))),
    "tags-numbers": Case(set_in("entries.0.tags", [1, 2.5, None])),
    "evidence-size-negative": Case(_evidence_size(-1)),
    "evidence-size-words": Case(_evidence_size("big")),
    "evidence-filename-traversal": Case(
        set_in("entries.0.evidence.0.filename", "../../../victim.txt")
    ),
    "evidence-filename-10mb": Case(set_in("entries.0.evidence.0.filename", "f" * MB10)),
    "evidence-10000-references": Case(
        lambda d: entry(d).update(evidence=entry(d)["evidence"] * 10_000)
    ),
    "feed-item-id-unknown": Case(set_in("entries.0.feed_item_id", 987654321)),
    "feed-item-id-string": Case(set_in("entries.0.feed_item_id", "item-1")),
    "version-huge": Case(
        replace_json(f'"version": {FORMAT_VERSION}', '"version": ' + "1" + "0" * 400)
    ),
    "version-float": Case(set_in("version", 1.0)),
    "version-true": Case(set_in("version", True)),
    "exported-at-garbage": Case(set_in("exported_at", "a while ago")),
    "practitioner-list": Case(set_in("practitioner", ["A Worker"])),
    "practitioner-name-number": Case(set_in("practitioner.name", 12345)),
    "onboarded-string": Case(set_in("practitioner.onboarded", "yes")),
    "min-hours-negative": Case(set_in("practitioner.custom.min_hours", -5)),
    "unknown-extra-keys": Case(
        lambda d: d.update(surprise={"a": [1, 2, 3]}) or entry(d).update(extra=True)
    ),
    "empty-entries": Case(set_in("entries", [])),
}


def _write(sandbox: Sandbox, template: Template, case: Case, name: str) -> None:
    document = fresh_copy(template.document)
    made = case.mutate(document)
    path = sandbox.root / f"{name}.json"
    if isinstance(made, bytes):
        path.write_bytes(made)
    else:
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


# `entry list --json` is part of every journal read; `progress` is the other command a poisoned
# profile used to break.
FOLLOW_UP = [["progress"]]


def _import(sandbox: Sandbox, template: Template, name: str, case: Case) -> Any:
    _write(sandbox, template, case, name)
    sandbox.before = sandbox.snapshot()
    checked, follow = run_checked(
        ["import", "json", str(sandbox.root / f"{name}.json")],
        home=sandbox.home,
        before=sandbox.known,
        then=FOLLOW_UP,
        timeout=40,
    )
    return checked, follow


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_malformed_backup_is_refused(sandbox: Sandbox, template: Template, name: str) -> None:
    case = REFUSED[name]
    checked, follow = _import(sandbox, template, name, case)

    assert_hostile_outcome(checked.result, codes={1, 2}, mentions=case.mentions)
    assert_journal_unchanged(checked.before, checked.after_journal())
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())
    for r in follow:
        assert_ok(r)


@pytest.mark.parametrize("name", sorted(SURVIVED))
def test_odd_backup_is_survived(sandbox: Sandbox, template: Template, name: str) -> None:
    case = SURVIVED[name]
    checked, follow = _import(sandbox, template, name, case)

    assert_clean_exit(checked.result)
    after = checked.after_journal()
    if checked.result.code == 0:
        assert_nothing_lost(checked.before, after)
        assert len(after.uids()) == len(set(after.uids())), "the same uid twice in the journal"
    else:
        assert_journal_unchanged(checked.before, after)
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())
    for r in follow:
        assert_ok(r)


def test_the_unmodified_export_imports(sandbox: Sandbox, template: Template) -> None:
    """The control: the real export (with fresh uids) imports, so the refusals above are about
    the mutation, not the base document."""
    checked, follow = _import(sandbox, template, "control", Case(lambda d: None))
    assert_ok(checked.result)
    after = checked.after_journal()
    assert_nothing_lost(checked.before, after)
    assert len(after.live) == len(checked.before.live) * 2
    for r in follow:
        assert_ok(r)


def test_there_are_at_least_fifty_malformed_documents() -> None:
    assert len(REFUSED) + len(SURVIVED) >= 50
