"""What an import leaves behind: no poisoned profile, no duplicates from a backup without uids."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.hostile.conftest import Sandbox, Template
from tests.hostile.harness import (
    JOURNAL_COMMANDS,
    assert_clean_exit,
    assert_hostile_outcome,
    assert_ok,
    assert_outside_unchanged,
    fresh_copy,
    journal_from,
    run_session,
)

Doc = dict[str, Any]


def _custom(**values: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        doc["practitioner"]["regulator"] = "custom"
        doc["practitioner"]["custom"].update(values)

    return apply


def _practitioner(**values: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        doc["practitioner"].update(values)

    return apply


def _import_then_use(sandbox: Sandbox, template: Template, mutate: Callable[[Doc], None]) -> Any:
    """A brand-new user imports a backup, then checks progress and makes a PDF."""
    document = fresh_copy(template.document)
    document["practitioner"]["name"] = "A Worker"
    mutate(document)
    path = sandbox.root / "backup.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out = sandbox.root / "out"
    out.mkdir()
    sandbox.before = sandbox.snapshot(allowed=(out,))
    results = run_session(
        [
            ["import", "json", str(path)],
            ["progress"],
            ["export", "pdf", "-o", str(out / "portfolio.pdf"), "--allow-identifiers"],
            ["entry", "list"],
        ],
        home=sandbox.home,
        timeout=60,
    )
    assert len(results) == 4, results[-1].describe()
    assert_outside_unchanged(sandbox.before, sandbox.snapshot(allowed=(out,)))
    return results


POISON_REFUSED = {
    "period-years-million": (_custom(period_years=1000000), "period_years"),
    "regulator-unknown": (_practitioner(regulator="no-such-board"), "regulator"),
}


@pytest.mark.parametrize("name", sorted(POISON_REFUSED))
def test_a_poisonous_profile_is_refused_at_import(
    empty_sandbox: Sandbox, template: Template, name: str
) -> None:
    mutate, key = POISON_REFUSED[name]
    imported, progress, pdf, listed = _import_then_use(empty_sandbox, template, mutate)
    assert_hostile_outcome(imported, codes={1, 2}, mentions=[key])
    assert_ok(progress)
    assert_ok(pdf)
    assert_ok(listed)


POISON_MAYBE = {
    "period-start-13-45": _custom(period_start="13-45"),
    "period-start-words": _custom(period_start="spring"),
    "period-kind-unknown": _custom(period_kind="fortnightly"),
    "period-years-thousand": _custom(period_years=1000),
    "min-entries-huge": _custom(min_entries=10**30),
    "min-hours-huge": _custom(min_hours=1e308),
    "from-registration-without-date": _custom(period_kind="from_registration"),
    "registered-on-year-1": _practitioner(registered_on="0001-01-01"),
    "registered-on-year-9999": _practitioner(registered_on="9999-12-31"),
    "registered-on-feb-30": _practitioner(registered_on="2026-02-30"),
    "regulator-empty": _practitioner(regulator=""),
}


@pytest.mark.parametrize("name", sorted(POISON_MAYBE))
def test_an_odd_profile_never_breaks_progress_or_the_pdf(
    empty_sandbox: Sandbox, template: Template, name: str
) -> None:
    """Refused at import, or accepted in a form progress and the PDF can use: either way no
    traceback, and the journal stays usable without repairing anything by hand."""
    imported, progress, pdf, listed = _import_then_use(empty_sandbox, template, POISON_MAYBE[name])
    assert_clean_exit(imported)
    assert_clean_exit(progress)
    assert_clean_exit(pdf)
    assert_ok(listed)
    if imported.code != 0:
        assert_ok(progress)
        assert_ok(pdf)


def test_a_backup_without_uids_does_not_duplicate_itself(
    sandbox: Sandbox, template: Template
) -> None:
    document = fresh_copy(template.document)
    for entry in document["entries"]:
        del entry["uid"]
    path = sandbox.root / "no-uids.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    results = run_session(
        [["import", "json", str(path)], ["import", "json", str(path)], *JOURNAL_COMMANDS],
        home=sandbox.home,
    )

    assert_ok(results[0])
    assert_ok(results[1])
    after = journal_from(results[2:], sandbox.home)
    assert sandbox.known is not None
    # the three live entries and one trashed entry of the backup were added once, not twice
    assert len(after.live) == 2 * len(sandbox.known.live)
    assert len(after.trashed) == 2 * len(sandbox.known.trashed)
    assert len(set(after.uids())) == len(after.uids())


def test_the_same_backup_twice_adds_nothing_the_second_time(
    sandbox: Sandbox, template: Template
) -> None:
    """The control for the test above: with uids, the second import skips everything."""
    path = sandbox.root / "with-uids.json"
    path.write_text(json.dumps(fresh_copy(template.document)), encoding="utf-8")
    results = run_session(
        [["import", "json", str(path)], ["import", "json", str(path)], *JOURNAL_COMMANDS],
        home=sandbox.home,
    )
    assert_ok(results[0])
    assert_ok(results[1])
    after = journal_from(results[2:], sandbox.home)
    assert sandbox.known is not None
    assert len(after.live) == 2 * len(sandbox.known.live)
