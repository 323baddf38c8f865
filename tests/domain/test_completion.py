"""When an entry counts as finished CPD, and the plain-English list of what is missing."""

import dataclasses
import datetime as dt

from cpdlog import reference_data
from cpdlog.domain.completion import describe_missing, missing_for_completion
from cpdlog.domain.entry import ActivityType, Entry, EntryStatus, PeerReflection, Reflection
from cpdlog.domain.progress import WarningKind, compute_progress
from tests.conftest import make_entry

SWE = reference_data.profile("swe")
AASW = reference_data.profile("aasw")
TEMPLATES = {t.id: t for t in reference_data.shipped_templates()}
SWE_TEMPLATE = TEMPLATES["swe"]
NOW = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.UTC)


def _title_only(title: str = "Quick note") -> Entry:
    return Entry(title=title, activity_type=ActivityType.READING, start_date=dt.date(2026, 5, 1))


def test_a_title_only_entry_is_missing_every_required_section() -> None:
    missing = missing_for_completion(_title_only(), SWE_TEMPLATE, SWE)
    prompts = [s.prompt for s in SWE_TEMPLATE.sections if s.required]
    assert missing == [f"the '{p}' section" for p in prompts]
    assert len(missing) == 3
    # Social Work England counts no hours, so 0 hours is not missing.
    assert "hours above 0" not in missing


def test_whitespace_is_not_text_and_a_full_entry_misses_nothing() -> None:
    entry = make_entry(hours=0)
    assert missing_for_completion(entry, SWE_TEMPLATE, SWE) == []
    entry.reflection.sections["learnt"] = "   \n\t"
    assert missing_for_completion(entry, SWE_TEMPLATE, SWE) == [
        "the 'What you learnt from doing the activity' section"
    ]


def test_hours_are_required_only_where_the_regulator_counts_hours() -> None:
    entry = make_entry(hours=0)
    assert missing_for_completion(entry, SWE_TEMPLATE, SWE) == []
    assert missing_for_completion(entry, SWE_TEMPLATE, AASW) == ["hours above 0"]
    assert missing_for_completion(make_entry(hours=0.25), SWE_TEMPLATE, AASW) == []


def test_an_unknown_template_needs_some_written_reflection() -> None:
    entry = dataclasses.replace(_title_only(), reflection=Reflection("gone", {}))
    assert missing_for_completion(entry, None, None) == ["a written reflection"]
    entry.reflection.sections["x"] = "Some words."
    assert missing_for_completion(entry, None, None) == []


def test_describe_missing_joins_in_plain_english() -> None:
    assert describe_missing(["a"]) == "a"
    assert describe_missing(["a", "b"]) == "a and b"
    assert describe_missing(["a", "b", "c"]) == "a, b and c"


def test_progress_never_counts_an_entry_marked_complete_that_is_not_finished() -> None:
    period = SWE.period.period_ending_in(2026)
    quick = [_title_only("Quick note"), _title_only("Another note")]
    quick[1].peer = PeerReflection("Sam", "Supervisor", None, "We talked.")
    for i, e in enumerate(quick, start=1):
        e.id = i
        assert e.status is EntryStatus.COMPLETE  # as an older journal might hold them
    report = compute_progress(SWE, period, quick, TEMPLATES, NOW)
    assert [r.actual for r in report.rules] == [0, 0]
    assert not report.met
    assert report.counted == ()
    assert [e.id for e in report.drafts] == [1, 2]
    messages = [w.message for w in report.warnings if w.kind is WarningKind.DRAFT_NOT_COUNTED]
    assert len(messages) == 2
    assert "is marked complete but is not finished, so it does not count" in messages[0]
    assert "the 'What you learnt from doing the activity' section" in messages[0]
